"""MkDocs hook: ship the site's own scripts as one minified file, and its stylesheets as one.

The sources in docs/assets stay separate, commented and readable, and `mkdocs serve` loads
them as they are. A build combines them, in the order mkdocs.yml lists them, into one file
per kind (fewer requests, and gzip compresses their shared words once) and minifies them
with calmjs.parse (scripts: comments and spaces out, local names shortened; the scripts are
ES5, which it parses) and rcssmin. A widget's own files (assets/js/records.js, assets/css/
records.css...), which only some pages load, are minified where they are. This keeps what
a page loads within the 12 KB gzip budget (see BENCHMARKS.md). Material's files and
docs/assets/vendor/ are left alone."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import rcssmin
from calmjs.parse import es5
from calmjs.parse.unparsers.es5 import minify_print

SCRIPT_BUNDLE = "assets/js/afterview.min.js"
STYLE_BUNDLE = "assets/afterview.min.css"

_serving = False
_sources: dict[str, list[str]] = {SCRIPT_BUNDLE: [], STYLE_BUNDLE: []}


# Minified scripts are kept here by the hash of their source: parsing them is the slowest
# step of the hook (about 0.35 s a build), and the sources rarely change between builds.
CACHE_DIR = Path(".cache/afterview-minified")
MINIFIER = "calmjs.parse " + importlib.metadata.version("calmjs.parse")
_cache_dir: Path | None = None


@functools.cache
def minify_js(source: str) -> str:
    """Minify an ES5 script: no comments or spaces, local names shortened (globals and
    properties keep theirs). Cached in memory (each language build minifies the same files)
    and on disk, by the source's hash and the minifier's version."""
    key = hashlib.sha256(f"{MINIFIER}\n{source}".encode()).hexdigest()
    cached = _cache_dir / f"{key}.js" if _cache_dir else None
    if cached and cached.exists():
        return cached.read_text(encoding="utf-8")
    minified = minify_print(es5(source), obfuscate=True, obfuscate_globals=False) + ";"
    if cached:
        try:  # a cache that cannot be written only costs time
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(minified, encoding="utf-8")
            partial.replace(cached)
        except OSError:
            pass
    return minified


def is_own(path: str) -> bool:
    """The project's own assets: under assets/, but not Material's or vendor/ files."""
    return path.startswith("assets/") and not path.startswith(
        ("assets/vendor/", "assets/javascripts/", "assets/stylesheets/"))


def replace_own(entries: Sequence[Any], bundle: str) -> tuple[list[Any], list[str]]:
    """The entries with every own asset replaced by ``bundle`` (where the first one was),
    and the own assets' paths in order."""
    own = [str(entry) for entry in entries if is_own(str(entry))]
    result: list[Any] = []
    for entry in entries:
        if not is_own(str(entry)):
            result.append(entry)
        elif str(entry) == own[0]:
            result.append(bundle)
    return result, own


def combine(docs_dir: Path, site_dir: Path, sources: Sequence[str], bundle: str,
            minify: Callable[[str], str]) -> Path:
    """Write the minified sources (read from ``docs_dir``), in order, into ``bundle`` in
    ``site_dir`` and remove their copies there. Reading the originals makes it safe to run
    once per language build: mkdocs-static-i18n builds each language into the same site
    and copies the sources again."""
    parts = []
    for source in sources:
        parts.append(minify((docs_dir / source).read_text(encoding="utf-8")))
        (site_dir / source).unlink(missing_ok=True)
    target = site_dir / bundle
    # Each script is a complete statement; the newline keeps one file's end from
    # running into the next one's start.
    target.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return target


def shipped_own_assets(site_dir: Path) -> list[Path]:
    """Every own script and stylesheet in a built site."""
    return sorted(path for path in (site_dir / "assets").rglob("*")
                  if path.suffix in (".js", ".css")
                  and is_own(path.relative_to(site_dir).as_posix()))


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config):
    global _cache_dir
    if _serving:
        return config
    _cache_dir = Path(config.config_file_path).parent / CACHE_DIR
    # mkdocs-static-i18n runs this again for each further language on the same config,
    # which then lists the bundles already: keep the sources found the first time.
    if SCRIPT_BUNDLE not in map(str, config.extra_javascript):
        config.extra_javascript, _sources[SCRIPT_BUNDLE] = replace_own(
            config.extra_javascript, SCRIPT_BUNDLE)
    if STYLE_BUNDLE not in map(str, config.extra_css):
        config.extra_css, _sources[STYLE_BUNDLE] = replace_own(config.extra_css, STYLE_BUNDLE)
    return config


def on_post_build(config) -> None:
    if _serving:
        return
    site_dir = Path(config["site_dir"])
    docs_dir = Path(config["docs_dir"])
    if _sources[SCRIPT_BUNDLE]:
        combine(docs_dir, site_dir, _sources[SCRIPT_BUNDLE], SCRIPT_BUNDLE, minify_js)
    if _sources[STYLE_BUNDLE]:
        combine(docs_dir, site_dir, _sources[STYLE_BUNDLE], STYLE_BUNDLE, rcssmin.cssmin)
    # Own files loaded on their own (md-base.js, from the theme override) are minified too.
    for path in shipped_own_assets(site_dir):
        relative = path.relative_to(site_dir).as_posix()
        if relative not in _sources and (docs_dir / relative).exists():
            minify = minify_js if path.suffix == ".js" else rcssmin.cssmin
            original = (docs_dir / relative).read_text(encoding="utf-8")
            path.write_text(minify(original), encoding="utf-8")
