"""The follow-up tools' data: letter templates and waiting times (data/letters.yml).

Loaded and checked like the question dataset (JSON Schema first, then what a schema cannot
say: placeholders naming unknown fields, letter versions that leave a convention out,
duplicate letter ids, facts of the register that do not exist), with the same one-line
problems. The facts are put in here, at build time: a text's ``{fact:ID}`` becomes that
fact's text and a waiting time ``fact:ID`` its number, so the page and the tools say the
same. The browser only fills in fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .facts import (
    FACTS_DIR,
    FACTS_SCHEMA,
    Facts,
    expand_data,
    project_facts,
    token_problems,
)
from .filecache import read_unless_unchanged
from .holidays import holiday_data
from .loader import LoadedYaml, format_path, load_yaml
from .problems import BuildInputError, Problem
from .validation import load_schema, validate_dataset

LETTERS = Path("data/letters.yml")
LETTERS_SCHEMA = Path("data/letters.schema.json")
LANGUAGES = ("en", "de")
# The letters' versions: one for US and UK practice, one for German practice (the tools'
# practices, timing.conventions, are us, uk and de; us and uk share the us-uk letters).
CONVENTIONS = ("us-uk", "de")

# The fields the browser fills in, by kind of text. Anything else in {braces} is an error;
# {fact:ID} is a fact of the register, checked against it.
LETTER_FIELDS = ("salutation", "name", "last_name", "position", "organisation", "date", "point",
                 "addition", "sender", "closing")
SALUTATION_FIELDS = ("name", "last_name")
REMINDER_FIELDS = ("position", "organisation", "date")
# A reminder's texts for an interview whose organisation or position is not known: they
# cannot name them (a calendar entry never shows a [gap]).
UNNAMED_FIELDS = ("date",)
PLACEHOLDER = re.compile(r"\{(?!fact:)([^{}]*)\}")
# A waiting time taken from a fact's number.
FACT_NUMBER = "fact:"


@dataclass(frozen=True)
class Letters:
    """The validated contents of data/letters.yml, as plain data (it goes to the page as JSON)."""

    data: Mapping[str, Any]

    @property
    def ids(self) -> list[str]:
        return [letter["id"] for letter in self.data["letters"]]

    def letter(self, letter_id: str) -> Mapping[str, Any] | None:
        return next((x for x in self.data["letters"] if x["id"] == letter_id), None)


def read_letters(project_dir: Path, facts: Facts | None = None) -> Letters:
    """Return the project's letter data, facts put in, or raise :class:`BuildInputError`
    listing every problem. ``facts`` is the register; without it, the project's own is read
    (a project without data/facts.schema.json has none). Unchanged files are not read again
    (macros/filecache.py)."""
    files = [project_dir / LETTERS, project_dir / LETTERS_SCHEMA, project_dir / FACTS_SCHEMA,
             *sorted((project_dir / FACTS_DIR).glob("*.yml"))]
    return read_unless_unchanged(
        "letters", files, lambda: _read_letters(project_dir, facts),
        (id(facts), tuple(path.name for path in files)))


def _read_letters(project_dir: Path, facts: Facts | None) -> Letters:
    """Read and check the letter data (no cache)."""
    loaded = load_yaml(project_dir / LETTERS, LETTERS.as_posix())
    problems = validate_dataset(loaded, load_schema(project_dir / LETTERS_SCHEMA))
    if facts is None:
        facts = _project_facts(project_dir)
    if not problems:
        problems = list(check_letters(loaded))
        if facts is not None:
            problems += token_problems(loaded, facts) + list(_number_problems(loaded, facts))
    if problems:
        raise BuildInputError(sorted(problems, key=lambda p: (p.line or 0, p.entry)))
    if facts is None:  # a broken register: its own problems stop the build
        return Letters(loaded.data)
    return Letters(_with_numbers(expand_data(loaded.data, facts), facts))


def _project_facts(project_dir: Path) -> Facts | None:
    """The project's register; None when it has problems (they are the register's to
    report, not the letters')."""
    try:
        return project_facts(project_dir, LANGUAGES)
    except BuildInputError:
        return None


def _waiting_times(data: Mapping[str, Any]) -> Iterator[tuple[list[str | int], Any]]:
    """Every waiting time of ``timing``, with its path."""
    timing = data["timing"]
    yield ["timing", "after_stated_date"], timing["after_stated_date"]
    for key, convention in timing["conventions"].items():
        for part in ("thank_you", "status"):
            yield ["timing", "conventions", key, part], convention[part]


def _number_problems(loaded: LoadedYaml, facts: Facts) -> Iterator[Problem]:
    """A waiting time ``fact:ID`` whose fact does not exist or has no number."""
    for path, value in _waiting_times(loaded.data):
        if not isinstance(value, str):
            continue
        fact_id = value.removeprefix(FACT_NUMBER)
        found = facts.get(fact_id)
        if found is None:
            message = (f'no fact with id "{fact_id}" in {FACTS_DIR.as_posix()}/ '
                       "(a waiting time is a number or fact:ID)")
        elif found.number is None:
            message = f'fact "{fact_id}" has no number ({found.file}:{found.line})'
        else:
            continue
        yield Problem(loaded.display_path, loaded.line_of(path), format_path(path), message)


