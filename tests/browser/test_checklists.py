"""Interactive checklists that remember: ticks, notes, progress, records, and every way
storage can fail. Each test gets a fresh browser context, so a fresh localStorage."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from tests.browser.actions import (
    box,
    download,
    import_file,
    note,
    open_with_stored,
    start_record,
    stored,
    write_note,
)

REVIEW_KEY = "review/atmosphere"
NOTE_KEY = "review/unprepared"


def test_keeps_a_tick_and_a_note_after_reload(page, site_url, storage_key, errors):
    page.goto(site_url + "review.html")
    box(page, REVIEW_KEY).check()
    write_note(page, NOTE_KEY, "The question about <b>salary</b> ranges")
    status = page.locator('[data-av-checklist="review"] .av-bar__status')
    expect(status).to_have_attribute("role", "status")
    expect(status).to_contain_text("Saved")
    page.reload()
    expect(box(page, REVIEW_KEY)).to_be_checked()
    expect(note(page, NOTE_KEY)).to_have_value("The question about <b>salary</b> ranges")
    doc = stored(page, storage_key)
    assert doc["version"] == 5
    answers = doc["runs"][doc["current"]]["answers"]
    assert answers[REVIEW_KEY]["done"] is True
    assert answers[NOTE_KEY]["note"] == "The question about <b>salary</b> ranges"
    assert errors == []


def test_saves_a_note_while_typing_without_leaving_the_field(page, site_url, storage_key):
    page.goto(site_url + "review.html")
    note(page, NOTE_KEY).press_sequentially("Case study")
    page.wait_for_function(
        "k => Object.keys(localStorage).some(x => x.startsWith(k) && "
        "localStorage.getItem(x).includes('Case study'))", arg=storage_key)


def test_shows_progress_on_the_checklist_and_the_start_page(page, site_url):
    page.goto(site_url + "review.html")
    bar = page.locator('[data-av-checklist="review"] .av-bar__count')
    expect(bar).to_have_text("0 of 19 done")
    box(page, REVIEW_KEY).check()
    box(page, "review/culture").check()
    expect(bar).to_have_text("2 of 19 done")
    page.goto(site_url + "index.html")
    row = page.locator('[data-av-progress="review"] .av-overview__count')
    expect(row).to_have_text("2 of 19 done")
    expect(page.locator("[data-av-overview-record]")).to_contain_text("Current interview: ")


def test_a_question_with_a_note_counts_as_answered_a_task_only_when_ticked(page, site_url):
    page.goto(site_url + "review.html")
    write_note(page, NOTE_KEY, "The salary question")
    write_note(page, "review/culture", "   ")  # blanks are not an answer
    expect(page.locator('[data-av-checklist="review"] .av-bar__count')).to_have_text(
        "1 of 19 done")
    page.goto(site_url + "follow-up.html")
    task = page.locator('[data-av-kind="task"]').first
    checklist = task.locator("xpath=ancestor::*[@data-av-checklist]")
    count = checklist.locator(".av-bar__count")
    before = count.inner_text()
    assert before.startswith("0 of ")
    task.locator(".av-item__box").check()
    expect(count).to_have_text(before.replace("0 of", "1 of"))


def test_the_start_page_shows_only_started_checklists_and_what_is_next(page, site_url):
    page.goto(site_url + "index.html")
    expect(page.locator("[data-av-overview-record]")).to_have_text("No interview recorded yet.")
    expect(page.locator("[data-av-overview-next] a")).to_have_text(
        "Start with \u201cReview your interview\u201d, while your memory is fresh")
    expect(page.locator(".av-overview__item:visible")).to_have_count(0)

    start_record(page, site_url, "ACME, 20 Nov")
    page.goto(site_url + "review.html")
    write_note(page, "review/first-impressions", "Friendly panel of three")
    page.goto(site_url + "index.html")
    expect(page.locator("[data-av-overview-record]")).to_contain_text(
        "Current interview: ACME, 20 Nov")
    expect(page.locator(".av-overview__item:visible")).to_have_count(1)
    expect(page.locator('[data-av-progress="review"] .av-overview__count')).to_have_text(
        "1 of 19 done")
    expect(page.locator("[data-av-overview-total]")).to_have_count(0)
    next_link = page.locator("[data-av-overview-next] a")
    expect(next_link).to_have_text("continue \u201cReview your interview\u201d (18 open)")
    next_link.click()
    expect(page).to_have_url(site_url + "review.html#av-review--atmosphere")
    expect(page.locator("[data-av-overview-rest]")).to_have_count(0)
    page.go_back()
    expect(page.locator("[data-av-overview-rest]")).to_contain_text("Not started yet:")


def test_one_record_per_interview_new_rename_switch_delete(page, site_url):
    start_record(page, site_url, "ACME, 20 Nov")
    expect(page.locator("[data-av-rec-status]")).to_contain_text("ACME, 20 Nov")

    page.goto(site_url + "review.html")
    select = page.locator("#av-run--review")
    expect(select.locator("option:checked")).to_have_text("ACME, 20 Nov")
    box(page, REVIEW_KEY).check()

    start_record(page, site_url, "Globex, 25 Nov")
    page.get_by_label("Name", exact=True).fill("Globex GmbH, 25 Nov")
    page.get_by_role("button", name="Save name").click()

    page.goto(site_url + "review.html")
    expect(select.locator("option:checked")).to_have_text("Globex GmbH, 25 Nov")
    expect(box(page, REVIEW_KEY)).not_to_be_checked()
    select.select_option(label="ACME, 20 Nov")
    expect(box(page, REVIEW_KEY)).to_be_checked()

    page.goto(site_url + "records.html")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Delete: Globex GmbH, 25 Nov").click()
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(2)
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete: Globex GmbH, 25 Nov").click()
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(1)
    expect(page.locator("[data-av-rec-rows]")).to_contain_text("ACME, 20 Nov")


def test_the_current_record_is_shown_on_every_checklist(page, site_url):
    start_record(page, site_url, "Initech, 2 Dec")
    page.goto(site_url + "further-rounds/assessment-centre.html")
    expect(page.locator("#av-run--assessment-centre option:checked")).to_have_text(
        "Initech, 2 Dec")


def fill_some_answers(page: Page, site_url: str) -> None:
    start_record(page, site_url, "ACME, 20 Nov")
    page.goto(site_url + "review.html")
    box(page, REVIEW_KEY).check()
    write_note(page, NOTE_KEY, "Line one\nLine two")


def export(page: Page, button: str) -> str:
    """The text of the file a button of the records page downloads."""
    return download(page.get_by_role("button", name=button))[1]


def test_exports_the_record_as_json_and_markdown(page, site_url):
    fill_some_answers(page, site_url)
    page.goto(site_url + "records.html")
    backup = json.loads(export(page, "This interview as JSON"))
    assert backup["format"] == "afterview" and backup["version"] == 2
    (run,) = backup["runs"].values()
    assert run["label"] == "ACME, 20 Nov"
    assert run["answers"][REVIEW_KEY]["done"] is True
    assert run["answers"][NOTE_KEY]["note"] == "Line one\nLine two"

    text = export(page, "This interview as Markdown")
    assert text.startswith("# Interview: ACME, 20 Nov\n")
    assert "## Review your interview" in text
    assert "- [x] How was the atmosphere of the conversation?" in text
    # The note ticked its question (checklist.js): the export says done, as the box does.
    assert "- [x] Which questions was I not prepared for?\n\n  > Line one\n  > Line two" in text
    assert "## Thank-you note" not in text, "checklists without answers are left out"

    everything = json.loads(export(page, "All interviews as JSON (backup)"))
    assert list(everything["runs"]) == list(backup["runs"])

    start_record(page, site_url, "Globex, 25 Nov")
    both = export(page, "All interviews as Markdown")
    assert "# Interview: ACME, 20 Nov" in both and "# Interview: Globex, 25 Nov" in both


def test_imports_a_backup_without_overwriting_unless_asked(page, site_url, storage_key, tmp_path):
    fill_some_answers(page, site_url)
    page.goto(site_url + "records.html")
    backup = export(page, "This interview as JSON")
    run_id = next(iter(json.loads(backup)["runs"]))

    changed = json.loads(backup)
    changed["runs"][run_id]["label"] = "ACME (from backup)"
    assert import_file(page, tmp_path, json.dumps(changed)) == "Imported 1 interview."
    runs = stored(page, storage_key)["runs"]
    assert len(runs) == 2 and runs[run_id]["label"] == "ACME, 20 Nov"

    import_file(page, tmp_path, json.dumps(changed), replace=True)
    runs = stored(page, storage_key)["runs"]
    assert len(runs) == 2 and runs[run_id]["label"] == "ACME (from backup)"


def test_importing_an_identical_backup_adds_nothing(page, site_url, storage_key, tmp_path):
    fill_some_answers(page, site_url)
    start_record(page, site_url, "Globex, 25 Nov")
    backup = export(page, "All interviews as JSON (backup)")
    before = stored(page, storage_key)["runs"]
    message = import_file(page, tmp_path, backup)
    assert message == "All 2 interviews are already here: nothing to add."
    assert stored(page, storage_key)["runs"] == before
    assert import_file(page, tmp_path, backup) == message, "and again the second time"
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(2)


def test_a_changed_record_is_imported_under_a_name_that_tells_it_apart(
        page, site_url, storage_key, tmp_path):
    fill_some_answers(page, site_url)
    start_record(page, site_url, "Globex, 25 Nov")
    backup = json.loads(export(page, "All interviews as JSON (backup)"))
    acme = next(i for i, r in backup["runs"].items() if r["label"] == "ACME, 20 Nov")
    backup["runs"][acme]["answers"][NOTE_KEY]["note"] = "Rewritten on my laptop"
    message = import_file(page, tmp_path, json.dumps(backup))
    assert message == "Imported 1 interview. 1 was already here, so it was not added again."
    labels = sorted(run["label"] for run in stored(page, storage_key)["runs"].values())
    assert len(labels) == 3
    imported = next(label for label in labels if label.startswith("ACME, 20 Nov (imported "))
    expect(page.locator("[data-av-rec-rows]")).to_contain_text(imported)


def test_with_no_interview_the_records_page_shows_an_empty_state(page, site_url):
    page.goto(site_url + "records.html")
    expect(page.locator("[data-av-rec-empty]")).to_have_text(
        "No interviews yet: your first tick or note on a checklist starts one. "
        "Or start one below and give it a name.")
    expect(page.get_by_role("button", name="Save name")).to_be_hidden()
    expect(page.get_by_role("button", name="Clear ticks and notes")).to_be_hidden()
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(0)
    start_record(page, site_url, "ACME, 20 Nov")
    expect(page.locator("[data-av-rec-empty]")).to_be_hidden()
    expect(page.get_by_role("button", name="Save name")).to_be_visible()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("this is not json", "it is not a JSON file"),
        ('{"runs": {}}', "it holds no afterview interviews"),
        ('{"version": 1, "runs": {"r1": {"label": 5, "answers": {}}}}',
         "interview \u201cr1\u201d is not in the expected form"),
        ('{"version": 1, "runs": {"r1": {"label": "x", "answers": {"review/a": {"done": "yes"}}}}}',
         "the answer \u201creview/a\u201d in interview \u201cr1\u201d is not in the expected form"),
    ],
)
def test_a_bad_import_is_refused_clearly_and_changes_nothing(
        page, site_url, storage_key, tmp_path, content, reason):
    fill_some_answers(page, site_url)
    page.goto(site_url + "records.html")
    before = page.evaluate("k => localStorage.getItem(k)", storage_key)
    message = import_file(page, tmp_path, content)
    assert message == f"This file cannot be imported: {reason}. Nothing was changed."
    assert page.evaluate("k => localStorage.getItem(k)", storage_key) == before


def test_resets_the_current_record_after_confirmation(page, site_url, storage_key):
    fill_some_answers(page, site_url)
    page.goto(site_url + "records.html")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Clear ticks and notes").click()
    doc = stored(page, storage_key)
    assert doc["runs"][doc["current"]]["answers"] != {}
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear ticks and notes").click()
    doc = stored(page, storage_key)
    assert doc["runs"][doc["current"]]["answers"] == {}
    assert doc["runs"][doc["current"]]["label"] == "ACME, 20 Nov"


def test_two_tabs_see_each_others_changes_and_keep_both_edits(context, site_url, storage_key):
    first = context.new_page()
    second = context.new_page()
    first.goto(site_url + "review.html")
    second.goto(site_url + "review.html")
    box(first, REVIEW_KEY).check()
    expect(box(second, REVIEW_KEY)).to_be_checked()
    note(first, NOTE_KEY).fill("from the first tab")
    note(first, NOTE_KEY).blur()
    note(second, "review/culture").fill("from the second tab")
    note(second, "review/culture").blur()
    expect(note(first, "review/culture")).to_have_value("from the second tab")
    doc = stored(first, storage_key)
    answers = doc["runs"][doc["current"]]["answers"]
    assert answers[NOTE_KEY]["note"] == "from the first tab"
    assert answers["review/culture"]["note"] == "from the second tab"
    assert answers[REVIEW_KEY]["done"] is True


BLOCKED_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }
});
"""


