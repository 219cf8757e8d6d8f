"""Edit-to-reload under `mkdocs serve`: from saving an edit until the served page has it.

The project is a temporary copy (the repository is never edited). The server is started
as `make serve` starts it; each run changes one text, then polls the page over HTTP every
20 ms until the new text is in it."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from scripts.building import mkdocs_env

POLL_SECONDS = 0.02
TIMEOUT_SECONDS = 120


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page's text, or None while the server cannot answer."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, text: str, timeout: float = TIMEOUT_SECONDS) -> float:
    """Poll ``url`` until it contains ``text``; the seconds it took."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = fetch(url)
        if page is not None and text in page:
            return time.perf_counter() - start
        time.sleep(POLL_SECONDS)
    raise TimeoutError(f"{url} did not show {text!r} within {timeout} s")


def edit_to_reload(project: Path, page: str, edit: Callable[[str], None], runs: int,
                   strict: bool = True) -> list[float]:
    """Serve ``project``, then ``runs`` times: call ``edit(marker)`` and time until
    ``page`` shows the marker."""
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    if strict:
        command.append("--strict")
    server = subprocess.Popen(command, cwd=project, env=mkdocs_env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/{page}"
    try:
        wait_for(url, "</html>")  # the first build
        times = []
        for run in range(runs):
            marker = f"reloadmarker{run}x{port}"
            time.sleep(1.0)  # let the watcher settle after the previous build
            edit(marker)
            times.append(wait_for(url, marker))
        return times
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def question_editor(dataset: Path) -> Callable[[str], None]:
    """An edit of data/checklists.yml: the English text of the first question gets the
    marker (the previous marker replaced)."""
    source = dataset.read_text(encoding="utf-8")
    match = re.search(r'text: \{en: "([^"]+)"', source)
    assert match, "no English text in the dataset"
    original = match.group(1)

    def edit(marker: str) -> None:
        text = dataset.read_text(encoding="utf-8")
        text = re.sub(re.escape(original) + r"( reloadmarker\w+)?", f"{original} {marker}",
                      text, count=1)
        dataset.write_text(text, encoding="utf-8")
    return edit


def page_editor(page: Path) -> Callable[[str], None]:
    """An edit of a Markdown page: its last line becomes the marker."""
    original = page.read_text(encoding="utf-8")

    def edit(marker: str) -> None:
        page.write_text(original + f"\n{marker}\n", encoding="utf-8")
    return edit
