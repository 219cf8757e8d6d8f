"""A career-centre editor changes the dataset only, rebuilds, and sees the change."""

from __future__ import annotations

from tests.sitebuild import make_fixture_project, mkdocs_build

NEW_QUESTION = """
          - id: salary
            kind: question
            text: {en: "Did we talk about salary & start date?"}
            hint: {en: "Write down any figure you named."}
"""


def test_a_question_added_to_the_dataset_appears_after_a_rebuild(tmp_path):
    project = make_fixture_project(tmp_path / "project")
    first = mkdocs_build(project, tmp_path / "site")
    assert first.returncode == 0, first.output
    assert "review/salary" not in (tmp_path / "site/index.html").read_text()

    dataset = project / "data/checklists.yml"
    text = dataset.read_text()
    anchor = "            lesson: true\n"
    dataset.write_text(text.replace(anchor, anchor + NEW_QUESTION.lstrip("\n"), 1))
    second = mkdocs_build(project, tmp_path / "site")
    assert second.returncode == 0, second.output
    html = (tmp_path / "site/index.html").read_text()
    assert html.count('data-av-key="review/salary"') == 1
    assert "Did we talk about salary &amp; start date?" in html


def test_rewording_a_question_keeps_its_key(tmp_path):
    project = make_fixture_project(tmp_path / "project")
    dataset = project / "data/checklists.yml"
    dataset.write_text(dataset.read_text().replace(
        "How was the atmosphere?", "What was the mood in the room?"))
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    html = (tmp_path / "site/index.html").read_text()
    assert 'data-av-key="review/atmosphere"' in html
    assert "What was the mood in the room?" in html
