"""Search in the page's language (issue 18, item 1): an English page finds English pages, a
German page German ones, over http and from disk (file://), and answers stay shared between
the two languages (the storage scope is the site root, not a language's root)."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.actions import search


def results(page: Page, word: str) -> list[str]:
    """The addresses Material's search lists for ``word``, once it has answered."""
    search(page, word)
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"\d"))
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    return page.locator(".md-search-result__item a").evaluate_all(
        "links => links.map(link => link.href)")


def test_a_word_of_both_languages_on_an_english_page_finds_english_pages_only(page, site_url):
    # "Feedback" is a word of both languages' pages: English and German results once.
    page.goto(site_url + "review.html")
    found = results(page, "feedback")
    assert found and all(href.startswith(site_url) for href in found), found
    assert [href for href in found if href.startswith(site_url + "de/")] == []


def test_a_german_word_on_a_german_page_finds_german_pages_only(page, site_url):
    # "Probezeit" is also named on English pages (German practice): only German ones here.
    page.goto(site_url + "de/review.html")
    found = results(page, "Probezeit")
    assert found and all(href.startswith(site_url + "de/") for href in found), found


def test_a_german_result_from_a_nested_page_opens_the_german_page(page, site_url):
    page.goto(site_url + "de/further-rounds/tests.html")
    found = results(page, "Kündigungsfrist")
    assert found and all(href.startswith(site_url + "de/") for href in found), found
    page.locator(".md-search-result__item a").first.click()
    expect(page).to_have_url(re.compile(re.escape(site_url + "de/") + r"[^#]+\.html"))
    expect(page.locator("html")).to_have_attribute("lang", "de")


def test_search_in_the_pages_language_works_from_disk(page, built_site: Path):
    page.goto((built_site / "de/index.html").as_uri())
    found = results(page, "Probezeit")
    german = (built_site / "de").as_uri() + "/"
    assert found and all(href.startswith(german) for href in found), found
    page.goto((built_site / "index.html").as_uri())
    found = results(page, "feedback")
    assert found and not [href for href in found if href.startswith(german)], found


def test_both_languages_keep_one_storage_scope(page, site_url, storage_key):
    page.goto(site_url + "de/further-rounds/tests.html")
    german = page.evaluate("__md_scope.pathname")
    page.goto(site_url + "review.html")
    assert page.evaluate("__md_scope.pathname") == german == storage_key.removesuffix(
        ".afterview")


def test_the_index_loads_when_the_reader_first_opens_search(page, site_url):
    # Most visits never search: the index is not part of what every page costs.
    indexes: list[str] = []
    page.on("request", lambda request: indexes.append(request.url)
            if "search_index" in request.url else None)
    page.goto(site_url + "de/review.html", wait_until="load")
    page.wait_for_timeout(1000)
    assert indexes == []
    found = results(page, "Probezeit")
    assert indexes == [site_url + "de/search/search_index.json"] and found


def test_a_page_opened_from_a_result_highlights_the_words_at_once(page, site_url):
    page.goto(site_url + "review.html?h=atmosphere")
    expect(page.locator("mark").first).to_have_text(re.compile("atmosphere", re.IGNORECASE))
