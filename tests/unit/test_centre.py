"""The career centre setting (extra.centre): every bad value names the setting in one line,
all problems at once; the model, the accent colour's contrast and the rendered box."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from macros.centre import (
    SCHEMA,
    accent_css,
    build_centre,
    contrast,
    link_problem,
    read_centre,
    validate_centre,
)
from macros.centre import load_schema as load_centre_schema
from macros.support import render_feedback, render_support, theme_words
from tests.sitebuild import CENTRE_CONFIG, CENTRE_FIXTURE, ROOT


def good() -> dict:
    """A complete, valid setting (the fixture's, as YAML gives it to MkDocs)."""
    text = (CENTRE_FIXTURE / CENTRE_CONFIG).read_text(encoding="utf-8")
    return yaml.safe_load(text)["extra"]["centre"]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets/centre-logo.svg").write_text("<svg/>", encoding="utf-8")
    return tmp_path


def lines(raw, docs_dir: Path | None = None) -> list[str]:
    return [str(p) for p in validate_centre(raw, load_centre_schema(ROOT / SCHEMA), docs_dir)]


def test_the_fixture_setting_is_valid(docs):
    centre, problems = read_centre({"centre": good()}, ROOT, docs)
    assert problems == []
    assert centre is not None
    assert centre.name.get("de") == "Career Service der Universität Nordhafen"
    assert centre.hours is not None and centre.hours.get("en").startswith("Mon")
    assert [w.title.get("en") for w in centre.workshops] == [
        "Interview training with video feedback", "Assessment Centre Workshop"]
    # YAML reads a bare 2026-12-03 as a date: shown as people write it.
    assert centre.workshops[0].date is not None
    assert centre.workshops[0].date.get("en") == "3 December 2026"
    assert centre.workshops[0].date.get("de") == "3. Dezember 2026"


def test_no_setting_means_no_centre_and_no_problem(docs):
    assert read_centre({}, ROOT, docs) == (None, [])
    assert read_centre(None, ROOT, docs) == (None, [])


def test_a_name_alone_is_enough(docs):
    centre, problems = read_centre({"centre": {"name": "Career Service"}}, ROOT, docs)
    assert problems == [] and centre is not None and not centre.has_contact


NOT_A_LINK = "is not a web address: use https://... or a path inside the site"
REMOVED = object()  # a value that takes the setting out


def with_setting(path: str, value: object) -> dict:
    """The fixture's setting as the schema sees it (the workshop's bare YAML date as text, as
    read_centre passes it on), with the setting at ``path`` ("contact.email",
    "workshops.0.link") set to ``value``, or removed."""
    raw = good()
    raw["workshops"][0]["date"] = "2026-12-03"
    *parents, name = path.split(".")
    target = raw
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if value is REMOVED:
        del target[name]
    else:
        target[name] = value
    return raw


@pytest.mark.parametrize(("path", "value", "expected"), [
    ("contact.email", "not-an-email",
     'extra.centre.contact.email: "not-an-email" is not an e-mail address'),
    ("contact.phone", "call us",
     'extra.centre.contact.phone: "call us" is not a phone number '
     "(digits, spaces and + - / ( ) . only)"),
    ("booking", "javascript:alert(1)",
     f'extra.centre.booking: "javascript:alert(1)" {NOT_A_LINK}'),
    ("contact.web", "https://exa mple.org",
     f'extra.centre.contact.web: "https://exa mple.org" {NOT_A_LINK}'),
    ("workshops.0.link", "data:text/html,hi",
     f'extra.centre.workshops[0].link: "data:text/html,hi" {NOT_A_LINK}'),
    ("logo", "https://cdn.example.org/logo.svg",
     'extra.centre.logo: "https://cdn.example.org/logo.svg" is not a path inside the site: '
     "put the file into docs/ and write its path from there, e.g. assets/centre-logo.svg"),
    ("logo", "assets/missing.svg",
     'extra.centre.logo: "assets/missing.svg": no such file in docs/'),
    ("accent", "#ffcc00",
     'extra.centre.accent: "#ffcc00" has a contrast of 1.51:1 with white; text needs at '
     "least 4.5:1 (WCAG AA): choose a darker colour"),
    ("accent", "teal",
     'extra.centre.accent: "teal" is not a colour: write it as #rrggbb, e.g. #0c5f63'),
    ("colour", "#000000",
     'extra.centre: unknown setting "colour" (allowed: accent, booking, contact, logo, name, '
     "workshops)"),
    ("contact.fax", "123",
     'extra.centre.contact: unknown setting "fax" (allowed: email, hours, phone, web)'),
    ("workshops", "Interview training",
     'extra.centre.workshops: wrong type: expected a list, got a text ("Interview training")'),
    ("contact.hours", 9,
     "extra.centre.contact.hours: wrong type: expected a text, or one text per language "
     "(en: ..., de: ...), got a number (9)"),
    ("workshops.1.title", {"fr": "Atelier"},
     'extra.centre.workshops[1].title: unknown setting "fr" (allowed: de, en)'),
    ("name", REMOVED, 'extra.centre: missing required setting "name"'),
])
def test_each_bad_setting_names_itself_in_one_line(docs, path, value, expected):
    assert lines(with_setting(path, value), docs) == [f"mkdocs.yml: {expected}"]


def test_every_problem_is_reported_at_once(docs):
    raw = with_setting("contact.email", "nobody")
    raw["accent"] = "#aaaaaa"
    raw["booking"] = "//evil.example/x"
    raw["extra"] = True
    found = lines(raw, docs)
    assert len(found) == 4, found
    assert [line.split(": ")[1] for line in found] == [
        "extra.centre", "extra.centre.accent", "extra.centre.booking",
        "extra.centre.contact.email"]


def test_a_centre_that_is_not_a_mapping_is_one_problem():
    assert lines("Career Service") == [
        'mkdocs.yml: extra.centre: wrong type: expected a mapping (key: value), got a text '
        '("Career Service")']


@pytest.mark.parametrize("link", ["https://uni.example/career", "http://intranet/careers",
                                  "workshops.html", "further-rounds/index.html#checklist"])
def test_web_addresses_and_paths_inside_the_site_are_links(link):
    assert link_problem(link) is None


@pytest.mark.parametrize("link", ["javascript:alert(1)", "JavaScript:x", "data:text/html,x",
                                  "file:///etc/passwd", "//cdn.example.org/x", "https://",
                                  "https://exa mple.org", "ftp://example.org/x", "/careers/x",
                                  "https://example.org:99999/"])
def test_other_schemes_hosts_without_a_scheme_and_root_paths_are_not(link):
    assert link_problem(link) is not None


def test_contrast_follows_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#0c5f63", "#ffffff") == pytest.approx(7.4, abs=0.05)  # the site's own


def test_the_accent_stylesheet_keeps_text_readable_on_its_tint():
    css = accent_css("#6b6b6b")  # 5.3:1 on white: passes, but a 10 % tint would be too dark
    soft = css.split("--av-accent-soft: ")[1].split(";")[0]
    assert contrast("#6b6b6b", soft) >= 4.5
    assert "--av-accent: #6b6b6b;" in css and "style=" not in css


def words(language: str) -> str:
    return {"en": "Get support", "de": "Unterstützung finden"}[language]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_support_box_shows_name_contact_booking_and_workshops(docs, language):
    centre = build_centre({**good(), "workshops": [{"title": "A <b>bold</b> workshop",
                                                    "link": "workshops.html"}]})
    html = render_support(centre, language, lambda link: "../" + link
                          if not link.startswith("http") else link)
    assert words(language) in html
    assert "mailto:career@uni-nordhafen.example" in html
    assert 'href="tel:+494215550123"' in html
    assert 'href="https://www.uni-nordhafen.example/career/appointment"' in html
    assert 'src="../assets/centre-logo.svg" alt=""' in html
    assert 'href="../workshops.html"' in html
    assert "A &lt;b&gt;bold&lt;/b&gt; workshop" in html, "settings are plain text"
    assert "style=" not in html


def test_without_a_centre_there_is_no_box_and_a_neutral_feedback_sentence():
    assert render_support(None, "en", str) == ""
    feedback = render_feedback(None, "en", str)
    assert "has not added its contact details" in feedback
    assert "@" not in feedback and "href" not in feedback


def test_the_theme_gets_the_name_and_contact_per_language():
    centre = build_centre(good())
    assert theme_words(centre, ["en", "de"])["de"]["name"] == (
        "Career Service der Universität Nordhafen")
    assert theme_words(centre, ["en"])["en"]["tel"] == "+494215550123"
