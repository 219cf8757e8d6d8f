"""200 interviews (issue 17, item 6): does every page open, and do a tick and a keystroke
cost, as little with 200 interview records, a note on every question of every checklist,
as with one? Prints the table of BENCHMARKS.md, section "200 interviews".

The records are stored through the store's own API in the page (store.cleanRun, then
store.importRuns, as a backup comes in: whatever version the store writes, this keeps
working), once; their localStorage entries are then copied as they are into every fresh
browser context. Each record: an organisation and a position, an interview date (spread
over four months), a convention, two to four sentences on each of the 34 questions, about
half of the tasks ticked, and one to three dated stages, the last one spread evenly over
the eight stages.

Method, per page and storage (one record, or 200), median of RUNS, each run in a new
browser context (a new renderer, storage read from scratch), desktop viewport:
- own script of opening the page: a CPU profile (CDP Profiler, 0.1 ms samples) from
  navigation until 1 s after `load`; a sample counts when any frame of its stack is one of
  our scripts (assets/js/..., hooks.assets.is_own), so DOM work, layout and parsing that
  our code calls count as ours; Material's bundle and the browser's own work do not;
- the same when the page is reached by a link from another page of the site in the same
  tab (LINKED_FROM first): the tab has the storage in memory already, and Chromium keeps
  it across the site's pages;
- all script of opening it (Chromium's ScriptDuration, Material's included), not profiled,
  in a new context of its own (a second tab of the same context would find the storage
  read already);
- a tick and a keystroke: ScriptDuration before and after a CDP input event
  (Input.dispatchMouseEvent on a checkbox; Input.insertText at the end of a note, or of
  the follow-up page's organisation field, which has no notes), until idle with its save
  (notes save 600 ms after the last keystroke), as benchmarks/browser.py does.
The own-script figure includes the first localStorage read, which copies every stored
entry into the page, and the first date formatted (Intl's data): both are our scripts'
calls. The first read is also timed alone (performance.now() around it in sitemap.xml,
a page of the site without scripts). The fastest run is printed too: the machine is
shared, and the median carries its load.

Run: `CHROMIUM=/usr/bin/chromium .venv/bin/python benchmarks/many_records.py` (builds a
copy of the project; `--site DIR` measures a site already built, `--compare DIR` measures
another build with 200 records side by side, e.g. before a change; `--runs N`,
`--pages a.html,b.html`); also part of `make bench`. Says whether the medians are within
their budgets (it does not fail: time varies). Nothing is written into the repository."""

from __future__ import annotations

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks import browser, projects  # noqa: E402 - needs the project on the path
from hooks.assets import is_own  # noqa: E402
from scripts.browsing import CHROMIUM_ARGS, find_chromium, serve  # noqa: E402
from tests.browser.test_many_records import SEED as SEED_JS  # noqa: E402

RECORDS = 200
RUNS = 5
BUDGET_OPEN_MS = 100
BUDGET_CHANGE_MS = 16
OPEN_BUDGET_PAGES = ("index.html", "records.html")  # the others are measured, not budgeted
# The page a tab shows before the measured one, for "reached by a link": a page of the site
# whose scripts read the store (so the storage is in the tab already) and show no date.
LINKED_FROM = "privacy.html"
STAGES = ("waiting", "next-round", "offer", "accepted", "declined", "rejected", "no-reply",
          "withdrawn")
