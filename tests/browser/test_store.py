"""The browser store (version 3: an index entry and one entry per record) and the findings
of the attack of 2026-11-30 against it: a full or blocked storage, two tabs, names of
built-in properties, imports that do not fit, impossible dates, newer backups, damaged
entries, and what exports (Markdown, .ics) make of hostile text."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import icalendar
import markdown
import pytest
from playwright.sync_api import Page, expect

from tests.browser.actions import (
    box,
    download,
    import_file,
    note,
    open_with_stored,
    stored,
    write_note,
)

REVIEW = "review.html"
TICK = "review/atmosphere"
NOTE = "review/unprepared"

# Storage that can be made full or blocked from the test, one page at a time: tests set
# window.__storage.mode ("full", "blocked" or null) or writesLeft (writes before it is full).
STORAGE_SWITCH = """
(() => {
  const realSetItem = Storage.prototype.setItem;
  window.__storage = {mode: null, writesLeft: Infinity, written: []};
  Storage.prototype.setItem = function (key, value) {
    const state = window.__storage;
    if (state.mode === "blocked") {
      throw new DOMException("The operation is insecure.", "SecurityError");
    }
    if (state.mode === "full" || state.writesLeft <= 0) {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    }
    state.writesLeft -= 1;
    state.written.push(key);
    return realSetItem.call(this, key, value);
  };
})();
"""


def storage_mode(page: Page, mode: str | None) -> None:
    page.evaluate("mode => { window.__storage.mode = mode; }", mode)


def status(page: Page, checklist: str = "review"):
    return page.locator(f'[data-av-checklist="{checklist}"] .av-bar__status')


def own_keys(page: Page, storage_key: str) -> list[str]:
    return page.evaluate("k => Object.keys(localStorage).filter(x => x.startsWith(k))",
                         storage_key)


def version_2(runs: dict, current: str | None = None) -> str:
    """A stored document of version 2, the one-entry store before version 3."""
    return json.dumps({"version": 2, "current": current or next(iter(runs)), "runs": runs})


def run(label: str, answers: dict | None = None, **followup: str) -> dict:
    return {"label": label, "created": "2026-11-20T16:05:00.000Z",
            "answers": answers or {}, "followup": followup}


def backup(runs: dict, version: int = 2) -> str:
    return json.dumps({"format": "afterview", "version": version,
                       "exported": "2026-11-30T10:00:00.000Z", "runs": runs})


# --- version 3: the shape, the migration, what a change writes -----------------------------

def test_the_one_entry_document_becomes_an_index_and_one_entry_per_record(
        page, site_url, storage_key, errors):
    runs = {"r1": run("ACME, 20 Nov", {TICK: {"done": True, "note": "calm", "updated": ""}},
                      organisation="ACME", position="Analyst", date="2026-11-20",
                      decision="2026-12-01", convention="us-uk", first="Ann"),
            "r2": run("Globex, 25 Nov", {NOTE: {"done": False, "note": "salary", "updated": ""}})}
    open_with_stored(page, site_url + REVIEW, storage_key, version_2(runs, "r2"))
    expect(note(page, NOTE)).to_have_value("salary")
    assert sorted(own_keys(page, storage_key)) == [
        storage_key + ":index", storage_key + ":r:r1", storage_key + ":r:r2"]
    index = json.loads(page.evaluate("k => localStorage.getItem(k)", storage_key + ":index"))
    assert index == {"version": 5, "current": "r2", "criteria": None, "records": {
        "r1": {"label": "ACME, 20 Nov", "created": "2026-11-20T16:05:00.000Z",
               "organisation": "ACME", "position": "Analyst", "date": "2026-11-20",
               "decision": "2026-12-01", "convention": "us-uk"},
        "r2": {"label": "Globex, 25 Nov", "created": "2026-11-20T16:05:00.000Z"}}}
    doc = stored(page, storage_key)
    assert doc["runs"]["r1"]["answers"] == runs["r1"]["answers"]
    assert doc["runs"]["r1"]["followup"] == runs["r1"]["followup"]
    expect(page.locator(".av-notice")).to_have_count(0)
    assert errors == []


def test_a_tick_writes_only_its_record_and_a_rename_the_index_too(page, site_url, storage_key):
    page.add_init_script(STORAGE_SWITCH)
    runs = {f"r{n}": run(f"Interview {n}") for n in range(50)}
    open_with_stored(page, site_url + REVIEW, storage_key, version_2(runs, "r7"))
    expect(page.locator("#av-run--review option:checked")).to_have_text("Interview 7")
    page.evaluate("window.__storage.written = []")
    box(page, TICK).check()
    write_note(page, NOTE, "only this record")
    expect(status(page)).to_contain_text("Saved")
    assert set(page.evaluate("window.__storage.written")) == {storage_key + ":r:r7"}
    page.goto(site_url + "records.html")
    page.evaluate("window.__storage.written = []")
    page.get_by_label("Name", exact=True).fill("Interview seven")
    page.get_by_role("button", name="Save name").click()
    expect(page.locator("[data-av-rec-status]")).to_contain_text("Interview seven")
    assert sorted(page.evaluate("window.__storage.written")) == [
        storage_key + ":index", storage_key + ":r:r7"]


def test_a_migration_that_does_not_fit_keeps_the_old_entry_and_works_in_memory(
        page, site_url, storage_key):
    old = version_2({"r1": run("ACME", {TICK: {"done": True, "note": "", "updated": ""}})})
    page.goto(site_url + REVIEW)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [storage_key, old])
    page.add_init_script(STORAGE_SWITCH + "window.__storage.mode = 'full';")
    page.reload()
    expect(page.locator(".av-notice")).to_contain_text("full")
    expect(box(page, TICK)).to_be_checked()
    box(page, NOTE).check()
    assert page.evaluate("k => localStorage.getItem(k)", storage_key) == old
    assert own_keys(page, storage_key) == [storage_key]
    storage_mode(page, None)
    box(page, "review/culture").check()
    expect(status(page)).to_contain_text("Saved")
    answers = stored(page, storage_key)["runs"]["r1"]["answers"]
    assert answers[TICK]["done"] and answers[NOTE]["done"] and answers["review/culture"]["done"]
    assert storage_key not in own_keys(page, storage_key), "migrated: the old entry is gone"


def test_a_document_over_half_the_quota_is_migrated_in_steps_without_loss(
        page, site_url, storage_key):
    """The new entries do not fit beside the old one: the records already moved are taken
    out of the old entry to make room for the rest."""
    note_text = "n" * 250
    runs = {f"r{n:03d}": run(f"Interview {n}", {f"review/q{q}": {
        "done": q % 2 == 0, "note": f"{n}/{q} {note_text}", "updated": ""} for q in range(34)})
        for n in range(400)}
    old = version_2(runs, "r123")
    assert len(old) > 3_500_000  # the browser holds about 5,200,000 characters per site
    open_with_stored(page, site_url + REVIEW, storage_key, old)
    expect(page.locator("#av-run--review option:checked")).to_have_text("Interview 123")
    expect(page.locator(".av-notice")).to_have_count(0)
    assert storage_key not in own_keys(page, storage_key)
    doc = stored(page, storage_key)
    assert doc["current"] == "r123"
    assert {id: record["answers"] for id, record in doc["runs"].items()} == {
        id: record["answers"] for id, record in runs.items()}


def test_a_tab_with_the_old_scripts_saving_after_the_migration_loses_nothing(
        page, site_url, storage_key):
    then = "2026-11-20T10:00:00.000Z"
    runs = {"r1": run("ACME", {TICK: {"done": True, "note": "", "updated": then},
                               NOTE: {"done": False, "note": "old", "updated": then}})}
    open_with_stored(page, site_url + REVIEW, storage_key, version_2(runs))
    write_note(page, "review/culture", "written after the migration")
    expect(status(page)).to_contain_text("Saved")
    # A tab opened before the upgrade saves its whole document under the old key again.
    runs["r1"]["answers"][NOTE] = {"done": False, "note": "newer, from the old tab",
                                   "updated": "2099-01-01T00:00:00.000Z"}
    runs["r2"] = run("Started in the old tab")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [storage_key, version_2(runs)])
    page.reload()
    expect(note(page, NOTE)).to_have_value("newer, from the old tab")
    expect(note(page, "review/culture")).to_have_value("written after the migration")
    expect(box(page, TICK)).to_be_checked()
    assert set(stored(page, storage_key)["runs"]) == {"r1", "r2"}
    assert storage_key not in own_keys(page, storage_key)


def test_a_damaged_index_is_rebuilt_from_the_records(page, site_url, storage_key):
    page.goto(site_url + REVIEW)
    page.evaluate("""k => {
      for (const id of ["r1", "r2"]) localStorage.setItem(k + ":r:" + id, JSON.stringify({
        version: 3, label: "Interview " + id, created: "2026-11-20T16:05:00.000Z",
        answers: {"review/culture": {done: true, note: "", updated: ""}}, followup: {}}));
      localStorage.setItem(k + ":index", "{broken");
    }""", storage_key)
    for path in ("records.html", "index.html", "records.html"):
        page.goto(site_url + path)
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(2)
    expect(page.locator("[data-av-rec-rows]")).to_contain_text("Interview r2")
    aside = [k for k in own_keys(page, storage_key) if ".unreadable-" in k]
    assert len(aside) == 1 and aside[0].endswith(":index")
    assert set(stored(page, storage_key)["runs"]) == {"r1", "r2"}


def test_the_follow_up_fields_of_version_3_are_kept(page, site_url, storage_key):
    page.goto(site_url + "follow-up.html")
    fields = {"title": "dr", "addition": "Two writing samples attached.", "address": "mx",
              "convention": "uk", "organisation": "ACME", "date": "2026-06-02"}
    page.evaluate("""fields => { afterview.ensureRun(); afterview.store.setFollowup(fields); }""",
                  fields)
    page.reload()
    doc = stored(page, storage_key)
    assert doc["runs"][doc["current"]]["followup"] == fields
    index = json.loads(page.evaluate("k => localStorage.getItem(k)", storage_key + ":index"))
    assert index["records"][doc["current"]] == {
        "label": doc["runs"][doc["current"]]["label"],
        "created": doc["runs"][doc["current"]]["created"],
        "organisation": "ACME", "date": "2026-06-02", "convention": "uk"}


# --- M2: a tab that could not save ---------------------------------------------------------

def test_m2_a_tab_that_could_not_save_keeps_listening_and_never_overwrites_the_other_tab(
        context, site_url, storage_key):
    first, second = context.new_page(), context.new_page()
    first.add_init_script(STORAGE_SWITCH)
    first.goto(site_url + REVIEW)
    second.goto(site_url + REVIEW)
    box(first, "review/culture").check()
    expect(box(second, "review/culture")).to_be_checked()

    storage_mode(first, "full")
    write_note(first, NOTE, "A: typed while storage was full")
    expect(first.locator(".av-notice")).to_contain_text("full")
    expect(status(first)).to_have_text("Not saved in this browser")

    box(second, "review/bearing").check()
    write_note(second, "review/first-impressions", "B: written in the other tab")
    expect(status(second)).to_contain_text("Saved")
    # While full, the first tab still follows the other one, next to its own unsaved note.
    expect(note(first, "review/first-impressions")).to_have_value("B: written in the other tab")
    expect(box(first, "review/bearing")).to_be_checked()
    expect(note(first, NOTE)).to_have_value("A: typed while storage was full")

    storage_mode(first, None)
    box(first, TICK).check()
    expect(status(first)).to_contain_text("Saved")
    expect(first.locator(".av-notice")).to_be_hidden()
    doc = stored(first, storage_key)
    answers = doc["runs"][doc["current"]]["answers"]
    assert answers["review/bearing"]["done"] is True
    assert answers["review/first-impressions"]["note"] == "B: written in the other tab"
    assert answers[NOTE]["note"] == "A: typed while storage was full"
    assert answers[TICK]["done"] is True and answers["review/culture"]["done"] is True
    expect(note(second, NOTE)).to_have_value("A: typed while storage was full")


def test_m2_records_started_in_two_tabs_while_one_is_full_are_both_kept(
        context, site_url, storage_key):
    first, second = context.new_page(), context.new_page()
    first.add_init_script(STORAGE_SWITCH)
    for page in (first, second):
        page.goto(site_url + "records.html")
    storage_mode(first, "full")
    for page, label in ((first, "Started while full"), (second, "Started in the other tab")):
        page.get_by_label("Name of the new interview").fill(label)
        page.get_by_role("button", name="Start").click()
    expect(first.locator("[data-av-rec-rows] li")).to_have_count(2)
    storage_mode(first, None)
    first.get_by_label("Name", exact=True).fill("Started while full, renamed")
    first.get_by_role("button", name="Save name").click()
    expect(second.locator("[data-av-rec-rows]")).to_contain_text("Started while full, renamed")
    labels = sorted(r["label"] for r in stored(first, storage_key)["runs"].values())
    assert labels == ["Started in the other tab", "Started while full, renamed"]


# --- M3: names of built-in properties ------------------------------------------------------

@pytest.mark.parametrize("current", ["constructor", "toString", "__proto__"])
def test_m3_a_stored_current_named_like_a_built_in_never_breaks_saving(
        page, site_url, storage_key, errors, current):
    runs = {"a": run("A", {"review/culture": {"done": True, "note": "mine", "updated": ""}})}
    open_with_stored(page, site_url + REVIEW, storage_key, version_2(runs, current))
    box(page, TICK).check()
    write_note(page, NOTE, "saved after all")
    expect(status(page)).to_contain_text("Saved")
    page.reload()
    expect(box(page, TICK)).to_be_checked()
    expect(note(page, NOTE)).to_have_value("saved after all")
    page.goto(site_url + "records.html")
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(1)
    expect(page.locator("[data-av-rec-rows]")).to_contain_text("A")
    answers = stored(page, storage_key)["runs"]["a"]["answers"]
    assert answers["review/culture"]["note"] == "mine"
    assert errors == []


def test_records_and_answers_named_like_built_ins_are_kept_like_any_other(
        page, site_url, storage_key, errors):
    odd = {key: {"done": True, "note": key + " note", "updated": ""}
           for key in ("constructor", "toString", "hasOwnProperty", "__proto__")}
    runs = {"__proto__": run("Proto", odd), "constructor": run("Constructor")}
    open_with_stored(page, site_url + REVIEW, storage_key, version_2(runs, "__proto__"))
    box(page, TICK).check()
    expect(status(page)).to_contain_text("Saved")
    page.goto(site_url + "records.html")
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(2)
    expect(page.locator(".av-notice")).to_have_count(0)
    saved = stored(page, storage_key)["runs"]
    assert set(saved) == {"__proto__", "constructor"}
    assert {k: v["note"] for k, v in saved["__proto__"]["answers"].items() if k != TICK} == {
        key: key + " note" for key in odd}
    exported = json.loads(download(page.get_by_role("button", name="All interviews as JSON"))[1])
    assert set(exported["runs"]) == {"__proto__", "constructor"}
    assert set(exported["runs"]["__proto__"]["answers"]) == {*odd, TICK}
    assert errors == []


# --- M4 and the import ---------------------------------------------------------------------

@pytest.mark.parametrize("writes_left", [0, 2], ids=["nothing-fits", "part-fits"])
def test_m4_an_import_that_does_not_fit_says_it_was_not_saved(
        page, site_url, storage_key, tmp_path, errors, writes_left):
    page.add_init_script(STORAGE_SWITCH)
    page.goto(site_url + "records.html")
    page.get_by_label("Name of the new interview").fill("Here before")
    page.get_by_role("button", name="Start").click()
    before = stored(page, storage_key)
    page.evaluate("n => { window.__storage.writesLeft = n; }", writes_left)
    runs = {f"imp{n}": run(f"Imported {n}", {TICK: {"done": True, "note": "x" * 50,
                                                    "updated": ""}}) for n in range(5)}
    message = import_file(page, tmp_path, backup(runs))
    assert "could not be saved" in message and "Imported" not in message
    assert "Export" in message and "delete" in message
    assert stored(page, storage_key) == before
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(1)
    # The page keeps working once there is room again.
    page.evaluate("window.__storage.writesLeft = Infinity")
    page.get_by_label("Name of the new interview").fill("After the import")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(2)
    assert len(stored(page, storage_key)["runs"]) == 2
    assert errors == []


@pytest.mark.parametrize(
    ("field", "value"),
    [("date", "2026-02-31"), ("decision", "9999-99-99"), ("created", "yesterday"),
     ("created", "2026-13-01T10:00:00.000Z")],
)
def test_impossible_dates_in_an_import_get_their_own_message(
        page, site_url, storage_key, tmp_path, field, value):
    record = run("ACME", date="2026-06-02")
    if field == "created":
        record["created"] = value
    else:
        record["followup"][field] = value
    page.goto(site_url + "records.html")
    message = import_file(page, tmp_path, backup({"r1": record}))
    assert message == (f"This file cannot be imported: the date \u201c{value}\u201d in "
                       f"interview \u201cr1\u201d is not a real date. Nothing was changed.")
    assert own_keys(page, storage_key) == []


@pytest.mark.parametrize("version", [3, 99])
def test_a_backup_from_a_newer_version_says_so(page, site_url, tmp_path, version):
    page.goto(site_url + "records.html")
    message = import_file(page, tmp_path, backup({"r1": run("ACME")}, version))
    assert message == ("This file cannot be imported: it was made by a newer version of "
                       "afterview. Nothing was changed.")


def test_a_version_2_backup_still_imports(page, site_url, storage_key, tmp_path):
    page.goto(site_url + "records.html")
    runs = {"r1": run("ACME", {TICK: {"done": True}}, organisation="ACME")}
    assert import_file(page, tmp_path, backup(runs)) == "Imported 1 interview."
    saved = stored(page, storage_key)["runs"]["r1"]
    assert saved["answers"][TICK]["done"] is True and saved["followup"] == {"organisation": "ACME"}


def test_a_large_import_is_written_in_steps_and_shows_its_progress(
        page, site_url, storage_key, tmp_path):
    runs = {f"r{n:04d}": run(f"Interview {n}", {TICK: {"done": True, "note": f"note {n}",
                                                       "updated": ""}}) for n in range(2000)}
    # Each write takes at least 0.1 ms, as on a slow device: 2000 records then need several
    # 40 ms steps on any machine (a fast one wrote them all in one step, with no progress).
    page.add_init_script("""(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        const until = performance.now() + 0.1;
        while (performance.now() < until) { /* a slow device */ }
        return set.call(this, key, value);
      };
    })()""")
    page.goto(site_url + "records.html")
    page.evaluate("""() => {
      window.__messages = [];
      const result = document.querySelector("[data-av-rec-result]");
      new MutationObserver(() => window.__messages.push(result.textContent))
        .observe(result, {childList: true, characterData: true, subtree: true});
    }""")
    path = tmp_path / "backup.json"
    path.write_text(backup(runs), encoding="utf-8")
    page.get_by_label("JSON backup file").set_input_files(str(path))
    page.get_by_role("button", name="Import", exact=True).click()
    result = page.locator("[data-av-rec-result]")
    expect(result).to_have_text("Imported 2000 interviews.", timeout=90_000)
    messages = page.evaluate("window.__messages")
    assert any(re.fullmatch(r"Importing: [\d,]+ of 2,?000 interviews\u2026", m)
               for m in messages), messages
    assert len(stored(page, storage_key)["runs"]) == 2000
    # The list draws fifty cards at a time (records.js, PAGE).
    cards = page.locator("[data-av-rec-rows] li")
    expect(cards).to_have_count(50)
    page.get_by_role("button", name="Show more (50 of 2000 shown)").click()
    expect(cards).to_have_count(100)
    expect(cards.first).to_contain_text("Interview")


# --- storage that fails or is damaged ------------------------------------------------------

def test_a_blocked_write_is_not_called_full(page, site_url, errors):
    page.add_init_script(STORAGE_SWITCH)
    page.goto(site_url + REVIEW)
    storage_mode(page, "blocked")
    box(page, TICK).check()
    notice = page.locator(".av-notice")
    expect(notice).to_contain_text("refused to save")
    expect(notice).not_to_contain_text("full")
    expect(status(page)).to_have_text("Not saved in this browser")
    storage_mode(page, None)
    box(page, "review/culture").check()
    expect(status(page)).to_contain_text("Saved")
    expect(notice).to_be_hidden()
    assert errors == []


def test_a_damaged_document_is_copied_aside_once_not_on_every_page_view(
        page, site_url, storage_key):
    open_with_stored(page, site_url + REVIEW, storage_key, "{not json")
    expect(page.locator(".av-notice")).to_contain_text("kept aside")
    for path in ("records.html", "index.html", REVIEW):
        page.goto(site_url + path)
        page.wait_for_load_state("load")
    aside = [k for k in own_keys(page, storage_key) if k.startswith(storage_key + ".unreadable-")]
    assert len(aside) == 1
    assert page.evaluate("k => localStorage.getItem(k)", aside[0]) == "{not json"


def test_a_damaged_record_is_copied_aside_once_and_the_rest_of_it_kept(
        page, site_url, storage_key):
    page.goto(site_url + REVIEW)
    damaged = json.dumps({"version": 3, "label": "ACME", "created": "2026-11-20T16:05:00.000Z",
                          "answers": {TICK: {"done": True}, "review/culture": "broken"}})
    page.evaluate("""([k, record]) => {
      localStorage.setItem(k + ":index", JSON.stringify({version: 3, current: "r1",
        records: {r1: {label: "ACME", created: "2026-11-20T16:05:00.000Z"}}}));
      localStorage.setItem(k + ":r:r1", record);
    }""", [storage_key, damaged])
    for path in (REVIEW, "records.html", REVIEW):
        page.goto(site_url + path)
        page.wait_for_load_state("load")
    expect(box(page, TICK)).to_be_checked()
    aside = [k for k in own_keys(page, storage_key) if ".unreadable-" in k]
    assert len(aside) == 1
    assert page.evaluate("k => localStorage.getItem(k)", aside[0]) == damaged


# --- what the exports make of hostile text -------------------------------------------------

HOSTILE_LABEL = "ACME `x`\n\n<img src=x onerror=alert(1)>\n# Injected [link](javascript:alert(2))"
HOSTILE_KEY = "old/`key`\n\n<img src=y onerror=alert(3)>"


def test_names_and_keys_cannot_put_markdown_or_html_into_the_markdown_export(
        page, site_url, storage_key):
    answers = {key: {"done": True, "note": "", "updated": ""}
               for key in ("constructor", "toString", "hasOwnProperty", HOSTILE_KEY)}
    answers[NOTE] = {"done": False, "note": "<script>alert(4)</script> &amp; *bold*",
                     "updated": ""}
    open_with_stored(page, site_url + "records.html", storage_key,
                     version_2({"r1": run(HOSTILE_LABEL, answers)}))
    text = download(page.get_by_role("button", name="This interview as Markdown"))[1]
    html = markdown.markdown(text)
    assert "<img" not in html and "<script" not in html and "<a " not in html, html
    assert "<em>" not in html and html.count("<h1>") == 1, html
    for key in ("constructor", "toString", "hasOwnProperty"):
        assert f"- [x] `{key}`" in text
    assert "<script>alert(4)</script> &amp; *bold*" in unescape(re.sub(r"<[^>]+>", "", html))


CONTROL = "ACME\rATTENDEE:evil@example.com\x0bX-INJ:1\x0cFF\x1cFS\x00NUL\ud800LONE\x85NEL"


def test_control_characters_never_reach_the_calendar_file(page, site_url, tmp_path):
    record = run("ACME", organisation=CONTROL, position="Analyst\u2028X-INJ:2\udc00" * 3,
                 date="2026-06-02")
    page.goto(site_url + "records.html")
    assert import_file(page, tmp_path, backup({"r1": record})) == "Imported 1 interview."
    page.goto(site_url + "follow-up.html")
    _, ics = download(page.locator("#av-dates").get_by_role(
        "button", name=re.compile("calendar")))
    raw = ics.encode("utf-8")
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and all(len(line) <= 75 for line in lines), lines
    assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", b"".join(lines))
    assert "\ufffd" not in ics and "\x85" not in ics
    unfolded = ics.replace("\r\n ", "")
    names = {line.split(":")[0].split(";")[0] for line in unfolded.splitlines()}
    assert names <= {"BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "UID",
                     "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "TRANSP",
                     "ACTION", "TRIGGER"}, names
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert len(events) == 2
    summary = str(events[0]["SUMMARY"])
    assert "ACME" in summary and "ATTENDEE:evil@example.com" in summary
    assert not any(event.get("ATTENDEE") or event.get("X-INJ") for event in events)


def test_the_store_file_touches_storage_alone():
    """store.js is the only script that calls localStorage (the others ask the store)."""
    scripts = Path(__file__).parents[2] / "docs/assets/js"
    users = sorted(p.name for p in scripts.glob("*.js")
                   if "localStorage" in p.read_text(encoding="utf-8")
                   and p.name not in ("store.js", "md-base.js"))
    assert users == []
