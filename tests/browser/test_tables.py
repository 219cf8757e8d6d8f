"""Tables and section headings on phones (issue 18, item 2).

At 320 and 390 px, on every built page in both languages: no table is cut off without a
visible scroll cue (a shadow at the cut edge and "Swipe to see more"), the comparison
tables are stacked into labelled rows, the tables are still tables to a screen reader and
to axe, and they print as ordinary tables. Section headings take no empty line for their
hidden permalink sign. How each kind of table is shown: DECISIONS.md ("Tables on phones")."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_accessibility import WCAG
from tests.sitebuild import built_pages

PAGES = built_pages()
WIDTHS = (320, 390)
HINTS = {"en": "Swipe to see more", "de": "Wischen für mehr"}
# Pages with tables, for the slower checks (the first check proves it sees their tables).
TABLE_PAGES = sorted({
    "index.html", "offer.html", "privacy.html", "further-rounds/index.html",
    "further-rounds/assessment-centre.html", "further-rounds/group-discussion.html",
    "further-rounds/second-interview.html", "further-rounds/tests.html",
} | {"de/" + path for path in (
    "index.html", "offer.html", "privacy.html", "further-rounds/index.html",
    "further-rounds/assessment-centre.html", "further-rounds/group-discussion.html",
    "further-rounds/second-interview.html", "further-rounds/tests.html")})

# Every table of the page content: whether it is a data table (its cells past the first
# column mostly numbers: it may stay a grid), whether it is stacked (its cells no longer
# table cells), the labels its stacked cells show, and what is cut off and how that shows.
TABLES = """(hint) => {
  const viewport = document.documentElement.clientWidth;
  const text = (el) => el.textContent.replace(/\\s+/g, " ").trim();
  const label = (cell) => {
    const style = getComputedStyle(cell, "::before");
    if (style.display === "none" || style.content === "none") return null;
    // `content: attr(data-label) / ""` computes to the label in quotes, then the alt text.
    const match = /^"((?:[^"\\\\]|\\\\.)*)"/.exec(style.content);
    return match ? match[1].replace(/\\\\(.)/g, "$1") : null;
  };
  // The cue: a shadow painted by the element that scrolls, and the words shown beside it.
  const cued = (table, scroller) => {
    const shadow = scroller && /gradient/.test(getComputedStyle(scroller).backgroundImage);
    let words = false;
    for (let p = table.parentElement; p && !p.matches(".md-content"); p = p.parentElement) {
      words = words || [...p.querySelectorAll("*")].some((el) =>
        !el.closest("table") && text(el) === hint && el.checkVisibility({
          opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true}));
    }
    return Boolean(shadow && words);
  };
  return [...document.querySelectorAll(".md-content table")].map((table) => {
    if (!table.checkVisibility()) return null;
    const heads = [...table.querySelectorAll("thead th")].map(text);
    const rows = [...table.querySelectorAll("tbody tr")];
    const later = rows.flatMap((row) => [...row.cells].slice(1)).map(text);
    const numbers = later.filter((t) => /^[\\d\\s.,:%€$£+-]+$/.test(t) && /\\d/.test(t));
    const cells = rows.flatMap((row) => [...row.cells]);
    const stacked = cells.length > 0
      && cells.every((cell) => getComputedStyle(cell).display !== "table-cell");
    const wrong = [];
    for (const row of rows) {
      [...row.cells].forEach((cell, i) => {
        if (label(cell) !== heads[i]) wrong.push(`${text(cell).slice(0, 20)}: ${label(cell)}`);
      });
    }
    // What is cut off: the table past the screen, or past an ancestor that clips it.
    let cut = table.getBoundingClientRect().right > viewport + 0.5;
    let scroller = null;
    for (let p = table; p && !p.matches(".md-content"); p = p.parentElement) {
      const x = getComputedStyle(p).overflowX;
      if (x !== "visible" && p.scrollWidth > p.clientWidth + 1) {
        cut = true;
        scroller = scroller || p;
      }
    }
    return {
      table: heads.join(" | ") || text(table).slice(0, 40),
      data: later.length > 0 && numbers.length * 2 > later.length,
      stacked, wrong: wrong.slice(0, 3), cut, cued: cut && cued(table, scroller),
    };
  }).filter(Boolean);
}"""


def language(path: str) -> str:
    return "de" if path.startswith("de/") else "en"


@pytest.mark.parametrize("width", WIDTHS)
def test_no_table_is_cut_off_unseen_and_comparison_tables_stack_with_labels(
        page, site_url, width):
    page.set_viewport_size({"width": width, "height": 800})
    problems: dict[str, object] = {}
    with_tables = set()
    for path in PAGES:
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        for table in page.evaluate(TABLES, HINTS[language(path)]):
            with_tables.add(path)
            where = f"{path}: {table['table'][:40]}"
            if table["cut"] and not table["cued"]:
                problems[f"{where}: cut off without a scroll cue"] = True
            if not table["data"] and not table["stacked"]:
                problems[f"{where}: not stacked"] = True
            if table["stacked"] and table["wrong"]:
                problems[f"{where}: cells without their column's label"] = table["wrong"]
    assert set(TABLE_PAGES) <= with_tables  # the check saw the tables it is meant to see
    assert problems == {}


def test_a_table_that_fits_shows_no_scroll_cue(page, site_url):
    """The cue appears only where something is cut off: the scores of two offers fit on a
    desktop, with no shadow and no "Swipe to see more"."""
    page.set_viewport_size({"width": 1280, "height": 800})
    for path in ("offer.html", "de/offer.html"):
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        hint = page.get_by_text(HINTS[language(path)], exact=True)
        assert hint.count() == 1
        assert not hint.is_visible()
    # The same table on a narrow phone is cut off and says so.
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(site_url + "de/offer.html")
    page.wait_for_load_state("load")
    table = page.evaluate(TABLES, HINTS["de"])[0]
    assert table["data"] and not table["stacked"]
    assert table["cut"] and table["cued"]


def _ax_roles(page) -> list[tuple[str, str]]:
    """Role and name of every node in Chromium's own accessibility tree (what a screen
    reader gets, after CSS: a table whose cells are display: block can lose its roles)."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    return [((node.get("role") or {}).get("value", ""), (node.get("name") or {}).get("value", ""))
            for node in nodes if not node.get("ignored")]


