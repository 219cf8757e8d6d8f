"""Build problems: one line each, in the style of a linter, all reported at once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input file.

    ``file`` is the path as the user knows it (relative to the project), ``line`` the
    1-based line when known, ``entry`` where inside the file (``checklists[0].items[3]``)
    and ``message`` what is wrong, phrased so the fix is obvious.
    """

    file: str
    line: int | None
    entry: str
    message: str

    def __str__(self) -> str:
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [place, self.entry, self.message] if self.entry else [place, self.message]
        return ": ".join(parts)


class BuildInputError(Exception):
    """Raised when an input file (dataset, page, setting) is unusable; carries every problem."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(sorted(problems, key=_sort_key))
        super().__init__(format_problems(self.problems))


def _sort_key(problem: Problem) -> tuple[str, int, str, str]:
    return (problem.file, problem.line or 0, problem.entry, problem.message)


def format_problems(problems: Iterable[Problem]) -> str:
    """Render problems as one line each, preceded by a count so the reader knows the size."""
    problems = list(problems)
    noun = "problem" if len(problems) == 1 else "problems"
    lines = [f"{len(problems)} {noun} found:"]
    lines.extend(str(p) for p in problems)
    return "\n".join(lines)
