"""The catalogue of interface words: data/words/LANG.yml, one file per language, read by the
macros (its `page` and `adviser` sections, through macros/labels.py and macros/adviser.py)
and by the scripts (its `script` section, which the build writes to
docs/assets/js/messages-LANG.js before MkDocs collects the files). A translator edits one
file per language; the build checks that every file has every key (macros/languages.py)."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import yaml

from .languages import unequal_tables
from .problems import Problem

WORDS_DIR = Path(__file__).resolve().parent.parent / "data/words"
SHOWN_DIR = "data/words"
SECTIONS = ("page", "adviser", "script")
# The scripts' messages, generated (ignored by git): overrides/main.html loads the page's.
MESSAGES = "assets/js/messages-{language}.js"
MESSAGES_HEAD = (
    "/* The scripts' messages in {name}, written by the build from data/words/{language}.yml\n"
    "   (macros/words.py): edit that file, not this one. Only the page's language is loaded\n"
    "   (overrides/main.html). */\n"
    "window.afterviewMessages = ")


def shown_path(language: str) -> str:
    return f"{SHOWN_DIR}/{language}.yml"


@functools.cache
def _read(language: str) -> tuple[dict[str, dict[str, Any]], tuple[Problem, ...]]:
    """One language's catalogue, each section a mapping (empty where unreadable), and what
    is wrong with the file's form."""
    shown = shown_path(language)
    path = WORDS_DIR / f"{language}.yml"
    empty: dict[str, dict[str, Any]] = {section: {} for section in SECTIONS}
    if not path.exists():
        return empty, (Problem(shown, None, "", "the file is missing"),)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        return empty, (Problem(shown, None if line is None else line + 1, "",
                               f"not valid YAML: {getattr(error, 'problem', error)}"),)
    if not isinstance(data, dict):
        return empty, (Problem(shown, None, "", "not a mapping of sections (page, adviser, "
                               "script)"),)
    problems = []
    words = dict(empty)
    for section in SECTIONS:
        table = data.get(section)
        if not isinstance(table, dict):
            problems.append(Problem(shown, None, section, "missing, or not a mapping of "
                                    "key: text"))
            continue
        words[section] = table
    for section in sorted(set(data) - set(SECTIONS)):
        problems.append(Problem(shown, None, section, "unknown section (known: "
                                f"{', '.join(SECTIONS)})"))
    return words, tuple(problems)


def section(language: str, name: str) -> dict[str, Any]:
    """Section ``name`` of ``language``'s catalogue ({} when the file is unusable: the
    build reports why through words_problems)."""
    return _read(language)[0][name]


def words_problems(languages: list[str]) -> list[Problem]:
    """What is wrong with the catalogues of ``languages``: unreadable files, and keys that
    one language has and another lacks, or leaves empty."""
    problems: list[Problem] = []
    for language in languages:
        problems += _read(language)[1]
    for name in SECTIONS:
        tables = [(shown_path(language), name, section(language, name)) for language in languages]
        problems += unequal_tables(tables, "word")
    return problems


def write_script_messages(docs_dir: Path, languages: list[str]) -> None:
    """Write each language's `script` section to docs/assets/js/messages-LANG.js, only when
    it changed (a write would make `mkdocs serve` rebuild again)."""
    for language in languages:
        target = docs_dir / MESSAGES.format(language=language)
        name = {"en": "English", "de": "German"}.get(language, language)
        text = (MESSAGES_HEAD.format(name=name, language=language)
                + json.dumps(section(language, "script"), ensure_ascii=False, indent=2) + ";\n")
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            # Written aside, then moved in place: a build running beside this one (tests in
            # parallel) never copies a half-written file.
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            partial.write_text(text, encoding="utf-8")
            partial.replace(target)
