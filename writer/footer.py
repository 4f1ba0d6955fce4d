"""The report's closing line: what the check found, rendered from `prompts/footer.md.j2`.

The line states the check's counts in Chinese numerals (一百零七个数字): the checker reads an Arabic
count in prose ("107 个") as a claim about the week's data and flags it, while the footer's counts
are about the report itself. `refresh_footer` rewrites the line of an edited report to what the
check finds now; that check reads the closing line as it stands before any check, so a stale line
never counts.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .findings import CheckResult
from .render import CheckSummary
from .templates import render
from .vocabulary import FOOTER_PREFIX

if TYPE_CHECKING:
    from .weekly import WeekContext

THEMATIC_BREAK = re.compile(r"^ {0,3}([*_-])( *\1){2,} *$")
DIGITS = "零一二三四五六七八九"


def summarize(result: CheckResult) -> CheckSummary:
    """The counts of a check, as draft.json and the closing line keep them."""
    return CheckSummary(
        numbers=result.numbers,
        verified=len(result.verified),
        problems=[f"{p.line}:{p.column} {p.quote}: {p.message}" for p in result.problems],
        wrong=len(result.wrong),
        unchecked=len(result.unchecked),
        confirmed=len(result.confirmed),
    )


def cn_count(n: int) -> str:
    """A count in Chinese numerals, as written before a measure word: 两个, 十二个, 一百零七个."""
    if n == 2:
        return "两"
    if n < 0 or n >= 10**8:
        return str(n)
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    high, low = divmod(n, 10000)
    if not high:
        return _below_10000(low)
    text = _below_10000(high) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _below_10000(low)
    return text


def _below_10000(n: int) -> str:
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += DIGITS[digit] + unit
            zero = False
        else:
            zero = bool(out)
    return out or DIGITS[0]


def footer_line(week: dt.date, check: CheckSummary | None, prompts: Path | None = None) -> str:
    """The closing line for a week and a check (None: not checked yet)."""
    return render("footer.md.j2", prompts, week=week, check=check, cn=cn_count).strip()


def footer_index(lines: list[str]) -> int | None:
    """Where the closing line is: the last non-blank line, after a thematic break or starting with 本稿由 writer."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return None
    last = filled[-1]
    if lines[last].startswith(FOOTER_PREFIX):
        return last
    if len(filled) > 1 and THEMATIC_BREAK.match(lines[filled[-2]]) and not THEMATIC_BREAK.match(lines[last]):
        return last
    return None


def with_footer(text: str, line: str) -> str:
    """The text with its closing line replaced by `line`, or `line` appended after a break."""
    lines = text.split("\n")
    index = footer_index(lines)
    if index is not None:
        lines[index] = line
        return "\n".join(lines)
    return text.rstrip("\n") + "\n\n* * *\n\n" + line + "\n"


def refresh_footer(path: Path, text: str, ctx: WeekContext, prompts: Path | None = None) -> tuple[CheckResult, bool]:
    """Check a report without its closing line and rewrite that line to match; True if the file changed."""
    from .render import write_atomic

    # Checked with the closing line as it stands before any check, so the counts it will state are
    # the counts `writer check` finds on the rewritten file (the week's date in it is a figure too).
    result = ctx.check_report(with_footer(text, footer_line(ctx.week.date, None, prompts)), str(path))
    updated = with_footer(text, footer_line(ctx.week.date, summarize(result), prompts))
    if updated == text:
        return result, False
    write_atomic(path, updated)
    return result, True
