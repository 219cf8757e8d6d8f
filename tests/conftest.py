"""Shared test setup: markers by folder, and the --update-golden flag."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent
LAYERS = ("unit", "build", "browser")


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
