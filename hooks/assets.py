"""MkDocs hook: each page loads its own scripts as one minified file, and its own stylesheets
as one.

The sources in docs/assets stay separate, commented and readable, and `mkdocs serve` loads
them as they are. A page links them where they belong: the core every page needs
(mkdocs.yml's extra_javascript and extra_css), its language's messages and its widgets'
files (overrides/main.html, from the page's metadata that macros/components.py fills). A
build then replaces, in each page's HTML:

- every own script of the body (messages, core, widgets, in the order the page links them)
  by one file, where the last of them stood: after Material's bundle, as before;
- every own stylesheet by one file, where the first of them stood (before a centre's
  accent colours, which must come after ours);
- more than one script of the head (today md-base.js alone: it must run before the first
  paint) by one file in assets/js/, where the last stood: md-base.js finds the site root
  two folders up from its own address, and so does that file;
- Material's palette.css is left out when the theme has one scheme with custom colours
  (mkdocs.yml): all it holds then is the named colours and the rules for switching
  schemes, none of which such a site uses, and it cost every page a request.

A page's messages (messages-LANG.js, the whole catalogue's `script` section) go into its
bundle cut down to the ones its scripts can ask for (page_messages): the German catalogue is
2.8 KB gzipped, and a checklist page uses a third of it.

A file is named by a hash of its content: pages with the same set (a language's messages,
the core, the same widgets) share it, and nothing decides by hand which pages go together.
Scripts are minified with calmjs.parse (comments and spaces out, local names shortened; the
scripts are ES5, which it parses), stylesheets with rcssmin; vendored files are already
minified and kept as they are. The sources that went into a bundle are not shipped, except
those a page loads on demand (``data-av-load``, the adviser's scripts); other own files are
minified in place. BENCHMARKS.md has the weights, tests/build/test_page_weight.py the
budget and the request count."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import rcssmin
from calmjs.parse import es5
from calmjs.parse.unparsers.es5 import minify_print

VENDOR = "assets/vendor/"
HEAD_FOLDER = "assets/js/"  # where md-base.js is: the bundle of the head must be there too
SCRIPT_FOLDER = "assets/js/"
STYLE_FOLDER = "assets/css/"
BUNDLE_PREFIX = "page-"
HEAD_PREFIX = "head-"

SCRIPT_TAG = re.compile(r'\s*<script src="(?P<href>[^"]+)"'
                        r'(?P<attributes>(?: [\w-]+(?:="[^"]*")?)*)></script>')
STYLE_TAG = re.compile(r'\s*<link rel="stylesheet" href="(?P<href>[^"]+)">')
ON_DEMAND = re.compile(r'data-av-load="([^"]+)"')
MESSAGES_FILE = re.compile(r"(?:^|/)messages-[\w-]+\.js$")
MESSAGES_START = "window.afterviewMessages = "
# A script names a message by a string literal: the key ("progress"), a plural's stem
# ("due_more" for due_more_one and due_more_other), or a prefix it completes ("stage_" +
# entry.stage). Literals of single and double quotes alike.
LITERAL = re.compile(r"""["']([A-Za-z_][\w]*)["']""")
PLURAL_FORM = re.compile(r"_(?:zero|one|two|few|many|other)$")
PALETTE_TAG = re.compile(
    r'\s*<link rel="stylesheet" href="[^"]*assets/stylesheets/palette\.[0-9a-f]+\.min\.css">')

_serving = False
_bundles: dict[str, str] = {}  # site path -> content, written after each language build
_bundled: set[str] = set()  # the sources that went into bundles
_needed: set[str] = set()  # own files pages still load themselves (on demand)
_written: set[str] = set()  # bundles written into the site by an earlier language build


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
        (VENDOR, "assets/javascripts/", "assets/stylesheets/"))


def is_bundle(path: str) -> bool:
    return posixpath.basename(path).startswith((BUNDLE_PREFIX, HEAD_PREFIX))


def minified(docs_dir: Path, path: str) -> str:
    """One source as it goes into a bundle: own files minified, vendored ones as they are."""
    text = (docs_dir / path).read_text(encoding="utf-8")
    if path.startswith(VENDOR):
        return text.strip()
    return minify_js(text) if path.endswith(".js") else rcssmin.cssmin(text)


def message_names(sources: Iterable[str]) -> tuple[set[str], tuple[str, ...]]:
    """The message names scripts can ask for: every identifier-like string literal, and the
    prefixes among them (literals ending in "_") that a script completes at run time."""
    names = {name for source in sources for name in LITERAL.findall(source)}
    return names, tuple(sorted(name for name in names if name.endswith("_")))


def page_messages(text: str, sources: Iterable[str]) -> str:
    """A messages file (macros/words.py writes it) minified and cut down to the messages
    that ``sources`` (the page's other scripts) can ask for."""
    start = text.index(MESSAGES_START) + len(MESSAGES_START)
    messages = json.loads(text[start:].strip().rstrip(";"))
    names, prefixes = message_names(sources)
    kept = {key: value for key, value in messages.items()
            if key in names or PLURAL_FORM.sub("", key) in names or key.startswith(prefixes)}
    return MESSAGES_START.replace(" ", "") + json.dumps(kept, ensure_ascii=False,
                                               separators=(",", ":")) + ";"


def page_reader(html: str, page_url: str, docs_dir: Path) -> Callable[[str], str]:
    """``minified`` for one page, whose messages file is cut down to what the page's own
    scripts, and those it loads on demand, can ask for."""
    linked = (site_path(match["href"], page_url) for match in SCRIPT_TAG.finditer(html))
    scripts = [path for path in (*linked, *loaded_on_demand(html, page_url))
               if path and is_own(path) and path.endswith(".js")
               and not MESSAGES_FILE.search(path) and (docs_dir / path).exists()]

    def read(path: str) -> str:
        if not MESSAGES_FILE.search(path):
            return minified(docs_dir, path)
        sources = [(docs_dir / script).read_text(encoding="utf-8") for script in scripts]
        return page_messages((docs_dir / path).read_text(encoding="utf-8"), sources)
    return read


