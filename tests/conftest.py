"""Shared test setup: markers by folder, the --update-golden flag, and what the browser
layers (browser, hosting) share: the system Chromium and one build of the real site."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.sitebuild import centre_build, centre_project, mkdocs_build

TESTS = Path(__file__).parent
ROOT = TESTS.parent
LAYERS = ("unit", "build", "browser", "hosting")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true",
        help="rewrite the expected HTML files in tests/fixtures/golden from the current output "
        "(review the change with git diff before committing)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test is marked by its folder, so `pytest -m unit` runs exactly tests/unit."""
    for item in items:
        layer = Path(item.fspath).relative_to(TESTS).parts[0]
        if layer in LAYERS:
            item.add_marker(getattr(pytest.mark, layer))


def _chromium() -> str:
    """The system Chromium: Playwright cannot download its own browser on these machines."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which(
        "chromium-browser")
    if not path:
        pytest.exit("Chromium not found: run `make test` (it installs it) or set CHROMIUM",
                    returncode=1)
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch arguments, pointed at the system Chromium."""
    return {
        **browser_type_launch_args,
        "executable_path": _chromium(),
        # Keeps Chromium from calling home: this machine has no network but the registries.
        "args": ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic"],
    }


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test session into a temporary folder (every layer that
    reads the real site shares this one build): strict, and without a warning."""
    site_dir = tmp_path_factory.mktemp("built") / "site"
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output, result.output
    return site_dir


@pytest.fixture(scope="session")
def centre_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site with the fictional career centre of tests/fixtures/centre, built once
    per test session (the build and the browser layer read it)."""
    base = tmp_path_factory.mktemp("centre")
    result = centre_build(centre_project(base / "project"), base / "site")
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output, result.output
    return base / "site"
