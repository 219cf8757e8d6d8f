"""Offers side by side on the offer page (issue 17, item 4; store version 5): every interview
with an offer gets a column, the user weighs the criteria (and adds their own), rates each
offer, and reads a score with its reasons; it is kept with the records (stored, in the
backup), printable, and migrates from version 4 with nothing lost."""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.browser.actions import download, import_file, stored

PREFIX = {"en": "", "de": "de/"}
WORDS = {
    "en": {
        "pay": "Pay and benefits",
        "people": "People and manager",
        "weight": "Weight of {}",
        "score": "{} of 100",
        "strong": "Strong on: {}.",
        "none": "No offers to compare yet.",
        "one": "One offer so far.",
        "add": "Add something that matters to you",
        "add_button": "Add",
        "remove": "Remove {}",
        "unrated": "Not rated yet:",
    },
    "de": {
        "pay": "Gehalt und Zusatzleistungen",
        "people": "Team und Führungskraft",
        "weight": "Gewicht von {}",
        "score": "{} von 100",
        "strong": "Stark bei: {}.",
        "none": "Noch keine Angebote zum Vergleichen.",
        "one": "Bisher ein Angebot.",
        "add": "Etwas hinzufügen, das Ihnen wichtig ist",
        "add_button": "Hinzufügen",
        "remove": "{} entfernen",
        "unrated": "Noch nicht bewertet:",
    },
}
PUT_INDEX_AND_RECORD = """([k, i, r]) => {
  localStorage.setItem(k + ':index', i);
  localStorage.setItem(k + ':r:r1', r);
}"""
OFFERS = """(names) => {
  const store = window.afterview.store;
  return names.map(([name, stage]) => {
    const id = store.createRun(name);
    store.setFollowup({organisation: name});
    store.setStage(id, {stage: "offer", on: "2026-11-28", due: "2026-12-04"});
    if (stage !== "offer") store.setStage(id, {stage: stage, on: "2026-11-30"});
    return id;
  });
}"""


def open_offers(page: Page, site_url: str, lang: str, names: list[tuple[str, str]]) -> list[str]:
    page.goto(site_url + PREFIX[lang] + "offer.html")
    ids = page.evaluate(OFFERS, [list(name) for name in names])
    page.reload()
    return ids


def rating(page: Page, offer: str, criterion: str):
    return page.get_by_label(f"{offer}: {criterion}", exact=True)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_two_offers_are_weighed_rated_and_scored_with_reasons(
    page: Page, site_url: str, lang: str, errors: list[str]
) -> None:
    words = WORDS[lang]
    open_offers(page, site_url, lang, [("ACME", "offer"), ("Beta GmbH", "offer")])
    compare = page.locator("#av-compare")
    expect(compare.locator("thead th")).to_have_text(
        [
            "What matters" if lang == "en" else "Was Ihnen wichtig ist",
            "Weight" if lang == "en" else "Gewicht",
            "ACME",
            "Beta GmbH",
        ]
    )
    page.get_by_label(words["weight"].format(words["pay"])).select_option("5")
    rating(page, "ACME", words["pay"]).select_option("5")
    rating(page, "ACME", words["people"]).select_option("4")
    rating(page, "Beta GmbH", words["pay"]).select_option("3")
    rating(page, "Beta GmbH", words["people"]).select_option("5")
    # ACME: (5*5 + 3*4) / (5*5 + 3*5) = 37/40; Beta: (5*3 + 3*5) / 40 = 30/40.
    scores = compare.locator("tfoot td.av-compare__score")
    expect(scores.nth(0)).to_contain_text(words["score"].format(93))
    expect(scores.nth(1)).to_contain_text(words["score"].format(75))
    reasons = compare.locator(".av-compare__reason")
    expect(reasons.nth(0)).to_contain_text(
        words["strong"].format(f"{words['pay']}, {words['people']}")
    )
    expect(reasons.nth(0)).to_contain_text(words["unrated"])
    expect(reasons.nth(1)).to_contain_text(words["strong"].format(words["people"]))
    # Kept: weights in the index, ratings on each record, after a reload too.
    page.reload()
    expect(rating(page, "ACME", words["pay"])).to_have_value("5")
    expect(page.get_by_label(words["weight"].format(words["pay"]))).to_have_value("5")
    expect(scores.nth(0)).to_contain_text(words["score"].format(93))
    assert not errors


