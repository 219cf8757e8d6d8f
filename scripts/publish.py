"""make publish / make rollback: put a new build live atomically, or go back one version.

Layout, for DEST=/srv/www/after-interview:

    /srv/www/after-interview            a symlink -> after-interview.releases/<release>
    /srv/www/after-interview.releases/  one folder per release, named by UTC time:
        20250301-101500-000123          YYYYmmdd-HHMMSS-microseconds
        20250214-090000-000456-original  the plain folder found at DEST on the first publish
        20250310-120000-000789-rolled-back  a release left by `make rollback`

publish: build into a temporary folder next to DEST (same filesystem); only if the build
succeeded, rename it into the releases folder and point DEST at it by renaming a new symlink
over the old one (rename(2) replaces a symlink atomically: every request sees the old or the
new site, never a mix or nothing). A failed build changes nothing at DEST.

rollback: point DEST at the release that was live before, atomically; the abandoned release
is renamed *-rolled-back and deleted by the next publish.

Usage: python -m scripts.publish publish DEST [--keep N]
       python -m scripts.publish rollback DEST
"""

from __future__ import annotations

import argparse
import ctypes
import errno
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scripts.building import ROOT, BuildFailed, build_site

KEEP = 3  # releases kept: the live one and the ones before it (plus any *-original)
NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})(-original|-rolled-back)?$")
ORIGINAL = "-original"
ROLLED_BACK = "-rolled-back"


class PublishError(Exception):
    """Publishing or rolling back cannot go on; the message says why, DEST is unchanged."""


@dataclass(frozen=True)
class Release:
    """One folder in DEST.releases."""

    path: Path
    stamp: str  # the sortable time part of the name
    kind: str  # "", "-original" or "-rolled-back"


def releases_dir(dest: Path) -> Path:
    """DEST.releases, next to DEST."""
    return dest.with_name(dest.name + ".releases")


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


def new_stamp(dest: Path, after: str = "") -> str:
    """A UTC time stamp that sorts after every release of DEST (and after ``after``)."""
    latest = max([release.stamp for release in list_releases(dest)] + [after])
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    while stamp <= latest:  # the same microsecond, or a clock set back
        stamp = f"{stamp[:16]}{int(stamp[16:]) + 1:06d}"
    return stamp


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


def point_at(dest: Path, release: Path) -> Path | None:
    """Make DEST a symlink to ``release`` in one atomic step. If DEST was a plain folder,
    return where that folder now is (a temporary name next to DEST), else None."""
    link = dest.with_name(f".{dest.name}.link-{os.getpid()}")
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(release, dest.parent), target_is_directory=True)
    if dest.is_dir() and not dest.is_symlink():
        if exchange(link, dest):
            return link  # now the old folder
        # No atomic swap of a folder and a symlink here: a moment without DEST.
        aside = dest.with_name(f".{dest.name}.aside-{os.getpid()}")
        os.rename(dest, aside)
        os.rename(link, dest)
        return aside
    os.replace(link, dest)
    return None


def prune(dest: Path, keep: int) -> None:
    """Delete releases beyond the ``keep`` newest (the live one always stays, *-original
    folders too: they were somebody's files) and every *-rolled-back one."""
    live = live_release(dest)
    ordinary = [r for r in list_releases(dest) if r.kind == "" and r != live]
    kept = ordinary[-(keep - 1):] if keep > 1 else []
    doomed = [r.path for r in ordinary if r not in kept]
    doomed += [r.path for r in list_releases(dest) if r.kind == ROLLED_BACK]
    for path in doomed:
        shutil.rmtree(path)


def publish(dest: Path, project: Path = ROOT, keep: int = KEEP,
            site: Path | None = None) -> Release:
    """Build ``project`` next to DEST and make it live; return the new live release.
    With ``site``, copy that built site instead of building (the tests: the switch without
    the build's seconds). Raises BuildFailed or PublishError, leaving DEST as it was."""
    if keep < 1:
        raise PublishError(f"KEEP={keep}: keep at least 1 release (the live one). "
                           "Nothing was built or changed.")
    dest = Path(os.path.abspath(dest))
    if not dest.parent.is_dir():
        raise PublishError(f"{dest.parent} does not exist: create it first")
    if dest.is_symlink() and live_release(dest) is None:
        raise PublishError(f"{dest} is a symlink to {os.readlink(dest)}, not to a release in "
                           f"{releases_dir(dest)}: left alone. Remove it or choose another DEST.")
    if dest.exists() and not dest.is_dir():
        raise PublishError(f"{dest} is a file, not a folder: left alone")
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{dest.name}.building-", dir=dest.parent))
    except PermissionError:
        raise PublishError(f"Cannot write in {dest.parent}: run `make publish` as the user "
                           f"that owns it. {dest} was not changed.") from None
    try:
        if site is None:
            build_site(building, project)
        else:
            shutil.copytree(site, building, symlinks=True, dirs_exist_ok=True)
        umask = os.umask(0)
        os.umask(umask)
        building.chmod(0o777 & ~umask)  # mkdtemp made it private; the web server must read
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
    old_folder = point_at(dest, release)
    if old_folder is not None and original is not None:
        os.rename(old_folder, original)
    prune(dest, keep)
    return Release(release, stamp, "")


def rollback(dest: Path) -> tuple[Release, Release]:
    """Point DEST at the release before the live one; return (abandoned, now live)."""
    dest = Path(os.path.abspath(dest))
    live = live_release(dest)
    if live is None:
        raise PublishError(f"Nothing to roll back: {dest} was not published with "
                           "`make publish` (it is not a symlink into "
                           f"{releases_dir(dest).name}/).")
    older = [r for r in list_releases(dest) if r.kind != ROLLED_BACK and r.stamp < live.stamp]
    if not older:
        raise PublishError(f"Nothing to roll back: {live.path.name} is the oldest release "
                           f"kept in {releases_dir(dest)}. The site is unchanged.")
    target = older[-1]
    point_at(dest, target.path)
    abandoned = live.path.with_name(live.path.name + ROLLED_BACK)
    os.rename(live.path, abandoned)
    return Release(abandoned, live.stamp, ROLLED_BACK), target


def main(argv: list[str]) -> int:
    """The command line: publish or rollback, with messages for people."""
    parser = argparse.ArgumentParser(prog="publish", description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["publish", "rollback"])
    parser.add_argument("dest", type=Path, help="the folder the web server serves")
    parser.add_argument("--keep", type=int, default=KEEP,
                        help=f"releases to keep, the live one included (default {KEEP})")
    parser.add_argument("--project", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--site", type=Path, help=argparse.SUPPRESS)  # built already: tests
    args = parser.parse_args(argv)
    try:
        if args.action == "publish":
            live = publish(args.dest, args.project, args.keep, args.site)
            print(f"Published: {args.dest} -> {live.path}")
            print(f"Kept: {', '.join(r.path.name for r in list_releases(args.dest))}")
            print(f"To go back: make rollback DEST={args.dest}")
        else:
            abandoned, live = rollback(args.dest)
            print(f"Rolled back: {args.dest} -> {live.path}")
            print(f"The abandoned release is {abandoned.path} (deleted by the next publish).")
    except BuildFailed as failed:
        print(f"Publish failed: the build stopped, {args.dest} was not changed. The build said:",
              *failed.lines, sep="\n", file=sys.stderr)
        return 1
    except PublishError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
