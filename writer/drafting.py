"""LLM drafting: each section asked concurrently, checked, re-asked with its problems, or replaced.

    draft = draft_with_llm(ctx, settings, prompts, progress)

For every section the LLM writes (`prompting.section_ids`: the overview, the events, each
board's bullet), one worker asks the endpoint and validates the answer with the checker. A
failing section — only that one — is re-asked with its exact problems quoted, at most
`settings.max_reasks` times; if it still fails, its deterministic text (`drafter`) takes its
place and `Section.fell_back` says why. If the endpoint fails for good, every section falls back
and `LLMDraft.failure` holds the error. The assembled report is checked once more as a whole; a
section whose text fails there falls back too, so the report never carries an unverified number.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .answers import EventsOut, problems_of, read_answer
from .cache import AnswerCache
from .config import Settings
from .drafter import draft_sections
from .errors import LLMError
from .llm import Answer, Endpoint
from .markup import inert
from .prompting import SectionPlan, reask_message, section_ids, section_plan
from .render import Author, Draft, Paragraph, Section, SectionUsage
from .verify import CheckResult
from .weekly import WeekContext, assemble

PREVIOUS_ANSWER_LIMIT = 4000
"""Characters of a failed answer quoted back in a re-ask: enough to fix it, bounded for small contexts."""


@dataclass
class SectionEvent:
    """One step of one section, for progress displays."""

    section: str
    state: str
    """asking, reasking, done, fell_back."""
    attempt: int = 0
    detail: str = ""


Progress = Callable[[SectionEvent], None]


def _quiet(event: SectionEvent) -> None:
    """No progress display."""


@dataclass
class SectionOutcome:
    """How one LLM section ended: its paragraphs, who wrote them, and what it cost."""

    id: str
    paragraphs: list[Paragraph]
    author: Author
    fell_back: str | None
    usage: SectionUsage
    first_tokens: int = 0
    """Prompt + completion tokens of the first ask (fresh calls only)."""
    reask_tokens: int = 0
    """Prompt + completion tokens of the re-asks (fresh calls only)."""


@dataclass
class LLMDraft:
    """A drafted, assembled and checked report, and how each LLM section went."""

    draft: Draft
    markdown: str
    result: CheckResult
    outcomes: list[SectionOutcome]
    failure: LLMError | None = None
    """Set when the endpoint failed for good and the whole draft fell back."""
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    """Trouble that did not stop the draft (an answer cache that could not be written)."""

    @property
    def calls(self) -> int:
        return sum(o.usage.calls for o in self.outcomes)


def draft_with_llm(ctx: WeekContext, settings: Settings, prompts: Path | None = None, progress: Progress | None = None,
                   endpoint: Endpoint | None = None) -> LLMDraft:
    """Draft a week's report with the LLM, falling back section by section where it fails."""
    started = time.monotonic()
    report = progress or _quiet
    owned = endpoint is None
    endpoint = endpoint or Endpoint(settings, cache=AnswerCache(settings.cache_dir, read=settings.use_cache))
    try:
        return _draft(ctx, settings, endpoint, prompts, report, started)
    finally:
        if owned:
            endpoint.close()


