"""Helpers to build real sites with the MkDocs command line, as a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).parents[1]
FIXTURE_SITE = ROOT / "tests/fixtures/site"
CENTRE_FIXTURE = ROOT / "tests/fixtures/centre"
CENTRE_CONFIG = "mkdocs.centre.yml"  # the fixture's config, beside mkdocs.yml in a copy
# What a build of the real project reads.
PROJECT_PARTS = ("mkdocs.yml", "data", "docs", "macros", "hooks", "overrides")


@dataclass(frozen=True)
class BuildResult:
    returncode: int
    output: str  # stdout and stderr together, as the user sees them
    site_dir: Path

    def problem_lines(self) -> list[str]:
        """The lines a failed build printed about problems (after MkDocs' log prefix)."""
        lines = []
        for line in self.output.splitlines():
            if line.startswith("INFO") or line.startswith("WARNING") or not line.strip():
                continue
            lines.append(line.removeprefix("ERROR   -  "))
        return [line for line in lines if line != "Aborted with a BuildError!"]


def built_pages() -> list[str]:
    """The path of every page in the built site, relative to its root, both languages (the
    offline plugin turns docs/a/b.md into a/b.html; mkdocs-static-i18n docs/a/b.de.md into
    de/a/b.html)."""
    docs = ROOT / "docs"
    pages = []
    for page in docs.rglob("*.md"):
        relative = page.relative_to(docs).as_posix()
        if relative.endswith(".de.md"):
            pages.append("de/" + relative.removesuffix(".de.md") + ".html")
        else:
            pages.append(relative.removesuffix(".md") + ".html")
    return sorted(pages)


def built_page(site: Path, page: str) -> Path:
    """docs/further-rounds/tests.md -> site/further-rounds/tests.html (offline plugin:
    no directory URLs) or site/further-rounds/tests/index.html."""
    stem = page.removeprefix("docs/").removesuffix(".md")
    candidates = [site / f"{stem}.html", site / stem / "index.html"]
    return next(path for path in candidates if path.exists())


def mkdocs_build(project_dir: Path, site_dir: Path,
                 config_file: str | None = None) -> BuildResult:
    """Run `mkdocs build --strict` in ``project_dir`` into ``site_dir`` (with
    ``config_file``, a path inside ``project_dir``, instead of its mkdocs.yml)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    config = ["--config-file", config_file] if config_file else []
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir),
         *config],
        cwd=project_dir, env=env, capture_output=True, text=True, check=False,
    )
    return BuildResult(completed.returncode, completed.stdout + completed.stderr, site_dir)


def copy_project(destination: Path) -> Path:
    """A copy of the real project (both languages: config, data, pages, macros, hooks and
    overrides), to change one thing in and build."""
    destination.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, destination / part)
    return destination


def centre_project(destination: Path, config_text: str | None = None) -> Path:
    """A copy of the project with tests/fixtures/centre's setting (or ``config_text``) as
    CENTRE_CONFIG beside its mkdocs.yml; build it with ``centre_build``."""
    copy_project(destination)
    shutil.copy(CENTRE_FIXTURE / "centre-logo.svg", destination / "docs/assets/centre-logo.svg")
    text = config_text or (CENTRE_FIXTURE / CENTRE_CONFIG).read_text(encoding="utf-8")
    (destination / CENTRE_CONFIG).write_text(text, encoding="utf-8")
    return destination


def centre_build(project: Path, site_dir: Path) -> BuildResult:
    """``mkdocs_build`` of a ``centre_project`` with its centre config."""
    return mkdocs_build(project, site_dir, config_file=CENTRE_CONFIG)


def make_fixture_project(destination: Path) -> Path:
    """A tiny site (tests/fixtures/site) with the project's real macros, schema and words."""
    shutil.copytree(FIXTURE_SITE, destination)
    shutil.copytree(ROOT / "macros", destination / "macros",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "data/checklists.schema.json", destination / "data")
    shutil.copy(ROOT / "data/facts.schema.json", destination / "data")
    # The interface words belong to the macros (macros/words.py reads them beside them).
    shutil.copytree(ROOT / "data/words", destination / "data/words")
    return destination
