"""Load the question dataset: read the YAML, validate it, build the model."""

from __future__ import annotations

from pathlib import Path

from .loader import load_yaml
from .model import Dataset, build_dataset
from .problems import BuildInputError
from .validation import load_schema, validate_dataset

DATASET = Path("data/checklists.yml")
SCHEMA = Path("data/checklists.schema.json")


def read_dataset(project_dir: Path) -> Dataset:
    """Return the project's dataset or raise :class:`BuildInputError` listing every problem."""
    loaded = load_yaml(project_dir / DATASET, DATASET.as_posix())
    problems = validate_dataset(loaded, load_schema(project_dir / SCHEMA))
    if problems:
        raise BuildInputError(problems)
    return build_dataset(loaded.data)
