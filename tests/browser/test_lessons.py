"""The lessons page shows only the questions that have notes (issue 18, item 7): a heading
with nothing under it looks broken. "No notes yet" is said once; with some notes, one line
says how many other questions have none yet."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.actions import write_note

NOTE_KEY = "review/unprepared"


def test_with_no_notes_it_says_so_once_and_shows_no_empty_questions(page, site_url):
    page.goto(site_url + "lessons.html")
    expect(page.locator("[data-av-lessons-empty]")).to_be_visible()
    expect(page.get_by_text("No notes yet.")).to_have_count(1)
    expect(page.locator(".av-lesson:visible")).to_have_count(0)
    expect(page.locator(".av-lessons__group:visible")).to_have_count(0)
    expect(page.locator(".av-lessons__rest")).to_be_hidden()


def test_only_questions_with_notes_show_and_the_rest_are_counted(page, site_url):
    page.goto(site_url + "review.html")
    write_note(page, NOTE_KEY, "The salary question")
    page.goto(site_url + "lessons.html")
    lessons = page.locator(".av-lesson")
    total = lessons.count()
    assert total > 2
    visible = page.locator(".av-lesson:visible")
    expect(visible).to_have_count(1)
    expect(visible.locator(".av-lesson__note")).to_contain_text("The salary question")
    # Each checklist heading shows only above a question with notes.
    expect(page.locator(".av-lessons__group:visible")).to_have_count(1)
    expect(page.locator(".av-lessons__group:visible h2")).to_have_text("Review your interview")
    expect(page.locator("[data-av-lessons-empty]")).to_be_hidden()
    expect(page.locator(".av-lessons__rest")).to_have_text(
        f"{total - 1} more questions have no notes yet.")


def test_in_german_too(page, site_url):
    page.goto(site_url + "de/review.html")
    write_note(page, NOTE_KEY, "Die Gehaltsfrage")
    page.goto(site_url + "de/lessons.html")
    total = page.locator(".av-lesson").count()
    expect(page.locator(".av-lesson:visible")).to_have_count(1)
    expect(page.locator(".av-lessons__rest")).to_have_text(
        f"{total - 1} weitere Fragen haben noch keine Notizen.")
