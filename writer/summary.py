"""The run summary of `writer draft --ci`: one JSON object on stdout for the job that ran it.

    summary = run_summary(week=..., draft=..., result=..., ...)
    print(summary.model_dump_json())

It says how each section was written, what the check found, what the LLM cost and which files
were written; `status` and `exit_code` are the outcome a workflow branches on. `writer schema
summary` prints its JSON Schema.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from .findings import CheckResult
from .render import Author, Draft

if TYPE_CHECKING:
    from .drafting import SectionOutcome


class Status(str, Enum):
    """How the run ended; each status has its exit code."""

    verified = "verified"
    """Exit 0: the report was written and every figure verified (or an editor confirmed it)."""
    problems = "problems"
    """Exit 1: the report was written, but some figures are wrong or unchecked."""
    bad_input = "bad_input"
    """Exit 2: bad data, configuration or usage; nothing was written."""
    llm_unreachable = "llm_unreachable"
    """Exit 3: the LLM endpoint failed for good; the deterministic draft was written and checked instead."""


EXIT_CODES = {Status.verified: 0, Status.problems: 1, Status.bad_input: 2, Status.llm_unreachable: 3}


class SectionRun(BaseModel):
    """How one section of the report was written."""

    section: str = Field(description="overview, events, or boards/<board id>.")
    written_by: Author
    fell_back: str | None = Field(None, description="Why the LLM's text was replaced by the deterministic one.")
    calls: int = 0
    reasks: int = 0
    cached: int = Field(0, description="Answers taken from the cache (no call).")
    prompt_tokens: int = 0
    completion_tokens: int = 0


class FigureCounts(BaseModel):
    """What the check of the finished report found, figure by figure."""

    total: int
    verified: int
    wrong: int
    unchecked: int
    confirmed: int


class ProblemLine(BaseModel):
    """One figure of the report that did not verify."""

    line: int
    column: int
    quote: str
    verdict: str = Field(description="wrong or unchecked.")
    message: str


class Tokens(BaseModel):
    prompt: int = 0
    completion: int = 0


class RunSummary(BaseModel):
    """The outcome of one unattended `writer draft --ci` run."""

    status: Status
    exit_code: int
    week: dt.date | None = Field(None, description="The week drafted (None when the input was bad before it was known).")
    model: str | None = Field(None, description="The LLM model configured; None for the deterministic drafter.")
    generator: str | None = Field(None, description="'deterministic', or the model when any section is the LLM's.")
    sections: list[SectionRun] = Field(default_factory=list)
    reasks: int = 0
    fell_back: list[str] = Field(default_factory=list, description="Sections whose LLM text was replaced.")
    figures: FigureCounts | None = None
    problems: list[ProblemLine] = Field(default_factory=list)
    calls: int = Field(0, description="LLM requests sent (retries included; answers from the cache are not calls).")
    tokens: Tokens = Field(default_factory=Tokens)
    cost_usd: float | None = Field(None, description="With [price] in the config file.")
    paths: list[str] = Field(default_factory=list, description="Files written: report, draft.json, charts.")
    duration_seconds: float
    error: str | None = Field(None, description="The error, for exit codes 2 and 3.")


def status_of(result: CheckResult, llm_failed: bool) -> Status:
    """The run's status: an unreachable endpoint first, then the check."""
    if llm_failed:
        return Status.llm_unreachable
    return Status.verified if result.ok else Status.problems


def section_runs(section_ids: list[str], outcomes: list[SectionOutcome] | None) -> list[SectionRun]:
    """One entry per section the LLM drafts (all deterministic when no LLM was used)."""
    if outcomes is None:
        return [SectionRun(section=sid, written_by=Author.deterministic) for sid in section_ids]
    return [SectionRun(section=o.id, written_by=o.author, fell_back=o.fell_back, calls=o.usage.calls,
                       reasks=o.usage.reasks, cached=o.usage.cached, prompt_tokens=o.usage.prompt_tokens,
                       completion_tokens=o.usage.completion_tokens) for o in outcomes]


