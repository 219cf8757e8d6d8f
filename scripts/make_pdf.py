"""Write ready-to-hand-out blank PDFs of the printable checklists, A4 and US Letter, for
every language the site is built in: `make pdf` (not part of the normal build).

Builds the site into a temporary folder, serves it on 127.0.0.1 and prints the
Printable checklists page with the system Chromium (the same one the browser tests use)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as `python scripts/make_pdf.py`, like `make pdf` does
from scripts.browsing import CHROMIUM_ARGS, find_chromium, serve  # noqa: E402
from scripts.building import BuildFailed, build_site  # noqa: E402

OUT = Path(os.environ.get("AFTERVIEW_PDF_DIR") or ROOT / "pdf")
PAPERS = {"a4": "A4", "letter": "Letter"}
# Printable page per language: English at the root; German (mkdocs-static-i18n) under de/.
LANGUAGES = {"en": "printable.html", "de": "de/printable.html"}
FOOTER = ('<div style="width:100%;font-size:8px;color:#444;padding:0 13mm;display:flex;'
          'justify-content:space-between"><span>afterview</span><span>'
          '<span class="pageNumber"></span> / <span class="totalPages"></span></span></div>')


def main() -> None:
    chromium = find_chromium()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        try:
            build_site(site)
        except BuildFailed as failed:
            sys.exit("\n".join(["The build failed, no PDF written:", *failed.lines]))
        OUT.mkdir(exist_ok=True)
        with serve(site) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page()
            for language, path in LANGUAGES.items():
                if not (site / path).exists():
                    continue
                # The page prints as the forms alone: its title and on-screen instructions
                # stay on screen (docs/assets/css/printable.css), as when a user prints it.
                page.goto(base + path)
                for name, paper in PAPERS.items():
                    target = OUT / f"afterview-checklists-{language}-{name}.pdf"
                    page.pdf(path=str(target), format=paper, display_header_footer=True,
                             header_template="<span></span>", footer_template=FOOTER,
                             margin={"top": "14mm", "bottom": "16mm",
                                     "left": "13mm", "right": "13mm"})
                    print(f"wrote {target}")
            browser.close()


if __name__ == "__main__":
    main()