def test_blocked_storage_keeps_the_page_working_and_says_so(page, site_url, errors):
    page.add_init_script(BLOCKED_STORAGE)
    page.goto(site_url + "review.html")
    expect(page.locator(".av-notice")).to_contain_text("does not let the site store anything")
    box(page, REVIEW_KEY).check()
    write_note(page, NOTE_KEY, "kept on the page")
    expect(page.locator('[data-av-checklist="review"] .av-bar__count')).to_have_text(
        "2 of 19 done")
    expect(page.locator('[data-av-checklist="review"] .av-bar__status')).to_have_text(
        "Not saved in this browser")
    expect(note(page, NOTE_KEY)).to_have_value("kept on the page")
    assert errors == []


FULL_STORAGE = """
Storage.prototype.setItem = function () {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};
"""


def test_full_storage_keeps_what_was_typed_and_says_so(page, site_url, storage_key, errors):
    page.goto(site_url + "review.html")
    write_note(page, "review/culture", "saved before storage filled up")
    page.add_init_script(FULL_STORAGE)
    page.reload()
    write_note(page, NOTE_KEY, "an important note")
    expect(page.locator(".av-notice")).to_contain_text("storage for this site is full")
    box(page, REVIEW_KEY).check()
    write_note(page, "review/atmosphere", "a second note")
    # Nothing typed since storage filled up disappears, and what was saved before stays.
    expect(note(page, NOTE_KEY)).to_have_value("an important note")
    expect(box(page, REVIEW_KEY)).to_be_checked()
    expect(note(page, "review/culture")).to_have_value("saved before storage filled up")
    doc = stored(page, storage_key)
    assert doc["runs"][doc["current"]]["answers"]["review/culture"]["note"] == (
        "saved before storage filled up")
    assert errors == []


