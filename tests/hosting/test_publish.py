"""make publish / make rollback (scripts/publish.py) on a tiny project: an atomic switch to
a new build, a failed build that leaves DEST byte for byte as it was, rollback, bounded
releases, and a first publish over a plain folder. No browser."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import publish as publisher
from tests.sitebuild import ROOT, make_fixture_project

BROKEN = ROOT / "tests/fixtures/datasets/duplicate-item.yml"
BROKEN_LINE = ('data/checklists.yml:12: checklists[0].sections[1].items[0]: '
               'duplicate item id "atmosphere"')


def run(action: str, dest: Path, project: Path | None = None,
        *extra: str) -> subprocess.CompletedProcess[str]:
    """The publish script's command line, as `make publish` / `make rollback` run it."""
    command = [sys.executable, "-m", "scripts.publish", action, str(dest), *extra]
    if project is not None:
        command += ["--project", str(project)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def tree_hash(dest: Path) -> str:
    """A hash of everything a visitor or an admin sees at DEST: where the link points, every
    path below it with its bytes, and the names next to DEST."""
    digest = hashlib.sha256()
    digest.update(os.readlink(dest).encode() if dest.is_symlink() else b"<folder>")
    for path in sorted(dest.rglob("*")):
        digest.update(path.relative_to(dest).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    for neighbour in sorted(dest.parent.iterdir()):
        digest.update(neighbour.name.encode())
    return digest.hexdigest()


def set_heading(project: Path, heading: str) -> None:
    page = project / "docs/index.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines = [f"# {heading}" if line.startswith("# ") else line for line in lines]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_fixture_project(tmp_path / "project")


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    (tmp_path / "www").mkdir()
    return tmp_path / "www/after-interview"


def live_text(dest: Path) -> str:
    return (dest / "index.html").read_text(encoding="utf-8")


def test_publish_twice_then_a_broken_build_changes_nothing(project, dest):
    set_heading(project, "Version one")
    first = run("publish", dest, project)
    assert first.returncode == 0, first.stderr
    assert dest.is_symlink() and "Version one" in live_text(dest)
    mode = stat.S_IMODE((dest / ".").stat().st_mode)
    assert mode & 0o005 == 0o005, "the web server (another user) must be able to read it"

    set_heading(project, "Version two")
    second = run("publish", dest, project)
    assert second.returncode == 0, second.stderr
    assert "Version two" in live_text(dest)
    assert f"Published: {dest} -> " in second.stdout
    assert len(publisher.list_releases(dest)) == 2

    before = tree_hash(dest)
    (project / "data/checklists.yml").write_bytes(BROKEN.read_bytes())
    set_heading(project, "Version three")
    failed = run("publish", dest, project)
    assert failed.returncode == 1
    assert f"Publish failed: the build stopped, {dest} was not changed." in failed.stderr
    assert BROKEN_LINE in failed.stderr
    assert "Traceback" not in failed.stderr
    assert tree_hash(dest) == before
    assert "Version two" in live_text(dest)


def test_rollback_restores_the_previous_version_then_says_there_is_none(project, dest):
    set_heading(project, "Version one")
    assert run("publish", dest, project).returncode == 0
    after_first = tree_hash(dest)
    set_heading(project, "Version two")
    assert run("publish", dest, project).returncode == 0

    back = run("rollback", dest)
    assert back.returncode == 0, back.stderr
    assert "Version one" in live_text(dest)
    assert tree_hash(dest) == after_first
    assert f"Rolled back: {dest} -> " in back.stdout
    abandoned = [r for r in publisher.list_releases(dest) if r.kind == "-rolled-back"]
    assert len(abandoned) == 1 and "Version two" in (abandoned[0].path / "index.html").read_text()

    again = run("rollback", dest)
    assert again.returncode == 1
    assert "Nothing to roll back" in again.stderr and "oldest release" in again.stderr
    assert "Version one" in live_text(dest)

    set_heading(project, "Version three")
    assert run("publish", dest, project).returncode == 0
    assert [r.kind for r in publisher.list_releases(dest)] == ["", ""], \
        "the next publish deletes the rolled-back release"
    assert run("rollback", dest).returncode == 0
    assert tree_hash(dest) == after_first


def test_rollback_without_any_publish_says_so(dest):
    result = run("rollback", dest)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Nothing to roll back: {dest} was not published")
    assert not dest.exists()


def test_only_the_newest_releases_are_kept(project, dest):
    for number in range(4):
        set_heading(project, f"Version {number}")
        assert run("publish", dest, project, "--keep", "3").returncode == 0
    releases = publisher.list_releases(dest)
    assert len(releases) == 3
    assert publisher.live_release(dest) == releases[-1]
    assert "Version 3" in live_text(dest)


@pytest.mark.parametrize("atomic_swap", [True, False], ids=["renameat2", "two-renames"])
def test_a_first_publish_moves_a_plain_folder_aside_as_a_release(
        project, dest, monkeypatch, atomic_swap):
    dest.mkdir()
    (dest / "index.html").write_text("the old site", encoding="utf-8")
    (dest / "notes").mkdir()
    (dest / "notes/keep.txt").write_text("somebody's file", encoding="utf-8")
    swaps: list[bool] = []
    real_exchange = publisher.exchange
    monkeypatch.setattr(publisher, "exchange", lambda first, second: swaps.append(
        real_exchange(first, second) if atomic_swap else False) or swaps[-1])
    live = publisher.publish(dest, project)
    assert swaps == [atomic_swap], "renameat2 works on Linux (the CI machine)"
    assert dest.is_symlink() and live.kind == ""
    (original,) = [r for r in publisher.list_releases(dest) if r.kind == "-original"]
    assert (original.path / "notes/keep.txt").read_text() == "somebody's file"
    assert original.stamp < live.stamp
    assert sorted(p.name for p in dest.parent.iterdir()) == [
        "after-interview", "after-interview.releases"], "no temporary names left behind"

    for _ in range(3):
        publisher.publish(dest, project, keep=2)
    assert original in publisher.list_releases(dest), "never deleted"
    publisher.rollback(dest)
    publisher.rollback(dest)
    assert live_text(dest) == "the old site"


def test_a_symlink_that_publish_did_not_make_is_left_alone(project, dest, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    dest.symlink_to(elsewhere)
    result = run("publish", dest, project)
    assert result.returncode == 1
    assert "left alone" in result.stderr
    assert os.readlink(dest) == str(elsewhere)
