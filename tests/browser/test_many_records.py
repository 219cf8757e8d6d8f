"""200 interviews, a note on every question (issue 17, item 6): the start page, the records
page and the lessons page show every one of them, with the right counts, lose nothing and
raise no error. Functional only: how long these pages take with 200 interviews is measured
by benchmarks/many_records.py (BENCHMARKS.md, "200 interviews"), never asserted here.

The records are stored through the store's own API (store.cleanRun, then store.importRuns,
as a backup comes in), so the test follows the store to any later version. The clock is
fixed at Tuesday 1 December 2026."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from macros.dataset import read_site_dataset

ROOT = Path(__file__).parents[2]
TODAY = datetime.date(2026, 12, 1)
COUNT = 200
STAGES = ("waiting", "next-round", "offer", "accepted", "declined", "rejected", "no-reply",
          "withdrawn")
PER_STAGE = COUNT // len(STAGES)
AT_A_TIME = 50  # cards the records page draws at a time (records.js, PAGE)

# Stores `plan` through the store's API, makes the newest interview the current one, and
# says how many records the store lists and what cleaning left out (nothing, expected).
SEED = """(plan) => new Promise((resolve) => {
  const store = window.afterview.store;
  const runs = {}, lost = [];
  for (const record of plan) runs[record.id] = store.cleanRun(record, lost);
  store.importRuns(runs, true, (label) => label, () => {}, (counts) => {
    store.switchRun(plan[plan.length - 1].id);
    resolve({listed: store.ids().length, lost, failed: counts.failed || null});
  });
})"""

# Every record's notes as the store reads them back: {id: {key: note}}.
READ_BACK = """() => {
  const store = window.afterview.store;
  const notes = {};
  for (const id of store.ids()) {
    notes[id] = {};
    for (const [key, answer] of Object.entries(store.run(id).answers)) {
      if (answer.note) notes[id][key] = answer.note;
    }
  }
  return notes;
}"""


@pytest.fixture(scope="module")
def questions() -> tuple[list[str], list[str]]:
    """Every question's key, and the keys of the questions whose notes carry over (the
    lessons page shows those), in the dataset's order."""
    dataset = read_site_dataset(ROOT, ("en", "de"))
    items = [item for checklist in dataset.checklists for item in checklist.items
             if item.kind == "question"]
    return [item.key for item in items], [item.key for item in items if item.lesson]


def organisation(number: int) -> str:
    return f"Organisation {number:03d}"


def label(number: int) -> str:
    """Every fifth named by the user; the others named by organisation and position."""
    if number % 5 == 0:
        return f"My interview {number:03d}"
    return f"{organisation(number)} \u2013 Analyst"


def note(number: int, key: str) -> str:
    return (f"Interview {number:03d}, {key}: they asked about the first project. "
            "I answered too long; next time, two sentences and an example.")


def plan(keys: list[str]) -> list[dict[str, Any]]:
    """COUNT records, the oldest first, each with a note on every question (ticked, as a
    first note ticks the box) and one stage, the stages spread evenly: a next round on a
    day to come and an offer whose deadline has passed each make one line of "What is due";
    no other record has a date that would."""
    records = []
    for number in range(COUNT):
        created = datetime.datetime(2026, 8, 1, 9) + datetime.timedelta(hours=9 * number)
        stamp = created.isoformat() + ".000Z"
        stage = STAGES[number % len(STAGES)]
        due = ""
        if stage == "next-round":
            due = (TODAY + datetime.timedelta(days=1 + number % 20)).isoformat()
        elif stage == "offer":
            due = (TODAY - datetime.timedelta(days=1 + number % 20)).isoformat()
        on = (created.date() + datetime.timedelta(days=3)).isoformat()
        records.append({
            "id": f"i{number:03d}", "label": label(number), "named": number % 5 == 0,
            "created": stamp,
            "answers": {key: {"done": True, "note": note(number, key), "updated": stamp}
                        for key in keys},
            "followup": {"organisation": organisation(number), "position": "Analyst"},
            "stages": [{"stage": stage, "on": on, "due": due, "at": stamp}],
        })
    return records


@pytest.fixture
def seeded(page: Page, site_url: str, questions: tuple[list[str], list[str]]
           ) -> list[dict[str, Any]]:
    """COUNT interviews stored in the browser of ``page``."""
    records = plan(questions[0])
    page.clock.set_fixed_time(f"{TODAY.isoformat()}T10:00:00")
    page.goto(site_url + "records.html")  # the store and its import (store-import.js)
    assert page.evaluate(SEED, records) == {"listed": COUNT, "lost": [], "failed": None}
    return records


def show_all(page: Page, group: str) -> list[str]:
    """The lines of a group of "What is due", every one of them shown."""
    section = page.locator(f'[data-av-due-group="{group}"]')
    section.locator("[data-av-due-more]").click()
    expect(section.locator("[data-av-due-more]")).to_have_count(0)
    return section.locator(".av-due__what").all_inner_texts()


