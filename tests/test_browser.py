"""The app served on localhost and driven in headless Chromium: the Compare page shows the grid."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)"
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(url)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("served")
    port = free_port()
    env = dict(os.environ)
    env.update(
        THRESHOLD_ANALYSER_DB=str(base / "store.db"),
        THRESHOLD_ANALYSER_FILES=str(base / "files"),
        THRESHOLD_ANALYSER_CACHE=str(base / "cache"),
    )
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "app.py"),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/_stcore/health", 120)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_compare_page_in_headless_chromium(server, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{server}/compare", timeout=60_000)
            # the first start analyses the bundled corpus before the page can draw
            page.get_by_text("Authority by issue").wait_for(timeout=240_000)
            grid = page.locator('[data-testid="stDataFrame"]').first
            grid.wait_for(timeout=60_000)
            page.get_by_text("Identical situation, different response").wait_for(timeout=60_000)
            shot = tmp_path / "compare.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 20_000
            box = grid.bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 200
            assert page.locator('[data-testid="stException"]').count() == 0
        finally:
            browser.close()


def test_html_report_renders_in_headless_chromium(tmp_path):
    """The exported variation report opens in a browser and prints to PDF."""
    from playwright.sync_api import sync_playwright

    from analyser import report
    from analyser.compare import compare_all
    from analyser.store import Store
    from tests.groundtruth import load_documents

    with Store(tmp_path / "report.db") as store:
        for doc, names in load_documents():
            store.add_document(doc, names)
        frame = store.indicators_frame()
    html = tmp_path / "report.html"
    report.write(compare_all(frame), "html", html)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(html.as_uri())
            assert page.locator("table").count() >= 2
            assert "domestic" in page.content().lower()
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
            page.pdf(path=str(tmp_path / "report.pdf"))
            assert (tmp_path / "report.png").stat().st_size > 20_000
            assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
        finally:
            browser.close()
