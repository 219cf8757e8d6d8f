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
