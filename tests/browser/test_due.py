"""What is due, on the start page (issue 17, item 2): across every interview, the thank-you
note, the status enquiry, the decision date, a next round and an offer's deadline, grouped
into overdue, today and coming up, with the right dates and links; "Done" ticks the task of
that interview; a link opens its letter for that interview; one calendar file holds every
upcoming date. The clock is fixed at Tuesday 1 December 2026."""

from __future__ import annotations

import pytest
from icalendar import Calendar
from playwright.sync_api import Page, expect

from tests.browser.actions import download

TODAY = "2026-12-01T10:00:00"
PREFIX = {"en": "", "de": "de/"}
LANGUAGES = pytest.mark.parametrize("lang", ["en", "de"])

# Five interviews, created through the store's own API as the tools would.
SEED = """() => {
  const store = window.afterview.store;
  function add(label, followup, stage) {
    const id = store.createRun(label);
    store.setFollowup(followup);
    if (stage) store.setStage(id, stage);
    return id;
  }
  return {
    // US practice: thank-you 1 working day after Mon 30 Nov (today), status after 7.
    acme: add("ACME", {organisation: "ACME", position: "Analyst", date: "2026-11-30",
                       convention: "us"}),
    // German practice, decision promised for 23 Nov: ask 2 working days later (25 Nov).
    beta: add("Beta", {organisation: "Beta GmbH", date: "2026-11-16", decision: "2026-11-23",
                       convention: "de"}),
    cosmo: add("Cosmo", {organisation: "Cosmo Ltd"},
               {stage: "offer", on: "2026-11-28", due: "2026-12-04"}),
    delta: add("Delta", {organisation: "Delta"},
               {stage: "next-round", on: "2026-11-20", due: "2026-11-27"}),
    echo: add("Echo", {organisation: "Echo", date: "2026-11-30"},
              {stage: "rejected", on: "2026-11-30"}),
  };
}"""

WORDS = {
    "en": {
        "overdue": "Overdue",
        "today": "Today",
        "later": "Coming up",
        "status_beta": "Ask about the status: Beta GmbH",
        "round_delta": "Note how the next round went: Delta",
        "thanks_acme": "Send a thank-you note: ACME",
        "offer_cosmo": "Answer the offer: Cosmo Ltd",
        "status_acme": "Ask about the status: ACME",
        "late": "6 days late",
        "done": "Done",
        "write_note": "Write the note",
        "ics": "Add upcoming dates to your calendar (.ics)",
        "nothing": "Nothing yet.",
    },
    "de": {
        "overdue": "Überfällig",
        "today": "Heute",
        "later": "Demnächst",
        "status_beta": "Nach dem Stand fragen: Beta GmbH",
        "round_delta": "Notieren Sie, wie die nächste Runde lief: Delta",
        "thanks_acme": "Dankesschreiben schicken: ACME",
        "offer_cosmo": "Auf das Angebot antworten: Cosmo Ltd",
        "status_acme": "Nach dem Stand fragen: ACME",
        "late": "6 Tage überfällig",
        "done": "Erledigt",
        "write_note": "Nachricht schreiben",
        "ics": "Anstehende Termine in Ihren Kalender (.ics)",
        "nothing": "Noch nichts.",
    },
}


def open_start(page: Page, site_url: str, lang: str) -> dict:
    page.clock.set_fixed_time(TODAY)
    page.goto(site_url + PREFIX[lang] + "index.html")
    ids = page.evaluate(SEED)
    page.reload()
    return ids


def lines(page: Page, group: str) -> list[str]:
    return page.locator(f'[data-av-due-group="{group}"] .av-due__what').all_inner_texts()


@LANGUAGES
def test_what_is_due_is_grouped_with_the_right_dates(
    page: Page, site_url: str, lang: str, errors: list[str]
) -> None:
    words = WORDS[lang]
    open_start(page, site_url, lang)
    assert lines(page, "overdue") == [words["status_beta"], words["round_delta"]]
    assert lines(page, "today") == [words["thanks_acme"]]
    assert lines(page, "later") == [words["offer_cosmo"], words["status_acme"]]
    days = page.locator(".av-due__item time").evaluate_all("els => els.map(e => e.dateTime)")
    assert days == ["2026-11-25", "2026-11-27", "2026-12-01", "2026-12-04", "2026-12-09"]
    beta = page.locator(".av-due__item", has_text=words["status_beta"])
    expect(beta.locator(".av-due__late")).to_have_text(words["late"])
    for group in ("overdue", "today", "later"):
        expect(page.locator(f"#av-due-{group}")).to_have_text(words[group])
    assert not errors


