"""make offline (scripts/offline.py): the zip, unpacked and opened from disk via file://,
has working pages, search and checklists."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.actions import box, search
from tests.sitebuild import ROOT


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline zip, made by the script's command line and unpacked."""
    folder = tmp_path_factory.mktemp("offline")
    zip_path = folder / "dist/afterview-offline.zip"
    made = subprocess.run([sys.executable, "-m", "scripts.offline", str(zip_path)],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr
    assert f"Wrote {zip_path}" in made.stdout
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert all(name == "README.txt" or name.startswith("afterview/") for name in names)
        for path in ("index.html", "review.html", "search/search_index.js"):
            assert f"afterview/{path}" in names
        archive.extractall(folder / "unpacked")
    assert not list(zip_path.parent.glob("*.partial"))
    return folder / "unpacked/afterview"


def test_a_page_loads_from_disk(page, unpacked):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((unpacked / "index.html").as_uri())
    expect(page.locator("h1")).to_be_visible()
    page.get_by_role("link", name="Review your interview").first.click()
    expect(page).to_have_url((unpacked / "review.html").as_uri())
    assert errors == []


def test_search_finds_a_word_from_disk(page, unpacked):
    page.goto((unpacked / "index.html").as_uri())
    search(page, "assessment")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    expect(page.locator(".md-search-result")).to_contain_text("Assessment centre")


def test_a_tick_survives_a_reload_from_disk(page, unpacked):
    page.goto((unpacked / "review.html").as_uri())
    box(page, "review/atmosphere").check()
    page.reload()
    expect(box(page, "review/atmosphere")).to_be_checked()


def test_the_due_list_and_the_offer_comparison_work_from_disk(page, unpacked):
    """Issue 17's widgets from file://: two offers noted, rated, and listed as due."""
    from tests.browser.test_compare import OFFERS

    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.clock.set_fixed_time("2026-12-01T10:00:00")
    page.goto((unpacked / "offer.html").as_uri())
    page.evaluate(OFFERS, [["ACME", "offer"], ["Beta", "offer"]])
    page.reload()
    page.get_by_label("Beta: Pay and benefits", exact=True).select_option("5")
    expect(page.locator("#av-compare tfoot td.av-compare__score").nth(1)).to_contain_text(
        "100 of 100")
    page.goto((unpacked / "index.html").as_uri())
    expect(page.locator(".av-due__what")).to_have_text(
        ["Answer the offer: ACME", "Answer the offer: Beta"])
    assert errors == []
