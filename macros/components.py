"""Which script and stylesheet each widget needs beyond what every page loads.

Every page loads the core (mkdocs.yml's extra_javascript and extra_css): the strings, the
store, printing. A widget that lives on some pages (the checklists, the records manager,
the start page's progress, the follow-up tools...) brings its own script and stylesheet,
listed in the page's metadata by the macro that renders it; overrides/main.html links them.
A page then loads only what it uses, and a build joins what it links into one script and
one stylesheet per page (hooks/assets.py)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

# The backup code (reading, writing and the Markdown export), shared by the records manager
# and the adviser's pages; a widget's scripts run in the order listed, so it comes first.
BACKUP = "assets/js/backup.js"
# The store's import (store.importRuns), on the pages that import: the records manager and
# the adviser's page (its "keep a copy").
STORE_IMPORT = "assets/js/store-import.js"
ADVISER_SCRIPTS = ("assets/js/adviser-file.js", "assets/js/adviser.js")
# The date rules and the calendar file, shared by the follow-up tools and the due list.
DATES = "assets/js/dates.js"
# The checklists' script: on the pages that show a checklist, and for the printed forms.
CHECKLIST = "assets/js/checklist.js"
# widget: (script or scripts in load order, stylesheet or None), as paths inside docs/
COMPONENTS: dict[str, tuple[str | tuple[str, ...], str | None]] = {
    # The checklists (their styles are in the core: the printed forms share them).
    "checklist": (CHECKLIST, None),
    "overview": ("assets/js/overview.js", "assets/css/overview.css"),
    "due": ((DATES, "assets/js/due.js"), "assets/css/due.css"),
    # stage.js: the stage words and checks the records' cards share with the stage prompt
    "records": ((BACKUP, STORE_IMPORT, "assets/js/stage.js", "assets/js/records.js"),
                "assets/css/records.css"),
    "lessons": ("assets/js/lessons.js", "assets/css/lessons.css"),
    # checklist.js fills the printed forms with the answers (AV.fillPaper).
    "printable": ((CHECKLIST, "assets/js/printable.js"), "assets/css/printable.css"),
    "followup": ((DATES, "assets/js/followup.js"), "assets/css/followup.css"),
    # The adviser's page. Its scripts (ADVISER_SCRIPTS) are loaded by backup.js when asked
    # for, on that page and on the records page (the file maker): both pages would be over
    # the page-weight budget with them (tests/build/test_page_weight.py).
    "adviser": ((BACKUP, STORE_IMPORT), "assets/css/adviser.css"),
    "stage": ("assets/js/stage.js", "assets/css/stage.css"),
    "compare": ("assets/js/compare.js", "assets/css/compare.css"),
}
SCRIPTS_KEY = "av_scripts"
STYLES_KEY = "av_styles"


def use_component(meta: MutableMapping[str, Any], name: str) -> None:
    """Note in a page's metadata that it needs widget ``name``'s files (once each)."""
    scripts, style = COMPONENTS[name]
    if isinstance(scripts, str):
        scripts = (scripts,)
    for key, path in [(SCRIPTS_KEY, script) for script in scripts] + [(STYLES_KEY, style)]:
        if path and path not in meta.setdefault(key, []):
            meta[key].append(path)
