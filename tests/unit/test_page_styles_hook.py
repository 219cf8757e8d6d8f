"""hooks/page_styles.py: a page links the stylesheet of a kind of block only when it has
one."""

from __future__ import annotations

from hooks.page_styles import stylesheets_for


def test_a_page_links_a_blocks_stylesheet_only_when_it_has_such_a_block():
    guidance = ["assets/css/guidance.css"]
    assert stylesheets_for('<div class="admonition av-now"><p>x</p></div>') == guidance
    assert stylesheets_for('<details class="av-more" open><summary>x</summary>') == guidance
    assert stylesheets_for('<p class="av-nowhere">no</p><p>av-now in text</p>') == []
