"""The web app in a real browser: Debian's Chromium driven by Playwright, against `storyline serve`'s app.

What the HTML-level tests cannot see: that the page renders with no request leaving the machine, that the
charts draw (non-empty boxes), that an evidence link takes the reader to its sentence and marks it, and that
the search form finds an article and leads back to it. Playwright never downloads a browser here: it drives
``/usr/bin/chromium`` (``apt-get install chromium``). Without it the tests skip, or fail when
``STORYLINE_REQUIRE_BROWSER=1`` (CI sets it).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time

import pytest

from storyline import service
from storyline.store import Store
from storyline.web.app import create_app

CHROMIUM = "/usr/bin/chromium"
# The drawn size and dot count of the chart named ``label`` (its aria-label or its own <title>), or null.
DRAWN = """label => {
  const chart = [...document.querySelectorAll('svg')].find(s => s.getAttribute('aria-label') === label
      || (s.querySelector(':scope > title') || {}).textContent === label);
  if (!chart) return null;
  const box = chart.getBoundingClientRect();
  return {width: box.width, height: box.height, dots: chart.querySelectorAll('circle').length};
}"""
pytestmark = pytest.mark.slow


def _browser_or_skip():  # type: ignore[no-untyped-def]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not shutil.which(CHROMIUM):
        message = "the browser tests need Debian's chromium (/usr/bin/chromium) and the playwright package"
        if os.environ.get("STORYLINE_REQUIRE_BROWSER") == "1":
            pytest.fail(message + " (STORYLINE_REQUIRE_BROWSER=1)")
        pytest.skip(message)
    return sync_playwright


@pytest.fixture(scope="module")
def server(tmp_path_factory, demo_corpus):
    """The app on a free local port, over a store of the demo corpus's May 2024 articles (the recognitions,
    Israel's response and the figures over a week: enough for every section and both charts)."""
    import uvicorn

    folder = tmp_path_factory.mktemp("browser")
    records = [json.loads(line) for line in demo_corpus.read_text("utf-8").splitlines() if line.strip()]
    chosen = [r for r in records if str(r.get("published", "")).startswith("2024-05")]
    (folder / "may.jsonl").write_text("".join(json.dumps(r) + "\n" for r in chosen), "utf-8")
    db = folder / "s.db"
    store = Store(db)
    service.ingest([str(folder / "may.jsonl")], store)
    store.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app_server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not app_server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    sync_playwright = _browser_or_skip()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        tab = browser.new_page()
        tab.requests_seen = []  # type: ignore[attr-defined]
        tab.console_errors = []  # type: ignore[attr-defined]
        tab.on("request", lambda r: tab.requests_seen.append(r.url))  # type: ignore[attr-defined]
        tab.on("console", lambda m: m.type == "error" and tab.console_errors.append(m.text))  # type: ignore[attr-defined]
        tab.goto(server + "/", timeout=120_000)
        yield tab
        browser.close()


def test_the_briefing_renders_offline_with_both_charts_drawn(page, server):
    assert page.title() == "storyline briefing"
    assert all(url.startswith(server) or url.startswith("data:") for url in page.requests_seen), page.requests_seen
    assert page.console_errors == []
    for section in ("timeline", "stances", "claims"):
        assert page.locator(f"section#{section}").is_visible(), section
    for label in ("Events per actor over time", "Stance over time"):
        drawn = page.evaluate(DRAWN, label)
        assert drawn and drawn["width"] > 200 and drawn["height"] > 40 and drawn["dots"] > 0, (label, drawn)


def test_an_evidence_link_takes_the_reader_to_its_sentence(page, server):
    page.goto(server + "/")
    link = page.locator("section#timeline a[href^='#s-']").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    sentence = page.locator(target)
    assert (
        sentence.is_visible() and sentence.evaluate("e => e.getBoundingClientRect().top") < page.viewport_size["height"]
    )
    marked = sentence.evaluate("e => getComputedStyle(e).backgroundColor")
    assert marked == "rgb(255, 239, 158)"  # the :target highlight: the reader sees which sentence is the evidence


def test_search_finds_an_article_and_leads_back_to_it(page, server):
    page.goto(server + "/")
    page.fill("input[name='q']", "ambassadors")
    page.press("input[name='q']", "Enter")
    page.wait_for_url("**/search?q=ambassadors")
    results = page.locator("ol li a")
    assert results.count() >= 1 and "result(s)" in page.locator("h1").inner_text()
    results.first.click()
    page.wait_for_load_state()
    article_id = page.evaluate("location.hash")
    assert article_id.startswith("#a-") and page.locator(article_id).is_visible()
    assert "ambassador" in page.locator(article_id).inner_text().lower()


def test_the_reader_names_another_issue_and_the_stance_section_reads_it(page, server):
    page.goto(server + "/")
    page.fill("input[name='issue']", "recall of ambassadors")
    page.press("input[name='issue']", "Enter")
    page.wait_for_url("**/?issue=recall+of+ambassadors")
    stances = page.locator("section#stances")
    assert "recall of ambassadors" in stances.inner_text()
    assert page.input_value("input[name='issue']") == "recall of ambassadors"
