"""Layout on phones and desktops: nothing runs past the screen, nothing meant for paper
shows on screen. Every page, at three widths, with no record and with a record whose name
is long enough to break a careless layout."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.actions import start_record
from tests.sitebuild import built_pages

PAGES = built_pages()
LONG_NAME = "Bundesanstalt für Arbeitsschutz und Arbeitsmedizin, 20 Nov"  # 60 characters
WIDTHS = (320, 390, 1366)

# Elements of the page content that end past the viewport, ignoring what sits inside a
# container that scrolls sideways on purpose (a wide table) and what is visually hidden.
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const x = getComputedStyle(p).overflowX;
      if (x === "auto" || x === "scroll") return true;
    }
    return false;
  };
  return [...document.querySelectorAll(".md-content *, .md-header *, .md-footer *")]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) return false;
      if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
      return (r.right > width + 0.5 || r.left < -0.5) && !scrolls(el);
    })
    .map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}.${el.getAttribute("class")} (${r.left}..${r.right})`;
    });
}"""

# Empty space under a page title's last line of text: a hidden permalink sign used to wrap
# titles on phones onto an empty second line.
TITLE_GAP = """() => {
  const h1 = document.querySelector(".md-content h1");
  if (!h1) return 0;
  const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
  let bottom = h1.getBoundingClientRect().top;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(".headerlink") || !node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) bottom = Math.max(bottom, rect.bottom);
  }
  return h1.getBoundingClientRect().bottom - bottom;
}"""

VISIBLE_PRINT_ONLY = """() => [...document.querySelectorAll(".av-print-only")]
  .filter((el) => el.getClientRects().length > 0)
  .map((el) => el.className)"""


@pytest.mark.parametrize("with_record", [False, True], ids=["no-record", "long-record-name"])
@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_is_wider_than_the_screen_and_nothing_for_paper_shows(
        page, site_url, width, with_record):
    page.set_viewport_size({"width": width, "height": 800})
    if with_record:
        start_record(page, site_url, LONG_NAME)
        expect(page.locator("[data-av-rec-status]")).to_contain_text(LONG_NAME)
    problems: dict[str, object] = {}
    for path in PAGES:
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        document_width = page.evaluate("document.documentElement.scrollWidth")
        if document_width > width:
            problems[f"{path}: document width"] = document_width
        if overflowing := page.evaluate(OVERFLOWING):
            problems[f"{path}: past the right edge"] = overflowing[:5]
        if (gap := page.evaluate(TITLE_GAP)) > 8:
            problems[f"{path}: empty line under the title"] = gap
        if print_only := page.evaluate(VISIBLE_PRINT_ONLY):
            problems[f"{path}: paper-only parts on screen"] = print_only[:5]
    assert problems == {}
