"""Hosting tests: the real site behind real nginx and real Apache, each configured with its
shipped file (deploy/nginx/afterview.conf, deploy/apache/afterview.conf) under a sub-path,
on a free loopback port.

Each server runs in the foreground with its own configuration, pid file, logs and temporary
folders in a temporary directory, and is stopped at the end of the session. Both serve one
copy of the built site, published with scripts/publish.py as `make publish` does (so DEST
is a symlink the servers follow), with files planted in it that must never be served.

A test that asks for `server` (or `site_url`) runs once per server; `nginx` and `apache`
name one of them."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page

from scripts.publish import publish
from tests.sitebuild import ROOT

SUBPATH = "/careers/after-interview"
SERVERS = ("nginx", "apache")
STARTUP_SECONDS = 10
STOP_SECONDS = 10
# What a copy by hand can leave in the site folder (a build has none of it): never served.
PLANTED = {".git/config": "[remote]\nurl = secret", ".env": "SECRET=1",
           "assets/.hidden.min.js": "secret", "index.html~": "secret old copy"}
OUTSIDE = "outside.txt"  # a file beside the published site: no address may reach it
# Apache's modules: the ones deploy/apache/afterview.conf needs, and the ones Debian turns
# on by default that could change an answer (autoindex lists folders, negotiation guesses).
APACHE_MODULES = ("mpm_event", "authz_core", "alias", "dir", "mime", "headers", "deflate",
                  "filter", "substitute", "authz_host", "autoindex", "negotiation", "setenvif",
                  "reqtimeout")


def first_existing(candidates: list[str | None], missing: str) -> str:
    """The first candidate path that exists; else stop the session with ``missing``."""
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    pytest.exit(missing, returncode=1)


def program(setting: str, names: tuple[str, ...]) -> str:
    """A server program from the environment variable ``setting``, the PATH or /usr/sbin
    (not on a normal user's PATH on Debian)."""
    candidates = [os.environ.get(setting)]
    for name in names:
        candidates += [shutil.which(name), f"/usr/sbin/{name}"]
    return first_existing(candidates, f"{names[0]} not found: run `make test-hosting` (it "
                          f"installs it as root) or set {setting}")


def render_shipped_conf(server: str, subpath: str, site_dir: Path) -> str:
    """A shipped configuration with its two placeholders filled in, as HOSTING.md tells IT
    staff to do with sed."""
    text = (ROOT / "deploy" / server / "afterview.conf").read_text(encoding="utf-8")
    assert "__SUBPATH__" in text and "__SITE_DIR__" in text
    return text.replace("__SUBPATH__", subpath).replace("__SITE_DIR__", str(site_dir))


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def nginx_conf(prefix: Path, port: int, include: Path) -> str:
    """A whole nginx.conf around the shipped snippet: one server on 127.0.0.1:port, every
    file nginx writes kept inside ``prefix``."""
    mime_types = first_existing(["/etc/nginx/mime.types", "/usr/local/nginx/conf/mime.types"],
                                "nginx's mime.types not found")
    # As root, workers would drop to `nobody`; root keeps the nginx tests independent of
    # who may read what (Apache, which refuses root workers, reads a folder open to all).
    user = "user root root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(f"    {kind}_temp_path {prefix}/temp/{kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""{user}worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 128; }}
