"""make publish / make rollback: put a new build live atomically, or go back one version.

Layout, for DEST=/srv/www/after-interview:

    /srv/www/after-interview            a symlink -> after-interview.releases/<release>
    /srv/www/after-interview.lock       the lock one publish or rollback at a time holds
    /srv/www/after-interview.releases/  one folder per release, named by UTC time:
        20250301-101500-000123          YYYYmmdd-HHMMSS-microseconds
        20250214-090000-000456-original  the plain folder found at DEST on the first publish
        20250310-120000-000789-rolled-back  a release left by `make rollback`
        20250214-090000-000456-original-rolled-back  an -original left by `make rollback`

publish: take the lock, build into a temporary folder next to DEST (same filesystem); only
if the build succeeded, rename it into the releases folder and point DEST at it by renaming
a new symlink over the old one (rename(2) replaces a symlink atomically: every request sees
the old or the new site, never a mix or nothing). A failed build changes nothing at DEST.

rollback: take the lock, point DEST at the release that was live before, atomically; the
abandoned release is renamed *-rolled-back and deleted by the next publish (an -original is
renamed *-original-rolled-back and kept: it was somebody's folder).

Every step either completes or leaves something the next run tidies: a run killed at any
moment leaves DEST serving a whole release, and every release folder whole.

Usage: python -m scripts.publish publish DEST [--keep N] [--wait SECONDS]
       python -m scripts.publish rollback DEST [--wait SECONDS]
"""

from __future__ import annotations

import argparse
import ctypes
import errno
import fcntl
import os
import re
import shlex
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scripts.building import ROOT, BuildFailed, build_site

KEEP = 3  # releases kept: the live one and the ones before it (plus any *-original)
WAIT_SECONDS = 600.0  # how long a publish or rollback waits for one that is running
POLL_SECONDS = 0.1
ORIGINAL = "-original"
ROLLED_BACK = "-rolled-back"
ORIGINAL_ROLLED_BACK = ORIGINAL + ROLLED_BACK
NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})(-original-rolled-back|-original|-rolled-back)?$")
# Temporary names: beside DEST (".after-interview.building-…", ".after-interview.link-…")
# and inside the releases folder (".deleting-…"). Hidden, so no release pattern matches.
BUILDING = "building-"
LINK = "link-"
DELETING = ".deleting-"


class PublishError(Exception):
    """Publishing or rolling back cannot go on; the message says why, DEST is unchanged."""


@dataclass(frozen=True)
class Release:
    """One folder in DEST.releases."""

    path: Path
    stamp: str  # the sortable time part of the name
    kind: str  # "", ORIGINAL, ROLLED_BACK or ORIGINAL_ROLLED_BACK


def releases_dir(dest: Path) -> Path:
    """DEST.releases, next to DEST."""
    return dest.with_name(dest.name + ".releases")


def lock_path(dest: Path) -> Path:
    """DEST.lock, next to DEST. Kept for good: deleting it while a second run waits on it
    would let a third run lock a new file, and two runs would go at once."""
    return dest.with_name(dest.name + ".lock")


def temporary_prefix(dest: Path, kind: str) -> str:
    """The start of the hidden names a run uses beside DEST (``kind`` BUILDING or LINK)."""
    return f".{dest.name}.{kind}"


def list_releases(dest: Path) -> list[Release]:
    """The release folders, oldest first."""
    folder = releases_dir(dest)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = NAME.match(path.name)
        if match and path.is_dir() and not path.is_symlink():
            found.append(Release(path, match[1], match[2] or ""))
    return sorted(found, key=lambda release: release.stamp)


def live_release(dest: Path) -> Release | None:
    """The release DEST points at, or None when DEST is not a symlink made by publish."""
    if not dest.is_symlink():
        return None
    target = Path(os.readlink(dest))
    if not target.is_absolute():
        target = dest.parent / target
    for release in list_releases(dest):
        if release.path == target:
            return release
    return None


def rollback_target(dest: Path, live: Release) -> Release | None:
    """The release a rollback would make live: the newest one before ``live`` that no
    rollback has abandoned."""
    older = [release for release in list_releases(dest)
             if release.kind in ("", ORIGINAL) and release.stamp < live.stamp]
    return older[-1] if older else None


def new_stamp(dest: Path, after: str = "") -> str:
    """A UTC time stamp that sorts after every release of DEST (and after ``after``)."""
    latest = max([release.stamp for release in list_releases(dest)] + [after])
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    while stamp <= latest:  # the same microsecond, or a clock set back
        stamp = f"{stamp[:16]}{int(stamp[16:]) + 1:06d}"
    return stamp


def checked_dest(dest: Path, project: Path | None = None) -> Path:
    """DEST as an absolute path, if it can be a site folder next to a releases folder
    (and, for a publish, does not hold the project being built); else PublishError."""
    dest = Path(os.path.abspath(dest))
    if not dest.name:  # the root of the filesystem
        raise PublishError(f"DEST={dest} cannot be replaced by a link: give the site's own "
                           "folder, e.g. DEST=/srv/www/after-interview. Nothing was changed.")
    if project is not None and dest in (project.resolve(), *project.resolve().parents):
        raise PublishError(f"DEST={dest} holds the project that is being built: give the "
                           "folder the web server serves. Nothing was changed.")
    if not dest.parent.exists():
        raise PublishError(f"{dest.parent} does not exist: create it first. "
                           "Nothing was changed.")
    if not dest.parent.is_dir():
        raise PublishError(f"{dest.parent} is not a folder: DEST must be in a folder. "
                           "Nothing was changed.")
    return dest


