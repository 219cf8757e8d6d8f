"""Read the YAML dataset into plain data, keeping line numbers for error messages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .problems import BuildInputError, Problem

# libyaml's parser when PyYAML has it (about ten times faster, the same node tree and line
# marks; composing the dataset was a third of the build time), else the pure-Python one,
# which also words the message of a syntax error.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A path into the data: keys and list indexes, as jsonschema reports them.
DataPath = Sequence[str | int]


@dataclass(frozen=True)
class LoadedYaml:
    """The parsed document together with its node tree, to map data paths to line numbers."""

    data: Any
    root: yaml.Node | None
    display_path: str

    def line_of(self, path: DataPath) -> int | None:
        """Return the 1-based line where the value at ``path`` starts, or the nearest parent's."""
        node = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for step in path:
            node = _child_node(node, step)
            if node is None:
                break
            line = node.start_mark.line + 1
        return line

    def node_at(self, path: DataPath) -> yaml.Node | None:
        """The YAML node of the value at ``path``, or None when there is none."""
        node = self.root
        for step in path:
            node = _child_node(node, step)
        return node


def _child_node(node: yaml.Node | None, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        for key, value in node.value:
            if key.value == step:
                return value
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return node.value[step]
    return None


def format_path(path: DataPath) -> str:
    """Format a data path the way a reader types it: ``checklists[0].sections[1].items[3]``."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def load_yaml(path: Path, display_path: str) -> LoadedYaml:
    """Parse ``path``; raise :class:`BuildInputError` for a missing file, bad syntax or a
    key written twice in one mapping (YAML would silently keep only the last one)."""
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BuildInputError([Problem(display_path, None, "", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise BuildInputError([Problem(display_path, None, "", f"cannot read: {error}")]) from None

    try:
        try:
            root = yaml.compose(source, Loader=FAST_LOADER)
        except yaml.MarkedYAMLError:
            # The pure-Python parser words its messages better ("expected ',' or '}', but
            # got '<scalar>'"): parse again with it to report the error.
            root = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        message = f"YAML syntax error: {error.problem or error.context}"
        raise BuildInputError([Problem(display_path, line, "", message)]) from None

    duplicates = list(_duplicate_keys(root, [], display_path))
    if duplicates:
        raise BuildInputError(duplicates)

    loader = yaml.SafeLoader("")
    try:
        data = loader.construct_document(root) if root is not None else None
    except yaml.constructor.ConstructorError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise BuildInputError(
            [Problem(display_path, line, "", f"YAML error: {error.problem}")]
        ) from None
    finally:
        loader.dispose()
    return LoadedYaml(data=data, root=root, display_path=display_path)


def _duplicate_keys(node: yaml.Node | None, path: list[str | int], file: str):
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                yield Problem(
                    file,
                    key.start_mark.line + 1,
                    format_path(path),
                    f'key "{key.value}" written twice (YAML keeps only the last one)',
                )
            seen.add(key.value)
            yield from _duplicate_keys(value, [*path, key.value], file)
    elif isinstance(node, yaml.SequenceNode):
        for index, value in enumerate(node.value):
            yield from _duplicate_keys(value, [*path, index], file)
