"""data/letters.yml: checked like the question dataset (one line per problem), and what the
tools' markup carries to the page."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from macros.facts import read_facts
from macros.letters import LETTER_FIELDS, read_letters
from macros.problems import BuildInputError
from macros.rendering import render_followup_dates, render_letter_builder
from tests.sitebuild import ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "data/facts").mkdir(parents=True)
    for name in ("letters.yml", "letters.schema.json", "facts.schema.json",
                 "facts/follow-up.yml"):
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


def test_german_letters_follow_din_5008_and_need_no_article() -> None:
    letters = read_letters(ROOT)
    for letter in letters.data["letters"]:
        for version in letter["versions"].values():
            german = version["body"]["de"]
            # An empty line after the salutation; the text goes on in lower case.
            assert german.startswith("{salutation}\n\n"), letter["id"]
            assert german.split("\n")[2][:1].islower(), letter["id"]
            # "bei {organisation}" breaks with names that need an article ("bei Deutsche Bahn").
            assert "{organisation}" not in german, letter["id"]
            for text in (*version["body"].values(), *version["subject"].values()):
                assert not re.match(r"(Subject|Betreff):", text), letter["id"]
            assert german.rstrip().endswith("{closing}\n{sender}\n[Telefonnummer]")
            assert version["body"]["en"].rstrip().endswith("{closing}\n{sender}\n[phone number]")
    keep = letters.letter("keep-in-mind")["versions"]["any"]["body"]
    assert "Gern dürfen Sie meine Unterlagen dafür in Ihrem Bewerberpool speichern." in keep["de"]
    assert ("Please keep me in mind if the situation changes, and for future vacancies."
            in keep["en"])


def test_salutations_have_us_uk_and_german_forms_with_titles() -> None:
    salutations = read_letters(ROOT).data["salutations"]
    assert salutations["ms"] == {"en-us": "Dear Ms. {last_name},", "en-gb": "Dear Ms {last_name},",
                                 "de": "Sehr geehrte Frau {last_name},"}
    assert salutations["unknown"]["de"] == "Sehr geehrte Damen und Herren,"
    assert salutations["unknown"]["en-us"] == "Dear Hiring Manager,"
    assert salutations["ms-dr"] == {"en-us": "Dear Dr. {last_name},",
                                    "en-gb": "Dear Dr {last_name},",
                                    "de": "Sehr geehrte Frau Dr. {last_name},"}
    assert salutations["mx"]["en-gb"] == "Dear Mx {last_name},"
    for key, forms in salutations.items():
        # A neutral German salutation always names the whole person, never "Guten Tag Okafor,".
        if forms["de"].startswith("Guten Tag"):
            assert "{name}" in forms["de"] and "{last_name}" not in forms["de"], key


def test_the_facts_are_put_into_the_timing() -> None:
    timing = read_letters(ROOT).data["timing"]
    facts = read_facts(ROOT, ("en", "de"))
    assert timing["conventions"]["us"]["thank_you_note"]["en"] == (
        facts.get("us-thank-you-timing").text.get("en"))
    assert "24 to 48 hours" in timing["conventions"]["us"]["thank_you_note"]["en"]
    assert "Arbeitstage" in timing["stated_note"]["de"]
    assert timing["conventions"]["de"]["status"] == 10
    assert "{fact:" not in json.dumps(timing)


def test_an_unknown_fact_names_file_and_line(project: Path) -> None:
    problems = _problems(project, "thank_you_note: {en: \"{fact:us-thank-you-timing}\"",
                         "thank_you_note: {en: \"{fact:us-thank-you-timingx}\"")
    line = next(n for n, text in enumerate(
        (project / "data/letters.yml").read_text().splitlines(), 1) if "timingx" in text)
    assert len(problems) == 1
    assert problems[0].startswith(
        f"data/letters.yml:{line}: timing.conventions.us.thank_you_note.en: "
        'no fact with id "us-thank-you-timingx" in data/facts/')


def test_a_waiting_time_needs_a_fact_with_a_number(project: Path) -> None:
    problems = _problems(project, "status: fact:us-status-wait-no-date",
                         "status: fact:us-thank-you-surveys")
    line = next(n for n, text in enumerate(
        (project / "data/letters.yml").read_text().splitlines(), 1)
        if "fact:us-thank-you-surveys" in text)
    assert problems == [f"data/letters.yml:{line}: timing.conventions.us.status: "
                        'fact "us-thank-you-surveys" has no number '
                        f"(data/facts/follow-up.yml:{_fact_line(project, 'us-thank-you-surveys')})"]
    problems = _problems(project, "status: fact:us-thank-you-surveys", "status: fact:nope")
    assert problems == [f"data/letters.yml:{line}: timing.conventions.us.status: "
                        'no fact with id "nope" in data/facts/ (a waiting time is a number or '
                        "fact:ID)"]


def _fact_line(project: Path, fact_id: str) -> int:
    lines = (project / "data/facts/follow-up.yml").read_text().splitlines()
    return next(n for n, text in enumerate(lines, 1) if text.endswith(f"id: {fact_id}"))


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
    assert data["closings"]["en-us"] == "Best regards,"
    assert '<option value="unknown">Kein Name bekannt' in html
    assert '<select id="av-letter-decline-title" name="title">' in html
    assert "Der Briefassistent braucht JavaScript" in html and "<form" in html
    assert "data-search-exclude" in html
    assert html.count("</script>") == 1  # the JSON cannot end its own element


def test_the_dates_tool_carries_only_the_page_language() -> None:
    html = render_followup_dates(read_letters(ROOT), "de")
    data = json.loads(re.search(r'data-av-data>(.*?)</script>', html, re.S).group(1))
    assert data["conventions"]["de"]["status"] == 10
    assert data["reminders"]["status"]["summary"].startswith("Nach dem Stand fragen")
    assert data["gaps"]["organisation"] == "[Unternehmen]"
