"""The career centre setting on a real build (issue 9): a copy of the project with the
fictional centre of tests/fixtures/centre shows its name, contact and workshops on the
right pages in both languages; the bare site (mkdocs.yml as shipped) shows none of it; a
bad setting stops the build with one line per problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sitebuild import CENTRE_CONFIG, CENTRE_FIXTURE, centre_build, centre_project

SUPPORT_PAGES = ["review", "offer", "rejection", "further-rounds/index"]
NAME = {"en": "Career Service, University of Nordhafen",
        "de": "Career Service der Universität Nordhafen"}
WORKSHOP = {"en": "Interview training with video feedback",
            "de": "Bewerbungsgespräche üben mit Videofeedback"}


def page(site_dir: Path, stem: str, language: str) -> str:
    prefix = "" if language == "en" else f"{language}/"
    return (site_dir / f"{prefix}{stem}.html").read_text(encoding="utf-8")


def support_box(html: str) -> str:
    found = re.search(r'<section class="av-support".*?</section>', html, re.DOTALL)
    return found.group(0) if found else ""


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("stem", SUPPORT_PAGES)
def test_the_support_box_is_on_the_pages_where_it_helps(centre_site, stem, language):
    box = support_box(page(centre_site, stem, language))
    assert NAME[language] in box
    assert 'href="mailto:career@uni-nordhafen.example"' in box
    assert 'href="https://www.uni-nordhafen.example/career/appointment"' in box
    assert WORKSHOP[language] in box
    assert {"en": "Book an appointment", "de": "Termin vereinbaren"}[language] in box
    assert {"en": "Mon–Thu", "de": "Mo–Do"}[language] in box


# The sentence that follows the name in the support box. The name stands alone, as on a
# sign, and no sentence has it as its subject: German would need an article ("Das Career
# Center der ... unterstützt Sie") and a name such as "Career Service der Universität
# Nordhafen" cannot carry one (DECISIONS.md, issue 18).
SUPPORT_SENTENCE = {
    "en": "Here you can talk your interview through with an adviser, practise for the next "
          "step, or join a workshop.",
    "de": "Hier können Sie Ihr Gespräch mit einer Beraterin oder einem Berater besprechen, "
          "für den nächsten Schritt üben oder einen Workshop besuchen.",
}
# Where a paragraph, list item or heading ends: the name's words run up to there.
_BLOCK_END = re.compile(r"</(?:p|li|div|dd|dt|td|th|h[1-6])>|<(?:p|li|div|dd|br)\b")


def _words_after(html: str, start: int) -> str:
    """The text that follows in the same block, tags dropped, spaces squeezed."""
    end = _BLOCK_END.search(html, start)
    tail = html[start:end.start() if end else len(html)]
    return " ".join(re.sub(r"<[^>]+>", " ", tail).split())


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_centre_name_stands_alone_and_is_never_a_sentence_subject(centre_site, language):
    """Every place the name appears, in either language, it ends its block or is followed
    by a list of contact details ("·"): never by a verb, as "... unterstützt Sie dabei"."""
    prefix = "" if language == "en" else "de/"
    pages = [path for path in centre_site.glob(f"{prefix}**/*.html")
             if language == "de" or path.relative_to(centre_site).parts[0] != "de"]
    seen = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        for found in re.finditer(re.escape(NAME[language]), html):
            after = _words_after(html, found.end())
            assert after == "" or after.startswith("·"), (path.name, after[:80])
            seen += 1
    assert seen >= 2 * len(pages)  # header and footer of every page, boxes, print lines
    box = support_box(page(centre_site, "review", language))
    assert f"<strong>{NAME[language]}</strong></p>" in box
    sentences = [" ".join(re.sub(r"<[^>]+>", "", p).split())
                 for p in re.findall(r"<p[^>]*>(.*?)</p>", box, re.DOTALL)]
    assert SUPPORT_SENTENCE[language] in sentences


def test_on_the_review_page_the_box_follows_the_checklist(centre_site):
    html = page(centre_site, "review", "en")
    assert html.index('id="checklist-review"') < html.index('class="av-support"')


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_page_has_the_name_in_the_header_and_the_contact_in_the_footer(
        centre_site, language):
    for stem in ["index", "privacy", "records", "further-rounds/tests"]:
        html = page(centre_site, stem, language)
        topic = re.search(r'<div class="md-header__topic">\s*<span class="md-ellipsis">(.*?)'
                          r"</span>", html, re.DOTALL)
        assert topic and " ".join(topic.group(1).split()) == f"afterview · {NAME[language]}"
        footer = html[html.index('class="md-copyright"'):]
        assert NAME[language] in footer and "+49 421 555 0123" in footer
    assert "av-support" not in page(centre_site, "privacy", language)


@pytest.mark.parametrize("language", ["en", "de"])
def test_printed_forms_carry_the_centre(centre_site, language):
    line = f"{NAME[language]} · career@uni-nordhafen.example · +49 421 555 0123"
    for stem in ["review", "printable"]:
        assert f"{line}</p>" in page(centre_site, stem, language)


def stylesheet_of(site, stem: str, language: str) -> str:
    """The page's own stylesheet (one bundle: hooks/assets.py)."""
    html = page(site, stem, language)
    (href,) = re.findall(r'<link rel="stylesheet" href="([^"]*assets/css/page-[^"]+)"', html)
    folder = (site / ("de" if language == "de" else "") / stem).parent
    return (folder / href).resolve().read_text(encoding="utf-8")


