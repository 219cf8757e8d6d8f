"""hooks/sitemaps.py: a folder of pages gets the sitemap of the pages under it."""

from __future__ import annotations

from hooks.sitemaps import folder_sitemap

ROOT_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
    <url><loc>review.html</loc>
        <xhtml:link rel="alternate" hreflang="de" href="de/review.html"/></url>
    <url><loc>de/review.html</loc>
        <xhtml:link rel="alternate" hreflang="en" href="review.html"/></url>
    <url><loc>de/further-rounds/tests.html</loc></url>
</urlset>"""


def test_a_folder_sitemap_holds_the_pages_under_it_relative_to_the_folder():
    text = folder_sitemap(ROOT_SITEMAP, "de")
    assert "<loc>review.html</loc>" in text
    assert "<loc>further-rounds/tests.html</loc>" in text
    assert text.count("<loc>") == 2
    assert "hreflang" not in text
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')


def test_a_subfolder_sitemap_leaves_out_the_same_folder_in_another_language():
    text = folder_sitemap(ROOT_SITEMAP, "further-rounds")
    assert text.count("<loc>") == 0, "de/further-rounds/ is not under further-rounds/"
    assert folder_sitemap(ROOT_SITEMAP, "de/further-rounds").count("<loc>tests.html</loc>") == 1
