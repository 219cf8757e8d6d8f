"""data/letters.yml: checked like the question dataset (one line per problem), and what the
tools' markup carries to the page."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from macros.letters import LETTER_FIELDS, read_letters
from macros.problems import BuildInputError
from macros.rendering import render_followup_dates, render_letter_builder
from tests.sitebuild import ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    for name in ("letters.yml", "letters.schema.json"):
        shutil.copy(ROOT / "data" / name, tmp_path / "data" / name)
    return tmp_path


def _problems(project: Path, old: str, new: str) -> list[str]:
    path = project / "data/letters.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(BuildInputError) as caught:
        read_letters(project)
    return [str(problem) for problem in caught.value.problems]


def test_the_shipped_letters_are_valid_and_in_both_languages() -> None:
    letters = read_letters(ROOT)
    assert letters.ids == ["thank-you", "status", "accept", "decline", "withdraw", "feedback",
                           "keep-in-mind"]
    for letter in letters.data["letters"]:
        for version in letter["versions"].values():
            for part in ("subject", "body"):
                assert set(version[part]) == {"en", "de"}
                for text in version[part].values():
                    assert set(re.findall(r"\{(\w+)\}", text)) <= set(LETTER_FIELDS)


def test_an_unknown_field_names_file_line_entry_and_field(project: Path) -> None:
    problems = _problems(project, "Thank you: {position} interview",
                         "Thank you: {company} interview")
    line = next(n for n, text in enumerate(
        (project / "data/letters.yml").read_text().splitlines(), 1) if "{company}" in text)
    assert problems == [
        f'data/letters.yml:{line}: letters[0].versions.us-uk.subject.en: unknown field '
        f'"{{company}}" (known: {", ".join(LETTER_FIELDS)})']


def test_a_missing_translation_is_a_problem(project: Path) -> None:
    problems = _problems(project, '    title: {en: "Status enquiry", de: "Nachfrage zum Stand"}',
                         '    title: {en: "Status enquiry"}')
    assert any('letters[1].title: missing required field "de"' in p for p in problems)


def test_a_letter_with_any_and_a_convention_is_a_problem(project: Path) -> None:
    problems = _problems(project, "      us-uk:\n        subject:", "      any:\n        subject:")
    assert any('has "any" and a convention' in p for p in problems), problems


def test_the_builder_carries_its_letters_and_escapes_them() -> None:
    letters = read_letters(ROOT)
    html = render_letter_builder(letters, ["decline", "withdraw"], "de")
    data = json.loads(re.search(r'data-av-data>(.*?)</script>', html, re.S).group(1))
    assert [x["id"] for x in data["letters"]] == ["decline", "withdraw"]
    # Both letter languages: the user chooses the letter's language on the page.
    assert set(data["letters"][0]["versions"]["any"]["body"]) == {"en", "de"}
    assert 'type="radio" name="letter" value="decline" checked' in html
    assert "Der Briefassistent braucht JavaScript" in html and "<form" in html
    assert "data-search-exclude" in html
    assert html.count("</script>") == 1  # the JSON cannot end its own element


def test_the_dates_tool_carries_only_the_page_language() -> None:
    html = render_followup_dates(read_letters(ROOT), "de")
    data = json.loads(re.search(r'data-av-data>(.*?)</script>', html, re.S).group(1))
    assert data["conventions"]["de"]["status"] == 10
    assert data["reminders"]["status"]["summary"].startswith("Nach dem Stand fragen")
    assert data["gaps"]["organisation"] == "[Unternehmen]"
