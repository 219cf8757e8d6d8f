"""A job seeker's day (issue 17, "done when"), in English and in German, through the pages
as a user works them: four interviews at different stages (waiting to hear, two offers, a
next round), the start page listing what is due with the right dates and links, the two
offers compared on the offer page, and a file for the careers adviser, locked with a
passphrase, opened on the adviser's page. The clock is fixed at Tuesday 1 December 2026."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from macros.labels import LABELS
from tests.browser.test_adviser import PASS, _make, _open
from tests.browser.test_compare import WORDS as COMPARE
from tests.browser.test_stages import card, set_stage

PREFIX = {"en": "", "de": "de/"}
DUE = {
    "en": {
        "thanks": "Send a thank-you note: ACME",
        "offer": "Answer the offer: {}",
        "round": "Next round: Delta",
        "status": "Ask about the status: ACME",
    },
    "de": {
        "thanks": "Dankesschreiben schicken: ACME",
        "offer": "Auf das Angebot antworten: {}",
        "round": "Nächste Runde: Delta",
        "status": "Nach dem Stand fragen: ACME",
    },
}


def start(page: Page, site_url: str, lang: str, name: str) -> None:
    """Start a named interview on the records page; it becomes the current one."""
    words = LABELS[lang]
    page.goto(site_url + PREFIX[lang] + "records.html")
    page.get_by_label(words["rec_new_name"]).fill(name)
    page.get_by_role("button", name=words["rec_start"], exact=True).click()
    expect(page.locator(".av-records__card", has_text=name)).to_have_count(1)


def have_an_offer(page: Page, site_url: str, lang: str, deadline: str) -> None:
    """On the offer page: "I have an offer", with the deadline to answer."""
    words = LABELS[lang]
    page.goto(site_url + PREFIX[lang] + "offer.html")
    page.get_by_label(words["stage_offer_due"]).fill(deadline)
    page.get_by_role("button", name=words["stage_offer_button"]).click()
    expect(page.locator("[data-av-stage-status]")).not_to_be_empty()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_day_with_four_interviews(
    page: Page, site_url: str, lang: str, tmp_path, errors: list[str]
) -> None:
    page.clock.set_fixed_time("2026-12-01T09:30:00")
    prefix = site_url + PREFIX[lang]

    # Yesterday's interview at ACME, US practice, noted in the follow-up letter builder.
    start(page, site_url, lang, "ACME")
    page.goto(prefix + "follow-up.html")
    # The letter builder may sit in a section the page shows folded: open it, as a reader would.
    page.locator("#av-letter-thank-you").evaluate(
        "el => { for (let d = el.closest('details'); d; d = d.parentElement.closest('details'))"
        " d.open = true; }"
    )
    # An English letter (on the German page too: an application to a US employer).
    page.locator("#av-letter-thank-you-lang").select_option("en")
    page.locator("#av-letter-thank-you-convention").select_option("us")
    page.locator("#av-letter-thank-you-organisation").fill("ACME")
    page.locator("#av-letter-thank-you-date").fill("2026-11-30")
    # Two offers, noted where they happen: on the offer page.
    for name, deadline in (("Beta GmbH", "2026-12-04"), ("Cosmo Ltd", "2026-12-10")):
        start(page, site_url, lang, name)
        have_an_offer(page, site_url, lang, deadline)
    # A next round at Delta, and ACME waiting to hear, noted on the records page.
    start(page, site_url, lang, "Delta")
    set_stage(page, lang, "Delta", "next-round", "2026-11-27", "2026-12-07")
    set_stage(page, lang, "ACME", "waiting", "2026-11-30")
    expect(card(page, "Delta")).to_contain_text("7")

    # The start page: what is due, with the right dates and links.
    page.goto(prefix + "index.html")
    due = DUE[lang]
    today = page.locator('[data-av-due-group="today"] .av-due__item')
    expect(today).to_have_count(1)
    expect(today).to_contain_text(due["thanks"])
    later = page.locator('[data-av-due-group="later"] .av-due__item')
    expect(later.locator(".av-due__what")).to_have_text(
        [
            due["offer"].format("Beta GmbH"),
            due["round"],
            due["status"],
            due["offer"].format("Cosmo Ltd"),
        ]
    )
    assert later.locator("time").evaluate_all("els => els.map(e => e.dateTime)") == [
        "2026-12-04",
        "2026-12-07",
        "2026-12-09",
        "2026-12-10",
    ]
    assert later.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))") == [
        "offer.html#checklist-offer",
        "further-rounds/index.html#checklist-preparation",
        "follow-up.html#av-letter-status",
        "offer.html#checklist-offer",
    ]
    expect(page.locator('[data-av-due-group="overdue"]')).to_be_hidden()

    # Following "Answer the offer" for Beta opens the offer page with Beta as the interview.
    later.nth(0).locator("a").click()
    page.wait_for_url("**/offer.html#checklist-offer")
    expect(page.locator("#checklist-offer")).to_contain_text("Beta GmbH")

    # The two offers side by side.
    words = COMPARE[lang]
    expect(page.locator("#av-compare thead th")).to_have_count(4)
    page.get_by_label(f"Beta GmbH: {words['pay']}", exact=True).select_option("5")
    page.get_by_label(f"Cosmo Ltd: {words['pay']}", exact=True).select_option("3")
    page.get_by_label(f"Beta GmbH: {words['people']}", exact=True).select_option("2")
    page.get_by_label(f"Cosmo Ltd: {words['people']}", exact=True).select_option("5")
    scores = page.locator("#av-compare tfoot td.av-compare__score")
    # Equal weights (3): Beta (5 + 2) / 10, Cosmo (3 + 5) / 10.
    expect(scores.nth(0)).to_contain_text(words["score"].format(70))
    expect(scores.nth(1)).to_contain_text(words["score"].format(80))

    # A file for the adviser, locked, opened in the adviser's (empty) browser.
    _, text = _make(page, site_url, lang, None, PASS)
    page.evaluate("() => localStorage.clear()")
    _open(page, site_url, lang, tmp_path, text, PASS)
    view = page.locator("[data-av-view]")
    expect(view.locator("h2")).to_have_count(4)
    for name in ("ACME", "Beta GmbH", "Cosmo Ltd", "Delta"):
        expect(view).to_contain_text(name)
    stage_words = {"en": "Offer", "de": "Angebot"}[lang]
    expect(view.locator("section, article, div", has_text="Beta GmbH").first).to_contain_text(
        stage_words
    )
    assert errors == []
