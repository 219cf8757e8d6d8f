"""One search index per language (issue 18, item 1; hooks/search_languages.py): the English
index holds the English pages only, the German one (German stemming) the German pages only,
each where Material looks for it from that language's pages, also as the script that a
page opened from disk loads. Tab labels never run together in the indexed text."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

from macros.dataset import read_site_dataset
from tests.sitebuild import ROOT

LABELS = re.compile(r'<div class="tabbed-labels"[^>]*>(.*?)</div>', re.DOTALL)
LABEL = re.compile(r"<label[^>]*>(.*?)</label>", re.DOTALL)


def index_of(site: Path, root: str) -> dict:
    return json.loads((site / root / "search/search_index.json").read_text(encoding="utf-8"))


def pages_of(site: Path, german: bool) -> set[str]:
    """The built pages of one language, relative to that language's root."""
    root = site / "de" if german else site
    return {page.relative_to(root).as_posix() for page in root.rglob("*.html")
            if german or not page.relative_to(site).as_posix().startswith(("de/", "assets/"))
            } - {"404.html"}


def test_the_english_index_holds_the_english_pages_only(site):
    index = index_of(site, "")
    assert index["config"]["lang"] == ["en"]
    locations = {entry["location"].split("#")[0] for entry in index["docs"]}
    assert not [place for place in locations if place.startswith("de/")]
    assert locations == pages_of(site, german=False)


def test_the_german_index_holds_the_german_pages_only_with_german_stemming(site):
    index = index_of(site, "de")
    assert index["config"]["lang"] == ["de"]
    locations = {entry["location"].split("#")[0] for entry in index["docs"]}
    # Relative to de/, where German pages look for it (their search `base`).
    assert locations == pages_of(site, german=True)
    titles = {entry["title"] for entry in index["docs"]}
    assert "Das Vorstellungsgespräch nachbereiten" in titles
    assert "Review your interview" not in titles


def test_each_index_is_also_the_script_a_page_opened_from_disk_loads(site):
    for root in ("", "de"):
        folder = site / root / "search"
        script = (folder / "search_index.js").read_text(encoding="utf-8")
        assert script == "var __index = " + (folder / "search_index.json").read_text(
            encoding="utf-8")


def test_pages_search_their_languages_root_and_keep_the_sites_storage_scope(site):
    for page, base in (("review.html", "."), ("de/review.html", "./"),
                       ("de/further-rounds/tests.html", "../")):
        html = (site / page).read_text(encoding="utf-8")
        assert f'"base": "{base}"' in html, page
        # The storage scope comes from md-base.js's own address (the site root), not base.
        assert re.search(r'<script src="(\.\./)*assets/js/md-base\.js"', html), page


def test_tab_labels_never_run_together_in_the_index(site):
    texts = [unescape(entry["text"]) for root in ("", "de")
             for entry in index_of(site, root)["docs"]]
    run_together = set()
    for page in site.rglob("*.html"):
        for labels in LABELS.findall(page.read_text(encoding="utf-8")):
            words = [unescape(re.sub(r"<[^>]+>", "", label)).strip()
                     for label in LABEL.findall(labels)]
            run_together |= {first + second for first, second in
                             zip(words, words[1:], strict=False)}
    assert "USUK" in run_together, "the site has US/UK tabs to check"
    assert [(joined, text[:80]) for joined in run_together for text in texts
            if joined in text] == []
    assert not [text for text in texts if "USUKGermany" in text or "UKDeutschland" in text]


def test_words_that_are_not_the_pages_content_stay_out_of_the_index(site):
    english, german = index_of(site, ""), index_of(site, "de")
    texts = [unescape(entry["text"]) for entry in english["docs"] + german["docs"]]
    # A notes field's label repeats its question; paper-only lines are not on screen.
    questions = [(language, item.text.get(language))
                 for checklist in read_site_dataset(ROOT).checklists
                 for item in checklist.items if item.kind == "question"
                 for language in ("en", "de")]
    labels = [("Your notes on " if language == "en" else "Ihre Notizen zu ") + question
              for language, question in questions]
    assert len(labels) > 20 and not [label for label in labels
                                     if any(label in text for text in texts)]
    assert not [text for text in texts if "Interview date" in text]
    # The Sources list repeats the page's claims: they are found in its text.
    sources = [entry for entry in english["docs"] if entry["location"].endswith("#sources")]
    assert sources and all(entry["text"] == "" for entry in sources)
    assert "GOV.UK: Job offers" not in " ".join(texts)
    # Written as UTF-8: umlauts as they are, not as \u00fc.
    raw = (site / "de/search/search_index.json").read_text(encoding="utf-8")
    assert "ü" in raw and "\\u00fc" not in raw