def test_corrupt_storage_is_kept_aside_not_overwritten(page, site_url, storage_key, errors):
    open_with_stored(page, site_url + "review.html", storage_key, "{not json")
    expect(page.locator(".av-notice")).to_contain_text("kept aside")
    box(page, REVIEW_KEY).check()
    keys = page.evaluate("Object.keys(localStorage)")
    aside = [k for k in keys if k.startswith(storage_key + ".unreadable-")]
    assert len(aside) == 1
    assert page.evaluate("k => localStorage.getItem(k)", aside[0]) == "{not json"
    assert stored(page, storage_key)["version"] == 5
    assert errors == []


def test_an_old_version_is_migrated_and_its_answers_shown(page, site_url, storage_key):
    old = {"answers": {REVIEW_KEY: {"done": True, "note": "", "updated": ""}}}
    open_with_stored(page, site_url + "review.html", storage_key, json.dumps(old))
    expect(box(page, REVIEW_KEY)).to_be_checked()
    expect(page.locator(".av-notice")).to_have_count(0)


@pytest.mark.parametrize(("entry", "version"), [("", 3), (":index", 6), (":r:r1", 6)],
                         ids=["old-entry", "index", "record"])
def test_data_from_a_newer_version_is_never_overwritten(page, site_url, storage_key, errors,
                                                        entry, version):
    newer = json.dumps({"version": version, "records": {"x": "unknown shape"}})
    if entry == ":r:r1":  # a record of a newer version, listed in an index of this one
        page.goto(site_url + "review.html")
        page.evaluate("k => localStorage.setItem(k, JSON.stringify({version: 3, current: 'r1', "
                      "records: {r1: {label: 'x', created: '2026-11-20T16:05:00.000Z'}}}))",
                      storage_key + ":index")
    open_with_stored(page, site_url + "review.html", storage_key + entry, newer)
    expect(page.locator(".av-notice")).to_contain_text("newer version")
    box(page, REVIEW_KEY).check()
    assert page.evaluate("k => localStorage.getItem(k)", storage_key + entry) == newer
    assert all(".unreadable-" not in key for key in page.evaluate("Object.keys(localStorage)"))
    assert errors == []


