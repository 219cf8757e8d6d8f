"""What a user does on the site, as small steps the browser tests share."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Locator, Page, expect


def item(page: Page, key: str) -> Locator:
    return page.locator(f'[data-av-key="{key}"]')


def box(page: Page, key: str) -> Locator:
    return item(page, key).locator(".av-item__box")


def note(page: Page, key: str) -> Locator:
    return item(page, key).locator(".av-item__note")


def write_note(page: Page, key: str, text: str) -> None:
    """Type a note and leave the field, which saves it at once."""
    note(page, key).fill(text)
    note(page, key).blur()


def start_record(page: Page, site_url: str, label: str) -> None:
    """Start a new interview record on the records page; it becomes the current one."""
    page.goto(site_url + "records.html")
    page.get_by_label("Name of the new interview").fill(label)
    page.get_by_role("button", name="Start").click()


def search(page: Page, word: str) -> None:
    """Click Material's search box and type a word, as a visitor would (at desktop width the
    box is in the header)."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(word)


def switch_language(page: Page, name: str) -> None:
    """Open Material's language menu in the header and choose a language by its name."""
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select__link", has_text=name).click()


# The store as one document: version 3 keeps an index under KEY:index and each record under
# KEY:r:ID (assembled here as text, so that ids such as "__proto__" stay plain keys);
# older versions kept the whole document under KEY.
_STORED = """k => {
  const index = localStorage.getItem(k + ":index");
  if (index === null) return localStorage.getItem(k);
  const doc = JSON.parse(index);
  const runs = Object.keys(doc.records).map(
    id => JSON.stringify(id) + ":" + (localStorage.getItem(k + ":r:" + id) || "null"));
  return '{"version":' + doc.version + ',"current":' + JSON.stringify(doc.current) +
    ',"runs":{' + runs.join(",") + "}}";
}"""


def stored(page: Page, key: str) -> dict:
    """What the site keeps in localStorage under ``key``, parsed, as one document:
    {"version", "current", "runs": {ID: record}}."""
    return json.loads(page.evaluate(_STORED, key))


def open_with_stored(page: Page, url: str, key: str, text: str) -> None:
    """Put raw text into storage before the page's scripts run, as a past visit would."""
    page.goto(url)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [key, text])
    page.reload()


def download(button: Locator) -> tuple[str, str]:
    """Click ``button`` and return the file it downloads: its suggested name and its text,
    byte for byte (line ends as written)."""
    with button.page.expect_download() as info:
        button.click()
    return info.value.suggested_filename, Path(info.value.path()).read_bytes().decode("utf-8")


def import_file(page: Page, folder: Path, content: str, replace: bool = False) -> str:
    """Import ``content`` as a JSON backup on the records page; the message it shows."""
    path = folder / "backup.json"
    path.write_text(content, encoding="utf-8")
    page.get_by_label("JSON backup file").set_input_files(str(path))
    if replace:
        page.get_by_label("Replace interviews").check()
    result = page.locator("[data-av-rec-result]")
    result.evaluate("element => { element.textContent = ''; }")  # the message read is this one's
    page.get_by_role("button", name="Import", exact=True).click()
    expect(result).not_to_be_empty()
    return result.inner_text()