def test_the_start_page_lists_what_is_due_across_200_interviews(
        page: Page, site_url: str, seeded: list[dict[str, Any]], errors: list[str]) -> None:
    page.goto(site_url + "index.html")
    # The current interview is the newest, all 19 review questions answered.
    newest = seeded[-1]
    expect(page.locator("[data-av-overview-record]")).to_contain_text(newest["label"])
    expect(page.locator("[data-av-progress]").first).to_contain_text("19 of 19 done")
    # One line for each next round to come and for each offer whose deadline passed, each
    # named by its organisation, the first eight of a group shown until "Show all".
    rounds = [r for r in seeded if r["stages"][0]["stage"] == "next-round"]
    offers = [r for r in seeded if r["stages"][0]["stage"] == "offer"]
    assert len(rounds) == len(offers) == PER_STAGE
    expect(page.locator('[data-av-due-group="later"] .av-due__item')).to_have_count(8)
    expect(page.locator('[data-av-due-group="later"] [data-av-due-more]')).to_have_text(
        f"Show all {PER_STAGE}")
    later = show_all(page, "later")
    overdue = show_all(page, "overdue")
    assert sorted(later) == sorted(
        f"Next round: {r['followup']['organisation']}" for r in rounds)
    assert sorted(overdue) == sorted(
        f"The offer's deadline has passed: {r['followup']['organisation']}" for r in offers)
    expect(page.locator('[data-av-due-group="today"]')).to_be_hidden()
    # Sorted by date: each line's day is on or after the one before.
    days = page.locator('[data-av-due-group="later"] time').evaluate_all(
        "times => times.map(time => time.dateTime)")
    assert days == sorted(days) and len(days) == PER_STAGE
    expect(page.locator("[data-av-due-ics-note]")).to_have_text(f"{PER_STAGE} upcoming dates")
    assert errors == []


def test_the_records_page_shows_every_interview_with_its_counts(
        page: Page, site_url: str, seeded: list[dict[str, Any]],
        questions: tuple[list[str], list[str]], errors: list[str]) -> None:
    page.goto(site_url + "records.html")
    cards = page.locator(".av-records__card")
    expect(cards).to_have_count(AT_A_TIME)  # drawn fifty at a time, newest first
    for shown in range(AT_A_TIME, COUNT, AT_A_TIME):
        page.get_by_role("button", name=f"Show more ({shown} of {COUNT} shown)").click()
        expect(cards).to_have_count(min(shown + AT_A_TIME, COUNT))
    expect(page.get_by_role("button", name=re.compile(r"^Show more"))).to_have_count(0)
    # Newest first, each under its own name, with its counts and its stage.
    names = cards.locator(".av-records__label").all_inner_texts()
    assert names == [record["label"] for record in reversed(seeded)]
    answered = len(questions[0])
    metas = cards.evaluate_all(
        "cards => cards.map(card => card.querySelector('.av-records__meta').textContent)")
    assert all(meta.endswith(f"{answered} done \u00b7 {answered} notes") for meta in metas)
    stages = cards.locator(".av-records__current-stage").all_inner_texts()
    for words in ("Waiting to hear", "Next round", "Offer", "Accepted", "Declined (by me)",
                  "Rejected", "No reply", "Withdrawn"):
        assert sum(stage.startswith(words + " since") for stage in stages) == PER_STAGE
    expect(page.locator(".av-records__card.is-current .av-records__label")).to_have_text(
        seeded[-1]["label"])
    assert errors == []


def test_a_card_makes_its_stage_form_when_opened_and_it_saves(
        page: Page, site_url: str, seeded: list[dict[str, Any]], errors: list[str]) -> None:
    page.goto(site_url + "records.html")
    # Two hundred closed forms would be most of the page's opening time: none is made
    # until its card's "Change the stage" opens.
    expect(page.locator(".av-records__card")).to_have_count(AT_A_TIME)
    expect(page.locator(".av-records__stage-change form")).to_have_count(0)
    oldest_shown = seeded[COUNT - AT_A_TIME]
    card = page.locator(".av-records__card", has=page.locator(
        ".av-records__label", has_text=oldest_shown["label"]))
    card.locator("summary", has_text="Change the stage").click()
    expect(page.locator(".av-records__stage-change form")).to_have_count(1)
    card.get_by_label("Stage", exact=True).select_option("accepted")
    card.get_by_label("Day it happened").fill("2026-11-30")
    card.get_by_role("button", name="Save stage").click()
    day = page.evaluate("() => afterview.formatDay('2026-11-30')")  # the reader's way
    expect(card.locator(".av-records__current-stage")).to_have_text(f"Accepted since {day}")
    assert errors == []


