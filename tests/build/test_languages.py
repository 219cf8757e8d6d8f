"""The site is bilingual page for page and text for text: a text, a page or a script message
missing in one language stops the build, naming file, entry and language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from tests.sitebuild import ROOT, copy_project, mkdocs_build


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the real project (both languages), to break one thing at a time."""
    return copy_project(tmp_path / "project")


def test_the_real_site_has_every_page_in_both_languages():
    english = {p.relative_to(ROOT / "docs").as_posix().removesuffix(".md")
               for p in (ROOT / "docs").rglob("*.md") if not p.name.endswith(".de.md")}
    german = {p.relative_to(ROOT / "docs").as_posix().removesuffix(".de.md")
              for p in (ROOT / "docs").rglob("*.de.md")}
    assert english == german


def test_a_missing_translation_page_or_message_stops_the_build(project, tmp_path):
    dataset = project / "data/checklists.yml"
    text = dataset.read_text(encoding="utf-8")
    # The first checklist title loses its German text.
    first_title = re.search(r'^    title: \{en: "([^"]*)", de: "[^"]*"\}$', text, re.MULTILINE)
    assert first_title, "the dataset's first title has both languages on one line"
    line = text[: first_title.start()].count("\n") + 1
    dataset.write_text(text.replace(first_title.group(0),
                                    f'    title: {{en: "{first_title.group(1)}"}}', 1),
                       encoding="utf-8")
    (project / "docs/privacy.de.md").unlink()
    words = project / "data/words/de.yml"
    catalogue = words.read_text(encoding="utf-8")
    assert "\n  saved: Gespeichert um {time} Uhr\n" in catalogue
    words.write_text(catalogue.replace("\n  saved: Gespeichert um {time} Uhr\n", "\n", 1),
                     encoding="utf-8")

    result = mkdocs_build(project, tmp_path / "site")

    assert result.returncode != 0
    problems = result.problem_lines()
    assert problems[0] == "3 problems found:", result.output
    assert f'data/checklists.yml:{line}: checklists[0].title: no German ("de") text' in problems
    assert ('docs/privacy.md: no German ("de") version: add docs/privacy.de.md'
            in problems)
    assert 'data/words/de.yml: script: missing word "saved"' in problems
    assert not (tmp_path / "site").exists(), "nothing may be half-built"


def test_the_scripts_messages_in_the_site_are_the_catalogues(site):
    """Each language's messages file in the built site holds exactly its catalogue's
    `script` section (data/words/LANG.yml), whatever the build did to bundle it."""
    for language in ("en", "de"):
        table = yaml.safe_load((ROOT / f"data/words/{language}.yml").read_text(
            encoding="utf-8"))["script"]
        built = "".join(path.read_text(encoding="utf-8")
                        for path in (site / "assets").rglob("*.js"))
        for key, text in table.items():
            assert json.dumps(text, ensure_ascii=False) in built or json.dumps(text) in built, (
                language, key)


def test_each_page_says_its_language_and_marks_passages_in_the_other(site):
    """WCAG 3.1.1 and 3.1.2: the page's language on <html>, quoted English in German pages
    (the US sample letter) and German in English pages (German source titles) marked."""
    for page in site.rglob("*.html"):
        relative = page.relative_to(site).as_posix()
        if relative == "404.html" or relative.startswith(("assets/", "search/")):
            continue
        language = "de" if relative.startswith("de/") else "en"
        assert f'<html lang="{language}"' in page.read_text(encoding="utf-8"), relative
    assert '<div lang="en">' in (site / "de/follow-up.html").read_text(encoding="utf-8")
    assert 'lang="de">Rückmeldung nach dem Vorstellungsgespräch</a>' in (
        site / "follow-up.html").read_text(encoding="utf-8")
