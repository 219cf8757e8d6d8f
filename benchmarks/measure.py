"""Measure what BENCHMARKS.md reports, each figure next to a plain MkDocs + Material build
of the same pages (generated in a temporary folder from the real project: the same
Markdown with the macro calls removed, the same theme and features, only the search
plugin; no macros, i18n, offline plugin, hooks or overrides), in the same run:

- build: the real site (both languages) and per language, median of N runs, wall and CPU;
- scaling: synthetic datasets of 100, 1,000 and 10,000 items, cost per item;
- reload: edit-to-reload under `mkdocs serve` (a question in data/checklists.yml; a .md
  page for plain Material);
- weight: requests and gzip bytes per page in headless Chromium, each page next to the
  same page of plain Material built once per language (the fair peer of a bilingual site:
  each language with its own search index, German with German stemming), the median page
  and the most extra requests per language, the own JS + CSS against its budget, each
  language's search index;
- interaction: script time (CDP ScriptDuration) of opening a checklist page, ticking an
  item and typing in a note with 10 records, 200 ticked items and long notes stored;
- store: the store against the one-entry store of 0e8adf8: a tick and a keystroke with
  10, 100 and 500 records, and importing 2,000 records (benchmarks/store.py).

Run with `make bench` (all sections, a few minutes) or
`.venv/bin/python benchmarks/measure.py --only build,weight`; paste the printed tables into
BENCHMARKS.md with the date. Nothing is written into the repository."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks import browser, projects, reload, store  # noqa: E402 - needs the project on the path
from hooks.assets import is_own, shipped_own_assets  # noqa: E402
from scripts.browsing import CHROMIUM_ARGS, find_chromium, serve  # noqa: E402
from tests.build.test_page_weight import BUDGET as BUDGET_GZIP  # noqa: E402

SECTIONS = ("build", "scaling", "reload", "weight", "interaction", "store")
SCALES = ((100, 3), (1000, 3), (10000, 1))  # items, runs
GOAL_RATIO = 1.25


def medians(project: Path, site: Path, runs: int, strict: bool = True) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` builds (after one unmeasured warm-up build,
    so every measured build finds the files in the page cache)."""
    projects.build_once(project, site, strict)
    times = [projects.build_once(project, site, strict) for _ in range(runs)]
    return (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))


def pages_of(docs: Path, german: bool) -> list[str]:
    """Built page paths of the real site's pages (review.html, de/review.html)."""
    pages = []
    for page in sorted(docs.rglob("*.md")):
        relative = page.relative_to(docs).as_posix()
        if relative.endswith(".de.md") == german:
            stem = relative.removesuffix(".de.md").removesuffix(".md")
            pages.append(("de/" if german else "") + stem + ".html")
    return pages


