"""`writer draft` with no LLM: a complete, verified report from the deterministic drafter."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from writer.cli import app

from .conftest import DATA

SNAPSHOT = Path(__file__).parent / "snapshots" / "report-2026-01-31.md"


def run_draft(tmp_path: Path, *extra: str):
    out = tmp_path / "drafts"
    result = CliRunner().invoke(app, ["draft", "--week", "2026-01-31", "--data", str(DATA), "--out", str(out), *extra])
    return result, out / "2026-01-31"


def test_draft_writes_report_and_json(tmp_path):
    result, folder = run_draft(tmp_path)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == ["charts", "draft.json", "report.md", "review.html"]
    assert f"wrote {folder / 'report.md'}" in result.output


def test_draft_says_no_llm_was_used_and_how_to_configure_one(tmp_path):
    result, _ = run_draft(tmp_path)
    assert "No LLM configured: drafted with the deterministic drafter" in result.output
    assert "OPENAI_BASE_URL" in result.output and "WRITER_MODEL" in result.output


def test_report_has_the_four_sections_filled(tmp_path):
    _, folder = run_draft(tmp_path)
    report = (folder / "report.md").read_text(encoding="utf-8")
    headings = [line for line in report.splitlines() if line.startswith("### ")]
    assert headings == ["### 1\\. 本周概览", "### 2\\. 重点关注事件", "### 3\\. 榜单变化", "### 4\\. 排行榜"]
    sections = report.split("### ")[1:]
    assert all(len(section.strip().splitlines()) > 2 for section in sections)


def test_report_verifies_against_the_data(tmp_path):
    result, folder = run_draft(tmp_path)
    assert "check: 141 figures checked: 141 verified, 0 problems" in result.output
    check = CliRunner().invoke(app, ["check", str(folder / "report.md"), "--week", "2026-01-31", "--data", str(DATA)])
    assert check.exit_code == 0, check.output


def test_rankings_are_markdown_tables(tmp_path):
    _, folder = run_draft(tmp_path)
    report = (folder / "report.md").read_text(encoding="utf-8")
    assert "| 测评类型 | 第一名 | 第二名 | 第三名 |\n|---|---|---|---|\n| 模型调用量 | Claude Sonnet 4.5 | Gemini 3 Flash Preview | Grok Code Fast 1 |" in report
    assert "| 大语言模型 Text Arena | Google、xAI、Anthropic、百度、OpenAI、智谱、阿里巴巴、月之暗面 |" in report


def test_draft_json_traces_each_paragraph_to_facts(tmp_path):
    _, folder = run_draft(tmp_path)
    draft = json.loads((folder / "draft.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in draft["sections"]] == ["overview", "events", "boards", "tables"]
    boards = {p["board"]: p for p in draft["sections"][2]["paragraphs"]}
    assert "openrouter-models/mimo-v2-flash-free/tokens" in boards["openrouter-models"]["facts"]
    assert draft["provenance"]["generator"] == "deterministic"
    assert draft["provenance"]["previous_week"] == "2026-01-24"
    assert draft["check"] == {"numbers": 141, "verified": 141, "problems": [], "wrong": 0, "unchecked": 0, "confirmed": 0}


def test_boards_section_leads_each_board_with_its_biggest_story(tmp_path):
    _, folder = run_draft(tmp_path)
    report = (folder / "report.md").read_text(encoding="utf-8")
    bullet = next(line for line in report.splitlines() if line.startswith("*   OpenRouter整体模型调用量方面"))
    assert bullet.startswith("*   OpenRouter整体模型调用量方面，MiMo V2 Flash (free)遭遇断崖式下跌，调用量从582B骤降至280B")


def test_rendered_report_matches_the_snapshot(tmp_path):
    _, folder = run_draft(tmp_path)
    report = (folder / "report.md").read_text(encoding="utf-8")
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(report, encoding="utf-8")
    assert report == SNAPSHOT.read_text(encoding="utf-8")


def test_latest_week_is_the_newest_folder(tmp_path):
    out = tmp_path / "drafts"
    result = CliRunner().invoke(app, ["draft", "--week", "latest", "--data", str(DATA), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "2026-01-31" / "report.md").exists()


def test_data_and_out_default_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("WRITER_DATA", str(DATA))
    monkeypatch.setenv("WRITER_OUT", str(tmp_path / "elsewhere"))
    result = CliRunner().invoke(app, ["draft", "--week", "2026-01-31"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "elsewhere" / "2026-01-31" / "draft.json").exists()


def test_writes_leave_no_temporary_files(tmp_path):
    _, folder = run_draft(tmp_path)
    run_draft(tmp_path)
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_week_without_previous_week_still_drafts(tmp_path):
    out = tmp_path / "drafts"
    result = CliRunner().invoke(app, ["draft", "--week", "2026-01-10", "--data", str(DATA), "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = (out / "2026-01-10" / "report.md").read_text(encoding="utf-8")
    assert "数据中没有上一周（no previous week），本期无法比较榜单变化" in report
    assert "| 模型调用量 |" in report


def test_broken_phrase_template_is_a_clean_error(tmp_path):
    import shutil

    from writer.templates import prompts_dir

    prompts = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), prompts)
    phrases = prompts / "drafter" / "phrases.md.j2"
    phrases.write_text(phrases.read_text(encoding="utf-8").replace("{{ e.tokens.now.text }}", "{{ e.tokens.nowt.text }}", 1), encoding="utf-8")
    result, folder = run_draft(tmp_path, "--prompts", str(prompts))
    assert result.exit_code == 2
    assert "phrases.md.j2" in result.output and "nowt" in result.output
    assert not folder.exists()
