"""Load the question dataset: read the YAML, validate it, build the model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .languages import untranslated_texts
from .loader import load_yaml
from .model import Dataset, build_dataset
from .problems import BuildInputError
from .validation import load_schema, validate_dataset

DATASET = Path("data/checklists.yml")
SCHEMA = Path("data/checklists.schema.json")


# The last dataset read, by the bytes of the dataset and schema and the languages: the
# macros module sets up once per language build (mkdocs-static-i18n), and `mkdocs serve`
# once per rebuild; an unchanged dataset is not parsed and validated again.
_last: dict[tuple[bytes | None, bytes | None, tuple[str, ...]], Dataset] = {}


def _contents(path: Path) -> bytes | None:
    """The file's bytes, or None when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return None  # load_yaml reports it


def read_dataset(project_dir: Path, languages: Sequence[str] = ("en",)) -> Dataset:
    """Return the project's dataset or raise :class:`BuildInputError` listing every problem,
    including every text that lacks one of the site's ``languages``. A dataset read before
    with the same contents, schema and languages is returned from memory."""
    key = (_contents(project_dir / DATASET), _contents(project_dir / SCHEMA), tuple(languages))
    if key not in _last:
        dataset = _read_dataset(project_dir, languages)
        _last.clear()
        _last[key] = dataset
    return _last[key]


def _read_dataset(project_dir: Path, languages: Sequence[str]) -> Dataset:
    """Read, validate and model the dataset (no cache)."""
    loaded = load_yaml(project_dir / DATASET, DATASET.as_posix())
    problems = validate_dataset(loaded, load_schema(project_dir / SCHEMA))
    problems += untranslated_texts(loaded, languages)
    if problems:
        raise BuildInputError(problems)
    return build_dataset(loaded.data)
