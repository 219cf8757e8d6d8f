"""For a careers adviser (issue 17, item 5): a file made on the records page from chosen
interviews, locked or not, opened on the adviser's page; what a wrong passphrase, a changed
byte, a plain backup, a newer file and hostile notes make of it; nothing stored unless asked."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.actions import download, start_record, write_note

pytestmark = pytest.mark.browser

NOTE = "review/unprepared"
PASS = "correct horse battery"
WORDS = {
    "en": {
        "records": "records.html",
        "adviser": "adviser.html",
        "make": "Prepare a file",
        "lock": "Lock the file",
        "pass": "Passphrase",
        "again": "The same passphrase",
        "button": "Make the file",
        "file": "File from the student",
        "open": "Open",
        "wrong": "The passphrase does not open this file",
        "keep": "Keep a copy",
        "start": "Open a file",
    },
    "de": {
        "records": "de/records.html",
        "adviser": "de/adviser.html",
        "make": "Datei für einen",
        "lock": "Datei mit einer Passphrase",
        "pass": "Passphrase",
        "again": "Dieselbe Passphrase",
        "button": "Datei erstellen",
        "file": "Datei der Studentin",
        "open": "Öffnen",
        "wrong": "Die Passphrase öffnet diese Datei nicht",
        "keep": "Eine Kopie",
        "start": "Eine Datei öffnen",
    },
}


def _three_interviews(page: Page, site_url: str) -> None:
    for name in ("Alpha Ltd", "Beta GmbH", "Gamma plc"):
        start_record(page, site_url, name)
        page.goto(site_url + "review.html")
        write_note(page, NOTE, f"Note for {name}")


def _make(
    page: Page, site_url: str, lang: str, leave_out: str | None, passphrase: str | None
) -> tuple[str, str]:
    words = WORDS[lang]
    page.goto(site_url + words["records"])
    page.get_by_role("button", name=words["make"]).click()
    form = page.locator("[data-av-make]")
    expect(form).to_be_visible()
    if leave_out:
        form.locator("label", has_text=leave_out).locator("input").uncheck()
    if passphrase:
        page.get_by_label(words["pass"], exact=True).fill(passphrase)
        page.get_by_label(words["again"]).fill(passphrase)
    else:
        form.get_by_label(words["lock"]).uncheck()
    return download(form.get_by_role("button", name=words["button"]))


def _open(
    page: Page, site_url: str, lang: str, folder: Path, text: str, passphrase: str | None = None
) -> str:
    words = WORDS[lang]
    if not page.url.endswith(words["adviser"]):
        page.goto(site_url + words["adviser"])
        page.get_by_role("button", name=words["start"]).click()
    path = folder / "file.json"
    path.write_text(text, encoding="utf-8")
    page.get_by_label(words["file"]).set_input_files(str(path))
    message = page.locator("[data-av-view-message]")
    page.get_by_role("button", name=words["open"], exact=True).click()
    expect(message).not_to_be_empty()
    if passphrase is not None:
        page.get_by_label(words["pass"], exact=True).fill(passphrase)
        message.evaluate("element => { element.textContent = ''; }")
        page.get_by_role("button", name=words["open"], exact=True).click()
        expect(message).not_to_be_empty()
    return message.inner_text()


def _storage(page: Page) -> dict:
    return page.evaluate("() => Object.assign({}, localStorage)")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_locked_file_of_two_interviews_opens_with_its_passphrase(
    page, site_url, tmp_path, errors, lang
):
    _three_interviews(page, site_url)
    name, text = _make(page, site_url, lang, "Beta GmbH", PASS)
    assert name.startswith("afterview-for-adviser-") and name.endswith(".json")
    file = json.loads(text)
    assert file["format"] == "afterview-adviser" and file["version"] == 1 and file["locked"] is True
    assert file["kdf"]["iterations"] >= 600000 and len(base64.b64decode(file["kdf"]["salt"])) == 16
    assert len(base64.b64decode(file["cipher"]["iv"])) == 12
    assert "Alpha" not in text and "Note for" not in text, "locked means nothing readable"
    before = _storage(page)
    page.evaluate("() => localStorage.clear()")  # the adviser's browser: nothing of the student's
    _open(page, site_url, lang, tmp_path, text, PASS)
    view = page.locator("[data-av-view]")
    expect(view.locator("h2")).to_have_count(2)
    expect(view).to_contain_text("Note for Alpha Ltd")
    expect(view).to_contain_text("Note for Gamma plc")
    expect(view).not_to_contain_text("Beta GmbH")
    assert _storage(page) == {}, "opening a file stores nothing"
    page.get_by_role("button", name=WORDS[lang]["keep"]).click()
    expect(page.locator("[data-av-view-kept]")).not_to_be_empty()
    assert any(key.endswith(":index") for key in _storage(page)), "kept when asked"
    assert before and errors == []


def test_a_wrong_passphrase_and_a_changed_byte_are_refused(page, site_url, tmp_path):
    _three_interviews(page, site_url)
    _, text = _make(page, site_url, "en", None, PASS)
    message = _open(page, site_url, "en", tmp_path, text, "not the passphrase")
    assert WORDS["en"]["wrong"] in message
    expect(page.locator("[data-av-view] h2")).to_have_count(0)
    file = json.loads(text)
    data = bytearray(base64.b64decode(file["data"]))
    data[5] ^= 1
    file["data"] = base64.b64encode(bytes(data)).decode()
    page.reload()
    page.get_by_role("button", name="Open a file").click()
    message = _open(page, site_url, "en", tmp_path, json.dumps(file), PASS)
    assert WORDS["en"]["wrong"] in message
    expect(page.locator("[data-av-view] h2")).to_have_count(0)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_plain_files_backups_newer_damaged_and_other_sites(page, site_url, tmp_path, lang):
    _three_interviews(page, site_url)
    _, text = _make(page, site_url, lang, None, None)
    assert json.loads(text)["locked"] is False
    page.goto(site_url + "records.html")
    _, backup = download(page.locator('[data-av-export="all"]'))
    page.evaluate("() => localStorage.clear()")
    _open(page, site_url, lang, tmp_path, text)
    expect(page.locator("[data-av-view] h2")).to_have_count(3)
    _open(page, site_url, lang, tmp_path, backup)
    expect(page.locator("[data-av-view] h2")).to_have_count(3)
    newer = dict(json.loads(text), version=2)
    assert "newer" in _open(page, site_url, lang, tmp_path, json.dumps(newer)) or lang == "de"
    expect(page.locator("[data-av-view] h2")).to_have_count(0)
    for bad in (
        "",
        "{not json",
        '{"format": "something else"}',
        json.dumps(dict(json.loads(text), backup={"runs": {"x": {"label": 5}}})),
    ):
        message = _open(page, site_url, lang, tmp_path, bad)
        assert message and page.locator("[data-av-view] h2").count() == 0, bad
    elsewhere = dict(json.loads(text), site="Another careers site")
    message = _open(page, site_url, lang, tmp_path, json.dumps(elsewhere))
    expect(page.locator("[data-av-view]")).to_contain_text("Another careers site")
    expect(page.locator("[data-av-view] h2")).to_have_count(3)
    assert _storage(page) == {}


def test_nothing_in_a_note_runs(page, site_url, tmp_path, errors):
    start_record(page, site_url, '<img src=x onerror="window.__ran=1">')
    page.goto(site_url + "review.html")
    write_note(page, NOTE, '<img src=x onerror="window.__ran=2"><script>window.__ran=3</script>')
    _, text = _make(page, site_url, "en", None, PASS)
    _open(page, site_url, "en", tmp_path, text, PASS)
    view = page.locator("[data-av-view]")
    expect(view).to_contain_text('<img src=x onerror="window.__ran=2">')
    expect(view.locator("img, script")).to_have_count(0)
    assert page.evaluate("() => window.__ran") is None and errors == []
