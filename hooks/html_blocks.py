"""MkDocs hook: our macros' finished HTML skips the Markdown parser.

The macros in macros/ return complete, escaped HTML (a checklist is about 50 KB). Left in
the page, Markdown scans every tag of it as a raw HTML block, only to pass it through
unchanged: profiling showed Markdown taking three times as long on our pages as on the
same pages without the macros, the largest part of the build's extra time (BENCHMARKS.md).

So each of our macros' HTML results is replaced by a short token while Markdown runs, and
put back into the page's HTML right after (on_page_content, before search indexes it and
before the theme renders it). A result that starts with a block-level tag takes the place
of the paragraph Markdown wrapped around its token, exactly where Markdown would have put
the raw block; anything else replaces just the token.

Only macros defined by the project's own module (mkdocs-macros' `module_name`) are
wrapped; mkdocs-macros' built-in ones are left alone."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import Any

BLOCK_START = re.compile(
    r"\s*<(?:div|section|form|fieldset|details|aside|nav|ul|ol|dl|table|p|h[1-6]|figure"
    r"|blockquote|pre|hr|article|header|footer)\b", re.IGNORECASE)
TOKEN = re.compile(r"(<p>)?(AVHTMLBLOCK\d+X)(</p>)?")

_blocks: dict[str, str] = {}
_numbers = itertools.count(1)


def stash(html: str) -> str:
    """A token that stands for ``html`` until the page's content is back from Markdown."""
    token = f"AVHTMLBLOCK{next(_numbers)}X"
    _blocks[token] = html
    return token


def restore(content: str) -> str:
    """``content`` with every token replaced by its HTML."""
    def put_back(match: re.Match[str]) -> str:
        html = _blocks.pop(match.group(2), None)
        if html is None:
            return match.group(0)
        if match.group(1) and match.group(3) and BLOCK_START.match(html):
            return html
        return (match.group(1) or "") + html + (match.group(3) or "")
    return TOKEN.sub(put_back, content)


def wrapped(macro: Callable[..., Any]) -> Callable[..., Any]:
    """The macro, returning a token instead of HTML."""
    @functools.wraps(macro)
    def call(*args: Any, **kwargs: Any) -> Any:
        result = macro(*args, **kwargs)
        # HTML that asks for Markdown inside it (md_in_html) must go through Markdown.
        if (isinstance(result, str) and result.lstrip().startswith("<")
                and 'markdown="' not in result):
            return stash(result)
        return result
    call.__wrapped_by_html_blocks__ = True  # type: ignore[attr-defined]
    return call


def on_config(config: Any) -> Any:
    """Wrap the project's macros (mkdocs-macros has registered them by now: hooks run after
    the plugins)."""
    plugin = config["plugins"].get("macros")
    environment = getattr(plugin, "env", None)
    if plugin is None or environment is None:
        return config
    module = plugin.config.get("module_name") or "main"
    for name, macro in list(environment.globals.items()):
        if (callable(macro) and getattr(macro, "__module__", None) == module
                and not getattr(macro, "__wrapped_by_html_blocks__", False)):
            environment.globals[name] = wrapped(macro)
    return config


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Put our HTML back where Markdown left the tokens."""
    return restore(html)
