"""What a rule returns, and how close a written figure must be to the data to hold."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...facts import Fact, Value
from ...figures import Claim
from ...findings import ExemptReason, ProblemKind, Source
from ...numbers import Figure


@dataclass
class Candidate:
    """A value a claim could be checked against."""

    fact: Fact
    role: str
    value: Value


@dataclass
class Outcome:
    ok: bool
    facts: list[str] = field(default_factory=list)
    problem: tuple[ProblemKind, str, Source | None] | None = None
    exempt: ExemptReason | None = None
    """Why the figure is accounted for without a check (a place asked about in a question)."""


ROLE_LABELS = {"now": "本周", "prev": "上周", "change": "变化"}
_BOUND_WORDS = {"超过": "above", "超": "above", "逾": "above", "高于": "above", "多于": "above", "不足": "below",
                "不到": "below", "低于": "below", "少于": "below", "约": "about", "近": "about", "接近": "about", "将近": "about"}


def ratio_bound(window: str) -> str | None:
    """above, below or about: a bound word shortly before a ratio (不足上周的一半, 超过一倍)."""
    found = [(window.rfind(w), kind) for w, kind in _BOUND_WORDS.items() if w in window]
    return max(found)[1] if found else None


ESTIMATE = re.compile(r"约|近|大约|将近|接近|左右|about|around|nearly|roughly")
APPROXIMATELY = 0.06


def fraction_holds(actual: float, written: float, bound: str | None) -> bool:
    """一半, 三分之一 as a part of a whole: within five points, either side the bound allows."""
    if bound == "above":
        return written <= actual <= written + 0.1
    if bound == "below":
        return written - 0.1 <= actual <= written
    return abs(actual - written) <= 0.05


def near_bound(truth: Figure, written: Figure, bound: str | None) -> bool:
    """A derived figure against a bound: a writer who says 逾五成 of a relation means 50–60%, not 63%
    (with many relations to choose from, an open bound would hold for one of them by chance)."""
    band = max(written.step, 0.1 * abs(written.value))
    if written.step > 0 and (steps := round(abs(written.value) / written.step)) > 10 and steps % 10 == 5:
        band = max(band, 5 * written.step)  # 不足1.5个百分点 of 1.3: a bound ending on a half (1.5, 25) is one of halves
    if bound == "above":
        # 逾三成 of 29.4% is false, as in is_within: over means over, but for the truth's own rounding.
        return written.value <= truth.value < written.value + band or truth.agrees_with(written) and truth.value + truth.step / 2 > written.value
    if bound == "below":
        return written.value - band < truth.value < written.value
    return is_within(truth, written, bound)


def is_within(truth: Figure, written: Figure, bound: str | None) -> bool:
    """The written figure holds for the true one: equal at its precision, or as a bound or estimate."""
    if bound == "above":
        # 已超过四成 of 39.5% is false, though 四成 to its precision takes in 39.5; a value published
        # rounded (1.00T) may still be over 1万亿.
        return truth.value > written.value or truth.agrees_with(written) and truth.value + truth.step / 2 > written.value
    if bound == "below":
        return truth.value < written.value
    if bound == "about":
        # 约三成 is loose; 约3.78T, written to three figures, is a rounding give or take a few steps.
        reach = min(APPROXIMATELY * abs(written.value), max(3 * written.step, 0.01 * abs(written.value)))
        return truth.agrees_with(written) or abs(truth.value - written.value) <= reach
    return truth.agrees_with(written)


def label_words(label: str) -> set[str]:
    """Two-character Chinese words and Latin words of a figure label."""
    words = {label[i : i + 2] for i in range(len(label) - 1) if all("\u4e00" <= ch <= "\u9fff" for ch in label[i : i + 2])}
    return words | {w.lower() for w in re.findall(r"[A-Za-z]{3,}", label)}


_DIMENSIONS = {"duration": "time", "percent": "percent", "points": "percent", "price": "price", "speed": "speed", "count": "count"}


def same_dimension(claim: Claim, fact: Fact) -> bool:
    """A figure in seconds cannot match one in tokens, even when the digits agree."""
    return _DIMENSIONS.get(claim.kind, "amount") == _DIMENSIONS.get(fact.unit, "amount")
