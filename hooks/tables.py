"""MkDocs hook: tables that read on a phone (issue 18; DECISIONS.md, "Tables on phones").

Every table of a page's content is put in a wrapper that scrolls sideways, with a line
"Swipe to see more" under it that docs/assets/css/tables.css shows only while the table is
cut off (with a shadow at the cut edge). Each body cell gets its column's heading as
`data-label`, so that on a narrow screen the stylesheet can stack a comparison table into
one block per row, each cell under its heading. A table whose cells past the first column
are mostly numbers (the scores of two offers) is a data table: it stays a grid and scrolls.

No ARIA roles are added to the table's parts: the HTML checker (tests/build/test_html_valid.py)
forbids them on the rows and cells of a table, and Chromium keeps a stacked table a table
(tests/browser/test_tables.py reads its accessibility tree). Print (print.css) shows every
table as an ordinary table."""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path
from typing import Any

import yaml

# The words under a table that is cut off, and the name of a table that scrolls: the page
# words table_hint and table_name of the catalogue data/words/LANG.yml (macros/words.py
# checks it has them in every language).
WORDS_DIR = Path(__file__).resolve().parent.parent / "data/words"


@functools.cache
def _words(language: str) -> dict[str, str]:
    path = WORDS_DIR / f"{language}.yml"
    if not path.exists():
        path = WORDS_DIR / "en.yml"
    page = yaml.safe_load(path.read_text(encoding="utf-8"))["page"]
    return {"hint": page["table_hint"], "table": page["table_name"]}


# The tables' styles, and the page metadata's list of stylesheets to link
# (macros/components.py, STYLES_KEY).
STYLESHEET = "assets/css/tables.css"
STYLES_KEY = "av_styles"
# Tables as Python-Markdown writes them; a table with a class of its own is left alone
# (Material styles only tables without one).
TABLE = re.compile(r"<table(?![^>]*\bclass=)([^>]*)>(.*?)</table>", re.DOTALL | re.IGNORECASE)
HEAD_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL | re.IGNORECASE)
ROW = re.compile(r"<tr\b([^>]*)>(.*?)</tr>", re.DOTALL | re.IGNORECASE)
BODY_CELL = re.compile(r"<td\b([^>]*)>(.*?)</td>", re.DOTALL | re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
NUMBER = re.compile(r"[\d\s.,:%€$£+\-–]+")


def _text(cell_html: str) -> str:
    """A cell's text, without its tags, entities resolved and spaces collapsed."""
    return " ".join(html.unescape(TAG.sub("", cell_html)).split())


def _is_data(rows: list[list[str]]) -> bool:
    """Whether most cells past the first column are numbers (and so compared across)."""
    later = [text for row in rows for text in row[1:] if text]
    numbers = [text for text in later
               if NUMBER.fullmatch(text) and any(c.isdigit() for c in text)]
    return bool(later) and len(numbers) * 2 > len(later)


def _with(attributes: str, added: str) -> str:
    """A tag's attributes with ``added`` (skipped where the tag already has that name)."""
    name = added.split("=", 1)[0]
    if re.search(rf"\s{name}=", attributes):
        return attributes
    return f"{attributes} {added}"


def _table(match: re.Match[str], words: dict[str, str]) -> str:
    attributes, inner = match.group(1), match.group(2)
    heads = [_text(cell) for cell in HEAD_CELL.findall(inner)]
    rows = [[_text(cell) for _, cell in BODY_CELL.findall(row)] for _, row in ROW.findall(inner)]
    data = _is_data([row for row in rows if row])

    def labelled_row(row: re.Match[str]) -> str:
        column = 0

        def labelled_cell(cell: re.Match[str]) -> str:
            nonlocal column
            extra = cell.group(1)
            if column < len(heads) and heads[column]:
                extra = _with(extra, f'data-label="{html.escape(heads[column], quote=True)}"')
            column += 1
            return f"<td{extra}>{cell.group(2)}</td>"

        return f"<tr{row.group(1)}>{BODY_CELL.sub(labelled_cell, row.group(2))}</tr>"

    inner = ROW.sub(labelled_row, inner)
    # A data table scrolls on a phone: keyboard users must be able to reach the scrolling
    # region (tabindex), and a screen reader needs its name.
    region = ""
    if data:
        name = html.escape(f"{words['table']}: {', '.join(heads)}", quote=True)
        region = f' tabindex="0" role="region" aria-label="{name}"'
    kind = "scroll" if data else "stack"
    return (f'<div class="av-table av-table--{kind}">'
            f'<div class="av-table__scroll"{region}><table{attributes}>{inner}</table></div>'
            f'<p class="av-table__hint" aria-hidden="true" data-search-exclude>'
            f'{html.escape(words["hint"])}</p></div>')


def label_tables(content: str, language: str) -> str:
    """``content`` with each table wrapped, labelled and given its kind."""
    words = _words(language)
    return TABLE.sub(lambda match: _table(match, words), content)


def on_page_content(html_content: str, page: Any, config: Any, files: Any) -> str:
    """Every page's content, in the language being built (mkdocs-static-i18n sets the
    theme's language for each of its builds). A page with a table links the tables'
    stylesheet, as a widget's page links the widget's (macros/components.py: the page's
    metadata lists it, overrides/main.html links it); pages without one do not carry it."""
    labelled = label_tables(html_content, config["theme"]["language"])
    if labelled != html_content:
        styles = page.meta.setdefault(STYLES_KEY, [])
        if STYLESHEET not in styles:
            styles.append(STYLESHEET)
    return labelled
