"""data/letters.yml at build time: a template with an unknown field stops the build with one
clear line, and the tools' macros render on a page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.sitebuild import ROOT, built_page, make_fixture_project, mkdocs_build


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = make_fixture_project(tmp_path / "project")
    (project / "data/facts").mkdir(exist_ok=True)
    for name in ("letters.yml", "letters.schema.json", "facts/follow-up.yml"):
        shutil.copy(ROOT / "data" / name, project / "data" / name)
    (project / "docs/tools.md").write_text(
        '# Tools\n\n{{ letter_builder("thank-you", "status") }}\n\n{{ followup_dates() }}\n')
    return project


def test_the_tools_render_on_a_page(project: Path, tmp_path: Path) -> None:
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    text = built_page(tmp_path / "site", "tools.md").read_text(encoding="utf-8")
    assert 'data-av-widget="letters"' in text and 'data-av-widget="dates"' in text


def test_a_template_with_an_unknown_field_stops_the_build(project: Path, tmp_path: Path) -> None:
    letters = project / "data/letters.yml"
    source = letters.read_text(encoding="utf-8")
    letters.write_text(source.replace("I am writing about my interview for the {position}",
                                      "I am writing about my interview for the {job}", 1),
                       encoding="utf-8")
    line = next(n for n, text in enumerate(letters.read_text().splitlines(), 1) if "{job}" in text)
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert result.problem_lines() == [
        "1 problem found:",
        f'data/letters.yml:{line}: letters[1].versions.any.body.en: unknown field "{{job}}" '
        "(known: salutation, name, last_name, position, organisation, date, point, addition, "
        "sender, closing)"]
    assert "Traceback" not in result.output
    assert not (tmp_path / "site").exists()


def test_an_unknown_fact_in_a_letter_stops_the_build(project: Path, tmp_path: Path) -> None:
    letters = project / "data/letters.yml"
    letters.write_text(letters.read_text(encoding="utf-8").replace(
        "{fact:de-status-wait-no-date}\"}", "{fact:de-wait}\"}", 1), encoding="utf-8")
    line = next(n for n, text in enumerate(letters.read_text().splitlines(), 1)
                if "{fact:de-wait}" in text)
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    expected = (f"data/letters.yml:{line}: timing.conventions.de.status_note.de: "
                'no fact with id "de-wait"')
    assert any(problem.startswith(expected) for problem in result.problem_lines())
    assert "Traceback" not in result.output


def test_the_dates_tool_carries_the_facts(project: Path, tmp_path: Path) -> None:
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    text = built_page(tmp_path / "site", "tools.md").read_text(encoding="utf-8")
    assert "within 24 to 48 hours" in text and "{fact:" not in text


def test_an_unknown_letter_on_a_page_stops_the_build(project: Path, tmp_path: Path) -> None:
    (project / "docs/tools.md").write_text('# Tools\n\n{{ letter_builder("nope") }}\n')
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert 'letter_builder("nope"): no letter with that id in data/letters.yml' in result.output
