"""Plain language, measured: every English guidance page keeps a Flesch reading ease of 60
or more (textstat). Measured on the page's prose as a reader meets it: its facts' texts put
in, while front matter, other macro calls, the Sources list, link addresses and Markdown
marks are left out."""

from __future__ import annotations

import re

import pytest
import textstat

from macros.facts import read_facts
from tests.build.test_content import GUIDANCE_PAGES
from tests.sitebuild import ROOT

MINIMUM = 60
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
FACT_CALL = re.compile(r"""\{\{\s*fact\(\s*["']([^"']+)["']\s*\)\s*\}\}""")
MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
SOURCES = re.compile(r"^## Sources\b.*\Z", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")
MARKS = re.compile(r"^\s*(?:[-*>]|\d+\.|#+|!!!.*|\?\?\?.*|===.*)\s*|[*_`|]", re.MULTILINE)
HTML = re.compile(r"<[^>]+>")


def prose(markdown: str) -> str:
    """What a reader reads of a page's Markdown (in English)."""
    facts = read_facts(ROOT)
    text = FRONT_MATTER.sub("", markdown)
    text = SOURCES.sub("", text)
    text = FACT_CALL.sub(lambda call: facts.get(call.group(1)).text.get("en"), text)
    text = MACRO.sub("", text)
    text = LINK.sub(r"\1", text)
    text = HTML.sub("", text)
    return MARKS.sub("", text)


@pytest.mark.parametrize("page", [*GUIDANCE_PAGES, "docs/index.md", "docs/easy-read.md"])
def test_english_guidance_reads_plainly(page):
    path = ROOT / page
    if not path.exists():
        pytest.fail(f"{page} is missing")
    score = textstat.flesch_reading_ease(prose(path.read_text(encoding="utf-8")))
    assert score >= MINIMUM, f"{page}: Flesch reading ease {score:.1f} < {MINIMUM}"
