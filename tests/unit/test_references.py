"""Checklist calls in pages are found on the template syntax tree and checked by id."""

from __future__ import annotations

import jinja2

from macros.references import check_references, find_references, scan_pages

SYNTAX = jinja2.Environment()


def refs(source: str, page: str = "docs/page.md"):
    return list(find_references(page, source, SYNTAX))


def test_finds_calls_with_their_lines_wherever_they_are():
    source = '# Title\n\n{{ checklist("review") }}\n\ntext {{ checklist( "rejection" ) }}\n'
    assert [(r.line, r.argument) for r in refs(source)] == [(3, "review"), (5, "rejection")]


def test_ignores_the_word_in_prose_and_other_macros():
    assert refs("Use the checklist below. {{ other('review') }}") == []


def test_an_unknown_id_names_the_page_the_line_and_the_known_ids():
    problems = check_references(refs('\n{{ checklist("nope") }}', "docs/x.md"),
                                ["review", "nope-not"], "data/checklists.yml")
    assert [str(p) for p in problems][0] == (
        'docs/x.md:2: checklist("nope"): no checklist with id "nope" in the dataset '
        "(known: review, nope-not)")


def test_a_computed_id_cannot_be_checked_and_is_refused():
    problems = check_references(refs("{{ checklist(name) }}"), ["review"], "data/checklists.yml")
    assert str(problems[0]) == ('docs/page.md:1: checklist(...): the checklist id must be a '
                                'quoted text, e.g. checklist("review")')


def test_the_same_checklist_twice_on_one_page_is_refused():
    source = '{{ checklist("review") }}\n{{ checklist("review") }}'
    problems = check_references(refs(source), ["review"], "data/checklists.yml")
    assert [str(p) for p in problems] == [
        'docs/page.md:2: checklist("review"): this checklist is already on this page; '
        "use it once per page"]


def test_a_checklist_on_no_page_is_reported_against_the_dataset():
    problems = check_references(refs('{{ checklist("review") }}'), ["review", "orphan"],
                                "data/checklists.yml")
    assert [str(p) for p in problems] == [
        'data/checklists.yml: checklist "orphan": not on any page: '
        'add {{ checklist("orphan") }} to a page']


def test_scans_every_markdown_page_and_names_it_from_the_project(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.md").write_text('{{ checklist("one") }}')
    (tmp_path / "sub/b.de.md").write_text('x\n{{ checklist("two") }}')
    (tmp_path / "broken.md").write_text("{{ unclosed")
    found = scan_pages(tmp_path, "docs/", SYNTAX)
    assert [(r.page, r.line, r.argument) for r in found] == [
        ("docs/a.md", 1, "one"), ("docs/sub/b.de.md", 2, "two")]
