"""Dates and times in the reader's convention (issue 18, item 5). On English pages the
browser's first language decides: en-US reads "Nov 30, 2026" and 12-hour times, every
other reader (en-GB, en-AU, a German browser on an English page) "30 Nov 2026" and 24-hour
times; German pages read "30. Nov. 2026". One place formats them (AV.formatDay,
AV.formatDate, AV.formatTime in docs/assets/js/strings.js), and the dates tool, its
calendar file and the records page follow it. A letter is written for the employer: its
date follows the practice chosen for it (DECISIONS.md, "Dates in the reader's convention")."""

from __future__ import annotations

import json
import re

import icalendar
import pytest
from playwright.sync_api import expect

from tests.browser.actions import download, open_with_stored

# (browser locale, page folder, a day, a time of day)
FORMATS = [
    ("en-GB", "", "30 Nov 2026", "22:07"),
    ("en-AU", "", "30 Nov 2026", "22:07"),
    ("en-US", "", "Nov 30, 2026", "10:07 PM"),
    ("de-DE", "", "30 Nov 2026", "22:07"),  # a German browser on an English page
    ("de-DE", "de/", "30. Nov. 2026", "22:07"),
    ("en-US", "de/", "30. Nov. 2026", "22:07"),  # German pages read German
]


@pytest.mark.parametrize(("locale", "folder", "day", "time"), FORMATS)
def test_one_place_formats_days_and_times_in_the_readers_convention(
        browser, site_url, locale, folder, day, time):
    context = browser.new_context(locale=locale, timezone_id="Europe/London")
    page = context.new_page()
    page.goto(site_url + folder + "records.html")
    found = page.evaluate("""() => [
        window.afterview.formatDay("2026-11-30"),
        window.afterview.formatDate(new Date(2026, 10, 30, 22, 7).toISOString()),
        window.afterview.formatTime(new Date(2026, 10, 30, 22, 7).toISOString())]""")
    assert found == [day, day, time]
    context.close()


@pytest.mark.parametrize(("locale", "interview", "decision"), [
    ("en-GB", "interview 20 Nov 2026", "decision promised by 27 Nov 2026"),
    ("en-US", "interview Nov 20, 2026", "decision promised by Nov 27, 2026"),
])
def test_the_records_page_writes_the_readers_dates(browser, site_url, storage_key, locale,
                                                     interview, decision):
    context = browser.new_context(locale=locale)
    page = context.new_page()
    doc = {"version": 2, "current": "r1", "runs": {"r1": {
        "label": "ACME, 20 Nov", "created": "2026-11-20T09:00:00.000Z", "answers": {},
        "followup": {"organisation": "ACME", "date": "2026-11-20", "decision": "2026-11-27"}}}}
    open_with_stored(page, site_url + "records.html", storage_key, json.dumps(doc))
    expect(page.locator(".av-records__card .av-records__meta").nth(1)).to_have_text(
        re.compile(re.escape(f"{interview} · {decision}")))
    context.close()


@pytest.mark.parametrize(("locale", "thanks", "described"), [
    ("en-GB", "Wednesday, 3 June 2026", "on Tuesday, 2 June 2026."),
    ("en-US", "Wednesday, June 3, 2026", "on Tuesday, June 2, 2026."),
])
def test_the_dates_tool_and_its_calendar_file_follow_the_reader(browser, site_url, locale,
                                                                thanks, described):
    context = browser.new_context(locale=locale)
    page = context.new_page()
    page.goto(site_url + "follow-up.html")
    dates = page.locator("#av-dates")
    dates.get_by_label("Position").fill("Junior Data Analyst")
    dates.get_by_label("Date of the interview").fill("2026-06-02")
    expect(dates.locator('[data-av-when="thanks"]')).to_have_text(thanks)
    _, ics = download(dates.get_by_role("button", name=re.compile("calendar")))
    event = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]
    assert f"Your interview for Junior Data Analyst {described}" in str(event["DESCRIPTION"])
    context.close()


def test_a_letter_writes_the_date_as_its_practice_does_whoever_reads_it(browser, site_url):
    # An en-GB reader writing to a US employer: the letter says "June 3", the page "3 Jun".
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.goto(site_url + "follow-up.html")
    tool = page.locator("#av-letter-thank-you")
    tool.get_by_label("Date of the interview").fill("2026-06-03")
    tool.get_by_label("Practice").select_option("us")
    expect(tool.get_by_label("Your letter")).to_have_value(re.compile(r"on June 3 to discuss"))
    tool.get_by_label("Practice").select_option("uk")
    expect(tool.get_by_label("Your letter")).to_have_value(re.compile(r"on 3 June to discuss"))
    tool.get_by_label("Language of the letter").select_option("de")
    tool.get_by_label("Practice").select_option("de")
    expect(tool.get_by_label("Your letter")).to_have_value(re.compile(r"am 3\. Juni"))
    context.close()


@pytest.mark.parametrize(("locale", "time"), [("en-GB", "22:07"), ("en-US", "10:07 PM")])
def test_a_checklists_saved_time_follows_the_reader(browser, site_url, locale, time):
    """The "Saved 22:07" line under a checklist (checklist.js) uses AV.formatTime too."""
    context = browser.new_context(locale=locale, timezone_id="Europe/London")
    page = context.new_page()
    page.clock.set_fixed_time("2026-11-30T22:07:00Z")
    page.goto(site_url + "review.html")
    page.locator('[data-av-key="review/atmosphere"] .av-item__box').check()
    expect(page.locator(".av-checklist").first).to_contain_text(f"Saved {time}")
    context.close()
