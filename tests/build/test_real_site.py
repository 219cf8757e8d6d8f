"""The real site: strict build, every dataset item once on its page, no outside requests."""

from __future__ import annotations

import posixpath
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


def own_files(site, page: str) -> tuple[list[str], list[str]]:
    """The own scripts and stylesheets a built page links, as site paths."""
    html = (site / page).read_text(encoding="utf-8")
    folder = posixpath.dirname(page)

    def own(references):
        paths = [posixpath.normpath(posixpath.join(folder, ref)) for ref in references]
        return [path for path in paths if path.startswith("assets/")
                and not path.startswith(("assets/javascripts/", "assets/stylesheets/"))]

    return (own(re.findall(r'<script src="([^"]+)"', html)),
            own(re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)))


def test_a_page_loads_its_own_scripts_and_styles_as_one_minified_file_each(site):
    bundles = {}
    for page in ("review.html", "records.html", "de/follow-up.html", "de/records.html"):
        scripts, styles = own_files(site, page)
        # md-base.js in the head (before the first paint), then the page's one script.
        assert len(scripts) == 2 and scripts[0] == "assets/js/md-base.js", (page, scripts)
        assert re.fullmatch(r"assets/js/page-[0-9a-f]{12}\.js", scripts[1]), (page, scripts)
        assert len(styles) == 1 and re.fullmatch(r"assets/css/page-[0-9a-f]{12}\.css",
                                                 styles[0]), (page, styles)
        bundles[page] = (site / scripts[1]).read_text(encoding="utf-8")
    review, records = bundles["review.html"], bundles["records.html"]
    # The language's messages, the core, the page's widgets; nothing of other pages.
    assert '"Saved {time}"' in review and "Gespeichert" not in review
    assert '.register(".av-checklist' in review and "data-av-widget=records" not in review
    assert "data-av-widget=records" in records
    # checklist.js only where a checklist is (and for the printed forms' answers).
    assert '.register(".av-checklist' not in records
    printable = (site / own_files(site, "printable.html")[0][1]).read_text(encoding="utf-8")
    assert ".fillPaper=" in printable
    assert own_files(site, "privacy.html")[0][1] != own_files(site, "review.html")[0][1]
    assert "Gespeichert" in bundles["de/follow-up.html"] and '"Saved {time}"' not in bundles[
        "de/follow-up.html"]
    assert "data-av-widget=letters" in bundles["de/follow-up.html"]
    assert review.index(".register=function") < review.index(".store={") < review.index(
        '.register(".av-checklist'), "strings and core, store, then the checklists"
    assert "/* afterview store" not in review, "comments are stripped"
    assert "saveTypedNotes" not in review, "local names are shortened"
    # Pages with the same files share one (nobody lists which pages go together): two
    # checklist pages share their script; the tests page's table adds tables.css to its
    # stylesheet (hooks/tables.py), so only a page with a table shares that one.
    assert own_files(site, "further-rounds/tests.html")[0] == own_files(site, "review.html")[0]
    assert own_files(site, "further-rounds/tests.html")[1] == own_files(
        site, "further-rounds/assessment-centre.html")[1]
    assert not (site / "assets/js/store.js").exists(), "sources are bundled, not shipped"
    assert not (site / "assets/js/records.js").exists(), "sources are bundled, not shipped"
    # Scripts a page loads on demand (data-av-load) stay files of their own, minified.
    widget = (site / "assets/js/adviser.js").read_text(encoding="utf-8")
    assert "/*" not in widget and "\n" not in widget.strip(), "widget files are minified too"


def test_a_page_carries_the_messages_its_scripts_can_ask_for_and_no_others(site):
    review = (site / own_files(site, "review.html")[0][1]).read_text(encoding="utf-8")
    records = (site / own_files(site, "records.html")[0][1]).read_text(encoding="utf-8")
    start = (site / own_files(site, "index.html")[0][1]).read_text(encoding="utf-8")
    # The checklists' and the store's words, not the records manager's or the due list's.
    assert '"progress":' in review and '"full":' in review
    assert '"importSkipped_one":' not in review and '"due_go_thanks":' not in review
    assert '"importSkipped_one":' in records and '"importSkipped_other":' in records
    # Messages a script names by a prefix it completes ("due_go_" + kind): all of them.
    assert all(f'"due_go_{kind}":' in start for kind in ("thanks", "decision", "round"))


def test_a_page_carries_the_store_import_and_the_guidance_styles_only_where_used(site):
    def bundle(page: str, kind: int) -> str:
        return (site / own_files(site, page)[kind][-1]).read_text(encoding="utf-8")
    # The store's import (store-import.js): the records page and the adviser's page only.
    for page in ("records.html", "de/adviser.html"):
        assert "importRuns:" in bundle(page, 0), page  # what AV.store.extend adds
    for page in ("review.html", "de/offer.html", "index.html"):
        assert "importRuns" not in bundle(page, 0), page
    # "Do this now" and folded background (hooks/page_styles.py): where the blocks are.
    for page in ("follow-up.html", "de/offer.html", "rejection.html"):
        assert ".av-now" in bundle(page, 1) and ".av-more" in bundle(page, 1), page
    for page in ("review.html", "records.html", "de/further-rounds/tests.html"):
        assert ".av-now" not in bundle(page, 1) and ".av-more" not in bundle(page, 1), page