@contextmanager
def locked(dest: Path, wait: float) -> Iterator[None]:
    """Hold DEST's lock (an exclusive flock on DEST.lock) while the block runs: one publish
    or rollback at a time. Wait up to ``wait`` seconds for another run to finish, then
    refuse. The system releases the lock when the holder exits, even when it is killed."""
    try:
        # Read-only is enough for flock, so a colleague who may read the file can lock it.
        handle = os.open(lock_path(dest), os.O_RDONLY | os.O_CREAT, 0o644)
    except PermissionError:
        raise PublishError(f"Cannot write in {dest.parent}: run it as the user that owns it. "
                           "Nothing was changed.") from None
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PublishError(
                        f"Another publish or rollback of {dest} is still running (it holds "
                        f"{lock_path(dest)}); waited {wait:g} s, nothing was changed. "
                        "Try again when it has finished.") from None
                if not told:
                    print(f"Waiting for another publish or rollback of {dest} to finish "
                          f"(at most {wait:g} s) ...", file=sys.stderr, flush=True)
                    told = True
                time.sleep(POLL_SECONDS)
        yield
    finally:
        os.close(handle)  # releases the lock


def discard(path: Path) -> None:
    """Delete a release folder so that it is never seen half deleted: first renamed out of
    the release names in one step, then removed (what a killed run leaves of it, the next
    publish removes)."""
    trash = Path(tempfile.mkdtemp(prefix=DELETING, dir=path.parent))
    os.rename(path, trash / path.name)
    shutil.rmtree(trash)


def clean_leftovers(dest: Path) -> None:
    """Remove what killed runs left: build folders and links beside DEST, symlinks and
    half-deleted folders in the releases folder, and releases newer than the live one
    (a killed publish moved them in but never switched to them; a killed rollback switched
    away from them but did not rename them). Only called with the lock held, so no running
    publish owns any of them."""
    for path in dest.parent.iterdir():
        if path.name.startswith(temporary_prefix(dest, BUILDING)) and not path.is_symlink():
            shutil.rmtree(path)
        elif path.name.startswith(temporary_prefix(dest, LINK)) and path.is_symlink():
            path.unlink()
    folder = releases_dir(dest)
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if path.is_symlink():  # a link made where an -original was to go (see switch)
            path.unlink()
        elif path.name.startswith(DELETING):
            shutil.rmtree(path)
    live = live_release(dest)
    if live is not None:
        for release in list_releases(dest):
            if release.kind == "" and release.stamp > live.stamp:
                discard(release.path)


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE, any file types).
    Return False where the system cannot do it (another OS, old kernel or libc)."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second),
                 rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(first))


def switch(dest: Path, release: Path, original: Path | None = None) -> None:
    """Make DEST a symlink to ``release`` in one atomic step. A plain folder at DEST is
    moved to ``original`` (a name in the releases folder)."""
    target = os.path.relpath(release, dest.parent)
    if dest.is_dir() and not dest.is_symlink():
        if original is None:
            raise PublishError(f"{dest} is a folder, and no name was given to keep it under")
        # The new link is made where the old folder is to end up: one exchange puts both in
        # place, and a run killed at any moment leaves no folder under a temporary name.
        original.symlink_to(target, target_is_directory=True)
        if exchange(original, dest):
            return
        # No atomic swap of a folder and a symlink here: a moment without DEST.
        original.unlink()
        os.rename(dest, original)
        dest.symlink_to(target, target_is_directory=True)
        return
    link = dest.with_name(f"{temporary_prefix(dest, LINK)}{os.getpid()}")
    link.unlink(missing_ok=True)
    link.symlink_to(target, target_is_directory=True)
    os.replace(link, dest)


def prune(dest: Path, keep: int) -> None:
    """Delete ordinary releases beyond the ``keep`` newest up to the live one, and every
    *-rolled-back one. Never the live release, nor any newer one (not switched to yet), nor
    an *-original (somebody's files); nothing at all when DEST points at no release."""
    live = live_release(dest)
    if live is None:
        return
    before = [release for release in list_releases(dest) if release.stamp < live.stamp]
    ordinary = [release for release in before if release.kind == ""]
    doomed = ordinary[:max(0, len(ordinary) - (keep - 1))]
    doomed += [release for release in before if release.kind == ROLLED_BACK]
    for release in doomed:
        discard(release.path)


