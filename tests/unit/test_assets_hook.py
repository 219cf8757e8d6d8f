"""hooks/assets.py: each page's own scripts and styles become one minified file each, named
by their content; Material's and other hosts' files are untouched."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

import hooks.assets as assets
from hooks.assets import bundle_page, is_own, palette_unused, site_path

PAGE = """<html><head>
    <link rel="stylesheet" href="../assets/stylesheets/main.1a2b3c4d.min.css">
    <link rel="stylesheet" href="../assets/stylesheets/palette.5e6f7a8b.min.css">
    <link rel="stylesheet" href="../assets/core.css">
    <link rel="stylesheet" href="../centre/accent.css">
    <script src="../assets/js/md-base.js" data-scope="/x/"></script>
    <link rel="stylesheet" href="../assets/css/widget.css">
  </head><body><p>text</p>
    <script src="../assets/js/messages-de.js"></script>
    <script src="../assets/javascripts/bundle.1a2b3c4d.min.js"></script>
    <script src="../assets/js/core.js"></script>
    <script src="../assets/js/widget.js"></script>
  </body></html>"""


def test_own_assets_are_ours_only():
    assert is_own("assets/js/store.js") and is_own("assets/print.css")
    assert not is_own("assets/vendor/iframe-worker-shim.js")
    assert not is_own("assets/javascripts/bundle.min.js")
    assert not is_own("https://example.org/x.js")


def test_addresses_are_read_relative_to_the_page_or_the_web_root():
    assert site_path("../assets/js/a.js", "de/review.html") == "assets/js/a.js"
    assert site_path("/assets/js/a.js", "404.html") == "assets/js/a.js"
    assert site_path("https://example.org/a.js", "review.html") is None


def read(path: str) -> str:
    return f"/*{path}*/"


def test_a_page_gets_one_script_and_one_stylesheet_in_its_order():
    bundles: dict[str, str] = {}
    bundled: set[str] = set()
    html = bundle_page(PAGE, "de/review.html", read, bundles, bundled)
    (script,) = [name for name in bundles if name.endswith(".js")]
    (style,) = [name for name in bundles if name.endswith(".css")]
    assert script.startswith("assets/js/page-") and style.startswith("assets/css/page-")
    assert bundles[script] == ("/*assets/js/messages-de.js*/\n/*assets/js/core.js*/\n"
                               "/*assets/js/widget.js*/\n")
    assert bundles[style] == "/*assets/core.css*/\n/*assets/css/widget.css*/\n"
    assert bundled == {"assets/js/messages-de.js", "assets/js/core.js", "assets/js/widget.js",
                       "assets/core.css", "assets/css/widget.css"}
    # Scripts after Material's bundle (where the last stood); styles where the first stood,
    # before a centre's accent colours; md-base.js alone in the head, as it was.
    assert html.index("bundle.1a2b3c4d") < html.index(f'src="../{script}"')
    assert html.index(f'href="../{style}"') < html.index("accent.css")
    assert '<script src="../assets/js/md-base.js" data-scope="/x/"></script>' in html
    for gone in ("messages-de.js", "core.js", "widget.js", "core.css", "widget.css"):
        assert gone not in html
    assert "palette.5e6f7a8b" in html


def test_pages_with_the_same_files_share_a_bundle_and_bundling_twice_changes_nothing():
    bundles: dict[str, str] = {}
    first = bundle_page(PAGE, "de/review.html", read, bundles, set())
    second = bundle_page(PAGE.replace("../", "../../"), "de/x/tests.html", read, bundles, set())
    assert len(bundles) == 2 and first.replace("../", "../../") == second
    assert bundle_page(first, "de/review.html", read, bundles, set()) == first
    assert len(bundles) == 2


def test_several_head_scripts_become_one_file_in_md_bases_folder():
    page = PAGE.replace('<link rel="stylesheet" href="../centre/accent.css">',
                        '<script src="../assets/vendor/shim.js"></script>')
    bundles: dict[str, str] = {}
    html = bundle_page(page, "de/review.html", read, bundles, set())
    (head,) = [name for name in bundles if "/head-" in name]
    assert head.startswith("assets/js/head-")  # md-base.js finds the root from its folder
    assert bundles[head] == "/*assets/vendor/shim.js*/\n/*assets/js/md-base.js*/\n"
    assert f'<script src="../{head}" data-scope="/x/"></script>' in html


def test_palette_css_is_left_out_only_where_it_does_nothing():
    html = bundle_page(PAGE, "de/review.html", read, {}, set(), palette=False)
    assert "palette." not in html and "main.1a2b3c4d" in html
    assert palette_unused({"scheme": "default", "primary": "custom", "accent": "custom"})
    assert not palette_unused({"scheme": "default", "primary": "indigo", "accent": "custom"})
    assert not palette_unused([{"scheme": "default"}, {"scheme": "slate"}])
    assert not palette_unused({"scheme": "slate", "primary": "custom", "accent": "custom"})


@pytest.fixture
def fresh_minify() -> Iterator[None]:
    """minify_js without what earlier calls kept in memory, before and after the test."""
    assets.minify_js.cache_clear()
    yield
    assets.minify_js.cache_clear()


def test_minified_scripts_are_cached_on_disk_by_their_source(tmp_path, monkeypatch,
                                                             fresh_minify):
    monkeypatch.setattr(assets, "_cache_dir", tmp_path / "cache")
    source = "(function () {\n  var longName = 1;\n  window.x = longName;\n})();\n"
    first = assets.minify_js(source)
    assert "longName" not in first and first.endswith(";")
    (cached,) = (tmp_path / "cache").iterdir()
    cached.write_text("/* from the cache */", encoding="utf-8")
    assets.minify_js.cache_clear()
    assert assets.minify_js(source) == "/* from the cache */", "read back, not parsed again"


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch, fresh_minify):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(assets, "_cache_dir", blocked / "cache")
    assert assets.minify_js("var a = 1;\n").startswith("var a=1")


MESSAGES = ('/* generated */\nwindow.afterviewMessages = {"progress": "{done} of {total} done", '
            '"due_more_one": "{count} more", "due_more_other": "{count} more", '
            '"due_go_thanks": "Send thanks", "stage_offer": "Offer", '
            '"importSkipped_one": "1 skipped", "importSkipped_other": "{count} skipped"};\n')


def test_a_pages_messages_are_those_its_scripts_can_ask_for():
    sources = ['AV.t("progress", {done: 1}); AV.plural(\'due_more\', 3);',
               'var line = AV.t("due_go_" + kind);']
    text = assets.page_messages(MESSAGES, sources)
    assert text.startswith("window.afterviewMessages={") and text.endswith("};")
    kept = json.loads(text[text.index("{"):-1])
    # By key, by a plural's stem (both forms), by a prefix the script completes.
    assert kept == {"progress": "{done} of {total} done", "due_more_one": "{count} more",
                    "due_more_other": "{count} more", "due_go_thanks": "Send thanks"}
    assert assets.page_messages(MESSAGES, []) == "window.afterviewMessages={};"


def test_the_reader_cuts_the_messages_to_the_pages_scripts_and_those_it_loads_later(tmp_path):
    js = tmp_path / "assets/js"
    js.mkdir(parents=True)
    (js / "messages-en.js").write_text(MESSAGES, encoding="utf-8")
    (js / "stage.js").write_text('AV.t("stage_" + name);', encoding="utf-8")
    (js / "records.js").write_text('AV.plural("importSkipped", n);', encoding="utf-8")
    html = ('<html><head></head><body><div data-av-load="../assets/js/records.js"></div>'
            '<script src="../assets/js/messages-en.js"></script>'
            '<script src="../assets/js/stage.js"></script></body></html>')
    read = assets.page_reader(html, "de/records.html", tmp_path)
    kept = read("assets/js/messages-en.js")
    assert '"stage_offer"' in kept and '"importSkipped_other"' in kept
    assert '"progress"' not in kept and '"due_go_thanks"' not in kept
