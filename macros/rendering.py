"""Render a checklist of the model to HTML with an autoescaping Jinja environment.

mkdocs-macros itself does not autoescape, so dataset text never goes through it: the macro
returns the finished, escaped HTML from here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from .labels import labels_for
from .model import Checklist

TEMPLATES = Path(__file__).parent / "templates"


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def summarise(checklist: Checklist, language: str) -> str:
    """'6 questions, 2 tasks': shown under the title and kept as the no-JS progress text."""
    labels = labels_for(language)
    kinds = [item.kind for item in checklist.items]
    parts = []
    for kind in ("question", "task"):
        count = kinds.count(kind)
        if count:
            parts.append(f"{count} {labels[kind if count == 1 else kind + 's']}")
    return ", ".join(parts)


def render_checklist(checklist: Checklist, language: str) -> str:
    """Return the checklist's HTML for a page in ``language`` (English fallback per text)."""
    template = _environment().get_template("checklist.html")
    html = template.render(
        checklist=checklist,
        lang=language,
        labels=labels_for(language),
        summary=summarise(checklist, language),
        item_count=sum(1 for _ in checklist.items),
    )
    # Markdown ends a raw HTML block at a blank line: keep the block in one piece.
    return "\n".join(line for line in html.splitlines() if line.strip())
