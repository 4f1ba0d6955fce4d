"""The data rules of `data/README.md`, one small function each, returning every problem they find.

`writer validate` runs all of them over a whole week at once; the loader runs the error rules
and raises the first as a `DataError`, so a draft is never written from data that breaks them.
Messages are whole Chinese sentences: editors read them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .entities import Entities, alias_key
from .errors import DataError
from .models import Board, BoardKind, EntityKind, Event
from .numbers import Figure, cn_to_int, format_tokens, parse_figure

OTHERS_ID = "others"


class Severity(str, Enum):
    """An error stops the draft; a warning is printed and the week still drafts."""

    error = "error"
    warning = "warning"


class DataProblem(BaseModel):
    """One broken rule: where (file, line, field) and what is wrong, in Chinese."""

    model_config = ConfigDict(frozen=True)

    file: str
    line: int | None = None
    field: str | None = None
    message: str
    severity: Severity = Severity.error

    def where(self) -> str:
        """'file, line 5, field 'tokens'' as the loader's errors print it."""
        parts = [self.file]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ", ".join(parts)


def _problem(path: Path | str, message: str, line: int | None = None, field: str | None = None,
             severity: Severity = Severity.error) -> DataProblem:
    return DataProblem(file=str(path), line=line, field=field, message=message, severity=severity)


def stated(figure: Figure) -> Figure:
    """The precision a figure claims: an integer's trailing zeros are not claimed digits.

    1440000000000 is 1.44T to three significant figures (the real OpenRouter series from
    2026-02-16), so it stands for 1435000000000–1445000000000, as 1.44T would.
    """
    if figure.step != 1 or figure.value == 0 or figure.value != int(figure.value):
        return figure
    digits = str(abs(int(figure.value)))
    zeros = len(digits) - len(digits.rstrip("0"))
    return Figure(figure.value, 10.0 ** zeros) if zeros else figure


# The column each kind of board is ranked by (bigger is better on all of them).
RANKED_BY: dict[BoardKind, str] = {
    BoardKind.usage: "tokens",
    BoardKind.author_share: "tokens",
    BoardKind.model_share: "tokens",
    BoardKind.throughput: "speed",
    BoardKind.arena: "score",
    BoardKind.benchmark: "score",
}


class RowView(BaseModel):
    """What the rules see of one row: its line, entity key and cells (a loader Entry, or a row validate parsed)."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    line: int
    key: str
    rank: int | None
    cells: dict[str, object]

    def figure(self, column: str) -> Figure | None:
        value = self.cells.get(column)
        return value if isinstance(value, Figure) else None


def rows_of(entries: Iterable[object]) -> list[RowView]:
    """Rules' view of loader entries (anything with .row, .key and .line)."""
    return [RowView(line=e.line, key=e.key, rank=e.row.rank, cells=dict(e.row)) for e in entries]  # type: ignore[attr-defined]


# ---------------------------------------------------------------- one board, one week

def header_only(path: Path, rows: list[RowView], parsed_lines: int) -> list[DataProblem]:
    """A board file with a header and no row is an error: leave the file out if the board was not recorded."""
    if rows or parsed_lines:
        return []
    return [_problem(path, "文件只有表头，没有任何数据行；这一周没有记录这个榜单的话，请删除这个文件。", line=1)]


def rank_sequence(path: Path, rows: list[RowView]) -> list[DataProblem]:
    """Ranks are 1, 2, 3 … with no gap and no duplicate; only 'Others' has no rank."""
    problems: list[DataProblem] = []
    seen: dict[int, int] = {}
    for row in rows:
        if row.rank is None:
            if row.key != OTHERS_ID:
                problems.append(_problem(path, "排名为空；只有 Others 行可以没有排名。", row.line, "rank"))
            continue
        if row.rank in seen:
            problems.append(_problem(path, f"排名 {row.rank} 重复（第 {seen[row.rank]} 行也是 {row.rank}）。", row.line, "rank"))
        else:
            seen[row.rank] = row.line
    expected = 1
    for rank in sorted(seen):
        if rank != expected:
            missing = "、".join(str(r) for r in range(expected, rank))
            problems.append(_problem(path, f"排名不连续：缺少第 {missing} 名（下一个排名是 {rank}）。", seen[rank], "rank"))
        expected = rank + 1
    return problems


def unique_entities(path: Path, rows: list[RowView], subject: str) -> list[DataProblem]:
    """Each entity (throughput: each model + provider pair) appears once in a file."""
    problems: list[DataProblem] = []
    seen: dict[str, int] = {}
    for row in rows:
        if row.key in seen:
            problems.append(_problem(path, f"'{row.key}' 重复出现（第 {seen[row.key]} 行已有同一实体）。", row.line, subject))
        else:
            seen[row.key] = row.line
    return problems


