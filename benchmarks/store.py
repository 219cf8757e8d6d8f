"""The store's figures for BENCHMARKS.md, the store of this working tree (version 3: one
entry per record) side by side with the one-entry store of an earlier commit (default
0e8adf8, version 2), both built from the same copy of the project:

- script time (CDP ScriptDuration) of a tick and of a keystroke in a note on review.html,
  the save included, with 10, 100 and 500 records stored, every record the same size (20
  ticks and a note on every question), so that only the number of records changes;
- importing 2,000 records on records.html: the longest main-thread task from the click to
  the result (PerformanceObserver 'longtask', which reports tasks over 50 ms), the time
  until the result shows, and the longest task of opening records.html with them stored.

Run: `.venv/bin/python benchmarks/store.py` (a few minutes; `--runs`, `--old COMMIT`,
`--real PROJECT`), or as the `store` section of `make bench`
(`.venv/bin/python benchmarks/measure.py --only store`). Nothing is written into the
repository."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks import browser, projects  # noqa: E402 - needs the project on the path
from scripts.browsing import CHROMIUM_ARGS, find_chromium, serve  # noqa: E402

OLD_COMMIT = "0e8adf8"
# The scripts that made up the one-entry store and its users (the rest of the site is
# today's: the pages and the widgets the benchmark does not touch).
STORE_SCRIPTS = ("strings.js", "core.js", "store.js", "checklist.js", "main.js", "records.js",
                 "lessons.js", "overview.js", "printable.js", "messages-en.js", "messages-de.js")
RECORD_COUNTS = (10, 100, 500)
TICKS_PER_RECORD = 20
# A note on every question: 34 questions x 120 characters, about 7 KB per record, so that
# 500 records (3.6 MB) still fit into the one entry of the old store.
NOTE = ("Asked about the first project and the team; answered well, but too long. " * 2)[:120]
IMPORT_RECORDS = 2000
PARTS = ("ticks", "import")
STORAGE_KEY = "/.afterview"  # the sites are served at the root: Material's scope is "/"


def old_project(new: Path, destination: Path, commit: str) -> Path:
    """A copy of ``new`` with the store's scripts as they were at ``commit``."""
    projects.copy_real(destination, new)
    for name in STORE_SCRIPTS:
        source = subprocess.run(["git", "show", f"{commit}:docs/assets/js/{name}"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout
        (destination / "docs/assets/js" / name).write_text(source, encoding="utf-8")
    return destination


def import_backup(keys: list[str]) -> str:
    """A backup of IMPORT_RECORDS records (about 1.7 KB each: 10 ticks with a note)."""
    runs = {f"imp{number:05d}": {
        "label": f"Interview {number}", "created": "2026-11-20T16:05:00.000Z",
        "answers": {key: {"done": True, "note": f"{number}: {NOTE}", "updated": ""}
                    for key in keys[number % 50:number % 50 + 10]}}
        for number in range(IMPORT_RECORDS)}
    return json.dumps({"format": "afterview", "version": 2,
                       "exported": "2026-11-30T10:00:00.000Z", "runs": runs})


# Long tasks of the page from now on (PerformanceObserver 'longtask': over 50 ms each).
WATCH_LONG_TASKS = """() => {
  window.__longTasks = [];
  new PerformanceObserver(list => list.getEntries().forEach(
    entry => window.__longTasks.push(entry.duration))).observe({type: "longtask"});
  return PerformanceObserver.supportedEntryTypes.includes("longtask");
}"""
LONG_TASKS_OF_LOAD = """new PerformanceObserver(list => list.getEntries().forEach(
  entry => (window.__loadTasks = window.__loadTasks || []).push(entry.duration)))
  .observe({type: "longtask", buffered: true});"""


def import_figures(chrome: Any, base: str, backup: Path) -> tuple[float, float, float]:
    """Import ``backup`` on records.html in a new context: the longest task from the click
    to the result, the seconds until the result shows, and the longest task of opening
    records.html again with the records stored. 0 means no task over 50 ms."""
    context = chrome.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base + "records.html", wait_until="load")
    page.wait_for_timeout(500)
    assert page.evaluate(WATCH_LONG_TASKS), "this Chromium reports no long tasks"
    page.get_by_label("JSON backup file").set_input_files(str(backup))
    start = page.evaluate("performance.now()")
    page.locator("[data-av-rec-import] [type=submit]").click()
    page.wait_for_function(
        "() => /^Imported|could not/.test(document.querySelector('[data-av-rec-result]')"
        ".textContent)", timeout=300_000, polling=50)
    seconds = (page.evaluate("performance.now()") - start) / 1000
    result = page.locator("[data-av-rec-result]").inner_text()
    assert result.startswith("Imported"), result
    page.wait_for_timeout(1000)
    longest = max(page.evaluate("window.__longTasks"), default=0)
    page.add_init_script(LONG_TASKS_OF_LOAD)
    page.reload(wait_until="load")
    page.wait_for_timeout(1500)
    opening = max(page.evaluate("window.__loadTasks || []"), default=0)
    context.close()
    return longest, seconds, opening


def measure(new: Path, tmp: Path, runs: int, commit: str = OLD_COMMIT,
            parts: tuple[str, ...] = PARTS) -> None:
    """Build both stores, measure them (``parts``: ticks, import) and print the tables of
    BENCHMARKS.md."""
    from playwright.sync_api import sync_playwright

    from macros.dataset import read_dataset
    dataset = read_dataset(new, ("en", "de"))
    keys = [item.key for c in dataset.checklists for item in c.items]
    questions = {item.key for c in dataset.checklists for item in c.items
                 if item.kind == "question"}
    old = old_project(new, tmp / "old-store", commit)
    sites = {}
    for name, project in (("new", new), ("old", old)):
        sites[name] = tmp / f"{name}-site"
        projects.build_once(project, sites[name])
    backup = tmp / "backup.json"
    backup.write_text(import_backup(keys), encoding="utf-8")
    figures: dict[tuple[str, int], browser.Interaction] = {}
    imports: dict[str, list[tuple[float, float, float]]] = {"new": [], "old": []}
    with sync_playwright() as playwright, serve(sites["new"]) as new_base, \
            serve(sites["old"]) as old_base:
        chrome = playwright.chromium.launch(executable_path=find_chromium(),
                                            args=CHROMIUM_ARGS)
        bases = {"new": new_base, "old": old_base}
        for count in RECORD_COUNTS if "ticks" in parts else ():
            document = browser.seeded_document(keys, questions, count,
                                               count * TICKS_PER_RECORD, NOTE)
            for name, base in bases.items():
                figures[name, count] = browser.interaction(chrome, base, "review.html",
                                                           document, STORAGE_KEY, runs)
        for name, base in bases.items() if "import" in parts else ():
            for _ in range(max(1, runs // 2)):
                imports[name].append(import_figures(chrome, base, backup))
        chrome.close()
    report(figures, imports, keys, questions, commit, runs)


def report(figures: dict[tuple[str, int], browser.Interaction],
           imports: dict[str, list[tuple[float, float, float]]], keys: list[str],
           questions: set[str], commit: str, runs: int) -> None:
    """Print the tables."""
    if figures:
        ticks(figures, keys, questions, commit, runs)
    if imports["new"]:
        print(f"### Store: importing {IMPORT_RECORDS:,} records (each run)\n")
        print("| store | longest task from the click to the result | until the result shows "
              "| longest task opening records.html after |")
        print("|---|---:|---:|---:|")
        for name in ("old", "new"):
            rows = imports[name]
            print(f"| {name} | " + ", ".join(f"{r[0]:.0f}" for r in rows) + " ms | "
                  + ", ".join(f"{r[1]:.1f}" for r in rows) + " s | "
                  + ", ".join(f"{r[2]:.0f}" for r in rows) + " ms |")
        longest = statistics.median(r[0] for r in imports["new"])
        print(f"\nNew store, median longest task of the import: {longest:.0f} ms (budget "
              "200 ms; 0 = no task over 50 ms).\n")


def ticks(figures: dict[tuple[str, int], browser.Interaction], keys: list[str],
          questions: set[str], commit: str, runs: int) -> None:
    """The table of ticks and keystrokes."""
    med = browser.Interaction.median
    one = browser.seeded_document(keys, questions, 1, TICKS_PER_RECORD, NOTE)
    record = len(json.dumps(next(iter(one["runs"].values()))))
    print(f"### Store: script time of a tick and a keystroke (median of {runs})\n")
    print(f"Each record: {TICKS_PER_RECORD} ticks and a {len(NOTE)}-character note on each "
          f"of the {len(questions)} questions ({record / 1024:.1f} KB of JSON). Old: the "
          f"one-entry store of {commit} (version 2); new: version 3.\n")
    print("| records (stored JSON) | tick, old | tick, new | keystroke + save, old "
          "| keystroke + save, new | open review.html, old | open, new |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for count in RECORD_COUNTS:
        size = count * record / 1024 / 1024
        old, new = figures["old", count], figures["new", count]
        print(f"| {count} ({size:.1f} MB) | {med(old.tick_ms):.1f} ms | "
              f"**{med(new.tick_ms):.1f} ms** | {med(old.type_ms):.1f} ms | "
              f"**{med(new.type_ms):.1f} ms** | {med(old.open_ms):.1f} ms | "
              f"{med(new.open_ms):.1f} ms |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per median (default 5)")
    parser.add_argument("--old", default=OLD_COMMIT,
                        help=f"the commit whose store to compare with (default {OLD_COMMIT})")
    parser.add_argument("--real", type=Path, default=None,
                        help="measure this project folder instead of a copy of the repository")
    parser.add_argument("--only", default=",".join(PARTS),
                        help=f"comma-separated parts of: {', '.join(PARTS)}")
    args = parser.parse_args()
    parts = tuple(part.strip() for part in args.only.split(",") if part.strip())
    if set(parts) - set(PARTS):
        parser.error(f"unknown part(s): {', '.join(sorted(set(parts) - set(PARTS)))}")
    with tempfile.TemporaryDirectory(prefix="afterview-store-") as tmp:
        new = args.real or projects.copy_real(Path(tmp) / "new")
        measure(new, Path(tmp), args.runs, args.old, parts)


if __name__ == "__main__":
    main()
