"""The whole site in Chromium behind Apache with the shipped config. The other browser checks
of test_nginx_browser.py ask for `site_url` and so run behind both servers already; this
one asks for the nginx server by name, so it is run here once more with Apache serving."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page

from tests.hosting import test_nginx_browser
from tests.hosting.conftest import Server


def test_every_page_behind_apache_loads_without_violations_or_other_hosts(
        page: Page, apache: Server, violations: list[str],
        requested_hosts: Callable[[], set[str | None]]) -> None:
    test_nginx_browser.test_every_page_loads_without_violations_or_other_hosts(
        page, apache, violations, requested_hosts)
