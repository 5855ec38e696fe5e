"""In a real browser (Debian's Chromium, headless, driven by Playwright) against a real
``rassegna serve``: upload the sample, follow the job, open the story, check the timeline
and quotes sections, follow a citation to its highlighted span; screenshots go to tests/output/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import OUTPUT, TOKEN, Server, sample_files

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (scripts/check.sh installs it: apt-get install -y chromium)")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture()
def server(tmp_path):
    running = Server(str(tmp_path / "browser.db"))
    yield running
    running.stop()


def test_sample_through_the_browser(browser, server):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))

    page.goto(server.url + "/ingest")
    page.screenshot(path=str(OUTPUT / "ingest.png"), full_page=True)
    form = page.locator("#form-files")
    form.locator("input[name=files]").set_input_files([str(p) for p in sample_files()])
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("button[type=submit]").click()
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector(".status-done", timeout=180_000)
    page.screenshot(path=str(OUTPUT / "job.png"), full_page=True)

    page.goto(server.url + "/stories")
    page.screenshot(path=str(OUTPUT / "stories.png"), full_page=True)
    page.locator("a.story-title", has_text="Pieve Ardenga").first.click()
    page.wait_for_selector("#timeline")
    for section in ("#summary", "#timeline", "#quotes", "#entities", "#claims", "#disagreements", "#framing"):
        assert page.locator(section).count() == 1, section
    page.screenshot(path=str(OUTPUT / "story.png"), full_page=True)
    _follow_a_citation(page, "#timeline a.cite", "timeline-citation.png")
    page.go_back()
    _follow_a_citation(page, "#quotes a.cite", "quote-citation.png")
    page.goto(server.url + "/entities")
    page.screenshot(path=str(OUTPUT / "entities.png"), full_page=False)
    page.locator("table.data a").first.click()
    page.wait_for_selector("h1")
    page.screenshot(path=str(OUTPUT / "entity.png"), full_page=True)
    assert not problems, problems


def _follow_a_citation(page, selector: str, shot: str) -> None:
    """If the section has items, its first citation opens the article with the span highlighted."""
    citations = page.locator(selector)
    if citations.count() == 0:
        assert page.locator(selector.split()[0] + " .none").count() == 1  # "None found", not made-up items
        return
    href = citations.first.get_attribute("href")
    citations.first.click()
    page.wait_for_load_state()
    anchor = href.split("#", 1)[1]
    mark = page.locator(f"mark[id='{anchor}']")
    assert mark.count() == 1
    assert page.evaluate("(id) => document.getElementById(id).matches(':target')", anchor)
    page.screenshot(path=str(OUTPUT / shot), full_page=False)
    # toggling a kind of highlight off takes its colour away
    page.locator("label[for=show-time]").click()
    background = page.evaluate("() => { const m = document.querySelector('.text mark.time:not(:target)');"
                               " return m ? getComputedStyle(m).backgroundColor : 'none'; }")
    assert background in ("none", "rgba(0, 0, 0, 0)")
    page.locator("label[for=show-time]").click()
