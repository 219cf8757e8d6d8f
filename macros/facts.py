"""The register of facts: every jurisdiction-specific fact, number, deadline or statistic the
site states lives once in data/facts/*.yml, with its sources and the date it was checked.

Pages take a fact with ``{{ fact("ID") }}``, the checklists and letters with ``{fact:ID}``
inside a text, so two places can never disagree. This module reads and checks the register,
expands the ``{fact:ID}`` tokens of other data files, and says which facts are due for a
check. It imports nothing from MkDocs: the build (macros/__init__.py) and `make facts`
(scripts/facts_report.py) both use it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .filecache import read_unless_unchanged
from .languages import untranslated_texts
from .loader import LoadedYaml, format_path, load_yaml
from .model import DEFAULT_LANGUAGE, Text
from .problems import BuildInputError, Problem
from .validation import load_schema, validate_against

FACTS_DIR = Path("data/facts")
FACTS_SCHEMA = Path("data/facts.schema.json")
# A fact inside a text of another data file: {fact:ID}.
FACT_TOKEN = re.compile(r"\{fact:([^{}]*)\}")
# A fact checked longer ago than this is due for a check, even without a review date.
RECHECK_AFTER = dt.timedelta(days=365)
TRANSLATED_FIELDS = ("text", "for")


@dataclass(frozen=True)
class Source:
    """A page that supports a fact (or that a page names in its front matter)."""

    publisher: str
    title: str
    url: str
    lang: str  # the language of the source page
    cited_for: Text


@dataclass(frozen=True)
class Fact:
    id: str
    region: str  # us, uk, us-uk, de, eu or any
    text: Text
    number: int | None
    sources: tuple[Source, ...]
    checked: dt.date
    review_by: dt.date | None
    review_note: str | None
    file: str  # data/facts/offer.yml
    line: int | None

    def due(self, today: dt.date) -> str | None:
        """Why the fact must be checked again on ``today``, or None when it need not be."""
        if self.review_by is not None and self.review_by <= today:
            return f"review date {self.review_by.isoformat()} reached: {self.review_note}"
        if today - self.checked > RECHECK_AFTER:
            return f"last checked {self.checked.isoformat()}, more than 12 months ago"
        return None


@dataclass(frozen=True)
class Facts:
    by_id: Mapping[str, Fact]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self.by_id)

    def get(self, fact_id: str) -> Fact | None:
        return self.by_id.get(fact_id)

    def expand(self, text: str, language: str) -> str:
        """``text`` with each ``{fact:ID}`` replaced by that fact's text in ``language``.
        Unknown ids are left as written (check them first with :func:`token_problems`)."""
        def replace(match: re.Match[str]) -> str:
            found = self.by_id.get(match.group(1))
            return found.text.get(language) if found else match.group(0)
        return FACT_TOKEN.sub(replace, text)

    def due(self, today: dt.date) -> list[tuple[Fact, str]]:
        """Every fact due for a check on ``today``, with the reason."""
        return [(fact, reason) for fact in self.by_id.values()
                if (reason := fact.due(today)) is not None]


def fact_ids_in(text: str) -> list[str]:
    """The fact ids a text uses through ``{fact:ID}``, in order."""
    return FACT_TOKEN.findall(text)


def read_facts(project_dir: Path, languages: Sequence[str] = ("en",)) -> Facts:
    """The project's register, or :class:`BuildInputError` listing every problem of every
    file. An unchanged register is not read again (one build reads it once)."""
    files = sorted((project_dir / FACTS_DIR).glob("*.yml"))
    return read_unless_unchanged(
        "facts", [project_dir / FACTS_SCHEMA, *files],
        lambda: _read_facts(project_dir, files, languages),
        (tuple(languages), tuple(path.name for path in files)))


def project_facts(project_dir: Path, languages: Sequence[str] = ("en",)) -> Facts:
    """The project's register as the build uses it: an empty one for a project without
    data/facts.schema.json (small test projects), else :func:`read_facts` (which raises
    :class:`BuildInputError` for a broken register)."""
    if not (project_dir / FACTS_SCHEMA).exists():
        return Facts({})
    return read_facts(project_dir, languages)


def _read_facts(project_dir: Path, files: Sequence[Path], languages: Sequence[str]) -> Facts:
    schema = load_schema(project_dir / FACTS_SCHEMA)
    problems: list[Problem] = []
    facts: dict[str, Fact] = {}
    for path in files:
        display = path.relative_to(project_dir).as_posix()
        try:
            loaded = load_yaml(path, display)
        except BuildInputError as error:
            problems += error.problems
            continue
        data = dates_as_text(loaded.data)
        loaded = LoadedYaml(data, loaded.root, display)
        found = validate_against(loaded, schema)
        found += untranslated_texts(loaded, languages, TRANSLATED_FIELDS)
        if found:
            problems += found
            continue
        for index, entry in enumerate(data["facts"]):
            line = loaded.line_of(["facts", index])
            earlier = facts.get(entry["id"])
            if earlier is not None:
                problems.append(Problem(display, line, format_path(["facts", index]),
                                        f'duplicate fact id "{entry["id"]}" (first in '
                                        f"{earlier.file}:{earlier.line})"))
                continue
            facts[entry["id"]] = _fact(entry, display, line)
    if problems:
        raise BuildInputError(problems)
    return Facts(facts)


def _fact(entry: Mapping[str, Any], file: str, line: int | None) -> Fact:
    return Fact(
        id=entry["id"],
        region=entry["region"],
        text=Text(dict(entry["text"])),
        number=entry.get("number"),
        sources=tuple(source_of(source) for source in entry["sources"]),
        checked=dt.date.fromisoformat(entry["checked"]),
        review_by=(dt.date.fromisoformat(entry["review_by"]) if "review_by" in entry
                   else None),
        review_note=entry.get("review_note"),
        file=file,
        line=line,
    )


def source_of(entry: Mapping[str, Any]) -> Source:
    """A validated source entry; ``for`` is a text per language (facts) or one text in the
    page's language (a page's front matter)."""
    cited_for = entry["for"]
    return Source(
        publisher=entry["publisher"], title=entry["title"], url=entry["url"],
        lang=entry["lang"],
        cited_for=Text(dict(cited_for) if isinstance(cited_for, Mapping)
                       else {DEFAULT_LANGUAGE: cited_for}),
    )


def dates_as_text(value: Any) -> Any:
    """YAML reads an unquoted 2026-11-30 as a date; the schema (like JSON) knows only text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: dates_as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [dates_as_text(item) for item in value]
    return value


