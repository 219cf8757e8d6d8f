"""make publish / make rollback (scripts/publish.py) on a tiny project: an atomic switch to
a new build, a failed build that leaves DEST byte for byte as it was, rollback, bounded
releases, a first publish over a plain folder, publishes that overlap or are killed, and
the Makefile handing DEST and KEEP over unchanged. No browser.

The tests that run the script many times publish an already built copy of the tiny site
(`--site`): the switch, the lock and the pruning are what they test, not the build."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scripts import publish as publisher
from tests.sitebuild import ROOT, make_fixture_project, mkdocs_build

BROKEN = ROOT / "tests/fixtures/datasets/duplicate-item.yml"
BROKEN_LINE = ('data/checklists.yml:12: checklists[0].sections[1].items[0]: '
               'duplicate item id "atmosphere"')


def command(action: str, dest: Path, project: Path | None = None, *extra: str) -> list[str]:
    """The publish script's command line, as `make publish` / `make rollback` run it."""
    line = [sys.executable, "-m", "scripts.publish", action, str(dest), *extra]
    return line + ["--project", str(project)] if project is not None else line


def run(action: str, dest: Path, project: Path | None = None,
        *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the publish script to its end."""
    return subprocess.run(command(action, dest, project, *extra), cwd=ROOT,
                          capture_output=True, text=True, check=False)


def start(action: str, dest: Path, *extra: str) -> subprocess.Popen[str]:
    """Start the publish script and return at once; in a session of its own, so that
    os.killpg reaches it as a Ctrl-C or a dying terminal reaches `make`."""
    return subprocess.Popen(command(action, dest, None, *extra), cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


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
        "after-interview", "after-interview.lock", "after-interview.releases"], \
        "no temporary names left behind"

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


# Publishing a built copy of the tiny site many times: overlapping, killed, locked out.

VERSIONS = 3
ROUNDS = 3  # rounds of publishes started at the same moment
AT_ONCE = 4  # publishes per round
KILLS = 15  # publishes killed at a random moment
SECONDS = 60  # the most any single run of the script may take here


class Builds:
    """VERSIONS built copies of the tiny site that differ in a page and in a file of their
    own, and a way to tell which one a folder holds, whole."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self.trees = [files(folder) for folder in folders]

    def which(self, folder: Path) -> int:
        """The version ``folder`` holds: every file of that build with its bytes and nothing
        else. Fails on a half-copied, half-deleted or mixed folder."""
        seen = files(folder)
        for number, tree in enumerate(self.trees):
            if seen == tree:
                return number
        pytest.fail(f"{folder} is not one whole build ({len(seen)} files)")


def files(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` (through DEST's link) with a hash of its bytes."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in folder.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Builds:
    base = tmp_path_factory.mktemp("versions")
    built = mkdocs_build(make_fixture_project(base / "project"), base / "built")
    assert built.returncode == 0, built.output
    folders = []
    for number in range(VERSIONS):
        folder = base / f"version-{number}"
        shutil.copytree(built.site_dir, folder)
        page = folder / "index.html"
        page.write_bytes(page.read_bytes() + f"<!-- version {number} -->\n".encode())
        (folder / f"assets/version-{number}.txt").write_text(str(number), encoding="utf-8")
        folders.append(folder)
    return Builds(folders)


def publish_version(dest: Path, builds: Builds, number: int,
                    *extra: str) -> subprocess.CompletedProcess[str]:
    return run("publish", dest, None, "--site", str(builds.folders[number]), *extra)


def assert_whole(dest: Path, builds: Builds) -> None:
    """DEST serves one whole build, and so does every release kept (any of them can become
    live again with a rollback)."""
    builds.which(dest)
    for release in publisher.list_releases(dest):
        builds.which(release.path)


def leftovers(dest: Path) -> list[str]:
    """Temporary names of a publish (hidden names) beside DEST or in its releases folder."""
    hidden = [path for path in dest.parent.iterdir() if path.name.startswith(".")]
    if publisher.releases_dir(dest).is_dir():
        hidden += [path for path in publisher.releases_dir(dest).iterdir()
                   if path.name.startswith(".")]
    return sorted(path.name for path in hidden)


def test_publishes_started_together_take_turns_and_leave_a_whole_site_and_a_rollback(
        builds, dest):
    chooser = random.Random(16)
    for _ in range(ROUNDS):
        runs = [start("publish", dest, "--site", str(chooser.choice(builds.folders)),
                      "--keep", str(chooser.choice([1, 2]))) for _ in range(AT_ONCE)]
        for process in runs:
            out, err = process.communicate(timeout=SECONDS)
            assert process.returncode == 0 and "Published" in out, err
        assert_whole(dest, builds)
        assert leftovers(dest) == []

    before = builds.which(dest)
    assert publish_version(dest, builds, (before + 1) % VERSIONS, "--keep", "2").returncode == 0
    back = run("rollback", dest)
    assert back.returncode == 0, back.stderr
    assert builds.which(dest) == before


def test_a_publish_killed_at_any_moment_leaves_a_whole_site_and_the_next_one_cleans_up(
        builds, dest):
    chooser = random.Random(5)
    assert publish_version(dest, builds, 0).returncode == 0
    began = time.monotonic()
    assert publish_version(dest, builds, 1).returncode == 0
    duration = time.monotonic() - began
    for number in range(KILLS):
        process = start("publish", dest, "--site", str(builds.folders[number % VERSIONS]),
                        "--keep", "2")
        time.sleep(chooser.uniform(0, duration))
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=SECONDS)
        assert_whole(dest, builds)

    before = builds.which(dest)
    final = publish_version(dest, builds, (before + 1) % VERSIONS, "--keep", "2")
    assert final.returncode == 0, final.stderr
    assert leftovers(dest) == [], "the next publish removes what killed ones left"
    assert_whole(dest, builds)
    back = run("rollback", dest)
    assert back.returncode == 0, back.stderr
    assert builds.which(dest) == before, "back to what was live, not to a never-live build"


def test_a_publish_while_another_holds_the_lock_waits_then_refuses_in_one_line(builds, dest):
    assert publish_version(dest, builds, 0).returncode == 0
    before = tree_hash(dest)
    with open(publisher.lock_path(dest), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for refused in (publish_version(dest, builds, 1, "--wait", "0.3"),
                        run("rollback", dest, None, "--wait", "0.3")):
            assert refused.returncode == 1
            last = refused.stderr.splitlines()[-1]
            assert "Another publish or rollback" in last and "nothing was changed" in last
            assert "Traceback" not in refused.stderr
        assert tree_hash(dest) == before

        waiting = start("publish", dest, "--site", str(builds.folders[1]), "--wait", "30")
        time.sleep(0.5)
        assert waiting.poll() is None, "it waits for the lock"
        assert tree_hash(dest) == before
    out, err = waiting.communicate(timeout=SECONDS)
    assert waiting.returncode == 0, err
    assert "Waiting" in err and "Published" in out
    assert builds.which(dest) == 1


def test_pruning_spares_the_live_release_and_any_newer_one(builds, dest):
    for number in range(2):
        assert publish_version(dest, builds, number).returncode == 0
    live = publisher.live_release(dest)
    assert live is not None
    # What a publish that has not switched yet has in the releases folder.
    newer = publisher.releases_dir(dest) / publisher.new_stamp(dest)
    shutil.copytree(builds.folders[2], newer)
    publisher.prune(dest, 1)
    assert [release.path for release in publisher.list_releases(dest)] == [live.path, newer]

    shutil.rmtree(live.path)  # the link now points at nothing: prune cannot tell what is live
    publisher.prune(dest, 1)
    assert [release.path for release in publisher.list_releases(dest)] == [newer]


def test_rolling_back_from_a_folder_found_at_dest_keeps_it_and_says_so(builds, dest):
    """Everything a rollback says the next publish deletes is deleted by it; the folders
    found at DEST are kept, also when a rollback abandons one."""
    dest.mkdir()
    (dest / "index.html").write_text("first folder", encoding="utf-8")
    assert publish_version(dest, builds, 0).returncode == 0
    dest.unlink()  # somebody copies a site over the link by hand
    dest.mkdir()
    (dest / "index.html").write_text("second folder", encoding="utf-8")
    assert publish_version(dest, builds, 1).returncode == 0

    said = []
    for expected in ("second folder", None):
        back = run("rollback", dest)
        assert back.returncode == 0, back.stderr
        said += [line for line in back.stdout.splitlines() if line.startswith("Abandoned: ")]
        if expected:
            assert live_text(dest) == expected
    assert builds.which(dest) == 0
    assert len(said) == 2 and "deleted by the next publish" in said[0]
    assert "second folder" not in said[1] and "kept" in said[1]

    assert publish_version(dest, builds, 2).returncode == 0
    for line in said:
        path = Path(line.removeprefix("Abandoned: ").split(" (")[0])
        assert path.exists() != ("deleted by the next publish" in line), line
    kept = [(release.path / "index.html").read_text() for release in
            publisher.list_releases(dest) if release.kind != ""]
    assert kept == ["first folder", "second folder"]
    assert run("rollback", dest).returncode == 0
    assert builds.which(dest) == 0, "back to what was live before the publish"


@pytest.mark.parametrize("where", ["root", "under a file", "name too long", "the project"])
def test_an_impossible_dest_is_refused_in_one_line(builds, tmp_path, where):
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    project = make_fixture_project(tmp_path / "project")
    dest = {"root": Path("/"), "under a file": tmp_path / "a-file/site",
            "name too long": tmp_path / ("x" * 300), "the project": project}[where]
    before = sorted(tmp_path.rglob("*"))
    result = run("publish", dest, project, "--site", str(builds.folders[0]))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert sorted(tmp_path.rglob("*")) == before


def test_keep_1_says_plainly_that_there_is_nothing_to_roll_back_to(builds, dest):
    for number in range(2):
        result = publish_version(dest, builds, number, "--keep", "1")
        assert result.returncode == 0, result.stderr
    assert "KEEP=1" in result.stdout and "nothing to roll back to" in result.stdout
    assert "To go back" not in result.stdout
    assert run("rollback", dest).returncode == 1

    result = publish_version(dest, builds, 2, "--keep", "2")
    assert f"To go back: make rollback DEST={dest}" in result.stdout


# The Makefile's part: DEST and KEEP reach the script as typed, whatever they hold.

HOSTILE = {
    "quotes and a command": 'x"; touch {witness}; echo "',
    "make and shell syntax": "a$b$(shell touch {witness})${{HOME}}$$(touch {witness})",
    "a quote and a space": "/srv/www/it's here",
}


def make(tmp_path: Path, *arguments: str,
         environment: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str],
                                                             list[list[str]]]:
    """Run make in the project with a stand-in for .venv/bin/python that records its
    arguments; return make's result and the recorded calls."""
    record = tmp_path / "calls.jsonl"
    fake = tmp_path / "bin/python"
    fake.parent.mkdir()
    fake.write_text(f"#!{sys.executable}\nimport json, sys\n"
                    f"open({str(record)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n",
                    encoding="utf-8")
    fake.chmod(0o755)
    (tmp_path / "stamp").touch()  # the venv's stamp, newer than pyproject.toml
    result = subprocess.run(["make", "-s", "-C", str(ROOT), f"BIN={fake.parent}",
                             f"STAMP={tmp_path / 'stamp'}", *arguments],
                            env=environment, capture_output=True, text=True, check=False,
                            timeout=SECONDS)
    calls = record.read_text(encoding="utf-8").splitlines() if record.exists() else []
    return result, [json.loads(call) for call in calls]


@pytest.mark.parametrize("how", ["command line", "environment"])
@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_make_hands_dest_and_keep_to_the_script_unchanged(tmp_path, value, how):
    witness = tmp_path / "witness"
    settings = {"DEST": value.format(witness=witness), "KEEP": f"2; touch {witness}"}
    if how == "command line":
        result, calls = make(tmp_path, "publish", "rollback",
                             *(f"{name}={setting}" for name, setting in settings.items()))
    else:
        result, calls = make(tmp_path, "publish", "rollback",
                             environment={**os.environ, **settings})
    assert result.returncode == 0, result.stderr
    assert not witness.exists()
    assert calls == [
        ["-m", "scripts.publish", "publish", settings["DEST"], "--keep", settings["KEEP"]],
        ["-m", "scripts.publish", "rollback", settings["DEST"]]]


def test_make_publish_without_dest_shows_how_to_call_it(tmp_path):
    result, calls = make(tmp_path, "publish", "DEST=")
    assert result.returncode == 2 and calls == []
    assert "usage: make publish DEST=" in result.stderr
