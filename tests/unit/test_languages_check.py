"""macros/languages.py: the interface words of the static HTML exist in every language."""

from __future__ import annotations

from macros.labels import LABELS
from macros.languages import label_problems


def test_the_real_labels_have_every_word_in_both_languages():
    assert label_problems(LABELS, ["en", "de"]) == []


def test_a_missing_or_empty_word_is_named_with_its_language():
    labels = {"en": {"notes": "Your notes", "print": "Print"}, "de": {"notes": " "}}
    lines = [str(problem) for problem in label_problems(labels, ["en", "de", "fr"])]
    assert lines == [
        'macros/labels.py: LABELS[\'fr\']: no "fr" words',
        'macros/labels.py: LABELS[\'de\']: missing word "print"',
        "macros/labels.py: LABELS['de'].notes: empty word",
    ]
