"""`writer draft` against a misbehaving endpoint (tests/fault_openai.py): every fault ends in bounded
time with exit 3, the deterministic draft written and checked, and no secret anywhere."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from writer.cli import app

from .conftest import DATA
from .fault_openai import ESCAPES, FAULTS, FaultyOpenAI
from .scripted_openai import TEST_KEY

PASSWORD = "hunter2pass"
SECRETS = (TEST_KEY, PASSWORD, base64.b64encode(f"user:{PASSWORD}".encode()).decode())
DEADLINE = 0.6
"""Seconds per request in these tests (--timeout)."""

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def config(tmp_path: Path) -> Path:
    path = tmp_path / "writer.toml"
    path.write_text("retry_attempts = 2\nretry_seconds = 1\nmax_response_bytes = 65536\n", encoding="utf-8")
    return path


def draft_against(fault: str, tmp_path: Path) -> tuple[object, float, FaultyOpenAI]:
    with FaultyOpenAI(fault) as server:
        # Credentials in the URL replace the key on the wire (basic auth): the key-echo fault goes without.
        url = server.url if fault == "echo-key" else server.url.replace("http://", f"http://user:{PASSWORD}@")
        started = time.monotonic()
        result = CliRunner().invoke(app, [
            "draft", "--week", "2026-01-31", "--data", str(DATA), "--out", str(tmp_path / "out"),
            "--base-url", url, "--model", "faulty", "--config", str(config(tmp_path)),
            "--timeout", str(DEADLINE), "--cache-dir", str(tmp_path / "cache"),
        ], env={"OPENAI_API_KEY": TEST_KEY})
        return result, time.monotonic() - started, server


def assert_deterministic_draft_checked(tmp_path: Path) -> dict:
    folder = tmp_path / "out" / "2026-01-31"
    payload = json.loads((folder / "draft.json").read_text(encoding="utf-8"))
    assert payload["provenance"]["generator"] == "deterministic"
    assert all(s["author"] == "deterministic" for s in payload["sections"])
    assert payload["check"]["problems"] == []
    check = CliRunner().invoke(app, ["check", str(folder / "report.md"), "--week", "2026-01-31", "--data", str(DATA)])
    assert check.exit_code == 0, check.output
    return payload


def everything_written(tmp_path: Path, result: object) -> str:
    texts = [result.stdout, result.stderr]  # type: ignore[attr-defined]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in tmp_path.rglob("*") if p.is_file()]
    return "\n".join(texts)


SAID = {
    "drip": "the request timed out",
    "stall": "the request timed out",
    "bad-bytes": "the body is not UTF-8",
    "not-completion": "the body is not a chat completion",
    "html": "the body is not JSON",
    "huge": "larger than 65,536 bytes",
    "huge-declared": "declares 4,194,304 bytes",
    "gzip-bomb": "larger than 65,536 bytes",
    "brotli": "compressed with 'br'",
    "echo-key": "HTTP 401: invalid credentials: Bearer [redacted]",
    "escapes": "HTTP 401: redbad keyred",
}
"""What the one error line says about each fault."""


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulty_endpoint_ends_in_exit_3_with_a_checked_deterministic_draft_and_no_secret(fault, tmp_path):
    result, seconds, server = draft_against(fault, tmp_path)
    assert result.exit_code == 3, result.output + result.stderr
    # Two attempts at most (retry_seconds = 1), each cut at the deadline, sections in parallel; then the
    # deterministic draft and its check.
    assert seconds < 2 * DEADLINE + 6, f"{fault} took {seconds:.1f}s"
    assert server.requests >= 1
    assert "Traceback" not in result.stderr
    error = next(line for line in result.stderr.splitlines() if line.startswith("error: "))
    assert SAID[fault] in error
    assert fault == "echo-key" or "faulty at http://[redacted]@127.0.0.1:" in error
    assert "The whole draft fell back" in result.stderr
    payload = assert_deterministic_draft_checked(tmp_path)
    reasons = [s["fell_back"] for s in payload["sections"] if s["fell_back"]]
    assert reasons and all("the endpoint failed" in reason for reason in reasons)
    written = everything_written(tmp_path, result)
    for secret in SECRETS:
        assert secret not in written, f"{fault}: a secret was written"
    for control in ("\x1b", "\x07", "\x9b"):
        assert control not in result.stderr
    assert not list((tmp_path / "cache").rglob("*.json")), "a failed answer must not be cached"


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0", "-inf", "1e400"])
def test_a_timeout_that_is_not_a_finite_positive_number_is_refused(value, tmp_path):
    result = CliRunner().invoke(app, ["draft", "--week", "2026-01-31", "--data", str(DATA), "--base-url",
                                      "http://127.0.0.1:9/v1", "--model", "m", "--timeout", value])
    assert result.exit_code == 2, result.output
    assert "--timeout must be" in result.stderr



def test_a_cache_that_cannot_be_written_costs_no_answer(sample_week, tmp_path):
    from .scripted_openai import ScriptedOpenAI, completion, deterministic_answers

    answers = deterministic_answers(sample_week)
    titles = {b.title: b.id for b in sample_week.dataset.catalog.boards}
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    with ScriptedOpenAI(lambda asked: completion(asked, answers[asked.section]), titles) as server:
        result = CliRunner().invoke(app, [
            "draft", "--week", "2026-01-31", "--data", str(DATA), "--out", str(tmp_path / "out"),
            "--base-url", server.url, "--model", "scripted", "--cache-dir", str(blocker)])
    assert result.exit_code == 0, result.output + result.stderr
    assert len(server.asked) == len(answers), "every section asked once, none again"
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and "cannot be written" in warnings[0]
    payload = json.loads((tmp_path / "out" / "2026-01-31" / "draft.json").read_text(encoding="utf-8"))
    assert payload["provenance"]["generator"] == "scripted"
    assert blocker.read_text(encoding="utf-8") == "a file where the cache folder should be"
