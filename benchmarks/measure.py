"""Measure what BENCHMARKS.md reports: build time, the size of the site's own JS and CSS
(raw and gzipped, against the 12 KB budget), and the size of the built site.

Run with `make bench`; paste the printed table into BENCHMARKS.md with the date."""

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
OWN_ASSETS = ROOT / "docs/assets"
BUDGET_GZIP = 12 * 1024
BUILDS = 3


def own_files() -> list[Path]:
    """The project's own JS and CSS (vendor/ holds shipped third-party files)."""
    return sorted(p for p in OWN_ASSETS.rglob("*")
                  if p.suffix in (".js", ".css") and "vendor" not in p.parts)


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
    rows = []
    total_raw = total_gz = 0
    for path in own_files():
        data = path.read_bytes()
        total_raw += len(data)
        total_gz += gzipped(data)
        rows.append(f"| `{path.relative_to(ROOT)}` | {len(data):,} | {gzipped(data):,} |")
    print("| own asset | bytes | gzip -9 bytes |\n|---|---:|---:|")
    print("\n".join(rows))
    print(f"| **total** (budget {BUDGET_GZIP:,} gzipped) | {total_raw:,} | **{total_gz:,}** |")

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        times = build_seconds(site)
        files = [p for p in site.rglob("*") if p.is_file()]
        pages = [p for p in files if p.suffix == ".html"]
        size = sum(p.stat().st_size for p in files)
    print()
    print("| measure | value |\n|---|---:|")
    print(f"| `mkdocs build --strict`, median of {BUILDS} | {statistics.median(times):.2f} s |")
    print(f"| built site: files / HTML pages | {len(files)} / {len(pages)} |")
    print(f"| built site: total size | {size / 1024 / 1024:.2f} MiB |")
    if total_gz > BUDGET_GZIP:
        sys.exit(f"own JS + CSS is {total_gz} bytes gzipped, over the {BUDGET_GZIP} budget")


if __name__ == "__main__":
    main()