def publish(dest: Path, project: Path = ROOT, keep: int = KEEP, site: Path | None = None,
            wait: float = WAIT_SECONDS) -> Release:
    """Build ``project`` next to DEST and make it live; return the new live release.
    With ``site``, copy that built site instead of building (the tests: the switch without
    the build's seconds). Raises BuildFailed or PublishError, leaving DEST as it was."""
    if keep < 1:
        raise PublishError(f"KEEP={keep}: keep at least 1 release (the live one). "
                           "Nothing was built or changed.")
    dest = checked_dest(dest, project)
    with locked(dest, wait):
        if dest.is_symlink() and live_release(dest) is None:
            raise PublishError(
                f"{dest} is a symlink to {os.readlink(dest)}, not to a release in "
                f"{releases_dir(dest)}: left alone. Remove it or choose another DEST.")
        if dest.exists() and not dest.is_dir():
            raise PublishError(f"{dest} is a file, not a folder: left alone")
        clean_leftovers(dest)
        building = Path(tempfile.mkdtemp(prefix=temporary_prefix(dest, BUILDING),
                                         dir=dest.parent))
        try:
            if site is None:
                build_site(building, project)
            else:
                shutil.copytree(site, building, symlinks=True, dirs_exist_ok=True)
            umask = os.umask(0)
            os.umask(umask)
            building.chmod(0o777 & ~umask)  # mkdtemp made it private; the web server reads
            releases_dir(dest).mkdir(exist_ok=True)
            original = None
            if dest.is_dir() and not dest.is_symlink():  # first publish over a plain folder
                original = releases_dir(dest) / f"{new_stamp(dest)}{ORIGINAL}"
            stamp = new_stamp(dest, after=original.name if original else "")
            release = releases_dir(dest) / stamp
            os.rename(building, release)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        switch(dest, release, original)
        prune(dest, keep)
    return Release(release, stamp, "")


def rollback(dest: Path, wait: float = WAIT_SECONDS) -> tuple[Release, Release]:
    """Point DEST at the release before the live one; return (abandoned, now live)."""
    dest = checked_dest(dest)
    not_published = PublishError(f"Nothing to roll back: {dest} was not published with "
                                 "`make publish` (it is not a symlink into "
                                 f"{releases_dir(dest).name}/).")
    if not releases_dir(dest).is_dir():
        raise not_published  # before the lock: leaves no lock file where nothing was published
    with locked(dest, wait):
        live = live_release(dest)
        if live is None:
            raise not_published
        target = rollback_target(dest, live)
        if target is None:
            raise PublishError(f"Nothing to roll back: {live.path.name} is the oldest release "
                               f"kept in {releases_dir(dest)}. The site is unchanged.")
        switch(dest, target.path)
        kind = ORIGINAL_ROLLED_BACK if live.kind == ORIGINAL else ROLLED_BACK
        abandoned = live.path.with_name(live.stamp + kind)
        os.rename(live.path, abandoned)
    return Release(abandoned, live.stamp, kind), target


def after_publish(dest: Path, live: Release, keep: int) -> list[str]:
    """What to tell after a publish: where DEST points, what is kept, how to go back."""
    lines = [f"Published: {dest} -> {live.path}",
             f"Kept: {', '.join(release.path.name for release in list_releases(dest))}"]
    if rollback_target(dest, live) is not None:
        lines.append(f"To go back: make rollback DEST={shlex.quote(str(dest))}")
    elif keep == 1:
        lines.append("KEEP=1 keeps only the live release: there is nothing to roll back to.")
    else:
        lines.append("This is the first release: there is nothing to roll back to yet.")
    return lines


def after_rollback(dest: Path, abandoned: Release, live: Release) -> list[str]:
    """What to tell after a rollback: where DEST points and what becomes of the other."""
    fate = ("deleted by the next publish" if abandoned.kind == ROLLED_BACK else
            "the folder that was at DEST before the first publish: kept, delete it yourself "
            "when you no longer need it")
    return [f"Rolled back: {dest} -> {live.path}", f"Abandoned: {abandoned.path} ({fate})."]


def main(argv: list[str]) -> int:
    """The command line: publish or rollback, with messages for people."""
    parser = argparse.ArgumentParser(prog="publish", description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["publish", "rollback"])
    parser.add_argument("dest", type=Path, help="the folder the web server serves")
    parser.add_argument("--keep", type=int, default=KEEP,
                        help=f"releases to keep, the live one included (default {KEEP})")
    parser.add_argument("--wait", type=float, default=WAIT_SECONDS,
                        help="seconds to wait for another publish or rollback of DEST "
                        f"(default {WAIT_SECONDS:g})")
    parser.add_argument("--project", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--site", type=Path, help=argparse.SUPPRESS)  # built already: tests
    args = parser.parse_args(argv)
    dest = Path(os.path.abspath(args.dest))
    try:
        if args.action == "publish":
            live = publish(dest, args.project, args.keep, args.site, args.wait)
            print(*after_publish(dest, live, args.keep), sep="\n")
        else:
            abandoned, live = rollback(dest, args.wait)
            print(*after_rollback(dest, abandoned, live), sep="\n")
    except BuildFailed as failed:
        print(f"Publish failed: the build stopped, {dest} was not changed. The build said:",
              *failed.lines, sep="\n", file=sys.stderr)
        return 1
    except PublishError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:  # the system refused a step: a line, not a traceback
        print(f"The {args.action} of {dest} stopped: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
