"""Tools where people need them (issue 18, item 3): the follow-up, offer and rejection pages
open with a short "Do this now" block whose links lead to the page's tools and checklist,
and their long background (sample letters, special cases) is folded away on screen but
printed in full."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.test_printing import pdf_text, squeeze

PAGES = ["follow-up.html", "offer.html", "rejection.html",
         "de/follow-up.html", "de/offer.html", "de/rejection.html"]
SCREENS = [(390, 844), (1280, 800)]
BLOCK = ".md-content .av-now"

# Where a link of the block leads: a tool or a checklist, the element that holds one, or a
# section heading whose section holds one (a tool placed under its own heading).
LEADS_TO_A_TOOL = """(target) => {
  const TOOL = "[data-av-widget], [data-av-checklist]";
  if (target.matches(TOOL) || target.querySelector(TOOL)) return true;
  if (!/^H[2-6]$/.test(target.tagName)) return false;
  for (let el = target.nextElementSibling; el; el = el.nextElementSibling) {
    if (/^H[2-6]$/.test(el.tagName) && el.tagName <= target.tagName) return false;
    if (el.matches(TOOL) || el.querySelector(TOOL)) return true;
  }
  return false;
}"""

# The text of each section folded on screen (its summary left out).
FOLDED_TEXTS = """(sections) => sections.map((d) => [...d.children]
  .filter((c) => c.tagName !== "SUMMARY").map((c) => c.textContent).join(" "))"""


@pytest.mark.parametrize("width,height", SCREENS, ids=["phone", "laptop"])
@pytest.mark.parametrize("path", PAGES)
def test_the_block_is_on_the_first_screen(page, site_url, path, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(site_url + path)
    block = page.locator(BLOCK)
    expect(block).to_have_count(1)
    expect(block).to_be_visible()
    box = block.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= height, (path, box)
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (path, box)
    # Near the top: after the page's first paragraph, before its first section.
    assert block.evaluate(
        "b => b.previousElementSibling && b.previousElementSibling.tagName === 'P'"
        " && !b.previousElementSibling.classList.contains('av-checked')")


@pytest.mark.parametrize("path", PAGES)
def test_every_link_of_the_block_leads_to_a_tool_or_checklist_on_the_page(page, site_url, path):
    page.goto(site_url + path)
    items = page.locator(f"{BLOCK} li")
    assert 2 <= items.count() <= 4, path
    hrefs = page.locator(f"{BLOCK} a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert len(hrefs) == items.count(), "one link per action"
    for href in hrefs:
        assert href.startswith("#"), href
        target = page.locator(f'[id="{href[1:]}"]')
        assert target.count() == 1, f"{path}: {href} points to nothing"
        assert target.evaluate(LEADS_TO_A_TOOL), f"{path}: {href} is not a tool or checklist"


def test_both_languages_offer_the_same_actions(page, site_url):
    for name in ("follow-up", "offer", "rejection"):
        counts = []
        for path in (f"{name}.html", f"de/{name}.html"):
            page.goto(site_url + path)
            counts.append(page.locator(f"{BLOCK} li").count())
        assert counts[0] == counts[1] >= 2, (name, counts)


@pytest.mark.parametrize("width,height", SCREENS, ids=["phone", "laptop"])
@pytest.mark.parametrize("path", ["follow-up.html", "de/follow-up.html"])
def test_the_first_link_brings_the_dates_tool_into_view(page, site_url, path, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(site_url + path)
    tool = page.locator('[data-av-widget="dates"]')
    expect(tool).not_to_be_in_viewport()
    page.locator(f"{BLOCK} a").first.click()
    expect(tool).to_be_in_viewport()
    # The tool's title is on screen, not under the sticky header.
    title = tool.locator(".av-tool__title")
    expect(title).to_be_in_viewport()
    header = page.locator(".md-header").bounding_box()
    assert title.bounding_box()["y"] >= header["y"] + header["height"]


@pytest.mark.parametrize("path", PAGES)
def test_long_background_is_folded_on_screen_and_printed_in_full(page, site_url, path):
    page.goto(site_url + path)
    folded = page.locator(".md-content details:not([open])")
    count = folded.count()
    assert count >= 1, f"{path}: nothing folded away"
    texts = folded.evaluate_all(FOLDED_TEXTS)
    for index in range(count):
        section = folded.nth(index)
        expect(section.locator("summary")).to_be_visible()
        expect(section.locator(":scope > :not(summary)").first).to_be_hidden()

    # Print media alone (print.css) shows what is folded, without the script.
    page.emulate_media(media="print")
    for index in range(count):
        expect(folded.nth(index).locator(":scope > :not(summary)").first).to_be_visible()
    page.emulate_media(media="screen")

    printed = squeeze(pdf_text(page, "A4")[0])
    for text in texts:
        words = squeeze(text)
        assert words[:60] in printed and words[-60:] in printed, (path, text[:80])
    # After printing, what was folded is folded again.
    expect(page.locator(".md-content details:not([open])")).to_have_count(count)