def run_summary(*, draft: Draft, result: CheckResult, model: str | None, sections: list[SectionRun],
                llm_error: str | None, paths: list[str], seconds: float) -> RunSummary:
    """The summary of a run that wrote a draft."""
    status = status_of(result, llm_error is not None)
    return RunSummary(
        status=status, exit_code=EXIT_CODES[status], week=draft.week, model=model,
        generator=draft.provenance.generator, sections=sections,
        reasks=sum(s.reasks for s in sections), fell_back=[s.section for s in sections if s.fell_back],
        figures=FigureCounts(total=result.numbers, verified=len(result.verified), wrong=len(result.wrong),
                             unchecked=len(result.unchecked), confirmed=len(result.confirmed)),
        problems=[ProblemLine(line=p.line, column=p.column, quote=p.quote, verdict=p.verdict.value, message=p.message)
                  for p in result.problems],
        calls=sum(s.calls for s in sections),
        tokens=Tokens(prompt=sum(s.prompt_tokens for s in sections), completion=sum(s.completion_tokens for s in sections)),
        cost_usd=draft.cost_usd, paths=paths, duration_seconds=round(seconds, 3), error=llm_error,
    )


def failed_summary(error: str, seconds: float) -> RunSummary:
    """The summary of a run stopped by bad input before anything was written."""
    return RunSummary(status=Status.bad_input, exit_code=EXIT_CODES[Status.bad_input], error=error,
                      duration_seconds=round(seconds, 3))


def human_lines(summary: RunSummary) -> list[str]:
    """The summary as a few plain lines for a log (stderr, or the job summary page)."""
    if summary.figures is None:
        return [f"status: {summary.status.value} (exit {summary.exit_code}): {summary.error}"]
    f = summary.figures
    lines = [
        f"week {summary.week}: {summary.status.value} (exit {summary.exit_code}), drafted by {summary.generator}",
        f"figures: {f.total} checked, {f.verified} verified, {f.wrong} wrong, {f.unchecked} unchecked, {f.confirmed} confirmed",
        f"LLM: {summary.calls} calls, {summary.reasks} re-asks, {summary.tokens.prompt} prompt + "
        f"{summary.tokens.completion} completion tokens" + (f", ${summary.cost_usd:.4f}" if summary.cost_usd is not None else ""),
    ]
    lines += [f"fell back: {s.section}: {s.fell_back}" for s in summary.sections if s.fell_back]
    lines += [f"problem: {p.line}:{p.column}: {p.quote}: {p.message}" for p in summary.problems]
    if summary.error:
        lines.append(f"error: {summary.error}")
    lines += [f"wrote {p}" for p in summary.paths]
    lines.append(f"took {summary.duration_seconds:.1f}s")
    return lines


def markdown(summary: RunSummary) -> str:
    """The summary as Markdown, for the job summary page and the draft's pull request."""
    icon = {Status.verified: "✅", Status.problems: "❌", Status.bad_input: "❌", Status.llm_unreachable: "⚠️"}[summary.status]
    lines = [f"### {icon} writer draft: {summary.status.value} (exit {summary.exit_code})", ""]
    if summary.figures is None:
        return "\n".join(lines + [f"`{summary.error}`", ""])
    f = summary.figures
    lines += [
        f"Week **{summary.week}**, drafted by **{summary.generator}** in {summary.duration_seconds:.1f}s.",
        "",
        "| figures | verified | wrong | unchecked | confirmed |",
        "|---|---|---|---|---|",
        f"| {f.total} | {f.verified} | {f.wrong} | {f.unchecked} | {f.confirmed} |",
        "",
        f"LLM: {summary.calls} calls, {summary.reasks} re-asks, {summary.tokens.prompt} prompt + "
        f"{summary.tokens.completion} completion tokens" + (f", ${summary.cost_usd:.4f}" if summary.cost_usd is not None else "") + ".",
        "",
    ]
    if summary.sections:
        lines += ["| section | written by | calls | re-asks | fell back |", "|---|---|---|---|---|"]
        lines += [f"| {s.section} | {s.written_by.value} | {s.calls} | {s.reasks} | {(s.fell_back or '').replace('|', '/')} |"
                  for s in summary.sections]
        lines.append("")
    if summary.problems:
        lines += ["Problems:", ""] + [f"- line {p.line}: `{p.quote}` ({p.verdict}): {p.message}" for p in summary.problems] + [""]
    if summary.error:
        lines += [f"Error: `{summary.error}`", ""]
    return "\n".join(lines)
