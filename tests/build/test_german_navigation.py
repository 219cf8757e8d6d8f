"""The German site's navigation and page frame are German (issue 18, item 11): every nav
label has its translation (mkdocs.yml, nav_translations), the German pages show those and no
English one, and no word of the theme's frame (skip link, search, heading links, footer) is
left in English."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tests.sitebuild import ROOT

MATERIAL_LANGUAGES = Path(__import__("material").__file__).parent / "templates/partials/languages"
# Python-Markdown's toc extension writes this into every heading link, in every language
# (overrides/partials/content.html puts it into German).
PERMALINK_TITLE = "Permanent link"


class _AnyTagLoader(yaml.SafeLoader):
    """mkdocs.yml as data: its !!python/name tags (emoji) read as None, not imported."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_AnyTagLoader.add_multi_constructor("tag:yaml.org,2002:python/",
                                    lambda loader, suffix, node: None)


def _config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)


def _nav_labels(entries: list) -> list[str]:
    labels = []
    for entry in entries:
        if isinstance(entry, dict):
            for label, value in entry.items():
                labels.append(label)
                if isinstance(value, list):
                    labels += _nav_labels(value)
    return labels


def _translations() -> dict[str, str]:
    i18n = next(p["i18n"] for p in _config()["plugins"] if isinstance(p, dict) and "i18n" in p)
    german = next(language for language in i18n["languages"] if language["locale"] == "de")
    return german.get("nav_translations") or {}


ENGLISH_LABELS = _nav_labels(_config()["nav"])
TRANSLATIONS = _translations()


def _theme_words(language: str) -> dict[str, str]:
    text = (MATERIAL_LANGUAGES / f"{language}.html").read_text(encoding="utf-8")
    return dict(re.findall(r'^\s*"([^"]+)": "([^"]*)"', text, re.MULTILINE))


def _english_theme_words() -> set[str]:
    """Material's English words of the page frame that German says differently."""
    english, german = _theme_words("en"), _theme_words("de")
    return {word for key, word in english.items()
            if german.get(key) and german[key] != word and "#" not in word}


class _Frame(HTMLParser):
    """What a page shows around its article: the labels of the main navigation (not the
    page's table of contents inside it), the footer's, and every title, aria-label and
    placeholder."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[set[str]] = []
        self.nav: list[str] = []
        self.footer: list[str] = []
        self.attributes: list[str] = []
        self.frame_text: list[str] = []
        self._text: list[str] | None = None

    def _inside(self, name: str) -> bool:
        return any(name in classes for classes in self.stack)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        self.attributes += [value for key, value in attrs
                            if key in ("title", "aria-label", "placeholder") and value]
        classes = set((values.get("class") or "").split()) | {f"<{tag}>"}
        if tag in self.VOID:
            return
        self.stack.append(classes)
        if "md-ellipsis" in classes:
            self._text = []

    def handle_endtag(self, tag):
        if not self.stack:
            return
        classes = self.stack.pop()
        if "md-ellipsis" in classes and self._text is not None:
            label = " ".join("".join(self._text).split())
            if self._inside("md-footer"):
                self.footer.append(label)
            elif self._inside("md-nav--primary") and not self._inside("md-nav--secondary"):
                self.nav.append(label)
            self._text = None

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)
        if data.strip() and not self._inside("<article>") and not self._inside("<script>"):
            self.frame_text.append(" ".join(data.split()))


def _frame(path: Path) -> _Frame:
    parser = _Frame()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _german_pages(site: Path) -> list[Path]:
    return sorted((site / "de").rglob("*.html"))


def test_every_nav_label_has_a_german_translation():
    missing = [label for label in ENGLISH_LABELS if label not in TRANSLATIONS]
    assert not missing, f"mkdocs.yml: nav_translations (de) lacks {missing}"
    unused = [label for label in TRANSLATIONS if label not in ENGLISH_LABELS]
    assert not unused, f"mkdocs.yml: nav_translations (de) translates no nav label: {unused}"


def test_german_pages_show_the_german_nav_labels_and_no_english_one(site):
    english = {label for label in ENGLISH_LABELS if TRANSLATIONS.get(label) != label}
    pages = _german_pages(site)
    assert len(pages) >= 15
    for path in pages:
        frame = _frame(path)
        name = path.relative_to(site).as_posix()
        assert frame.nav, f"{name}: no navigation found"
        # Every label of the nav is on every page (navigation.sections shows the whole tree).
        assert set(TRANSLATIONS.values()) <= set(frame.nav), (name, frame.nav)
        left = sorted(english & set(frame.nav + frame.footer + frame.frame_text))
        assert not left, f"{name}: English navigation labels {left}"


@pytest.mark.parametrize("stem", ["index", "review", "records", "further-rounds/tests",
                                  "accessibility"])
def test_the_frame_of_german_pages_has_no_english_theme_word(site, stem):
    """Header, search, skip link, table of contents, heading links, footer: German."""
    words = _english_theme_words() | {PERMALINK_TITLE}
    assert {"Skip to content", "Table of contents", "Back to top"} <= words
    frame = _frame(site / "de" / f"{stem}.html")
    left = sorted(words & set(frame.attributes + frame.frame_text))
    assert not left, f"de/{stem}.html: English words {left}"
    assert "Link zu diesem Abschnitt" in frame.attributes
    english = _frame(site / f"{stem}.html")
    assert PERMALINK_TITLE in english.attributes, "English pages keep the English word"
