"""The whole site in Chromium behind nginx and Apache (tests/hosting/conftest.py's `server`),
each with its shipped config: no Content-Security-Policy
violation, no request to another host, and search, checklists, export, import and printing
all working under the policy."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

from tests.browser.actions import box, download, import_file, search, start_record, stored

TICK = "review/atmosphere"


def test_every_page_loads_without_violations_or_other_hosts(
        page, server, violations, requested_hosts):
    """Every HTML page of the build (found in the built folder, so pages in any language
    count), one after the other in the same tab."""
    pages = sorted(path.relative_to(server.site_dir).as_posix()
                   for path in server.site_dir.rglob("*.html") if path.name != "404.html")
    assert len(pages) >= 10
    for path in pages:
        response = page.goto(server.site_url + path)
        assert response is not None and response.status == 200, path
        assert "content-security-policy" in response.headers, path
        page.wait_for_load_state("networkidle")
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position"
                             ) == "sticky", f"{path}: Material's stylesheet is not applied"
        assert violations == [], path
    assert requested_hosts() == {"127.0.0.1"}


def test_search_finds_a_word(page, site_url, violations):
    page.goto(site_url + "index.html")
    search(page, "assessment")
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible()
    expect(page.locator(".md-search-result")).to_contain_text("Assessment centre")
    assert violations == []


def test_a_missing_page_shows_the_404_page_with_its_styles(page, server, site_url, violations):
    statuses: dict[str, int] = {}
    page.on("response", lambda r: statuses.__setitem__(r.url, r.status))
    response = page.goto(site_url + "further-rounds/deep/no-such-page.html")
    assert response is not None and response.status == 404
    page.wait_for_load_state("networkidle")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", (server.site_dir / "404.html").read_text())
    assert heading is not None
    expect(page.locator("h1")).to_have_text(heading[1])
    styles = [url for url in statuses if url.endswith(".css")]
    assert len(styles) >= 2 and all(statuses[url] == 200 for url in styles), statuses
    # Material's stylesheet is applied: its header bar is fixed-height, not an unstyled block.
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    page.get_by_role("link", name="Review your interview").first.click()
    expect(page).to_have_url(site_url + "review.html")
    # Chromium reports the 404 document itself as a console error; nothing else may show.
    the_404 = "console error: Failed to load resource: the server responded with a status of 404"
    assert [v for v in violations if not v.startswith(the_404)] == []


def test_a_tick_survives_a_reload(page, site_url, violations):
    page.goto(site_url + "review.html")
    box(page, TICK).check()
    expect(page.locator('[data-av-checklist="review"] .av-bar__status')).to_contain_text("Saved")
    page.reload()
    expect(box(page, TICK)).to_be_checked()
    assert violations == []


def test_export_downloads_and_import_reads_it_back(
        page, site_url, storage_key, violations, tmp_path):
    start_record(page, site_url, "ACME, 20 Nov")
    page.goto(site_url + "review.html")
    box(page, TICK).check()
    page.goto(site_url + "records.html")
    _, text = download(page.get_by_role("button", name="This interview as JSON"))
    backup = json.loads(text)
    (run,) = backup["runs"].values()
    assert run["label"] == "ACME, 20 Nov" and run["answers"][TICK]["done"] is True
    _, text = download(page.get_by_role("button", name="This interview as Markdown"))
    assert "- [x] How was the atmosphere" in text

    page.evaluate("localStorage.clear()")
    page.reload()
    assert import_file(page, tmp_path, json.dumps(backup)) == "Imported 1 interview."
    runs = stored(page, storage_key)["runs"]
    assert [run["label"] for run in runs.values()] == ["ACME, 20 Nov"]
    assert next(iter(runs.values()))["answers"][TICK]["done"] is True
    assert violations == []


def test_printing_causes_no_violation(page, site_url, violations):
    page.goto(site_url + "printable.html")
    page.emulate_media(media="print")
    page.wait_for_load_state("networkidle")
    assert page.pdf(format="A4")[:4] == b"%PDF"
    page.emulate_media(media="screen")
    page.goto(site_url + "review.html")
    page.get_by_role("button", name="Print this checklist").first.evaluate(
        "button => { window.print = () => { window.__printed = true; }; button.click(); }")
    assert page.evaluate("window.__printed === true")
    assert violations == []


def test_the_due_list_the_comparison_and_the_adviser_file_work_under_the_policy(
        page, server, violations, tmp_path):
    """Issue 17's widgets with data in them: what is due (with its calendar file), two
    offers rated side by side, and a locked adviser file opened, all under the shipped CSP
    (Web Crypto and the scripts loaded on demand included)."""
    from tests.browser.test_adviser import PASS, _make, _open
    from tests.browser.test_compare import OFFERS

    page.clock.set_fixed_time("2026-12-01T10:00:00")
    page.goto(server.site_url + "offer.html")
    page.evaluate(OFFERS, [["ACME", "offer"], ["Beta", "offer"]])
    page.reload()
    page.get_by_label("ACME: Pay and benefits", exact=True).select_option("4")
    scores = page.locator("#av-compare tfoot td.av-compare__score")
    expect(scores.first).to_contain_text("80 of 100")
    page.goto(server.site_url + "index.html")
    expect(page.locator('[data-av-due-group="later"] .av-due__item')).to_have_count(2)
    name, text = download(page.get_by_role("button", name="Add upcoming dates to your calendar"))
    assert name == "afterview-dates.ics" and text.count("BEGIN:VEVENT") == 2
    _, locked = _make(page, server.site_url, "en", None, PASS)
    page.evaluate("() => localStorage.clear()")
    _open(page, server.site_url, "en", tmp_path, locked, PASS)
    expect(page.locator("[data-av-view] h2")).to_have_count(2)
    assert violations == []
