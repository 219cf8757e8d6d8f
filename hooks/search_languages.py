"""MkDocs hook: one search index per language, each searched only from its own pages.

mkdocs-static-i18n builds the site once per language into one folder and then merges every
language's entries into one search/search_index.json (with lunr set up for all languages):
an English page found German pages, and every page loaded the words of both. Material
looks for its index at ``search/search_index.json`` next to ``base`` (the page's
``__config``), and from file:// for ``search/search_index.js`` there. So each language gets
its own index under its own root, the way a site built once per language has it:

- ``search/search_index.json`` holds the default language's pages, ``de/search/...`` the
  German ones (locations relative to ``de/``), each with its own language for lunr (German
  stemming for German), as Material's search plugin sets it up for a site in that language;
- a page's ``base`` is its language's root (``./`` on ``de/review.html``), so Material
  fetches that language's index and opens results under it. Nothing else reads ``base``:
  the storage scope (``__md_scope``) comes from docs/assets/js/md-base.js's own address,
  the site root, so both languages keep sharing one store;
- with the offline plugin, each index is also written as ``search_index.js`` (what
  Material loads from file://), as that plugin does for the root one.

Some parts of a page are kept out of the index (``data-search-exclude``), as words that
are not the page's content, or are its content a second time:

- tab labels (pymdownx.tabbed's "US", "UK", "Germany"): they stand side by side without a
  space, so Material's index ran them together ("USUKGermany") in result snippets, and the
  words are in the tabs' text anyway;
- what only paper shows (``av-print-only``: the blank lines and "Interview: ... Date: ..."
  of a printed checklist);
- the label of each question's notes field, which says "Your notes on" and the question
  again (for screen readers);
- the Sources list, which names where each claim of the page comes from and repeats the
  claim in brackets: the claim is found in the page's text.

The index is written as UTF-8, not with every umlaut escaped (\\u00fc), which the German
index is full of."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.utils import get_relative_url

# The search settings that depend on the language, as Material's search plugin reads them
# from the theme's translations (partials/languages/LANG.html).
LANGUAGE_SETTINGS = {"lang": "search.config.lang", "separator": "search.config.separator",
                     "pipeline": "search.config.pipeline"}
# Opening tags of what the index leaves out. Material's search parser ends an excluded
# element at the first closing tag of the same name, so none of these holds its own tag.
EXCLUDED = re.compile(r'<(?:div class="tabbed-labels"|label class="av-item__note-label"'
                      r'|ul class="av-sources"|\w+ class="[^"]*\bav-print-only\b[^"]*")(?=[ >])')

_indexes: dict[str, dict[str, Any]] = {}  # language -> that build's index, as written
# The languages whose builds are between their two post_build steps: mkdocs-static-i18n
# runs the other languages' builds inside the default one's, between the two, and leaves
# the theme set to the last language built.
_open_builds: list[tuple[str, str]] = []


def _search(config) -> Any:
    plugins = config["plugins"]
    plugin = plugins.get("material/search") or plugins.get("search")
    return plugin if plugin is not None and hasattr(plugin, "search_index") else None


def _languages(config) -> tuple[str, str]:
    """The language of this build (mkdocs-static-i18n sets the theme's per build) and the
    default language."""
    current = config["theme"]["language"]
    i18n = config["plugins"].get("i18n")
    if i18n is None:
        return current, current
    default = next((lang.locale for lang in i18n.config.languages if lang.default), current)
    return current, default


def language_root(language: str, default: str) -> str:
    """Where a language's pages live in the site: "" for the default, "de/" for German."""
    return "" if language == default else f"{language}/"


def _translate(config, key: str) -> str:
    """A word of the theme's translations for this build's language."""
    env = config["theme"].get_env()
    template = env.get_template("partials/language.html", None, {"config": config})
    return template.module.t(key)


def language_index(entries: list[dict[str, Any]], settings: dict[str, Any], root: str
                   ) -> dict[str, Any]:
    """The index of one language: its own entries only, located relative to its root."""
    docs = []
    for entry in entries:
        if entry["location"].startswith(root):
            docs.append({**entry, "location": entry["location"].removeprefix(root)})
    return {"config": settings, "docs": docs}


@event_priority(-50)  # after hooks/html_blocks.py has put our macros' HTML back in
def on_page_content(html: str, page, config, files) -> str:
    """The parts that are not content out of the index (the attribute stays in the page:
    valid HTML, and it shows what search leaves out)."""
    return EXCLUDED.sub(lambda match: match[0] + " data-search-exclude", html)


def on_page_context(context: dict[str, Any], page, config, nav) -> dict[str, Any]:
    """The page's ``base`` (Material's __config) is its language's root."""
    if _search(config) is None:
        return context
    language, default = _languages(config)
    root = language_root(language, default)
    if root:
        context["base_url"] = get_relative_url(root, page.url)
    return context


@event_priority(-50)  # after the search plugin, before mkdocs-static-i18n merges languages
def _keep_language_index(config) -> None:
    """This build's entries (one language's: each language build starts a new index)."""
    search = _search(config)
    if search is None:
        return
    language, default = _languages(config)
    settings = {key: search.search_index.config[key]
                for key in ("lang", "separator", "pipeline", "fields")}
    for key, word in LANGUAGE_SETTINGS.items():
        value = _translate(config, word)
        if key == "lang":
            settings[key] = [value]
        elif key == "pipeline":
            settings[key] = [step for step in re.split(r"\s*,\s*", value) if step]
        elif value:
            settings[key] = value
    _indexes[language] = language_index(list(search.search_index.entries), settings,
                                        language_root(language, default))
    _open_builds.append((language, default))


@event_priority(-150)  # after mkdocs-static-i18n and the offline plugin wrote the merged one
def _write_language_index(config) -> None:
    """This build's language's index under its root, in place of the merged one."""
    if _search(config) is None or not _open_builds:
        return
    language, default = _open_builds.pop()
    index = _indexes[language]
    folder = Path(config["site_dir"]) / language_root(language, default) / "search"
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps(index, separators=(",", ":"), default=str, ensure_ascii=False)
    (folder / "search_index.json").write_text(data, encoding="utf-8")
    offline = config["plugins"].get("material/offline") or config["plugins"].get("offline")
    if offline is not None and offline.config.enabled:
        (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")


on_post_build = CombinedEvent(_keep_language_index, _write_language_index)
