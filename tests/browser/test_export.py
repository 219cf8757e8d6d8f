"""The Markdown export names what an adviser needs (issue 18, item 9): organisation,
position, the interview's and the decision's dates, the stage with its date and the earlier
stages; an item of one practice (US/UK or Germany) says which; and file names keep umlauts
(ä -> ae) and are cut between words."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

from tests.browser.actions import box, download, item, start_record

LONG = ("Internationale Wirtschaftsprüfungsgesellschaft Süddeutschland – Praktikum "
        "Unternehmensberatung")


def markdown(page: Page, button: str = "This interview as Markdown") -> tuple[str, str]:
    return download(page.get_by_role("button", name=button))


def fill_followup(page: Page) -> None:
    """What the follow-up tools and the stage form would have stored, through the store."""
    page.evaluate("""() => {
      const store = afterview.store;
      store.setFollowup({organisation: "Müller & Söhne GmbH", position: "Werkstudent Data Science",
                         date: "2026-11-20", decision: "2026-12-01"});
      store.setStage(store.currentId(), {stage: "next-round", on: "2026-11-24", due: "2026-11-27"});
      store.setStage(store.currentId(), {stage: "offer", on: "2026-11-30", due: "2026-12-07"});
    }""")


def test_the_export_names_organisation_position_dates_and_stages(page, site_url):
    start_record(page, site_url, "Müller & Söhne GmbH")
    fill_followup(page)
    page.reload()
    day = {d: page.evaluate("d => afterview.formatDay(d)", d)
           for d in ("2026-11-20", "2026-12-01", "2026-11-24", "2026-11-27", "2026-11-30",
                     "2026-12-07")}
    text = markdown(page)[1]
    head = text.split("\n\n")[1].splitlines()
    assert head == [
        "- Organisation: Müller & Söhne GmbH",
        "- Position: Werkstudent Data Science",
        f"- Interview date: {day['2026-11-20']}",
        f"- Decision promised by: {day['2026-12-01']}",
        f"- Stage: Offer since {day['2026-11-30']} \u00b7 answer by {day['2026-12-07']}",
        f"- Earlier: {day['2026-11-24']}: Next round \u00b7 next round on {day['2026-11-27']}",
    ]


def test_a_record_without_follow_up_details_has_no_empty_lines_for_them(page, site_url):
    start_record(page, site_url, "ACME")
    text = markdown(page)[1]
    assert text.startswith("# Interview: ACME\n\nStarted ")
    assert "Organisation" not in text and "Stage" not in text


def test_the_german_export_in_german(page, site_url):
    start_record(page, site_url, "Müller & Söhne GmbH")
    fill_followup(page)
    page.goto(site_url + "de/records.html")
    text = markdown(page, "Dieses Gespräch als Markdown")[1]
    assert "- Organisation: Müller & Söhne GmbH\n- Stelle: Werkstudent Data Science\n" in text
    assert "- Datum des Gesprächs: " in text and "- Entscheidung zugesagt bis: " in text
    assert re.search(r"^- Stand: Angebot seit .+$", text, re.M)
    assert re.search(r"^- Vorher: .+: Nächste Runde", text, re.M)


@pytest.mark.parametrize(("language", "us_uk", "de"), [
    ("", "US/UK practice", "German practice"),
    ("de/", "Praxis in den USA und Großbritannien", "Praxis in Deutschland"),
])
def test_items_of_one_practice_are_labelled(page, site_url, language, us_uk, de):
    page.goto(site_url + language + "follow-up.html")
    for key in ("thank-you/send-within-48h", "thank-you/short-email-de", "thank-you/names"):
        box(page, key).check()
    text = {key: item(page, key).locator(".av-item__text").inner_text().strip()
            for key in ("thank-you/send-within-48h", "thank-you/short-email-de",
                        "thank-you/names", "thank-you/one-per-interviewer")}
    page.goto(site_url + language + "records.html")
    button = "This interview as Markdown" if not language else "Dieses Gespräch als Markdown"
    lines = markdown(page, button)[1].splitlines()
    assert f"- [x] {text['thank-you/send-within-48h']} *({us_uk})*" in lines
    assert f"- [x] {text['thank-you/short-email-de']} *({de})*" in lines
    assert f"- [x] {text['thank-you/names']}" in lines, "an item for every practice: no label"
    # An open item of one practice is labelled too.
    assert f"- [ ] {text['thank-you/one-per-interviewer']} *({us_uk})*" in lines


@pytest.mark.parametrize(("name", "file"), [
    ("Müller & Söhne GmbH – Werkstudent Data Science",
     "afterview-mueller-soehne-gmbh-werkstudent-data-science"),
    ("Crème Brûlée Ltd, Ærø – STRAẞE", "afterview-creme-brulee-ltd-aero-strasse"),
    (LONG, "afterview-internationale-wirtschaftspruefungsgesellschaft"),
    ("面接", "afterview-interview"),
])
def test_file_names_keep_umlauts_and_are_cut_between_words(page, site_url, name, file):
    start_record(page, site_url, name)
    assert markdown(page)[0] == file + ".md"
    assert download(page.get_by_role("button", name="This interview as JSON"))[0] == file + ".json"


def test_a_long_name_is_cut_at_the_last_whole_word_that_fits(page, site_url):
    start_record(page, site_url, "Anna Schmidt und Partner Steuerberatungsgesellschaft Köln "
                                 "Praktikum im Bereich Lohnbuchhaltung")
    name = markdown(page)[0].removesuffix(".md").removeprefix("afterview-")
    assert name == "anna-schmidt-und-partner-steuerberatungsgesellschaft-koeln"
    assert len(name) <= 60
