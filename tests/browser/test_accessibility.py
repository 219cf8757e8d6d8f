"""axe-core (bundled by axe-playwright-python) finds no WCAG 2.2 A/AA violation on any built
page, with JavaScript on and off, and with ticks, notes and records filled in. No rule is
excluded: where the theme fails a rule, our CSS or overrides fix it."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.actions import box, start_record, write_note
from tests.sitebuild import built_pages

WCAG = {"runOnly": {"type": "tag", "values": [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]}}
SITE_PAGES = built_pages()


def violations(page) -> str:
    results = Axe().run(page, options=WCAG)
    found = results.response["violations"]
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(str(n["target"]) for n in v["nodes"][:5])
        for v in found
    )


@pytest.fixture
def filled_in(page, site_url):
    """A user who has started a record and answered some questions on several pages."""
    start_record(page, site_url, "ACME, 20 Nov")
    page.goto(site_url + "review.html")
    box(page, "review/atmosphere").check()
    write_note(page, "review/unprepared", "The salary question")
    page.goto(site_url + "follow-up.html")
    box(page, "thank-you/decide").check()
    return page


@pytest.mark.parametrize("path", SITE_PAGES)
def test_no_wcag_violations_with_javascript_and_answers(filled_in, site_url, path):
    filled_in.goto(site_url + path)
    filled_in.wait_for_load_state("load")
    assert violations(filled_in) == ""


@pytest.fixture
def scripts_blocked(page):
    """The page as a browser without JavaScript sees it: no script file is loaded (the
    site has no inline script). Switching JavaScript off entirely would stop axe too."""
    page.route("**/*.js", lambda route: route.abort())
    return page


@pytest.mark.parametrize("path", SITE_PAGES)
def test_no_wcag_violations_without_javascript(scripts_blocked, site_url, path):
    scripts_blocked.goto(site_url + path)
    assert scripts_blocked.locator("[data-av-ready]").count() == 0
    assert violations(scripts_blocked) == ""


def test_the_audit_itself_catches_a_violation(page, site_url):
    """Guards the tests above against passing because axe did not run."""
    page.goto(site_url + "review.html")
    page.evaluate("document.querySelector('.md-content__inner').append("
                  "Object.assign(document.createElement('input'), {type: 'text'}))")
    assert "label" in violations(page)
