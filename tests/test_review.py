"""The review page: every figure marked by its verdict, traced to its data line, everything escaped."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from writer.cli import app
from writer.findings import CheckResult, Confirmed, Problem, ProblemKind, Verdict, Verified
from writer.mdhtml import parse
from writer.render import Author, Draft, SectionUsage
from writer.review import review_page, review_path, week_of

from .conftest import DATA
from .drafted_sample import copy_of, draft_once

WRONG = ("从582B骤降至280B", "从582B骤降至281B")


class Page(HTMLParser):
    """The elements of a page by id, with their classes, attributes and text (what a reader sees of them)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict] = []
        self.by_id: dict[str, dict] = {}
        self.elements: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        if "id" in element["attrs"]:
            self.by_id[element["attrs"]["id"]] = element
        if tag not in ("meta", "br", "hr", "link", "input", "img"):
            self.stack.append(element)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        for element in self.stack:
            element["text"] += data

    def with_class(self, name: str) -> list[dict]:
        return [e for e in self.elements if name in e["attrs"].get("class", "").split()]


@pytest.fixture(scope="module")
def sample_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return draft_once(tmp_path_factory.mktemp("sample-draft"))


@pytest.fixture
def drafted(sample_draft: Path, tmp_path: Path) -> Path:
    """This test's own copy of the drafted sample week; returns its report.md."""
    return copy_of(sample_draft, tmp_path)


def redraft(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["draft", "--week", "2026-01-31", "--data", str(DATA), "--out", str(tmp_path / "drafts")])
    assert result.exit_code == 0, result.output


def review(report: Path, *extra: str, data: Path = DATA):
    return CliRunner().invoke(app, ["review", str(report), "--data", str(data), *extra])


def test_draft_writes_a_review_page_beside_the_report(drafted):
    report = drafted
    page = Page((report.parent / "review.html").read_text(encoding="utf-8"))
    assert page.by_id["problems-title"]["text"] == "需要处理的数字（0）"
    assert len(page.with_class("fig-verified")) > 100


def test_every_figure_outside_the_front_matter_is_marked_with_its_verdict(sample_week, drafted):
    report = drafted
    text = report.read_text(encoding="utf-8").replace(*WRONG)
    result = sample_week.checker.check(text)
    page = Page(review_page(text, result, sample_week))
    in_body = [f for f in [*result.verified, *result.problems] if f.line > 5]
    marked = [e for e in page.elements if e["attrs"].get("data-verdict")]
    assert len(marked) == len(in_body)
    assert [e["attrs"]["data-verdict"] for e in marked].count("wrong") == 1


def test_a_verified_figure_names_its_fact_values_and_data_lines(sample_week, drafted):
    text = drafted.read_text(encoding="utf-8")
    page = Page(review_page(text, sample_week.checker.check(text), sample_week))
    fig = next(e for e in page.with_class("fig-verified") if e["text"].startswith("464B"))
    tip = page.by_id[fig["attrs"]["aria-describedby"]]
    assert fig["attrs"]["tabindex"] == "0" and tip["attrs"]["role"] == "tooltip"
    assert "openrouter-models/deepseek-v3.2/tokens" in tip["text"]
    assert "本周：464B；上周：364B" in tip["text"]
    assert "来源：data/weeks/2026-01-31/openrouter-models.csv 第5行" in tip["text"].replace(str(DATA) + "/", "data/")
    assert "上周来源：data/weeks/2026-01-24/openrouter-models.csv 第8行" in tip["text"].replace(str(DATA) + "/", "data/")


def test_an_event_figure_points_at_its_event_in_events_yaml(sample_week, drafted):
    text = drafted.read_text(encoding="utf-8")
    page = Page(review_page(text, sample_week.checker.check(text), sample_week))
    fig = next(e for e in page.with_class("fig-verified") if e["text"].startswith("2.4万亿"))
    tip = page.by_id[fig["attrs"]["aria-describedby"]]
    assert "event/baidu-ernie-5.0/参数规模" in tip["text"] and "events.yaml 第4行" in tip["text"]


def test_a_wrong_figure_is_red_with_what_the_data_says_and_listed_as_a_problem(sample_week, drafted):
    text = drafted.read_text(encoding="utf-8").replace(*WRONG)
    page = Page(review_page(text, sample_week.checker.check(text), sample_week))
    fig = page.with_class("fig-wrong")[0]
    assert fig["text"].startswith("281B")
    assert "MiMo V2 Flash (free)本周（截至2026-01-31）的调用量为280B" in page.by_id[fig["attrs"]["aria-describedby"]]["text"]
    links = page.with_class("problem-link")
    assert [link["attrs"]["href"] for link in links] == [f"#{fig['attrs']['id']}"]
    assert page.by_id["problems-title"]["text"] == "需要处理的数字（1）"


