"""Printing through Chromium to PDF (A4 and US Letter), read back with pypdf: clean pages,
checklists as forms, blank or with the current record's answers."""

from __future__ import annotations

import io
import itertools
import os
import re
import subprocess
import sys
import unicodedata

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from macros.dataset import read_site_dataset
from tests.browser.actions import start_record, write_note
from tests.sitebuild import ROOT

PAPER = ["A4", "Letter"]
# 10 checklists, each starting a page; measured en 17 (A4), 18 (Letter), de 20 (A4), 24 (Letter).
MAX_PRINTABLE_PAGES = 32  # a bound for the handout's length, not a target
CHROME = ["Table of contents", "Skip to content", "Previous", "Next",
          "Your answers stay in your browser.", "Made with"]


def squeeze(text: str) -> str:
    """Text without whitespace: PDF extraction breaks lines wherever the layout did."""
    return re.sub(r"\s+", "", text)


def assert_every_item_in(text: str, language: str = "en") -> None:
    """Every checklist title and item text of the dataset is in the printed text."""
    squeezed = squeeze(text)
    for checklist in read_site_dataset(ROOT).checklists:
        assert squeeze(checklist.title.get(language)) in squeezed, checklist.id
        for item in checklist.items:
            assert squeeze(item.text.get(language)) in squeezed, item.key


def pdf_text(page: Page, paper: str) -> tuple[str, int]:
    """The PDF's text (ligatures such as "ﬁ" unfolded) and its number of pages."""
    reader = PdfReader(io.BytesIO(page.pdf(format=paper)))
    text = "\n".join(p.extract_text() for p in reader.pages)
    return unicodedata.normalize("NFKC", text), len(reader.pages)


@pytest.mark.parametrize("paper", PAPER)
def test_the_printable_page_holds_every_item_blank_and_no_page_chrome(page, site_url, paper):
    page.goto(site_url + "printable.html")
    text, pages = pdf_text(page, paper)
    assert_every_item_in(text)
    for chrome in CHROME:
        assert chrome not in text, chrome
    assert "Blank forms, to fill in by hand" not in text, "the print controls stay on screen"
    assert pages <= MAX_PRINTABLE_PAGES


@pytest.mark.parametrize("paper", PAPER)
def test_print_with_my_answers_fills_in_the_current_record(page, site_url, paper):
    start_record(page, site_url, "ACME GmbH, 20 Nov")
    page.goto(site_url + "review.html")
    page.locator('[data-av-key="review/atmosphere"] .av-item__box').check()
    write_note(page, "review/unprepared", "They asked about my salary expectations.")
    page.goto(site_url + "printable.html")
    blank, _ = pdf_text(page, paper)
    assert "salary expectations" not in blank and "ACME GmbH" not in blank
    page.get_by_label("With the answers of the current interview").check()
    filled, pages = pdf_text(page, paper)
    assert "ACME GmbH, 20 Nov" in filled
    assert "They asked about my salary expectations." in filled
    assert pages <= MAX_PRINTABLE_PAGES


@pytest.mark.parametrize("paper", PAPER)
def test_a_guidance_page_prints_with_its_filled_checklist_and_link_addresses(
        page, site_url, paper):
    start_record(page, site_url, "Globex, 25 Nov")
    page.goto(site_url + "review.html")
    write_note(page, "review/culture", "Open-plan office, everyone on first names.")
    text, _ = pdf_text(page, paper)
    for chrome in CHROME:
        assert chrome not in text, chrome
    assert "Print this checklist" not in text, "buttons stay on screen"
    assert "When to do it" in text
    assert "Globex, 25 Nov" in text
    assert "Open-plan office, everyone on first names." in text
    # Links show where they lead, as full addresses.
    assert squeeze(site_url + "privacy.html") in squeeze(text)


