"""The size budget: what a page loads of the site's own scripts and styles stays within
18 KB gzipped (Material's bundle and the search index are the theme's, measured in
BENCHMARKS.md). A size, not a time: the same on every machine.

Raised from 15 KB on 2026-11-30 for issue 17 (stages and naming in place): the store of
version 4 and the rename in every checklist's head (+1.0 KB on every page), the stage
prompt on the offer and rejection pages (+0.85 KB) and the stages on the records page
(+1.2 KB there). BENCHMARKS.md ("Page weight after issue 17") shows where each byte goes.

The budget was 12 KB until 2026-11-30, when the store moved to one entry per record (tabs
that merge, migrations, imports in slices: +1.6 KB on every page) and the letter builder
learned three practices and more forms of address (+0.3 KB on its pages). BENCHMARKS.md
("Page weight after issues 15 and 16") shows where each byte goes; the way back towards
12 KB (a page loading only the messages and scripts it uses) is planned there."""

from __future__ import annotations

import gzip
import re

BUDGET = 18 * 1024
THEIRS = ("assets/javascripts/", "assets/stylesheets/", "assets/vendor/")


def test_every_page_loads_at_most_18_kb_of_own_js_and_css_gzipped(site):
    over = {}
    root = site.resolve()
    for page in root.rglob("*.html"):
        relative = page.relative_to(root).as_posix()
        if relative.startswith("assets/"):
            continue
        html = page.read_text(encoding="utf-8")
        total = 0
        for reference in re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html):
            if reference.startswith("/"):  # the 404 page is built for the web root
                path = root / reference.lstrip("/")
            else:
                path = (page.parent / reference).resolve()
            asset = path.relative_to(root).as_posix()
            if asset.startswith("assets/") and not asset.startswith(THEIRS):
                total += len(gzip.compress(path.read_bytes(), 9))
        if total > BUDGET:
            over[relative] = total
        assert total > 0, f"{relative} loads none of the site's own files"
    assert over == {}, f"over the {BUDGET}-byte budget: {over}"
