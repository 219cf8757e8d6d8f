"""The site reads as a product, not stock documentation (the newcomer's trial of
2026-11-30, problem 6): tip boxes, folded sections and tables at nearly body size, no
near-empty table of contents beside the tool pages, and no empty cell in the start page's
grid of steps, at desktop and phone width."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

# Font sizes in px: the page's body text, a tip box, a table cell (the first of each).
SIZES = """() => {
  const size = (selector) => {
    const element = document.querySelector(selector);
    return element ? parseFloat(getComputedStyle(element).fontSize) : null;
  };
  return {body: size(".md-typeset > p"), box: size(".md-typeset .admonition:not(.av-now)"),
          table: size(".md-typeset table:not([class]) td")};
}"""
# The grid of steps: how many cards, and how many columns the grid shows.
GRID = """() => {
  const list = document.querySelector(".av-steps > ul");
  const columns = getComputedStyle(list).gridTemplateColumns.split(" ").length;
  return {cards: list.children.length, columns};
}"""


@pytest.mark.parametrize("lang", ["", "de/"])
def test_boxes_and_tables_read_at_nearly_body_size(page: Page, site_url: str, lang: str):
    page.goto(site_url + lang + "index.html")
    sizes = page.evaluate(SIZES)
    assert sizes["box"] and sizes["table"], sizes
    assert sizes["box"] >= 0.9 * sizes["body"] and sizes["table"] >= 0.9 * sizes["body"], sizes


@pytest.mark.parametrize(("path", "shown"), [
    ("records.html", False), ("lessons.html", False), ("adviser.html", False),
    ("printable.html", False), ("de/records.html", False), ("de/lessons.html", False),
    ("review.html", True), ("de/offer.html", True)])  # guidance pages keep theirs
def test_the_tool_pages_have_no_table_of_contents_beside_them(
        page: Page, site_url: str, path: str, shown: bool):
    page.set_viewport_size({"width": 1440, "height": 900})  # wide enough for one
    page.goto(site_url + path)
    assert page.locator(".md-sidebar--secondary").is_visible() == shown


@pytest.mark.parametrize("width", [1280, 960, 390])
def test_the_start_pages_grid_of_steps_leaves_no_empty_cell(
        page: Page, site_url: str, width: int):
    page.set_viewport_size({"width": width, "height": 900})
    for lang in ("", "de/"):
        page.goto(site_url + lang + "index.html")
        grid = page.evaluate(GRID)
        assert grid["cards"] % grid["columns"] == 0, (lang, width, grid)
