"""Naming an interview where the user is (issue 17, item 3): the head of every checklist
renames the current interview in place (Enter saves, Escape cancels, by keyboard), and
organisation and position typed in a follow-up tool name a record the user has not named."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.actions import box, start_record, stored

REVIEW = "review.html"
TICK = "review/atmosphere"


def current(page: Page, storage_key: str) -> dict:
    doc = stored(page, storage_key)
    return doc["runs"][doc["current"]]


@pytest.mark.parametrize(("prefix", "rename", "name", "save"), [
    ("", "Rename", "Name of this interview", "Save name"),
    ("de/", "Umbenennen", "Name dieses Gesprächs", "Namen speichern"),
])
def test_the_checklist_head_renames_the_current_interview_in_place(
        page, site_url, storage_key, errors, prefix, rename, name, save):
    page.goto(site_url + prefix + REVIEW)
    box(page, TICK).check()  # the first tick starts an interview with a default name
    head = page.locator('[data-av-checklist="review"] .av-checklist__head')
    head.get_by_role("button", name=rename).click()
    field = head.get_by_role("textbox", name=name)
    expect(field).to_be_focused()
    # Escape cancels: the name stays, focus returns to the button.
    field.fill("Never saved")
    field.press("Escape")
    expect(field).to_be_hidden()
    expect(head.get_by_role("button", name=rename)).to_be_focused()
    assert current(page, storage_key)["label"] != "Never saved"
    # Enter saves (the keyboard alone: Enter on the focused button opens the field).
    page.keyboard.press("Enter")
    expect(field).to_be_focused()
    field.fill("ACME <b>Analyst</b>")
    field.press("Enter")
    expect(head.locator("select option:checked")).to_have_text("ACME <b>Analyst</b>")
    expect(head.get_by_role("button", name=rename)).to_be_focused()
    record = current(page, storage_key)
    assert record["label"] == "ACME <b>Analyst</b>" and record["named"] is True
    page.reload()
    expect(page.locator("#av-run--review option:checked")).to_have_text("ACME <b>Analyst</b>")
    assert errors == []


def test_organisation_and_position_name_an_unnamed_record_but_not_a_named_one(
        page, site_url, storage_key, errors):
    page.goto(site_url + "follow-up.html")
    tool = page.locator("#av-letter-thank-you")
    tool.get_by_label("Organisation").fill("ACME")
    tool.get_by_label("Position").fill("Junior Analyst")
    tool.get_by_label("Position").blur()
    expect(page.locator("#av-run--thank-you option:checked")).to_have_text(
        "ACME \u2013 Junior Analyst")
    record = current(page, storage_key)
    assert record["label"] == "ACME \u2013 Junior Analyst" and record["named"] is False
    # A record the user named keeps its name.
    start_record(page, site_url, "My favourite")
    page.goto(site_url + "follow-up.html")
    tool.get_by_label("Organisation").fill("Globex")
    tool.get_by_label("Organisation").blur()
    expect(page.locator("#av-run--thank-you option:checked")).to_have_text("My favourite")
    page.reload()
    expect(page.locator("#av-run--thank-you option:checked")).to_have_text("My favourite")
    assert current(page, storage_key)["followup"]["organisation"] == "Globex"
    assert errors == []