# Counts what makes a date formatter or plural rules: toLocaleDateString makes a formatter
# at every call.
COUNT_FORMATTERS = """(() => {
  window.__made = {dates: 0, plurals: 0};
  const count = (what) => ({construct(target, args) {
    window.__made[what] += 1;
    return Reflect.construct(target, args);
  }});
  Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, count("dates"));
  Intl.PluralRules = new Proxy(Intl.PluralRules, count("plurals"));
  const toLocaleDateString = Date.prototype.toLocaleDateString;
  Date.prototype.toLocaleDateString = function (...args) {
    window.__made.dates += 1;
    return toLocaleDateString.apply(this, args);
  };
})()"""


def test_dates_and_counts_on_200_cards_use_formatters_made_once(
        page: Page, site_url: str, seeded: list[dict[str, Any]], errors: list[str]) -> None:
    page.add_init_script(COUNT_FORMATTERS)
    page.goto(site_url + "records.html")
    expect(page.locator(".av-records__card")).to_have_count(AT_A_TIME)
    # Each card shows three dates and two counts; a formatter made for each was most of the
    # time it took to draw them.
    made = page.evaluate("() => window.__made")
    assert made["dates"] <= 2 and made["plurals"] <= 1, made
    started = page.evaluate("day => afterview.formatDate(day)", seeded[-1]["created"])
    expect(page.locator(".av-records__card").first).to_contain_text(f"Started {started}")
    assert errors == []


def test_typing_an_organisation_renames_one_option_of_200(
        page: Page, site_url: str, seeded: list[dict[str, Any]], errors: list[str]) -> None:
    page.goto(site_url + "follow-up.html")
    select = page.locator("select.av-bar__select").first
    expect(select.locator("option")).to_have_count(COUNT)
    select.evaluate("select => Array.from(select.options).forEach(o => { o.__seen = true; })")
    page.locator("[data-av-widget=letters] input[name=organisation]").first.fill("Nordlicht AG")
    # The current interview, named by its organisation and position, is renamed in the list
    # of every checklist on the page, and the other 199 options stay as they were.
    expect(select.locator("option:checked")).to_have_text("Nordlicht AG \u2013 Analyst")
    kept = select.evaluate("select => Array.from(select.options).filter(o => o.__seen).length")
    assert kept == COUNT
    expect(page.locator("select.av-bar__select").last.locator("option:checked")).to_have_text(
        "Nordlicht AG \u2013 Analyst")
    assert errors == []


def test_the_lessons_page_shows_every_note_of_every_interview(
        page: Page, site_url: str, seeded: list[dict[str, Any]],
        questions: tuple[list[str], list[str]], errors: list[str]) -> None:
    page.goto(site_url + "lessons.html")
    lessons = questions[1]
    assert lessons
    for key in lessons:
        notes = page.locator(f'[data-av-lesson-key="{key}"] .av-lesson__note')
        shown = notes.evaluate_all("""notes => notes.map(note => [
            note.querySelector('.av-lesson__run').textContent,
            note.querySelector('.av-lesson__text').textContent])""")
        # Under each question, every interview's note, the newest interview first.
        assert shown == [[record["label"], record["answers"][key]["note"]]
                         for record in reversed(seeded)], key
    expect(page.locator(".av-lesson__note")).to_have_count(COUNT * len(lessons))
    expect(page.locator("[data-av-lessons-empty]")).to_be_hidden()
    assert errors == []


def test_nothing_is_lost_after_opening_the_pages(
        page: Page, site_url: str, seeded: list[dict[str, Any]], storage_key: str,
        errors: list[str]) -> None:
    for path in ("index.html", "records.html", "lessons.html", "review.html"):
        page.goto(site_url + path)
    notes = page.evaluate(READ_BACK)
    assert notes == {record["id"]: {key: answer["note"]
                                    for key, answer in record["answers"].items()}
                     for record in seeded}
    assert page.evaluate("() => afterview.store.problem()") is None
    assert not [key for key in page.evaluate("() => Object.keys(localStorage)")
                if not key.startswith(storage_key + ":")]
    assert errors == []


def test_stored_text_holds_no_character_beyond_latin_1_and_reads_back_the_same(
        page: Page, site_url: str, seeded: list[dict[str, Any]], errors: list[str]) -> None:
    # Chromium keeps an entry with one character beyond U+00FF (a dash in a name) at two
    # bytes a character and copies every entry into each page it opens: stored escaped,
    # the 200 interviews are half as much to copy.
    text = "\u201eZu lang\u201c \u2013 n\u00e4chstes Mal k\u00fcrzer, 20 \u20ac mehr \U0001f642"
    page.evaluate("text => afterview.store.setAnswer('review/atmosphere', {note: text})", text)
    page.reload()
    stored = page.evaluate("() => Object.values(localStorage)")
    assert len(stored) == COUNT + 1
    assert all(max(map(ord, value)) <= 0xFF for value in stored)
    assert page.evaluate("() => afterview.store.answer('review/atmosphere').note") == text
    assert page.evaluate("() => afterview.store.summary('i001').label") == label(1)
    assert errors == []