class Run:
    """One benchmark run: the temporary folder and the projects built in it."""

    def __init__(self, tmp: Path, real: Path, runs: int) -> None:
        self.tmp = tmp
        self.real = real
        self.runs = runs
        self.real_site = tmp / "real-site"
        self.plain = projects.make_plain(real, tmp / "plain")
        self.plain_site = tmp / "plain-site"
        self.over_budget = False

    def ensure_sites(self) -> None:
        """Both sites built (once), for the sections that only read them."""
        if not (self.real_site / "index.html").exists():
            projects.build_once(self.real, self.real_site)
        if not (self.plain_site / "index.html").exists():
            projects.build_once(self.plain, self.plain_site, strict=False)

    def build(self) -> None:
        """Build time, real site against plain Material, together and per language."""
        real = medians(self.real, self.real_site, self.runs)
        plain = medians(self.plain, self.plain_site, self.runs, strict=False)
        english = projects.only_default_language(projects.copy_real(self.tmp / "real-en",
                                                                      self.real))
        plain_en = projects.make_plain(english, self.tmp / "plain-en")
        for page in (plain_en / "docs").rglob("*.de.md"):
            page.unlink()
        real_en = medians(english, self.tmp / "real-en-site", self.runs)
        plain_en_t = medians(plain_en, self.tmp / "plain-en-site", self.runs, strict=False)
        pages = len(list((self.real / "docs").rglob("*.md")))
        print(f"### Build time (median of {self.runs} builds after a warm-up; "
              f"{pages} Markdown pages)\n")
        print("| build | ours wall | plain wall | ratio | ours CPU | plain CPU | ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, ours, theirs in (("both languages (the real site)", real, plain),
                                   ("English only", real_en, plain_en_t)):
            print(f"| {name} | {ours[0]:.2f} s | {theirs[0]:.2f} s | "
                  f"**{ours[0] / theirs[0]:.2f}×** | {ours[1]:.2f} s | {theirs[1]:.2f} s | "
                  f"**{ours[1] / theirs[1]:.2f}×** |")
        print(f"\nGoal: at most {GOAL_RATIO}× plain Material for the real site.\n")

    def scaling(self) -> None:
        """Synthetic datasets: cost per item, ours against plain Material lists."""
        print("### Scaling: synthetic datasets (checklists of 50 items, one per page, "
              "English and German pages)\n")
        print("| items | pages | ours wall | plain wall | ratio | ours CPU | plain CPU | ratio "
              "| ours CPU per item over 100 | plain CPU per item over 100 |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        first: tuple[float, float] | None = None
        for items, runs in SCALES:
            real = self.tmp / f"syn-{items}"
            plain = self.tmp / f"syn-{items}-plain"
            projects.make_synthetic(items, real, plain)
            ours = medians(real, self.tmp / f"syn-{items}-site", runs)
            theirs = medians(plain, self.tmp / f"syn-{items}-plain-site", runs, strict=False)
            pages = len(list((real / "docs").rglob("*.md")))
            if first is None:
                first = (ours[1], theirs[1])
                per = ("–", "–")
            else:
                per = (f"{(ours[1] - first[0]) / (items - 100) * 1000:.2f} ms",
                       f"{(theirs[1] - first[1]) / (items - 100) * 1000:.2f} ms")
            print(f"| {items:,} | {pages} | {ours[0]:.2f} s | {theirs[0]:.2f} s | "
                  f"{ours[0] / theirs[0]:.2f}× | {ours[1]:.2f} s | {theirs[1]:.2f} s | "
                  f"{ours[1] / theirs[1]:.2f}× | {per[0]} | {per[1]} |")
            shutil.rmtree(self.tmp / f"syn-{items}-site", ignore_errors=True)
        print()

    def reload(self) -> None:
        """Edit-to-reload under mkdocs serve, ours (a question) against plain (a page)."""
        runs = max(3, self.runs)
        real = projects.copy_real(self.tmp / "serve-real")
        ours = reload.edit_to_reload(real, "review.html",
                                     reload.question_editor(real / "data/checklists.yml"), runs)
        plain = projects.make_plain(real, self.tmp / "serve-plain")
        theirs = reload.edit_to_reload(plain, "review.html",
                                       reload.page_editor(plain / "docs/review.md"), runs,
                                       strict=False)
        print(f"### Edit-to-reload under `mkdocs serve` (median of {runs})\n")
        print("| edit | ours | plain Material | ratio | ours, each run |")
        print("|---|---:|---:|---:|---|")
        print(f"| one question's text in data/checklists.yml (ours); a line of review.md "
              f"(plain) | {statistics.median(ours):.2f} s | {statistics.median(theirs):.2f} s "
              f"| {statistics.median(ours) / statistics.median(theirs):.2f}× | "
              f"{', '.join(f'{t:.2f}' for t in ours)} |\n")

    def plain_languages(self) -> dict[str, Path]:
        """The fair peer of a bilingual site: plain Material built once per language over
        the same pages, each with its own search index (German with German stemming)."""
        sites = {}
        for language in ("en", "de"):
            site = self.tmp / f"plain-{language}-site"
            if not (site / "index.html").exists():
                project = projects.make_plain_language(self.real, self.tmp / f"plain-{language}",
                                                       language)
                projects.build_once(project, site, strict=False)
            sites[language] = site
        return sites

    def weight(self) -> None:
        """Page weight and requests per page, against plain Material per language; own
        assets and search indexes."""
        from playwright.sync_api import sync_playwright
        self.ensure_sites()
        peers = self.plain_languages()
        docs = self.real / "docs"
        rows: list[tuple[str, str, browser.Weight, browser.Weight, browser.Weight]] = []
        with sync_playwright() as playwright, serve(self.real_site) as ours_base, \
                serve(peers["en"]) as en_base, serve(peers["de"]) as de_base:
            chrome = playwright.chromium.launch(executable_path=find_chromium(),
                                                args=CHROMIUM_ARGS)
            for language, base in (("en", en_base), ("de", de_base)):
                for page in pages_of(docs, language == "de"):
                    rows.append((page, language,
                                 browser.page_weight(chrome, ours_base + page, ours_base),
                                 browser.page_weight(chrome, ours_base + page, ours_base,
                                                     search=True),
                                 browser.page_weight(chrome, base + page.removeprefix("de/"),
                                                     base)))
            chrome.close()
        print("### Page weight against plain Material per language\n")
        print("Each page loaded once in headless Chromium with an empty cache from a local HTTP "
              "server; every response counted, gzip -9 of each body, KB. The peer: plain "
              "Material built once per language over the same pages (English; German with "
              "`language: de`, so German stemming), each with its own search index, which "
              "it fetches with every page. Ours fetches its language's index (and for German "
              "the stemmer) when the reader opens search: \"with search\" is the same page "
              "after the search field got the focus. The plain pages are the Markdown "
              "without the macros: no checklists, tools, facts or Sources lists.\n")
        print("| page | requests ours / with search / plain | ours | ours with search "
              "| plain | ours − plain | own JS + CSS |")
        print("|---|---:|---:|---:|---:|---:|---:|")

        def kb(weight: browser.Weight) -> float:
            return sum(weight.gzip.values()) / 1024

        for page, _, ours, searched, theirs in rows:
            print(f"| {page} | {ours.requests} / {searched.requests} / {theirs.requests} | "
                  f"{kb(ours):.1f} | {kb(searched):.1f} | {kb(theirs):.1f} | "
                  f"{kb(ours) - kb(theirs):+.1f} | {ours.own_gzip:,} B |")
        print("\n| language | median page ours | with search | plain | ours − plain "
              "| with search − plain | requests ours / with search / plain "
              "| most extra requests on a page |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for language in ("en", "de"):
            chosen = [(o, s, t) for _, lang, o, s, t in rows if lang == language]
            ours_kb = statistics.median(kb(o) for o, _, _ in chosen)
            searched_kb = statistics.median(kb(s) for _, s, _ in chosen)
            plain_kb = statistics.median(kb(t) for _, _, t in chosen)
            requests = "/".join(span(sorted({w.requests for w in column}))
                                for column in zip(*chosen, strict=True))
            extra = max(o.requests - t.requests for o, _, t in chosen)
            extra_searched = max(s.requests - t.requests for _, s, t in chosen)
            print(f"| {language} | {ours_kb:.1f} KB | {searched_kb:.1f} KB | {plain_kb:.1f} KB "
                  f"| **{ours_kb - plain_kb:+.1f} KB** | **{searched_kb - plain_kb:+.1f} KB** | "
                  f"{requests} | **{extra:+d}** (with search {extra_searched:+d}) |")
        heaviest = max(rows, key=lambda row: row[2].own_gzip)
        own = {language: [o.own_gzip for _, lang, o, _, _ in rows if lang == language]
               for language in ("en", "de")}
        medians = ", ".join(f"{language} {statistics.median(sizes):,.0f}"
                            for language, sizes in own.items())
        print(f"\nOwn JS + CSS that a page loads, gzipped: at most {heaviest[2].own_gzip:,} "
              f"bytes ({heaviest[0]}; budget {BUDGET_GZIP:,}); the median page: {medians} "
              "bytes.\n")
        self.over_budget = heaviest[2].own_gzip > BUDGET_GZIP
        self.own_assets()
        self.search_index(peers)

    def own_assets(self) -> None:
        """The project's own JS and CSS: each source minified (where the bytes of a page's
        bundle come from), and the files a build ships."""
        from hooks.assets import BUNDLE_PREFIX, minified
        docs = self.real / "docs"
        sources = sorted(p.relative_to(docs).as_posix() for p in (docs / "assets").rglob("*")
                         if p.suffix in (".js", ".css")
                         and is_own(p.relative_to(docs).as_posix()))
        print("Each own source as it goes into a page's bundle (minified; gzip -9 of the file "
              "alone: in a bundle, gzip shares words between files, so a bundle is smaller "
              "than the sum):\n")
        print("| source | minified bytes | gzip -9 bytes |\n|---|---:|---:|")
        for source in sources:
            text = minified(docs, source).encode("utf-8")
            print(f"| `{source}` | {len(text):,} | {browser.gzipped(text):,} |")
        shipped = shipped_own_assets(self.real_site)
        print("\nShipped own files:\n")
        print("| files | how many | gzip -9 bytes each |\n|---|---:|---:|")
        for label, suffix in (("page scripts (assets/js/page-*.js)", ".js"),
                              ("page stylesheets (assets/css/page-*.css)", ".css")):
            sizes = sorted(browser.gzipped(path.read_bytes()) for path in shipped
                           if path.name.startswith(BUNDLE_PREFIX) and path.suffix == suffix)
            if sizes:
                print(f"| {label} | {len(sizes)} | {sizes[0]:,}–{sizes[-1]:,} |")
        for path in shipped:
            if not path.name.startswith(BUNDLE_PREFIX):
                print(f"| `{path.relative_to(self.real_site).as_posix()}` | 1 | "
                      f"{browser.gzipped(path.read_bytes()):,} |")
        print()

    def search_index(self, peers: dict[str, Path]) -> None:
        """Size of each language's search index, ours and the peer's, and texts held more
        than once."""
        from macros.dataset import read_site_dataset
        dataset = read_site_dataset(self.real, ("en", "de"))
        print("| search index | ours | plain Material |\n|---|---:|---:|")
        repeated: list[str] = []
        for language, root in (("en", ""), ("de", "de/")):
            index = self.real_site / root / "search/search_index.json"
            plain_index = peers[language] / "search/search_index.json"
            texts = [item.text.get(language) for checklist in dataset.checklists
                     for item in checklist.items]
            repeated += browser.texts_in_several_entries(index, texts)
            for label, value in (
                    ("bytes (gzip -9)", lambda f: f"{f.stat().st_size:,} "
                     f"({browser.gzipped(f.read_bytes()):,})"),
                    ("entries", lambda f: str(browser.search_index_duplicates(f)[0])),
                    ("entries repeating an earlier entry's text",
                     lambda f: str(browser.search_index_duplicates(f)[1]))):
                print(f"| {language}: {label} | {value(index)} | {value(plain_index)} |")
        print(f"| checklist texts in more than one entry of their language's index | "
              f"{len(repeated)} | – |\n")
        for text in repeated:
            print(f"- in more than one entry: {text!r}")
        print()

    def interaction(self) -> None:
        """Script time of a checklist page, a tick and a keystroke, with stored records."""
        from playwright.sync_api import sync_playwright

        from macros.dataset import read_site_dataset
        self.ensure_sites()
        dataset = read_site_dataset(self.real, ("en", "de"))
        keys = [item.key for c in dataset.checklists for item in c.items]
        questions = {item.key for c in dataset.checklists for item in c.items
                     if item.kind == "question"}
        document = browser.seeded_document(keys, questions)
        runs = max(5, self.runs)
        with sync_playwright() as playwright, serve(self.real_site) as ours_base, \
                serve(self.plain_site) as plain_base:
            chrome = playwright.chromium.launch(executable_path=find_chromium(),
                                                args=CHROMIUM_ARGS)
            ours = browser.interaction(chrome, ours_base, "review.html", document,
                                       "/.afterview", runs)
            empty = browser.interaction(chrome, ours_base, "review.html", None,
                                        "/.afterview", runs)
            plain = browser.interaction(chrome, plain_base, "review.html", None, "", runs)
            chrome.close()
        size = len(json.dumps(document))
        print(f"### Interaction: script time (Chromium `ScriptDuration`, median of {runs})\n")
        print(f"Stored: 10 records, 200 ticked items, a note of about 2,000 characters on "
              f"every question of every record ({size / 1024:.0f} KB of JSON).\n")
        print("| action on review.html | ours, with the records | ours, empty storage "
              "| plain Material | budget |")
        print("|---|---:|---:|---:|---:|")
        med = browser.Interaction.median
        print(f"| open the page (until idle): all script, Material's included | "
              f"{med(ours.open_ms):.1f} ms | {med(empty.open_ms):.1f} ms | "
              f"{med(plain.open_ms):.1f} ms | – |")
        print(f"| open the page: our own scripts only (CPU profile) | "
              f"{med(ours.open_own_ms):.1f} ms | {med(empty.open_own_ms):.1f} ms | – "
              "| 100 ms |")
        print(f"| tick an item (the save included) | {med(ours.tick_ms):.1f} ms | – | – "
              "| 16 ms |")
        print(f"| type one character in a note (the save 600 ms later included) | "
              f"{med(ours.type_ms):.1f} ms | – | – | 16 ms |\n")


def span(values: list[int]) -> str:
    """"7" or "7–9"."""
    return str(values[0]) if values[0] == values[-1] else f"{values[0]}–{values[-1]}"


def machine() -> str:
    """One line about the machine and the versions."""
    chrome = subprocess.run([find_chromium(), "--version"], capture_output=True, text=True,
                            check=False).stdout.strip()
    import material
    import mkdocs
    return (f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"MkDocs {mkdocs.__version__}, Material {material.__version__}, {chrome}.")


def main() -> None:
    """Run the chosen sections and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections of: {', '.join(SECTIONS)}")
    parser.add_argument("--runs", type=int, default=5, help="builds per median (default 5)")
    parser.add_argument("--real", type=Path, default=None,
                        help="measure this project folder instead of a copy of the repository "
                        "(e.g. an older version, for before/after figures)")
    args = parser.parse_args()
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    print(machine() + "\n")
    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as tmp:
        real = args.real or projects.copy_real(Path(tmp) / "real")
        run = Run(Path(tmp), real, args.runs)
        steps: dict[str, Callable[[], None]] = {
            "build": run.build, "scaling": run.scaling, "reload": run.reload,
            "weight": run.weight, "interaction": run.interaction,
            "store": lambda: store.measure(real, Path(tmp), args.runs)}
        for name in chosen:
            steps[name]()
            sys.stdout.flush()
    if run.over_budget:
        sys.exit(f"own JS + CSS is over the {BUDGET_GZIP}-byte gzip budget")


if __name__ == "__main__":
    main()
