"""The follow-up date rules (macros/followup_dates.py), with the waiting times of the real
data/letters.yml. The browser tests run the script's copy of the rules on the same cases."""

from __future__ import annotations

import json
from datetime import date

import pytest
import yaml

from macros.facts import read_facts
from macros.followup_dates import add_working_days, followup_dates, parse_day
from macros.letters import read_letters
from tests.sitebuild import ROOT

CASES = json.loads((ROOT / "tests/fixtures/followup-dates.json").read_text())["cases"]


@pytest.fixture(scope="module")
def timing() -> dict:
    return read_letters(ROOT).data["timing"]


@pytest.mark.parametrize("case", CASES, ids=[case["why"] for case in CASES])
def test_the_follow_up_dates(case: dict, timing: dict) -> None:
    found = followup_dates(case["interview"], case["decision"], timing, case["convention"])
    if case.get("none"):
        assert found is None
        return
    assert found is not None
    assert (found.thank_you, found.status, found.stated, found.early) == (
        case["thanks"], case["status"], case["stated"], case["early"])


def test_the_dates_never_fall_on_a_weekend(timing: dict) -> None:
    start = date(2026, 1, 1).toordinal()
    for offset in range(400):
        interview = date.fromordinal(start + offset).isoformat()
        for convention in ("us", "uk", "de"):
            found = followup_dates(interview, "", timing, convention)
            assert found is not None
            for result in (found.thank_you, found.status):
                parsed = parse_day(result)
                assert parsed is not None and parsed.weekday() < 5, (interview, result)


def test_the_waiting_times_are_the_numbers_of_the_facts(timing: dict) -> None:
    facts = read_facts(ROOT, ("en", "de"))
    source = yaml.safe_load((ROOT / "data/letters.yml").read_text(encoding="utf-8"))["timing"]
    assert timing["after_stated_date"] == facts.get("status-after-stated-date").number == 2
    for key, convention in source["conventions"].items():
        for part in ("thank_you", "status"):
            assert convention[part].startswith("fact:"), (key, part)  # never a bare number
            fact = facts.get(convention[part].removeprefix("fact:"))
            assert timing["conventions"][key][part] == fact.number
    # The UK has its own facts: the US timing is never applied to it silently.
    assert source["conventions"]["uk"]["status"] == "fact:uk-status-wait"
    assert "US rule" in timing["conventions"]["uk"]["status_note"]["en"]


def test_working_days_skip_the_weekend() -> None:
    assert add_working_days(date(2026, 6, 5), 1) == date(2026, 6, 8)  # Friday -> Monday
    assert add_working_days(date(2026, 6, 5), 0) == date(2026, 6, 5)


def test_parse_day_refuses_what_is_not_a_day() -> None:
    assert parse_day("2026-06-02") is not None
    for text in ("", None, "2026-6-2", "2026-02-30", "02.06.2026", "2026-06-02T10:00"):
        assert parse_day(text) is None
