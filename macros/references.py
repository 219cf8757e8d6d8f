"""Find the ``{{ checklist("ID") }}`` and ``{{ fact("ID") }}`` calls in the pages and check
them against the dataset and the register of facts.

Done on the template syntax tree before any page is built, so that every wrong reference in
every page is reported at once, with its page and line, and nothing is half-built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes

from .problems import Problem

MACRO_NAME = "checklist"
FACT_MACRO = "fact"


@dataclass(frozen=True)
class Reference:
    page: str  # path as shown to the user, e.g. docs/review.md
    line: int
    argument: str | None  # the id; None when the argument is not a literal string


def find_references(page: str, source: str, environment: jinja2.Environment,
                    macro: str = MACRO_NAME) -> Iterator[Reference]:
    """Yield every call of ``macro`` in ``source``. A page whose template syntax is broken
    yields nothing: mkdocs-macros reports that error itself, with its line."""
    try:
        tree = environment.parse(source)
    except jinja2.TemplateSyntaxError:
        return
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == macro:
            argument = call.args[0] if call.args else None
            literal = isinstance(argument, nodes.Const) and isinstance(argument.value, str)
            yield Reference(page, call.lineno, argument.value if literal else None)


def check_references(references: list[Reference], known_ids: Iterable[str],
                     dataset_file: str) -> list[Problem]:
    """Problems: unknown ids, non-literal ids, a checklist twice on one page (its ids would
    clash), and a checklist on no page at all (an editor's new checklist would be invisible)."""
    known = list(known_ids)
    problems = []
    seen: set[tuple[str, str]] = set()
    for ref in references:
        call = f'checklist("{ref.argument}")'
        if ref.argument is None:
            problems.append(Problem(ref.page, ref.line, "checklist(...)",
                                    "the checklist id must be a quoted text, e.g. "
                                    'checklist("review")'))
        elif ref.argument not in known:
            problems.append(Problem(ref.page, ref.line, call,
                                    f'no checklist with id "{ref.argument}" in the dataset '
                                    f"(known: {', '.join(known)})"))
        elif (ref.page, ref.argument) in seen:
            problems.append(Problem(ref.page, ref.line, call,
                                    "this checklist is already on this page; use it once per page"))
        seen.add((ref.page, ref.argument))
    used = {ref.argument for ref in references}
    problems.extend(
        Problem(dataset_file, None, f'checklist "{checklist_id}"',
                'not on any page: add {{ checklist("' + checklist_id + '") }} to a page')
        for checklist_id in known if checklist_id not in used
    )
    return problems


def check_fact_references(references: list[Reference], known_ids: Iterable[str],
                          facts_dir: str) -> list[Problem]:
    """Problems: a fact() call whose id is not a quoted text or names no fact."""
    known = set(known_ids)
    problems = []
    for ref in references:
        if ref.argument is None:
            problems.append(Problem(ref.page, ref.line, "fact(...)",
                                    'the fact id must be a quoted text, e.g. fact("uk-holiday")'))
        elif ref.argument not in known:
            problems.append(Problem(ref.page, ref.line, f'fact("{ref.argument}")',
                                    f'no fact with id "{ref.argument}" in {facts_dir}/'))
    return problems


def scan_pages(docs_dir: Path, display_prefix: str, environment: jinja2.Environment,
               macro: str = MACRO_NAME) -> list[Reference]:
    """Find the calls of ``macro`` in every Markdown page under ``docs_dir``. Only pages that
    mention the macro's name are parsed, and a page parsed before with the same text and
    delimiters is not parsed again (the scan runs once per language build)."""
    references: list[Reference] = []
    syntax = _delimiters(environment)
    for path in sorted(docs_dir.rglob("*.md")):
        source = path.read_text(encoding="utf-8")
        if macro + "(" not in source:
            continue
        page = f"{display_prefix}{path.relative_to(docs_dir).as_posix()}"
        key = (page, source, syntax, macro)
        if key not in _parsed:
            if len(_parsed) > 1000:  # `mkdocs serve` after many edits
                _parsed.clear()
            _parsed[key] = list(find_references(page, source, environment, macro))
        references.extend(_parsed[key])
    return references


# Pages parsed so far: (page, text, delimiters, macro) -> its references.
_parsed: dict[tuple[str, str, tuple[str, ...], str], list[Reference]] = {}


def _delimiters(environment: jinja2.Environment) -> tuple[str, ...]:
    """What decides how the environment parses a page."""
    return (environment.block_start_string, environment.block_end_string,
            environment.variable_start_string, environment.variable_end_string,
            environment.comment_start_string, environment.comment_end_string)