def _draft(ctx: WeekContext, settings: Settings, endpoint: Endpoint, prompts: Path | None, report: Progress,
           started: float) -> LLMDraft:
    plans = [section_plan(ctx, sid, prompts) for sid in section_ids(ctx)]
    base = draft_sections(ctx.week, ctx.deltas, ctx.stories, ctx.facts, ctx.dataset.entities, prompts)
    fallback = deterministic_paragraphs(base)
    # Build the checker's name index once, here: workers that each built it would serialise on the GIL.
    ctx.checker.check(fallback["overview"][0].text)
    with ThreadPoolExecutor(max_workers=settings.concurrency, thread_name_prefix="writer-section") as pool:
        futures = [pool.submit(draft_section, plan, ctx, endpoint, settings.max_reasks, fallback[plan.id], prompts, report)
                   for plan in plans]
        outcomes = [f.result() for f in futures]
    if endpoint.failure is not None:
        for outcome in outcomes:
            if outcome.author is Author.llm:
                report(SectionEvent(outcome.id, "fell_back", detail="the endpoint failed"))
            fall_back(outcome, fallback, f"the endpoint failed: {endpoint.failure}")
    draft, markdown, result = assemble_checked(ctx, base, outcomes, fallback, settings.model, prompts, report)
    draft.usage = [o.usage for o in outcomes]
    if settings.prices is not None:
        draft.cost_usd = round(settings.prices.cost(sum(u.prompt_tokens for u in draft.usage),
                                                    sum(u.completion_tokens for u in draft.usage)), 6)
    return LLMDraft(draft, markdown, result, outcomes, endpoint.failure, seconds=time.monotonic() - started,
                    warnings=list(endpoint.cache.warnings) if endpoint.cache is not None else [])


def fall_back(outcome: SectionOutcome, fallback: dict[str, list[Paragraph]], reason: str) -> None:
    outcome.paragraphs, outcome.author, outcome.fell_back = fallback[outcome.id], Author.deterministic, reason


def assemble_checked(ctx: WeekContext, base: list[Section], outcomes: list[SectionOutcome],
                     fallback: dict[str, list[Paragraph]], model: str, prompts: Path | None,
                     report: Progress) -> tuple[Draft, str, CheckResult]:
    """Assemble and check the whole report; an LLM section that fails there falls back, and again."""
    while True:
        generator = model if any(o.author is Author.llm for o in outcomes) else "deterministic"
        draft, markdown, result = assemble(ctx, build_sections(base, outcomes), generator, prompts)
        culprits = whole_report_culprits(markdown, result, outcomes) if not result.ok else []
        if not culprits:
            # Either clean, or a deterministic text fails (a drafter or checker bug the caller reports).
            return draft, markdown, result
        for outcome, problem in culprits:
            fall_back(outcome, fallback, f"failed the whole-report check: {problem}")
            report(SectionEvent(outcome.id, "fell_back", detail=outcome.fell_back or ""))


def draft_section(plan: SectionPlan, ctx: WeekContext, endpoint: Endpoint, max_reasks: int, fallback: list[Paragraph],
                  prompts: Path | None, report: Progress) -> SectionOutcome:
    """Ask, check, re-ask with the problems; the deterministic paragraphs if it never passes."""
    outcome = SectionOutcome(plan.id, fallback, Author.deterministic, None, SectionUsage(section=plan.id))
    context = {"checker": ctx.checker, "scope": plan.scope}
    messages = plan.messages
    problems: list[str] = []
    last = ""
    for attempt in range(max_reasks + 1):
        if attempt:
            # The original messages, the last answer and its problems: the history does not grow.
            outcome.usage.reasks += 1
            messages = plan.messages + [
                {"role": "assistant", "content": last[:PREVIOUS_ANSWER_LIMIT] or "(empty)"},
                {"role": "user", "content": reask_message(problems, attempt, prompts)},
            ]
        report(SectionEvent(plan.id, "reasking" if attempt else "asking", attempt, problems[0] if problems else ""))
        try:
            answer = endpoint.complete(messages, plan.output)
        except LLMError as exc:
            outcome.usage.calls += exc.attempts
            outcome.fell_back = f"the endpoint failed: {exc}"
            down = endpoint.failure is not None  # then the error is shown once, at the end
            report(SectionEvent(plan.id, "fell_back", attempt, "the endpoint failed" if down else outcome.fell_back))
            return outcome
        count(outcome, answer, attempt)
        last = answer.content
        problems, paragraphs = judge(answer, plan, context)
        if not problems:
            outcome.paragraphs, outcome.author = paragraphs, Author.llm
            report(SectionEvent(plan.id, "done", attempt, "from the cache" if answer.cached else ""))
            return outcome
    shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
    outcome.fell_back = f"still failing after {max_reasks} re-ask{'s' if max_reasks != 1 else ''}: {shown}"
    report(SectionEvent(plan.id, "fell_back", max_reasks, outcome.fell_back))
    return outcome


