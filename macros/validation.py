"""Check the dataset: its JSON Schema first, then the rules a schema cannot express."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from .loader import LoadedYaml, format_path
from .problems import Problem


@cache
def load_schema(path: Path) -> dict[str, Any]:
    """Read the JSON Schema (cached: it does not change during a build)."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def validate_dataset(loaded: LoadedYaml, schema: dict[str, Any]) -> list[Problem]:
    """Return every problem in the dataset, schema violations and duplicate ids alike."""
    problems = validate_against(loaded, schema)
    problems.extend(_duplicate_id_problems(loaded))
    return sorted(set(problems), key=lambda p: (p.line or 0, p.entry, p.message))


def validate_against(loaded: LoadedYaml, schema: dict[str, Any]) -> list[Problem]:
    """Every way ``loaded`` breaks ``schema``, one problem each, with its line."""
    validator = jsonschema.Draft202012Validator(schema)
    problems = {_schema_problem(loaded, error) for error in validator.iter_errors(loaded.data)}
    return sorted(problems, key=lambda p: (p.line or 0, p.entry, p.message))


def _schema_problem(loaded: LoadedYaml, error: jsonschema.ValidationError) -> Problem:
    path = list(error.absolute_path)
    line_path = path
    if error.validator == "additionalProperties":
        # Point at the unknown key itself, not at the start of its mapping.
        line_path = [*path, next(iter(_unknown_fields(error)), "")]
    return Problem(
        loaded.display_path, loaded.line_of(line_path), format_path(path) or "(top level)",
        _describe(error),
    )


def _unknown_fields(error: jsonschema.ValidationError) -> list[str]:
    allowed = set(error.schema.get("properties", {}))
    return [name for name in error.instance if name not in allowed]


_TYPE_NAMES = {
    "object": "a mapping (key: value)", "array": "a list", "string": "a text",
    "boolean": "true or false", "integer": "a whole number",
}


def _describe(error: jsonschema.ValidationError) -> str:
    """Turn a jsonschema error into a message for someone editing YAML by hand."""
    kind, value = error.validator, error.instance
    if kind == "required":
        missing = [name for name in error.validator_value if name not in value]
        return f'missing required field "{missing[0]}"' if missing else error.message
    if kind == "additionalProperties":
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        unknown = ", ".join(f'"{name}"' for name in _unknown_fields(error))
        return f"unknown field {unknown} (allowed: {allowed})"
    if kind == "type":
        expected = _TYPE_NAMES.get(error.validator_value, error.validator_value)
        return f"wrong type: expected {expected}, got {type_of(value)}"
    if kind in ("minLength", "pattern") and isinstance(value, str) and not value.strip():
        return "empty text"
    if kind == "pattern" and error.schema.get("description", "").startswith("Stable slug"):
        return (f'invalid id "{value}": use lowercase letters, digits and single hyphens, '
                "starting with a letter")
    description = error.schema.get("description", "")
    if kind == "pattern" and description.startswith("The page that supports"):
        return f'not an https address: "{value}" (sources are linked over https only)'
    if kind == "pattern" and description.startswith("Plain text"):
        return ("not plain text: write no HTML tags (<, >) and no braces ({, }); "
                "pages, checklists and letters all show it")
    if kind == "pattern" and description.startswith("A date"):
        return f'invalid date "{value}": write it as YYYY-MM-DD, e.g. 2026-11-30'
    if kind == "dependentRequired":
        return error.message.replace("is a dependency of", "is needed with")
    if kind == "maxLength":
        return f"too long: at most {error.validator_value} characters"
    if kind == "enum":
        options = ", ".join(str(option) for option in error.validator_value)
        return f'invalid value "{value}": use one of {options}'
    if kind == "minItems":
        return "empty list: add at least one entry"
    if kind == "oneOf" and isinstance(value, dict):
        has = [name for name in ("sections", "items") if name in value]
        if len(has) == 2:
            return 'has both "sections" and "items": use one of them'
        if not has:
            return 'missing required field "sections" or "items"'
    return error.message


def type_of(value: Any) -> str:
    """How a value looks to someone editing YAML by hand: 'a text ("x")', 'a list'..."""
    if value is None:
        return "nothing (empty value)"
    if isinstance(value, bool):
        return f"true/false ({value})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f'a text ("{value}")'
    if isinstance(value, int | float):
        return f"a number ({value})"
    return f"{type(value).__name__} ({value})"


def _duplicate_id_problems(loaded: LoadedYaml) -> Iterator[Problem]:
    """Checklist ids must be unique in the file; item ids unique inside their checklist
    (including across its sections) because ``CHECKLIST/ITEM`` is the storage key."""
    data = loaded.data
    checklists = data.get("checklists") if isinstance(data, dict) else None
    if not isinstance(checklists, list):
        return
    seen_checklists: set[str] = set()
    for c_index, checklist in enumerate(checklists):
        if not isinstance(checklist, dict):
            continue
        c_path: list[str | int] = ["checklists", c_index]
        c_id = checklist.get("id")
        if isinstance(c_id, str):
            if c_id in seen_checklists:
                yield _duplicate(loaded, [*c_path, "id"], c_path, "checklist", c_id)
            seen_checklists.add(c_id)
        yield from _duplicate_ids_in_checklist(loaded, checklist, c_path)


def _duplicate_ids_in_checklist(
    loaded: LoadedYaml, checklist: dict, c_path: list[str | int]
) -> Iterator[Problem]:
    seen = {"section": set(), "item": set()}

    def check(what: str, entry: Any, path: list[str | int]) -> Iterator[Problem]:
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(entry_id, str):
            if entry_id in seen[what]:
                yield _duplicate(loaded, [*path, "id"], path, what, entry_id)
            seen[what].add(entry_id)

    item_lists: list[tuple[Any, list[str | int]]] = [(checklist.get("items"), [*c_path, "items"])]
    sections = checklist.get("sections")
    for s_index, section in enumerate(sections if isinstance(sections, list) else []):
        s_path = [*c_path, "sections", s_index]
        yield from check("section", section, s_path)
        if isinstance(section, dict):
            item_lists.append((section.get("items"), [*s_path, "items"]))
    for items, i_path in item_lists:
        for i_index, item in enumerate(items if isinstance(items, list) else []):
            yield from check("item", item, [*i_path, i_index])


def _duplicate(loaded: LoadedYaml, line_path, entry_path, what: str, value: str) -> Problem:
    return Problem(
        loaded.display_path, loaded.line_of(line_path), format_path(entry_path),
        f'duplicate {what} id "{value}"',
    )