def test_a_long_note_prints_in_full_and_wrapped(page, site_url):
    long_word = "Selbstpräsentationsvorbereitungsunterlagen" * 6  # 252 letters, no break
    sentence = "I explained my thesis on supply chains in too much detail. "
    note = (sentence * 85)[:4700] + "\n" + long_word + " END-OF-NOTE"
    assert len(note) > 4900
    page.goto(site_url + "review.html")
    write_note(page, "review/leave-out", note)
    page.emulate_media(media="print")
    written = page.locator('[data-av-key="review/leave-out"] .av-item__written')
    assert written.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), "the note overflows"
    page_width = page.evaluate("document.documentElement.clientWidth")
    box = written.bounding_box()
    assert box is not None and box["x"] + box["width"] <= page_width
    text, _ = pdf_text(page, "A4")
    squeezed = squeeze(text)
    assert squeeze(long_word) in squeezed.replace("-", "")
    assert "END-OF-NOTE" in text
    assert squeezed.count(squeeze(sentence)) >= 75


def test_an_empty_record_prints_as_the_blank_form(page, site_url):
    start_record(page, site_url, "Nothing written yet")
    page.goto(site_url + "review.html")
    text, _ = pdf_text(page, "A4")
    assert "Nothing written yet" not in text
    page.emulate_media(media="print")
    lines = page.locator('[data-av-checklist="review"] .av-item__line')
    expect(lines.first).to_be_visible()
    assert lines.count() == 4 * 19


def test_print_this_checklist_prints_only_that_checklist(page, site_url):
    page.add_init_script("window.print = () => { window.__printed = (window.__printed||0) + 1; }")
    page.goto(site_url + "follow-up.html")
    page.locator('[data-av-checklist="status-enquiry"]').get_by_role(
        "button", name="Print this checklist").click()
    assert page.evaluate("window.__printed") == 1
    dataset = read_site_dataset(ROOT)
    status = next(dataset.get("status-enquiry").items).text.get("en")
    thank_you = next(dataset.get("thank-you").items).text.get("en")
    text, _ = pdf_text(page, "A4")
    assert squeeze(status) in squeeze(text)
    assert squeeze(thank_you) not in squeeze(text), "the other checklist is not printed"
    assert "The thank-you letter" not in text
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    text, _ = pdf_text(page, "A4")
    assert squeeze(thank_you) in squeeze(text)


@pytest.mark.parametrize("lang", ["", "de/"])
def test_one_blank_form_prints_alone_while_a_record_has_answers(page, site_url, lang):
    # The newcomer's trial: printing one blank checklist took working out page ranges.
    page.add_init_script("window.print = () => { window.__printed = (window.__printed||0) + 1; }")
    start_record(page, site_url, "Has answers")
    page.goto(site_url + lang + "review.html")
    write_note(page, "review/atmosphere", "Friendly")
    page.goto(site_url + lang + "printable.html")
    page.locator("[data-av-print-which]").select_option("offer")
    page.locator("[data-av-print]").click()
    assert page.evaluate("window.__printed") == 1
    dataset = read_site_dataset(ROOT)
    language = "de" if lang else "en"
    offer = next(dataset.get("offer").items).text.get(language)
    review = next(dataset.get("review").items).text.get(language)
    text, _ = pdf_text(page, "A4")
    assert squeeze(offer) in squeeze(text)
    assert squeeze(review) not in squeeze(text), "only the chosen form"
    assert "Friendly" not in text and "Has answers" not in text, "blank: no answers, no name"
    # After printing, the page shows every form again.
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    text, _ = pdf_text(page, "A4")
    assert squeeze(review) in squeeze(text)


def test_boxes_and_lines_are_borders_so_they_print_without_backgrounds(page, site_url):
    page.goto(site_url + "review.html")
    page.emulate_media(media="print")
    style = page.locator('[data-av-key="review/atmosphere"] .av-item__box').evaluate(
        "e => { const s = getComputedStyle(e); return [s.appearance, s.borderTopStyle, "
        "s.borderTopWidth, s.backgroundImage]; }")
    assert style[0] == "none" and style[1] == "solid" and style[2] != "0px"
    assert style[3] == "none"
    line = page.locator('[data-av-key="review/atmosphere"] .av-item__line').first
    assert line.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"


def test_collapsed_content_prints_expanded(page, site_url):
    page.goto(site_url + "rejection.html")
    page.evaluate("""() => {
      const details = document.createElement('details');
      details.innerHTML = '<summary>More</summary><p>Hidden until printed</p>';
      document.querySelector('.md-content__inner').append(details);
    }""")
    text, _ = pdf_text(page, "A4")
    assert "Hidden until printed" in text