http {{
    include {mime_types};
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


def apache_conf(prefix: Path, port: int, include: Path) -> str:
    """A whole Apache configuration around the shipped lines: one <VirtualHost> on
    127.0.0.1:port, with the defaults of Debian's apache2.conf that matter here, every file
    Apache writes kept inside ``prefix``."""
    modules = first_existing(["/usr/lib/apache2/modules", "/usr/lib64/httpd/modules",
                              "/usr/lib/httpd/modules"], "Apache's modules folder not found")
    loads = "\n".join(f"LoadModule {name}_module {modules}/mod_{name}.so"
                      for name in APACHE_MODULES)
    mime_types = first_existing(["/etc/mime.types", "/etc/httpd/conf/mime.types"],
                                "mime.types for Apache not found")
    # As root, Apache runs its workers as another user (never root): `nobody`.
    nobody = pwd.getpwnam("nobody")
    user = (f"User nobody\nGroup {grp.getgrgid(nobody.pw_gid).gr_name}\n"
            if os.geteuid() == 0 else "")
    return f"""ServerRoot {prefix}
DefaultRuntimeDir {prefix}
PidFile {prefix}/apache.pid
ErrorLog {prefix}/error.log
LogLevel warn
{loads}
{user}ServerName 127.0.0.1
Listen 127.0.0.1:{port}
TypesConfig {mime_types}
# As Debian's apache2.conf: symlinks followed, nothing served outside opened folders.
<Directory />
    Options FollowSymLinks
    AllowOverride None
    Require all denied
</Directory>
<VirtualHost 127.0.0.1:{port}>
    DocumentRoot {prefix}/htdocs
    CustomLog {prefix}/access.log common
    Include {include}
</VirtualHost>
"""


@dataclass(frozen=True)
class Server:
    """A running web server: its base address, the sub-path URL of the site, the folder
    it serves, and which server it is ("nginx" or "apache")."""

    origin: str
    site_url: str
    site_dir: Path
    name: str


def logs(prefix: Path) -> str:
    """What a server wrote to its terminal and its error log in ``prefix``."""
    return "\n".join(path.read_text(errors="replace") for path in
                     (prefix / "stderr.log", prefix / "error.log") if path.exists())


@contextmanager
def running(command: list[str], port: int, prefix: Path,
            stop: signal.Signals) -> Iterator[None]:
    """Run a server in the foreground while the block runs; fail with its logs if it exits
    or does not listen within STARTUP_SECONDS. Stopped with ``stop``, else killed."""
    with (prefix / "stderr.log").open("wb") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"{command[0]} exited ({process.returncode}):\n{logs(prefix)}")
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > deadline:
                pytest.fail(f"{command[0]} did not listen on port {port}:\n{logs(prefix)}")
            time.sleep(0.05)
        yield
    finally:
        process.send_signal(stop)
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def published_site(built_site: Path) -> Iterator[Path]:
    """The folder both servers serve: DEST of a `make publish` of the session's build, with
    PLANTED files in it and OUTSIDE beside it, in a temporary folder any user may read
    (Apache's workers are `nobody` when the tests run as root; pytest's folders are
    private to the user who runs them)."""
    base = Path(tempfile.mkdtemp(prefix="afterview-served-"))
    try:
        base.chmod(0o755)
        dest = base / "after-interview"
        publish(dest, site=built_site)
        for name, text in PLANTED.items():
            path = dest / name
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
        (base / OUTSIDE).write_text("secret outside the site", encoding="utf-8")
        yield dest
    finally:
        shutil.rmtree(base)


@pytest.fixture(scope="session")
def nginx(published_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The site served by nginx with the shipped config under SUBPATH."""
    prefix = tmp_path_factory.mktemp("nginx")
    (prefix / "temp").mkdir()
    include = prefix / "afterview.conf"
    include.write_text(render_shipped_conf("nginx", SUBPATH, published_site), encoding="utf-8")
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(nginx_conf(prefix, port, include), encoding="utf-8")
    command = [program("NGINX", ("nginx",)), "-p", str(prefix), "-c", str(conf)]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
    assert "[warn]" not in checked.stderr, checked.stderr
    with running([*command, "-g", "daemon off;"], port, prefix, signal.SIGQUIT):
        origin = f"http://127.0.0.1:{port}"
        yield Server(origin, f"{origin}{SUBPATH}/", published_site, "nginx")


@pytest.fixture(scope="session")
def apache(published_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The site served by Apache with the shipped config under SUBPATH."""
    prefix = tmp_path_factory.mktemp("apache")
    (prefix / "htdocs").mkdir()
    include = prefix / "afterview.conf"
    include.write_text(render_shipped_conf("apache", SUBPATH, published_site),
                       encoding="utf-8")
    port = free_port()
    conf = prefix / "apache.conf"
    conf.write_text(apache_conf(prefix, port, include), encoding="utf-8")
    command = [program("APACHE", ("apache2", "httpd")), "-d", str(prefix), "-f", str(conf)]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert checked.returncode == 0 and checked.stderr.strip() == "Syntax OK", checked.stderr
    with running([*command, "-D", "FOREGROUND"], port, prefix, signal.SIGTERM):
        origin = f"http://127.0.0.1:{port}"
        yield Server(origin, f"{origin}{SUBPATH}/", published_site, "apache")


@pytest.fixture(scope="session", params=SERVERS)
def server(request: pytest.FixtureRequest) -> Server:
    """Each web server in turn: a test that asks for it runs once per server."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="session")
def site_url(server: Server) -> str:
    return server.site_url


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