def token_problems(loaded: LoadedYaml, facts: Facts) -> list[Problem]:
    """Every ``{fact:ID}`` in a data file (checklists, letters) that names no fact."""
    known = ", ".join(sorted(facts.ids)) or "none"
    return [
        Problem(loaded.display_path, loaded.line_of(path), format_path(path),
                f'no fact with id "{fact_id}" in {FACTS_DIR.as_posix()}/ '
                f"(write {{fact:ID}} with one of: {_shorten(known)})")
        for path, text in _strings(loaded.data, [])
        for fact_id in fact_ids_in(text)
        if facts.get(fact_id) is None
    ]


def expand_data(value: Any, facts: Facts, language: str = DEFAULT_LANGUAGE) -> Any:
    """A copy of plain data with every ``{fact:ID}`` expanded. The language of a text is the
    key it stands under (``{en: ..., de: ...}``); other texts take ``language``."""
    if isinstance(value, str):
        return facts.expand(value, language) if "{fact:" in value else value
    if isinstance(value, dict):
        return {key: expand_data(item, facts, key if key in ("en", "de") else language)
                for key, item in value.items()}
    if isinstance(value, list):
        return [expand_data(item, facts, language) for item in value]
    return value


def facts_in_data(value: Any) -> list[str]:
    """Every fact id used anywhere in plain data, in order, once each."""
    return list(dict.fromkeys(
        fact_id for _path, text in _strings(value, []) for fact_id in fact_ids_in(text)))


def _strings(value: Any, path: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, [*path, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, [*path, index])


def _shorten(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(", ", 1)[0] + ", ..."
