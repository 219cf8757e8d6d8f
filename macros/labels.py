"""Interface words of the rendered pages, per language: the `page` section of the catalogue
data/words/LANG.yml (macros/words.py), which a translator edits."""

from __future__ import annotations

from .model import DEFAULT_LANGUAGE
from .words import WORDS_DIR, section

LABELS: dict[str, dict[str, str]] = {
    path.stem: section(path.stem, "page") for path in sorted(WORDS_DIR.glob("*.yml"))}


def labels_for(language: str) -> dict[str, str]:
    """Return the interface words for ``language``, English where a word is missing."""
    return {**LABELS[DEFAULT_LANGUAGE], **LABELS.get(language, {})}


# The words compare.js needs, sent with the widget (without their "compare_" prefix).
COMPARE_SCRIPT_WORDS = tuple(
    key.removeprefix("compare_") for key in LABELS.get(DEFAULT_LANGUAGE, {})
    if key.startswith("compare_") and not key.endswith(("_nojs", "_head")) and key not in (
        "compare_print_title", "compare_caption", "compare_criterion", "compare_weight",
        "compare_add_label", "compare_add_example", "compare_add", "compare_print"))


def compare_words(language: str) -> dict[str, str]:
    """The words of compare.js in ``language``."""
    labels = labels_for(language)
    return {key: labels["compare_" + key] for key in COMPARE_SCRIPT_WORDS}


# The words of stage.js (a stage's name, its checks and messages), shipped in the HTML of the
# pages that show stages (stage-prompt.html, records.html) rather than in messages-LANG.js,
# which every page loads: the 15 KB budget (tests/build/test_page_weight.py). stage.js adds
# them to the page's messages, so AV.t() finds them like any other.
STAGE_WORDS = ("stage_waiting", "stage_next-round", "stage_offer", "stage_accepted",
               "stage_declined", "stage_rejected", "stage_no-reply", "stage_withdrawn",
               "stageSince", "stageDue_next-round", "stageDue_offer", "stageNone", "stageChange",
               "stageField", "stageOnLabel", "stageDueLabel", "stageSave", "stageHistory",
               "stageSaved", "stageUnknown", "stageOnMissing", "stageOnBad", "stageDueBad",
               "stageDueNone", "stageDuePast", "stageDropped_one", "stageDropped_other")


def stage_words(language: str) -> dict[str, str]:
    """The words stage.js needs, in ``language``."""
    labels = labels_for(language)
    return {key: labels[key] for key in STAGE_WORDS}
