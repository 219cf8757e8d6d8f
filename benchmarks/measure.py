"""Measure what BENCHMARKS.md reports: build time, the size of the site's own JS and CSS as
shipped (combined and minified by hooks/assets.py; each shipped file gzipped, against the
12 KB budget), and the size of the built site.

Run with `make bench`; paste the printed tables into BENCHMARKS.md with the date."""

from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))
from hooks.assets import is_own, shipped_own_assets  # noqa: E402 - needs the project on the path

BUDGET_GZIP = 12 * 1024
BUILDS = 3


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def build_seconds(site_dir: Path) -> list[float]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    times = []
    for _ in range(BUILDS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
                        "--site-dir", str(site_dir)], cwd=ROOT, env=env, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        times = build_seconds(site)
        files = [p for p in site.rglob("*") if p.is_file()]
        pages = [p for p in files if p.suffix == ".html"]
        size = sum(p.stat().st_size for p in files)
        docs = ROOT / "docs"
        sources = [p for p in (docs / "assets").rglob("*")
                   if p.suffix in (".js", ".css") and is_own(p.relative_to(docs).as_posix())]
        print(f"Sources: {len(sources)} files, {sum(p.stat().st_size for p in sources):,} bytes "
              "in docs/assets (with comments).")
        print()
        print("| own asset (as shipped) | bytes | gzip -9 bytes |")
        print("|---|---:|---:|")
        shipped = shipped_gz = 0
        for path in shipped_own_assets(site):
            data = path.read_bytes()
            shipped += len(data)
            shipped_gz += gzipped(data)
            print(f"| `{path.relative_to(site)}` | {len(data):,} | {gzipped(data):,} |")
        print(f"| **total** (budget {BUDGET_GZIP:,} gzipped) | {shipped:,} | **{shipped_gz:,}** |")
    print()
    print("| measure | value |\n|---|---:|")
    print(f"| `mkdocs build --strict`, median of {BUILDS} | {statistics.median(times):.2f} s |")
    print(f"| built site: files / HTML pages | {len(files)} / {len(pages)} |")
    print(f"| built site: total size | {size / 1024 / 1024:.2f} MiB |")
    if shipped_gz > BUDGET_GZIP:
        sys.exit(f"own JS + CSS is {shipped_gz} bytes gzipped, over the {BUDGET_GZIP} budget")


if __name__ == "__main__":
    main()