@pytest.mark.parametrize("path", ["further-rounds/assessment-centre.html",
                                  "de/further-rounds/tests.html", "offer.html"])
def test_stacked_tables_are_still_tables_to_a_screen_reader(page, site_url, path):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(site_url + path)
    page.wait_for_load_state("load")
    heads = page.locator(".av-table thead th").all_inner_texts()
    cells = page.locator(".av-table tbody td").count()
    roles = _ax_roles(page)
    assert [role for role, _ in roles].count("table") == 1
    assert [name for role, name in roles if role == "columnheader"] == heads
    assert sum(role in ("cell", "gridcell") for role, _ in roles) == cells
    # The label a stacked cell shows is not read out a second time with the cell.
    first = page.locator(".av-table tbody td").nth(1)
    names = [name for role, name in roles if role in ("cell", "gridcell")]
    assert " ".join(first.inner_text().split()) in names


@pytest.mark.parametrize("width", WIDTHS)
def test_tables_on_phones_pass_axe(page, site_url, width):
    """axe on the tables (with their wrappers) as a phone shows them; the whole pages are
    audited at desktop width by test_accessibility.py."""
    page.set_viewport_size({"width": width, "height": 800})
    found = {}
    for path in TABLE_PAGES:
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        assert page.locator(".av-table").count() > 0, path
        violations = Axe().run(page, context=".av-table", options=WCAG).response["violations"]
        if violations:
            found[path] = [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
    assert found == {}


PRINTED = """() => [...document.querySelectorAll(".av-table table")].map((table) => ({
  cells: [...table.querySelectorAll("th, td")].every(
    (cell) => getComputedStyle(cell).display === "table-cell"),
  head: table.querySelector("thead tr").getBoundingClientRect().height > 5,
  labels: [...table.querySelectorAll("td")].some(
    (cell) => !["none", "normal"].includes(getComputedStyle(cell, "::before").content)),
  inside: table.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5,
}))"""


@pytest.mark.parametrize("path", ["further-rounds/assessment-centre.html",
                                  "de/further-rounds/tests.html", "de/offer.html"])
def test_tables_print_as_ordinary_tables_without_cue_or_labels(page, site_url, path):
    """Printed from a phone, too: the stacking and the cue are for screens only. On paper
    (A4 with print.css's margins is about 700 CSS px wide) the whole table fits."""
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(site_url + path)
    page.wait_for_load_state("load")
    page.emulate_media(media="print")
    [printed] = page.evaluate(PRINTED)
    assert (printed["cells"], printed["head"], printed["labels"]) == (True, True, False)
    assert not page.get_by_text(HINTS[language(path)], exact=True).is_visible()
    page.set_viewport_size({"width": 700, "height": 1000})
    assert page.evaluate(PRINTED)[0]["inside"]


# ---- Section headings ------------------------------------------------------------------

# Empty space under the last line of text of each visible section heading: Material's
# permalink sign, invisible until hovered, still took room and wrapped onto a line of its
# own when the heading's text nearly filled the line.
HEADING_GAPS = """() => [...document.querySelectorAll(
    ".md-content h2, .md-content h3, .md-content h4, .md-content h5, .md-content h6")]
  .filter((h) => h.checkVisibility())
  .map((h) => {
    const box = h.getBoundingClientRect();
    const style = getComputedStyle(h);
    const bottom = box.bottom - parseFloat(style.paddingBottom)
      - parseFloat(style.borderBottomWidth);
    const half = (parseFloat(style.lineHeight) - parseFloat(style.fontSize)) / 2;
    let last = box.top;
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".headerlink") || !node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) last = Math.max(last, rect.bottom);
    }
    return [h.textContent.replace("\\u00b6", "").trim(), Math.round(bottom - last - half)];
  })
  .filter(([, gap]) => gap > 8)"""


@pytest.mark.parametrize("width", WIDTHS)
def test_no_section_heading_ends_in_an_empty_line(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 800})
    problems = {}
    for path in PAGES:
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        if gaps := page.evaluate(HEADING_GAPS):
            problems[path] = gaps[:4]
    assert problems == {}


def test_a_heading_that_fits_one_line_is_one_line_high_and_keeps_its_permalink(page, site_url):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(site_url + "further-rounds/tests.html")
    heading = page.locator("h3#logical-and-abstract-reasoning")
    height, line = heading.evaluate(
        "(h) => [h.getBoundingClientRect().height, parseFloat(getComputedStyle(h).lineHeight)]")
    assert height == pytest.approx(line, abs=1)
    # The permalink is still there for the keyboard: focused, it shows.
    link = heading.locator(".headerlink")
    link.focus()
    expect(link).to_have_css("opacity", "1")
    assert link.bounding_box()["width"] > 5


@pytest.mark.parametrize("path", ["de/further-rounds/index.html", "de/offer.html",
                                  "de/further-rounds/second-interview.html"])
def test_content_tab_labels_wrap_instead_of_scrolling_on_a_phone(page, site_url, path):
    """A row of tab labels that scrolls sideways cannot be reached by keyboard."""
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(site_url + path)
    for labels in page.locator(".tabbed-labels").all():
        width = labels.evaluate("el => [el.scrollWidth, el.clientWidth]")
        assert width[0] <= width[1], (path, width)
