"""MkDocs hook: a link to an anchor inside our macros' HTML counts as found.

MkDocs checks every link to an anchor on another page (`validation.anchors`, INFO by
default) against the ids it saw while rendering that page, raw HTML included. Our macros'
HTML skips Markdown (hooks/html_blocks.py), so MkDocs never sees its ids: a link to the
dates tool, `follow-up.md#av-dates`, was reported on every build as "the doc 'follow-up.md'
does not contain an anchor '#av-dates'", which reads like a broken link and is not one
(tests/build/test_links.py checks every anchor in the built pages).

After html_blocks has put the HTML back, the ids of the page's content are added to the ones
MkDocs knows, so its check sees what the reader's browser sees, and an anchor that is really
missing is still reported."""

from __future__ import annotations

import re
from typing import Any

from mkdocs.plugins import event_priority

# An id attribute as our templates and Markdown write it (double quotes). Text cannot fake
# one: in content a quote is escaped (&quot;).
ID = re.compile(r'<[a-zA-Z][^<>]*?\sid="([^"]+)"')


# After hooks/html_blocks.py's on_page_content (priority 0), which restores the HTML.
@event_priority(-50)
def on_page_content(html: str, page: Any, **kwargs: Any) -> str:
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= set(ID.findall(html))
    return html
