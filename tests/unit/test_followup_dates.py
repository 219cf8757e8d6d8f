"""The follow-up date rules: the one implementation, docs/assets/js/dates.js, run with Node
in a small sandbox (core.js for AV.realDay and AV.map, then dates.js), on the table of cases
tests/fixtures/followup-dates.json, with the waiting times of the real data/letters.yml and
the public holidays of macros/holidays.py. The browser tests run the same table in Chromium
(tests/browser/test_followup_tools.py)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from macros.facts import read_facts
from macros.holidays import LANDS, holiday_data
from macros.letters import dates_data, read_letters
from macros.problems import BuildInputError
from macros.rendering import render_followup_dates
from tests.sitebuild import ROOT

CASES = json.loads((ROOT / "tests/fixtures/followup-dates.json").read_text())["cases"]
SCRIPTS = ("docs/assets/js/core.js", "docs/assets/js/dates.js")
YEARS = range(2026, 2029)  # the table's years, whatever year the tests run in
# Loads the scripts into a sandbox whose global object is `window`, as in a page, calls
# the function with the JSON arguments and prints its JSON result.
RUNNER = r"""
const vm = require("vm"), fs = require("fs");
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const sandbox = { afterview: {}, args: JSON.stringify(input.args) };
sandbox.window = sandbox;
vm.createContext(sandbox);
for (const file of input.scripts) {
  vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
}
const call = "JSON.stringify((" + input.function + ").apply(null, " +
  "[window.afterview].concat(JSON.parse(args))))";
