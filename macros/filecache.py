"""Read an input once while its files stay the same.

The macros module is set up once per language build (mkdocs-static-i18n builds the site
once per language in one process) and once per rebuild of `mkdocs serve`. Parsing and
validating an unchanged dataset again gives the same result, so the last result is kept,
keyed by the bytes of its files: any edit is read afresh."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_last: dict[str, tuple[Hashable, Any]] = {}


def contents(path: Path) -> bytes | None:
    """The file's bytes, or None when it cannot be read (the reader reports that)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def read_unless_unchanged(name: str, files: Sequence[Path], read: Callable[[], T],
                          extra: Hashable = None) -> T:
    """``read()``, or its last result for ``name`` when ``files`` (and ``extra``) are as they
    were then. A reader that raises keeps nothing, so a broken file is reported every time."""
    key = (tuple(contents(path) for path in files), extra)
    last = _last.get(name)
    if last is not None and last[0] == key:
        return last[1]
    value = read()
    _last[name] = (key, value)
    return value
