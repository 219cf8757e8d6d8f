"""MkDocs hook: non-breaking spaces where a line must not break, done once in the build.

German typography (and good English typography) keeps together "§ 622", "Art. 15",
"z. B.", "12. Mai", "32 %" and "46.000 €": a line break inside them reads as two things.
Writers type ordinary spaces; this hook puts U+00A0 into the text of every page (the
checklists included), never inside tags, attributes, scripts, styles or code."""

from __future__ import annotations

import re
from typing import Any

NBSP = "\u00a0"
MONTHS = ("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
          "|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Aug\\.|Sep\\.|Sept\\.|Okt\\.|Nov\\.|Dez\\.")
RULES = [
    # "§ 622", "§§ 74 ff.", "Art. 15", "Abs. 4", "Nr. 3", "S. 2"
    (re.compile(r"(§§?|\bArt\.|\bAbs\.|\bNr\.|\bS\.) (?=\d)"), r"\1" + NBSP),
    # "z. B.", "d. h.", "u. a.", "i. d. R." (each dot-space between one-letter parts)
    (re.compile(r"(?<![\w.])([A-Za-zÄÖÜäöü]\.) (?=[A-Za-zÄÖÜäöü]\.)"), r"\1" + NBSP),
    # "12. Mai", "3. Nov. 2026"
    (re.compile(r"\b(\d{1,2}\.) (?=(?:" + MONTHS + r"))"), r"\1" + NBSP),
    # "32 %", "46.000 €", "13,90 Euro", "20 EUR"
    (re.compile(r"(\d) (?=%|€|Euro\b|EUR\b)"), r"\1" + NBSP),
]
# The parts of a page that are not running text.
SKIPPED = ("script", "style", "code", "pre", "textarea", "kbd")
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>|<!--.*?-->", re.DOTALL)


def keep_together(text: str) -> str:
    """Plain text with non-breaking spaces where a break would split one thing."""
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    # "z. B." needs the rule twice when three letters follow each other ("i. d. R.").
    return RULES[1][0].sub(RULES[1][1], text)


def keep_together_in_html(html: str) -> str:
    """``keep_together`` applied to the text between the tags of ``html`` only."""
    out: list[str] = []
    skipping: list[str] = []
    position = 0
    for tag in TAG.finditer(html):
        text = html[position:tag.start()]
        out.append(text if skipping else keep_together(text))
        out.append(tag.group(0))
        name = (tag.group(2) or "").lower()
        if name in SKIPPED and not tag.group(3):
            if tag.group(1):
                if skipping and skipping[-1] == name:
                    skipping.pop()
            else:
                skipping.append(name)
        position = tag.end()
    rest = html[position:]
    out.append(rest if skipping else keep_together(rest))
    return "".join(out)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Every page's content, before search indexes it and the theme wraps it."""
    return keep_together_in_html(html)
