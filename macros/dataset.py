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


def read_dataset(project_dir: Path, languages: Sequence[str] = ("en",)) -> Dataset:
    """Return the project's dataset or raise :class:`BuildInputError` listing every problem,
    including every text that lacks one of the site's ``languages``."""
    loaded = load_yaml(project_dir / DATASET, DATASET.as_posix())
    problems = validate_dataset(loaded, load_schema(project_dir / SCHEMA))
    problems += untranslated_texts(loaded, languages)
    if problems:
        raise BuildInputError(problems)
    return build_dataset(loaded.data)
