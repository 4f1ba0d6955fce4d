"""What a check finds: the result of verifying one text, problem by problem (Pydantic models).

The same objects serve `writer check` (text, JSON, GitHub annotations), the drafting loop's
re-ask messages, and `draft.json`.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, Field


class Verdict(str, Enum):
    """What the check concluded about one figure."""

    verified = "verified"
    """A reading of the figure matches a fact of the week (the fact is named)."""
    wrong = "wrong"
    """No plausible reading verifies it, and a confident one contradicts the data."""
    unchecked = "unchecked"
    """No confident reading: the checker cannot tell what the figure is about (the reason is given)."""
    confirmed = "confirmed"
    """The data cannot confirm it, but an editor vouched for it (confirmed.yaml or an inline marker)."""


class ProblemKind(str, Enum):
    """Why a figure failed."""

    wrong_value = "wrong_value"
    wrong_entity = "wrong_entity"
    wrong_week = "wrong_week"
    wrong_metric = "wrong_metric"
    direction = "direction"
    top_n = "top_n"
    event_figure = "event_figure"
    event_date = "event_date"
    unlicensed = "unlicensed"
    table = "table"
    unreadable = "unreadable"


class Source(BaseModel):
    """What the data says instead: the fact a problem was checked against."""

    fact: str
    entity: str
    metric: str
    value: str
    file: str | None = None
    line: int | None = Field(None, description="The line of the data file that holds the value.")
    board: str | None = Field(None, description="The board's title, where the fact is a board's.")
    week: str | None = Field(None, description="本周 or 上周 and the week's date.")


class Problem(BaseModel):
    """One figure that does not verify, phrased so an editor or an LLM can fix it."""

    line: int
    column: int
    quote: str
    kind: ProblemKind
    message: str = Field(description="What is wrong and what the data says, in one sentence (English; the re-ask quotes it).")
    message_zh: str = Field("", description="The same for editors, as a whole Chinese sentence.")
    source: Source | None = None
    verdict: Verdict = Field(Verdict.wrong, description="wrong, or unchecked when no confident reading exists.")


class Verified(BaseModel):
    """One figure that verified, and the fact that licenses it (its provenance)."""

    line: int
    column: int
    quote: str
    facts: list[str]
    verdict: Verdict = Verdict.verified


class Confirmed(BaseModel):
    """One figure the data cannot confirm that an editor vouched for."""

    line: int
    column: int
    quote: str
    reason: str
    by: str | None = None
    verdict: Verdict = Verdict.confirmed


class ExemptReason(str, Enum):
    """Why a numeral in the text is not a figure to check."""

    structure = "structure"
    """Markdown structure: front matter, section numbers, list numbers, table headers, links, code."""
    name = "name"
    """Part of a name the data or the events know: GPT-5.2, Qwen3 32B, 文心5.0."""
    idiom = "idiom"
    """A numeral character inside a word that states no number: 之一, 一直, 十分, 两者."""
    discourse = "discourse"
    """A count of the text's own parts (三件事, 两个看点, 用四个字形容): no figure of the data."""
    question = "question"
    """A place asked about in a question that names no one (榜首换人了吗？有谁跌出前十？): it states nothing."""


class Exempt(BaseModel):
    """A numeral the check accounts for without checking it, and why."""

    line: int
    column: int
    quote: str
    reason: ExemptReason


class CheckResult(BaseModel):
    """The outcome of checking one text against one week."""

    week: dt.date
    file: str | None = None
    numbers: int = Field(0, description="Figures found (excluding numbers inside names).")
    verified: list[Verified] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list, description="Wrong and unchecked figures, in text order.")
    confirmed: list[Confirmed] = Field(default_factory=list)
    exempt: list[Exempt] = Field(default_factory=list, description="Numerals that are structure, names or idioms, not figures.")

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def wrong(self) -> list[Problem]:
        """Figures a confident reading contradicts."""
        return [p for p in self.problems if p.verdict is Verdict.wrong]

    @property
    def unchecked(self) -> list[Problem]:
        """Figures with no confident reading."""
        return [p for p in self.problems if p.verdict is Verdict.unchecked]

    def summary_zh(self) -> str:
        """The counts as a Chinese sentence."""
        text = f"共核对{self.numbers}个数字：{len(self.verified)}个与数据一致，{len(self.wrong)}个与数据不符，{len(self.unchecked)}个无法核对"
        return text + (f"，另有{len(self.confirmed)}个由编辑确认。" if self.confirmed else "。")

    def summary(self) -> str:
        return (
            f"{self.numbers} figures checked: {len(self.verified)} verified, {len(self.problems)} "
            f"problem{'s' if len(self.problems) != 1 else ''}"
        )
