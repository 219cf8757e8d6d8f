"""Load the question dataset: read the YAML, validate it, build the model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .facts import Facts, expand_data, facts_in_data, project_facts, token_problems
from .filecache import read_unless_unchanged
from .languages import untranslated_texts
from .loader import load_yaml
from .model import Dataset, build_dataset
from .problems import BuildInputError
from .validation import load_schema, validate_dataset

DATASET = Path("data/checklists.yml")
SCHEMA = Path("data/checklists.schema.json")


def read_dataset(project_dir: Path, languages: Sequence[str] = ("en",),
                 facts: Facts | None = None) -> Dataset:
    """Return the project's dataset or raise :class:`BuildInputError` listing every problem,
    including every text that lacks one of the site's ``languages`` and every ``{fact:ID}``
    that names no fact of ``facts`` (the register, data/facts/). A dataset read before with
    the same contents, schema, languages and facts is returned from memory (one build reads
    it once, not once per language)."""
    return read_unless_unchanged(
        "dataset", [project_dir / DATASET, project_dir / SCHEMA],
        lambda: _read_dataset(project_dir, languages, facts), (tuple(languages), facts))


def _read_dataset(project_dir: Path, languages: Sequence[str], facts: Facts | None) -> Dataset:
    """Read, validate and model the dataset, its facts expanded (no cache)."""
    loaded = load_yaml(project_dir / DATASET, DATASET.as_posix())
    problems = validate_dataset(loaded, load_schema(project_dir / SCHEMA))
    problems += untranslated_texts(loaded, languages)
    # Without a register (a test project, or one whose register has problems of its own,
    # reported on their own) the {fact:ID} tokens are not checked: every one would be unknown.
    if facts is not None:
        problems += token_problems(loaded, facts)
    facts = facts or Facts({})
    if problems:
        raise BuildInputError(problems)
    used = {checklist["id"]: tuple(facts_in_data(checklist))
            for checklist in loaded.data["checklists"]}
    return build_dataset(expand_data(loaded.data, facts), used)


def read_site_dataset(project_dir: Path, languages: Sequence[str] = ("en", "de")) -> Dataset:
    """The dataset as the site shows it: its ``{fact:ID}`` texts taken from the project's
    register of facts (for scripts and tests; the build reads the register itself)."""
    return read_dataset(project_dir, languages, project_facts(project_dir, languages))

