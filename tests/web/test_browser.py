"""The dashboard in headless Chromium: search events, open an article, see spans and the charts.

Needs Debian's /usr/bin/chromium and Python Playwright (skipped otherwise); screenshots go to a
temporary directory, or to $ONRECORD_SCREENSHOTS when set.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(app):
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    target = os.environ.get("ONRECORD_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        return Path(target)
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def page(base_url):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        context = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        context.on("pageerror", lambda exc: errors.append(str(exc)))
        # console errors include Content-Security-Policy violations and failed fetches
        context.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        context.errors = errors
        yield context
        browser.close()


def _ready(page, view: str) -> None:
    page.wait_for_selector(f"body[data-ready='{view}']", timeout=10_000)


def test_event_search(page, base_url, shots):
    page.goto(base_url + "/")
    _ready(page, "events")
    assert "articles" in page.inner_text("#stats")
    page.fill("input[name=actor]", "RUS")
    page.select_option("select[name=type]", "ASSAULT")
    page.click("#search")
    page.wait_for_function("location.hash.includes('ASSAULT')")
    _ready(page, "events")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1
    assert "shelled" in rows.first.inner_text() and "ASSAULT" in rows.first.inner_text()
    assert page.locator("#events-table mark.trig").first.inner_text() == "shelled"
    page.screenshot(path=str(shots / "1-event-search.png"), full_page=True)
    assert not page.errors


def test_article_view_highlights_spans(page, base_url, shots):
    page.goto(base_url + "/#/events?actor=RUS&type=ASSAULT")
    _ready(page, "events")
    page.click("#events-table a:has-text('article')")
    _ready(page, "doc")
    assert page.inner_text("#doc-title") == "Shelling hits Kharkiv as Kyiv courts Warsaw"
    text = page.locator("#doctext")
    assert text.locator(".hl-trigger", has_text="shelled").count() == 1
    assert text.locator(".hl-actor", has_text="Russian troops").count() == 1
    assert text.locator(".hl-recipient", has_text="Kharkiv").count() == 1
    assert text.locator(".hl-quote").count() >= 1 and text.locator(".hl-cue", has_text="said").count() == 1
    cards = page.locator("#records .record")
    assert cards.count() == 4                      # 3 events + 1 statement beside the text
    cards.first.hover()
    assert text.locator(".focus").count() >= 2     # its actor, trigger and recipient light up
    page.screenshot(path=str(shots / "2-article.png"), full_page=True)
    # markup in stored titles is shown as text, never interpreted
    page.goto(base_url + "/#/doc/mideast-1")
    _ready(page, "doc")
    assert page.inner_text("#doc-title") == "Cairo talks <b>and</b> aid to Gaza"
    assert not page.errors


def test_timeline_chart_marks_the_alert(page, base_url, shots):
    page.goto(base_url + "/#/timeline?actor=ARM&recipient=AZE")
    _ready(page, "timeline")
    chart = page.locator("#timeline-chart")
    assert chart.locator("rect").count() >= 18
    assert chart.locator(".alert-band").count() == 1
    assert page.locator("#alerts-table tbody tr").count() == 1
    page.screenshot(path=str(shots / "3-timeline.png"), full_page=True)


def test_network_and_alerts_pages(page, base_url, shots):
    page.goto(base_url + "/#/network")
    _ready(page, "network")
    assert page.locator("#network-chart .node").count() >= 8
    page.screenshot(path=str(shots / "4-network.png"), full_page=True)
    page.goto(base_url + "/#/documents?text=warsaw")
    _ready(page, "documents")
    assert page.locator("#documents-table tbody tr").count() == 1
    page.goto(base_url + "/#/statements?speaker=macron")
    _ready(page, "statements")
    assert "Emmanuel Macron" in page.inner_text("main") and "France accused Russia" in page.inner_text("main")
    page.goto(base_url + "/#/alerts")
    _ready(page, "alerts")
    assert "ARM → AZE" in page.inner_text("#alerts-table")
    page.screenshot(path=str(shots / "5-alerts.png"), full_page=True)
    assert not page.errors
