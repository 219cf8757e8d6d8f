"""MkDocs hook: minify the site's own JS and CSS in the built site.

The sources in docs/assets stay commented and readable; what is shipped is smaller (the
budget is 12 KB gzipped, see BENCHMARKS.md). `mkdocs serve` ships the sources unchanged, so
what you debug is what you wrote. Material's and vendor files are left alone."""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

_serving = False


def own_assets(site_dir: Path) -> list[Path]:
    """The project's own scripts (assets/js/) and stylesheets (assets/*.css) in a built site."""
    assets = site_dir / "assets"
    return sorted([*assets.glob("js/*.js"), *assets.glob("*.css")])


def minify_assets(site_dir: Path) -> list[Path]:
    """Minify each own asset in place; returns the files changed."""
    files = own_assets(site_dir)
    for path in files:
        source = path.read_text(encoding="utf-8")
        minify = rjsmin.jsmin if path.suffix == ".js" else rcssmin.cssmin
        path.write_text(minify(source), encoding="utf-8")
    return files


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_post_build(config) -> None:
    if not _serving:
        minify_assets(Path(config["site_dir"]))
