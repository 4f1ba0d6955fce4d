"""The closing line states what the check found, and `writer check --fix-footer` keeps it true."""

from __future__ import annotations

from pathlib import Path

import pytest

from typer.testing import CliRunner

from writer.cli import app
from writer.drafter import draft_sections
from writer.footer import cn_count, with_footer
from writer.weekly import assemble

from .conftest import DATA
from .drafted_sample import copy_of, draft_once

ALL_VERIFIED = "本稿由 writer 根据 2026-01-31 当周数据生成；经 writer 核对，全部一百四十一个数字均与数据一致。"


@pytest.fixture(scope="module")
def sample_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return draft_once(tmp_path_factory.mktemp("sample-draft"))


@pytest.fixture
def drafted(sample_draft: Path, tmp_path: Path) -> Path:
    """This test's own copy of the drafted sample week; returns its report.md."""
    return copy_of(sample_draft, tmp_path)


def check(path: Path, *extra: str):
    return CliRunner().invoke(app, ["check", str(path), "--week", "2026-01-31", "--data", str(DATA), "--lang", "en", *extra])


def last_line(path: Path) -> str:
    return path.read_text(encoding="utf-8").rstrip("\n").splitlines()[-1]


def test_a_clean_draft_says_every_figure_was_verified(drafted):
    assert last_line(drafted) == ALL_VERIFIED


def test_the_footer_of_a_draft_whose_check_fails_counts_the_problems(sample_week):
    sections = draft_sections(sample_week.week, sample_week.deltas, sample_week.stories, sample_week.facts,
                              sample_week.dataset.entities)
    boards = next(s for s in sections if s.id == "boards")
    boards.paragraphs[0].text = boards.paragraphs[0].text.replace("从582B骤降至280B", "从582B骤降至281B")
    _, markdown, result = assemble(sample_week, sections, "deterministic")
    assert len(result.problems) == 1
    footer = markdown.rstrip("\n").splitlines()[-1]
    assert "全部" not in footer and "均与数据一致" not in footer
    assert "一百零六个数字中仍有一个未通过（一个与数据不符），发布前请修改。" in footer


def test_the_footers_counts_are_not_read_as_claims(drafted):
    report = drafted
    result = check(report)
    assert result.exit_code == 0, result.output
    assert "141 figures checked: 141 verified, 0 problems" in result.output


def test_fix_footer_states_the_problems_an_edit_brought_in(drafted):
    report = drafted
    text = report.read_text(encoding="utf-8")
    edited = text.replace("从582B骤降至280B", "从582B骤降至281B").replace("从364B增至464B", "从364B增至465B")
    report.write_text(edited, encoding="utf-8")
    result = check(report, "--fix-footer")
    assert result.exit_code == 1
    assert f"已更新 {report} 的结尾说明" in result.output
    assert "一百四十一个数字中仍有两个未通过（两个与数据不符），发布前请修改。" in last_line(report)
    assert report.read_text(encoding="utf-8").rsplit("\n", 2)[0] == edited.rsplit("\n", 2)[0]


def test_fix_footer_after_the_errors_are_fixed_says_all_verified_again(drafted):
    report = drafted
    text = report.read_text(encoding="utf-8")
    report.write_text(text.replace("从582B骤降至280B", "从582B骤降至281B"), encoding="utf-8")
    assert check(report, "--fix-footer").exit_code == 1
    report.write_text(report.read_text(encoding="utf-8").replace("骤降至281B", "骤降至280B"), encoding="utf-8")
    result = check(report, "--fix-footer")
    assert result.exit_code == 0, result.output
    assert report.read_text(encoding="utf-8") == text


def test_fix_footer_leaves_a_true_footer_alone(drafted):
    report = drafted
    before = report.stat().st_mtime_ns
    result = check(report, "--fix-footer")
    assert result.exit_code == 0 and "结尾说明" not in result.output
    assert report.stat().st_mtime_ns == before


def test_fix_footer_appends_a_closing_line_to_a_report_without_one(tmp_path):
    report = tmp_path / "note.md"
    report.write_text("### 榜单变化\n\n*   DeepSeek V3.2调用量从364B增至464B\n", encoding="utf-8")
    assert check(report, "--fix-footer").exit_code == 0
    assert report.read_text(encoding="utf-8").endswith("\n\n* * *\n\n本稿由 writer 根据 2026-01-31 当周数据生成；经 writer 核对，全部两个数字均与数据一致。\n")


def test_fix_footer_needs_a_file_not_standard_input():
    result = CliRunner().invoke(app, ["check", "-", "--week", "2026-01-31", "--data", str(DATA), "--fix-footer"], input="x")
    assert result.exit_code == 2 and "--fix-footer rewrites a file" in result.output


def test_the_closing_line_is_the_last_line_after_the_break():
    text = "正文\n\n* * *\n\nThe editors, January.\n"
    assert with_footer(text, "新") == "正文\n\n* * *\n\n新\n"


def test_the_footer_counts_wrong_and_unchecked_figures_apart():
    import datetime as dt

    from writer.footer import footer_line
    from writer.render import CheckSummary

    check = CheckSummary(numbers=110, verified=107, problems=["a", "b", "c"], wrong=2, unchecked=1)
    assert footer_line(dt.date(2026, 1, 31), check).endswith("一百一十个数字中仍有三个未通过（两个与数据不符，一个无法核对），发布前请修改。")


def test_counts_are_spelled_in_chinese_numerals():
    assert [cn_count(n) for n in (0, 2, 10, 12, 107, 110, 1001, 20300)] == ["零", "两", "十", "十二", "一百零七", "一百一十", "一千零一", "二万零三百"]
