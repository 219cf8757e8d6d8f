"""What a user does on the site, as small steps the browser tests share."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


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
