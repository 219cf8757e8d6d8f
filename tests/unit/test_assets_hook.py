"""hooks/assets.py: own scripts and styles become one minified file each; others untouched."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import hooks.assets as assets
from hooks.assets import combine, is_own, replace_own


def test_own_assets_are_ours_only():
    assert is_own("assets/js/store.js") and is_own("assets/print.css")
    assert not is_own("assets/vendor/iframe-worker-shim.js")
    assert not is_own("assets/javascripts/bundle.min.js")
    assert not is_own("https://example.org/x.js")


def test_own_entries_are_replaced_by_the_bundle_where_the_first_one_stood():
    entries = ["assets/vendor/a.js", "assets/js/one.js", "other/b.js", "assets/js/two.js"]
    result, own = replace_own(entries, "assets/js/bundle.js")
    assert result == ["assets/vendor/a.js", "assets/js/bundle.js", "other/b.js"]
    assert own == ["assets/js/one.js", "assets/js/two.js"]


def test_combine_keeps_the_order_minifies_and_removes_the_copies(tmp_path):
    docs, site = tmp_path / "docs", tmp_path / "site"
    for folder in (docs, site):
        (folder / "assets/js").mkdir(parents=True)
        (folder / "assets/js/one.js").write_text("/* first */\nvar one = 1;\n")
        (folder / "assets/js/two.js").write_text("// second\nvar two = 2;\n")
    sources = ["assets/js/one.js", "assets/js/two.js"]
    for _ in range(2):  # once per language build: the second build copied the sources again
        bundle = combine(docs, site, sources, "assets/js/all.js",
                         lambda text: text.split("\n", 1)[1].strip())
    assert bundle.read_text() == "var one = 1;\nvar two = 2;\n"
    assert sorted(p.name for p in (site / "assets/js").iterdir()) == ["all.js"]


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