# Page, what it shows with the records, and whether to tick / type on it (a CSS selector
# of the field a keystroke goes to).
PAGES = (
    ("index.html", "start: progress overview + what is due", None),
    ("records.html", "records: a card per interview (50 drawn)", None),
    ("lessons.html", "lessons: notes of every record", None),
    ("review.html", "review checklist", "textarea.av-item__note"),
    ("offer.html", "offer: checklist, stage, letters", "textarea.av-item__note"),
    ("follow-up.html", "follow-up: dates, letters, two checklists",
     "[data-av-widget=letters] input[name=organisation]"),
)
ORGANISATIONS = ("ACME", "Beta GmbH", "Cosmo Ltd", "Delta Logistics", "Ems Stadtwerke",
                 "Fjord Analytics", "Grün & Partner", "Harbour Health", "Isar Versicherung",
                 "Juniper Labs", "Kappa Bank", "Lumen Media", "Müller & Söhne", "Nordlicht AG",
                 "Orbit Systems", "Pioneer Foods", "Quartz Legal", "Rhein Energie")
POSITIONS = ("Analyst", "Junior Developer", "Werkstudentin", "Project Assistant",
             "Data Engineer", "Trainee Marketing", "Sachbearbeiter", "UX Researcher")
SENTENCES = (
    "Two interviewers, friendly but quick; the second one took notes the whole time.",
    "They asked how I would prioritise three deadlines landing in the same week.",
    "I talked too long about my thesis and ran out of time for my own questions.",
    "The team lead mentioned a reorganisation in spring; worth asking about.",
    "Salary range was not discussed, they said HR would bring it up in round two.",
    "I should prepare a shorter answer about why I am leaving my current job.",
    "Good moment: the case question on the warehouse data, they liked the structure.",
    "Next time bring printed copies of the portfolio, the screen share failed.",
    "Wir haben über Homeoffice gesprochen, zwei Tage pro Woche sind möglich.",
    "Die Frage nach meinen Schwächen kam wieder; meine Antwort war zu allgemein.",
    "They want someone to start in March and asked twice about my notice period.",
    "The office was quiet and people seemed tired; ask about overtime next round.",
)

DUMP_JS = """() => Object.fromEntries(Object.keys(localStorage).map(
  key => [key, localStorage.getItem(key)]))"""
RESTORE_JS = """(entries) => {
  localStorage.clear();
  for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
}"""


