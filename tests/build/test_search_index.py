"""Search: each question is found once, on the page that has its checklist. The printable
collection and the lessons page repeat checklist texts; they are kept out of the index."""

from __future__ import annotations

import json
from collections import Counter
from html import unescape

import jinja2

from macros.dataset import read_site_dataset
from macros.references import scan_pages
from tests.sitebuild import ROOT, built_page


def test_every_question_is_in_the_search_index_once_on_its_own_page(site):
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    dataset = read_site_dataset(ROOT)
    references = scan_pages(ROOT / "docs", "docs/", jinja2.Environment())
    pages = {ref.argument: ref.page for ref in references if not ref.page.endswith(".de.md")}
    problems = []
    for checklist in dataset.checklists:
        own_page = built_page(site, pages[checklist.id]).relative_to(site).as_posix()
        for item in checklist.items:
            text = item.text.get("en")
            found = sorted({entry["location"].split("#")[0] for entry in index["docs"]
                            if text in unescape(entry["text"])})
            if found != [own_page]:
                problems.append(f"{item.key}: found on {found}, expected on {own_page} only")
    assert problems == []


def test_the_printable_and_lessons_pages_are_still_found_by_their_own_words(site):
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    pages = Counter(entry["location"].split("#")[0] for entry in index["docs"])
    assert pages["printable.html"] >= 1 and pages["lessons.html"] >= 1
