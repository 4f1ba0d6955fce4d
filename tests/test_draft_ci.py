"""`writer draft --ci`: one JSON summary on stdout, plain lines on stderr, and its exit statuses.

The LLM runs replay cassettes (tests/cassettes/test_draft_ci/) recorded against the scripted
server of tests/scripted_openai.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from writer.cli import app

from .conftest import DATA, ROOT
from .scripted_openai import TEST_KEY, completion, deterministic_answers, error

pytest_plugins = ["tests.llm_cassettes"]


def ci_draft(*args: str, env: dict[str, str] | None = None, data: Path = DATA) -> object:
    return CliRunner().invoke(app, ["draft", "--week", "latest", "--ci", "--data", str(data), "--out", "out", *args],
                              env=env or {})


def summary_of(result) -> dict:
    """The one JSON document on stdout, validated against `writer schema summary`."""
    payload = json.loads(result.stdout)
    schema = json.loads(CliRunner().invoke(app, ["schema", "summary"]).stdout)
    jsonschema.validate(payload, schema)
    return payload


@pytest.mark.vcr
def test_ci_run_twice_makes_no_second_round_of_llm_calls(sample_week, scripted):
    """Recorded against the scripted server: every section answers with text that verifies."""
    answers = deterministic_answers(sample_week)
    server = scripted(lambda asked: completion(asked, answers[asked.section]))
    env = {"OPENAI_API_KEY": TEST_KEY, "WRITER_MODEL": "scripted"}
    first = ci_draft("--base-url", server.url, env=env)
    assert first.exit_code == 0, first.stderr
    summary = summary_of(first)
    assert (summary["status"], summary["week"], summary["model"], summary["generator"]) == \
        ("verified", "2026-01-31", "scripted", "scripted")
    assert [(s["written_by"], s["calls"], s["cached"]) for s in summary["sections"]] == [("llm", 1, 0)] * 10
    assert summary["calls"] == 10 and summary["reasks"] == 0 and summary["fell_back"] == []
    assert summary["tokens"]["prompt"] > 0 and summary["tokens"]["completion"] > 0
    assert summary["figures"]["wrong"] == summary["figures"]["unchecked"] == 0
    assert summary["figures"]["verified"] == summary["figures"]["total"] > 100
    assert "out/2026-01-31/report.md" in summary["paths"]
    assert "out/2026-01-31/charts/openrouter-throughput.png" in summary["paths"]

    again = summary_of(ci_draft("--base-url", server.url, env=env))
    assert again["calls"] == 0
    assert [(s["written_by"], s["calls"], s["cached"]) for s in again["sections"]] == [("llm", 0, 1)] * 10
    assert again["tokens"] == {"prompt": 0, "completion": 0}


def test_ci_output_is_one_json_document_and_plain_lines_on_stderr():
    result = ci_draft()
    assert result.exit_code == 0
    assert summary_of(result)["status"] == "verified"
    assert "week 2026-01-31: verified (exit 0), drafted by deterministic\n" in result.stderr
    assert "figures: 141 checked, 141 verified, 0 wrong, 0 unchecked, 0 confirmed\n" in result.stderr
    assert "\x1b[" not in result.stderr


def test_ci_exits_1_when_problems_remain(tmp_path):
    prompts = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", prompts)
    template = prompts / "report.md.j2"
    # An editor's template that adds a figure the data contradicts: DeepSeek V3.2 has 464B this week.
    template.write_text(template.read_text(encoding="utf-8") + "\nDeepSeek V3.2本周调用量394B。\n", encoding="utf-8")
    result = ci_draft("--prompts", str(prompts))
    assert result.exit_code == 1
    summary = summary_of(result)
    assert (summary["status"], summary["exit_code"]) == ("problems", 1)
    assert summary["figures"]["wrong"] == 1
    assert summary["problems"][0]["quote"] == "394B"
    assert summary["problems"][0]["verdict"] == "wrong"


def test_ci_exits_2_on_bad_input_with_a_summary_and_writes_nothing():
    result = ci_draft("--week", "2099-01-01")
    assert result.exit_code == 2
    summary = summary_of(result)
    assert (summary["status"], summary["exit_code"], summary["paths"]) == ("bad_input", 2, [])
    assert "no data for week 2099-01-01" in summary["error"]
    assert result.stderr.endswith(f"error: {summary['error']}\n")
    assert not Path("out").exists()


@pytest.mark.vcr
def test_ci_exits_3_when_the_llm_is_unreachable_and_the_deterministic_draft_is_written(scripted, tmp_path):
    """Recorded against the scripted server: every request gets 503 (Retry-After: 0, so no waiting)."""
    server = scripted(lambda asked: error(503, "upstream overloaded", {"retry-after": "0"}))
    config = tmp_path / "writer.toml"
    config.write_text("retry_attempts = 2\nconcurrency = 1\n", encoding="utf-8")
    result = ci_draft("--base-url", server.url, "--model", "scripted", "--config", str(config))
    assert result.exit_code == 3
    summary = summary_of(result)
    assert (summary["status"], summary["generator"]) == ("llm_unreachable", "deterministic")
    assert "HTTP 503: upstream overloaded" in summary["error"]
    assert summary["figures"]["verified"] == summary["figures"]["total"]
    assert all(s["written_by"] == "deterministic" and s["fell_back"] for s in summary["sections"])
    assert Path("out/2026-01-31/report.md").exists()