def plan(keys: list[str], questions: set[str], today: datetime.date,
         count: int = RECORDS) -> list[dict[str, Any]]:
    """``count`` interview records in the store's format, the same every run: the newest
    interview last."""
    chance = random.Random(17)
    records = []
    for number in range(count):
        interview = today - datetime.timedelta(days=120 * (count - number) // count + 1)
        created = datetime.datetime.combine(interview, datetime.time(17, number % 60))
        stamp = f"{created.isoformat()}.000Z"
        answers: dict[str, dict[str, Any]] = {}
        for key in keys:
            if key in questions:
                note = " ".join(chance.sample(SENTENCES, chance.randint(2, 4)))
                answers[key] = {"done": True, "note": note, "updated": stamp}
            elif chance.random() < 0.5:
                answers[key] = {"done": True, "note": "", "updated": stamp}
        final = STAGES[number % len(STAGES)]
        history = ["waiting"] if final != "waiting" else []
        if final in ("offer", "accepted", "declined"):
            history.append("next-round")
        stages = []
        for step, stage in enumerate([*history, final]):
            on = min(interview + datetime.timedelta(days=2 + 7 * step), today)
            due = ""
            if stage in ("next-round", "offer"):
                due = (on + datetime.timedelta(days=chance.randint(3, 30))).isoformat()
            stages.append({"stage": stage, "on": on.isoformat(), "due": due,
                           "at": f"{on.isoformat()}T09:{step:02d}:00.000Z"})
        organisation = ORGANISATIONS[number % len(ORGANISATIONS)]
        position = POSITIONS[number % len(POSITIONS)]
        decision = interview + datetime.timedelta(days=chance.randint(5, 20))
        named = number % 5 == 0  # every fifth named by the user, the others by the tools
        records.append({
            "id": f"r{number:03d}",
            "label": f"{organisation}, round {number // len(ORGANISATIONS) + 1}" if named
            else f"{organisation} \u2013 {position}",
            "named": named, "created": stamp,
            "followup": {"organisation": organisation, "position": position,
                         "date": interview.isoformat(),
                         "decision": decision.isoformat() if number % 3 else "",
                         "convention": ("us", "uk", "de")[number % 3]},
            "answers": answers, "stages": stages})
    return records


def storage_of(chrome: Any, base: str, records: list[dict[str, Any]]) -> dict[str, str]:
    """The localStorage entries that the store writes for ``records``."""
    context = chrome.new_context()
    page = context.new_page()
    page.goto(base + "records.html", wait_until="load")  # the store and its import
    # Through the store's API (cleanRun, then importRuns), as the browser test seeds them.
    seeded = page.evaluate(SEED_JS, records)
    assert seeded == {"listed": len(records), "lost": [], "failed": None}, seeded
    entries = page.evaluate(DUMP_JS)
    context.close()
    return entries


def own_ms(profile: dict[str, Any], base: str) -> float | None:
    """Milliseconds of a CPU profile in which any frame of the stack is one of our scripts;
    None when the profile holds none of them (Chromium moved the page to a new renderer:
    the profile is of the old one)."""
    parent: dict[int, int] = {}
    own: set[int] = set()
    for node in profile["nodes"]:
        for child in node.get("children", []):
            parent[child] = node["id"]
        if is_own(node["callFrame"].get("url", "").removeprefix(base).split("?")[0]):
            own.add(node["id"])
    if not own:
        return None
    memo: dict[int, bool] = {}

    def under_own(node: int) -> bool:
        if node not in memo:
            memo[node] = node in own or (node in parent and under_own(parent[node]))
        return memo[node]

    samples, deltas = profile.get("samples", []), profile.get("timeDeltas", [])
    return sum(deltas[position + 1] for position, node in enumerate(samples[:-1])
               if under_own(node)) / 1000


def fresh_page(chrome: Any, base: str, entries: dict[str, str]) -> tuple[Any, Any]:
    """A new context holding ``entries`` in its localStorage, and a new tab in it (a tab
    that has not read the storage yet: its first read copies every entry in)."""
    context = chrome.new_context(viewport={"width": 1280, "height": 900})
    seeder = context.new_page()
    seeder.goto(base + "privacy.html", wait_until="load")
    seeder.evaluate(RESTORE_JS, entries)
    seeder.close()  # its store would answer every save of the measured page
    return context, context.new_page()


def page_figures(chrome: Any, base: str, entries: dict[str, str], path: str,
                 field: str | None) -> dict[str, float]:
    """One run on ``path`` holding ``entries``: own script of opening it (profiled), all
    script of opening it (not profiled, in a context of its own), and (when ``field``) of
    a tick and of a keystroke on that page."""
    figures: dict[str, float] = {}
    errors: list[str] = []
    for how in ("own", "linked", "all"):
        context, page = fresh_page(chrome, base, entries)
        page.on("pageerror", lambda error: errors.append(str(error)))
        if how == "linked":  # reached from another page of the site, in the same tab
            page.goto(base + LINKED_FROM, wait_until="load")
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        if how != "all":
            cdp.send("Profiler.enable")
            cdp.send("Profiler.setSamplingInterval", {"interval": 100})
            cdp.send("Profiler.start")
        start = browser.script_seconds(cdp)[0]
        page.goto(base + path, wait_until="load")
        page.wait_for_timeout(1000)
        if how != "all":
            own = own_ms(cdp.send("Profiler.stop")["profile"], base)
            if own is not None:
                figures[how] = own
            context.close()
            continue
        opened = browser.script_seconds(cdp)[0]
        # Chromium may start a new renderer for the page, with counters from zero.
        figures["all"] = (opened - (start if opened >= start else 0)) * 1000
        if field:
            figures["tick"] = browser._tick(page, cdp)
            figures["type"] = keystroke(page, cdp, field)
        context.close()
    assert not errors, f"{path}: {errors}"
    return figures


def keystroke(page: Any, cdp: Any, selector: str) -> float:
    """Script time of one character typed at the end of ``selector``'s first field, until
    idle with its save."""
    target = page.locator(selector).first
    target.scroll_into_view_if_needed()
    target.focus()
    target.evaluate("field => field.setSelectionRange(field.value.length, field.value.length)")
    page.wait_for_timeout(300)
    before = browser.script_seconds(cdp)[0]
    cdp.send("Input.insertText", {"text": "x"})
    page.wait_for_timeout(1000)  # past the 600 ms save delay
    return (browser.script_seconds(cdp)[0] - before) * 1000


# The first read of localStorage in a page without our scripts (sitemap.xml, same origin):
# the browser copies every stored entry into the page then, whoever reads first.
FIRST_READ_JS = """() => {
  const start = performance.now();
  localStorage.getItem("afterview-probe");
  return performance.now() - start;
}"""


def first_read_ms(chrome: Any, base: str, entries: dict[str, str]) -> float:
    """Milliseconds of the first localStorage read of a new tab holding ``entries``."""
    context, page = fresh_page(chrome, base, entries)
    page.goto(base + "sitemap.xml", wait_until="load")
    elapsed = page.evaluate(FIRST_READ_JS)
    context.close()
    return elapsed


Results = dict[tuple[str, str, int], dict[str, list[float]]]  # (site, page, records)


def measure(sites: dict[str, Path], runs: int,
            pages: tuple[tuple[str, str, str | None], ...] = PAGES) -> Results:
    """Every page's figures, each run's: with one record and with RECORDS on the first site,
    with RECORDS on the others (each with records stored by its own scripts)."""
    from playwright.sync_api import sync_playwright

    from macros.dataset import read_site_dataset
    dataset = read_site_dataset(ROOT, ("en", "de"))
    keys = [item.key for c in dataset.checklists for item in c.items]
    questions = {item.key for c in dataset.checklists for item in c.items
                 if item.kind == "question"}
    records = plan(keys, questions, datetime.date.today())
    results: Results = {}
    with sync_playwright() as playwright, ExitStack() as stack:
        bases = {name: stack.enter_context(serve(site)) for name, site in sites.items()}
        chrome = playwright.chromium.launch(executable_path=find_chromium(),
                                            args=CHROMIUM_ARGS)
        first = next(iter(sites))
        storages = {(name, count): storage_of(chrome, base, records[:count])
                    for name, base in bases.items()
                    for count in ((1, RECORDS) if name == first else (RECORDS,))}
        size = sum(len(k) + len(v) for k, v in storages[first, RECORDS].items())
        print(f"Stored for {RECORDS} records: {len(storages[first, RECORDS])} entries, "
              f"{size / 1e6:.1f} million characters.", file=sys.stderr)
        # Runs outermost, the sites side by side: a busy moment of the machine hits them all.
        for _ in range(runs):
            for count in (1, RECORDS):
                results.setdefault((first, "", count), {}).setdefault("read", []).append(
                    first_read_ms(chrome, bases[first], storages[first, count]))
            for path, _what, field in pages:
                for (name, count), entries in storages.items():
                    figures = page_figures(chrome, bases[name], entries, path, field)
                    slot = results.setdefault((name, path, count), {})
                    for figure, value in figures.items():
                        slot.setdefault(figure, []).append(value)
        chrome.close()
    return results


OPENING = ("own", "linked", "all")
FIGURES = (*OPENING, "tick", "type")
HEAD = ("| page | open in a new tab: own script | reached by a link: own script "
        "| open in a new tab: all script | tick | keystroke |\n|---|---:|---:|---:|---:|---:|")


def report(results: Results, runs: int, sites: list[str],
           pages: tuple[tuple[str, str, str | None], ...] = PAGES) -> bool:
    """Print the tables; True when the figures with budgets are within them."""
    def cell(site: str, path: str, count: int, figure: str, pick: Any = statistics.median
             ) -> str:
        values = results.get((site, path, count), {}).get(figure)
        return f"{pick(values):.1f}" if values else "–"

    first = sites[0]
    print(f"### {RECORDS} interviews: script time in ms, median of {runs} "
          f"(1 record → {RECORDS} records)\n")
    print(HEAD)
    for path, what, field in pages:
        row = [f"{cell(first, path, 1, figure)} → **{cell(first, path, RECORDS, figure)}**"
               if field or figure in OPENING else "–" for figure in FIGURES]
        print(f"| {path} ({what}) | " + " | ".join(row) + " |")
    print(f"\nThe fastest of the {runs} runs with {RECORDS} records (the machine is shared: "
          "the median carries its load):\n")
    print(HEAD)
    for path, _what, field in pages:
        row = [cell(first, path, RECORDS, figure, min) if field or figure in OPENING
               else "–" for figure in FIGURES]
        print(f"| {path} | " + " | ".join(row) + " |")
    for other in sites[1:]:
        print(f"\n{other} → this site, {RECORDS} records, median of {runs} (runs side by "
              "side):\n")
        print(HEAD)
        for path, _what, field in pages:
            row = [f"{cell(other, path, RECORDS, figure)} → "
                   f"**{cell(first, path, RECORDS, figure)}**"
                   if field or figure in OPENING else "–" for figure in FIGURES]
            print(f"| {path} | " + " | ".join(row) + " |")
    print(f"\nOf the own script: the first read of localStorage, which copies every stored "
          f"entry into the page (in a page without our scripts), median "
          f"{cell(first, '', 1, 'read')} → **{cell(first, '', RECORDS, 'read')} ms**; "
          f"fastest with {RECORDS} records {cell(first, '', RECORDS, 'read', min)} ms.")
    over = []
    for path, _what, _field in pages:
        figures = results.get((first, path, RECORDS), {})
        limits = {"tick": BUDGET_CHANGE_MS, "type": BUDGET_CHANGE_MS}
        if path in OPEN_BUDGET_PAGES:
            limits.update(own=BUDGET_OPEN_MS, linked=BUDGET_OPEN_MS)
        over += [f"{path} {figure} {statistics.median(figures[figure]):.1f} ms"
                 for figure, limit in limits.items()
                 if figures.get(figure) and statistics.median(figures[figure]) >= limit]
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\nBudgets with {RECORDS} records (medians): opening "
          f"{' and '.join(OPEN_BUDGET_PAGES)} < {BUDGET_OPEN_MS} ms of own script; a tick and "
          f"a keystroke < {BUDGET_CHANGE_MS} ms of script: "
          f"{'over: ' + ', '.join(over) if over else 'all within'}. Load average at the end: "
          f"{load} (on {os.cpu_count()} cores).\n")
    return not over


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs per median ({RUNS})")
    parser.add_argument("--site", type=Path, default=None,
                        help="a site already built (mkdocs build -d DIR) instead of a build "
                        "of a copy of the repository")
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="another built site (e.g. an earlier version) measured with "
                        f"{RECORDS} records side by side; may be given more than once")
    parser.add_argument("--pages", default="",
                        help="comma-separated pages to measure (default: all of them)")
    args = parser.parse_args()
    chosen = tuple(page for page in PAGES
                   if not args.pages or page[0] in args.pages.split(","))
    with tempfile.TemporaryDirectory(prefix="afterview-many-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            projects.build_once(projects.copy_real(Path(tmp) / "real"), site)
        sites = {"this site": site, **{str(other): other for other in args.compare}}
        results = measure(sites, args.runs, chosen)
    # Over a budget is said, not an error: time on a shared machine varies from run to run
    # (tests never assert on time either).
    report(results, args.runs, list(sites), chosen)


if __name__ == "__main__":
    main()
