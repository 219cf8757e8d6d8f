"""The follow-up tools in the built site: the letter builder (keyboard, copy, download,
mailto, both languages, hostile names) and the follow-up dates (the rules in two time zones,
the .ics read by the icalendar package), kept on the interview record (version 2)."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import holidays
import icalendar
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from macros.holidays import holiday_data
from tests.browser.actions import download, import_file, open_with_stored, stored
from tests.browser.test_accessibility import WCAG
from tests.sitebuild import ROOT
from tests.unit.test_followup_dates import expected

CASES = json.loads((ROOT / "tests/fixtures/followup-dates.json").read_text())["cases"]
HOSTILE = "O'Brien-Müller <img src=x onerror=alert(1)> 🙂"
THANKS = "#av-letter-thank-you"


def type_into(page: Page, tool, label: str, text: str) -> None:
    """Focus a field through its label and type, as a keyboard user does."""
    tool.get_by_label(label, exact=True).focus()
    page.keyboard.type(text)


@pytest.fixture
def errors(page: Page) -> list[str]:
    found: list[str] = []
    page.on("pageerror", lambda error: found.append(str(error)))
    page.on("dialog", lambda dialog: (found.append("dialog: " + dialog.message), dialog.dismiss()))
    return found


def test_a_thank_you_note_by_keyboard_copied_and_downloaded(context, page, site_url, errors):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + "follow-up.html")
    tool = page.locator(THANKS)
    expect(tool.locator("[data-av-nojs]")).to_be_hidden()
    tool.get_by_label("Form of address").select_option("ms")
    type_into(page, tool, "Interviewer's last name", "Okafor")
    type_into(page, tool, "Position", "Junior Data Analyst")
    type_into(page, tool, "Organisation", "ACME")
    tool.get_by_label("Date of the interview").focus()
    page.keyboard.type("06032026")  # the date field, as typed in an en-US Chromium
    type_into(page, tool, "One point from the conversation worth picking up",
              "your plans to reach students with short videos.")
    type_into(page, tool, "What you want to add", "As you asked, I attach two writing samples.")
    type_into(page, tool, "Your name", "Jordan Lee")
    text = tool.get_by_label("Your letter").input_value()
    # US practice by default on the English page: US forms. The subject is the first line,
    # with no "Subject:" label in what is copied or downloaded.
    assert text.startswith("Thank you: Junior Data Analyst interview\n\nDear Ms. Okafor,\n\n")
    assert "on June 3 to discuss the Junior Data Analyst role at ACME." in text
    assert ("You mentioned your plans to reach students with short videos. In my "
            "[internship or job] I [did X, with result Y]") in text
    assert "\n\nAs you asked, I attach two writing samples.\n\n" in text
    assert text.endswith("Best regards,\nJordan Lee\n[phone number]\n")
    assert "undefined" not in text and "null" not in text and "{" not in text

    tool.get_by_role("button", name="Copy the letter").click()
    expect(tool.get_by_role("status")).to_have_text(
        "Copied. The first line is the subject: put it in the subject field, and paste the rest "
        "into your e-mail.")
    assert page.evaluate("navigator.clipboard.readText()") == text
    name, downloaded = download(tool.get_by_role("button", name="Download (.txt)"))
    assert name == "afterview-thank-you.txt" and downloaded == text

    href = tool.get_by_role("link", name="Open in your mail program").get_attribute("href")
    query = parse_qs(urlsplit(href).query)
    assert query["subject"] == ["Thank you: Junior Data Analyst interview"]
    assert query["body"][0].startswith("Dear Ms. Okafor,\r\n\r\nThank you for meeting me")

    # Kept on the current record: the status enquiry further down already knows it all.
    status = page.locator("#av-letter-status").get_by_label("Your letter").input_value()
    assert "Dear Ms. Okafor," in status
    assert "Junior Data Analyst position at ACME on June 3" in status

    # UK practice: UK forms.
    tool.get_by_label("Practice").select_option("uk")
    text = tool.get_by_label("Your letter").input_value()
    assert "Dear Ms Okafor,\n" in text and "on 3 June to discuss" in text
    assert text.endswith("Kind regards,\nJordan Lee\n[phone number]\n")
    page.reload()
    expect(page.locator(THANKS).get_by_label("Organisation")).to_have_value("ACME")
    assert errors == []


def test_empty_fields_leave_clear_gaps_in_both_languages(page, site_url):
    page.goto(site_url + "rejection.html")
    tool = page.locator("#av-letter-feedback")
    text = tool.get_by_label("Your letter").input_value()
    assert text.startswith("[position] role: a request for feedback\n\n"
                           "Dear [name of the interviewer],\n")
    assert text.endswith("Best regards,\n[your name]\n[phone number]\n")
    tool.get_by_label("Language of the letter").select_option("de")
    tool.get_by_label("Form of address").select_option("mr")
    text = tool.get_by_label("Your letter").input_value()
    # DIN 5008: an empty line after the salutation, the text goes on in lower case.
    assert text.startswith("Bitte um Feedback – Stelle als [Stelle]\n\n"
                           "Sehr geehrter Herr [Name der Ansprechperson],\n\nvielen Dank")
    for word in ("undefined", "null", "{"):
        assert word not in text


def test_the_german_page_writes_german_letters(page, site_url):
    page.goto(site_url + "de/offer.html")
    tool = page.locator("#av-letter-decline")
    expect(tool.get_by_label("Sprache des Briefs")).to_have_value("de")
    tool.get_by_label("Anrede").select_option("ms")
    tool.get_by_label("Nachname der Ansprechperson").fill("Okafor")
    tool.get_by_label("Stelle", exact=True).fill("Junior Data Analyst")
    tool.get_by_label("Unternehmen oder Organisation").fill("Müller Logistik")
    tool.get_by_label("Ihr Name").fill("Jordan Lee")
    tool.get_by_text("Eine Bewerbung zurückziehen").click()
    text = tool.get_by_label("Ihr Brief").input_value()
    assert text == (
        "Rücknahme meiner Bewerbung als Junior Data Analyst\n\n"
        "Sehr geehrte Frau Okafor,\n\n"
        "vielen Dank, dass Sie mich für die Stelle als Junior Data Analyst in Betracht gezogen "
        "haben. Hiermit ziehe ich meine Bewerbung zurück, [da ich inzwischen eine andere Stelle "
        "angenommen habe / da sich meine Pläne geändert haben].\n\n"
        "Es war spannend, Ihre Arbeit kennenzulernen, und ich würde mich freuen, wenn sich "
        "unsere Wege einmal wieder kreuzen.\n\nMit freundlichen Grüßen\nJordan Lee\n"
        "[Telefonnummer]\n")
    # An academic title: "Frau Dr. Okafor".
    tool.get_by_label("Akademischer Titel").select_option("dr")
    assert "\n\nSehr geehrte Frau Dr. Okafor,\n\nvielen Dank" in (
        tool.get_by_label("Ihr Brief").input_value())
    tool.get_by_label("Akademischer Titel").select_option("")
    # No form of address: "Guten Tag" with the full name, never with the last name alone.
    tool.get_by_label("Anrede").select_option("none")
    assert "\n\nGuten Tag [Vorname] Okafor,\n\n" in tool.get_by_label("Ihr Brief").input_value()
    tool.get_by_label("Vorname der Ansprechperson").fill("Ada")
    assert "\n\nGuten Tag Ada Okafor,\n\n" in tool.get_by_label("Ihr Brief").input_value()
    # No name known.
    tool.get_by_label("Anrede").select_option("unknown")
    assert "\n\nSehr geehrte Damen und Herren,\n\nvielen Dank" in (
        tool.get_by_label("Ihr Brief").input_value())
    # The point field is not used by this letter, so it is not shown.
    point = tool.get_by_label("Ein Punkt aus dem Gespräch, den Sie aufgreifen möchten")
    expect(point).to_be_hidden()


def test_html_in_a_name_stays_text_everywhere(page, site_url, errors):
    page.goto(site_url + "follow-up.html")
    tool = page.locator(THANKS)
    tool.get_by_label("Interviewer's last name").fill(HOSTILE)
    tool.get_by_label("Organisation").fill("A&B; Co, <i>Ltd</i>")
    text = tool.get_by_label("Your letter").input_value()
    assert f"Dear [first name] {HOSTILE}," in text
    assert page.locator(".md-content img[src=x], .md-content i").count() == 0
    _, downloaded = download(tool.get_by_role("button", name="Download (.txt)"))
    assert HOSTILE in downloaded
    href = tool.get_by_role("link", name="Open in your mail program").get_attribute("href")
    assert "<" not in href and " " not in href
    assert HOSTILE in parse_qs(urlsplit(href).query)["body"][0]

    dates = page.locator("#av-dates")
    dates.get_by_label("Date of the interview").fill("2026-06-02")
    _, ics = download(dates.get_by_role("button", name=re.compile("calendar")))
    assert "SUMMARY:Send a thank-you note: A&B\\; Co\\, <i>Ltd</i>\r\n" in ics
    assert errors == []


def test_a_letter_too_long_for_mailto_falls_back_to_copy_and_download(page, site_url):
    page.goto(site_url + "follow-up.html")
    tool = page.locator(THANKS)
    link = tool.get_by_role("link", name="Open in your mail program")
    expect(link).to_be_visible()
    tool.get_by_label("Your letter").fill("Hello\n\n" + "A long letter. " * 120)
    expect(link).to_be_hidden()
    expect(tool.locator("[data-av-long]")).to_be_visible()
    expect(tool.get_by_role("button", name="Download (.txt)")).to_be_enabled()
    tool.get_by_label("Your letter").fill("Hello\n\nShort again.")
    expect(link).to_be_visible()
    assert link.get_attribute("href") == "mailto:?subject=Hello&body=Short%20again."


def test_edits_to_the_letter_survive_unrelated_changes(page, site_url):
    page.goto(site_url + "follow-up.html")
    tool = page.locator(THANKS)
    area = tool.get_by_label("Your letter")
    area.fill("My own words")
    page.locator('[data-av-key="thank-you/decide"] .av-item__box').check()
    expect(page.locator('[data-av-checklist="thank-you"] .av-bar__status')).to_contain_text(
        "Saved")
    expect(area).to_have_value("My own words")
    # A change of the letter's own fields does write it anew.
    tool.get_by_label("Organisation").fill("ACME")
    expect(area).to_have_value(re.compile(r"^Thank you: .* at ACME\.", re.DOTALL))


def test_no_subject_label_and_the_no_name_salutation_in_both_languages(context, page, site_url):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + "de/follow-up.html")
    tool = page.locator("#av-letter-status")
    tool.get_by_label("Stelle", exact=True).fill("Junior Data Analyst")
    tool.get_by_label("Anrede").select_option("unknown")
    tool.get_by_role("button", name="Brief kopieren").click()
    expect(tool.get_by_role("status")).to_contain_text("Die erste Zeile ist der Betreff")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Bewerbung als Junior Data Analyst – Gespräch am [Datum des "
                             "Gesprächs]\n\nSehr geehrte Damen und Herren,\n\nam ")
    assert "Betreff" not in copied
    _, downloaded = download(tool.get_by_role("button", name="Herunterladen (.txt)"))
    assert downloaded == copied
    tool.get_by_label("Sprache des Briefs").select_option("en")
    text = tool.get_by_label("Ihr Brief").input_value()
    assert "\n\nDear Hiring Manager,\n\nI am writing" in text
    assert not text.startswith(("Subject", "Betreff"))


def test_titles_and_mx_in_us_and_uk_english(page, site_url):
    page.goto(site_url + "follow-up.html")
    tool = page.locator("#av-letter-status")
    tool.get_by_label("Interviewer's last name").fill("Okafor")
    tool.get_by_label("Form of address").select_option("ms")
    tool.get_by_label("Academic title").select_option("dr")
    area = tool.get_by_label("Your letter")
    expect(area).to_have_value(re.compile(r"\n\nDear Dr\. Okafor,\n\n"))
    tool.get_by_label("Practice").select_option("uk")
    expect(area).to_have_value(re.compile(r"\n\nDear Dr Okafor,\n\n"))
    tool.get_by_label("Academic title").select_option("prof")
    expect(area).to_have_value(re.compile(r"\n\nDear Professor Okafor,\n\n"))
    tool.get_by_label("Academic title").select_option("")
    tool.get_by_label("Form of address").select_option("mx")
    expect(area).to_have_value(re.compile(r"\n\nDear Mx Okafor,\n\n"))


def test_the_german_thank_you_takes_the_applicants_own_addition(page, site_url):
    page.goto(site_url + "de/follow-up.html")
    tool = page.locator(THANKS)
    expect(tool.get_by_label("Landesübliche Praxis")).to_have_value("de")
    point = tool.get_by_label("Ein Punkt aus dem Gespräch, den Sie aufgreifen möchten")
    # German practice: no point of the interviewer's to pick up, the applicant's own addition.
    expect(point).to_be_hidden()
    tool.get_by_label("Was Sie ergänzen möchten").fill(
        "Wie vereinbart sende ich Ihnen mein Praktikumszeugnis.")
    text = tool.get_by_label("Ihr Brief").input_value()
    assert ("für das interessante Gespräch am [Datum des Gesprächs]. Wie vereinbart sende ich "
            "Ihnen mein Praktikumszeugnis.\n\n") in text
    # US practice: both the interviewer's point and an evidence line.
    tool.get_by_label("Landesübliche Praxis").select_option("us")
    expect(point).to_be_visible()
    assert "Sie erwähnten [ein Punkt aus dem Gespräch]. In meinem [Praktikum oder Job]" in (
        tool.get_by_label("Ihr Brief").input_value())


def test_the_dates_tool_treats_the_uk_on_its_own(page, site_url):
    page.goto(site_url + "follow-up.html")
    dates = page.locator("#av-dates")
    dates.get_by_label("Date of the interview").fill("2026-06-02")
    expect(dates.locator('[data-av-why="thanks"]')).to_contain_text("within 24 to 48 hours")
    dates.get_by_role("radio", name=re.compile("^UK: ")).check()
    expect(dates.locator('[data-av-why="thanks"]')).to_contain_text(
        "In the UK a thank-you e-mail is optional")
    expect(dates.locator('[data-av-why="status"]')).to_contain_text("UK careers services")
    # The choice is the practice the letter builders use too.
    expect(page.locator(THANKS).get_by_label("Practice")).to_have_value("uk")


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Europe/Berlin"])
def test_the_script_follows_the_date_rules_in_every_time_zone(browser, site_url, zone):
    context = browser.new_context(timezone_id=zone)
    page = context.new_page()
    page.goto(site_url + "follow-up.html")
    timing = json.loads(page.locator("#av-dates [data-av-data]").text_content())
    # The page holds this year's holidays and the next two; the table is of 2026-2028.
    timing["holidays"] = holiday_data("en", range(2026, 2029))
    results = page.evaluate(
        "([cases, timing]) => cases.map(c => window.afterview.dates.followup("
        "c.interview, c.decision, timing, c.convention, c.region))", [CASES, timing])
    for case, found in zip(CASES, results, strict=True):
        if case.get("none"):
            assert found is None, case["why"]
        else:
            assert found == expected(case), case["why"]
    # The name of version 1 still answers.
    assert page.evaluate("window.afterview.followupDates === window.afterview.dates.followup")

    # The shown dates and the calendar's days are the entered local days.
    dates = page.locator("#av-dates")
    dates.get_by_label("Date of the interview").fill("2026-06-05")
    expect(dates.locator('[data-av-when="thanks"]')).to_have_text("Monday, June 8, 2026")
    expect(dates.locator('[data-av-when="status"]')).to_have_text("Tuesday, June 16, 2026")
    _, ics = download(dates.get_by_role("button", name=re.compile("calendar")))
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert [str(e.decoded("DTSTART")) for e in events] == ["2026-06-08", "2026-06-16"]
    context.close()


def test_a_calendar_entry_never_shows_a_gap(page, site_url):
    # Issue 18, item 6: the dates tool used before the letter builder wrote "[organisation]"
    # and "[position]" into the calendar.
    page.goto(site_url + "follow-up.html")
    dates = page.locator("#av-dates")
    dates.get_by_label("Date of the interview").fill("2026-06-02")
    _, ics = download(dates.get_by_role("button", name=re.compile("calendar")))
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [
        "Thank-you note for your interview on June 2",
        "Ask about the status of your interview on June 2"]
    assert str(events[0]["DESCRIPTION"]) == (
        "Your interview on Tuesday, June 2, 2026. Send a short, specific thank-you note.")
    assert "[" not in ics
    # Asked in the tool itself, and kept with the interview for the letters too.
    dates.get_by_label("Organisation").fill("ACME")
    dates.get_by_label("Position").fill("Junior Data Analyst")
    _, ics = download(dates.get_by_role("button", name=re.compile("calendar")))
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert str(events[0]["SUMMARY"]) == "Send a thank-you note: ACME"
    assert str(events[1]["DESCRIPTION"]).startswith(
        "Your interview for Junior Data Analyst on Tuesday, June 2, 2026.")
    expect(page.locator(THANKS).get_by_label("Organisation")).to_have_value("ACME")
    expect(page.locator(THANKS).get_by_label("Your letter")).to_have_value(
        re.compile("the Junior Data Analyst role at ACME"))


def _next_year(name: str, country: str = "DE", subdiv: str | None = None) -> date:
    """The day of a holiday next year (always among the years a build covers)."""
    year = date.today().year + 1
    found = holidays.country_holidays(country, subdiv=subdiv, years=year, language="en_US")
    return next(day for day, named in found.items() if named == name)


def test_public_holidays_move_the_dates_and_say_which(page, site_url, storage_key):
    page.goto(site_url + "follow-up.html")
    dates = page.locator("#av-dates")
    region = dates.get_by_label("Public holidays in Germany")
    expect(region).to_be_hidden()  # US practice: a Land does not count
    dates.get_by_role("radio", name=re.compile("^Germany: ")).check()
    expect(region).to_have_value("")
    # Whit Monday, for every German: the thank-you note moves from Monday to Tuesday.
    whit = _next_year("Pentecost Monday")
    dates.get_by_label("Date of the interview").fill((whit - timedelta(days=3)).isoformat())
    expect(dates.locator('[data-av-when="thanks"]')).to_have_text(
        re.compile(f"^Tuesday, {_us(whit + timedelta(days=1))}$"))
    expect(dates.locator('[data-av-moved="thanks"]')).to_have_text(
        f"Moved to Tue, {_us(whit + timedelta(days=1), False)}: Whit Monday "
        f"(Mon, {_us(whit, False)}) is a public holiday.")
    expect(dates.locator("[data-av-counted]")).to_have_text(
        re.compile("^Working days are Monday to Friday, without German federal holidays."))
    # Corpus Christi, a Thursday: a holiday in Bavaria, not in Berlin.
    corpus = _next_year("Corpus Christi", subdiv="BY")
    dates.get_by_label("Date of the interview").fill((corpus - timedelta(days=1)).isoformat())
    thanks = dates.locator('[data-av-when="thanks"]')
    expect(thanks).to_have_text(f"Thursday, {_us(corpus)}")
    expect(dates.locator('[data-av-moved="thanks"]')).to_be_hidden()
    region.select_option(label="Bavaria")
    expect(thanks).to_have_text(f"Friday, {_us(corpus + timedelta(days=1))}")
    expect(dates.locator('[data-av-moved="thanks"]')).to_contain_text("Corpus Christi")
    expect(dates.locator("[data-av-counted]")).to_have_text(
        "Working days are Monday to Friday, without the public holidays in Bavaria.")
    followup = next(iter(stored(page, storage_key)["runs"].values()))["followup"]
    assert followup["region"] == "BY" and followup["convention"] == "de"
    page.reload()
    expect(region).to_have_value("BY")
    expect(thanks).to_have_text(f"Friday, {_us(corpus + timedelta(days=1))}")
    region.select_option(label="Berlin")
    expect(thanks).to_have_text(f"Thursday, {_us(corpus)}")
    # Back to US practice: the Land is kept for later but does not count.
    dates.get_by_role("radio", name=re.compile("^US: ")).check()
    expect(region).to_be_hidden()
    expect(dates.locator("[data-av-counted]")).to_have_text(
        "Working days are Monday to Friday, without US federal holidays.")


def _us(day: date, year: bool = True) -> str:
    """A day as an en-US browser writes it: "June 4, 2027" (or "Jun 4")."""
    return f"{day:%B} {day.day}, {day.year}" if year else f"{day:%b} {day.day}"


def test_the_calendar_file_is_valid_icalendar(page, site_url, storage_key):
    page.goto(site_url + "follow-up.html")
    tool = page.locator(THANKS)
    tool.get_by_label("Position").fill("Junior Data Analyst; Team \\ Reports, Berlin")
    tool.get_by_label("Organisation").fill("Grünwald & Söhne — Ünïcödé 🙂 " * 3)
    dates = page.locator("#av-dates")
    dates.get_by_label("Date of the interview").fill("2026-06-02")
    dates.get_by_label("Date by which they said they would decide (optional)").fill("2026-06-12")
    expect(dates.locator('[data-av-why="status"]')).to_have_text(
        "(If they gave you a date, wait until it has passed, then allow one or two more working "
        "days before you ask.)")
    name, ics = download(dates.get_by_role("button", name=re.compile("calendar")))
    assert name == "afterview-follow-up.ics"
    raw = ics.encode()
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded at 75 octets
    calendar = icalendar.Calendar.from_ical(ics)
    assert calendar["VERSION"] == "2.0" and calendar.get("PRODID")
    events = calendar.walk("VEVENT")
    assert [str(e.decoded("DTSTART")) for e in events] == ["2026-06-03", "2026-06-16"]
    for event in events:
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert event.get("UID") and event.get("DTSTAMP")
        alarm = event.walk("VALARM")[0]
        assert alarm["ACTION"] == "DISPLAY" and alarm.get("DESCRIPTION") and alarm.get("TRIGGER")
    description = str(events[1]["DESCRIPTION"])
    assert "Junior Data Analyst; Team \\ Reports, Berlin" in description
    assert str(events[0]["SUMMARY"]) == (
        "Send a thank-you note: " + ("Grünwald & Söhne — Ünïcödé 🙂 " * 3).strip())
    run = stored(page, storage_key)["runs"]
    followup = next(iter(run.values()))["followup"]
    assert followup["date"] == "2026-06-02" and followup["decision"] == "2026-06-12"


def test_a_decision_date_before_the_interview_is_explained_not_used(page, site_url):
    page.goto(site_url + "de/follow-up.html")
    dates = page.locator("#av-dates")
    expect(dates.get_by_text("Geben Sie das Datum Ihres Gesprächs ein")).to_be_visible()
    dates.get_by_label("Datum des Gesprächs").fill("2026-06-02")
    dates.get_by_label("Datum, bis zu dem man sich melden wollte (optional)").fill("2026-05-29")
    expect(dates.locator("[data-av-early]")).to_be_visible()
    expect(dates.locator('[data-av-when="status"]')).to_have_text("Dienstag, 16. Juni 2026")
    expect(dates.locator('[data-av-why="status"]')).to_contain_text(
        "In Deutschland warten Sie ohne genannten Termin etwa zwei Wochen.")
    expect(dates.locator("[data-av-record]")).to_contain_text("Gespeichert beim Gespräch:")


def test_version_1_data_is_migrated_and_backups_carry_the_follow_up(
        page, site_url, storage_key, tmp_path):
    old = {"version": 1, "current": "r1", "runs": {"r1": {
        "label": "ACME, 2 Jun", "created": "2026-06-02T10:00:00.000Z",
        "answers": {"review/atmosphere": {"done": True, "note": "", "updated": ""}}}}}
    open_with_stored(page, site_url + "follow-up.html", storage_key, json.dumps(old))
    page.locator(THANKS).get_by_label("Organisation").fill("ACME")
    doc = stored(page, storage_key)
    assert doc["version"] == 5
    assert doc["runs"]["r1"]["followup"] == {"organisation": "ACME"}
    assert doc["runs"]["r1"]["answers"]["review/atmosphere"]["done"] is True
    expect(page.locator(".av-notice")).to_have_count(0)

    page.goto(site_url + "records.html")
    _, text = download(page.get_by_role("button", name="This interview as JSON"))
    backup = json.loads(text)
    assert backup["version"] == 2 and backup["runs"]["r1"]["followup"] == {"organisation": "ACME"}
    # A malformed follow-up is refused; a changed one makes a different record.
    backup["runs"]["r1"]["followup"]["date"] = "2 June"
    assert "cannot be imported" in import_file(page, tmp_path, json.dumps(backup))
    backup["runs"]["r1"]["followup"]["date"] = "2026-06-02"
    assert import_file(page, tmp_path, json.dumps(backup)) == "Imported 1 interview."
    runs = stored(page, storage_key)["runs"]
    assert sorted(run["followup"].get("date", "") for run in runs.values()) == ["", "2026-06-02"]


def test_malformed_follow_up_fields_are_kept_aside_never_thrown(page, site_url, storage_key,
                                                                 errors):
    doc = {"version": 2, "current": "r1", "runs": {"r1": {
        "label": "x", "created": "2026-06-02T10:00:00.000Z", "answers": {},
        "followup": {"organisation": "ACME", "date": 20260602, "address": "sir"}}}}
    open_with_stored(page, site_url + "follow-up.html", storage_key, json.dumps(doc))
    expect(page.locator(THANKS).get_by_label("Organisation")).to_have_value("ACME")
    expect(page.locator(".av-notice")).to_contain_text("kept aside")
    assert errors == []


@pytest.mark.parametrize("path", ["follow-up.html", "de/follow-up.html", "offer.html",
                                  "de/rejection.html"])
def test_the_tools_pass_axe_with_their_results_shown(page, site_url, path):
    page.goto(site_url + path)
    dates = page.locator("#av-dates")
    if dates.count():
        dates.locator("input[name=date]").fill("2026-06-02")
        dates.locator("input[name=decision]").fill("2026-05-01")
        expect(dates.locator("[data-av-early]")).to_be_visible()
    tool = page.locator("[data-av-widget=letters]").first
    tool.locator("textarea").fill("Subject: x\n\n" + "Long. " * 400)
    expect(tool.locator("[data-av-long]")).to_be_visible()
    tool.locator("[data-av-copy]").click()
    found = Axe().run(page, options=WCAG).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in found] == []


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Europe/Berlin"])
def test_the_interview_record_shows_what_the_tools_know(browser, site_url, storage_key, zone):
    context = browser.new_context(timezone_id=zone, locale="en-US")
    page = context.new_page()
    doc = {"version": 2, "current": "r1", "runs": {"r1": {
        "label": "ACME, 20 Nov", "created": "2026-11-20T09:00:00.000Z", "answers": {},
        "followup": {"organisation": "ACME GmbH", "position": "Junior analyst",
                     "date": "2026-11-20", "decision": "2026-11-27"}}}}
    open_with_stored(page, site_url + "records.html", storage_key, json.dumps(doc))
    expect(page.locator(".av-records__card .av-records__meta").nth(1)).to_have_text(
        "ACME GmbH · Junior analyst · interview Nov 20, 2026 · "
        "decision promised by Nov 27, 2026")
    page.goto(site_url + "de/records.html")
    expect(page.locator(".av-records__card .av-records__meta").nth(1)).to_have_text(
        re.compile(r"Gespräch am 20\. Nov\.? 2026 · Entscheidung (zugesagt|angekündigt) bis "
                   r"27\. Nov\.? 2026"))
    context.close()
