"""Checklist HTML against golden files (regenerate with `pytest --update-golden`, then
review the change in git diff), plus the properties the markup must always keep."""

from __future__ import annotations

import difflib
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from macros.model import build_dataset
from macros.rendering import render_checklist

ROOT = Path(__file__).parents[2]
GOLDEN = ROOT / "tests/fixtures/golden"


def dataset_from(text: str):
    return build_dataset(yaml.safe_load(text))


@pytest.fixture(scope="module")
def fixture_dataset():
    return dataset_from((ROOT / "tests/fixtures/datasets/valid.yml").read_text())


@pytest.mark.parametrize("language", ["en", "de"])
def test_checklist_html_matches_the_golden_file(fixture_dataset, language, request):
    actual = render_checklist(fixture_dataset.get("review"), language) + "\n"
    golden = GOLDEN / f"review.{language}.html"
    if request.config.getoption("--update-golden"):
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=str(golden.relative_to(ROOT)), tofile="rendered"))
        pytest.fail(f"rendered HTML differs from the golden file "
                    f"(pytest --update-golden rewrites it):\n{diff}")


class _Collector(HTMLParser):
    """Collects tags with their attributes, and the text of script elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.scripts += tag == "script"


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_every_item_has_a_labelled_checkbox_and_every_question_a_labelled_note(fixture_dataset):
    tags = parse(render_checklist(fixture_dataset.get("review"), "en")).tags
    label_targets = {a["for"] for t, a in tags if t == "label"}
    items = [a for t, a in tags if t == "li" and "data-av-key" in a]
    assert [a["data-av-key"] for a in items] == [
        "review/atmosphere", "review/surprises", "review/thank-you"]
    boxes = [a for t, a in tags if t == "input" and a.get("type") == "checkbox"]
    notes = [a for t, a in tags if t == "textarea"]
    assert len(boxes) == 3 and all(b["id"] in label_targets for b in boxes)
    assert len(notes) == 2 and all(n["id"] in label_targets for n in notes)
    ids = [a["id"] for _, a in tags if "id" in a]
    assert len(ids) == len(set(ids)), "ids on a page must be unique"


def test_sections_become_fieldsets_with_legends(fixture_dataset):
    html = render_checklist(fixture_dataset.get("review"), "en")
    assert html.count("<fieldset") == 2
    assert '<legend class="av-checklist__legend">The conversation</legend>' in html


def test_a_checklist_without_sections_is_one_fieldset_named_after_it():
    dataset = dataset_from("""
checklists:
  - id: thank-you
    title: {en: "Thank-you letter"}
    items:
      - {id: send, kind: task, text: {en: "Send it"}}
""")
    html = render_checklist(dataset.get("thank-you"), "en")
    assert html.count("<fieldset") == 1
    assert ('<legend class="av-checklist__legend av-visually-hidden">Thank-you letter</legend>'
            in html), "named for screen readers; the title already shows it"
    assert "<textarea" not in html, "tasks are ticked, not written about"
    assert '<p class="av-checklist__summary">1 task</p>' in html


def test_dataset_text_is_escaped_never_markup():
    dataset = dataset_from("""
checklists:
  - id: x
    title: {en: "<script>alert(1)</script>"}
    items:
      - id: y
        kind: question
        text: {en: "</textarea><img src=x onerror=alert(1)>"}
        hint: {en: "\\" onmouseover=\\"alert(1)"}
""")
    html = render_checklist(dataset.get("x"), "en")
    parsed = parse(html)
    assert parsed.scripts == 0
    assert not any(t == "img" for t, _ in parsed.tags)
    assert not any("onmouseover" in a or "onerror" in a for _, a in parsed.tags)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_output_has_no_blank_line_that_would_end_the_markdown_html_block(fixture_dataset):
    html = render_checklist(fixture_dataset.get("review"), "en")
    assert all(line.strip() for line in html.splitlines())


def test_the_paper_form_has_no_form_controls_and_lines_under_each_question(fixture_dataset):
    html = render_checklist(fixture_dataset.get("review"), "en", paper=True)
    tags = parse(html).tags
    assert not any(t in ("input", "textarea", "label") for t, _ in tags)
    assert html.count('class="av-item__line"') == 4 * 2, "four ruled lines per question"
    assert 'data-av-paper="review"' in html and "data-av-checklist" not in html
    assert 'id="print-review"' in html


def test_the_printable_collection_holds_every_checklist_in_dataset_order():
    from macros.rendering import render_printable
    dataset = dataset_from("""
checklists:
  - id: first
    title: {en: "First"}
    items: [{id: a, kind: task, text: {en: "A"}}]
  - id: second
    title: {en: "Second"}
    items: [{id: b, kind: question, text: {en: "B"}}]
""")
    html = render_printable(dataset, "en")
    assert html.index('data-av-paper="first"') < html.index('data-av-paper="second"')
    assert "data-av-print-controls data-av-js-only" in html, "controls appear only with the script"
