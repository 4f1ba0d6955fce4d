"""Preparing a week: `writer new-week` starts it, `writer validate` lists every broken rule at once,
and the loader refuses data that breaks the error rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import DATA
from writer.cli import app
from writer.load import open_dataset
from writer.numbers import Figure
from writer.rules import Severity, stated
from writer.validation import validate_week

NEW = "2026-02-07"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("root", [DATA, DATA / "openrouter-real"], ids=["sample", "openrouter-real"])
def test_every_week_of_the_sample_and_the_real_data_breaks_no_rule(root):
    dataset = open_dataset(root)
    for date in dataset.week_dates():
        errors = [p for p in validate_week(dataset, date) if p.severity is Severity.error]
        assert errors == [], (date, errors)


def test_new_week_starts_from_the_last_week_and_says_what_to_fill_in(data_copy):
    result = run("new-week", "--data", str(data_copy))
    assert result.exit_code == 0, result.output
    folder = data_copy / "weeks" / NEW
    last = data_copy / "weeks" / "2026-01-31"
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in last.iterdir())
    assert (folder / "openrouter-models.csv").read_text() == (last / "openrouter-models.csv").read_text()
    assert "events: []" in (folder / "events.yaml").read_text(encoding="utf-8")
    assert "请填写" in result.output and f"writer validate --week {NEW}" in result.output
    assert "openrouter-authors.csv" in result.output and "重算" in result.output


def test_new_week_never_overwrites_an_existing_week(data_copy):
    events = data_copy / "weeks" / "2026-01-31" / "events.yaml"
    before = events.read_text(encoding="utf-8")
    result = run("new-week", "--week", "2026-01-31", "--data", str(data_copy))
    assert result.exit_code == 2
    assert "已经存在" in result.output and "2026-01-31" in result.output
    assert events.read_text(encoding="utf-8") == before


def test_validate_lists_every_planted_error_of_a_new_week_at_once(data_copy):
    assert run("new-week", "--data", str(data_copy)).exit_code == 0
    week = data_copy / "weeks" / NEW
    models = week / "openrouter-models.csv"
    # Grow every token count by 10% and write the right growth, then plant errors one per rule.
    models.write_text(
        "rank,model,author,tokens,growth\n"
        "1,Claude Sonnet 4.5,Anthropic,776B,10\n"
        "2,Gemini 3 Flash Preview,Google,572B,10\n"
        "3,Grok Code Fast 1,xAI,526B,10\n"
        "4,DeepSeek V3.2,DeepSeek,510B,25\n"          # growth: 464B → 510B is +10%, not +25%
        "5,Gemini 2.5 Flash,Google,533B,35\n"         # out of rank order: more than rank 4
        "6,Claude Opus 4.5,Anthropic,373B,10\n"
        "7,Grok 4.1 Fust,xAI,359B,10\n"               # unknown name, near miss of Grok 4.1 Fast
        "8,Gemini 2.5 Flash Lite,Google,315B,10\n"
        "10,MiMo V2 Flash (free),Xiaomi,308B,10\n"    # rank 9 missing
        "11,gpt-oss-120b,OpenAI,299B,1x0\n",          # not a number
        encoding="utf-8")
    replace(week / "openrouter-authors.csv", "5,DeepSeek,553B,9.4", "5,DeepSeek,553B,12.4")
    (week / "events.yaml").write_text(
        "events:\n"
        "  - id: ernie-update\n"
        "    date: 2026-02-03\n"
        "    org: 百度\n"
        "    title: 更新文心5.0\n"
        "    details:\n"
        "      - 文心5.0于2月5日开放三种新模式，上下文达128K\n"
        "    figures:\n"
        "      上下文长度: 128K\n"
        "    entities: [文心5.0]\n",
        encoding="utf-8")
    (week / "gpqa.csv").write_text("rank,system,org,score,version\n", encoding="utf-8")

    result = run("validate", "--data", str(data_copy))
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("错误")]
    expected = [
        ("openrouter-models.csv，第 5 行，字段 growth", "周增长率 +25%"),
        ("openrouter-models.csv，第 6 行，字段 tokens", "排名必须按 tokens 从大到小"),
        ("openrouter-models.csv，第 8 行，字段 model", "你是不是想写 'Grok 4.1 Fast'"),
        ("openrouter-models.csv，第 10 行，字段 rank", "缺少第 9 名"),
        ("openrouter-models.csv，第 11 行，字段 growth", "'1x0' 不是数字"),
        ("openrouter-authors.csv，第 6 行，字段 share", "占比 12.4%"),
        ("events.yaml，字段 events[0].details[0]", "日期「2月5日」"),
        ("events.yaml，字段 events[0].details[0]", "数字「三」"),
        ("gpqa.csv，第 1 行", "只有表头"),
    ]
    for where, what in expected:
        assert any(where in line and what in line for line in lines), (where, what, result.output)
    assert len(lines) == len(expected), result.output
    assert "只有表头" not in result.output.split("gpqa.csv")[0]


def test_a_board_identical_to_last_weeks_is_a_warning_not_an_error(data_copy):
    dataset = open_dataset(data_copy)
    problems = validate_week(dataset, dataset.resolve_week("2026-01-31"))
    warned = {Path(p.file).name for p in problems if p.severity is Severity.warning}
    assert "gpqa.csv" in warned and "openrouter-models.csv" not in warned
    result = run("validate", "--week", "2026-01-31", "--data", str(data_copy))
    assert result.exit_code == 0 and "警告" in result.output and "0 个错误" in result.output


def test_draft_refuses_growth_that_contradicts_the_tokens(data_copy, tmp_path):
    replace(data_copy / "weeks" / "2026-01-31" / "openrouter-models.csv", "464B,27", "464B,37")
    result = run("draft", "--week", "2026-01-31", "--data", str(data_copy), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "openrouter-models.csv, line 5, field 'growth'" in result.output and "周增长率 +37%" in result.output
    assert not (tmp_path / "out").exists()


def test_draft_refuses_tokens_out_of_rank_order(data_copy, tmp_path):
    path = data_copy / "weeks" / "2026-01-31" / "lmarena-text.csv"
    replace(path, "gemini-3-flash,Google,1472", "gemini-3-flash,Google,1498")
    result = run("draft", "--week", "2026-01-31", "--data", str(data_copy), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "lmarena-text.csv, line 4, field 'score'" in result.output


def test_an_event_number_missing_from_figures_stops_the_draft(data_copy, tmp_path):
    replace(data_copy / "weeks" / "2026-01-31" / "events.yaml", "端到端延迟最低约97ms", "端到端延迟最低约95ms")
    result = run("draft", "--week", "2026-01-31", "--data", str(data_copy), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "events.yaml, field 'events[1].details[1]'" in result.output and "「95」" in result.output


def test_trailing_zeros_of_an_integer_are_not_claimed_digits():
    assert stated(Figure(1440000000000, 1)) == Figure(1440000000000, 1e10)
    assert stated(Figure(774854487648, 1)) == Figure(774854487648, 1)
    assert stated(Figure(582e9, 1e9)) == Figure(582e9, 1e9)


def test_validate_prints_the_problems_as_json_for_machines(data_copy):
    replace(data_copy / "weeks" / "2026-01-31" / "openrouter-models.csv", "464B,27", "464B,37")
    result = run("validate", "--week", "2026-01-31", "--data", str(data_copy), "--format", "json")
    assert result.exit_code == 2
    problems = json.loads(result.output)
    errors = [p for p in problems if p["severity"] == "error"]
    assert [(Path(p["file"]).name, p["line"], p["field"]) for p in errors] == [("openrouter-models.csv", 5, "growth")]
    assert {p["severity"] for p in problems} == {"error", "warning"}
