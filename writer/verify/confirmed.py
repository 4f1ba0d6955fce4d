"""Figures an editor vouches for: the data cannot confirm them, a person does.

A problem (wrong or unchecked) becomes *confirmed* when the week's `confirmed.yaml` lists its
quote, or when the report marks it inline right after the figure:
`逾四万亿tokens<!-- 已确认：OpenRouter官方博客的周总量 -->` (also `<!-- confirmed: … -->`). Confirmed
figures are counted apart in every output. The drafting loop never passes confirmations, so an
LLM's answer can never be vouched for.
"""

from __future__ import annotations

import re

from ..findings import CheckResult, Confirmed
from ..models import Confirmation
from .text import Prepared

_INLINE = re.compile(r"<!--\s*+(?:已确认|确认|confirmed)\s*+[:：]\s*+(.*?)\s*+-->", re.I | re.S)


def vouch(result: CheckResult, prepared: Prepared, confirmed: list[Confirmation]) -> None:
    """Move the problems an editor vouched for from `result.problems` to `result.confirmed`."""
    # Where each confirmed quote stands in the text: a problem inside one of those spans is vouched for.
    spans = [(m.start(), m.end(), c) for c in confirmed for m in re.finditer(re.escape(c.quote.strip()), prepared.original)]
    markers = [(m.start(), m.group(1)) for m in _INLINE.finditer(prepared.original)]
    kept = []
    for problem in result.problems:
        start = prepared.line_starts[problem.line - 1] + problem.column - 1
        entry = next((c for a, b, c in spans if a <= start and start + len(problem.quote) <= b), None)
        reason, who = (entry.reason, entry.by) if entry else (_inline_reason(problem.line, problem.column, problem.quote, prepared, markers), None)
        if reason is None:
            kept.append(problem)
            continue
        result.confirmed.append(Confirmed(line=problem.line, column=problem.column, quote=problem.quote, reason=reason, by=who))
    result.problems = kept


def _inline_reason(line: int, column: int, quote: str, prepared: Prepared, markers: list[tuple[int, str]]) -> str | None:
    """The reason of a marker that follows the figure on its line, with nothing but spaces between."""
    start = prepared.line_starts[line - 1] + column - 1
    end = start + len(quote)
    for at, reason in markers:
        if at >= end and not prepared.original[end:at].strip():
            return reason
    return None
