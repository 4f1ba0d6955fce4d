"""The review page in a real browser: headless Chromium (Debian's package) driven by Playwright.

Errors are planted in the sample week's report (2026-01-31); a second page is drafted from a copy
of the data whose MiniMax event is titled `<script>alert(1)</script>`. Screenshots at laptop and phone sizes
go to $WRITER_TEST_ARTIFACTS (default tests/artifacts/, ignored by git).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from writer.cli import app

from .conftest import DATA, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = "<script>alert(1)</script>"
PLANTED = {  # the drafted text → the planted error (each a figure the data contradicts)
    "从582B骤降至280B": "从582B骤降至281B",
    "调用量从364B增至464B": "调用量从364B增至465B",
    "端到端延迟最低约97ms": "端到端延迟最低约98ms",
}
PLANTED_QUOTES = ["281B", "465B", "98ms"]
LAPTOP, PHONE = {"width": 1366, "height": 900}, {"width": 390, "height": 844}

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"no Chromium at {CHROMIUM}: .ci/run installs Debian's chromium (apt-get install chromium), which needs root and apt",
)


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("WRITER_TEST_ARTIFACTS") or ROOT / "tests" / "artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def draft_and_review(root: Path, data: Path, planted: dict[str, str]) -> Path:
    """Draft the week, plant errors into report.md, and write its review page with `writer review`."""
    runner = CliRunner()
    drafted = runner.invoke(app, ["draft", "--week", "2026-01-31", "--data", str(data), "--out", str(root / "drafts")])
    assert drafted.exit_code in (0, 1), drafted.output
    report = root / "drafts" / "2026-01-31" / "report.md"
    text = report.read_text(encoding="utf-8")
    for right, wrong in planted.items():
        assert text.count(right) == 1, right
        text = text.replace(right, wrong)
    report.write_text(text, encoding="utf-8")
    reviewed = runner.invoke(app, ["review", str(report), "--data", str(data)])
    assert reviewed.exit_code in (0, 1), reviewed.output
    return root / "drafts" / "2026-01-31" / "review.html"


@pytest.fixture(scope="module")
def review_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The review page of the sample week's report with three planted errors."""
    return draft_and_review(tmp_path_factory.mktemp("planted"), DATA, PLANTED)


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The review page of a draft from a copy of the data whose MiniMax event is titled <script>alert(1)</script>."""
    root = tmp_path_factory.mktemp("hostile")
    data = root / "data"
    shutil.copytree(DATA, data)
    events = data / "weeks" / "2026-01-31" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("title: 发布MiniMax Music 2.5", f"title: '{HOSTILE}'"),
                      encoding="utf-8")
    page = draft_and_review(root, data, {})
    report = (page.parent / "report.md").read_text(encoding="utf-8")
    assert "alert(1)" in report and HOSTILE not in report  # the report carries it as inert text
    return page


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def opened(browser, review_page):
    """Open a page at a viewport size; returns the page, the dialogs that fired and every request made."""
    contexts = []

    def open_at(viewport: dict, path: Path = review_page):
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        page = context.new_page()
        dialogs: list[str] = []
        requests: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("request", lambda request: requests.append(request.url))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        return page, dialogs, requests

    yield open_at
    for context in contexts:
        context.close()


def in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return box is not None and 0 <= box["y"] and box["y"] + box["height"] <= size["height"] and 0 <= box["x"] \
        and box["x"] + box["width"] <= size["width"]


def test_the_problems_panel_lists_exactly_the_planted_errors(opened):
    page, _, _ = opened(LAPTOP)
    quotes = page.locator("#problems a.problem-link .q").all_inner_texts()
    assert sorted(q.strip("「」") for q in quotes) == sorted(PLANTED_QUOTES)
    assert page.locator("#problems-title").inner_text() == "需要处理的数字（3）"


def test_clicking_a_problem_scrolls_to_it_and_focuses_it(opened, artifacts):
    page, _, _ = opened(LAPTOP)
    links = page.locator("#problems a.problem-link")
    for n in range(links.count()):
        link = links.nth(n)
        target = link.get_attribute("data-target")
        link.click()
        figure = page.locator(f"#{target}")
        assert page.evaluate("document.activeElement.id") == target
        assert in_viewport(page, figure)
        tip = page.locator(f"#{target}-tip")
        assert tip.is_visible() and "数据中" in tip.inner_text()  # what the data holds, in Chinese
        assert in_viewport(page, tip)
        if n == 0:
            page.screenshot(path=str(artifacts / "review-laptop-problem-focused.png"))


def test_a_problem_is_reached_from_the_panel_with_the_keyboard_alone(opened):
    page, _, _ = opened(LAPTOP)
    page.keyboard.press("Tab")  # the skip link, first on the page
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#problems"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the first problem of the panel
    target = page.evaluate("document.activeElement.getAttribute('data-target')")
    assert target
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == target
    assert in_viewport(page, page.locator(f"#{target}")) and page.locator(f"#{target}-tip").is_visible()


def test_a_verified_figure_shows_its_source_on_keyboard_focus(opened):
    page, _, _ = opened(LAPTOP)
    bullet = page.locator("li", has_text="DeepSeek V3.2强势跃升")
    bullet.locator(".fig-verified", has_text="364B").first.focus()
    page.keyboard.press("Tab")  # to the planted 465B
    assert page.evaluate("document.activeElement.textContent").startswith("465B")
    page.keyboard.press("Tab")  # to 第7 (the rank last week), verified
    active = page.locator(f"#{page.evaluate('document.activeElement.id')}")
    tip = page.locator(f"#{active.get_attribute('aria-describedby')}")
    assert active.get_attribute("data-verdict") == "verified" and tip.is_visible()
    assert "openrouter-models/deepseek-v3.2/rank" in tip.inner_text()
    assert "2026-01-31/openrouter-models.csv 第5行" in tip.inner_text()
    page.keyboard.press("Escape")
    assert not tip.is_visible()


def test_a_verified_figure_shows_its_fact_and_source_on_hover(opened, artifacts):
    page, _, _ = opened(LAPTOP)
    figure = page.locator("li", has_text="DeepSeek V3.2强势跃升").locator(".fig-verified", has_text="364B").first
    figure.hover()
    tip = page.locator(f"#{figure.get_attribute('aria-describedby')}")
    assert tip.is_visible()
    text = tip.inner_text()
    assert "openrouter-models/deepseek-v3.2/tokens" in text
    assert "本周：464B；上周：364B" in text
    assert "2026-01-31/openrouter-models.csv 第5行" in text and "2026-01-24/openrouter-models.csv 第8行" in text
    assert in_viewport(page, tip)
    page.screenshot(path=str(artifacts / "review-laptop-tooltip.png"))


def test_a_hostile_event_title_is_inert_text(opened, hostile_page, artifacts):
    page, dialogs, _ = opened(LAPTOP, hostile_page)
    # Shown as text where the title stands: in the overview and in the event's bullet.
    assert page.locator("article.report").inner_text().count(HOSTILE) == 2
    shown = page.locator("li", has_text="MiniMax于1月29日")
    assert shown.is_visible() and HOSTILE in shown.inner_text()
    assert page.locator("script").count() == 1
    page.wait_for_timeout(200)
    assert dialogs == []
    shown.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "review-laptop-hostile-title.png"))


def test_the_page_makes_no_request_beyond_itself(opened, review_page):
    page, _, requests = opened(LAPTOP)
    page.locator("#problems a.problem-link").first.click()
    assert requests == [review_page.as_uri()]


def test_laptop_and_phone_layouts(opened, artifacts):
    page, _, _ = opened(LAPTOP)
    assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
    page.screenshot(path=str(artifacts / "review-laptop.png"))
    page.screenshot(path=str(artifacts / "review-laptop-full.png"), full_page=True)
    phone, _, _ = opened(PHONE)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    panel, report = phone.locator("#problems").bounding_box(), phone.locator("article.report").bounding_box()
    assert panel["y"] < report["y"]  # on a phone the problems come first
    phone.screenshot(path=str(artifacts / "review-phone.png"))
    phone.locator("#problems a.problem-link").first.click()
    tip = phone.locator(f"#{phone.evaluate('document.activeElement.id')}-tip")
    assert tip.is_visible() and in_viewport(phone, tip)
    phone.screenshot(path=str(artifacts / "review-phone-problem-focused.png"))
    phone.screenshot(path=str(artifacts / "review-phone-full.png"), full_page=True)