@LANGUAGES
def test_each_line_links_to_the_letter_or_checklist_that_does_it(
    page: Page, site_url: str, lang: str
) -> None:
    open_start(page, site_url, lang)
    hrefs = {
        item.get_attribute("data-av-due-kind"): item.locator("a").get_attribute("href")
        for item in page.locator(".av-due__item").all()
    }
    assert hrefs == {
        "status": "follow-up.html#av-letter-status",
        "roundPast": "records.html",
        "thanks": "follow-up.html#av-letter-thank-you",
        "offer": "offer.html#checklist-offer",
    }
    for href in set(hrefs.values()):
        target = href.partition("#")[2]
        if target:
            page.goto(site_url + PREFIX[lang] + href)
            expect(page.locator("#" + target)).to_be_attached()


def test_following_a_line_opens_the_letter_for_that_interview(page: Page, site_url: str) -> None:
    ids = open_start(page, site_url, "en")
    assert page.evaluate("window.afterview.store.currentId()") == ids["echo"]  # the last made
    page.locator(".av-due__item", has_text=WORDS["en"]["thanks_acme"]).get_by_role(
        "link", name=WORDS["en"]["write_note"]
    ).click()
    page.wait_for_url("**/follow-up.html#av-letter-thank-you")
    assert page.evaluate("window.afterview.store.currentId()") == ids["acme"]
    expect(page.locator("#av-letter-thank-you-organisation")).to_have_value("ACME")


@LANGUAGES
def test_done_ticks_that_interviews_task_and_the_line_goes(
    page: Page, site_url: str, lang: str
) -> None:
    words = WORDS[lang]
    ids = open_start(page, site_url, lang)
    page.locator(".av-due__item", has_text=words["thanks_acme"]).get_by_role(
        "button", name=words["done"]
    ).click()
    expect(page.locator('[data-av-due-group="today"]')).to_be_hidden()
    answer = page.evaluate(
        "id => window.afterview.store.run(id).answers['thank-you/record-sent']", ids["acme"]
    )
    assert answer["done"] is True
    # The current interview stays what it was; only ACME's task was ticked.
    assert page.evaluate("window.afterview.store.currentId()") == ids["echo"]
    assert not page.evaluate(
        "id => window.afterview.store.run(id).answers['thank-you/record-sent']", ids["echo"]
    )
    page.reload()
    assert lines(page, "today") == []


@LANGUAGES
def test_one_calendar_file_holds_every_upcoming_date(page: Page, site_url: str, lang: str) -> None:
    words = WORDS[lang]
    open_start(page, site_url, lang)
    name, text = download(page.get_by_role("button", name=words["ics"]))
    assert name == "afterview-dates.ics"
    events = [event for event in Calendar.from_ical(text).walk("VEVENT")]
    found = sorted((str(event.decoded("DTSTART")), str(event["SUMMARY"])) for event in events)
    assert found == [
        ("2026-12-01", words["thanks_acme"]),
        ("2026-12-04", words["offer_cosmo"]),
        ("2026-12-09", words["status_acme"]),
    ]
    assert "[" not in text  # no placeholder such as [organisation] anywhere
    assert len({str(event["UID"]) for event in events}) == 3


@LANGUAGES
def test_without_interviews_the_list_says_how_to_start(
    page: Page, site_url: str, lang: str
) -> None:
    page.goto(site_url + PREFIX[lang] + "index.html")
    expect(page.locator("[data-av-due-empty]")).to_contain_text(WORDS[lang]["nothing"])
    expect(page.get_by_role("button", name=WORDS[lang]["ics"])).to_be_disabled()


def test_bad_dates_in_storage_list_nothing_and_break_nothing(
    page: Page, site_url: str, errors: list[str]
) -> None:
    """Dates the store refuses (impossible days, a deadline on a stage without one) never
    reach the list; the rest of the interview still shows."""
    page.clock.set_fixed_time(TODAY)
    page.goto(site_url + "index.html")
    page.evaluate("""() => {
      const store = window.afterview.store;
      const id = store.createRun("Odd");
      store.setFollowup({organisation: "Odd", date: "2026-02-31", decision: "soon"});
      store.setStage(id, {stage: "waiting", on: "2026-13-01"});
      store.setStage(id, {stage: "offer", on: "2026-11-30", due: "2026-11-31"});
    }""")
    page.reload()
    expect(page.locator("[data-av-due-empty]")).to_be_visible()
    assert page.locator(".av-due__item").count() == 0
    assert not errors


@LANGUAGES
def test_the_due_list_with_lines_has_no_wcag_violations(page: Page, site_url: str,
                                                       lang: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    open_start(page, site_url, lang)
    results = Axe().run(page, context="#av-due", options={"runOnly": {"type": "tag", "values": [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]}})
    assert results.response["violations"] == []
