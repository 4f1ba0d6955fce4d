"""`writer publish`: refuses unverified reports, writes a self-contained page and a blog post."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from writer.cli import app

from .browser import chromium_page
from .conftest import DATA, ROOT

WEEK = "2026-01-31"
DATE = "2026-02-01T01:04:41Z"


@pytest.fixture
def report() -> Path:
    """The offline (deterministic) draft of the sample week, with its charts."""
    result = CliRunner().invoke(app, ["draft", "--week", WEEK, "--data", str(DATA), "--out", "drafts"])
    assert result.exit_code == 0, result.output
    return Path("drafts", WEEK, "report.md")


def publish(report: Path, *args: str) -> object:
    return CliRunner().invoke(app, ["publish", str(report), "--data", str(DATA), "--date", DATE, *args])


def test_published_page_opens_in_headless_chromium_with_its_charts_visible(report):
    result = publish(report)
    assert result.exit_code == 0, result.output
    page_path = report.parent / "report.html"
    artifacts = Path(os.environ.get("WRITER_TEST_ARTIFACTS") or ROOT / "tests" / "artifacts")
    artifacts.mkdir(parents=True, exist_ok=True)
    with chromium_page() as page:
        page.goto(page_path.resolve().as_uri())
        page.wait_for_load_state("load")
        images = page.evaluate("""Array.from(document.images).map(img => {
            const box = img.getBoundingClientRect();
            return {src: img.src.slice(0, 22), complete: img.complete, naturalWidth: img.naturalWidth,
                    width: box.width, height: box.height, alt: img.alt};
        })""")
        page.screenshot(path=str(artifacts / "published-page.png"), full_page=True)
    assert len(images) == 5
    for image in images:
        assert image["src"] == "data:image/png;base64,"
        assert image["complete"] and image["naturalWidth"] > 0, image
        assert image["width"] > 0 and image["height"] > 0, image
    assert images[0]["alt"].startswith("OpenRouter整体模型调用量前十")


def test_page_is_one_file_with_every_style_inline(report):
    assert publish(report).exit_code == 0
    html = (report.parent / "report.html").read_text(encoding="utf-8")
    assert "<style" not in html and "class=" not in html and "<link" not in html and "<script" not in html
    for tag in ("h1", "h3", "p", "li", "table", "th", "td", "img"):
        opened = re.findall(rf"<{tag}(?=[\s>])[^>]*>", html)
        assert opened, tag
        assert all('style="' in element for element in opened), tag
    assert '<meta name="writer:check" content="141 figures checked: 141 verified, 0 problems">' in html
    assert "writer:forced" not in html
    assert "<td style=\"border: 1px solid #cbd5e1; padding: 6px 10px;\">Claude Sonnet 4.5</td>" in html


def test_blog_post_keeps_the_markdown_under_its_front_matter(report):
    result = publish(report)
    assert result.stdout.splitlines()[-1] == f"wrote {report.parent / (WEEK + '-weekly-report.md')}"
    post = (report.parent / f"{WEEK}-weekly-report.md").read_text(encoding="utf-8")
    front, body = post.split("---\n", 2)[1:]
    assert yaml.safe_load(front) == {"layout": "post", "title": "大模型榜单周报（2026/01/31）", "date": DATE,
                                     "week": __import__("datetime").date(2026, 1, 31)}
    assert body == report.read_text(encoding="utf-8").split("---\n", 2)[2].lstrip("\n")


def test_a_report_with_a_wrong_figure_is_refused_and_nothing_is_written(report):
    report.write_text(report.read_text(encoding="utf-8") + "\nDeepSeek V3.2本周调用量394B。\n", encoding="utf-8")
    result = publish(report)
    assert result.exit_code == 1
    assert f"{report}:" in result.stderr and ": 394B: " in result.stderr
    assert result.stderr.endswith(f"error: {report}: 1 figures did not verify (1 wrong, 0 unchecked): not published "
                                  "(--force publishes anyway and says so)\n")
    assert not (report.parent / "report.html").exists()
    assert not (report.parent / f"{WEEK}-weekly-report.md").exists()


def test_force_publishes_and_records_it_in_the_page_and_the_post(report):
    report.write_text(report.read_text(encoding="utf-8") + "\nDeepSeek V3.2本周调用量394B。\n", encoding="utf-8")
    result = publish(report, "--force")
    assert result.exit_code == 0
    note = "1 个数字有误，0 个数字无法核对（394B）"
    assert f"warning: published with --force: {note}\n" in result.stderr
    html = (report.parent / "report.html").read_text(encoding="utf-8")
    assert f'<meta name="writer:forced" content="{note}">' in html
    assert f"经 --force 强制发布：{note}</p>" in html
    post = (report.parent / f"{WEEK}-weekly-report.md").read_text(encoding="utf-8")
    assert yaml.safe_load(post.split("---\n", 2)[1])["forced"] == note


def test_a_report_without_a_week_in_its_front_matter_is_exit_2(tmp_path, reference_text):
    edition = tmp_path / "edition.md"
    edition.write_text(reference_text, encoding="utf-8")  # layout, title and date, but no week
    result = publish(edition)
    assert result.exit_code == 2
    assert result.stderr == (f"error: {edition}: no week in the front matter (a line 'week: YYYY-MM-DD' between the "
                             "--- lines)\n")
