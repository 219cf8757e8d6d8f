"""Content rules on the real site: every Sources list links its sources, and the offer
checklist keeps the dataset contract on its page."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from macros.dataset import read_site_dataset
from tests.sitebuild import ROOT, built_page

SOURCES_HEADING = re.compile(r"^##\s+Sources\s*$", re.MULTILINE)
EXTERNAL = re.compile(r"^https?://[^/\s]+\.[^/\s]+", re.IGNORECASE)


def pages_with_sources() -> list[str]:
    """The English pages (docs/....md) whose Markdown has a "## Sources" heading."""
    docs = ROOT / "docs"
    return sorted(
        f"docs/{path.relative_to(docs).as_posix()}"
        for path in docs.rglob("*.md")
        if not path.name.endswith(".de.md")
        and SOURCES_HEADING.search(path.read_text(encoding="utf-8"))
    )


class _SourcesSection(HTMLParser):
    """Collects, for each list item in the section under the <h2> "Sources", the link
    targets inside that item."""

    def __init__(self) -> None:
        super().__init__()
        self.in_sources = False
        self.heading: list[str] | None = None  # text of the <h2> being read
        self.items: list[list[str]] = []
        self.depth = 0  # <li> nesting inside the section

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.heading = []
            self.in_sources = False
        elif self.in_sources and tag == "li":
            self.depth += 1
            if self.depth == 1:
                self.items.append([])
        elif self.in_sources and tag == "a" and self.depth:
            self.items[-1].append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag):
        if tag == "h2" and self.heading is not None:
            self.in_sources = "".join(self.heading).strip().rstrip("¶").strip() == "Sources"
            self.heading = None
        elif self.in_sources and tag == "li":
            self.depth -= 1

    def handle_data(self, data):
        if self.heading is not None:
            self.heading.append(data)


def source_items(html: str) -> list[list[str]]:
    parser = _SourcesSection()
    parser.feed(html)
    return parser.items


def test_the_guidance_pages_have_sources_sections():
    pages = pages_with_sources()
    for page in [
        "docs/follow-up.md",
        "docs/offer.md",
        "docs/rejection.md",
        "docs/further-rounds/second-interview.md",
    ]:
        assert page in pages


def test_every_sources_list_links_each_of_its_sources_to_the_web(site):
    for page in pages_with_sources():
        items = source_items(built_page(site, page).read_text(encoding="utf-8"))
        assert items, f"{page}: a Sources heading but no list of sources under it"
        for links in items:
            external = [href for href in links if EXTERNAL.match(href)]
            assert external, f"{page}: a source without an http(s) link: {links}"


def test_the_sources_parser_sees_a_bare_name_as_unlinked():
    html = """<h2 id="sources">Sources<a class="headerlink" href="#sources">¶</a></h2>
    <ul><li><a href="https://example.org/a">A page</a></li><li>A bare name</li></ul>
    <h2>Next</h2><ul><li>Not a source</li></ul>"""
    assert source_items(html) == [["https://example.org/a"], []]


def test_every_offer_item_appears_once_on_the_offer_page_under_its_key(site):
    offer = read_site_dataset(ROOT).get("offer")
    assert offer is not None
    items = list(offer.items)
    assert len(items) >= 10
    html = built_page(site, "docs/offer.md").read_text(encoding="utf-8")
    expected = {f"offer/{item.id}" for item in items}
    assert {item.key for item in items} == expected
    for key in expected:
        assert html.count(f'data-av-key="{key}"') == 1, key
    on_page = set(re.findall(r'data-av-key="(offer/[^"]+)"', html))
    assert on_page == expected, "keys on the page that the dataset does not have"


def test_the_offer_checklist_follows_the_dataset_contract():
    offer = read_site_dataset(ROOT).get("offer")
    assert offer is not None
    ids = [item.id for item in offer.items]
    assert len(ids) == len(set(ids))
    for item in offer.items:
        assert item.kind in ("question", "task"), item.key
        assert item.text.get("en").strip(), item.key
        assert item.hint is not None and item.hint.get("en").strip(), item.key
        assert item.practice in (None, "us-uk", "de"), item.key
    practices = {item.practice for item in offer.items}
    assert {"us-uk", "de"} <= practices, "US/UK and German practice both covered"


def test_the_offer_is_step_4_of_5_on_the_start_page_and_in_the_navigation(site):
    start = built_page(site, "docs/index.md").read_text(encoding="utf-8")
    grid = start[start.index("av-steps") :]
    grid = grid[: grid.index("</div>")]
    steps = re.findall(r"Step (\d) · <a href=\"([^\"]+)\"", grid)
    assert steps == [
        ("1", "review.html"),
        ("2", "follow-up.html"),
        ("3", "further-rounds/index.html"),
        ("4", "offer.html"),
        ("5", "rejection.html"),
    ]
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert nav.index("further-rounds/tests.md") < nav.index("offer.md") < nav.index("rejection.md")


GUIDANCE_PAGES = [
    "docs/review.md", "docs/follow-up.md", "docs/further-rounds/index.md",
    "docs/further-rounds/second-interview.md", "docs/further-rounds/group-discussion.md",
    "docs/further-rounds/assessment-centre.md", "docs/further-rounds/tests.md",
    "docs/offer.md", "docs/rejection.md",
]


@pytest.mark.parametrize("page", GUIDANCE_PAGES)
def test_every_guidance_page_shows_when_it_was_checked_in_both_languages(site, page):
    english = built_page(site, page).read_text(encoding="utf-8")
    german = built_page(site, "docs/de/" + page.removeprefix("docs/")).read_text(
        encoding="utf-8")
    assert re.search(r'<p class="av-checked"><time datetime="\d{4}-\d\d-\d\d">Checked on '
                     r"\d{1,2} [A-Z][a-z]+ \d{4}</time>", english), page
    assert re.search(r'<p class="av-checked"><time datetime="\d{4}-\d\d-\d\d">Geprüft am '
                     r"\d{1,2}\.\u00a0[A-ZÄ][a-zä]+ \d{4}</time>", german), page


@pytest.mark.parametrize("page", pages_with_sources())
def test_every_sources_list_is_built_from_the_register_and_front_matter(site, page):
    """No hand-written source lists: each comes from sources(), so each source says what it
    is cited for and the facts' sources cannot be forgotten."""
    for built in (page, "docs/de/" + page.removeprefix("docs/")):
        html = built_page(site, built).read_text(encoding="utf-8")
        heading = "Sources" if built == page else "Quellen"
        section = html[html.index(f'id="{heading.lower()}"'):]
        assert section.split("</h2>", 1)[1].lstrip().startswith('<ul class="av-sources"'), \
            built
        for link in re.findall(r'<ul class="av-sources"[^>]*>.*?</ul>', section, re.DOTALL)[0] \
                .split("<li>")[1:]:
            assert 'href="https://' in link, f"{built}: a source not over https: {link}"
