"""The German site: same page in the other language, shared answers, German words and dates
from the scripts, and German search with German stemming."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.actions import box, note, search, start_record, switch_language, write_note

TICK = "review/atmosphere"
NOTE = "review/unprepared"


def test_switching_language_lands_on_the_same_page_and_keeps_the_answers(page, site_url):
    page.goto(site_url + "review.html")
    box(page, TICK).check()
    write_note(page, NOTE, "Die Frage nach dem Gehalt")
    switch_language(page, "Deutsch")
    expect(page).to_have_url(site_url + "de/review.html")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(box(page, TICK)).to_be_checked()
    expect(note(page, NOTE)).to_have_value("Die Frage nach dem Gehalt")
    bar = page.locator('[data-av-checklist="review"]')
    expect(bar.locator(".av-bar__count")).to_have_text("2 von 19 erledigt")
    expect(bar.locator(".av-item__note-label").first).to_contain_text("Ihre Notizen")

    box(page, "review/culture").check()
    switch_language(page, "English")
    expect(page).to_have_url(site_url + "review.html")
    expect(box(page, "review/culture")).to_be_checked()


def test_the_scripts_speak_german_with_german_dates_and_plurals(page, site_url):
    start_record(page, site_url, "ACME GmbH")
    page.goto(site_url + "de/records.html")
    meta = page.locator(".av-records__meta").first
    expect(meta).to_have_text(
        re.compile(r"^Begonnen am \d{1,2}\. \w+\.? \d{4} · 0 erledigt · 0 Notizen$"))
    expect(page.get_by_role("button", name="Dieses Gespräch als JSON")).to_be_visible()
    page.goto(site_url + "de/index.html")
    expect(page.locator("[data-av-overview-record]")).to_contain_text(
        "Aktuelles Gespräch: ACME GmbH, begonnen am ")


def test_german_search_finds_an_inflected_form_on_the_german_page(page, site_url):
    page.goto(site_url + "de/index.html")
    search(page, "Absagen")
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible()
    # Read all at once: the list grows while the search worker answers.
    hrefs = results.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert any("de/rejection.html" in href for href in hrefs), hrefs
    # German stemming: "Absagen" also finds the singular "Absage" in the page titles.
    expect(page.locator(".md-search-result")).to_contain_text("Absage")
