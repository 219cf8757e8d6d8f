"""Hosting tests: the real site behind real nginx, configured with the shipped
deploy/nginx/afterview.conf under a sub-path, on a free loopback port.

nginx runs in the foreground with its own prefix, pid file, logs and temporary folders in a
temporary directory, and is stopped at the end of the session."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page

from tests.sitebuild import ROOT

SHIPPED_CONF = ROOT / "deploy/nginx/afterview.conf"
SUBPATH = "/careers/after-interview"
STARTUP_SECONDS = 10


def nginx_binary() -> str:
    """nginx from NGINX, PATH or /usr/sbin (not on a normal user's PATH on Debian)."""
    for candidate in (os.environ.get("NGINX"), shutil.which("nginx"), "/usr/sbin/nginx"):
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.exit("nginx not found: run `make test-hosting` (it installs it as root) or set NGINX",
                returncode=1)


def render_shipped_conf(subpath: str, site_dir: Path) -> str:
    """The shipped location blocks with their two placeholders filled in, as HOSTING.md
    tells IT staff to do with sed."""
    text = SHIPPED_CONF.read_text(encoding="utf-8")
    assert "__SUBPATH__" in text and "__SITE_DIR__" in text
    return text.replace("__SUBPATH__", subpath).replace("__SITE_DIR__", str(site_dir))


def mime_types() -> Path:
    """The mime.types file next to the system nginx.conf."""
    for path in (Path("/etc/nginx/mime.types"), Path("/usr/local/nginx/conf/mime.types")):
        if path.is_file():
            return path
    pytest.exit("nginx's mime.types not found", returncode=1)


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main_conf(prefix: Path, port: int, include: Path) -> str:
    """A whole nginx.conf around the shipped snippet: one server on 127.0.0.1:port, every
    file nginx writes kept inside ``prefix``."""
    # As root, workers would drop to `nobody`, who cannot read pytest's private folders.
    user = "user root root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(f"    {kind}_temp_path {prefix}/temp/{kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""{user}worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 128; }}
http {{
    include {mime_types()};
    default_type application/octet-stream;
    access_log {prefix}/access.log;
{temp}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        include {include};
    }}
}}
"""


@dataclass(frozen=True)
class Server:
    """The running nginx: its base address and the sub-path URL of the site."""

    origin: str
    site_url: str
    site_dir: Path


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"nginx exited ({process.returncode}):\n{log.read_text()}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    pytest.fail(f"nginx did not listen on port {port}:\n{log.read_text()}")


@pytest.fixture(scope="session")
def nginx(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The built site served by nginx with the shipped config under SUBPATH."""
    prefix = tmp_path_factory.mktemp("nginx")
    (prefix / "temp").mkdir()
    include = prefix / "afterview.conf"
    include.write_text(render_shipped_conf(SUBPATH, built_site), encoding="utf-8")
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(main_conf(prefix, port, include), encoding="utf-8")
    command = [nginx_binary(), "-p", str(prefix), "-c", str(conf)]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
    assert "[warn]" not in checked.stderr, checked.stderr
    process = subprocess.Popen([*command, "-g", "daemon off;"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_until_listening(process, port, prefix / "error.log")
        origin = f"http://127.0.0.1:{port}"
        yield Server(origin, f"{origin}{SUBPATH}/", built_site)
    finally:
        process.send_signal(signal.SIGQUIT)  # graceful stop of master and worker
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def site_url(nginx: Server) -> str:
    return nginx.site_url


@pytest.fixture(scope="session")
def storage_key() -> str:
    """The localStorage entry of the site: Material's scope (the site root) + name."""
    return f"{SUBPATH}/.afterview"


CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', (e) => {
  window.__afterviewCsp(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`
                        + ` at ${e.sourceFile || document.URL}:${e.lineNumber}`);
}, true);
"""


@pytest.fixture
def violations(page: Page) -> list[str]:
    """Content-Security-Policy violations and console errors of the page, while the test
    runs: `securitypolicyviolation` events (the init script itself is not subject to the
    page's policy) and console messages such as Chromium's "Refused to ... because it
    violates the following Content Security Policy directive" or Permissions-Policy
    complaints."""
    found: list[str] = []
    page.expose_function("__afterviewCsp", lambda text: found.append(f"CSP: {text}"))
    page.add_init_script(CSP_LISTENER)
    page.on("console", lambda m: found.append(f"console {m.type}: {m.text}")
            if m.type == "error" or "Policy" in m.text else None)
    page.on("pageerror", lambda error: found.append(f"page error: {error}"))
    return found


@pytest.fixture
def requested_hosts(page: Page) -> Callable[[], set[str | None]]:
    """A function returning the host of every URL the page has requested so far."""
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    local = ("data:", "blob:")
    return lambda: {urlparse(url).hostname for url in urls if not url.startswith(local)}
