"""One strict MkDocs build of the site into a given folder, for the scripts (make offline,
make publish, make pdf): either it succeeds or it raises with the lines to show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class BuildFailed(Exception):
    """The build stopped; ``lines`` are what it said about why (MkDocs' INFO lines left out)."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def problem_lines(output: str) -> list[str]:
    """The build's output without its INFO chatter and blank lines: the errors, warnings
    (which stop a strict build) and MkDocs' closing "Aborted ..." line."""
    lines = [line for line in output.splitlines()
             if line.strip() and not line.startswith(("INFO", "DEBUG"))]
    # MkDocs prints "Aborted ..." on stdout before the errors on stderr: put it last.
    return sorted(lines, key=lambda line: line.startswith("Aborted"))


def mkdocs_env() -> dict[str, str]:
    """The environment MkDocs runs in, as `make` sets it: without Material's notice about
    MkDocs 2 (the project pins mkdocs<2)."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(site_dir: Path, project: Path = ROOT) -> None:
    """Run `mkdocs build --strict` for ``project`` into ``site_dir``; raise BuildFailed."""
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, env=mkdocs_env(), capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        lines = problem_lines(completed.stdout + completed.stderr)
        raise BuildFailed(lines or [f"mkdocs build exited with status {completed.returncode}"])
    if not (site_dir / "index.html").is_file():
        raise BuildFailed([f"the build wrote no index.html into {site_dir}"])