def test_answers_to_removed_questions_are_kept_and_exported(page, site_url, storage_key):
    doc = {"version": 1, "current": "r1", "runs": {"r1": {
        "label": "Old interview", "created": "2026-01-05T10:00:00.000Z", "answers": {
            "review/a-question-we-removed": {"done": True, "note": "still mine", "updated": ""},
        }}}}
    open_with_stored(page, site_url + "review.html", storage_key, json.dumps(doc))
    box(page, REVIEW_KEY).check()
    answers = stored(page, storage_key)["runs"]["r1"]["answers"]
    assert answers["review/a-question-we-removed"]["note"] == "still mine"
    page.goto(site_url + "records.html")
    text = export(page, "This interview as Markdown")
    assert "## Answers to questions no longer on this site" in text
    assert "- [x] `review/a-question-we-removed`\n\n  > still mine" in text


SCRIPT = '<img src=x onerror="window.__pwned=1"></textarea><script>window.__pwned=1</script>'


def test_html_in_notes_and_record_names_is_shown_as_text_and_never_run(page, site_url):
    start_record(page, site_url, SCRIPT)
    page.goto(site_url + "review.html")
    write_note(page, NOTE_KEY, SCRIPT)
    for path in ("review.html", "lessons.html", "records.html", "index.html"):
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator('img[src="x"]').count() == 0, path
    page.goto(site_url + "lessons.html")
    expect(page.locator(".av-lesson__text").first).to_have_text(SCRIPT)
    page.goto(site_url + "records.html")
    expect(page.locator("[data-av-rec-rows]")).to_contain_text(SCRIPT)


