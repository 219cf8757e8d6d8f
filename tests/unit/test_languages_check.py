"""macros/words.py: the catalogue of interface words (data/words/LANG.yml) has every word in
every language, in each of its sections, and says which file and key when not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from macros import words
from tests.sitebuild import ROOT


@pytest.fixture
def catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A catalogue folder of our own, read instead of data/words."""
    monkeypatch.setattr(words, "WORDS_DIR", tmp_path)
    words._read.cache_clear()
    yield tmp_path
    words._read.cache_clear()


def test_the_real_catalogue_has_every_word_in_both_languages():
    assert words.words_problems(["en", "de"]) == []


def test_a_missing_or_empty_word_a_missing_file_or_section_is_named(catalogue: Path):
    en = {"page": {"notes": "Your notes", "print": "Print"}, "adviser": {"a": "A"},
          "script": {"saved": "Saved"}}
    de = {"page": {"notes": " "}, "adviser": {"a": "A"}, "extra": {}}
    (catalogue / "en.yml").write_text(yaml.safe_dump(en), encoding="utf-8")
    (catalogue / "de.yml").write_text(yaml.safe_dump(de), encoding="utf-8")
    lines = [str(problem) for problem in words.words_problems(["en", "de", "fr"])]
    assert lines == [
        "data/words/de.yml: script: missing, or not a mapping of key: text",
        "data/words/de.yml: extra: unknown section (known: page, adviser, script)",
        "data/words/fr.yml: the file is missing",
        'data/words/de.yml: page: missing word "print"',
        "data/words/de.yml: page.notes: empty word",
        'data/words/fr.yml: page: missing word "notes"',
        'data/words/fr.yml: page: missing word "print"',
        'data/words/fr.yml: adviser: missing word "a"',
        'data/words/de.yml: script: missing word "saved"',
        'data/words/fr.yml: script: missing word "saved"',
    ]


def test_broken_yaml_is_named_with_its_line(catalogue: Path):
    (catalogue / "en.yml").write_text("page:\n  notes: [unclosed\n", encoding="utf-8")
    (found,) = words.words_problems(["en"])
    assert str(found).startswith("data/words/en.yml:3: not valid YAML")


def test_the_scripts_messages_are_the_catalogues_script_section(tmp_path: Path):
    """What the build writes to docs/assets/js/messages-LANG.js, and only when it changed."""
    words.write_script_messages(tmp_path, ["en", "de"])
    for language in ("en", "de"):
        path = tmp_path / f"assets/js/messages-{language}.js"
        text = path.read_text(encoding="utf-8")
        assert f"data/words/{language}.yml" in text.split("*/")[0]
        table = json.loads(text.split("window.afterviewMessages = ", 1)[1].rstrip(";\n"))
        source = yaml.safe_load((ROOT / f"data/words/{language}.yml").read_text(encoding="utf-8"))
        assert table == source["script"]
    stamp = (tmp_path / "assets/js/messages-en.js").stat().st_mtime_ns
    words.write_script_messages(tmp_path, ["en"])
    assert (tmp_path / "assets/js/messages-en.js").stat().st_mtime_ns == stamp