def test_make_pdf_writes_blank_handouts_in_a4_and_letter(tmp_path, browser_type_launch_args):
    """`make pdf` (scripts/make_pdf.py): the forms alone, every item, page numbers."""
    env = {**os.environ, "AFTERVIEW_PDF_DIR": str(tmp_path),
           "CHROMIUM": browser_type_launch_args["executable_path"]}
    subprocess.run([sys.executable, "scripts/make_pdf.py"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    for language, paper in itertools.product(("en", "de"), ("a4", "letter")):
        reader = PdfReader(tmp_path / f"afterview-checklists-{language}-{paper}.pdf")
        text = unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))
        assert 9 <= len(reader.pages) <= MAX_PRINTABLE_PAGES
        assert "Printable checklists" not in text, "a handout is the forms alone"
        assert "Checklisten zum Ausdrucken" not in text, "a handout is the forms alone"
        assert f"1 / {len(reader.pages)}" in text, "page numbers in the footer"
        assert_every_item_in(text, language)


def test_every_practice_tab_prints_not_only_the_open_one(page, site_url):
    """US/UK and German practice are tabs on screen; on paper all of them are there."""
    # A sentence of each tab that is on the page only once (its facts are quoted elsewhere).
    tabs = ("In the US, a thank-you note after an interview is customary",
            "So nobody will hold it against you if you do not write",
            "Write only for one of these reasons")
    page.goto(site_url + "follow-up.html")
    expect(page.get_by_text(tabs[1])).to_be_hidden()
    text = squeeze(pdf_text(page, "A4")[0])
    for sentence in tabs:
        assert squeeze(sentence) in text, sentence


def test_a_printed_form_shows_the_interview_date_not_the_day_the_record_was_started(
        page, site_url):
    """The date on paper is the interview's, as given in a follow-up tool; without one the
    form has a line to write it on, never the day the record was started (issue 18)."""
    start_record(page, site_url, "Initech, data team")
    page.goto(site_url + "review.html")
    write_note(page, "review/culture", "Quiet office, long lunch breaks.")
    started = page.evaluate("afterview.formatDate(new Date().toISOString())")
    page.emulate_media(media="print")
    date = page.locator('[data-av-checklist="review"] [data-av-print-date]')
    expect(date).to_be_visible()
    assert date.text_content() == "", "no interview date given yet: a line to fill in"
    assert date.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"
    text, _ = pdf_text(page, "A4")
    assert "Interview date:" in text and "Initech, data team" in text
    assert started not in text, "not the day the record was started"

    page.emulate_media(media="null")  # the follow-up tool on screen; page.pdf() prints
    page.goto(site_url + "follow-up.html")
    page.locator("#av-letter-thank-you").get_by_label("Date of the interview").fill("2026-06-03")
    for path in ("review.html", "printable.html"):
        page.goto(site_url + path)
        if path == "printable.html":
            page.get_by_label("With the answers of the current interview").check()
        interview = page.evaluate("afterview.formatDay('2026-06-03')")
        text, _ = pdf_text(page, "A4")
        assert squeeze(f"Interview date: {interview}") in squeeze(text), path
        assert started not in text, path


def test_the_german_form_asks_for_the_date_of_the_interview(page, site_url):
    page.goto(site_url + "de/printable.html")
    text, _ = pdf_text(page, "A4")
    assert "Datum des Gesprächs:" in text


@pytest.mark.parametrize(("path", "instructions"), [
    ("printable.html", "or choose one form under"),
    ("de/printable.html", "ein einzelnes Formular"),
])
def test_the_printed_handout_starts_with_the_first_form(page, site_url, path, instructions):
    """What a user prints from the page (and `make pdf`, which prints the same page): the
    first page opens with a form's title, not with the page's on-screen instructions."""
    page.goto(site_url + path)
    expect(page.get_by_text(instructions)).to_be_visible()
    first_form = page.locator("[data-av-paper] .av-checklist__title").first.text_content()
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    first_page = unicodedata.normalize("NFKC", reader.pages[0].extract_text()).strip()
    assert first_form and first_page.startswith(first_form), first_page[:200]
    whole = squeeze("".join(p.extract_text() for p in reader.pages))
    assert squeeze(instructions) not in whole
