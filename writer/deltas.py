"""Joining a board's week with the weeks before it, entity by entity.

A `BoardDelta` holds, for every entity on the board this week or last, where it stood then and
now, plus the older weeks needed for re-entries (重回前十) and streaks (a third straight week of
decline). It knows nothing about wording; `facts` turns it into statements.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .load import OTHERS_ID, Dataset, Entry, Snapshot, Week
from .models import Board

HISTORY_WEEKS = 52
"""How far back re-entries, streaks, weeks on the list and weeks at the top look (as far as the data holds)."""


@dataclass
class Delta:
    """One entity on one board: this week's and last week's rows, and older ones."""

    board: Board
    key: str
    entity: str
    now: Entry | None
    prev: Entry | None
    older: list[Entry | None] = field(default_factory=list)
    """Rows from the weeks before last, newest first; None where the entity was not listed."""
    has_prev_week: bool = True
    weeks_listed: int = 0
    """Consecutive weeks in the list up to last week: how long-standing a member it was."""
    weeks_at_top: int = 0
    """Consecutive weeks at first place up to last week."""
    passed_by: list[str] = field(default_factory=list)
    """Keys ranked above it this week that were not in the list last week: who pushed in above."""

    @property
    def slipped_only_by_others(self) -> bool:
        """As many newcomers to the list landed above it as places it lost (whether its own figure held is the story's call)."""
        if self.rank_now is None or self.rank_prev is None or self.rank_now <= self.rank_prev:
            return False
        return len(self.passed_by) >= self.rank_now - self.rank_prev

    @property
    def is_others(self) -> bool:
        return self.entity == OTHERS_ID

    def rank(self, entry: Entry | None) -> int | None:
        return entry.row.rank if entry is not None else None

    @property
    def rank_now(self) -> int | None:
        return self.rank(self.now)

    @property
    def rank_prev(self) -> int | None:
        return self.rank(self.prev)

    def listed(self, entry: Entry | None) -> bool:
        """Within the board's list (top N) in that week."""
        rank = self.rank(entry)
        return rank is not None and rank <= self.board.list_size

    @property
    def entered(self) -> bool:
        """In the list this week, not last week (only meaningful with a previous week)."""
        return self.has_prev_week and self.listed(self.now) and not self.listed(self.prev)

    @property
    def left(self) -> bool:
        return self.has_prev_week and self.listed(self.prev) and not self.listed(self.now)

    @property
    def reentered(self) -> bool:
        """Entered this week after having been in the list in an older week (重回)."""
        return self.entered and any(self.listed(e) for e in self.older)

    @property
    def is_new(self) -> bool:
        """Never seen on this board in any week we hold before this one."""
        return self.has_prev_week and self.prev is None and all(e is None for e in self.older)

    def value(self, entry: Entry | None, column: str) -> float | None:
        figure = getattr(entry.row, column, None) if entry is not None else None
        return figure.value if figure is not None else None

    def decline_streak(self, column: str) -> int:
        """How many consecutive weeks, ending this week, the column went down."""
        series = [self.now, self.prev, *self.older]
        values = [self.value(e, column) for e in series]
        streak = 0
        for newer, older in zip(values, values[1:]):
            if newer is None or older is None or newer >= older:
                break
            streak += 1
        return streak


@dataclass
class BoardDelta:
    """A board this week against last week."""

    board: Board
    week: dt.date
    now: Snapshot
    prev: Snapshot | None
    deltas: list[Delta]
    older_snapshots: list[Snapshot | None] = field(default_factory=list)
    """The board in the weeks before last, newest first (None where it was not recorded)."""

    @property
    def has_prev(self) -> bool:
        return self.prev is not None

    def get(self, key: str) -> Delta | None:
        return next((d for d in self.deltas if d.key == key), None)

    def leader(self, snapshot: Snapshot | None) -> str | None:
        if snapshot is None:
            return None
        ranked = [e for e in snapshot.entries if e.row.rank == 1]
        return ranked[0].key if ranked else None

    @property
    def new_leader(self) -> bool:
        return self.prev is not None and self.leader(self.now) != self.leader(self.prev)

    def swaps(self) -> list[tuple[Delta, Delta]]:
        """Pairs that traded adjacent places: A was just above B last week and is just below now."""
        found = []
        for a in self.deltas:
            for b in self.deltas:
                ra, rb, pa, pb = a.rank_now, b.rank_now, a.rank_prev, b.rank_prev
                if None in (ra, rb, pa, pb):
                    continue
                if pa + 1 == pb and rb + 1 == ra:  # type: ignore[operator]
                    found.append((b, a))
        return found


def covered(board: Board, *snapshots: Snapshot | None) -> Board:
    """The board with its list cut to what the snapshots cover: a source that lists 9 has no 前十."""
    sizes = [max((e.row.rank or 0 for e in s.entries), default=0) for s in snapshots if s is not None]
    size = min([board.list_size, *sizes])
    return board if size >= board.list_size or size < 1 else board.model_copy(update={"list_size": size})


def _tenure(board: Board, key: str, weeks: list[Week]) -> tuple[int, int]:
    """Consecutive weeks listed, and at first place, ending last week (weeks newest first)."""
    listed = top = 0
    counting_top = True
    for week in weeks[1:]:
        snapshot = week.snapshots.get(board.id)
        entry = snapshot.by_key().get(key) if snapshot else None
        rank = entry.row.rank if entry else None
        if rank is None or rank > board.list_size:
            break
        listed += 1
        counting_top = counting_top and rank == 1
        top += counting_top
    return listed, top


def _passed_by(board: Board, key: str, now: dict[str, Entry], prev: dict[str, Entry]) -> list[str]:
    """Who is above `key` this week and was not in the list last week (entries and re-entries)."""
    mine_now = now[key].row.rank
    if mine_now is None or key not in prev:
        return []
    found = []
    for other, entry in now.items():
        rank = entry.row.rank
        if other == key or rank is None or rank >= mine_now:
            continue
        before = prev[other].row.rank if other in prev else None
        if before is None or before > board.list_size:
            found.append(other)
    return found


def board_delta(board: Board, weeks: list[Week]) -> BoardDelta | None:
    """Join this week's snapshot of `board` with the weeks before it (newest first)."""
    now = weeks[0].snapshots.get(board.id)
    if now is None:
        return None
    prev = weeks[1].snapshots.get(board.id) if len(weeks) > 1 else None
    board = covered(board, now, prev)
    older = [w.snapshots.get(board.id) for w in weeks[2:]]
    now_rows, prev_rows = now.by_key(), prev.by_key() if prev else {}
    keys = list(now_rows) + [k for k in prev_rows if k not in now_rows]
    deltas = []
    for key in keys:
        entry = now_rows.get(key) or prev_rows[key]
        listed, top = _tenure(board, key, weeks)
        deltas.append(
            Delta(
                board=board,
                key=key,
                entity=entry.entity,
                now=now_rows.get(key),
                prev=prev_rows.get(key),
                older=[s.by_key().get(key) if s else None for s in older],
                has_prev_week=prev is not None,
                weeks_listed=listed,
                weeks_at_top=top,
                passed_by=_passed_by(board, key, now_rows, prev_rows) if key in now_rows else [],
            )
        )
    return BoardDelta(board=board, week=weeks[0].date, now=now, prev=prev, deltas=deltas, older_snapshots=older)


def week_deltas(dataset: Dataset, date: dt.date) -> tuple[Week, list[BoardDelta]]:
    """The week and one BoardDelta per board that has a snapshot this week, in catalog order."""
    weeks = dataset.history(date, HISTORY_WEEKS)
    deltas = [bd for board in dataset.catalog.boards if (bd := board_delta(board, weeks)) is not None]
    return weeks[0], deltas
