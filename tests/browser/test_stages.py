"""Where each interview stands (issue 17, item 1; store version 4): a stage set on the records
page, on the offer page and on the rejection page, dated, with a short history, kept over a
reload, migrated from versions 3 and 2, checked on import, and merged between two tabs."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.actions import import_file, open_with_stored, start_record, stored

STAGES = [
    "waiting",
    "next-round",
    "offer",
    "accepted",
    "declined",
    "rejected",
    "no-reply",
    "withdrawn",
]
WORDS = {
    "en": {
        "waiting": "Waiting to hear",
        "next-round": "Next round",
        "offer": "Offer",
        "accepted": "Accepted",
        "declined": "Declined (by me)",
        "rejected": "Rejected",
        "no-reply": "No reply",
        "withdrawn": "Withdrawn",
        "change": "Change the stage",
        "stage": "Stage",
        "on": "Day it happened",
        "due": "Date of the next round, or the offer's deadline (optional)",
        "save": "Save stage",
        "offer_button": "I have an offer",
        "deadline": "Deadline to answer",
        "rejected_button": "I was turned down",
        "past": "has already passed",
        "missing": "Enter the day it happened.",
    },
    "de": {
        "waiting": "Warte auf Antwort",
        "next-round": "Nächste Runde",
        "offer": "Angebot",
        "accepted": "Zusage gegeben",
        "declined": "Abgelehnt (von mir)",
        "rejected": "Absage erhalten",
        "no-reply": "Keine Antwort",
        "withdrawn": "Zurückgezogen",
        "change": "Stand ändern",
        "stage": "Stand",
        "on": "Tag, an dem es geschah",
        "due": "Datum der nächsten Runde oder Frist des Angebots (optional)",
        "save": "Stand speichern",
        "offer_button": "Ich habe ein Angebot",
        "deadline": "Frist für Ihre Antwort",
        "rejected_button": "Ich habe eine Absage erhalten",
        "past": "ist schon vorbei",
        "missing": "Geben Sie den Tag an, an dem es geschah.",
    },
}
PREFIX = {"en": "", "de": "de/"}
LANGUAGES = pytest.mark.parametrize("lang", ["en", "de"])


def card(page: Page, label: str):
    return page.locator(".av-records__card", has=page.locator(".av-records__label", has_text=label))


def set_stage(page: Page, lang: str, label: str, stage: str, on: str, due: str = "") -> None:
    """Note a stage on an interview's card on the records page."""
    words = WORDS[lang]
    found = card(page, label)
    found.locator("summary", has_text=words["change"]).click()
    found.get_by_label(words["stage"], exact=True).select_option(stage)
    found.get_by_label(words["on"]).fill(on)
    if due:
        found.get_by_label(words["due"]).fill(due)
    found.get_by_role("button", name=words["save"]).click()


def current(page: Page, storage_key: str) -> dict:
    doc = stored(page, storage_key)
    return doc["runs"][doc["current"]]


def index(page: Page, storage_key: str) -> dict:
    return json.loads(page.evaluate("k => localStorage.getItem(k)", storage_key + ":index"))


@LANGUAGES
def test_every_stage_from_the_records_page_dated_with_a_history_kept_over_a_reload(
    page, site_url, storage_key, errors, lang
):
    words = WORDS[lang]
    start_record(page, site_url, "ACME")
    page.goto(site_url + PREFIX[lang] + "records.html")
    future = (date.today() + timedelta(days=30)).isoformat()
    for n, stage in enumerate(STAGES):
        day = f"2026-11-{10 + n:02d}"
        due = future if stage in ("next-round", "offer") else ""
        set_stage(page, lang, "ACME", stage, day, due)
        expect(card(page, "ACME").locator(".av-records__current-stage")).to_contain_text(
            words[stage]
        )
    stages = current(page, storage_key)["stages"]
    assert [entry["stage"] for entry in stages] == STAGES
    assert [entry["on"] for entry in stages] == [f"2026-11-{10 + n:02d}" for n in range(8)]
    assert [entry["due"] for entry in stages] == [
        future if s in ("next-round", "offer") else "" for s in STAGES
    ]
    assert all(re.match(r"^\d{4}-\d\d-\d\dT", entry["at"]) for entry in stages)
    summary = next(iter(index(page, storage_key)["records"].values()))
    assert (summary["stage"], summary["stageOn"]) == ("withdrawn", "2026-11-17")
    assert "stageDue" not in summary
    page.reload()
    history = card(page, "ACME").locator(".av-records__history li")
    expect(history).to_have_count(3)  # short: the three before the current one
    expect(history.first).to_contain_text(words["no-reply"])
    expect(history.first).to_contain_text("2026")
    expect(card(page, "ACME").locator(".av-records__current-stage")).to_contain_text(
        words["withdrawn"]
    )
    assert errors == []


