"""MkDocs hook: one 404 page for the whole site, with the default language's page chrome.

mkdocs-static-i18n builds the site once per language into the same folder, and each build
writes the theme's 404.html at the root: the last language's (German navigation and search
box) won. The page's own text speaks both languages (overrides/404.html); its chrome should
be the default language's. The first build (the default language) keeps its rendering here,
and later builds write that instead of theirs."""

from __future__ import annotations

_default_page: str | None = None


def on_post_template(output_content: str, template_name: str, config) -> str:
    global _default_page
    if template_name != "404.html":
        return output_content
    i18n = config["plugins"].get("i18n")
    default = next((lang.locale for lang in i18n.config.languages if lang.default), None) \
        if i18n is not None else None
    if default is None or config["theme"]["language"] == default:
        _default_page = output_content
        return output_content
    return _default_page or output_content
