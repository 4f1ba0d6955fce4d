"""Relations are facts too: values derived from the week's rows that prose states.

Writers compute: the gap between two models (领先185B, 两者仅差11B), a sum (合计807B, 前十合计
5130B), a ratio (是Claude的2.5倍), a share of a total (独占前十近三成), and values of weeks before
last (4月11日它还以682B位居榜首, 较6月6日的37.3B翻了两番). `Relations` holds every week of each
board the data has, and offers, for one metric, the values such relations may take between the
entities a sentence names, each with the precision its operands allow.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from ..deltas import BoardDelta
from ..load import OTHERS_ID, Snapshot
from ..numbers import Figure

# The column of a row each metric reads.
COLUMNS = {"tokens": "tokens", "share": "share", "growth": "growth", "speed": "speed", "price": "price",
           "requests": "requests", "score": "score"}


@dataclass(frozen=True)
class Derived:
    """A value derived from the data, with how it was derived (for the fact ids of a verdict)."""

    figure: Figure
    how: str


class Relations:
    """Every week of every board the data holds, for derived values."""

    def __init__(self, deltas: list[BoardDelta]) -> None:
        self.snapshots: dict[str, list[Snapshot]] = {}
        for bd in deltas:
            weeks = [bd.now] + ([bd.prev] if bd.prev else []) + [s for s in bd.older_snapshots if s is not None]
            self.snapshots[bd.board.id] = weeks

    def value(self, board: str, entity: str, column: str, week: int = 0, qualifier: str | None = None) -> Figure | None:
        """An entity's value on a board, this week (0), last week (1) or earlier (of the row its
        `qualifier`, a provider, serves, where one is given)."""
        weeks = self.snapshots.get(board, [])
        if week >= len(weeks):
            return None
        for entry in weeks[week].entries:
            if entry.entity == entity and (qualifier is None or entry.qualifier == qualifier):
                figure = getattr(entry.row, column, None)
                return Figure(figure.value, figure.step) if figure is not None else None
        return None

    def moved_by(self, board: str, entity: str, column: str) -> Figure | None:
        """How far an entity's value moved since last week, either way (None: not listed both weeks)."""
        now, before = self.value(board, entity, column, 0), self.value(board, entity, column, 1)
        return Figure(abs(now.value - before.value), now.step + before.step) if now and before else None

    def line(self, board: str, entity: str, week: int = 0, qualifier: str | None = None) -> int | None:
        """The line of the data file that holds the entity's row in a week."""
        weeks = self.snapshots.get(board, [])
        if week >= len(weeks):
            return None
        return next((e.line for e in weeks[week].entries if e.entity == entity and (qualifier is None or e.qualifier == qualifier)), None)

    def file(self, board: str, week: int = 0) -> str | None:
        """The data file of a board's week."""
        weeks = self.snapshots.get(board, [])
        return str(weeks[week].path) if week < len(weeks) else None

    def history(self, board: str, entity: str, column: str) -> list[tuple[dt.date, Figure]]:
        """(week, value) of every week the entity is on the board, newest first."""
        out = []
        for index, snapshot in enumerate(self.snapshots.get(board, [])):
            figure = self.value(board, entity, column, index)
            if figure is not None:
                out.append((snapshot.week, figure))
        return out

    def ranks(self, board: str, entity: str, qualifier: str | None = None) -> list[int | None]:
        """The entity's rank in every week the board has, newest first (None: not listed)."""
        out: list[int | None] = []
        for snapshot in self.snapshots.get(board, []):
            out.append(next((e.row.rank for e in snapshot.entries if e.entity == entity
                             and (qualifier is None or e.qualifier == qualifier)), None))
        return out

    def at_rank(self, board: str, column: str, week: int = 0, rank: int = 0, last: bool = False) -> Figure | None:
        """The value of the row at a place (or the last listed place) in a week."""
        weeks = self.snapshots.get(board, [])
        if week >= len(weeks):
            return None
        ranked = [e for e in weeks[week].entries if e.row.rank]
        if not ranked:
            return None
        target = max(e.row.rank or 0 for e in ranked) if last else rank
        entry = next((e for e in ranked if e.row.rank == target), None)
        cell = getattr(entry.row, column, None) if entry else None
        return Figure(cell.value, cell.step) if cell is not None else None

    def rows_of(self, board: str, key: str, column: str, week: int = 0) -> list[Figure]:
        """The column's values of every row of a board a model or a provider has in a week (Qwen3 32B
        served by two providers; Groq's rows)."""
        weeks = self.snapshots.get(board, [])
        if week >= len(weeks):
            return []
        cells = [getattr(e.row, column, None) for e in weeks[week].entries if key in (e.entity, e.qualifier)]
        return [Figure(c.value, c.step) for c in cells if c is not None]

    def listed_values(self, board: str, column: str, week: int = 0) -> list[Figure]:
        """The column's values of every listed row (Others aside) in a week."""
        weeks = self.snapshots.get(board, [])
        if week >= len(weeks):
            return []
        cells = [getattr(e.row, column, None) for e in weeks[week].entries if e.row.rank]
        return [Figure(c.value, c.step) for c in cells if c is not None]

    def week_of(self, day: dt.date) -> dt.date | None:
        """The data's week (its last day) that a day falls in, if the data holds that week."""
        for snapshots in self.snapshots.values():
            for snapshot in snapshots:
                if 0 <= (snapshot.week - day).days < 7:
                    return snapshot.week
        return None

    def rank_on(self, board: str, entity: str, week: dt.date) -> int | None:
        """The entity's rank on a board in a given week."""
        for snapshot in self.snapshots.get(board, []):
            if snapshot.week == week:
                return next((e.row.rank for e in snapshot.entries if e.entity == entity), None)
        return None

    def rank_now(self, board: str, entity: str, week: int = 0) -> int | None:
        """The entity's rank in this week (0) or last week (1)."""
        weeks = self.snapshots.get(board, [])
        if week >= len(weeks):
            return None
        return next((e.row.rank for e in weeks[week].entries if e.entity == entity), None)

    def last_ranks(self, board: str) -> list[int]:
        """The last listed place of the board in every week, newest first."""
        return [max((e.row.rank or 0 for e in s.entries), default=0) for s in self.snapshots.get(board, [])]

    def totals(self, board: str, column: str, week: int = 0, tops: set[int] | None = None) -> list[Derived]:
        """The board's totals: all rows (Others included) and the listed rows, or the top N rows
        for each N in `tops` (the groups the text names: 前三, 前十)."""
        weeks = self.snapshots.get(board, [])
        if week >= len(weeks):
            return []
        rows: list[tuple[int | None, Figure, str]] = []
        for entry in weeks[week].entries:
            cell = getattr(entry.row, column, None)
            if cell is not None:
                rows.append((entry.row.rank, Figure(cell.value, cell.step), entry.entity))
        out = []
        everything = [f for _, f, _ in rows]
        listed = sorted(((r, f) for r, f, ent in rows if ent != OTHERS_ID and r is not None), key=lambda x: x[0])
        if tops and listed and min(tops) > listed[-1][0]:
            return []  # 前十 of a board that lists nine: no total the words can mean
        if everything:
            out.append(Derived(_sum(everything), f"{board}/total"))
        for n in sorted(tops) if tops else (len(listed),):
            if listed and n > listed[-1][0]:
                continue  # 前十 of a board that lists nine has no total of its own
            top = [f for r, f in listed if r <= n]
            if len(top) >= 2:
                out.append(Derived(_sum(top), f"{board}/top{n}"))
        return out


