"""`writer draft` with an LLM, through the CLI runner, replaying cassettes (tests/cassettes/test_drafting_cli/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from writer.cli import app

from .conftest import DATA
from .scripted_openai import TEST_KEY, completion, deterministic_answers, error

pytest_plugins = ["tests.llm_cassettes"]

REAL_SERVER = "http://127.0.0.1:8765/v1"


def draft(*args: str, env: dict[str, str] | None = None) -> object:
    return CliRunner().invoke(app, ["draft", "--week", "2026-01-31", "--data", str(DATA), "--out", "out", *args],
                              env=env or {})


def check(report: Path) -> object:
    return CliRunner().invoke(app, ["check", str(report), "--week", "2026-01-31", "--data", str(DATA)])


@pytest.mark.vcr
def test_draft_with_a_model_that_lies_falls_back_and_the_report_checks(tmp_path):
    """Recorded against the REAL llama.cpp server (gemma-3-270m, ../shared/notes/local-llm.md), a tiny
    base model that invents figures: sections it gets wrong fall back, and the report still checks.
    One section at a time (the server is single-threaded, and the recording replays in order)."""
    config = tmp_path / "writer.toml"
    config.write_text("max_tokens = 300\ntimeout = 600\nconcurrency = 1\nmax_reasks = 1\n", encoding="utf-8")
    result = draft("--base-url", REAL_SERVER, "--model", "gemma-3-270m", "--config", str(config))
    assert result.exit_code == 0, result.output + result.stderr
    assert result.stdout.splitlines() == ["wrote out/2026-01-31/report.md", "wrote out/2026-01-31/draft.json",
                                          "wrote out/2026-01-31/review.html", "wrote 10 charts in out/2026-01-31/charts",
                                          result.stdout.splitlines()[4]]
    assert result.stdout.splitlines()[4].endswith(", 0 problems")
    assert check(Path("out/2026-01-31/report.md")).exit_code == 0
    payload = json.loads(Path("out/2026-01-31/draft.json").read_text(encoding="utf-8"))
    fell_back = {s["id"]: s["fell_back"] for s in payload["sections"] if s["fell_back"]}
    assert set(fell_back) == RECORDED_FELL_BACK
    for section in RECORDED_FELL_BACK:
        assert f"fell back: {section}: " in result.stderr
    assert sum(u["calls"] for u in payload["usage"]) == RECORDED_CALLS
    boards = next(s for s in payload["sections"] if s["id"] == "boards")
    assert boards["author"] == "deterministic"
    assert all(f"{board}:" in boards["fell_back"] for board in RECORDED_BOARDS)
    assert "draft: overview: asking" in result.stderr


# What gemma-3-270m did when test_draft_with_a_model_that_lies_falls_back_and_the_report_checks was
# recorded (re-recorded 2026-11-30 after the prompts fenced their data and the display names changed): all ten sections failed the
# check on both asks and fell back (draft.json and stderr say why for each). 21 requests = the refused json_schema request + 10 sections × (first ask + 1 re-ask).
RECORDED_FELL_BACK = {"overview", "events", "boards"}
RECORDED_CALLS = 21
RECORDED_BOARDS = ("openrouter-models", "openrouter-authors", "openrouter-throughput", "openrouter-programming",
                   "lmarena-text-to-image", "aa-image-editing", "aa-text-to-image", "gaia")


@pytest.mark.vcr
def test_clean_llm_draft_then_a_cached_rerun(sample_week, scripted, tmp_path):
    """Recorded against the scripted server: every section answers with text that verifies; the
    second run answers from the cache and makes no call (nothing of it is in the cassette)."""
    answers = deterministic_answers(sample_week)
    server = scripted(lambda asked: completion(asked, answers[asked.section]))
    env = {"OPENAI_API_KEY": TEST_KEY, "WRITER_MODEL": "scripted"}
    first = draft("--base-url", server.url, env=env)
    assert first.exit_code == 0, first.output + first.stderr
    assert "draft: boards/gaia: written by the LLM\n" in first.stderr
    assert "fell back" not in first.stderr
    assert check(Path("out/2026-01-31/report.md")).exit_code == 0
    payload = json.loads(Path("out/2026-01-31/draft.json").read_text(encoding="utf-8"))
    assert payload["provenance"]["generator"] == "scripted"
    assert [(u["calls"], u["cached"]) for u in payload["usage"]] == [(1, 0)] * 10

    again = draft("--base-url", server.url, env=env)
    assert again.exit_code == 0
    assert "draft: boards/gaia: written by the LLM (from the cache)\n" in again.stderr
    payload = json.loads(Path("out/2026-01-31/draft.json").read_text(encoding="utf-8"))
    assert [(u["calls"], u["cached"]) for u in payload["usage"]] == [(0, 1)] * 10
    assert TEST_KEY not in "".join(p.read_text(encoding="utf-8") for p in Path(".writer-cache").rglob("*.json"))


@pytest.mark.vcr
def test_draft_exits_3_when_the_endpoint_stays_down(scripted, tmp_path):
    """Recorded against the scripted server: every request gets 503 (Retry-After: 0, so no waiting)."""
    server = scripted(lambda asked: error(503, "upstream overloaded", {"retry-after": "0"}))
    config = tmp_path / "writer.toml"
    config.write_text("retry_attempts = 2\nconcurrency = 1\n", encoding="utf-8")
    result = draft("--base-url", server.url, "--model", "scripted", "--config", str(config))
    assert result.exit_code == 3
    assert f"error: scripted at {server.url} did not answer: HTTP 503: upstream overloaded (2 attempts in 0s)." in result.stderr
    assert "draft: events: fell back to the deterministic text: the endpoint failed\n" in result.stderr
    assert "fell back: every section (the endpoint failed; see the error below)\n" in result.stderr
    assert result.stderr.endswith("The whole draft fell back to the deterministic drafter; it was still written and checked.\n")
    assert check(Path("out/2026-01-31/report.md")).exit_code == 0
    payload = json.loads(Path("out/2026-01-31/draft.json").read_text(encoding="utf-8"))
    assert payload["provenance"]["generator"] == "deterministic"
    assert sum(u["calls"] for u in payload["usage"]) == 2


def test_a_key_without_a_model_is_a_clean_error_before_any_call():
    result = draft(env={"OPENAI_API_KEY": TEST_KEY})
    assert result.exit_code == 2
    assert result.stderr == ("error: no model: set WRITER_MODEL or pass --model (e.g. --model deepseek-chat), "
                             "or put model = \"...\" in the config file\n")
    assert not Path("out").exists()


def test_no_endpoint_and_no_key_is_the_deterministic_drafter_with_a_notice():
    result = draft(env={"WRITER_MODEL": "gpt-4o-mini"})
    assert result.exit_code == 0
    assert result.stderr.startswith("No LLM configured: drafted with the deterministic drafter")
