"""What a page costs: its own scripts and styles stay within 19 KB gzipped (Material's bundle
and the search index are the theme's, measured in BENCHMARKS.md), and it makes at most two
requests more than the same page of plain Material. Sizes and counts, not times: the same
on every machine.

The requests: a plain Material page links main.css, palette.css and bundle.js (its search
worker, search index and favicon are requested by both alike). Ours links main.css,
md-base.js (Material's inline helpers as a file: no inline scripts), bundle.js, and one
script and one stylesheet of its own (hooks/assets.py joins what a page links); palette.css
is left out, it does nothing with one scheme of custom colours. The search index waits
until the reader opens search (tests/browser/test_search.py).

The budget, from 12 KB up to 21 KB and back to 19 KB over issues 15 to 18 (BENCHMARKS.md
says where each byte goes): 15 KB on 2026-11-30 for the store of one entry per record (+1.6
KB on every page) and the letter builder's three practices; 18 KB for the stages and naming
in place of issue 17; 21 KB on 2026-12-01 for issue 18's offer comparison and due list, the
store of version 5 and the reader's date conventions, after the page bundles (one file per
page, gzip shares its words: about 1 KB less on a page with widgets) and checklist.js only
on pages with a checklist (1.8 KB less on the others) won back about 2.5 KB; 19 KB later
that day, once a page's bundle carries only the messages its scripts can ask for (1.1-1.9 KB
less a page)."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

BUDGET = 19 * 1024
THEIRS = ("assets/javascripts/", "assets/stylesheets/", "assets/vendor/")
# What a plain Material page links: main.css, palette.css, bundle.js.
PLAIN_FILES = 3
MORE_THAN_PLAIN = 2
STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')
SCRIPT = re.compile(r'<script src="([^"]+)"')


def pages(site: Path):
    root = site.resolve()
    for page in sorted(root.rglob("*.html")):
        relative = page.relative_to(root).as_posix()
        if not relative.startswith("assets/"):
            yield relative, page, page.read_text(encoding="utf-8")


def asset_path(root: Path, page: Path, reference: str) -> str:
    if reference.startswith("/"):  # the 404 page is built for the web root
        return reference.lstrip("/")
    return (page.parent / reference).resolve().relative_to(root).as_posix()


def test_every_page_loads_at_most_19_kb_of_own_js_and_css_gzipped(site):
    over = {}
    root = site.resolve()
    for relative, page, html in pages(site):
        total = 0
        for reference in re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html):
            asset = asset_path(root, page, reference)
            if asset.startswith("assets/") and not asset.startswith(THEIRS):
                total += len(gzip.compress((root / asset).read_bytes(), 9))
        if total > BUDGET:
            over[relative] = total
        assert total > 0, f"{relative} loads none of the site's own files"
    assert over == {}, f"over the {BUDGET}-byte budget: {over}"


def test_a_page_links_at_most_two_files_more_than_plain_material(site):
    root = site.resolve()
    problems = {}
    for relative, page, html in pages(site):
        styles = [asset_path(root, page, ref) for ref in STYLESHEET.findall(html)]
        scripts = [asset_path(root, page, ref) for ref in SCRIPT.findall(html)]
        own_styles = [path for path in styles if not path.startswith(THEIRS)]
        head, body = html.split("</head>", 1)
        own_body_scripts = [asset_path(root, page, ref) for ref in SCRIPT.findall(body)
                            if not asset_path(root, page, ref).startswith(THEIRS)]
        own_head_scripts = [asset_path(root, page, ref) for ref in SCRIPT.findall(head)]
        if (len(styles) + len(scripts) > PLAIN_FILES + MORE_THAN_PLAIN
                or len(own_styles) != 1 or len(own_body_scripts) != 1
                or own_head_scripts != ["assets/js/md-base.js"]):
            problems[relative] = styles + scripts
    assert problems == {}
