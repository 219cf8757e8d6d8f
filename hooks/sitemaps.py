"""MkDocs hook: a sitemap for each language folder.

mkdocs-static-i18n writes one sitemap.xml at the site root. Material's scripts on a German
page ask for de/sitemap.xml (the language's own root, for the language selector), which then
does not exist: a 404 on every German page, in the console and the server's log. This writes
de/sitemap.xml (and .gz) with that language's pages, their addresses relative to de/."""

from __future__ import annotations

import gzip
from pathlib import Path
from xml.etree import ElementTree

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def language_sitemap(root_sitemap: str, language: str) -> str:
    """The entries of ``root_sitemap`` under ``language/``, with that prefix removed."""
    ElementTree.register_namespace("", SITEMAP)
    ElementTree.register_namespace("xhtml", XHTML)
    tree = ElementTree.fromstring(root_sitemap)
    prefix = f"{language}/"
    for url in list(tree):
        loc = url.find(f"{{{SITEMAP}}}loc")
        if loc is None or not (loc.text or "").startswith(prefix):
            tree.remove(url)
            continue
        loc.text = loc.text.removeprefix(prefix)
        for link in url.findall(f"{{{XHTML}}}link"):
            url.remove(link)  # alternates point across languages; relative to de/ they would not
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(
        tree, encoding="unicode") + "\n"


def on_post_build(config) -> None:
    site_dir = Path(config["site_dir"])
    root = site_dir / "sitemap.xml"
    i18n = config["plugins"].get("i18n")
    if not root.exists() or i18n is None:
        return
    for language in (lang for lang in i18n.config.languages if lang.build and not lang.default):
        folder = site_dir / language.locale
        if folder.is_dir():
            text = language_sitemap(root.read_text(encoding="utf-8"), language.locale)
            (folder / "sitemap.xml").write_text(text, encoding="utf-8")
            (folder / "sitemap.xml.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
