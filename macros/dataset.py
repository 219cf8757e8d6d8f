"""Load the question dataset: read the YAML, validate it, build the model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .filecache import read_unless_unchanged
from .languages import untranslated_texts
from .loader import load_yaml
from .model import Dataset, build_dataset
from .problems import BuildInputError
from .validation import load_schema, validate_dataset

DATASET = Path("data/checklists.yml")
SCHEMA = Path("data/checklists.schema.json")


def read_dataset(project_dir: Path, languages: Sequence[str] = ("en",)) -> Dataset:
    """Return the project's dataset or raise :class:`BuildInputError` listing every problem,
    including every text that lacks one of the site's ``languages``. A dataset read before
    with the same contents, schema and languages is returned from memory (one build reads
    it once, not once per language)."""
    return read_unless_unchanged(
        "dataset", [project_dir / DATASET, project_dir / SCHEMA],
        lambda: _read_dataset(project_dir, languages), tuple(languages))


def _read_dataset(project_dir: Path, languages: Sequence[str]) -> Dataset:
    """Read, validate and model the dataset (no cache)."""
    loaded = load_yaml(project_dir / DATASET, DATASET.as_posix())
    problems = validate_dataset(loaded, load_schema(project_dir / SCHEMA))
    problems += untranslated_texts(loaded, languages)
    if problems:
        raise BuildInputError(problems)
    return build_dataset(loaded.data)
