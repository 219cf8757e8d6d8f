"""Render a checklist of the model to HTML with an autoescaping Jinja environment.

mkdocs-macros itself does not autoescape, so dataset text never goes through it: the macro
returns the finished, escaped HTML from here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from .holidays import land_names
from .labels import compare_words, labels_for, stage_words
from .letters import Letters, builder_data, convention_titles, dates_data
from .model import Checklist, Dataset

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


def render_template(template_name: str, language: str, **context: object) -> str:
    """Render macros/templates/``template_name`` for a page in ``language`` (autoescaped,
    with the interface words of that language as ``labels``)."""
    html = _environment().get_template(template_name).render(
        lang=language, labels=labels_for(language), **context)
    # Markdown ends a raw HTML block at a blank line: keep the block in one piece.
    return "\n".join(line for line in html.splitlines() if line.strip())


def render_checklist(checklist: Checklist, language: str, records_url: str | None = None,
                     paper: bool = False, centre_line: str | None = None) -> str:
    """Return the checklist's HTML for a page in ``language`` (English fallback per text).
    ``records_url`` links the enhanced checklist to the interview records page; ``paper``
    renders the paper form only (no form controls), for the printable collection;
    ``centre_line`` (the career centre's name and contact) shows on paper."""
    return render_template("checklist.html", language, checklist=checklist,
                           summary=summarise(checklist, language), paper=paper,
                           records_url=records_url, centre_line=centre_line)


def render_printable(dataset: Dataset, language: str, centre_line: str | None = None) -> str:
    """Every checklist of the dataset as a paper form, in dataset order."""
    forms = [Markup(render_checklist(c, language, paper=True, centre_line=centre_line))
             for c in dataset.checklists]
    # The choice of one form to print (printable.js): each form's id and title.
    choices = [(c.id, c.title.get(language)) for c in dataset.checklists]
    return render_template("printable.html", language, checklists=forms, choices=choices)


def render_overview(dataset: Dataset, urls: dict[str, str], language: str) -> str:
    """Progress list for the start page: every checklist that has a page, linked to it."""
    entries = [
        {"checklist": c, "url": f"{urls[c.id]}#checklist-{c.id}", "summary": summarise(c, language),
         "item_keys": " ".join(item.key for item in c.items),
         "question_keys": " ".join(item.key for item in c.items if item.kind == "question")}
        for c in dataset.checklists if c.id in urls
    ]
    return render_template("overview.html", language, entries=entries)


def render_due_list(letters: Letters, language: str, links: dict[str, str]) -> str:
    """"What is due" for the start page: the follow-up waiting times (the same data as the
    follow-up dates tool), the default practice of the page's language, and where each kind
    of line leads (``links``: kind -> URL)."""
    data = {"timing": dates_data(letters, language), "links": links,
            "convention": "de" if language == "de" else "us"}
    return render_template("due.html", language, data=data)


def render_offer_comparison(language: str, max_criteria: int) -> str:
    """Offers side by side, for the offer page: the table's frame; compare.js fills it."""
    data = {"words": compare_words(language), "max": max_criteria}
    return render_template("compare.html", language, data=data)


def render_lessons(dataset: Dataset, language: str) -> str:
    """The questions marked ``lesson: true``, grouped by checklist, for the Lessons page."""
    groups = [
        {"checklist": c, "questions": [item for item in c.items if item.lesson]}
        for c in dataset.checklists
    ]
    return render_template("lessons.html", language, groups=[g for g in groups if g["questions"]])


def render_records(dataset: Dataset, language: str) -> str:
    """The interview records manager, with the dataset's catalogue for the Markdown export."""
    return render_template("records.html", language, catalogue=catalogue(dataset, language),
                           stage_words=stage_words(language))


def render_stage_prompt(stage: str, language: str, records_url: str | None) -> str:
    """The "I have an offer" / "I was turned down" control for ``stage``."""
    return render_template("stage-prompt.html", language, stage=stage, records_url=records_url,
                           stage_words=stage_words(language))


def catalogue(dataset: Dataset, language: str) -> list[dict]:
    """Every checklist, section and question in the page's language, as plain data; an item
    of one practice carries its label ("US/UK practice"), which the Markdown export shows."""
    labels = labels_for(language)
    return [
        {"id": c.id, "title": c.title.get(language), "sections": [
            {"title": s.title.get(language) if s.title else None, "items": [
                {"key": i.key, "kind": i.kind, "text": i.text.get(language),
                 **({"practice": labels[f"practice_{i.practice}"]} if i.practice else {})}
                for i in s.items]}
            for s in c.sections]}
        for c in dataset.checklists
    ]


def render_letter_builder(letters: Letters, letter_ids: list[str], language: str) -> str:
    """The letter builder for ``letter_ids`` (in that order; the first one is chosen)."""
    chosen = [letters.letter(letter_id) for letter_id in letter_ids]
    return render_template("letters.html", language, base=f"av-letter-{letter_ids[0]}",
                           letters=chosen, conventions=convention_titles(letters, language),
                           data=builder_data(letters, letter_ids, language))


def render_followup_dates(letters: Letters, language: str) -> str:
    """The follow-up dates tool with its waiting times, public holidays and reminder texts.
    Each practice is named for what it sets ("US: thank-you note after 1 working day,
    status after 7 working days"), from the same numbers the dates are counted with."""
    labels = labels_for(language)
    data = dates_data(letters, language)

    def days(count: int) -> str:
        return labels["fd_days_one" if count == 1 else "fd_days_other"].format(count=count)

    waits = {key: labels["fd_wait"].format(title=title,
                                           thanks=days(data["conventions"][key]["thank_you"]),
                                           status=days(data["conventions"][key]["status"]))
             for key, title in convention_titles(letters, language).items()}
    return render_template("dates.html", language, base="av-dates", waits=waits,
                           lands=land_names(language), data=data)
