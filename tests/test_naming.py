"""One name per entity per report, chosen by the catalog's `display` rule, in bullets, events and tables."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from writer.cli import app
from writer.load import open_dataset

WEEK = "2026-01-31"


def draft(data: Path, out: Path) -> str:
    result = CliRunner().invoke(app, ["draft", "--week", WEEK, "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return (out / WEEK / "report.md").read_text(encoding="utf-8")


def body(report: str) -> str:
    return report.split("---", 2)[2]


def test_by_default_a_company_with_a_chinese_name_is_called_by_it_everywhere(data_copy, tmp_path):
    report = body(draft(data_copy, tmp_path / "out"))
    bullets = next(line for line in report.splitlines() if line.startswith("*   OpenRouter模型市占率方面"))
    events = [line for line in report.splitlines() if "Kimi K2.5从架构上" in line]
    assert "月之暗面新进前十" in bullets and events[0].startswith("*   月之暗面于1月27日")
    assert "MoonshotAI" not in report


def test_display_english_prints_every_entity_by_its_name(data_copy, tmp_path):
    catalog = data_copy / "catalog.yaml"
    catalog.write_text(catalog.read_text(encoding="utf-8") + "display: english\n", encoding="utf-8")
    report = body(draft(data_copy, tmp_path / "out"))
    assert "MoonshotAI新进前十" in report and "*   MoonshotAI于1月27日" in report
    assert "| 大语言模型 Text Arena | Google、xAI、Anthropic、Baidu、OpenAI、Z-AI、Qwen、MoonshotAI |" in report
    assert "*   Baidu于1月24日" in report
    # What the drafter wrote (not the editor's own words in event details) uses no Chinese name.
    written = [line.split("：", 1)[0] if "于1月" in line else line for line in report.splitlines()]
    for entity in open_dataset(data_copy).entities.by_id.values():
        if entity.name_zh and entity.id != "others":  # 其他长尾模型 is a phrase of the templates
            assert not any(entity.name_zh in line for line in written), entity.name_zh


def test_an_unknown_display_rule_is_an_error_naming_the_key(data_copy, tmp_path):
    catalog = data_copy / "catalog.yaml"
    catalog.write_text(catalog.read_text(encoding="utf-8") + "display: klingon\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["draft", "--week", WEEK, "--data", str(data_copy), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "catalog.yaml, field 'display'" in result.output
