"""Browser tests: build the real site once, serve it on 127.0.0.1, drive the system Chromium.

Playwright cannot download its own browser on these machines, so every launch points at the
system Chromium (CHROMIUM, else `chromium` on PATH)."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.sitebuild import ROOT, mkdocs_build


def _chromium() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which(
        "chromium-browser")
    if not path:
        pytest.exit("Chromium not found: run `make test` (it installs it) or set CHROMIUM",
                    returncode=1)
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": _chromium(),
        # Keeps Chromium from calling home: this machine has no network but the registries.
        "args": ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic"],
    }


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("browser") / "site"
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.output
    return site_dir


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