def _sum(figures: list[Figure]) -> Figure:
    return Figure(sum(f.value for f in figures), sum(f.step for f in figures))


def total(values: list[Figure]) -> Figure:
    """The sum of all the values (a group's total, however many rows it has)."""
    return _sum(values)


def sums(values: list[Figure]) -> list[Figure]:
    """Sums of two or more of the values: every subset of up to six, so a list's sum is among them."""
    out = []
    for size in range(2, min(len(values), 6) + 1):
        for group in itertools.combinations(values, size):
            out.append(_sum(list(group)))
    return out


def gaps(values: list[Figure]) -> list[Figure]:
    """Differences between any two of the values (positive)."""
    return [Figure(abs(a.value - b.value), a.step + b.step) for a, b in itertools.combinations(values, 2)]


def ratios(values: list[Figure]) -> list[float]:
    """Ratios between any two of the values, larger over smaller."""
    out = []
    for a, b in itertools.combinations(values, 2):
        low, high = sorted((abs(a.value), abs(b.value)))
        if low > 0:
            out.append(high / low)
    return out


def shares(parts: list[Figure], wholes: list[Figure]) -> list[Figure]:
    """Parts (and sums of parts) as percentages of wholes."""
    out = []
    for part in parts + sums(parts):
        for whole in wholes:
            if whole.value > 0 and part.value < whole.value:
                value = 100 * part.value / whole.value
                out.append(Figure(value, 100 * (part.step + whole.step * part.value / whole.value) / whole.value))
    return out