def _with_numbers(data: dict[str, Any], facts: Facts) -> dict[str, Any]:
    """``data`` with every waiting time ``fact:ID`` replaced by that fact's number."""
    timing = data["timing"]

    def number(value: Any) -> Any:
        found = facts.get(value.removeprefix(FACT_NUMBER)) if isinstance(value, str) else None
        return found.number if found is not None else value

    timing["after_stated_date"] = number(timing["after_stated_date"])
    for convention in timing["conventions"].values():
        for part in ("thank_you", "status"):
            convention[part] = number(convention[part])
    return data


def check_letters(loaded: LoadedYaml) -> Iterator[Problem]:
    """The rules a schema cannot express, for data that already matches the schema."""
    data = loaded.data

    def problem(path: list[str | int], message: str, line: int | None = None) -> Problem:
        return Problem(loaded.display_path, line or loaded.line_of(path), format_path(path),
                       message)

    def placeholders(path: list[str | int], text: Mapping[str, str],
                     known: tuple[str, ...]) -> Iterator[Problem]:
        for language in LANGUAGES:
            for match in PLACEHOLDER.finditer(text[language]):
                if match.group(1) not in known:
                    yield problem([*path, language], f'unknown field "{match.group(0)}" '
                                  f"(known: {', '.join(known)})",
                                  _line_in(loaded, [*path, language], match.start()))

    for key, forms in data["salutations"].items():
        for form, text in forms.items():
            for match in PLACEHOLDER.finditer(text):
                if match.group(1) not in SALUTATION_FIELDS:
                    yield problem(["salutations", key, form], f'unknown field "{match.group(0)}" '
                                  f"(known: {', '.join(SALUTATION_FIELDS)})")
    for key, reminder in data["reminders"].items():
        for part, text in reminder.items():
            known = UNNAMED_FIELDS if part.endswith("_unnamed") else REMINDER_FIELDS
            yield from placeholders(["reminders", key, part], text, known)
    seen: set[str] = set()
    for index, letter in enumerate(data["letters"]):
        path: list[str | int] = ["letters", index]
        if letter["id"] in seen:
            yield problem([*path, "id"], f'duplicate letter id "{letter["id"]}"')
        seen.add(letter["id"])
        versions = letter["versions"]
        if "any" in versions and len(versions) > 1:
            yield problem([*path, "versions"], 'has "any" and a convention: use "any" alone, '
                          'or "us-uk" and "de"')
        elif "any" not in versions and set(versions) != set(CONVENTIONS):
            missing = next(c for c in CONVENTIONS if c not in versions)
            yield problem([*path, "versions"], f'missing version "{missing}": give "us-uk" and '
                          '"de", or one "any"')
        for name, version in versions.items():
            for part in ("subject", "body"):
                yield from placeholders([*path, "versions", name, part], version[part],
                                        LETTER_FIELDS)


def _line_in(loaded: LoadedYaml, path: list[str | int], position: int) -> int | None:
    """The line of ``position`` inside the text at ``path``: in a block text (``|``, ``>``)
    the line it is written on, otherwise the line where the text starts."""
    node = loaded.node_at(path)
    if not isinstance(node, yaml.ScalarNode) or node.style not in ("|", ">"):
        return None
    return node.start_mark.line + 2 + node.value.count("\n", 0, position)


def builder_data(letters: Letters, letter_ids: list[str], language: str) -> dict[str, Any]:
    """What one letter builder needs in the page: its letters in both letter languages (the
    user chooses the letter's language), gaps, salutations and closings."""
    data = letters.data
    chosen = [letters.letter(letter_id) for letter_id in letter_ids]
    return {
        "letters": [{"id": x["id"], "versions": _trimmed(x["versions"])}
                    for x in chosen if x is not None],
        "gaps": data["gaps"],
        "salutations": data["salutations"],
        "closings": data["closings"],
    }


def dates_data(letters: Letters, language: str,
               years: Iterable[int] | None = None) -> dict[str, Any]:
    """What the follow-up date rules need (docs/assets/js/dates.js), in the page's language
    only: the waiting times and their notes, the reminder texts, and the public holidays of
    ``years`` (this year and the next two unless given: macros/holidays.py) that working
    days skip."""
    timing = letters.data["timing"]
    return {
        "after": timing["after_stated_date"],
        "stated": timing["stated_note"][language],
        "conventions": {
            key: {"thank_you": c["thank_you"], "status": c["status"],
                  "thank_you_note": c["thank_you_note"][language],
                  "status_note": c["status_note"][language]}
            for key, c in timing["conventions"].items()},
        "reminders": {key: {part: text[language] for part, text in reminder.items()}
                      for key, reminder in letters.data["reminders"].items()},
        "gaps": {key: text[language] for key, text in letters.data["gaps"].items()},
        "holidays": holiday_data(language, years),
    }


def convention_titles(letters: Letters, language: str) -> dict[str, str]:
    """The name of each practice (US, UK, Germany), for the choice in the tools."""
    return {key: c["title"][language] for key, c in letters.data["timing"]["conventions"].items()}


def _trimmed(versions: Mapping[str, Any]) -> dict[str, Any]:
    """Letter texts without the final newline a YAML block scalar adds."""
    return {name: {part: {lang: text.strip("\n") for lang, text in texts.items()}
                   for part, texts in version.items()}
            for name, version in versions.items()}
