"""Words without digits are claims too: 'A超过B', 'A仍低于B', 'A仅次于B' compare two entities.

For every comparison verb followed by a name, the sentence's subject (the nearest name before
the verb) is compared with that name on a board both are on, for the metric the clause names
(its board's main metric otherwise), in the week the clause speaks of. A comparison the data
contradicts is reported as wrong; one it bears out, or cannot judge, adds nothing.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..entities import Mention
from ..findings import Problem, ProblemKind, Verdict
from ..load import OTHERS_ID
from ..models import EntityKind
from ..vocabulary import metric_word, names_growth
from .reading import LAST_WEEK_FRAME

if TYPE_CHECKING:
    from .checker import Checker
    from .reading import Spans
    from .text import Prepared

ABOVE = ["超过了", "超过", "高于", "领先于", "领先", "多于", "大于", "超越", "反超", "压过", "力压", "胜过", "甩开"]
BELOW = ["仍不及", "不及", "仍低于", "低于", "落后于", "落后", "少于", "小于", "不如", "仍落后于"]
SECOND = ["仅次于", "紧随", "位居其后", "紧跟"]
_GROUP = re.compile(r"合计|共计|两款|两者|二者|加起来|一起看")
_VERB = re.compile("(" + "|".join(map(re.escape, sorted(ABOVE + BELOW + SECOND, key=len, reverse=True))) + r")\s*+(?:第\S{1,3}名)?\s*+$")


def check_comparisons(checker: Checker, prepared: Prepared, mentions: list[Mention], boards: Spans) -> list[Problem]:
    """Comparisons between two named entities that the data contradicts."""
    problems = []
    kinds = (EntityKind.model, EntityKind.company, EntityKind.system)
    # Others (其余, 长尾) is compared like any row: 长尾已超过第5名DeepSeek.
    ordered = sorted((m for m in mentions if m.entity.kind in kinds or m.entity.id == OTHERS_ID), key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for sentence in prepared.sentences:
        named = ordered[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]
        if len(named) < 2:
            continue
        for index, other in enumerate(named):
            window = prepared.masked[max(sentence.start, other.start - 8) : other.start]
            verb = _VERB.search(window)
            subjects = [m for m in named[:index] if m.entity.id != other.entity.id]
            if not verb or not subjects:
                continue
            subject = subjects[-1]
            clause = prepared.masked[sentence.start : other.start]
            if _GROUP.search(prepared.masked[subject.start : other.start]):
                continue  # 两款…合计358B，超过了X: the subject is a group, not the last name
            said = verb.group(1)
            line_start = prepared.line_starts[sentence.line]
            on_line = [m.entity.id for m in boards.between(line_start, other.start)[-1:]]
            problem = _contradiction(checker, subject, other, said, clause, on_line)
            if problem:
                line, column = prepared.position(subject.start)
                quote = prepared.original[subject.start : other.end]
                problems.append(Problem(line=line, column=column, quote=quote, kind=ProblemKind.direction, verdict=Verdict.wrong,
                                        message=problem))
    return problems


def _contradiction(checker: Checker, a: Mention, b: Mention, verb: str, clause: str, on_line: list[str]) -> str | None:
    boards = [x for x in checker.boards_of.get(a.entity.id, []) if x in checker.boards_of.get(b.entity.id, [])]
    named = [x for x in on_line if x in boards]
    # The board the line names; with none named, only a board the two share alone is certain.
    boards = named[-1:] if named else boards if len(boards) == 1 else []
    if not boards:
        return None
    words = {m.value for m in metric_word(clause)}
    # 上周…领先B, and 上周我们写过，A以…登顶，领先B: a sentence framed in last week compares last week's.
    prev = ("上周" in clause[-12:] or LAST_WEEK_FRAME.match(clause) is not None) and "本周" not in clause[-12:]
    for board in boards:
        metric = next(iter(words & {"tokens", "share", "speed", "score", "requests", "price"}), checker.boards[board].metric)
        va = checker.relations.value(board, a.entity.id, metric, 1 if prev else 0)
        vb = checker.relations.value(board, b.entity.id, metric, 1 if prev else 0)
        ra = checker.relations.rank_now(board, a.entity.id, 1 if prev else 0)
        rb = checker.relations.rank_now(board, b.entity.id, 1 if prev else 0)
        if verb in SECOND and names_growth(re.split(r"[，,；;]", clause)[-1]):
            return _second_in_growth(checker, board, a, b, 1 if prev else 0)  # 增速仅次于B: whatever the places
        if verb in SECOND:
            if ra is None or rb is None:
                continue
            if ra != rb + 1:
                return f"{a.entity.name} is 第{ra} and {b.entity.name} 第{rb}: {a.entity.name} is not right behind {b.entity.name} ({verb})"
            return None
        if va is None or vb is None or va.value == vb.value:
            continue
        above = va.value > vb.value if metric != "price" else va.value < vb.value
        if above != (verb in ABOVE):
            return (f"{a.entity.name} {metric} {_fmt(va.value)} vs {b.entity.name} {_fmt(vb.value)}: "
                    f"the data says {a.entity.name} is {'above' if above else 'below'} {b.entity.name}, not '{verb}'")
        return None
    return None


def _second_in_growth(checker: Checker, board: str, a: Mention, b: Mention, week: int) -> str | None:
    """What the data says against 'A's growth is right behind B's' among the board's listed rows, if anything."""
    va = checker.relations.value(board, a.entity.id, "growth", week)
    vb = checker.relations.value(board, b.entity.id, "growth", week)
    if va is None or vb is None:
        return None
    between = [v for v in checker.relations.listed_values(board, "growth", week) if va.value < v.value < vb.value]
    if va.value < vb.value and not between:
        return None
    return (f"{a.entity.name} growth {va.value:+g}% vs {b.entity.name} {vb.value:+g}%: "
            f"{a.entity.name} is not right behind {b.entity.name} in growth (仅次于)")


def _fmt(value: float) -> str:
    return f"{value / 1e9:.4g}B" if value >= 1e8 else f"{value:.4g}"
