"""What a browser loads and runs: page weight per page (requests and bytes by kind, raw
and gzip -9) and script time of the checklists (Chromium's CDP Performance metrics).

Each site is served from its build folder by a plain Python HTTP server on loopback
(scripts.browsing.serve); each page is loaded in a fresh browser context (empty cache) in
the system Chromium."""

from __future__ import annotations

import gzip
import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, CDPSession, Page

from hooks.assets import is_own

KINDS = ("html", "css", "js", "index", "other")


def gzipped(data: bytes) -> int:
    """Bytes of ``data`` after gzip -9."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def kind_of(url: str) -> str:
    """The column a response counts in."""
    path = url.split("?")[0].split("#")[0]
    if path.endswith("search_index.json"):
        return "index"
    if path.endswith(".html") or path.endswith("/"):
        return "html"
    for suffix, kind in ((".css", "css"), (".js", "js")):
        if path.endswith(suffix):
            return kind
    return "other"


@dataclass
class Weight:
    """Requests and bytes of one page load, by kind."""

    requests: int = 0
    own_gzip: int = 0  # the project's own scripts and styles (hooks.assets.is_own)
    raw: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    gzip: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))


def page_weight(browser: Browser, url: str, base: str, settle_ms: int = 1500,
                search: bool = False) -> Weight:
    """Load ``url`` in a new context and count what it fetched (the search worker's and its
    index included: plain Material fetches it on load, ours when search is opened). With
    ``search``, the search field gets the focus once the page has settled, as a reader
    opening search does, and what that fetches counts too."""
    context = browser.new_context()
    page = context.new_page()
    bodies: list[tuple[str, bytes]] = []

    def on_response(response: Any) -> None:
        if response.url.startswith(("data:", "blob:")):
            return
        try:
            bodies.append((response.url, response.body()))
        except Exception:  # noqa: BLE001 - a redirect or aborted response has no body
            bodies.append((response.url, b""))

    context.on("response", on_response)  # the page's and its search worker's
    page.goto(url, wait_until="load")
    page.wait_for_timeout(settle_ms)
    if search:
        page.locator("input.md-search__input").focus()
        page.wait_for_timeout(settle_ms)
    context.close()
    weight = Weight(requests=len(bodies))
    for address, body in bodies:
        kind = kind_of(address)
        path = address.removeprefix(base).split("?")[0]
        if kind in ("css", "js") and is_own(path):
            weight.own_gzip += gzipped(body)
        weight.raw[kind] += len(body)
        weight.gzip[kind] += gzipped(body)
    return weight


def search_index_duplicates(index_file: Path) -> tuple[int, int]:
    """Entries of the search index, and how many of them repeat the text of an earlier
    entry (non-empty text, compared after collapsing whitespace)."""
    docs = json.loads(index_file.read_text(encoding="utf-8"))["docs"]
    seen: set[str] = set()
    repeats = 0
    for entry in docs:
        text = " ".join(entry.get("text", "").split())
        if not text:
            continue
        if text in seen:
            repeats += 1
        seen.add(text)
    return len(docs), repeats


def texts_in_several_entries(index_file: Path, texts: list[str]) -> list[str]:
    """The ``texts`` that occur in more than one entry of the search index."""
    from html import unescape
    docs = [unescape(entry.get("text", "")) for entry in
            json.loads(index_file.read_text(encoding="utf-8"))["docs"]]
    return [text for text in texts if sum(text in doc for doc in docs) > 1]


# --- interaction -------------------------------------------------------------------------

LONG_NOTE = ("We talked about the team, the first project and how they measure success; "
             "I should have asked more about the onboarding and the travel. ") * 14


def seeded_document(keys: list[str], questions: set[str], records: int = 10,
                    ticked: int = 200, note: str = LONG_NOTE) -> dict[str, Any]:
    """A browser-state document (version 1) with ``records`` records and ``ticked`` ticked
    items spread over them, and ``note`` (by default about 2,000 characters) on every
    question of every record."""
    runs: dict[str, Any] = {}
    per_record = -(-ticked // records)
    for number in range(records):
        answers: dict[str, Any] = {}
        for position, key in enumerate(keys):
            answer: dict[str, Any] = {"updated": "2026-11-20T16:07:12.000Z"}
            if (position + number * per_record) % len(keys) < per_record:
                answer["done"] = True
            if key in questions:
                answer["note"] = f"Record {number}: {note}"
            if len(answer) > 1:
                answers[key] = answer
        runs[f"run{number:02d}"] = {"label": f"Interview {number + 1}",
                                    "created": "2026-11-20T16:05:00.000Z", "answers": answers}
    return {"version": 1, "current": "run00", "runs": runs}


def script_seconds(cdp: CDPSession) -> tuple[float, float]:
    """Chromium's cumulative ScriptDuration and TaskDuration of the page's renderer."""
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return metrics["ScriptDuration"], metrics["TaskDuration"]


@dataclass
class Interaction:
    """Script time in milliseconds (median over the runs), and each run's figure."""

    open_ms: list[float]
    tick_ms: list[float]
    type_ms: list[float]
    open_own_ms: list[float] = field(default_factory=list)

    @staticmethod
    def median(values: list[float]) -> float:
        """The median, or 0 when nothing was measured."""
        return statistics.median(values) if values else 0.0


