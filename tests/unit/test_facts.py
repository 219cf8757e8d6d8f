"""The register of facts as pure functions: reading and checking data/facts/*.yml, due
dates, {fact:ID} in other data, and the Sources list and checked line of a page."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from macros.facts import Facts, expand_data, fact_ids_in, facts_in_data, read_facts
from macros.problems import BuildInputError
from macros.sources import checked_line, long_date, render_sources, sources_of_page

ROOT = Path(__file__).parents[2]
FACT = """\
facts:
  - id: de-probation
    region: de
    text:
      en: "Probation lasts at most six months."
      de: "Die Probezeit dauert höchstens sechs Monate."
    number: 6
    sources:
      - publisher: "Bundesamt für Justiz"
        title: "§ 622 BGB"
        url: "https://www.gesetze-im-internet.de/bgb/__622.html"
        lang: de
        for: {en: "probation of up to six months", de: "Probezeit bis zu sechs Monaten"}
    checked: 2026-11-30
"""


def register(tmp_path: Path, text: str = FACT) -> Path:
    (tmp_path / "data/facts").mkdir(parents=True)
    shutil.copy(ROOT / "data/facts.schema.json", tmp_path / "data")
    (tmp_path / "data/facts/contract.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_reads_a_fact_in_every_language_with_its_number_and_sources(tmp_path):
    facts = read_facts(register(tmp_path), ("en", "de"))
    fact = facts.get("de-probation")
    assert fact.text.get("de") == "Die Probezeit dauert höchstens sechs Monate."
    assert fact.number == 6
    assert fact.checked == dt.date(2026, 11, 30)
    assert (fact.file, fact.line) == ("data/facts/contract.yml", 2)
    assert fact.sources[0].cited_for.get("de") == "Probezeit bis zu sechs Monaten"


@pytest.mark.parametrize(("change", "expected"), [
    (('      de: "Die Probezeit dauert höchstens sechs Monate."\n', ""),
     'data/facts/contract.yml:5: facts[0].text: no German ("de") text'),
    (('de: "Probezeit bis zu sechs Monaten"', 'de: " "'),
     "data/facts/contract.yml:13: facts[0].sources[0].for.de: empty text"),
    (("Probation lasts", "<b>Probation</b> lasts"),
     "data/facts/contract.yml:5: facts[0].text.en: not plain text"),
    (("checked: 2026-11-30", "checked: 30.11.2026"),
     'data/facts/contract.yml:14: facts[0].checked: invalid date "30.11.2026"'),
    (("region: de", "region: fr"),
     'data/facts/contract.yml:3: facts[0].region: invalid value "fr"'),
])
def test_names_file_line_and_entry_of_each_problem(tmp_path, change, expected):
    old, new = change
    assert old in FACT
    with pytest.raises(BuildInputError) as raised:
        read_facts(register(tmp_path, FACT.replace(old, new)), ("en", "de"))
    assert any(str(problem).startswith(expected) for problem in raised.value.problems), \
        raised.value


def test_a_fact_is_due_on_its_review_date_or_a_year_after_its_check(tmp_path):
    text = FACT.replace("    checked: 2026-11-30\n", "    checked: 2026-11-30\n"
                        "    review_by: 2027-03-01\n    review_note: \"new limits\"\n")
    fact = read_facts(register(tmp_path, text)).get("de-probation")
    assert fact.due(dt.date(2027, 2, 28)) is None
    assert fact.due(dt.date(2027, 3, 1)) == "review date 2027-03-01 reached: new limits"
    plain = Facts({"x": fact.__class__(**{**fact.__dict__, "review_by": None})}).get("x")
    assert plain.due(dt.date(2027, 11, 30)) is None
    assert plain.due(dt.date(2027, 12, 1)) == "last checked 2026-11-30, more than 12 months ago"


def test_expands_fact_tokens_in_the_language_of_each_text(tmp_path):
    facts = read_facts(register(tmp_path), ("en", "de"))
    data = {"items": [{"text": {"en": "Note: {fact:de-probation}",
                                "de": "Hinweis: {fact:de-probation}"}}]}
    assert expand_data(data, facts) == {"items": [{"text": {
        "en": "Note: Probation lasts at most six months.",
        "de": "Hinweis: Die Probezeit dauert höchstens sechs Monate."}}]}
    assert facts_in_data(data) == ["de-probation"]
    assert fact_ids_in("{fact:a} and {fact:b} but not {field}") == ["a", "b"]


def test_the_sources_list_names_each_address_once_with_its_check_date(tmp_path):
    fact = read_facts(register(tmp_path), ("en", "de")).get("de-probation")
    listed = sources_of_page([fact, fact], [])
    assert len(listed) == 1
    html = render_sources(listed, "en")
    assert ('Bundesamt für Justiz: <a href="https://www.gesetze-im-internet.de/bgb/__622.html" '
            'hreflang="de" lang="de">§ 622 BGB</a> (probation of up to six months; checked 30 '
            "November 2026)") in html
    assert 'lang="de"' not in render_sources(listed, "de")  # a German title on a German page


def test_the_checked_line_is_a_date_in_the_pages_language():
    day = dt.date(2026, 12, 3)
    assert long_date(day, "en") == "3 December 2026"
    assert long_date(day, "de") == "3. Dezember 2026"
    assert "Geprüft am 3. Dezember 2026" in checked_line(day, "de")
    assert 'href="#quellen"' in checked_line(day, "de")
