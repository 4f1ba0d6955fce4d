"""Error planting for the checker's tests and accuracy report: generic operators over any text.

`mutations(text, checker)` plants one error at a time into every figure the checker verifies in a
correct text (a value off by one unit of its last digit, a rank moved by one, a date moved by a
day, a version bumped, two figures of a sentence swapped); `paraphrases` rewrites figures into
equivalent spellings (582B → 5820亿, 第4 → 第四, 24.0% → 24%) that must still pass. No text is
copied: everything is derived from the text under test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from writer.verify.text import prepare
from writer.numbers import cn_numeral, cn_to_int
from writer.verify import Checker


@dataclass
class Planted:
    """A text with one planted error (or one paraphrase) at a known place."""

    operator: str
    line: int
    before: str
    after: str
    text: str


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _bump(quote: str) -> str | None:
    """Add one unit of the last written digit to the first number in the quote (9.4% → 9.5%)."""
    match = re.search(r"\d+(?:,\d{3})*(?:\.\d+)?", quote)
    if match:
        raw = match.group()
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        value = float(raw.replace(",", "")) + 10 ** -decimals
        new = f"{value:,.{decimals}f}" if "," in raw else f"{value:.{decimals}f}"
        return quote[: match.start()] + new + quote[match.end():]
    cn = re.search(r"[一二两三四五六七八九十]+", quote)
    if cn and cn_to_int(cn.group()) is not None:
        return quote[: cn.start()] + cn_numeral(cn_to_int(cn.group()) + 1) + quote[cn.end():]  # type: ignore[operator]
    return None


def _bump_date(quote: str) -> str | None:
    numbers = list(re.finditer(r"\d+", quote))
    if not numbers:
        return None
    day = numbers[-1]
    value = int(day.group())
    new = str(value - 1 if value > 1 else value + 1).zfill(len(day.group()))
    return quote[: day.start()] + new + quote[day.end():]


def mutations(text: str, checker: Checker) -> Iterator[Planted]:
    """One planted error per verified figure (and per swappable pair) of a correct text."""
    result = checker.check(text)
    verified = {(v.line, v.column) for v in result.verified}
    prepared = prepare(text, checker.entities, prefer=lambda e: checker.known(e.id))
    claims = [c for c in prepared.claims if prepared.position(c.start) in verified]
    for claim in claims:
        line = prepared.position(claim.start)[0]
        quote = text[claim.start : claim.end]
        if claim.kind in ("top", "out", "multiple", "streak"):
            continue  # a shifted top-N can stay true; these are planted by hand in the corpus
        if claim.kind == "date":
            new = _bump_date(quote)
        elif claim.kind == "version":
            new = re.sub(r"(\d+)$", lambda m: str(int(m.group(1)) + 1), quote)
        else:
            new = _bump(quote)
        if new and new != quote:
            yield Planted("off_by_one_unit", line, quote, new, _replace(text, claim.start, claim.end, new))
    by_sentence: dict[int, list] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    for group in by_sentence.values():
        for first, second in zip(group, group[1:]):
            a, b = text[first.start : first.end], text[second.start : second.end]
            if first.kind == second.kind and first.kind != "version" and first.values and second.values \
                    and not first.values[0].agrees_with(second.values[0]):
                swapped = text[: first.start] + b + text[first.end : second.start] + a + text[second.end:]
                yield Planted("swap_in_sentence", prepared.position(first.start)[0], f"{a} … {b}", f"{b} … {a}", swapped)


def paraphrases(text: str, checker: Checker) -> Iterator[Planted]:
    """Equivalent spellings of verified figures: units, Chinese numerals, dropped trailing zeros."""
    result = checker.check(text)
    verified = {(v.line, v.column) for v in result.verified}
    prepared = prepare(text, checker.entities, prefer=lambda e: checker.known(e.id))
    for claim in prepared.claims:
        if prepared.position(claim.start) not in verified:
            continue
        quote = text[claim.start : claim.end]
        line = prepared.position(claim.start)[0]
        new = None
        amount = re.fullmatch(r"(\d+(?:\.\d+)?)B( tokens)?", quote)
        if amount:
            new = f"{round(float(amount.group(1)) * 10, 1):g}亿" + (amount.group(2) or "")
        rank = re.fullmatch(r"第(\d+)(名|位)?", quote)
        if rank:
            new = f"第{cn_numeral(int(rank.group(1)))}{rank.group(2) or ''}"
        percent = re.fullmatch(r"(\d+)\.0%", quote)
        if percent:
            new = f"{percent.group(1)}%"
        if new:
            yield Planted("paraphrase", line, quote, new, _replace(text, claim.start, claim.end, new))
