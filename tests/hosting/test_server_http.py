"""The shipped nginx and Apache configs, seen as HTTP (each test runs once per server):
security headers on every kind of response, compression, cache lifetimes, a real 404 under
the sub-path, and the addresses that must not be served: folder listings, hidden and
backup files, anything outside the site folder."""

from __future__ import annotations

import gzip
import http.client
import re
from dataclasses import dataclass
from urllib.parse import urlparse

import pytest

from tests.hosting.conftest import OUTSIDE, PLANTED, SUBPATH, Server

YEAR = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name: str) -> str:
        return self.headers.get(name, "")

    def text(self) -> str:
        raw = gzip.decompress(self.body) if self.header("Content-Encoding") == "gzip" else self.body
        return raw.decode("utf-8")


def get(server: Server, path: str, gzip_ok: bool = False) -> Response:
    """GET a path of the server, with or without Accept-Encoding: gzip."""
    url = urlparse(server.origin)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        connection.close()


def asset(server: Server, pattern: str) -> str:
    """The sub-path URL of the one built file matching a glob pattern."""
    (match,) = server.site_dir.glob(pattern)
    return f"{SUBPATH}/{match.relative_to(server.site_dir).as_posix()}"


def linked(server: Server, page: str, pattern: str) -> str:
    """The sub-path URL of the file a built page links whose address matches ``pattern``
    (the page's own script and stylesheet are named by their content, hooks/assets.py)."""
    html = (server.site_dir / page).read_text(encoding="utf-8")
    (match,) = re.findall(rf'(?:src|href)="({pattern})"', html)
    return f"{SUBPATH}/{match}"


def kinds(server: Server) -> dict[str, str]:
    """One URL per kind of response the site serves."""
    return {
        "page": f"{SUBPATH}/review.html",
        "start": f"{SUBPATH}/",
        "bundle": asset(server, "assets/javascripts/bundle.*.min.js"),
        "worker": asset(server, "assets/javascripts/workers/search.*.min.js"),
        "theme css": asset(server, "assets/stylesheets/main.*.min.css"),
        "own css": linked(server, "review.html", r"assets/css/page-[0-9a-f]+\.css"),
        "own js": linked(server, "review.html", r"assets/js/page-[0-9a-f]+\.js"),
        "search index": f"{SUBPATH}/search/search_index.json",
        "missing": f"{SUBPATH}/no/such/page.html",
        "refused": f"{SUBPATH}/.env",
    }


def csp_directives(value: str) -> dict[str, list[str]]:
    parts = (part.split() for part in value.split(";") if part.strip())
    return {name: sources for name, *sources in parts}


def test_every_response_carries_the_security_headers(server):
    for kind, path in kinds(server).items():
        response = get(server, path)
        assert response.header("X-Content-Type-Options") == "nosniff", kind
        assert response.header("Referrer-Policy") == "no-referrer", kind
        permissions = response.header("Permissions-Policy")
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert f"{feature}=()" in permissions, (kind, feature)
        csp = csp_directives(response.header("Content-Security-Policy"))
        assert csp["default-src"] == ["'self'"], kind
        assert csp["frame-ancestors"] == ["'self'"], kind
        assert csp["object-src"] == ["'none'"], kind
        for directive, sources in csp.items():
            for source in sources:
                assert source in ("'self'", "'none'", "data:"), (kind, directive, source)
        assert response.header("Cache-Control"), kind


def test_the_policy_allows_no_inline_code_eval_or_other_host(server):
    csp = get(server, f"{SUBPATH}/").header("Content-Security-Policy")
    for forbidden in ("unsafe-inline", "unsafe-eval", "http:", "https:", "*", "blob:"):
        assert forbidden not in csp, forbidden
    assert csp_directives(csp)["script-src"] == ["'self'"]
    assert csp_directives(csp)["style-src"] == ["'self'"]


@pytest.mark.parametrize("kind", ["page", "bundle", "theme css", "own css", "own js",
                                  "search index"])
def test_text_is_compressed(server, kind):
    path = kinds(server)[kind]
    plain = get(server, path)
    packed = get(server, path, gzip_ok=True)
    assert packed.status == 200
    assert packed.header("Content-Encoding") == "gzip"
    assert "Accept-Encoding" in packed.header("Vary")
    assert packed.text() == plain.body.decode("utf-8")
    assert len(packed.body) < len(plain.body) / 2


def test_fingerprinted_assets_are_kept_a_year_everything_else_revalidates(server):
    lifetimes = {kind: get(server, path).header("Cache-Control")
                 for kind, path in kinds(server).items()}
    for kind in ("bundle", "worker", "theme css"):
        assert lifetimes[kind] == YEAR, kind
    for kind in ("page", "start", "own css", "own js", "search index", "missing", "refused"):
        assert lifetimes[kind] == "no-cache", kind
    assert get(server, kinds(server)["bundle"] + ".map").header("Cache-Control") == YEAR


def test_a_missing_page_is_a_404_with_the_sites_page_pointing_at_the_sub_path(server):
    response = get(server, f"{SUBPATH}/further-rounds/no-such-page.html")
    assert response.status == 404
    html = response.text()
    built = (server.site_dir / "404.html").read_text(encoding="utf-8")
    assert html == built.replace('"/', f'"{SUBPATH}/')
    assert f'href="{SUBPATH}/assets/stylesheets/main.' in html
    assert 'href="/assets' not in html and 'src="/assets' not in html
    assert f'"base": "{SUBPATH}/"' in html


def test_the_address_without_slash_redirects_to_the_start_page(server):
    response = get(server, SUBPATH)
    assert response.status == 301
    assert urlparse(response.header("Location")).path == f"{SUBPATH}/"
    assert get(server, f"{SUBPATH}/").status == 200
    assert get(server, f"{SUBPATH}/further-rounds/").status == 200


def test_a_folder_without_index_page_is_not_listed(server):
    response = get(server, f"{SUBPATH}/assets/")
    assert response.status in (403, 404)
    assert "Index of" not in response.text() and "md-base.js" not in response.text()


@pytest.mark.parametrize("path", sorted(PLANTED) + [".git/", "assets/"])
def test_hidden_and_backup_files_in_the_site_folder_are_refused(server, path):
    """What a copy by hand may bring along (.git/, .env, page~) is never sent, at any depth,
    nor shown in a listing."""
    response = get(server, f"{SUBPATH}/{path}")
    assert response.status in (403, 404), path
    assert "secret" not in response.text(), path


@pytest.mark.parametrize("path", [f"../{OUTSIDE}", f"%2e%2e/{OUTSIDE}", f"..%2f{OUTSIDE}",
                                  f"%2e%2e%2f{OUTSIDE}", f"assets/../../{OUTSIDE}"])
def test_no_address_reaches_a_file_beside_the_site_folder(server, path):
    assert (server.site_dir.parent / OUTSIDE).is_file()
    response = get(server, f"{SUBPATH}/{path}")
    assert response.status in (400, 403, 404), path
    assert "secret" not in response.text(), path
