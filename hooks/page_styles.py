"""MkDocs hook: a page links the stylesheet of a kind of block only when its content has
one, as a widget's stylesheet is linked by the pages that show the widget
(macros/components.py) and the tables' by pages with a table (hooks/tables.py). Today: the
"Do this now" blocks (`!!! av-now`) and folded background (`<details class="av-more">`) of
the follow-up, offer and rejection pages, in assets/css/guidance.css. The other pages do
not carry those rules (tests/build/test_page_weight.py)."""

from __future__ import annotations

import re
from typing import Any

STYLES_KEY = "av_styles"  # the page metadata's stylesheets (macros/components.py)
# A class in the page's HTML -> the stylesheet it needs.
STYLESHEETS = {
    re.compile(r'class="(?:[^"]* )?av-(?:now|more)[" ]'): "assets/css/guidance.css",
}


def stylesheets_for(html: str) -> list[str]:
    """The stylesheets the blocks in ``html`` need, in STYLESHEETS' order, each once."""
    found: list[str] = []
    for marker, stylesheet in STYLESHEETS.items():
        if stylesheet not in found and marker.search(html):
            found.append(stylesheet)
    return found


def on_page_content(html_content: str, page: Any, config: Any, files: Any) -> str:
    styles = page.meta.setdefault(STYLES_KEY, [])
    for stylesheet in stylesheets_for(html_content):
        if stylesheet not in styles:
            styles.append(stylesheet)
    return html_content
