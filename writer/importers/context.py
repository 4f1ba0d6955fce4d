"""What a source reader needs besides its files: the dataset, the resolver and the import's options."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..load import MAX_WEEK_GAP, Dataset
from .resolve import Resolver


@dataclass
class Context:
    """The target dataset, entity resolution, options, and the snapshots this import has made so far."""

    dataset: Dataset
    resolver: Resolver
    week: dt.date | None = None
    """--week: the week ending date, for sources whose files carry none."""
    board: str | None = None
    """--board: the board, for sources that serve several from the same shape."""
    listed: dict[tuple[str, dt.date], set[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def require_week(self, source: str) -> dt.date:
        if self.week is None:
            raise UsageError(f"{source} files carry no date: give the week they belong to with --week YYYY-MM-DD")
        return self.week

    def remember(self, board: str, week: dt.date, entities: set[str]) -> None:
        """The entities a snapshot of this import lists, for the week after it."""
        self.listed[(board, week)] = entities

    def listed_before(self, board: str, week: dt.date) -> tuple[dt.date, set[str]] | None:
        """The entities on `board` in the closest earlier week (this import or the dataset), if close enough."""
        dates = {d for (b, d) in self.listed if b == board and d < week}
        dates |= {d for d in self.dataset.week_dates() if d < week and self._has(board, d)}
        if not dates:
            return None
        previous = max(dates)
        if week - previous > MAX_WEEK_GAP:
            return None
        if (board, previous) in self.listed:
            return previous, self.listed[(board, previous)]
        snapshot = self.dataset.load_week(previous).snapshots[board]
        return previous, {entry.entity for entry in snapshot.entries}

    def _has(self, board: str, date: dt.date) -> bool:
        return (self.dataset.root / "weeks" / date.isoformat() / f"{board}.csv").is_file()


def week_from_name(path: Path) -> dt.date | None:
    """The date a file is named for (2026-02-01.json), if it is."""
    try:
        return dt.date.fromisoformat(path.stem[:10])
    except ValueError:
        return None