def count(outcome: SectionOutcome, answer: Answer, attempt: int) -> None:
    """Add an answer's calls and tokens to the section's usage; cached answers cost nothing."""
    usage = outcome.usage
    usage.calls += answer.calls
    if answer.cached:
        usage.cached += 1
        return
    usage.prompt_tokens += answer.prompt_tokens
    usage.completion_tokens += answer.completion_tokens
    spent = answer.prompt_tokens + answer.completion_tokens
    if attempt:
        outcome.reask_tokens += spent
    else:
        outcome.first_tokens += spent


def judge(answer: Answer, plan: SectionPlan, context: dict[str, object]) -> tuple[list[str], list[Paragraph]]:
    """The answer's problems (none: it passed) and, when it passed, its paragraphs."""
    if answer.refusal:
        return [f"the model refused: {answer.refusal}"], []
    if answer.finish_reason == "length":
        return ["the answer was cut off at the token limit: write a shorter answer"], []
    if not answer.content.strip():
        return ["the answer was empty: answer with the JSON object"], []
    try:
        parsed = read_answer(answer.content, plan.output, context)
    except ValidationError as exc:
        return problems_of(exc) or [str(exc)], []
    if isinstance(parsed, EventsOut):
        return [], [Paragraph(text=b.text, event=b.event_id, board=None, facts=[f"event/{b.event_id}"])
                    for b in parsed.bullets]
    text = plan.scope.intro + parsed.text  # type: ignore[attr-defined]
    return [], [Paragraph(text=text, board=plan.board, event=None)]


def deterministic_paragraphs(base: list[Section]) -> dict[str, list[Paragraph]]:
    """The drafter's paragraphs for every LLM section id: the fallback texts."""
    sections = {s.id: s for s in base}
    found = {"overview": sections["overview"].paragraphs, "events": sections["events"].paragraphs}
    for paragraph in sections["boards"].paragraphs:
        found[f"boards/{paragraph.board}"] = [paragraph]
    return found


def build_sections(base: list[Section], outcomes: list[SectionOutcome]) -> list[Section]:
    """The report's four sections from the outcomes; boards without an LLM section keep the drafter's text."""
    by_id = {o.id: o for o in outcomes}
    sections = []
    for section in base:
        if section.id in ("overview", "events") and section.id in by_id:
            outcome = by_id[section.id]
            section = section.model_copy(update={"paragraphs": outcome.paragraphs, "author": outcome.author,
                                                 "fell_back": outcome.fell_back})
        elif section.id == "boards":
            paragraphs, authors, reasons = [], [], []
            for paragraph in section.paragraphs:
                board = by_id.get(f"boards/{paragraph.board}")
                if board is None:
                    paragraphs.append(paragraph)
                    continue
                paragraphs.extend(board.paragraphs)
                authors.append(board.author)
                if board.fell_back:
                    reasons.append(f"{paragraph.board}: {board.fell_back}")
            author = Author.llm if Author.llm in authors else Author.deterministic
            section = section.model_copy(update={"paragraphs": paragraphs, "author": author,
                                                 "fell_back": " | ".join(reasons) or None})
        sections.append(section)
    return sections


def whole_report_culprits(markdown: str, result: CheckResult,
                          outcomes: list[SectionOutcome]) -> list[tuple[SectionOutcome, str]]:
    """The LLM sections whose text stands on a line the whole-report check rejected."""
    lines = markdown.split("\n")
    found: dict[str, tuple[SectionOutcome, str]] = {}
    for problem in result.problems:
        line = lines[problem.line - 1] if 0 < problem.line <= len(lines) else ""
        for outcome in outcomes:
            if outcome.author is Author.llm and outcome.id not in found and any(p.text and inert(p.text) in line for p in outcome.paragraphs):
                found[outcome.id] = (outcome, f"「{problem.quote}」：{problem.message}")
    return list(found.values())
