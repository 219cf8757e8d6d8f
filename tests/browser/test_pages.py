"""Every page, as a browser loads it: complete, error-free and local."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.sitebuild import built_pages

PAGES = built_pages()


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_errors_and_asks_no_other_host(page, site_url, path):
    requested: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    response = page.goto(site_url + path)
    assert response is not None and response.ok
    page.wait_for_load_state("networkidle")
    hosts = {urlparse(url).hostname for url in requested if not url.startswith("data:")}
    assert hosts == {"127.0.0.1"}, requested
    assert errors == []


def test_the_site_works_from_a_folder_opened_with_file_urls(page, built_site):
    """Career centres may hand out site/ as files: checklists still save and reload."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((built_site / "review.html").as_uri())
    page.locator('[data-av-key="review/atmosphere"] .av-item__box').check()
    page.reload()
    expect(page.locator('[data-av-key="review/atmosphere"] .av-item__box')).to_be_checked()
    page.goto((built_site / "records.html").as_uri())
    expect(page.locator("[data-av-rec-rows] li")).to_have_count(1)
    assert errors == []


def test_the_404_page_offers_a_way_back(page, site_url):
    """MkDocs builds 404.html for the web root; the shipped nginx config points it at the
    sub-path (tests/hosting follows the links there). Here: what it offers."""
    page.goto(site_url + "404.html")
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(page.locator("html")).to_have_attribute("lang", "en")  # the default language's
    expect(page.locator(".md-search__input")).to_have_attribute("placeholder", "Search")
    for name, target in (("Start page", "index.html"), ("Review your interview", "review.html"),
                         ("Your interviews", "records.html")):
        link = page.locator(".av-notfound[lang=en]").get_by_role("link", name=name)
        expect(link).to_have_attribute("href", re.compile(f"/{target}$"))
    expect(page.locator(".av-notfound[lang=de]")).to_contain_text("Seite nicht gefunden")
    page.get_by_text("Search this site").click()
    expect(page.locator("#__search")).to_be_checked()  # Material's search dialog is open
