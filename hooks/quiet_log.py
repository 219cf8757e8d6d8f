"""MkDocs hook: a build says a few lines, not twenty.

MkDocs itself says three things at INFO ("Cleaning site directory", "Building documentation
to directory: site", "Documentation built in 3.9 seconds"). Two plugins added about twenty
more lines to every build, none of them something a reader can act on:

- mkdocs-macros, once per language build: where it found our module (twice), its functions,
  and every variable, macro and filter it registered. Its `verbose` option only adds DEBUG
  lines; these are INFO, whatever it says.
- mkdocs-static-i18n: which language it builds, that it added 'de' to the search plugin,
  each setting it overrides for 'de', how many navigation labels it translated, and, for
  each language's link, "The 'extra.alternate' configuration contains a 'link' option that
  should be an absolute path '/' and end with a trailing '/'", which reads like a
  misconfiguration and is not one. We set no `extra.alternate`: the plugin writes it itself
  when it builds the first language, as "/index.html" and "/de/index.html" ("index.html"
  because the offline plugin turns directory URLs off, mkdocs.yml), and then checks its own
  value as if a user had written it when it sets up the next language. Its check assumes
  directory URLs.
  Nothing to fix: on every page the plugin swaps these links for the page's own
  counterpart (`de/review.html`), which Material's switcher (overrides/partials/header.html)
  writes relative to the page, so it works from a folder (file://) and under any sub-path
  (tests/hosting); only the 404 page, which has no counterpart, keeps the plugin's value.

Their loggers are set to WARNING, so their warnings and errors still show; MkDocs' own INFO
lines stay; `mkdocs build --verbose` shows everything again. The facts due for a check have
a logger of their own ('afterview.facts', macros/__init__.py), not touched here."""

from __future__ import annotations

import logging

from mkdocs.plugins import event_priority

# The loggers of the two plugins (MkDocs names plugin loggers "mkdocs.plugins.<module>").
QUIETED = ("mkdocs.plugins.mkdocs_macros", "mkdocs.plugins.mkdocs_static_i18n")


def quiet() -> None:
    """Plugins' INFO lines off, unless MkDocs runs with --verbose (its logger at DEBUG)."""
    if logging.getLogger("mkdocs").getEffectiveLevel() <= logging.DEBUG:
        return
    for name in QUIETED:
        logging.getLogger(name).setLevel(logging.WARNING)


# Before the plugins' own on_config, where both say most of it (hooks run after plugins
# unless they ask for an earlier turn).
@event_priority(100)
def on_config(config):
    quiet()
    return config
