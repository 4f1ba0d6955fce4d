"""Artificial Analysis media leaderboards → aa-text-to-image and aa-image-editing.

`GET /api/v2/data/media/text-to-image` and `GET /api/v2/data/media/image-editing` return

    {"data": [{"name": "GPT Image 1.5", "slug": "gpt-image-1-5", "model_creator": {"name": "OpenAI"},
               "elo": 1272.4, "rank": 1, "ci95": "-6/+6", "appearances": 12345, "release_date": "2025-12"}]}

- The responses do not say which leaderboard they are: the board is --board, or else read from
  the file name (…text-to-image… / …image-editing…).
- score: `elo` rounded to a whole number; rows are placed by elo (ties: the published rank, then
  name) and numbered 1, 2, 3 ...; the top 20 are kept. No preliminary flag exists: false.
- The model is matched by the slug, then the name; the org is `model_creator.name`.
The responses carry no date: give the week with --week.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from ..errors import DataError, UsageError
from .context import Context
from .records import Record, read_rows
from .store import BoardImport

BOARDS = {"aa-text-to-image": ("text-to-image", "text_to_image"), "aa-image-editing": ("image-editing", "image_editing")}
KEEP = 20


def read(files: list[Path], ctx: Context) -> list[BoardImport]:
    week = ctx.require_week("artificial-analysis")
    by_board: dict[str, list[Record]] = {}
    for path in files:
        records = read_rows(path, "data")
        if not records:
            raise DataError("no models under 'data'", path=path, field="data")
        by_board.setdefault(_board_of(path, ctx.board), []).extend(records)
    return [_snapshot(board, records, ctx, week) for board, records in by_board.items()]


def _board_of(path: Path, chosen: str | None) -> str:
    if chosen is not None:
        if chosen not in BOARDS:
            raise UsageError(f"--board {chosen}: artificial-analysis fills {' or '.join(BOARDS)}")
        return chosen
    name = path.name.lower()
    found = [board for board, marks in BOARDS.items() if any(mark in name for mark in marks)]
    if len(found) != 1:
        raise UsageError(f"{path}: cannot tell from the file name which leaderboard it is; add --board "
                         f"{' or --board '.join(BOARDS)}")
    return found[0]


def _snapshot(board: str, records: list[Record], ctx: Context, week: dt.date) -> BoardImport:
    entries = []
    for record in records:
        elo = record.amount("elo")
        entries.append((elo, record.whole("rank", required=False), record.text("name"), record))
    entries.sort(key=lambda e: (-(e[0] or 0), e[1] if e[1] is not None else 10**9, e[2] or ""))
    rows = []
    seen: dict[str, Record] = {}
    for position, (elo, _, name, record) in enumerate(entries[:KEEP], start=1):
        where = f"{record.path.name}, {record.where or f'line {record.line}'}"
        creator = record.child("model_creator")
        assert creator is not None
        org = ctx.resolver.company(creator.text("name"), where=where)
        slug = record.maybe_text("slug")
        model = ctx.resolver.model(slug, name, org, where=where, strong_names=True)
        if model.id in seen:
            raise record.error("name", f"'{name}' is the same model ({model.name}) as another row of {board}")
        seen[model.id] = record
        assert elo is not None
        rows.append({"rank": str(position), "model": model.name, "org": org.name,
                     "score": str(elo.quantize(Decimal(1), rounding=ROUND_HALF_UP)), "preliminary": "false"})
    return BoardImport(board=board, week=week, rows=rows, source=records[0].path)