def test_unchecked_and_confirmed_figures_are_marked_apart(sample_week):
    # A result written from the findings models' documented shape: the checker of this week
    # yields no unchecked or confirmed figure for this text on its own.
    text = "### 1\\. 本周概览\n\n某模型约有12家合作方，另有3项未公开的合作。\n"
    result = CheckResult(week=dt.date(2026, 1, 31), numbers=2, problems=[
        Problem(line=3, column=8, quote="12家", kind=ProblemKind.unreadable, message="无法判断「12家」说的是哪项数据",
                verdict=Verdict.unchecked)],
        confirmed=[Confirmed(line=3, column=16, quote="3项", reason="发布会现场确认", by="王编辑")])
    page = Page(review_page(text, result, sample_week))
    unchecked, confirmed = page.with_class("fig-unchecked")[0], page.with_class("fig-confirmed")[0]
    assert unchecked["text"].startswith("12家") and confirmed["text"].startswith("3项")
    assert "发布会现场确认" in confirmed["text"] and "王编辑" in confirmed["text"]
    assert [link["attrs"]["href"] for link in page.with_class("problem-link")] == [f"#{unchecked['attrs']['id']}"]


def test_text_from_the_report_and_the_data_is_escaped(sample_week):
    text = ("### 2\\. 重点关注事件\n\n*   <script>alert(1)</script> 发布 <img src=x onerror=alert(2)>\n"
            "*   [点这里](javascript:alert(3)) 与 [官网](https://example.com/a?b=1&c=2)\n")
    html = review_page(text, CheckResult(week=dt.date(2026, 1, 31)), sample_week)
    assert "<script>alert" not in html and "<img" not in html and 'href="javascript' not in html
    page = Page(html)
    item = page.by_id["line-3"]
    assert item["text"] == "<script>alert(1)</script> 发布 <img src=x onerror=alert(2)>"
    assert page.with_class("inert-link")[0]["text"] == "点这里"
    assert '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">官网</a>' in html


def test_the_page_requests_nothing_from_the_network(sample_week, drafted):
    text = drafted.read_text(encoding="utf-8")
    html = review_page(text, sample_week.checker.check(text), sample_week)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in html
    assert "default-src 'none'" in html


def test_sections_say_who_wrote_them_re_asked_or_fell_back(sample_week, drafted):
    report = drafted
    draft = Draft.model_validate_json((report.parent / "draft.json").read_text(encoding="utf-8"))
    # Written from draft.json's documented shape: what an LLM draft records for its sections.
    draft.provenance.generator = "deepseek-chat"
    draft.section("overview").author = Author.llm
    draft.section("events").fell_back = "failed the whole-report check: 「9.9T」"
    boards = draft.section("boards")
    boards.author = Author.llm
    boards.fell_back = "openrouter-authors: 「1.5T」 is not a figure of Google"
    draft.usage = [SectionUsage(section="overview", calls=2, reasks=1, prompt_tokens=1200, completion_tokens=300),
                   SectionUsage(section="events", calls=3, reasks=2, prompt_tokens=2000, completion_tokens=500),
                   SectionUsage(section="boards/openrouter-models", calls=1, prompt_tokens=900, completion_tokens=200),
                   SectionUsage(section="boards/openrouter-authors", calls=3, reasks=2, prompt_tokens=1500, completion_tokens=400)]
    draft.cost_usd = 0.0123
    text = report.read_text(encoding="utf-8")
    html = review_page(text, sample_week.checker.check(text), sample_week, draft)
    page = Page(html)
    badges = [e["text"] for e in page.with_class("badge")]
    assert "由 LLM（deepseek-chat）撰写，重问 1 次后通过核对" in badges
    assert "LLM 的文字未通过核对，已回退为确定性程序的文字failed the whole-report check: 「9.9T」" in badges
    assert "由 LLM（deepseek-chat）撰写，一次通过核对" in badges
    assert any(b.startswith("部分条目（1 条）的 LLM 文字未通过核对") for b in badges)
    assert "由确定性程序生成（排行榜表格不交给 LLM）" in badges
    for shown in ("LLM：deepseek-chat", "9（重问 5 次，缓存命中 0 次）", "提示 5600 · 生成 1400", "$0.0123"):
        assert shown in html


def test_review_takes_the_week_from_the_front_matter(drafted):
    report = drafted
    result = review(report)
    assert result.exit_code == 0, result.output
    assert f"wrote {report.parent / 'review.html'}" in result.output