def test_a_stage_twice_in_a_row_updates_its_dates_and_bad_dates_are_refused(
    page, site_url, storage_key, errors
):
    start_record(page, site_url, "ACME")
    future = (date.today() + timedelta(days=10)).isoformat()
    set_stage(page, "en", "ACME", "offer", "2026-11-20", future)
    later = (date.today() + timedelta(days=20)).isoformat()
    set_stage(page, "en", "ACME", "offer", "2026-11-21", later)
    stages = current(page, storage_key)["stages"]
    assert [(s["stage"], s["on"], s["due"]) for s in stages] == [("offer", "2026-11-21", later)]
    # A due date in the past is kept, with a gentle word.
    set_stage(page, "en", "ACME", "next-round", "2026-11-22", "2020-01-06")
    expect(page.locator("[data-av-rec-status]")).to_contain_text("has already passed")
    assert current(page, storage_key)["stages"][-1]["due"] == "2020-01-06"
    # No day: a clear message, nothing stored.
    set_stage(page, "en", "ACME", "waiting", "")
    expect(page.locator("[data-av-rec-status]")).to_have_text("Enter the day it happened.")
    assert len(current(page, storage_key)["stages"]) == 2
    # The store's own rules, as any caller meets them.
    problems = page.evaluate("""() => [
      afterview.store.stageProblem("offer", "2026-02-31", ""),
      afterview.store.stageProblem("rejected", "2026-11-20", "2026-12-01"),
      afterview.store.stageProblem("hired", "2026-11-20", ""),
      afterview.store.stageProblem("offer", "2026-11-20", "2026-13-01"),
      afterview.store.stageProblem("offer", "2026-11-20", "")]""")
    assert problems == ["stageOnBad", "stageDueNone", "stageUnknown", "stageDueBad", None]
    assert errors == []


@LANGUAGES
def test_the_offer_and_rejection_pages_note_the_stage_of_the_current_interview(
    page, site_url, storage_key, errors, lang
):
    words = WORDS[lang]
    deadline = (date.today() + timedelta(days=7)).isoformat()
    page.goto(site_url + PREFIX[lang] + "offer.html")
    page.get_by_label(words["deadline"]).fill(deadline)
    page.get_by_role("button", name=words["offer_button"]).click()
    status = page.locator(".av-stage-prompt__status").first
    expect(status).to_contain_text(words["offer"])
    record = current(page, storage_key)
    assert [(s["stage"], s["on"], s["due"]) for s in record["stages"]] == [
        ("offer", date.today().isoformat(), deadline)
    ]
    summary = index(page, storage_key)["records"][stored(page, storage_key)["current"]]
    assert summary["stage"] == "offer" and summary["stageDue"] == deadline
    page.goto(site_url + PREFIX[lang] + "rejection.html")
    page.get_by_role("button", name=words["rejected_button"]).click()
    expect(page.locator(".av-stage-prompt__status")).to_contain_text(words["rejected"])
    assert [s["stage"] for s in current(page, storage_key)["stages"]] == ["offer", "rejected"]
    page.goto(site_url + PREFIX[lang] + "records.html")
    expect(page.locator(".av-records__current-stage")).to_contain_text(words["rejected"])
    expect(page.locator(".av-records__history li")).to_contain_text(words["offer"])
    assert errors == []


def test_without_javascript_the_prompt_says_where_the_stage_is_kept(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "offer.html")
    expect(page.locator(".av-stage-prompt__nojs")).to_be_visible()
    expect(page.locator(".av-stage-prompt__nojs a")).to_have_attribute("href", "records.html")
    expect(page.locator(".av-stage-prompt__form")).to_be_hidden()
    context.close()


RECORD_V3 = {
    "version": 3,
    "label": "ACME, 20 Nov",
    "created": "2026-11-20T16:05:00.000Z",
    "answers": {
        "review/atmosphere": {"done": True, "note": "calm", "updated": "2026-11-20T16:07:12.000Z"}
    },
    "followup": {"organisation": "ACME", "position": "Analyst", "date": "2026-11-20"},
}


