"""The real site: strict build, every dataset item once on its page, no outside requests."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import jinja2

from macros.dataset import read_site_dataset
from macros.references import scan_pages
from tests.sitebuild import ROOT, built_page


def test_every_dataset_item_appears_once_on_the_page_that_uses_its_checklist(site):
    dataset = read_site_dataset(ROOT)
    references = scan_pages(ROOT / "docs", "docs/", jinja2.Environment())
    pages = {ref.argument: ref.page for ref in references if not ref.page.endswith(".de.md")}
    assert set(pages) == set(dataset.ids)
    for checklist in dataset.checklists:
        html = built_page(site, pages[checklist.id]).read_text(encoding="utf-8")
        for item in checklist.items:
            assert html.count(f'data-av-key="{item.key}"') == 1, (item.key, pages[checklist.id])


class _Urls(HTMLParser):
    """Collects the URLs a browser would fetch by itself: scripts, styles, images, fonts,
    frames, and the targets of preloads."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed"):
            self.fetched += [v for k, v in attrs if k in ("src", "srcset") and v]
        if tag == "link" and attributes.get("href"):
            self.fetched.append(attributes["href"])


EXTERNAL = re.compile(r"^(https?:)?//", re.IGNORECASE)


def test_no_page_loads_anything_from_another_host(site):
    pages = list(site.rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        collector = _Urls()
        collector.feed(page.read_text(encoding="utf-8"))
        external = [url for url in collector.fetched if EXTERNAL.match(url)]
        assert external == [], f"{page.relative_to(site)} loads {external}"


def test_no_stylesheet_imports_fonts_or_images_from_another_host(site):
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        urls = re.findall(r"url\(\s*['\"]?([^'\")\s]+)", text)
        urls += re.findall(r"@import\s+['\"]([^'\"]+)", text)
        assert [u for u in urls if EXTERNAL.match(u)] == [], css.relative_to(site)


def test_the_guidance_pages_say_what_the_seed_says(site):
    """Spot checks that the seed's topics are covered, by their key terms."""
    text = " ".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html")).lower()
    for term in ["thank-you", "assessment centre", "group discussion", "coaching",
                 "equal treatment", "corporate culture", "status", "in-tray"]:
        assert term in text, term


def test_pages_load_the_core_as_one_minified_file_each_and_only_their_widgets(site):
    review = (site / "review.html").read_text(encoding="utf-8")
    assert '<script src="assets/js/afterview.min.js"></script>' in review
    assert '<link rel="stylesheet" href="assets/afterview.min.css">' in review
    assert '<script src="assets/js/messages-en.js"></script>' in review
    assert "records.js" not in review and "followup.js" not in review
    records = (site / "records.html").read_text(encoding="utf-8")
    assert '<script src="assets/js/records.js"></script>' in records
    assert '<link rel="stylesheet" href="assets/css/records.css">' in records
    german = (site / "de/follow-up.html").read_text(encoding="utf-8")
    assert '<script src="../assets/js/messages-de.js"></script>' in german
    assert '<script src="../assets/js/followup.js"></script>' in german
    assert "messages-en.js" not in german
    assert not (site / "assets/js/store.js").exists(), "sources are combined, not shipped"
    script = (site / "assets/js/afterview.min.js").read_text(encoding="utf-8")
    assert "/* afterview store" not in script, "comments are stripped"
    assert "saveTypedNotes" not in script, "local names are shortened"
    assert script.index(".register=function") < script.index(".store={") < script.index(
        '.register(".av-checklist'), "strings and core, store, then the checklists"
    widget = (site / "assets/js/records.js").read_text(encoding="utf-8")
    assert "/*" not in widget and "\n" not in widget.strip(), "widget files are minified too"