def test_review_of_a_report_without_a_week_needs_one(tmp_path):
    note = tmp_path / "note.md"
    note.write_text("DeepSeek V3.2调用量从364B增至464B\n", encoding="utf-8")
    assert review(note).exit_code == 2
    result = review(note, "--week", "2026-01-31", "-o", str(tmp_path / "page.html"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "page.html").exists()


def test_review_of_an_edited_copy_has_no_authorship_without_draft_json(drafted, tmp_path):
    report = drafted
    copy = tmp_path / "edited.md"
    shutil.copy(report, copy)
    assert review(copy).exit_code == 0
    html = (tmp_path / "edited.review.html").read_text(encoding="utf-8")
    assert 'class="badge' not in html and "本文件旁没有配套的 draft.json" in html


def test_review_of_an_edited_draft_says_it_was_edited_and_exits_1_on_problems(drafted):
    report = drafted
    report.write_text(report.read_text(encoding="utf-8").replace(*WRONG), encoding="utf-8")
    result = review(report)
    assert result.exit_code == 1
    assert f"已更新 {report} 的结尾说明" in result.output
    assert "仍有一个未通过" in report.read_text(encoding="utf-8").rstrip().splitlines()[-1]
    assert "本文件在成稿后经过编辑" in (report.parent / "review.html").read_text(encoding="utf-8")


def test_an_edited_report_kept_gets_its_new_draft_reviewed_beside_it(drafted, tmp_path):
    report = drafted
    report.write_text(report.read_text(encoding="utf-8") + "\n编辑的补充。\n", encoding="utf-8")
    redraft(tmp_path)
    assert (report.parent / "review.new.html").exists()


def test_week_and_page_path_come_from_the_report():
    assert week_of("---\ntitle: x\nweek: 2026-01-31\n---\n正文\n") == "2026-01-31"
    assert week_of("正文\n") is None
    assert review_path(Path("d/report.md")) == Path("d/review.html")
    assert review_path(Path("d/report.new.md")) == Path("d/review.new.html")
    assert review_path(Path("d/edited.md")) == Path("d/edited.review.html")


def test_markdown_tables_headings_bullets_and_escapes_render():
    blocks = parse("---\nweek: 1\n---\n标题\n===\n\n### 1\\. 本周概览\n\n*   **粗体** 与 `代码`\n\n| a | b\\|c |\n|---|---|\n| 1 | 2 |\n\n* * *\n\n末行\n")
    assert [b.kind for b in blocks] == ["heading", "heading", "list", "table", "break", "paragraph"]
    assert blocks[1].html == "1. 本周概览"
    assert blocks[2].items[0].html == "<strong>粗体</strong> 与 <code>代码</code>"
    assert blocks[3].header == ["a", "b|c"] and blocks[3].rows == [["1", "2"]]


def test_a_problem_that_cannot_be_placed_in_the_text_is_still_listed(sample_week):
    text = "---\ntitle: '周报 9.9T'\nweek: 2026-01-31\n---\n正文\n"
    result = CheckResult(week=dt.date(2026, 1, 31), numbers=1, problems=[
        Problem(line=2, column=12, quote="9.9T", kind=ProblemKind.unlicensed, message="数据中没有9.9T")])
    page = Page(review_page(text, result, sample_week))
    listed = page.with_class("problem-link")
    assert len(listed) == 1 and listed[0]["tag"] == "span" and "未能在正文中定位" in listed[0]["text"]


def test_a_figure_in_a_table_cell_is_marked(sample_week):
    text = "| 模型 | 调用量 |\n|---|---|\n| DeepSeek V3.2 | 464B |\n"
    result = CheckResult(week=dt.date(2026, 1, 31), numbers=1, verified=[
        Verified(line=3, column=19, quote="464B", facts=["openrouter-models/deepseek-v3.2/tokens"])])
    page = Page(review_page(text, result, sample_week))
    fig = page.with_class("fig-verified")[0]
    assert fig["text"].startswith("464B") and "本周：464B；上周：364B" in fig["text"]


def test_an_event_figure_shows_its_value_not_a_weekly_one(sample_week, drafted):
    text = drafted.read_text(encoding="utf-8")
    page = Page(review_page(text, sample_week.checker.check(text), sample_week))
    fig = next(e for e in page.with_class("fig-verified") if e["text"].startswith("2.4万亿"))
    tip = page.by_id[fig["attrs"]["aria-describedby"]]["text"]
    assert "数值：2.4万亿" in tip and "本周" not in tip and "上周" not in tip


def test_a_report_saved_with_windows_line_ends_renders_the_same():
    text = "标题\n===\n\n### 1\\. 本周概览\n\n*   第一条\n"
    assert [(b.kind, b.text) for b in parse(text.replace("\n", "\r\n"))] == [(b.kind, b.text) for b in parse(text)]
