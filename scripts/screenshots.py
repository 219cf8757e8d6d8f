"""make screenshots: the README's screenshots (readme/*.png) of the site as it is now.

Builds the site, serves it on a loopback port and opens it in the system Chromium
(headless, through Playwright) at fixed sizes: a laptop (1280 x 800) and a phone (390 x 844).
Before the shots, one interview is filled in the way a user would leave it a few days after
the interview (a named record, follow-up details, ticks and notes), through the site's own
store API (docs/assets/js/store.js), so the shots show a site in use, not an empty one. The
clock is fixed, so shots taken again differ only where the pages did.

Each PNG is reduced to at most 256 colours and compressed (Pillow): a screen of flat colours
and text loses nothing visible, and the files stay small enough for a README.

Run it after changing what a screenshot shows: `make screenshots`, then look at the files
and commit them."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.browsing import CHROMIUM_ARGS, find_chromium, serve  # noqa: E402
from scripts.building import BuildFailed, build_site  # noqa: E402

OUT = ROOT / "readme"
# A Monday morning in London, four days after the interview.
NOW = dt.datetime(2026, 11, 30, 9, 30, tzinfo=dt.timezone(dt.timedelta(0)))
LOCALE = "en-GB"
TIMEZONE = "Europe/London"

DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}

# The interview the shots show: follow-up fields (the letter builder's and the dates tool's),
# a stage, and answers by checklist/item id (data/checklists.yml).
FOLLOWUP = {"organisation": "ACME Ltd", "position": "Data Analyst", "date": "2026-11-26",
            "first": "Sarah", "last": "Keller", "address": "ms", "convention": "uk"}
STAGE = {"stage": "waiting", "on": "2026-11-26", "due": ""}
ANSWERS = {
    "review/first-impressions": {
        "done": True,
        "note": "Friendly panel of three; they asked a lot about my thesis project."},
    "review/atmosphere": {
        "done": True,
        "note": "Relaxed after the first ten minutes. They laughed at the survey story."},
    "review/interviewer-effect": {"done": True, "note": ""},
    "review/strong-answers": {
        "done": False,
        "note": "The dashboard I built for the student union: numbers, and what changed."},
    "thank-you/decide": {"done": True, "note": ""},
    "thank-you/names": {"done": True, "note": ""},
}

# Fills the store through its own functions (no knowledge of how it lays out localStorage).
SEED = """([followup, stage, answers]) => {
  const store = window.afterview && window.afterview.store;
  if (!store) return "the page has no window.afterview.store";
  const id = store.createRun(followup.organisation + " \\u2013 " + followup.position, false);
  store.switchRun(id);
  store.setFollowup(followup);
  if (store.setStage && !store.setStage(id, stage)) return "setStage refused " + stage.stage;
  for (const [key, answer] of Object.entries(answers)) {
    if (!store.setAnswer(key, answer)) return "setAnswer refused " + key;
  }
  return store.problem() || "";
}"""


@dataclass(frozen=True)
class Shot:
    file: str
    page: str
    device: dict
    # CSS selector scrolled to the top of the screen (under the header), or None: the top.
    scroll_to: str | None = None


SHOTS = [
    Shot("start-page.png", "index.html", DESKTOP),
    Shot("checklist-phone.png", "review.html", PHONE, scroll_to="#checklist-review"),
]


def seed(page: Page, base: str) -> None:
    """One filled-in interview in the browser's storage; stop if the store refuses it."""
    page.goto(base + "records.html")
    page.wait_for_load_state("load")
    problem = page.evaluate(SEED, [FOLLOWUP, STAGE, ANSWERS])
    if problem:
        sys.exit(f"screenshots: the store did not take the example interview: {problem}")
    keys = page.evaluate("() => Object.keys(window.afterview.store.currentRun().answers)")
    missing = sorted(set(ANSWERS) - set(keys))
    if missing:
        sys.exit(f"screenshots: no such checklist items: {', '.join(missing)}")


def take(page: Page, base: str, shot: Shot) -> bytes:
    page.goto(base + shot.page)
    page.wait_for_load_state("load")
    if shot.scroll_to:
        target = page.locator(shot.scroll_to)
        if target.count() != 1:
            sys.exit(f"screenshots: {shot.page} has no single {shot.scroll_to}")
        # Just under Material's header, which stays at the top.
        page.evaluate("""selector => {
          const header = document.querySelector(".md-header");
          const top = document.querySelector(selector).getBoundingClientRect().top;
          window.scrollBy(0, top - (header ? header.offsetHeight : 0) - 16);
        }""", shot.scroll_to)
    page.evaluate("() => document.fonts.ready")
    page.wait_for_timeout(300)  # Material's header and toc settle after a scroll
    return page.screenshot()


def optimise(png: bytes) -> bytes:
    """At most 256 colours, no dithering (flat UI colours stay flat), best compression."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    reduced = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                             dither=Image.Dither.NONE)
    out = io.BytesIO()
    reduced.save(out, format="PNG", optimize=True)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT,
                        help="folder for the PNGs (default: readme/)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        site = Path(temporary) / "site"
        try:
            build_site(site)
        except BuildFailed as failure:
            sys.exit("screenshots: the build failed:\n" + "\n".join(failure.lines))
        with sync_playwright() as playwright, serve(site) as base:
            browser = playwright.chromium.launch(executable_path=find_chromium(),
                                                 args=CHROMIUM_ARGS)
            try:
                for shot in SHOTS:
                    context = browser.new_context(**shot.device, locale=LOCALE,
                                                  timezone_id=TIMEZONE,
                                                  reduced_motion="reduce")
                    page = context.new_page()
                    page.clock.set_fixed_time(NOW)
                    seed(page, base)
                    png = optimise(take(page, base, shot))
                    (args.out / shot.file).write_bytes(png)
                    size = shot.device["viewport"]
                    print(f"{args.out / shot.file}: {size['width']} x {size['height']}, "
                          f"{len(png) // 1024} KB")
                    context.close()
            finally:
                browser.close()


if __name__ == "__main__":
    main()
