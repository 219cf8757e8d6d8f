"""Browser tests: serve the real site (built once, tests/conftest.py) on 127.0.0.1 and drive
the system Chromium (launch arguments in tests/conftest.py)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served under a sub-path, as career centres host it on an intranet."""
    root = built_site.parent / "webroot"
    root.mkdir(exist_ok=True)
    (root / "careers").mkdir(exist_ok=True)
    link = root / "careers/afterview"
    if not link.exists():
        link.symlink_to(built_site, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/careers/afterview/"
    server.shutdown()


@pytest.fixture(scope="session")
def storage_key(site_url: str) -> str:
    """The localStorage entry of the served site: Material's scope (the site root) + name."""
    return "/careers/afterview/.afterview"


@pytest.fixture
def errors(page: Page) -> list[str]:
    """Uncaught errors on the page; the tests that ask for it expect none."""
    found: list[str] = []
    page.on("pageerror", lambda error: found.append(str(error)))
    return found