def test_the_centres_styles_come_with_a_centre_only(centre_site, site):
    # The support box, footer contact and print line: on a centre's site, before its
    # accent colours (which must win); the bare site does not carry them.
    assert ".av-support" in stylesheet_of(centre_site, "review", "de")
    html = page(centre_site, "review", "en")
    assert html.index("assets/css/page-") < html.index("centre/accent.css")
    assert ".av-support" not in stylesheet_of(site, "review", "en")


def test_the_accent_is_a_stylesheet_file_not_an_inline_style(centre_site):
    css = (centre_site / "centre/accent.css").read_text(encoding="utf-8")
    assert "--av-accent: #7a2e0e;" in css
    for stem, language, href in [("review", "en", "centre/accent.css"),
                                 ("further-rounds/index", "de", "../../centre/accent.css")]:
        html = page(centre_site, stem, language)
        assert f'<link rel="stylesheet" href="{href}">' in html
        assert " style=" not in html and "<style" not in html


def test_the_logo_is_shipped_and_linked_relative_to_the_page(centre_site):
    assert (centre_site / "assets/centre-logo.svg").exists()
    html = page(centre_site, "further-rounds/index", "de")
    assert 'src="../../assets/centre-logo.svg" alt=""' in html


def test_the_bare_site_shows_nothing_of_a_centre(site):
    for html_file in site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        for trace in ("av-support", "av-footer-centre", "av-print-centre",
                      "Book an appointment", "Termin vereinbaren", "afterview ·"):
            assert trace not in html, (html_file.relative_to(site), trace)
    assert not (site / "centre").exists()


def test_bad_settings_stop_the_build_with_one_line_each(tmp_path):
    text = (CENTRE_FIXTURE / CENTRE_CONFIG).read_text(encoding="utf-8")
    text = text.replace("career@uni-nordhafen.example", "not-an-email")
    text = text.replace('accent: "#7a2e0e"', 'accent: "#ffcc00"\n    colour: red')
    text = text.replace("booking: https://www.uni-nordhafen.example/career/appointment",
                        "booking: javascript:alert(1)")
    project = centre_project(tmp_path / "project", text)
    result = centre_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert result.problem_lines() == [
        "4 problems found:",
        f'{CENTRE_CONFIG}: extra.centre: unknown setting "colour" (allowed: accent, booking, '
        "contact, logo, name, workshops)",
        f'{CENTRE_CONFIG}: extra.centre.accent: "#ffcc00" has a contrast of 1.51:1 with white; '
        "text needs at least 4.5:1 (WCAG AA): choose a darker colour",
        f'{CENTRE_CONFIG}: extra.centre.booking: "javascript:alert(1)" is not a web address: use '
        "https://... or a path inside the site",
        f'{CENTRE_CONFIG}: extra.centre.contact.email: "not-an-email" is not an e-mail address',
    ], result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site").exists(), "nothing may be half-built"


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_accessibility_statement_names_the_centre_as_feedback_contact(
        centre_site, site, language):
    feedback = page(centre_site, "accessibility", language)
    feedback = feedback[feedback.index('class="av-feedback"'):]
    assert NAME[language] in feedback[:2000]
    assert 'href="mailto:career@uni-nordhafen.example"' in feedback[:2000]
    bare = page(site, "accessibility", language)
    bare = bare[bare.index('class="av-feedback"'):]
    assert {"en": "has not added its contact details",
            "de": "noch nicht eingetragen"}[language] in bare[:1000]
    assert "mailto:" not in bare[:1000]
