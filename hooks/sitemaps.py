"""MkDocs hook: a sitemap in every folder that holds pages.

mkdocs-static-i18n writes one sitemap.xml at the site root and points each page's
<link rel="alternate"> at the same page in the other language. Material's scripts fetch
"sitemap.xml" next to every alternate link (it expects them to point at language roots),
so a German page or one in further-rounds/ asked for de/sitemap.xml or
further-rounds/sitemap.xml: a 404 on those pages, in the console and in the server's log.
This writes a sitemap (and .gz) in each such folder, with the pages under it, their
addresses relative to the folder."""

from __future__ import annotations

import gzip
from pathlib import Path
from xml.etree import ElementTree

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def folder_sitemap(root_sitemap: str, folder: str) -> str:
    """The entries of ``root_sitemap`` under ``folder/``, with that prefix removed."""
    ElementTree.register_namespace("", SITEMAP)
    ElementTree.register_namespace("xhtml", XHTML)
    tree = ElementTree.fromstring(root_sitemap)
    prefix = f"{folder}/"
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
    if not root.exists():
        return
    text = root.read_text(encoding="utf-8")
    folders = {page.parent for page in site_dir.rglob("*.html")} - {site_dir}
    for folder in sorted(folders):
        relative = folder.relative_to(site_dir).as_posix()
        if relative.startswith(("assets/", "search")) or relative == "assets":
            continue
        sitemap = folder_sitemap(text, relative)
        (folder / "sitemap.xml").write_text(sitemap, encoding="utf-8")
        (folder / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap.encode("utf-8"), mtime=0))
