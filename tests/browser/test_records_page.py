"""The records page's words and controls (issue 18, item 8): clearing says what it clears,
all interviews can be deleted at once (after a confirmation, with a backup button beside),
a replacing import says "replaced" and how many, the file picker is a labelled button that
works with the keyboard, disabled buttons look disabled, an export says on the page what it
saved, and the name field fits the name."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.actions import box, download, import_file, start_record, stored, write_note

NAME = "Müller & Söhne GmbH – Werkstudent Data Science"


def answered_record(page: Page, site_url: str, label: str) -> None:
    start_record(page, site_url, label)
    page.goto(site_url + "review.html")
    box(page, "review/atmosphere").check()
    write_note(page, "review/unprepared", "The salary question")
    page.goto(site_url + "records.html")


def test_clearing_says_what_it_clears_and_keeps_the_rest(page, site_url, storage_key):
    answered_record(page, site_url, "ACME, 20 Nov")
    page.evaluate("""() => {
      afterview.store.setFollowup({organisation: "ACME", date: "2026-11-20"});
      afterview.store.setStage(afterview.store.currentId(), {stage: "waiting", on: "2026-11-20"});
    }""")
    part = page.locator("[data-av-rec-reset-part]")
    expect(part.get_by_role("heading")).to_have_text("Clear this interview\u2019s answers")
    expect(part).to_contain_text("Removes every tick and note of the current interview. Its "
                                 "name, start date, follow-up details (organisation, position, "
                                 "dates) and stages stay.")
    asked = []

    def accept(dialog):
        asked.append(dialog.message)
        dialog.accept()
    page.once("dialog", accept)
    part.get_by_role("button", name="Clear ticks and notes").click()
    assert "Its name, dates and stages stay." in asked[0]
    expect(page.locator("[data-av-rec-status]")).to_have_text(
        "Cleared the ticks and notes of \u201cACME, 20 Nov\u201d.")
    doc = stored(page, storage_key)
    run = doc["runs"][doc["current"]]
    assert run["answers"] == {}
    assert run["label"] == "ACME, 20 Nov"
    assert run["followup"] == {"organisation": "ACME", "date": "2026-11-20"}
    assert [stage["stage"] for stage in run["stages"]] == ["waiting"]


def test_deletes_all_interviews_after_a_confirmation_with_a_backup_first(
        page, site_url, storage_key):
    for label in ("ACME, 20 Nov", "Globex, 25 Nov", "Initech, 1 Dec"):
        start_record(page, site_url, label)
    part = page.locator("section", has=page.get_by_role("heading", name="Delete all interviews"))
    expect(part).to_contain_text("Deletes every interview in this browser, with its ticks, "
                                 "notes, dates and stages.")
    # The chance to export first: a backup button beside, which says what it saved.
    name, text = download(part.get_by_role("button", name="Export a backup first"))
    assert len(json.loads(text)["runs"]) == 3
    expect(part.locator("[data-av-rec-exported]")).to_have_text(
        f"Exported 3 interviews to {name}.")

    page.once("dialog", lambda dialog: dialog.dismiss())
    part.get_by_role("button", name="Delete all interviews").click()
    assert len(stored(page, storage_key)["runs"]) == 3

    asked = []

    def accept(dialog):
        asked.append(dialog.message)
        dialog.accept()
    page.once("dialog", accept)
    part.get_by_role("button", name="Delete all interviews").click()
    assert asked[0].startswith("Delete all your interviews (3) and everything in them?")
    assert "choose Cancel and export a backup first" in asked[0]
    status = page.locator("[data-av-rec-status]")
    expect(status).to_have_text("Deleted all your interviews (3).")
    expect(status).to_be_focused()
    assert stored(page, storage_key)["runs"] == {}
    assert not [key for key in page.evaluate("Object.keys(localStorage)")
                if key.startswith(storage_key + ":r:")]
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(0)
    expect(page.locator("[data-av-rec-empty]")).to_be_visible()
    expect(part).to_be_hidden()


def test_deleting_many_interviews_keeps_the_page_responsive(page, site_url, storage_key,
                                                            tmp_path):
    runs = {f"r{n}": {"label": f"Interview {n}", "created": "2026-11-20T10:00:00.000Z",
                      "answers": {"review/atmosphere": {"done": True, "note": "x" * 40}}}
            for n in range(500)}
    page.goto(site_url + "records.html")
    import_file(page, tmp_path, json.dumps({"version": 2, "runs": runs}))
    page.evaluate("""() => {
      window.longest = 0;
      new PerformanceObserver(list => list.getEntries().forEach(
        e => { window.longest = Math.max(window.longest, e.duration); })
      ).observe({type: "longtask"});
    }""")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete all interviews").click()
    expect(page.locator("[data-av-rec-status]")).to_have_text("Deleted all your interviews (500).",
                                                               timeout=30_000)
    assert stored(page, storage_key)["runs"] == {}
    assert page.evaluate("window.longest") < 300


def test_an_import_that_replaces_says_replaced_and_how_many(page, site_url, tmp_path):
    answered_record(page, site_url, "ACME, 20 Nov")
    start_record(page, site_url, "Globex, 25 Nov")
    backup = json.loads(download(page.get_by_role("button",
                                                  name="All interviews as JSON (backup)"))[1])
    for run in backup["runs"].values():
        run["label"] += " (from my laptop)"
    message = import_file(page, tmp_path, json.dumps(backup), replace=True)
    assert message == "Replaced 2 interviews with the ones from the file."

    # One replaced, one new: each said with its number.
    first = next(iter(backup["runs"]))
    backup["runs"][first]["label"] = "ACME, again"
    backup["runs"]["brand-new"] = {"label": "Initech", "created": "2026-12-01T09:00:00.000Z",
                                   "answers": {}}
    del backup["runs"][next(key for key in backup["runs"] if key not in (first, "brand-new"))]
    message = import_file(page, tmp_path, json.dumps(backup), replace=True)
    assert message == "Replaced 1 interview with the one from the file. Imported 1 interview."

    # The same file again replaces nothing: nothing differs.
    message = import_file(page, tmp_path, json.dumps(backup), replace=True)
    assert message == "All 2 interviews are already here: nothing to add."


def test_import_without_a_file_asks_for_one(page, site_url):
    page.goto(site_url + "records.html")
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("[data-av-rec-result]")).to_have_text(
        "Choose a backup file first, then press Import.")


def test_the_file_picker_is_a_labelled_button_that_works_with_the_keyboard(page, site_url,
                                                                           tmp_path):
    page.goto(site_url + "records.html")
    picker = page.get_by_label("Choose a JSON backup file")
    button = page.locator("label.av-file__button")
    name = page.locator(".av-file__name")
    expect(button).to_be_visible()
    expect(button).to_have_text("Choose a JSON backup file")
    expect(name).to_have_text("No file chosen")
    assert picker.evaluate("e => e.type") == "file"
    # The browser's own control is out of sight: only the labelled button shows.
    assert picker.bounding_box()["width"] <= 1
    expect(picker).to_have_attribute("aria-describedby", "av-rec-file-name")

    page.get_by_label("Replace interviews").focus()
    page.keyboard.press("Shift+Tab")
    expect(picker).to_be_focused()
    outline = button.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid", "the focus ring shows on the button"
    path = tmp_path / "afterview-backup-2026-11-30.json"
    path.write_text(json.dumps({"version": 2, "runs": {"r1": {"label": "ACME", "answers": {}}}}))
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(str(path))
    expect(name).to_have_text("afterview-backup-2026-11-30.json")
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("[data-av-rec-result]")).to_have_text("Imported 1 interview.")
    expect(name).to_have_text("No file chosen")


def _luminance(rgb: str) -> float:
    channels = [int(value) / 255 for value in re.findall(r"\d+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_disabled_buttons_look_disabled_and_stay_readable(page, site_url):
    page.goto(site_url + "records.html")
    off = page.get_by_role("button", name="This interview as Markdown")
    expect(off).to_be_disabled()
    style = off.evaluate("""e => { const s = getComputedStyle(e);
      return {color: s.color, background: s.backgroundColor, border: s.borderTopStyle,
              cursor: s.cursor, opacity: s.opacity}; }""")
    assert style["cursor"] == "not-allowed"
    assert style["border"] == "dashed"
    assert style["opacity"] == "1", "faded text is hard to read"
    light, dark = sorted([_luminance(style["color"]), _luminance(style["background"])])
    assert (dark + 0.05) / (light + 0.05) >= 4.5
    start_record(page, site_url, "ACME")
    on = page.get_by_role("button", name="This interview as Markdown")
    expect(on).to_be_enabled()
    assert on.evaluate("e => getComputedStyle(e).borderTopStyle") == "solid"
    assert on.evaluate("e => getComputedStyle(e).cursor") == "pointer"


@pytest.mark.parametrize(("button", "count"), [("This interview as JSON", 1),
                                               ("This interview as Markdown", 1),
                                               ("All interviews as Markdown", 2),
                                               ("All interviews as JSON (backup)", 2)])
def test_an_export_says_on_the_page_what_it_saved(page, site_url, button, count):
    start_record(page, site_url, "Globex")
    start_record(page, site_url, "ACME, 20 Nov")
    export = page.locator("section", has=page.get_by_role("heading", name="Export", exact=True))
    name = download(export.get_by_role("button", name=button))[0]
    noun = "interview" if count == 1 else "interviews"
    line = export.locator("[data-av-rec-exported]")
    expect(line).to_have_text(f"Exported {count} {noun} to {name}.")
    expect(line).to_have_attribute("role", "status")


def test_german_words(page, site_url, tmp_path):
    start_record(page, site_url, "ACME")
    page.goto(site_url + "de/records.html")
    expect(page.get_by_role("button", name="Haken und Notizen löschen")).to_be_visible()
    expect(page.get_by_role("heading", name="Alle Gespräche löschen")).to_be_visible()
    expect(page.locator(".av-file__name")).to_have_text("Keine Datei gewählt")
    backup = download(page.get_by_role("button", name="Dieses Gespräch als JSON"))
    expect(page.locator("[data-av-rec-exported]").first).to_have_text(
        f"1 Gespräch in die Datei {backup[0]} exportiert.")
    changed = json.loads(backup[1])
    next(iter(changed["runs"].values()))["label"] = "ACME GmbH"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(changed), encoding="utf-8")
    page.get_by_label("JSON-Sicherungsdatei wählen").set_input_files(str(path))
    page.get_by_label("Gespräche ersetzen").check()
    page.get_by_role("button", name="Importieren", exact=True).click()
    expect(page.locator("[data-av-rec-result]")).to_have_text(
        "1 Gespräch durch das aus der Datei ersetzt.")


@pytest.mark.parametrize("width", [390, 1280])
def test_the_name_field_fits_the_name(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    start_record(page, site_url, NAME)
    field = page.get_by_label("Name", exact=True)
    expect(field).to_have_value(NAME)
    form = page.locator("[data-av-rec-rename]")
    if width >= 1000:  # the whole name shows
        assert field.evaluate("e => e.scrollWidth <= e.clientWidth")
    else:  # a row of its own, as wide as the form
        assert field.bounding_box()["width"] >= form.bounding_box()["width"] - 1
