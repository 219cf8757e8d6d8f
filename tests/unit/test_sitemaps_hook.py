"""hooks/sitemaps.py: a language folder gets the sitemap of its own pages."""

from __future__ import annotations

from hooks.sitemaps import language_sitemap

ROOT_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
    <url><loc>review.html</loc>
        <xhtml:link rel="alternate" hreflang="de" href="de/review.html"/></url>
    <url><loc>de/review.html</loc>
        <xhtml:link rel="alternate" hreflang="en" href="review.html"/></url>
    <url><loc>de/further-rounds/tests.html</loc></url>
</urlset>"""


def test_a_language_sitemap_holds_that_languages_pages_relative_to_its_folder():
    text = language_sitemap(ROOT_SITEMAP, "de")
    assert "<loc>review.html</loc>" in text
    assert "<loc>further-rounds/tests.html</loc>" in text
    assert text.count("<loc>") == 2
    assert "hreflang" not in text
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')