def rank_order(path: Path, board: Board, rows: list[RowView]) -> list[DataProblem]:
    """The ranked figure (tokens, speed, score) never grows down the list, at the precision written."""
    column = RANKED_BY[board.kind]
    ranked = sorted((r for r in rows if r.rank is not None and r.figure(column) is not None), key=lambda r: r.rank or 0)
    problems = []
    for upper, lower in zip(ranked, ranked[1:]):
        a, b = stated(upper.figure(column)), stated(lower.figure(column))  # type: ignore[arg-type]
        if a.value < b.value and not a.agrees_with(b):
            problems.append(_problem(
                path, f"第 {lower.rank} 名的 {column}（{_fmt(b, column)}）大于第 {upper.rank} 名的（{_fmt(a, column)}，第 {upper.line} 行）："
                      f"排名必须按 {column} 从大到小。", lower.line, column))
    return problems


def shares(path: Path, rows: list[RowView]) -> list[DataProblem]:
    """Every share equals 100 × tokens / total, to its own decimal and the rounding of the tokens."""
    values = [(r, r.figure("tokens"), r.figure("share")) for r in rows]
    if any(t is None for _, t, _ in values):
        return []
    total = sum(t.value for _, t, _ in values if t is not None)
    if total <= 0:
        return [_problem(path, "这个榜单的 tokens 合计为零。", field="tokens")]
    problems = []
    for row, tokens, share in values:
        if share is None or tokens is None:
            continue
        expected = 100 * tokens.value / total
        slack = share.step / 2 + 100 * stated(tokens).step / total + 1e-6
        if abs(expected - share.value) > slack:
            problems.append(_problem(
                path, f"占比 {share.value:g}% 与 tokens/合计 = {expected:.2f}% 不符（合计 {total:,.0f} tokens）；"
                      "改了 tokens 的话，请重算这个文件的全部占比。", row.line, "share"))
    return problems


def growth(path: Path, rows: list[RowView], previous: list[RowView] | None) -> list[DataProblem]:
    """A usage row's growth agrees with its tokens this week and last week, at both weeks' precision."""
    if not previous:
        return []
    before = {r.key: r for r in previous}
    problems = []
    for row in rows:
        rate, now = row.figure("growth"), row.figure("tokens")
        prev = before[row.key].figure("tokens") if row.key in before else None
        if rate is None or now is None or prev is None or prev.value <= 0:
            continue
        now, prev = stated(now), stated(prev)
        low = 100 * ((now.value - now.step / 2) / (prev.value + prev.step / 2) - 1)
        high = 100 * ((now.value + now.step / 2) / max(prev.value - prev.step / 2, 1e-9) - 1)
        if not low - rate.step / 2 <= rate.value <= high + rate.step / 2:
            exact = 100 * (now.value / prev.value - 1)
            problems.append(_problem(
                path, f"周增长率 {rate.value:+g}% 与 tokens 不符：上周 {format_tokens(prev.value)}、本周 {format_tokens(now.value)}，"
                      f"增长应为 {exact:+.1f}%（按两周数字的精度在 {low:+.1f}% 到 {high:+.1f}% 之间）。",
                row.line, "growth"))
    return problems


def unchanged(path: Path, rows: list[RowView], previous: list[RowView] | None, previous_path: Path | None) -> list[DataProblem]:
    """A warning when a board is identical to last week's: probably copied and not yet updated."""
    if not previous or not rows:
        return []
    if [(r.rank, r.key, r.cells) for r in rows] != [(r.rank, r.key, r.cells) for r in previous]:
        return []
    return [_problem(path, f"与上周的 {previous_path} 完全相同：是否忘了更新本周数据？", severity=Severity.warning)]


# ---------------------------------------------------------------- names

def unknown_name(entities: Entities, name: str, kinds: set[EntityKind] | None, entities_path: Path) -> str:
    """The message for a name nobody knows, with 'did you mean' for near misses."""
    suggestions = did_you_mean(entities, name, kinds)
    hint = f"你是不是想写 {'、'.join(repr(s) for s in suggestions)}？" if suggestions else ""
    return f"未知名称 '{name}'：{hint}如果它是新的，请把它（或这个写法作为别名）加到 {entities_path}。"


def did_you_mean(entities: Entities, name: str, kinds: set[EntityKind] | None = None, n: int = 3) -> list[str]:
    """Close spellings of known entities (names and aliases), as their display names."""
    spellings: dict[str, str] = {}
    for entity in entities.by_id.values():
        if kinds and entity.kind not in kinds:
            continue
        for spelling in Entities.spellings(entity):
            spellings.setdefault(alias_key(spelling), entity.name)
    matches = difflib.get_close_matches(alias_key(name), list(spellings), n=n * 3, cutoff=0.75)
    return list(dict.fromkeys(spellings[m] for m in matches))[:n]


# ---------------------------------------------------------------- events

