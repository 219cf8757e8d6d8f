"""Links: every internal link and anchor of every built page (both languages) resolves in
the built site, and the external links of the Sources sections are well-formed web
addresses (checked, not fetched: the tests make no request to other hosts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

# Attributes that point at something the page links to or loads.
LINK_ATTRIBUTES = {"a": "href", "area": "href", "link": "href", "script": "src", "img": "src",
                   "source": "src", "iframe": "src"}
# Schemes that lead outside the site: not resolved here.
OUTSIDE = ("http", "https", "mailto", "tel", "data", "javascript", "blob")
# The headings of a page's Sources section, per language.
SOURCES_HEADINGS = {"Sources", "Quellen"}


@dataclass
class PageLinks(HTMLParser):
    """The ids of a page, its links (tag, target, line) and the links under its Sources
    heading (until the next heading of the same or a higher level)."""

    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str, int]] = field(default_factory=list)
    sources: list[tuple[str, int]] = field(default_factory=list)
    _heading: int | None = None
    _heading_text: str = ""
    _sources_level: int | None = None

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Collect ids and link targets; follow headings."""
        values = dict(attrs)
        for name in ("id", "name"):
            if values.get(name) and (name == "id" or tag == "a"):
                self.ids.add(values[name] or "")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = int(tag[1])
            if self._sources_level is not None and level <= self._sources_level:
                self._sources_level = None
            self._heading, self._heading_text = level, ""
        target = values.get(LINK_ATTRIBUTES.get(tag, ""))
        if target is not None:
            line = self.getpos()[0]
            self.links.append((tag, target, line))
            if tag == "a" and self._sources_level is not None:
                self.sources.append((target, line))

    def handle_data(self, data: str) -> None:
        """Heading text, to find the Sources section."""
        if self._heading is not None:
            self._heading_text += data

    def handle_endtag(self, tag: str) -> None:
        """The end of a heading: is it the Sources heading?"""
        if self._heading is not None and tag == f"h{self._heading}":
            if self._heading_text.strip().rstrip("¶").strip() in SOURCES_HEADINGS:
                self._sources_level = self._heading
            self._heading = None


def parse(page: Path) -> PageLinks:
    """The links and ids of one built page."""
    links = PageLinks()
    links.feed(page.read_text(encoding="utf-8"))
    links.close()
    return links


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[Path, PageLinks]:
    """Every HTML page of the built site, parsed."""
    return {page: parse(page) for page in sorted(built_site.rglob("*.html"))}


def target_file(site: Path, page: Path, path: str) -> Path:
    """The file a relative or root-relative link of ``page`` points at."""
    base = site if path.startswith("/") else page.parent
    target = (base / unquote(path.lstrip("/"))).resolve()
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def broken_links(site: Path, pages: dict[Path, PageLinks]) -> list[str]:
    """Every internal link whose file or #fragment does not exist, as page:line: target."""
    broken = []
    for page, links in pages.items():
        shown = page.relative_to(site).as_posix()
        for tag, link, line in links.links:
            parts = urlsplit(link)
            if parts.scheme in OUTSIDE or (not parts.scheme and link.startswith("//")):
                continue
            target = target_file(site, page, parts.path) if parts.path else page
            if site.resolve() not in target.parents and target != site.resolve():
                broken.append(f"{shown}:{line}: <{tag}> {link}: leaves the site")
            elif not target.is_file():
                broken.append(f"{shown}:{line}: <{tag}> {link}: no such file")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{shown}:{line}: <{tag}> {link}: no id "
                                  f'"{unquote(parts.fragment)}" in {target.name}')
    return broken


def malformed_source(link: str) -> str | None:
    """Why ``link`` is not a well-formed web address, or None."""
    if link != link.strip() or any(character.isspace() for character in link):
        return "contains a space"
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https"):
        return "not an http(s) address"
    host = parts.hostname or ""
    if "." not in host or host.startswith(".") or host.endswith("."):
        return f'host "{host}" has no dot'
    return None


def test_the_site_has_pages_in_both_languages(pages, built_site):
    names = {page.relative_to(built_site).as_posix() for page in pages}
    assert {"index.html", "review.html", "de/index.html", "de/review.html"} <= names


def test_every_internal_link_and_anchor_resolves(pages, built_site):
    assert broken_links(built_site.resolve(), {p.resolve(): v for p, v in pages.items()}) == []


def test_external_links_of_the_sources_sections_are_well_formed(pages, built_site):
    problems, checked = [], 0
    for page, links in pages.items():
        for link, line in links.sources:
            if urlsplit(link).scheme in ("", "mailto", "tel") and "://" not in link:
                continue  # a link inside the site, checked above
            checked += 1
            reason = malformed_source(link)
            if reason:
                problems.append(f"{page.relative_to(built_site)}:{line}: {link}: {reason}")
    assert problems == []
    assert checked >= 20, "the Sources sections were not found"


@pytest.mark.parametrize(("link", "reason"), [
    ("https://www.arbeitsagentur.de/bewerbung", None),
    ("http://example.org/a?b=c#d", None),
    ("https://localhost/x", 'host "localhost" has no dot'),
    ("ftp://example.org/file", "not an http(s) address"),
    ("https://example.org/a b", "contains a space"),
    ("www.example.org", "not an http(s) address"),
])
def test_the_sources_check_itself(link, reason):
    assert malformed_source(link) == reason