def test_the_users_own_criterion_is_added_rated_and_removed(
    page: Page, site_url: str, storage_key: str
) -> None:
    words = WORDS["en"]
    ids = open_offers(page, site_url, "en", [("ACME", "offer"), ("Beta", "accepted")])
    # An offer accepted stays in the comparison, marked.
    expect(page.locator("#av-compare thead th").nth(3)).to_contain_text("accepted")
    page.get_by_label(words["add"]).fill("Commute under 40 minutes")
    page.get_by_role("button", name=words["add_button"], exact=True).click()
    expect(page.locator("[data-av-compare-status]")).to_contain_text("Added")
    rating(page, "ACME", "Commute under 40 minutes").select_option("2")
    criteria = json.loads(page.evaluate("k => localStorage.getItem(k + ':index')", storage_key))[
        "criteria"
    ]
    own = [c for c in criteria if c.get("label") == "Commute under 40 minutes"]
    assert len(own) == 1 and own[0]["weight"] == 3 and own[0]["id"].startswith("own-")
    assert stored(page, storage_key)["runs"][ids[0]]["ratings"] == {own[0]["id"]: 2}
    # The same name twice is refused, an empty one too.
    page.get_by_label(words["add"]).fill("commute under 40 MINUTES")
    page.get_by_role("button", name=words["add_button"], exact=True).click()
    expect(page.locator("[data-av-compare-status]")).to_contain_text("in the list already")
    page.get_by_role("button", name=words["remove"].format("Commute under 40 minutes")).click()
    expect(rating(page, "ACME", "Commute under 40 minutes")).to_have_count(0)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_with_fewer_than_two_offers_it_says_what_to_do(
    page: Page, site_url: str, lang: str
) -> None:
    page.goto(site_url + PREFIX[lang] + "offer.html")
    expect(page.locator("[data-av-compare-none]")).to_contain_text(WORDS[lang]["none"])
    expect(page.locator("#av-compare table")).to_be_hidden()
    page.evaluate(OFFERS, [["ACME", "offer"]])
    expect(page.locator("[data-av-compare-none]")).to_contain_text(WORDS[lang]["one"])
    expect(page.locator("#av-compare table")).to_be_visible()


def test_the_backup_carries_criteria_and_ratings_and_brings_them_back(
    page: Page, site_url: str, storage_key: str, tmp_path
) -> None:
    words = WORDS["en"]
    open_offers(page, site_url, "en", [("ACME", "offer"), ("Beta", "offer")])
    page.get_by_label(words["weight"].format(words["pay"])).select_option("5")
    rating(page, "Beta", words["pay"]).select_option("4")
    page.goto(site_url + "records.html")
    _, text = download(page.locator('[data-av-export="all"]').first)
    data = json.loads(text)
    assert {"id": "pay", "weight": 5} in data["criteria"]
    assert [run["ratings"] for run in data["runs"].values() if run["label"] == "Beta"] == [
        {"pay": 4}
    ]
    page.evaluate("() => localStorage.clear()")
    page.reload()
    import_file(page, tmp_path, text)
    page.goto(site_url + "offer.html")
    expect(rating(page, "Beta", words["pay"])).to_have_value("4")
    expect(page.get_by_label(words["weight"].format(words["pay"]))).to_have_value("5")


def test_a_version_4_store_migrates_to_5_with_nothing_lost(
    page: Page, site_url: str, storage_key: str, errors: list[str]
) -> None:
    record = {
        "version": 4,
        "label": "ACME",
        "named": True,
        "created": "2026-11-20T16:05:00.000Z",
        "answers": {"offer/decision": {"done": False, "note": "Leaning yes", "updated": ""}},
        "followup": {"organisation": "ACME"},
        "stages": [
            {
                "stage": "offer",
                "on": "2026-11-28",
                "due": "2026-12-04",
                "at": "2026-11-28T09:00:00.000Z",
            }
        ],
    }
    index = {
        "version": 4,
        "current": "r1",
        "records": {
            "r1": {
                "label": "ACME",
                "created": "2026-11-20T16:05:00.000Z",
                "organisation": "ACME",
                "stage": "offer",
                "stageOn": "2026-11-28",
                "stageDue": "2026-12-04",
            }
        },
    }
    page.goto(site_url + "offer.html")
    page.evaluate(PUT_INDEX_AND_RECORD, [storage_key, json.dumps(index), json.dumps(record)],
    )
    page.reload()
    rating(page, "ACME", WORDS["en"]["pay"]).select_option("4")
    kept = stored(page, storage_key)["runs"]["r1"]
    assert kept["version"] == 5 and kept["ratings"] == {"pay": 4}
    for name in ("label", "named", "created", "answers", "followup", "stages"):
        assert kept[name] == record[name]
    assert not [k for k in page.evaluate("() => Object.keys(localStorage)") if "unreadable" in k]
    expect(page.locator(".av-notice")).to_have_count(0)
    assert not errors


