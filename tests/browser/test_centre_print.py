"""The career centre in the browser (issue 9), with tests/fixtures/centre's setting: a printed
checklist page carries the centre's name and contact (read back from Chromium's PDF with
pypdf), the print line stays hidden on screen, and the support box, header and footer keep
axe's WCAG 2.2 AA rules with the centre's accent colour. Opened from disk (file://), as the
site works there too."""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.browser.test_accessibility import violations
from tests.build.test_centre_site import NAME


def pdf_text(page: Page) -> str:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize(("path", "language"), [("review.html", "en"),
                                                ("de/review.html", "de")])
def test_a_printed_checklist_page_names_the_centre_and_its_contact(
        page, centre_site, path, language):
    page.goto((centre_site / path).as_uri())
    print_line = page.locator(".av-print-centre").first
    expect(print_line).to_be_hidden()
    text = pdf_text(page)
    assert NAME[language] in text
    assert "career@uni-nordhafen.example" in text and "+49 421 555 0123" in text
    assert {"en": "Workshops and trainings",
            "de": "Workshops und Trainings"}[language] in text, "the support box prints too"


def test_the_printable_forms_carry_the_centre_line(page, centre_site):
    """The blank forms of the printable page show the centre on paper."""
    page.goto((centre_site / "printable.html").as_uri())
    page.emulate_media(media="print")
    expect(page.locator(".av-print-centre").first).to_be_visible()
    assert NAME["en"] in pdf_text(page)


@pytest.mark.parametrize("path", ["review.html", "de/further-rounds/index.html",
                                  "accessibility.html"])
def test_the_centre_parts_have_no_wcag_violation(page, centre_site, path):
    page.goto((centre_site / path).as_uri())
    expect(page.locator(".av-support, .av-feedback").first).to_be_visible()
    assert violations(page) == ""


def test_the_accent_colour_reaches_the_header_from_its_stylesheet(page, centre_site):
    page.goto((centre_site / "review.html").as_uri())
    background = page.locator(".md-header").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(122, 46, 14)"  # #7a2e0e
