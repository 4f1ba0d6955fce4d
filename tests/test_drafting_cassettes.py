"""LLM drafting end to end, one cassette per scenario (tests/cassettes/test_drafting_cassettes/).

Each test's docstring says what its cassette was recorded against: the real llama.cpp server of
../shared/notes/local-llm.md (gemma-3-270m) or the scripted server of tests/scripted_openai.py.
CI replays them (`--record-mode=none --block-network`); to re-record one on purpose:

    .venv/bin/python -m pytest tests/test_drafting_cassettes.py -k NAME --record-mode=rewrite

(the scripted server starts by itself; the real one must be running on 127.0.0.1:8765).
The facts each recording produced are pinned in the test bodies, not only in the cassettes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from writer.cache import AnswerCache
from writer.drafting import LLMDraft, SectionEvent, draft_with_llm
from writer.errors import EndpointDown
from writer.llm import Endpoint, Mode, RetryPolicy
from writer.render import Author

from .scripted_openai import (
    TEST_KEY,
    Asked,
    completion,
    deterministic_answers,
    error,
    llm_settings,
)

pytest_plugins = ["tests.llm_cassettes"]

REAL_SERVER = "http://127.0.0.1:8765/v1"
CASSETTES = Path(__file__).parent / "cassettes"


class Run:
    """One LLM draft of the sample week, with its progress events and the waits it asked for."""

    def __init__(self, ctx: Any, url: str, cache: Path, *, attempts: int = 4, **settings: Any) -> None:
        self.events: list[SectionEvent] = []
        self.sleeps: list[float] = []
        self.settings = llm_settings(url, **settings)
        self.endpoint = Endpoint(self.settings, policy=RetryPolicy.immediate(attempts, sleep=self.sleeps.append),
                                 cache=AnswerCache(cache))
        self.draft: LLMDraft = draft_with_llm(ctx, self.settings, progress=self.events.append, endpoint=self.endpoint)
        self.endpoint.close()

    def outcome(self, section: str) -> Any:
        return next(o for o in self.draft.outcomes if o.id == section)

    def usage(self, section: str) -> tuple[int, int]:
        """(calls, re-asks) of one section."""
        usage = self.outcome(section).usage
        return usage.calls, usage.reasks

    def fell_back(self) -> list[str]:
        return [o.id for o in self.draft.outcomes if o.author is Author.deterministic]

    def details(self, section: str, state: str) -> list[str]:
        return [e.detail for e in self.events if e.section == section and e.state == state]


def answering(answers: dict[str, str], **overrides: Any) -> Any:
    """A script: the deterministic answer for each section, unless `overrides[section](asked)` says otherwise."""

    def script(asked: Asked) -> Any:
        override = overrides.get(asked.section)
        reply = override(asked) if override else None
        return reply or completion(asked, answers[asked.section])

    return script


@pytest.fixture
def answers(sample_week: Any) -> dict[str, str]:
    return deterministic_answers(sample_week)


@pytest.mark.vcr
def test_clean_draft_is_written_by_the_llm_and_a_rerun_makes_no_calls(sample_week, scripted, answers, tmp_path):
    """Recorded against the scripted server: every section answers, first time, with text that verifies."""
    server = scripted(answering(answers))
    first = Run(sample_week, server.url, tmp_path / "cache")
    assert first.fell_back() == []
    assert [first.usage(o.id) for o in first.draft.outcomes] == [(1, 0)] * 10
    assert first.draft.result.ok and first.draft.failure is None
    assert first.draft.draft.provenance.generator == "scripted"
    assert all(s.author is Author.llm for s in first.draft.draft.sections if s.id != "tables")
    assert sum(u.prompt_tokens for u in first.draft.draft.usage) > 0

    again = Run(sample_week, server.url, tmp_path / "cache")
    assert again.draft.calls == 0
    assert [u.cached for u in again.draft.draft.usage] == [1] * 10
    assert sum(u.prompt_tokens + u.completion_tokens for u in again.draft.draft.usage) == 0
    assert again.draft.markdown.split("---\n", 2)[2] == first.draft.markdown.split("---\n", 2)[2]


@pytest.mark.vcr
def test_a_wrong_number_is_fixed_on_reask(sample_week, scripted, answers, tmp_path):
    """Recorded against the scripted server: the models board first says DeepSeek V3.2 reached 394B
    (Gemini 2.5 Flash's figure), then, re-asked with that problem, the right 464B."""
    wrong = answers["boards/openrouter-models"].replace("464B", "394B")
    assert wrong != answers["boards/openrouter-models"]
    server = scripted(answering(answers, **{"boards/openrouter-models": lambda a: completion(a, wrong) if a.reask == 0 else None}))
    run = Run(sample_week, server.url, tmp_path / "cache")
    assert run.fell_back() == []
    assert run.usage("boards/openrouter-models") == (2, 1)
    assert all(run.usage(o.id) == (1, 0) for o in run.draft.outcomes if o.id != "boards/openrouter-models")
    assert run.details("boards/openrouter-models", "reasking") == [
        "「394B」：DeepSeek V3.2 本周调用量 is 464B, not 394B (394B is Gemini 2.5 Flash 本周调用量)"
    ]
    assert json.loads(answers["boards/openrouter-models"])["text"] in run.draft.markdown and run.draft.result.ok
    outcome = run.outcome("boards/openrouter-models")
    assert 0 < outcome.reask_tokens


@pytest.mark.vcr
def test_wrong_numbers_that_survive_reasks_fall_back(sample_week, scripted, answers, tmp_path):
    """Recorded against the scripted server: the models board keeps saying 394B and the events keep
    dating 文心5.0 to 1月25日, through both re-asks; everything else answers correctly."""
    wrong_board = answers["boards/openrouter-models"].replace("464B", "394B")
    wrong_events = answers["events"].replace("1月24日", "1月25日")
    assert wrong_board != answers["boards/openrouter-models"] and wrong_events != answers["events"]
    server = scripted(answering(answers, **{
        "boards/openrouter-models": lambda a: completion(a, wrong_board),
        "events": lambda a: completion(a, wrong_events),
    }))
    run = Run(sample_week, server.url, tmp_path / "cache")
    assert run.fell_back() == ["events", "boards/openrouter-models"]
    assert run.usage("events") == (3, 2) and run.usage("boards/openrouter-models") == (3, 2)
    sections = {s.id: s for s in run.draft.draft.sections}
    assert sections["events"].author is Author.deterministic
    assert sections["events"].fell_back.startswith("still failing after 2 re-asks: baidu-ernie-5.0: 「1月25日」")
    assert sections["boards"].author is Author.llm  # the other boards passed
    assert sections["boards"].fell_back.startswith("openrouter-models: still failing after 2 re-asks: 「394B」")
    assert "1月25日" not in run.draft.markdown and json.loads(wrong_board)["text"] not in run.draft.markdown
    assert run.draft.result.ok


@pytest.mark.vcr
def test_rate_limits_are_retried_after_the_wait_the_server_asks(sample_week, scripted, answers, tmp_path):
    """Recorded against the scripted server: the overview's first request gets 429 with
    Retry-After: 2, the gaia board's gets 429 with retry-after-ms: 1500; both succeed on retry."""
    server = scripted(answering(answers, **{
        "overview": lambda a: error(429, "Rate limit reached", {"retry-after": "2"}, "rate_limit") if a.attempt == 0 else None,
        "boards/gaia": lambda a: error(429, "Slow down", {"retry-after-ms": "1500"}, "rate_limit") if a.attempt == 0 else None,
    }))
    run = Run(sample_week, server.url, tmp_path / "cache")
    assert run.fell_back() == []
    assert run.usage("overview") == (2, 0) and run.usage("boards/gaia") == (2, 0)
    assert sorted(run.sleeps) == [1.5, 2.0]
    assert run.draft.result.ok


@pytest.mark.vcr
def test_server_errors_until_retries_run_out_fall_back_the_whole_draft(sample_week, scripted, answers, tmp_path):
    """Recorded against the scripted server: every request gets 503. One section at a time, so the
    first section spends the retry budget (3 attempts) and the others make no call at all."""
    server = scripted(lambda a: error(503, "upstream overloaded"))
    run = Run(sample_week, server.url, tmp_path / "cache", attempts=3, concurrency=1)
    assert isinstance(run.draft.failure, EndpointDown) and run.draft.failure.exit_code == 3
    assert run.draft.failure.attempts == 3
    assert "HTTP 503" in str(run.draft.failure)
    assert len(run.fell_back()) == 10
    assert [o.usage.calls for o in run.draft.outcomes] == [3] + [0] * 9
    sections = {s.id: s for s in run.draft.draft.sections}
    assert sections["overview"].fell_back.startswith("the endpoint failed: scripted at http://127.0.0.1:")
    assert sections["events"].fell_back.startswith("the endpoint failed: ")
    assert sections["boards"].fell_back.count(": the endpoint failed: ") == 8
    assert run.draft.draft.provenance.generator == "deterministic"
    assert run.draft.result.ok


@pytest.mark.vcr
def test_malformed_json_is_reasked_then_accepted(sample_week, scripted, answers, tmp_path):
    """Recorded against the scripted server: the gaia board's first answer is cut-off JSON."""
    broken = answers["boards/gaia"][:-5]
    server = scripted(answering(answers, **{"boards/gaia": lambda a: completion(a, broken) if a.reask == 0 else None}))
    run = Run(sample_week, server.url, tmp_path / "cache")
    assert run.fell_back() == []
    assert run.usage("boards/gaia") == (2, 1)
    assert run.details("boards/gaia", "reasking")[0].startswith("the answer is not valid JSON (EOF while parsing a string")


@pytest.mark.vcr
def test_an_answer_cut_off_at_the_token_limit_is_reasked(sample_week, scripted, answers, tmp_path):
    """Recorded against the scripted server: the events section's first answer stops at the token
    limit (finish_reason "length"), as gemma-3-270m's once did; the re-ask's answer is accepted."""
    cut = answers["events"][: len(answers["events"]) // 2]
    server = scripted(answering(answers, **{"events": lambda a: completion(a, cut, "length") if a.reask == 0 else None}))
    run = Run(sample_week, server.url, tmp_path / "cache")
    assert run.fell_back() == []
    assert run.usage("events") == (2, 1)
    assert "the answer was cut off at the token limit" in run.details("events", "reasking")[0]


@pytest.mark.vcr
def test_fenced_json_and_think_blocks_are_accepted(sample_week, scripted, answers, tmp_path):
    """Recorded against the scripted server: every answer comes in a ```json fence, and the
    overview's after a <think>…</think> block, as reasoning models write them."""
    def fenced(asked: Asked) -> Any:
        think = "<think>先概括事件，再讲榜单。{草稿}</think>\n" if asked.section == "overview" else ""
        return completion(asked, f"{think}```json\n{answers[asked.section]}\n```")

    server = scripted(fenced)
    run = Run(sample_week, server.url, tmp_path / "cache")
    assert run.fell_back() == []
    assert [run.usage(o.id) for o in run.draft.outcomes] == [(1, 0)] * 10
    assert "<think>" not in run.draft.markdown and "```" not in run.draft.markdown


@pytest.mark.vcr
def test_json_schema_refused_then_json_object(sample_week, tmp_path, vcr):
    """Recorded against the REAL llama.cpp server (llama-cpp-python, gemma-3-270m, see
    ../shared/notes/local-llm.md): it answers json_schema with HTTP 500 "Input should be 'text' or
    'json_object'". The first request finds that out; every later one asks for json_object with
    the schema, which the server enforces with a grammar. One section at a time so the recording
    replays in order; the tiny model's prose then fails or passes the checker on its own."""
    run = Run(sample_week, REAL_SERVER, tmp_path / "cache", model="gemma-3-270m", concurrency=1, max_reasks=1, max_tokens=300)
    assert run.endpoint.modes()[0] is Mode.json_object_schema
    formats = [json.loads(r.body)["response_format"]["type"] for r in vcr.requests]
    assert formats[0] == "json_schema" and set(formats[1:]) == {"json_object"}
    assert vcr.responses[0]["status"]["code"] == 500
    # In this recording gemma wrote Chinese but not about the week's events (earlier ones wrote English).
    assert "the overview must be about this week" in run.outcome("overview").fell_back
    # In this recording the tiny model's events answer ran into the token limit twice.
    assert "the answer was cut off at the token limit" in run.outcome("events").fell_back
    assert run.draft.failure is None and run.draft.result.ok
    assert RECORDED_WITH_GEMMA == {o.id: (o.usage.calls, o.usage.reasks, o.author.value) for o in run.draft.outcomes}


# What gemma-3-270m did when test_json_schema_refused_then_json_object was recorded (re-recorded
# 2026-11-30 after the prompts fenced their data, the display names changed and the checker learnt
# relations; again the same day after the checker learnt counts, places and events): (calls,
# re-asks, author) per section. Every section
# failed twice and fell back; the overview's three calls are the refused json_schema request, its
# first answer and its re-ask.
RECORDED_WITH_GEMMA: dict[str, tuple[int, int, str]] = {
    "overview": (3, 1, "deterministic"),
    **{section: (2, 1, "deterministic") for section in (
        "events", "boards/openrouter-models", "boards/openrouter-authors", "boards/openrouter-throughput",
        "boards/openrouter-programming", "boards/lmarena-text-to-image", "boards/aa-image-editing",
        "boards/aa-text-to-image", "boards/gaia")},
}


def test_cassettes_hold_no_key_and_stay_readable():
    """No cassette contains the configured key or an Authorization header; bodies are parsed JSON."""
    files = sorted(CASSETTES.glob("test_drafting_*/*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert TEST_KEY not in text and "authorization" not in text.lower(), path
        assert "!!binary" not in text and not re.search(r"\\u[4-9][0-9a-f]{3}", text), path
        assert "json:" in text and ("榜单" in text), path