def bundle_name(folder: str, prefix: str, content: str, suffix: str) -> str:
    """A bundle's site path, named by its content."""
    return f"{folder}{prefix}{hashlib.sha256(content.encode()).hexdigest()[:12]}{suffix}"


def site_path(href: str, page_url: str) -> str | None:
    """The site path an address on the page at ``page_url`` points to (None: elsewhere)."""
    if "://" in href or href.startswith(("data:", "//")):
        return None
    if href.startswith("/"):  # the 404 page is built for the web root
        return href.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(page_url), href))


def address(path: str, href: str) -> str:
    """``path`` written the way ``href`` (an address of the same page to assets/...) is."""
    return href[:href.index("assets/")] + path


def palette_unused(palette: Any) -> bool:
    """Whether Material's palette.css does nothing for this theme: one scheme (a mapping,
    not a list to switch between), the default one, with custom colours."""
    return (isinstance(palette, dict) and palette.get("scheme", "default") == "default"
            and palette.get("primary") == "custom" and palette.get("accent") == "custom")


def bundle_page(html: str, page_url: str, read: Callable[[str], str],
                bundles: dict[str, str], bundled: set[str], palette: bool = True) -> str:
    """The page with its own scripts and stylesheets replaced by bundles (added to
    ``bundles``; the sources used to ``bundled``), without palette.css unless ``palette``.
    ``read`` gives a source, minified."""
    head_end = html.find("</head>")
    if head_end < 0:
        return html
    head, body = html[:head_end], html[head_end:]
    if not palette:
        head = PALETTE_TAG.sub("", head)
    head = _replace(head, SCRIPT_TAG, page_url, read, bundles, bundled, scripts=True,
                    head=True)
    head = _replace(head, STYLE_TAG, page_url, read, bundles, bundled, scripts=False)
    body = _replace(body, SCRIPT_TAG, page_url, read, bundles, bundled, scripts=True)
    return head + body


def _replace(html: str, tag: re.Pattern[str], page_url: str, read: Callable[[str], str],
             bundles: dict[str, str], bundled: set[str], scripts: bool,
             head: bool = False) -> str:
    found = []
    for match in tag.finditer(html):
        path = site_path(match["href"], page_url)
        if path is None or is_bundle(path):
            continue
        if is_own(path) or (head and path.startswith(VENDOR)):
            found.append((match, path))
    if not found or (head and len(found) < 2):
        return html  # nothing to join
    paths = [path for _, path in found]
    content = "\n".join(read(path) for path in paths) + "\n"
    if scripts:
        prefix = HEAD_PREFIX if head else BUNDLE_PREFIX
        name = bundle_name(HEAD_FOLDER if head else SCRIPT_FOLDER, prefix, content, ".js")
    else:
        name = bundle_name(STYLE_FOLDER, BUNDLE_PREFIX, content, ".css")
    bundles[name] = content
    bundled.update(paths)
    # Scripts where the last one stood (after Material's bundle, or where md-base.js was);
    # stylesheets where the first one stood (before a centre's accent colours).
    anchor = found[-1][0] if scripts else found[0][0]
    href = address(name, anchor["href"])
    if scripts:
        attributes = "".join(match["attributes"] for match, _ in found)
        tag_html = f'\n    <script src="{href}"{attributes}></script>'
    else:
        tag_html = f'\n    <link rel="stylesheet" href="{href}">'
    pieces, position = [], 0
    for match, _ in found:
        pieces.append(html[position:match.start()])
        if match is anchor:
            pieces.append(tag_html)
        position = match.end()
    pieces.append(html[position:])
    return "".join(pieces)


def loaded_on_demand(html: str, page_url: str) -> Iterable[str]:
    """Own files the page loads on demand (``data-av-load``: space-separated addresses)."""
    for value in ON_DEMAND.findall(html):
        for href in value.split():
            path = site_path(href, page_url)
            if path is not None:
                yield path


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
    if not _serving:
        _cache_dir = Path(config.config_file_path).parent / CACHE_DIR
    return config


def _bundled_output(html: str, url: str, config) -> str:
    if _serving:
        return html
    docs_dir = Path(config["docs_dir"])
    _needed.update(loaded_on_demand(html, url))
    return bundle_page(html, url, page_reader(html, url, docs_dir), _bundles, _bundled,
                       palette=not palette_unused(config["theme"]["palette"]))


def on_post_page(output: str, page, config) -> str:
    return _bundled_output(output, page.url, config)


def on_post_template(output_content: str, template_name: str, config) -> str:
    """The 404 page (a theme template, not a page) links the core too."""
    if template_name != "404.html":
        return output_content
    return _bundled_output(output_content, template_name, config)


def on_post_build(config) -> None:
    if _serving:
        return
    site_dir = Path(config["site_dir"])
    docs_dir = Path(config["docs_dir"])
    # Each language build adds its bundles; those of an earlier one are there already.
    for path in _bundles.keys() - _written:
        content = _bundles[path]
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        _written.add(path)
    # Each language build copies the sources again: remove what only bundles need.
    for path in _bundled - _needed:
        if is_own(path):
            (site_dir / path).unlink(missing_ok=True)
    # Own files loaded on their own (on demand) are minified where they are.
    for path in shipped_own_assets(site_dir):
        relative = path.relative_to(site_dir).as_posix()
        if relative not in _bundles and (docs_dir / relative).exists():
            path.write_text(minified(docs_dir, relative), encoding="utf-8")
