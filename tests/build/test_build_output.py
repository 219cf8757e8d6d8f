"""What a build prints: a few lines, and nothing that reads like a misconfiguration.

The plugins' INFO chatter (mkdocs-macros' module and variable lists, mkdocs-static-i18n's
language steps and its note about 'extra.alternate') is quieted by hooks/quiet_log.py; their
warnings, MkDocs' own lines and the facts due for a check still show. A link to an anchor in
our macros' HTML is not reported as missing (hooks/html_anchors.py); a missing one is."""

from __future__ import annotations

import logging

import pytest

from hooks import quiet_log
from tests.sitebuild import ROOT, make_fixture_project, mkdocs_build

# What a build printed before (about twenty lines): none of it may come back.
CHATTER = (
    "[macros]",
    "Found local Python module",
    "Found external Python module",
    "Functions found",
    "Config variables",
    "Config macros",
    "Config filters",
    "mkdocs_static_i18n",
    "Building 'de' documentation",
    "Adding 'de' to the 'material/search' plugin",
    "extra.alternate",
    "should be an absolute path",
    "Overriding 'de' config",
    "Translated 17 navigation elements",
    # An anchor in our macros' HTML (the dates tool's #av-dates) taken for a missing one.
    "does not contain an anchor",
    "there is no such anchor on this page",
)
# MkDocs' own: "Cleaning site directory", "Building documentation to directory: ...",
# "Documentation built in ... seconds"; room for two more.
MOST_LINES = 5
# Said on the day a fact comes due (macros/__init__.py), whatever else is quiet: not chatter.
DUE = "due for a check"


def test_a_build_prints_a_few_lines_and_no_plugin_chatter(tmp_path):
    result = mkdocs_build(ROOT, tmp_path / "site")
    assert result.returncode == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    chatter = [line for line in lines if any(message in line for message in CHATTER)]
    assert chatter == [], result.output
    counted = [line for line in lines if DUE not in line]
    assert len(counted) <= MOST_LINES, result.output
    assert counted[-1].startswith("INFO    -  Documentation built in"), result.output


@pytest.fixture
def plugin_loggers():
    """The quieted loggers and MkDocs' own, with their levels put back afterwards."""
    names = ("mkdocs", *quiet_log.QUIETED)
    levels = {name: logging.getLogger(name).level for name in names}
    yield [logging.getLogger(name) for name in quiet_log.QUIETED]
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def test_the_plugins_warnings_still_show(plugin_loggers, caplog):
    logging.getLogger("mkdocs").setLevel(logging.INFO)  # as `mkdocs build` runs
    quiet_log.quiet()
    caplog.set_level(logging.DEBUG)
    for logger in plugin_loggers:
        child = logging.getLogger(logger.name + ".plugin")  # where the plugins log from
        child.info("chatter")
        child.warning("a warning")
        child.error("an error")
    assert [record.getMessage() for record in caplog.records] == [
        "a warning", "an error"] * len(plugin_loggers)


def test_verbose_shows_the_plugins_info_again(plugin_loggers, caplog):
    logging.getLogger("mkdocs").setLevel(logging.DEBUG)  # as `mkdocs build --verbose` runs
    for logger in plugin_loggers:
        logger.setLevel(logging.NOTSET)
    quiet_log.quiet()
    assert all(logger.getEffectiveLevel() == logging.DEBUG for logger in plugin_loggers)


def test_a_link_to_an_anchor_in_a_macro_is_found_and_a_missing_one_is_said(tmp_path):
    project = make_fixture_project(tmp_path / "project")
    for hook in ("html_blocks.py", "html_anchors.py"):
        (project / "hooks").mkdir(exist_ok=True)
        (project / "hooks" / hook).write_bytes((ROOT / "hooks" / hook).read_bytes())
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8")
                      + "hooks:\n  - hooks/html_blocks.py\n  - hooks/html_anchors.py\n",
                      encoding="utf-8")
    # The checklist's own id comes from the macro (macros/templates/checklist.html).
    (project / "docs/other.md").write_text(
        "# Other\n\n[The checklist](index.md#checklist-review), "
        "[nowhere](index.md#no-such-place).\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.output
    assert 'id="checklist-review"' in (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert "#checklist-review" not in result.output
    assert ("contains a link 'index.md#no-such-place', but the doc 'index.md' does not "
            "contain an anchor '#no-such-place'") in result.output