_DATE = re.compile(r"(?:(\d{4})\s*[年/\-.]\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|\d{4}-\d{2}-\d{2}")
_NUMBER = re.compile(r"(?<![A-Za-z0-9.])\d[\d,]*(?:\.\d+)?\s*(?:万亿|千亿|百亿|十亿|亿|千万|百万|万|千|[TBMK](?![A-Za-z]))?")
# A Chinese numeral counts as a figure when a counter word follows it (两项, 三种, 十个); 一 alone is too common.
_CN_NUMBER = re.compile(r"([两二三四五六七八九十百]+)(?=[项个种款位名家次倍条类组周天年月秒])")


def _name_spans(text: str, names: list[str]) -> str:
    """The text with the names blanked out, longest first: numbers inside names don't count."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = re.sub(re.escape(name), lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)
    return text


def _event_names(event: Event, entities: Entities) -> list[str]:
    names = list(event.entities) + [event.org]
    for name in list(names):
        entity = entities.resolve(name)
        if entity is not None:
            names.extend(Entities.spellings(entity))
    return names


def event_figures(path: Path, index: int, event: Event, entities: Entities) -> list[DataProblem]:
    """Every number of an event's details (dates and Chinese numerals too) is listed under its figures."""
    where = f"events[{index}]"
    problems = []
    listed: list[Figure] = []
    for label, text in event.figures.items():
        try:
            listed.append(parse_figure(text)[0])
        except ValueError:
            problems.append(_problem(path, f"数字 '{label}' 的值 '{text}' 不是以数字开头。", field=f"{where}.figures"))
    listed_text = " ".join(event.figures.values())
    names = _event_names(event, entities)
    for d, detail in enumerate(event.details):
        text = _name_spans(detail, names)
        for match in _DATE.finditer(text):
            quoted = match.group(0)
            if _is_event_date(match, event) or quoted in listed_text:
                continue
            problems.append(_problem(path, f"细节里的日期「{quoted.strip()}」没有列在 figures 里（也不是事件的 date）。",
                                     field=f"{where}.details[{d}]"))
        text = _DATE.sub(lambda m: " " * len(m.group(0)), text)
        found = [(m.group(0).strip(), _figure(m.group(0))) for m in _NUMBER.finditer(text)]
        found += [(m.group(1), Figure(float(cn_to_int(m.group(1)) or 0), 1.0)) for m in _CN_NUMBER.finditer(text)
                  if cn_to_int(m.group(1))]
        for quoted, figure in found:
            if figure is None or any(_same(figure, f) for f in listed):
                continue
            problems.append(_problem(path, f"细节里的数字「{quoted}」没有列在 figures 里：每个数字都要在 figures 里有一项（标签: 数值和单位）。",
                                     field=f"{where}.details[{d}]"))
    return problems


def _is_event_date(match: re.Match[str], event: Event) -> bool:
    if match.group(2) is None:
        return match.group(0) == event.date.isoformat()
    year = match.group(1)
    return int(match.group(2)) == event.date.month and int(match.group(3)) == event.date.day and (
        year is None or int(year) == event.date.year)


def _figure(text: str) -> Figure | None:
    try:
        return parse_figure(text)[0]
    except ValueError:
        return None


def _same(a: Figure, b: Figure) -> bool:
    return abs(a.value - b.value) <= max(a.step, b.step) / 2 + 1e-9 * max(1.0, abs(a.value))


def event_names(path: Path, index: int, event: Event, entities: Entities, entities_path: Path) -> list[DataProblem]:
    """An event's org and every entity it names are known (each in entities.yaml)."""
    where = f"events[{index}]"
    problems = []
    if entities.resolve(event.org) is None:
        problems.append(_problem(path, unknown_name(entities, event.org, None, entities_path), field=f"{where}.org"))
    for i, name in enumerate(event.entities):
        if entities.resolve(name) is None:
            problems.append(_problem(path, unknown_name(entities, name, None, entities_path), field=f"{where}.entities[{i}]"))
    return problems


def _fmt(figure: Figure, column: str = "") -> str:
    if column == "tokens":
        return format_tokens(figure.value)
    return f"{figure.value:,.0f}" if figure.value == int(figure.value) else f"{figure.value:g}"


def raise_first(problems: list[DataProblem]) -> None:
    """The loader's side: the first error becomes the DataError it has always raised."""
    first = next((p for p in problems if p.severity is Severity.error), None)
    if first is not None:
        raise DataError(first.message, path=first.file, row=first.line, field=first.field)


def board_rules(path: Path, board: Board, rows: list[RowView], subject: str) -> list[DataProblem]:
    """Every rule about one board file on its own (ranks, order, duplicates, shares)."""
    problems = rank_sequence(path, rows) + unique_entities(path, rows, subject) + rank_order(path, board, rows)
    if board.kind in (BoardKind.author_share, BoardKind.model_share):
        problems += shares(path, rows)
    return problems

