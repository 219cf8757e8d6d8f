"""Done means ticked, everywhere (issue 18, item 4): a question's first note ticks its box,
so the box, the checklist's count, the start page, the records card and the Markdown export
say the same thing. Unticking afterwards is the user's choice, and stays."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.actions import box, download, item, note, stored, write_note

NOTE_KEY = "review/unprepared"
TICK_KEY = "review/atmosphere"


def count(page: Page):
    return page.locator('[data-av-checklist="review"] .av-bar__count')


def ticked(page: Page) -> int:
    return page.locator('[data-av-checklist="review"] .av-item__box:checked').count()


def question(page: Page, key: str) -> str:
    return item(page, key).locator(".av-item__text").inner_text().strip()


def markdown(page: Page, site_url: str) -> str:
    page.goto(site_url + "records.html")
    return download(page.get_by_role("button", name="This interview as Markdown"))[1]


def test_a_note_ticks_its_question_and_every_count_agrees(page, site_url, storage_key):
    page.goto(site_url + "review.html")
    noted, plain_tick = question(page, NOTE_KEY), question(page, TICK_KEY)
    write_note(page, NOTE_KEY, "The salary question")
    expect(box(page, NOTE_KEY)).to_be_checked()
    box(page, TICK_KEY).check()
    write_note(page, "review/culture", "   ")  # blanks are no answer: no tick
    expect(box(page, "review/culture")).not_to_be_checked()
    expect(count(page)).to_have_text("2 of 19 done")
    assert ticked(page) == 2

    doc = stored(page, storage_key)
    assert doc["runs"][doc["current"]]["answers"][NOTE_KEY]["done"] is True
    page.reload()
    expect(box(page, NOTE_KEY)).to_be_checked()
    expect(count(page)).to_have_text("2 of 19 done")

    page.goto(site_url + "index.html")
    expect(page.locator('[data-av-progress="review"] .av-overview__count')).to_have_text(
        "2 of 19 done")
    text = markdown(page, site_url)
    expect(page.locator("[data-av-rec-summary]")).to_contain_text("2 done \u00b7 1 note")
    expect(page.locator("[data-av-rec-rows] li").first).to_contain_text("2 done \u00b7 1 note")
    assert f"- [x] {noted}\n\n  > The salary question" in text
    assert f"- [x] {plain_tick}\n" in text
    assert text.count("- [x] ") == 2


def test_unticking_a_noted_question_stays_and_the_counts_follow(page, site_url):
    page.goto(site_url + "review.html")
    noted = question(page, NOTE_KEY)
    write_note(page, NOTE_KEY, "The salary question")
    expect(box(page, NOTE_KEY)).to_be_checked()
    box(page, NOTE_KEY).uncheck()
    write_note(page, NOTE_KEY, "The salary question, and the notice period")
    page.reload()
    expect(note(page, NOTE_KEY)).to_have_value("The salary question, and the notice period")
    expect(box(page, NOTE_KEY)).not_to_be_checked()
    expect(count(page)).to_have_text("0 of 19 done")
    assert ticked(page) == 0
    assert f"- [ ] {noted}\n\n  > The salary question, and the notice period" in markdown(
        page, site_url)


def test_clearing_the_note_that_ticked_the_box_unticks_it(page, site_url):
    page.goto(site_url + "review.html")
    write_note(page, NOTE_KEY, "A first thought")
    expect(box(page, NOTE_KEY)).to_be_checked()
    write_note(page, NOTE_KEY, "")
    expect(box(page, NOTE_KEY)).not_to_be_checked()
    expect(count(page)).to_have_text("0 of 19 done")
    # A box the user ticked stays ticked when the note goes.
    box(page, TICK_KEY).check()
    write_note(page, TICK_KEY, "Relaxed")
    write_note(page, TICK_KEY, "")
    expect(box(page, TICK_KEY)).to_be_checked()


def test_the_german_card_says_erledigt(page, site_url):
    page.goto(site_url + "de/review.html")
    write_note(page, NOTE_KEY, "Die Gehaltsfrage")
    expect(page.locator('[data-av-checklist="review"] .av-bar__count')).to_have_text(
        "1 von 19 erledigt")
    page.goto(site_url + "de/records.html")
    expect(page.locator("[data-av-rec-rows] li").first).to_contain_text(
        "1 erledigt \u00b7 1 Notiz")