def test_malformed_criteria_and_ratings_in_storage_are_set_aside_not_shown(
    page: Page, site_url: str, storage_key: str, errors: list[str]
) -> None:
    """Hand-edited storage: a weight of 9, a criterion twice, a rating of "5" (text) and one
    of 7. The good parts are shown, the original is kept aside, nothing runs."""
    record = {
        "version": 5,
        "label": "ACME",
        "named": True,
        "created": "2026-11-20T16:05:00.000Z",
        "answers": {},
        "followup": {"organisation": "ACME"},
        "stages": [
            {"stage": "offer", "on": "2026-11-28", "due": "", "at": "2026-11-28T09:00:00.000Z"}
        ],
        "ratings": {"pay": "5", "people": 7, "work": 4, "<img src=x onerror=alert(1)>": 3},
    }
    index = {
        "version": 5,
        "current": "r1",
        "criteria": [
            {"id": "pay", "weight": 9},
            {"id": "work", "weight": 4},
            {"id": "work", "weight": 2},
            {"id": "own-x", "weight": 2, "label": "<b>Dogs</b>"},
        ],
        "records": {
            "r1": {
                "label": "ACME",
                "created": "2026-11-20T16:05:00.000Z",
                "organisation": "ACME",
                "stage": "offer",
                "stageOn": "2026-11-28",
            }
        },
    }
    page.goto(site_url + "offer.html")
    page.evaluate(PUT_INDEX_AND_RECORD, [storage_key, json.dumps(index), json.dumps(record)],
    )
    page.reload()
    rows = page.locator("#av-compare tbody th")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_have_text("The work itself")
    expect(rows.nth(1)).to_contain_text("<b>Dogs</b>")  # text, never markup
    expect(rating(page, "ACME", "The work itself")).to_have_value("4")
    assert [k for k in page.evaluate("() => Object.keys(localStorage)") if "unreadable" in k]
    assert not errors


def test_print_shows_the_comparison_alone(page: Page, site_url: str) -> None:
    open_offers(page, site_url, "en", [("ACME", "offer"), ("Beta", "offer")])
    page.evaluate("() => { window.print = () => {}; }")
    page.get_by_role("button", name="Print the comparison").click()
    page.emulate_media(media="print")
    expect(page.locator("#av-compare table")).to_be_visible()
    expect(page.locator(".av-compare__print-title")).to_be_visible()
    expect(page.locator("#checklist-offer")).to_be_hidden()
    expect(page.locator("#av-compare-name")).to_be_hidden()


def test_the_comparison_with_offers_has_no_wcag_violations(page: Page, site_url: str) -> None:
    open_offers(page, site_url, "en", [("ACME", "offer"), ("Beta", "declined")])
    page.get_by_label(WORDS["en"]["add"]).fill("Visa")
    page.get_by_role("button", name=WORDS["en"]["add_button"], exact=True).click()
    results = Axe().run(
        page,
        context="#av-compare",
        options={
            "runOnly": {
                "type": "tag",
                "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
            }
        },
    )
    assert results.response["violations"] == []


def test_on_a_phone_each_criterion_is_a_block_with_labelled_ratings(
    page: Page, site_url: str
) -> None:
    page.set_viewport_size({"width": 360, "height": 800})
    open_offers(page, site_url, "en", [("ACME", "offer"), ("Beta", "declined")])
    compare = page.locator("#av-compare")
    width = compare.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert width[0] <= width[1], width  # nothing cut off or scrolled away
    cell = compare.locator("tbody tr").first.locator("td").nth(2)
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Beta (declined)"'
    assert compare.locator("table").get_attribute("role") == "table"