process.stdout.write(vm.runInContext(call, sandbox));
"""


def run_js(function: str, *args: Any) -> Any:
    """``function(AV, *args)`` run in Node on the site's own scripts; its JSON result."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is not installed: the follow-up date rules are tested where they "
                    "live, in docs/assets/js/dates.js, with node. Install it (Debian/Ubuntu: "
                    "apt-get install nodejs; `make test` and .ci/run install npm, which brings "
                    "it along).", pytrace=False)
    request = json.dumps({"scripts": SCRIPTS, "function": function, "args": list(args)})
    result = subprocess.run([node, "-e", RUNNER], input=request, capture_output=True,
                            text=True, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def timing() -> dict:
    """What the build puts into a page (English), with the holidays of the table's years."""
    return dates_data(read_letters(ROOT), "en", YEARS)


@pytest.fixture(scope="module")
def results(timing: dict) -> list:
    return run_js("function (AV, cases, timing) { return cases.map(function (c) {"
                  " return AV.dates.followup(c.interview, c.decision, timing, c.convention,"
                  " c.region); }); }", CASES, timing)


def expected(case: dict) -> dict:
    """A case's expected result, as dates.js returns it."""
    skipped = case.get("skipped", {})
    return {key: case[key] for key in ("thanks", "status", "stated", "early")} | {
        "skipped": {part: [{"day": day, "name": name} for day, name in skipped.get(part, [])]
                    for part in ("thanks", "status")}}


@pytest.mark.parametrize("index", range(len(CASES)), ids=[case["why"] for case in CASES])
def test_the_follow_up_dates(index: int, results: list) -> None:
    case = CASES[index]
    if case.get("none"):
        assert results[index] is None
    else:
        assert results[index] == expected(case)


def test_the_dates_never_fall_on_a_weekend_or_a_holiday(timing: dict) -> None:
    # Every day of 2026 and 2027 as an interview, with every practice and every Land.
    areas = [("us", ""), ("uk", ""), ("de", "")] + [("de", code) for code in LANDS]
    found = run_js("""function (AV, timing, areas) {
        var out = [];
        var day = "2025-12-31";
        for (var i = 0; i < 730; i++) {
          day = AV.dates.addDays(day, 1);
          areas.forEach(function (area) {
            var got = AV.dates.followup(day, "", timing, area[0], area[1]);
            out.push([day, area, got.thanks, got.status]);
          });
        }
        return out;
      }""", timing, areas)
    assert len(found) == 730 * len(areas)
    closed = {(convention, region): _holidays(timing, convention, region)
              for convention, region in areas}
    for interview, (convention, region), *results in found:
        for result in results:
            assert date.fromisoformat(result).weekday() < 5, (interview, result)
            assert result not in closed[convention, region], (interview, convention, region)


def _holidays(timing: dict, convention: str, region: str) -> set[str]:
    areas = [convention] + ([f"de-{region}"] if convention == "de" and region else [])
    return {day for area in areas for days in timing["holidays"][area].values() for day in days}


def test_the_waiting_times_are_the_numbers_of_the_facts(timing: dict) -> None:
    facts = read_facts(ROOT, ("en", "de"))
    source = yaml.safe_load((ROOT / "data/letters.yml").read_text(encoding="utf-8"))["timing"]
    assert timing["after"] == facts.get("status-after-stated-date").number == 2
    for key, convention in source["conventions"].items():
        for part in ("thank_you", "status"):
            assert convention[part].startswith("fact:"), (key, part)  # never a bare number
            fact = facts.get(convention[part].removeprefix("fact:"))
            assert timing["conventions"][key][part] == fact.number
    # The UK has its own facts: the US timing is never applied to it silently.
    assert source["conventions"]["uk"]["status"] == "fact:uk-status-wait"
    assert "US rule" in timing["conventions"]["uk"]["status_note"]
    # The script counts exactly those numbers: a Tuesday without holidays near it.
    plain = run_js("function (AV, timing) { return ['us', 'uk', 'de'].map(function (c) {"
                   " return AV.dates.followup('2026-09-15', '', timing, c); }); }", timing)
    for convention, found in zip(("us", "uk", "de"), plain, strict=True):
        rules = timing["conventions"][convention]
        assert found["thanks"] == _working_days_after("2026-09-15", rules["thank_you"])
        assert found["status"] == _working_days_after("2026-09-15", rules["status"])


def _working_days_after(day: str, count: int) -> str:
    found = date.fromisoformat(day)
    while count:
        found += timedelta(days=1)
        count -= found.weekday() < 5
    return found.isoformat()


def test_working_days_skip_the_weekend_and_the_holidays_given() -> None:
    assert run_js("""function (AV) { return [
        AV.dates.addDays("2026-06-05", 1, true),
        AV.dates.addDays("2026-06-05", 0, true),
        AV.dates.addDays("2026-06-05", 1),
        AV.dates.addDays("2026-12-24", 1, true, {"2026-12-25": "Christmas Day"}),
        AV.dates.addDays("2026-12-24", 1, false, {"2026-12-25": "Christmas Day"})]; }""") == [
        "2026-06-08", "2026-06-05", "2026-06-06", "2026-12-28", "2026-12-25"]


def test_parse_day_refuses_what_is_not_a_day() -> None:
    assert run_js("""function (AV) {
        return ["2026-06-02", "", null, "2026-6-2", "2026-02-30", "02.06.2026",
                "2026-06-02T10:00"].map(function (text) { return !!AV.dates.parseDay(text); });
      }""") == [True, False, False, False, False, False, False]


def test_a_lands_holidays_are_its_own_and_named_in_the_pages_language() -> None:
    english, german = holiday_data("en", YEARS), holiday_data("de", YEARS)
    assert "2026-05-25" in english["de"]["Whit Monday"]
    assert "2026-05-25" in german["de"]["Pfingstmontag"]
    assert "2026-06-04" in german["de-BY"]["Fronleichnam"]
    assert "Fronleichnam" not in german["de-BE"] and "Fronleichnam" not in german["de"]
    # Women's Day, Berlin only: 8 March 2026 is a Sunday, so only 2027's and 2028's count.
    assert german["de-BE"]["Frauentag"] == ["2027-03-08", "2028-03-08"]
    assert "2026-11-26" in english["us"]["Thanksgiving Day"]
    assert "2026-08-31" in english["uk"]["Late Summer Bank Holiday"]
    # No Land repeats a federal holiday, and no holiday is on a weekend.
    for area, named in german.items():
        for name, days in named.items():
            assert all(date.fromisoformat(day).weekday() < 5 for day in days), (area, name)
            if area.startswith("de-"):
                assert name not in german["de"], (area, name)
    # This year and the next two, unless the years are given.
    assert {day[:4] for days in holiday_data("en")["us"].values() for day in days} == {
        str(date.today().year + offset) for offset in range(3)}


def test_the_tool_names_each_practice_for_what_it_sets_and_offers_every_land() -> None:
    letters = read_letters(ROOT)
    english = render_followup_dates(letters, "en")
    for wait in ("US: thank-you note after 1 working day, status after 7 working days",
                 "UK: thank-you note after 1 working day, status after 7 working days",
                 "Germany: thank-you note after 1 working day, status after 10 working days"):
        assert f"> {wait}</label>" in english
    german = render_followup_dates(letters, "de")
    assert "> Deutschland: Dankesschreiben nach 1 Arbeitstag, Nachfrage nach 10 Arbeitstagen" in (
        german)
    assert german.count("<option value=") == 1 + 16
    assert '<option value="">Nur bundesweite Feiertage</option>' in german
    assert '<option value="BY">Bayern</option>' in german
    data = json.loads(re.search(r"data-av-data>(.*?)</script>", german, re.S).group(1))
    assert "Pfingstmontag" in data["holidays"]["de"]


def test_a_reminder_for_an_unnamed_interview_cannot_name_it(tmp_path: Path) -> None:
    (tmp_path / "data/facts").mkdir(parents=True)
    for name in ("letters.yml", "letters.schema.json", "facts.schema.json",
                 "facts/follow-up.yml"):
        shutil.copy(ROOT / "data" / name, tmp_path / "data" / name)
    path = tmp_path / "data/letters.yml"
    old = 'summary_unnamed: {en: "Thank-you note for your interview on {date}"'
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, old.replace("{date}", "{date} at {organisation}")),
                    encoding="utf-8")
    with pytest.raises(BuildInputError) as caught:
        read_letters(tmp_path)
    line = text[:text.index(old)].count("\n") + 1
    assert [str(problem) for problem in caught.value.problems] == [
        f'data/letters.yml:{line}: reminders.thank-you.summary_unnamed.en: unknown field '
        '"{organisation}" (known: date)']
