"""The site is bilingual page for page and text for text: find what lacks a language.

Three inputs can fall out of step when someone edits one language only: a dataset text
(`{en: ..., de: ...}`), a page (`page.md` without `page.de.md`, or the reverse) and the
catalogue of interface words (`data/words/LANG.yml`, checked by macros/words.py with
unequal_tables). Each check returns problems in the usual one-line format; none raises.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .loader import LoadedYaml, format_path
from .problems import Problem

LANGUAGE_NAMES = {"en": "English", "de": "German"}
TEXT_FIELDS = ("title", "intro", "text", "hint")


def _name(language: str) -> str:
    """'German ("de")', or just '"fr"' for a language without a name here."""
    name = LANGUAGE_NAMES.get(language)
    return f'{name} ("{language}")' if name else f'"{language}"'


def untranslated_texts(loaded: LoadedYaml, languages: Sequence[str],
                       fields: Sequence[str] = TEXT_FIELDS) -> list[Problem]:
    """Every translatable text of a data file (a mapping under one of ``fields``) that
    lacks one of ``languages``."""
    return [
        Problem(loaded.display_path, loaded.line_of(path), format_path(path),
                f"no {_name(language)} text")
        for path, text in _texts(loaded.data, [], fields)
        for language in languages
        if not (isinstance(text.get(language), str) and text[language].strip())
    ]


def _texts(node: Any, path: list[str | int],
           fields: Sequence[str]) -> Iterator[tuple[list[str | int], dict]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in fields and isinstance(value, dict):
                yield [*path, key], value
            else:
                yield from _texts(value, [*path, key], fields)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, [*path, index], fields)


def pages_without_a_language(docs_dir: Path, display_prefix: str, languages: Sequence[str],
                             default: str) -> list[Problem]:
    """Every page that exists in some of ``languages`` but not in all of them. The default
    language's page is ``name.md``, another's ``name.LANG.md`` (suffix structure)."""
    found: dict[str, set[str]] = {}
    for page in docs_dir.rglob("*.md"):
        relative = page.relative_to(docs_dir).as_posix()
        stem, _, language = relative.removesuffix(".md").rpartition(".")
        if not stem or language not in languages:
            stem, language = relative.removesuffix(".md"), default
        found.setdefault(stem, set()).add(language)
    problems = []
    for stem, present in sorted(found.items()):
        existing = _page_file(stem, sorted(present)[0], default)
        for language in languages:
            if language not in present:
                problems.append(Problem(
                    display_prefix + existing, None, "",
                    f"no {_name(language)} version: add {display_prefix}"
                    f"{_page_file(stem, language, default)}"))
    return problems


def _page_file(stem: str, language: str, default: str) -> str:
    return f"{stem}.md" if language == default else f"{stem}.{language}.md"


def unequal_tables(tables: list[tuple[str, str, dict]], noun: str) -> list[Problem]:
    """Tables of texts by key (one per language) that should have the same keys, each
    text non-empty: a line per missing or empty entry."""
    problems = []
    every_key = set().union(*(table for _, _, table in tables))
    for shown, entry, table in tables:
        for key in sorted(every_key - set(table)):
            problems.append(Problem(shown, None, entry, f'missing {noun} "{key}"'))
        for key, text in sorted(table.items()):
            if not isinstance(text, str) or not text.strip():
                problems.append(Problem(shown, None, f"{entry}.{key}", f"empty {noun}"))
    return problems
