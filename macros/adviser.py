"""For a careers adviser (issue 17, item 5): the file a student makes on the records page
(``adviser_file()``) and the page that opens it (``adviser_view()``).

Their words are the `adviser` section of data/words/LANG.yml, not the scripts' messages
(which every page loads): only these two widgets need them, so the page carries them as a
JSON block that the scripts read, and the other pages stay within the page-weight budget."""

from __future__ import annotations

from .dataset import Dataset
from .labels import stage_words
from .rendering import catalogue, render_template
from .words import WORDS_DIR, section

# The adviser's file and page words: the `adviser` section of data/words/LANG.yml.
WORDS: dict[str, dict[str, str]] = {
    path.stem: section(path.stem, "adviser") for path in sorted(WORDS_DIR.glob("*.yml"))}


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def render_adviser_file(language: str, script_url: str, site_name: str) -> str:
    """The file maker for the records page; ``script_url`` is adviser-file.js, loaded only
    when the student asks for it (the records page is near the page-weight budget)."""
    return render_template("adviser-file.html", language, words=_words(language),
                           script_url=script_url, site_name=site_name)


def render_adviser_view(dataset: Dataset, language: str, site_name: str, scripts: str) -> str:
    """The adviser's page: open a file, read it, print it. The catalogue names the questions
    and says which of them are lessons; ``scripts`` (space-separated URLs) are loaded when
    the adviser presses the first button."""
    lessons = [item.key for c in dataset.checklists for item in c.items if item.lesson]
    return render_template("adviser-view.html", language, words=_words(language),
                           catalogue=catalogue(dataset, language), lessons=lessons,
                           site_name=site_name, scripts=scripts,
                           stage_words=stage_words(language))
