"""A broken dataset or page stops `mkdocs build` with one line per problem, before any page
is written (built like mkdocs-macros' own tests: a real tiny site in a temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitebuild import make_fixture_project, mkdocs_build

DATASETS = Path(__file__).parents[1] / "fixtures/datasets"


@pytest.fixture
def project(tmp_path):
    return make_fixture_project(tmp_path / "project")


def test_the_fixture_site_builds(project, tmp_path):
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    assert 'data-av-key="review/atmosphere"' in (tmp_path / "site/index.html").read_text()


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("syntax-error.yml", "data/checklists.yml:4: YAML syntax error: expected ',' or '}', "
                             "but got '<scalar>'"),
        ("missing-field.yml", 'data/checklists.yml:5: checklists[0].items[0]: '
                              'missing required field "kind"'),
        ("unknown-field.yml", 'data/checklists.yml:8: checklists[0].items[0]: unknown field '
                              '"colour" (allowed: hint, id, kind, lesson, practice, text)'),
        ("wrong-type.yml", "data/checklists.yml:7: checklists[0].items[0].text.en: "
                           "wrong type: expected a text, got a number (42)"),
        ("duplicate-checklist.yml", 'data/checklists.yml:6: checklists[1]: '
                                    'duplicate checklist id "review"'),
        ("duplicate-item.yml", 'data/checklists.yml:12: checklists[0].sections[1].items[0]: '
                               'duplicate item id "atmosphere"'),
        ("empty-text.yml", "data/checklists.yml:7: checklists[0].items[0].text.en: empty text"),
    ],
)
def test_a_broken_dataset_stops_the_build_naming_file_entry_and_problem(
        project, tmp_path, fixture, expected):
    (project / "data/checklists.yml").write_bytes((DATASETS / fixture).read_bytes())
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert expected in result.problem_lines(), result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site").exists(), "nothing may be half-built"


def test_an_unknown_checklist_on_a_page_names_the_page_and_line(project, tmp_path):
    (project / "docs/extra.md").write_text('# Extra\n\nText.\n\n{{ checklist("nope") }}\n')
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert result.problem_lines() == [
        "1 problem found:",
        'docs/extra.md:5: checklist("nope"): no checklist with id "nope" in the dataset '
        "(known: review)",
    ]
    assert not (tmp_path / "site").exists()


def test_every_problem_is_printed_at_once(project, tmp_path):
    (project / "data/checklists.yml").write_bytes((DATASETS / "many-problems.yml").read_bytes())
    result = mkdocs_build(project, tmp_path / "site")
    assert result.problem_lines()[0] == "5 problems found:"
    assert len(result.problem_lines()) == 6
