"""The drafting loop without a network: a stub client answers, the loop checks, counts and falls back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
import time
from typing import Any

from openai.types.chat import ChatCompletion

from writer.cache import AnswerCache
from writer.config import Prices
from writer.drafter import draft_sections
from writer.drafting import (
    SectionOutcome,
    build_sections,
    draft_with_llm,
    whole_report_culprits,
)
from writer.llm import Endpoint, RetryPolicy
from writer.render import Author, Paragraph, SectionUsage
from writer.verify import CheckResult, Problem, ProblemKind

from .scripted_openai import deterministic_answers, llm_settings, section_of
from .test_llm_client import Raw, status_error


class StubClient:
    """Answers every section with its deterministic text (or `wrong[section]`), after `delay` seconds."""

    def __init__(self, ctx: Any, delay: float = 0.0, wrong: dict[str, Any] | None = None) -> None:
        self.answers = deterministic_answers(ctx)
        self.titles = {b.title: b.id for b in ctx.dataset.catalog.boards}
        self.delay = delay
        self.wrong = wrong or {}
        self.sent: list[str] = []
        self.lock = threading.Lock()
        self.chat = self.completions = self.with_raw_response = self

    def create(self, **params: Any) -> Raw:
        section = section_of(params, self.titles)
        with self.lock:
            self.sent.append(section)
        time.sleep(self.delay)
        wrong = self.wrong.get(section)
        if isinstance(wrong, BaseException):
            raise wrong
        return Raw(ChatCompletion.model_validate({
            "id": "stub", "object": "chat.completion", "created": 0, "model": params["model"],
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": wrong or self.answers[section]}}],
            "usage": {"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100},
        }).model_dump_json().encode("utf-8"))


def draft(ctx: Any, client: StubClient, tmp_path: Any, **changes: Any) -> Any:
    settings = llm_settings("http://stub/v1", **changes)
    endpoint = Endpoint(settings, policy=RetryPolicy.immediate(), cache=AnswerCache(tmp_path / "cache"), client=client)  # type: ignore[arg-type]
    return draft_with_llm(ctx, settings, endpoint=endpoint)


def test_sections_are_drafted_concurrently(sample_week, tmp_path):
    client = StubClient(sample_week, delay=0.3)
    started = time.monotonic()
    draft(sample_week, client, tmp_path, concurrency=10)
    assert len(client.sent) == 10
    assert time.monotonic() - started < 1.5  # one after another would take 3 s


def test_cost_is_counted_when_prices_are_configured(sample_week, tmp_path):
    result = draft(sample_week, StubClient(sample_week), tmp_path, prices=Prices(prompt=0.5, completion=2.0))
    assert sum(u.prompt_tokens for u in result.draft.usage) == 10_000
    assert result.draft.cost_usd == 0.007  # 10,000 × $0.5/M + 1,000 × $2/M
    assert draft(sample_week, StubClient(sample_week), tmp_path / "other").draft.cost_usd is None


def test_a_rejected_request_falls_back_only_its_section(sample_week, tmp_path):
    client = StubClient(sample_week, wrong={"boards/gaia": status_error(400, "maximum context length exceeded")})
    result = draft(sample_week, client, tmp_path)
    assert result.failure is None
    assert [o.id for o in result.outcomes if o.author is Author.deterministic] == ["boards/gaia"]
    boards = result.draft.section("boards")
    assert boards.author is Author.llm
    assert boards.fell_back.startswith("gaia: the endpoint failed: scripted at http://stub/v1: HTTP 400: maximum context length")


def test_a_refused_key_falls_back_the_whole_draft(sample_week, tmp_path):
    client = StubClient(sample_week, wrong={s: status_error(401, "Incorrect API key") for s in ("overview", "events")})
    result = draft(sample_week, client, tmp_path, concurrency=1)
    assert result.failure is not None and result.failure.exit_code == 3
    assert all(o.author is Author.deterministic for o in result.outcomes)
    assert client.sent == ["overview"]
    assert result.result.ok


def test_boards_record_which_board_fell_back_and_why(sample_week):
    base = draft_sections(sample_week.week, sample_week.deltas, sample_week.stories, sample_week.facts, sample_week.dataset.entities)
    boards = {p.board: p for p in base[2].paragraphs}
    outcomes = [
        SectionOutcome("boards/gaia", [boards["gaia"]], Author.deterministic, "still failing after 2 re-asks: 「第5」：…",
                       SectionUsage(section="boards/gaia")),
        SectionOutcome("boards/aa-image-editing", [Paragraph(text="图像编辑能力榜单方面，Reve V1升至第8", board="aa-image-editing")],
                       Author.llm, None, SectionUsage(section="boards/aa-image-editing")),
    ]
    sections = {s.id: s for s in build_sections(base, outcomes)}
    assert sections["boards"].author is Author.llm
    assert sections["boards"].fell_back == "gaia: still failing after 2 re-asks: 「第5」：…"
    assert [p.text for p in sections["boards"].paragraphs if p.board == "aa-image-editing"] == ["图像编辑能力榜单方面，Reve V1升至第8"]
    assert sections["overview"].author is Author.deterministic and sections["overview"].fell_back is None


def test_the_whole_report_check_blames_the_llm_section_on_the_failing_line():
    outcome = SectionOutcome("boards/gaia", [Paragraph(text="GAIA榜单方面，Shawn Agent排名第5", board="gaia")], Author.llm, None,
                             SectionUsage(section="boards/gaia"))
    markdown = "### 3\\. 榜单变化\n\n*   GAIA榜单方面，Shawn Agent排名第5\n"
    result = CheckResult(week=dt.date(2026, 1, 31), problems=[
        Problem(line=3, column=30, quote="第5", kind=ProblemKind.wrong_value, message="Shawn Agent 本周排名 is 第7, not 第5")])
    assert whole_report_culprits(markdown, result, [outcome]) == [(outcome, "「第5」：Shawn Agent 本周排名 is 第7, not 第5")]
    deterministic = dataclasses.replace(outcome, author=Author.deterministic)
    assert whole_report_culprits(markdown, result, [deterministic]) == []


def test_draft_json_carries_usage_per_section(sample_week, tmp_path):
    result = draft(sample_week, StubClient(sample_week), tmp_path)
    payload = json.loads(result.draft.model_dump_json())
    assert [u["section"] for u in payload["usage"]][:3] == ["overview", "events", "boards/openrouter-models"]
    assert payload["usage"][0] == {"section": "overview", "calls": 1, "reasks": 0, "prompt_tokens": 1000,
                                   "completion_tokens": 100, "cached": 0}
