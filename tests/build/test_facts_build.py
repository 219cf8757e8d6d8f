"""The register of facts in a real (tiny) build: a page takes a fact's text, lists its
sources and says when it was checked; a broken register or an unknown fact stops the build
naming file and line; a fact due for a check is said, but the site still builds (--strict)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.sitebuild import make_fixture_project, mkdocs_build

FACT = """\
facts:
  - id: uk-holiday
    region: uk
    text:
      en: "Full-time workers get 5.6 weeks of paid holiday a year."
    sources:
      - publisher: "GOV.UK"
        title: "Holiday entitlement"
        url: "https://www.gov.uk/holiday-entitlement-rights"
        lang: en
        for: {en: "5.6 weeks of statutory holiday"}
    checked: 2026-11-30
  - id: de-probation
    region: de
    text:
      en: "Probation lasts at most six months."
    sources:
      - publisher: "Bundesamt für Justiz"
        title: "§ 622 BGB"
        url: "https://www.gesetze-im-internet.de/bgb/__622.html"
        lang: de
        for: {en: "probation of up to six months"}
    checked: 2026-11-02
"""

PAGE = """\
---
checked: 2026-11-30
sources:
  - publisher: "Princeton University"
    title: "Evaluate job offers"
    url: "https://careerdevelopment.princeton.edu/offers"
    lang: en
    for: "one to two weeks to decide"
---
# Fixture

Holidays: {{ fact("uk-holiday") }}

{{ checklist("review") }}

## Sources

{{ sources() }}
"""


@pytest.fixture
def project(tmp_path) -> Path:
    project = make_fixture_project(tmp_path / "project")
    (project / "data/facts").mkdir()
    (project / "data/facts/sample.yml").write_text(FACT, encoding="utf-8")
    dataset = project / "data/checklists.yml"
    dataset.write_text(dataset.read_text(encoding="utf-8").replace(
        'hint: {en: "Friendly, tense, rushed?"}',
        'hint: {en: "Remember: {fact:de-probation}"}'), encoding="utf-8")
    (project / "docs/index.md").write_text(PAGE, encoding="utf-8")
    return project


def test_a_page_shows_its_facts_sources_and_checked_date(project, tmp_path):
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    html = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert "Holidays: Full-time workers get 5.6 weeks of paid holiday a year." in html
    assert "Remember: Probation lasts at most six months." in html  # {fact:...} in a checklist
    assert '<time datetime="2026-11-30">Checked on 30 November 2026</time>' in html
    sources = html[html.index('<ul class="av-sources">'):]
    sources = sources[:sources.index("</ul>")]
    # Facts in order of first use (the page's, then its checklist's), then front matter.
    assert sources.index("gov.uk/holiday") < sources.index("__622") < sources.index("princeton")
    assert ('<a href="https://www.gesetze-im-internet.de/bgb/__622.html" hreflang="de" '
            'lang="de">§ 622 BGB</a> (probation of up to six months; checked 2 November 2026)'
            in sources)
    assert "(one to two weeks to decide)" in sources
    # A fact checked on the page's own date does not repeat it.
    assert "(5.6 weeks of statutory holiday)" in sources


def test_a_fact_due_for_a_check_is_said_but_the_site_still_builds(project, tmp_path):
    facts = project / "data/facts/sample.yml"
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    old = (dt.date.today() - dt.timedelta(days=400)).isoformat()
    facts.write_text(facts.read_text(encoding="utf-8")
                     .replace("    checked: 2026-11-30\n",
                              f"    checked: 2026-11-30\n    review_by: {yesterday}\n"
                              "    review_note: \"commencement of the new limits\"\n")
                     .replace("checked: 2026-11-02", f"checked: {old}"), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    assert "2 facts are due for a check" in result.output
    assert (f"uk-holiday (data/facts/sample.yml:2: review date {yesterday} reached: "
            "commencement of the new limits)") in result.output
    assert f"last checked {old}, more than 12 months ago" in result.output


@pytest.mark.parametrize(("change", "expected"), [
    (("    checked: 2026-11-02\n", ""),
     'data/facts/sample.yml:13: facts[1]: missing required field "checked"'),
    (('        url: "https://www.gov.uk/holiday-entitlement-rights"',
      '        url: "http://www.gov.uk/holiday-entitlement-rights"'),
     'data/facts/sample.yml:9: facts[0].sources[0].url: not an https address'),
    (("  - id: de-probation", "  - id: uk-holiday"),
     'data/facts/sample.yml:13: facts[1]: duplicate fact id "uk-holiday" '
     "(first in data/facts/sample.yml:2)"),
    (("    checked: 2026-11-02\n", "    checked: 2026-11-02\n    review_by: 2027-01-01\n"),
     'data/facts/sample.yml:13: facts[1]: \'review_note\' is needed with \'review_by\''),
])
def test_a_broken_register_stops_the_build_naming_file_and_line(project, tmp_path, change,
                                                               expected):
    facts = project / "data/facts/sample.yml"
    old, new = change
    text = facts.read_text(encoding="utf-8")
    assert old in text
    facts.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert any(line.startswith(expected) for line in result.problem_lines()), result.output


def test_a_fact_without_sources_stops_the_build(project, tmp_path):
    facts = project / "data/facts/sample.yml"
    text = facts.read_text(encoding="utf-8")
    start = text.index("    sources:", text.index("de-probation"))
    end = text.index("    checked: 2026-11-02")
    facts.write_text(text[:start] + text[end:], encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert ('data/facts/sample.yml:13: facts[1]: missing required field "sources"'
            in result.problem_lines()), result.output


def test_an_unknown_fact_stops_the_build_naming_page_data_file_and_line(project, tmp_path):
    page = project / "docs/index.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        'fact("uk-holiday")', 'fact("uk-holidays")'), encoding="utf-8")
    dataset = project / "data/checklists.yml"
    dataset.write_text(dataset.read_text(encoding="utf-8").replace(
        "{fact:de-probation}", "{fact:de-probaton}"), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    lines = result.problem_lines()
    assert ('docs/index.md:12: fact("uk-holidays"): no fact with id "uk-holidays" in '
            "data/facts/" in lines), result.output
    assert any(line.startswith('data/checklists.yml:') and 'no fact with id "de-probaton"'
               in line for line in lines), result.output


def test_a_page_with_sources_must_say_when_it_was_checked(project, tmp_path):
    page = project / "docs/index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("checked: 2026-11-30\n", ""),
                    encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert any(line.startswith('docs/index.md: front matter: a page with sources() needs '
                               '"checked: YYYY-MM-DD"') for line in result.problem_lines())
