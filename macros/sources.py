"""A guidance page's trust marks: the "Checked on" line under its title and its Sources list,
built from the facts the page uses (data/facts/) and the sources its front matter names.

Pure functions: macros/__init__.py collects what a page used while mkdocs-macros renders it
and calls these once the page is rendered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import jsonschema
from markupsafe import Markup, escape

from .facts import Fact, Source, dates_as_text, source_of
from .labels import labels_for
from .problems import Problem

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
}
# The token sources() leaves in the page; replaced once every fact() call has been seen.
SOURCES_TOKEN = "AVSOURCESLISTX"


def long_date(day: dt.date, language: str) -> str:
    """'3 December 2026' / '3. Dezember 2026'."""
    month = MONTHS.get(language, MONTHS["en"])[day.month - 1]
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def _words(language: str) -> Mapping[str, str]:
    return labels_for(language)


def checked_line(day: dt.date, language: str) -> str:
    """The line under a guidance page's title: when it was checked, and a way to its sources."""
    words = _words(language)
    return (f'<p class="av-checked"><time datetime="{day.isoformat()}">'
            f'{escape(words["checked_on"].format(date=long_date(day, language)))}</time>'
            f' · <a href="#{words["sources_anchor"]}">{escape(words["sources"])}</a></p>')


def sources_of_page(facts: Iterable[Fact],
                    named: Sequence[Source]) -> list[tuple[Source, dt.date | None]]:
    """The sources of the ``facts`` a page used, in order of first use, then the ones its
    front matter names; each address once (its first entry), with the date its fact was
    checked (None for a front-matter source: the page's own date covers it)."""
    seen: dict[str, tuple[Source, dt.date | None]] = {}
    for fact in facts:
        for source in fact.sources:
            seen.setdefault(source.url, (source, fact.checked))
    for source in named:
        seen.setdefault(source.url, (source, None))
    return list(seen.values())


def render_sources(sources: Sequence[tuple[Source, dt.date | None]], language: str,
                   page_checked: dt.date | None = None) -> str:
    """The Sources list: "Publisher: Title (what it is cited for; checked 2 November 2026)",
    the date only where it differs from the page's own checked date (shown under its title).
    A title in another language than the page carries its own lang attribute."""
    items = []
    for source, checked in sources:
        lang = f' hreflang="{source.lang}" lang="{source.lang}"' if source.lang != language else ""
        note = source.cited_for.get(language)
        if checked is not None and checked != page_checked:
            note += "; " + _words(language)["checked"].format(date=long_date(checked, language))
        items.append(f"<li>{escape(source.publisher)}: "
                     f'<a href="{escape(source.url)}"{lang}>{escape(source.title)}</a>'
                     f" ({escape(note)})</li>")
    return Markup('<ul class="av-sources">\n' + "\n".join(items) + "\n</ul>")


def page_trust_problems(page: str, checked: Any, named: Any, schema: Mapping[str, Any],
                        has_sources_list: bool) -> list[Problem]:
    """What is wrong with a page's ``checked`` date and ``sources`` list (front matter). A
    page with a Sources list must say when it was checked."""
    problems = []
    if checked is None and has_sources_list:
        problems.append(Problem(page, None, "front matter",
                                'a page with sources() needs "checked: YYYY-MM-DD", the date '
                                "its content was last checked"))
    elif checked is not None and _date(checked) is None:
        problems.append(Problem(page, None, "front matter checked",
                                f'invalid date "{checked}": write it as YYYY-MM-DD'))
    if named is not None:
        validator = jsonschema.Draft202012Validator(
            {"type": "array", "items": {"$ref": "#/$defs/pageSource"}, "$defs": schema["$defs"]})
        for error in validator.iter_errors(dates_as_text(named)):
            where = "".join(f"[{step}]" if isinstance(step, int) else f".{step}"
                            for step in error.absolute_path)
            problems.append(Problem(page, None, f"front matter sources{where}", error.message))
    return problems


def page_checked(checked: Any) -> dt.date | None:
    """A page's ``checked`` date (front matter), when it is a valid date."""
    return _date(checked)


def named_sources(named: Any) -> list[Source]:
    """The sources a page's front matter names (checked with :func:`page_trust_problems`)."""
    return [source_of(entry) for entry in named or []]


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None