def test_a_version_3_store_migrates_to_5_with_nothing_lost(page, site_url, storage_key, errors):
    page.goto(site_url + "records.html")
    page.evaluate(
        """([k, record]) => {
      localStorage.setItem(k + ":index", JSON.stringify({version: 3, current: "r1",
        records: {r1: {label: "ACME, 20 Nov", created: "2026-11-20T16:05:00.000Z",
                       organisation: "ACME", position: "Analyst", date: "2026-11-20"}}}));
      localStorage.setItem(k + ":r:r1", record);
    }""",
        [storage_key, json.dumps(RECORD_V3)],
    )
    page.reload()
    expect(page.locator(".av-records__current-stage")).to_have_text("No stage noted yet")
    set_stage(page, "en", "ACME, 20 Nov", "waiting", "2026-11-21")
    record = stored(page, storage_key)["runs"]["r1"]
    assert record["version"] == 5 and record["named"] is True
    for name in ("label", "created", "answers", "followup"):
        assert record[name] == RECORD_V3[name]
    assert [s["stage"] for s in record["stages"]] == ["waiting"]
    assert index(page, storage_key)["version"] == 5
    expect(page.locator(".av-notice")).to_have_count(0)
    assert not [k for k in page.evaluate("() => Object.keys(localStorage)") if "unreadable" in k]
    assert errors == []


def test_a_version_2_document_migrates_to_5_with_nothing_lost(page, site_url, storage_key):
    runs = {
        "r1": {
            "label": "Globex",
            "created": "2026-11-20T16:05:00.000Z",
            "answers": {"review/atmosphere": {"done": True, "note": "n", "updated": ""}},
            "followup": {"organisation": "Globex", "decision": "2026-12-01"},
        }
    }
    open_with_stored(
        page,
        site_url + "records.html",
        storage_key,
        json.dumps({"version": 2, "current": "r1", "runs": runs}),
    )
    expect(page.locator(".av-records__current-stage")).to_have_text("No stage noted yet")
    record = stored(page, storage_key)["runs"]["r1"]
    assert record["version"] == 5 and record["stages"] == []
    for name in ("label", "created", "answers", "followup"):
        assert record[name] == runs["r1"][name]


def test_a_backup_with_bad_stages_imports_the_rest_and_says_what_was_left_out(
    page, site_url, storage_key, tmp_path, errors
):
    good = {
        "stage": "offer",
        "on": "2026-11-25",
        "due": "2026-12-05",
        "at": "2026-11-25T10:00:00.000Z",
    }
    bad = [
        {"stage": "hired", "on": "2026-11-26", "due": "", "at": "2026-11-26T10:00:00.000Z"},
        {"stage": "waiting", "on": "2026-02-31", "due": "", "at": "2026-11-27T10:00:00.000Z"},
        {
            "stage": "rejected",
            "on": "2026-11-28",
            "due": "2026-12-01",
            "at": "2026-11-28T10:00:00.000Z",
        },
    ]
    backup = {
        "format": "afterview",
        "version": 2,
        "exported": "2026-11-30T10:00:00.000Z",
        "runs": {
            "r9": {
                "label": "Initech <b>x</b>",
                "created": "2026-11-20T16:05:00.000Z",
                "answers": {"review/atmosphere": {"done": True, "note": "kept"}},
                "followup": {"organisation": "Initech"},
                "stages": [good] + bad,
            }
        },
    }
    page.goto(site_url + "records.html")
    message = import_file(page, tmp_path, json.dumps(backup))
    assert "Imported 1 interview." in message
    assert "3 stage entries were not valid and were left out (in Initech <b>x</b>)." in message
    record = stored(page, storage_key)["runs"]["r9"]
    assert record["stages"] == [good]
    assert record["answers"]["review/atmosphere"]["note"] == "kept"
    expect(page.locator(".av-records__current-stage")).to_contain_text("Offer since")
    # The backup carries the stages on.
    exported = json.loads(page.evaluate("() => afterview.backup.backup(afterview.store.ids())"))
    assert exported["runs"]["r9"]["stages"] == [good]
    assert errors == []


def test_two_tabs_changing_stages_of_one_record_both_keep_their_changes(
    context, page, site_url, storage_key
):
    start_record(page, site_url, "ACME")
    other = context.new_page()
    other.goto(site_url + "records.html")
    # The other tab does not hear of this tab's save (as when its event comes late): its
    # save must still re-read the record and keep this one's stage.
    other.evaluate(
        "() => { window.addEventListener('storage', e => e.stopImmediatePropagation(), true); }"
    )
    set_stage(page, "en", "ACME", "waiting", "2026-11-21")
    set_stage(
        other,
        "en",
        "ACME",
        "next-round",
        "2026-11-22",
        (date.today() + timedelta(days=5)).isoformat(),
    )
    stages = stored(page, storage_key)["runs"]
    stages = next(iter(stages.values()))["stages"]
    assert [s["stage"] for s in stages] == ["waiting", "next-round"]
    page.reload()
    expect(card(page, "ACME").locator(".av-records__current-stage")).to_contain_text("Next round")
    expect(card(page, "ACME").locator(".av-records__history li")).to_contain_text("Waiting to hear")
