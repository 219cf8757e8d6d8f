"""make offline: build the site and pack it as a zip that works unpacked and opened from
disk (file://): pages, search and checklists (MkDocs' offline plugin is enabled).

Usage: python -m scripts.offline [ZIP]   (default dist/afterview-offline.zip)"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

from scripts.building import ROOT, BuildFailed, build_site

DEFAULT_ZIP = ROOT / "dist/afterview-offline.zip"
FOLDER = "afterview"  # everything sits in one folder, so unpacking spills nothing
README = """afterview, offline copy

Unpack this zip anywhere, then open afterview/index.html in a web browser.
Everything works from the folder, without a network. Your ticks and notes are kept by the
browser, for this folder: opening a copy unpacked elsewhere starts empty (use "Your
interviews" > export to carry them over).
"""


def write_zip(site_dir: Path, zip_path: Path) -> int:
    """Pack ``site_dir`` into ``zip_path`` under FOLDER/, plus a short README; return the
    number of files packed. Writes a temporary file first, so a failure leaves no half zip."""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    partial = zip_path.with_name(zip_path.name + ".partial")
    files = sorted(path for path in site_dir.rglob("*") if path.is_file())
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        for path in files:
            archive.write(path, f"{FOLDER}/{path.relative_to(site_dir).as_posix()}")
    partial.replace(zip_path)
    return len(files)


def main(argv: list[str]) -> int:
    """Build into a temporary folder and write the zip; print why when the build fails."""
    zip_path = Path(argv[0]) if argv else DEFAULT_ZIP
    with tempfile.TemporaryDirectory(prefix="afterview-offline-") as temp:
        site_dir = Path(temp) / "site"
        try:
            build_site(site_dir)
        except BuildFailed as failed:
            print("The build failed, no zip written:", *failed.lines, sep="\n", file=sys.stderr)
            return 1
        count = write_zip(site_dir, zip_path)
    size = zip_path.stat().st_size / 1024 / 1024
    print(f"Wrote {zip_path} ({count} files, {size:.1f} MB): unpack it and open "
          f"{FOLDER}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