def _delta(cdp: CDPSession, before: tuple[float, float]) -> float:
    after = script_seconds(cdp)
    return (after[0] - before[0]) * 1000


def interaction(browser: Browser, base: str, page_path: str, document: dict[str, Any] | None,
                storage_key: str, runs: int = 5) -> Interaction:
    """Script time of opening ``page_path`` with ``document`` in localStorage, of ticking an
    item and of typing one character into a note (each until the page is idle again, the
    save included: ticks save at once, notes 600 ms after the last keystroke).

    Method: CDP ``Performance.getMetrics`` before and after, ``ScriptDuration`` difference;
    the page is opened in a new tab (the records were stored from another tab beforehand).
    The tick and the keystroke are sent as CDP input events (not Playwright's click, whose
    own checks run script in the page and would be counted)."""
    result = Interaction([], [], [])
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        seeder = context.new_page()
        seeder.goto(base + "404.html", wait_until="load")
        if document is not None:
            seeder.evaluate("([k, v]) => localStorage.setItem(k, v)",
                            [storage_key, json.dumps(document)])
        # Closed: its scripts would answer every save of the measured page (storage events).
        seeder.close()
        # A new tab, from about:blank: its renderer's counters hold this page's work only.
        # Once without the profiler (its sampling slows scripts down), once with it.
        for profiled in (True, False):
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Performance.enable")
            if profiled:
                cdp.send("Profiler.enable")
                cdp.send("Profiler.setSamplingInterval", {"interval": 100})
                cdp.send("Profiler.start")
            start = script_seconds(cdp)
            page.goto(base + page_path, wait_until="load")
            page.wait_for_timeout(1000)
            if profiled:
                try:
                    profile = cdp.send("Profiler.stop")["profile"]
                    result.open_own_ms.append(own_script_ms(profile, base))
                except Exception:  # noqa: BLE001 - a new renderer took the page: no profile
                    pass
                page.close()
                continue
            opened = script_seconds(cdp)
            # Chromium may start a new renderer for the page, with counters from zero.
            result.open_ms.append((opened[0] - (start[0] if opened[0] >= start[0] else 0))
                                  * 1000)
        if document is not None:
            result.tick_ms.append(_tick(page, cdp))
            result.type_ms.append(_type(page, cdp))
        context.close()
    return result


def own_script_ms(profile: dict[str, Any], base: str) -> float:
    """Milliseconds of a CPU profile (0.1 ms samples) spent in the project's own scripts
    (by the script's URL; hooks.assets.is_own), not in Material's or the browser's."""
    own_nodes = {node["id"] for node in profile["nodes"]
                 if is_own(node["callFrame"].get("url", "").removeprefix(base).split("?")[0])}
    total = 0
    samples, deltas = profile.get("samples", []), profile.get("timeDeltas", [])
    for position, node in enumerate(samples[:-1]):
        if node in own_nodes:
            total += deltas[position + 1]
    return total / 1000


def _tick(page: Page, cdp: CDPSession) -> float:
    box = page.locator("input.av-item__box").nth(3)
    box.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    bounds = box.bounding_box()
    assert bounds is not None
    x, y = bounds["x"] + bounds["width"] / 2, bounds["y"] + bounds["height"] / 2
    before = script_seconds(cdp)
    for kind in ("mousePressed", "mouseReleased"):
        cdp.send("Input.dispatchMouseEvent",
                 {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})
    page.wait_for_timeout(500)
    return _delta(cdp, before)


def _type(page: Page, cdp: CDPSession) -> float:
    note = page.locator("textarea.av-item__note").first
    note.scroll_into_view_if_needed()
    note.focus()
    page.wait_for_timeout(300)
    before = script_seconds(cdp)
    cdp.send("Input.insertText", {"text": "x"})
    page.wait_for_timeout(1000)  # past the 600 ms save delay
    return _delta(cdp, before)
