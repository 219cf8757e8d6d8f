"""Build tests: ``site`` is the real site, built once per session (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def site(built_site: Path) -> Path:
    """The real site as `mkdocs build --strict` writes it (shared, so read it only)."""
    return built_site