def test_lessons_gathers_notes_from_every_record(page, site_url):
    for label, text in (("ACME, 20 Nov", "salary question"), ("Globex, 25 Nov", "case study")):
        start_record(page, site_url, label)
        page.goto(site_url + "review.html")
        write_note(page, NOTE_KEY, text)
    page.goto(site_url + "lessons.html")
    notes = page.locator(f'[data-av-lesson-key="{NOTE_KEY}"] .av-lesson__note')
    expect(notes).to_have_count(2)
    expect(notes.nth(0)).to_contain_text("Globex, 25 Nov")
    expect(notes.nth(1)).to_contain_text("salary question")


def test_lessons_says_so_when_there_are_no_notes_yet(page, site_url):
    page.goto(site_url + "lessons.html")
    empty = page.locator("[data-av-lessons-empty]")
    expect(empty).to_be_visible()
    expect(empty).to_have_text(
        "No notes yet. Write them in the review after each interview, and they appear here.")
    expect(page.locator("[data-av-nojs]")).to_be_hidden()
    page.goto(site_url + "review.html")
    write_note(page, NOTE_KEY, "salary question")
    page.goto(site_url + "lessons.html")
    expect(empty).to_be_hidden()


def test_works_with_the_keyboard_alone(page, site_url):
    page.goto(site_url + "review.html")
    first_box = box(page, "review/first-impressions")
    first_box.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(note(page, "review/first-impressions")).to_be_focused()
    page.keyboard.type("Calm, friendly panel")
    page.keyboard.press("Tab")
    expect(box(page, REVIEW_KEY)).to_be_focused()
    page.reload()
    expect(first_box).to_be_checked()
    expect(note(page, "review/first-impressions")).to_have_value("Calm, friendly panel")

    page.goto(site_url + "records.html")
    page.get_by_label("Name of the new interview").focus()
    page.keyboard.type("Keyboard Ltd")
    page.keyboard.press("Enter")
    expect(page.locator("[data-av-rec-status]")).to_contain_text("Keyboard Ltd")


@pytest.fixture
def no_js_page(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_without_javascript_the_page_is_a_complete_form(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + "review.html")
    items = page.locator('[data-av-checklist="review"] [data-av-key]')
    expect(items).to_have_count(19)
    expect(page.locator('[data-av-checklist="review"] input[type="checkbox"]')).to_have_count(19)
    expect(page.locator('[data-av-checklist="review"] textarea')).to_have_count(19)
    expect(page.locator(".av-bar")).to_have_count(0)
    box(page, REVIEW_KEY).check()
    expect(box(page, REVIEW_KEY)).to_be_checked()
    page.goto(site_url + "records.html")
    notes = page.locator("[data-av-nojs]")
    expect(notes.first).to_be_visible()
    for shown in notes.all():  # the records manager's and the adviser file's
        expect(shown).to_be_visible()
    expect(page.locator("[data-av-records-ui]")).to_be_hidden()
