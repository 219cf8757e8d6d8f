"""The loader and validator report every problem of a dataset, one exact line each."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.dataset import read_dataset
from macros.loader import load_yaml
from macros.problems import BuildInputError
from macros.validation import load_schema, validate_dataset

ROOT = Path(__file__).parents[2]
DATASETS = ROOT / "tests/fixtures/datasets"
SCHEMA = load_schema(ROOT / "data/checklists.schema.json")


def problems_of(name: str) -> list[str]:
    """Every problem line for a fixture dataset, whether the loader or the validator finds it."""
    try:
        loaded = load_yaml(DATASETS / name, name)
    except BuildInputError as error:
        return [str(problem) for problem in error.problems]
    return [str(problem) for problem in validate_dataset(loaded, SCHEMA)]


def test_a_valid_dataset_has_no_problems():
    assert problems_of("valid.yml") == []


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("syntax-error.yml", [
            "syntax-error.yml:4: YAML syntax error: expected ',' or '}', but got '<scalar>'",
        ]),
        ("missing-field.yml", [
            'missing-field.yml:5: checklists[0].items[0]: missing required field "kind"',
        ]),
        ("unknown-field.yml", [
            'unknown-field.yml:8: checklists[0].items[0]: unknown field "colour" '
            "(allowed: hint, id, kind, lesson, practice, text)",
        ]),
        ("wrong-type.yml", [
            "wrong-type.yml:7: checklists[0].items[0].text.en: "
            "wrong type: expected a text, got a number (42)",
            "wrong-type.yml:8: checklists[0].items[0].lesson: "
            'wrong type: expected true or false, got a text ("yes")',
        ]),
        ("duplicate-checklist.yml", [
            'duplicate-checklist.yml:6: checklists[1]: duplicate checklist id "review"',
        ]),
        ("duplicate-item.yml", [
            # Item ids are unique across the sections of a checklist: the key is CHECKLIST/ITEM.
            'duplicate-item.yml:12: checklists[0].sections[1].items[0]: '
            'duplicate item id "atmosphere"',
        ]),
        ("empty-text.yml", [
            "empty-text.yml:7: checklists[0].items[0].text.en: empty text",
            "empty-text.yml:10: checklists[0].items[1].text.en: empty text",
        ]),
        ("duplicate-key.yml", [
            'duplicate-key.yml:4: checklists[0]: key "title" written twice '
            "(YAML keeps only the last one)",
        ]),
    ],
)
def test_each_kind_of_bad_dataset_gets_its_exact_message(fixture, expected):
    assert problems_of(fixture) == expected


def test_all_problems_are_reported_at_once_not_only_the_first():
    assert problems_of("many-problems.yml") == [
        'many-problems.yml:2: checklists[0]: has both "sections" and "items": use one of them',
        'many-problems.yml:2: checklists[0].id: invalid id "Review Page": use lowercase letters, '
        "digits and single hyphens, starting with a letter",
        'many-problems.yml:3: checklists[0].title: unknown field "fr" (allowed: de, en)',
        'many-problems.yml:8: checklists[0].items[1]: duplicate item id "atmosphere"',
        'many-problems.yml:9: checklists[0].items[1].kind: invalid value "chore": '
        "use one of question, task",
    ]


def test_a_missing_dataset_file_is_named(tmp_path):
    with pytest.raises(BuildInputError) as caught:
        read_dataset(tmp_path)
    assert str(caught.value) == "1 problem found:\ndata/checklists.yml: file not found"


def test_an_empty_dataset_file_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data/checklists.yml").write_text("")
    (tmp_path / "data/checklists.schema.json").write_bytes(
        (ROOT / "data/checklists.schema.json").read_bytes())
    with pytest.raises(BuildInputError) as caught:
        read_dataset(tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        "data/checklists.yml: (top level): wrong type: expected a mapping (key: value), "
        "got nothing (empty value)",
    ]


def test_a_valid_dataset_becomes_the_model_with_stable_keys(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data/checklists.yml").write_bytes((DATASETS / "valid.yml").read_bytes())
    (tmp_path / "data/checklists.schema.json").write_bytes(
        (ROOT / "data/checklists.schema.json").read_bytes())
    dataset = read_dataset(tmp_path)
    review = dataset.get("review")
    assert review is not None
    assert [item.key for item in review.items] == [
        "review/atmosphere", "review/surprises", "review/thank-you"]
    surprises = next(item for item in review.items if item.id == "surprises")
    assert surprises.lesson is True
    # German falls back to English text by text, not checklist by checklist.
    assert review.title.get("de") == "Rückblick"
    assert surprises.text.get("de") == "Which questions was I not prepared for?"
