"""LMArena leaderboard dataset rows → lmarena-text, -webdev, -image-edit and -text-to-image.

Rows (CSV, JSON lines, or a JSON list / {"data": [...]}):

    model_name, organization, rating, rating_lower, rating_upper, vote_count, rank, category,
    leaderboard_publish_date [, preliminary | is_preliminary]

- category → board: text → lmarena-text, webdev → lmarena-webdev, image_edit → lmarena-image-edit,
  text_to_image → lmarena-text-to-image. Other categories (vision, search, video, ...) have no
  board and are skipped, and said so.
- When a file holds several publications, each board takes the latest one on or before --week
  (or the latest of all). The week folder is --week, else that publication's date.
- LMArena's `rank` allows ties (rank by upper bound); a board needs one rank per row, so rows are
  placed by rating (ties: LMArena's rank, then name) and numbered 1, 2, 3 ... The top 20 are kept.
- score: the rating rounded to a whole number, as the leaderboard shows it.
- preliminary: the row's own flag when the export has one, else false.
- model_name is LMArena's own identifier (claude-opus-4-5-20251101-thinking-32k): it is matched
  exactly against entity names and aliases, never trimmed, since each variant is its own entry.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from ..errors import DataError
from .context import Context
from .records import Record, read_rows
from .store import BoardImport

BOARDS = {
    "text": "lmarena-text",
    "webdev": "lmarena-webdev",
    "image_edit": "lmarena-image-edit",
    "text_to_image": "lmarena-text-to-image",
}
KEEP = 20


def read(files: list[Path], ctx: Context) -> list[BoardImport]:
    by_board: dict[str, dict[dt.date, list[Record]]] = defaultdict(lambda: defaultdict(list))
    skipped: dict[str, int] = defaultdict(int)
    for path in files:
        for record in read_rows(path):
            category = (record.text("category") or "").lower().replace("-", "_").replace(" ", "_")
            board = BOARDS.get(category)
            if board is None:
                skipped[category] += 1
                continue
            by_board[board][_date(record)].append(record)
    if skipped:
        ctx.notes.append("lmarena: skipped rows of categories without a board: "
                         + ", ".join(f"{c} ({n})" for c, n in sorted(skipped.items())))
    if not by_board:
        raise DataError(f"no rows of the categories {', '.join(BOARDS)}", path=files[0], field="category")
    imports = []
    for board, publications in by_board.items():
        dates = [d for d in publications if ctx.week is None or d <= ctx.week]
        if not dates:
            ctx.notes.append(f"lmarena: {board} not imported: it is only published after {ctx.week} in these files")
            continue
        published = max(dates)
        imports.append(_board(board, ctx.week or published, publications[published], ctx))
    if not imports:
        raise DataError(f"every publication in these files is after the week {ctx.week}", path=files[0],
                        field="leaderboard_publish_date")
    return imports


def _date(record: Record) -> dt.date:
    raw = record.text("leaderboard_publish_date")
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        raise record.error("leaderboard_publish_date", f"'{raw}' is not a date (YYYY-MM-DD)") from None


def _board(board: str, week: dt.date, records: list[Record], ctx: Context) -> BoardImport:
    entries = []
    for record in records:
        rating = record.amount("rating")
        published_rank = record.whole("rank", required=False)
        entries.append((rating, published_rank, record.text("model_name") or "", record))
    entries.sort(key=lambda e: (-(e[0] or 0), e[1] if e[1] is not None else 10**9, e[2]))
    rows = []
    seen: dict[str, Record] = {}
    for position, (rating, _, name, record) in enumerate(entries[:KEEP], start=1):
        where = f"{record.path.name}, line {record.line}" if record.line else f"{record.path.name}, {record.where}"
        org = ctx.resolver.company(record.text("organization"), where=where)
        model = ctx.resolver.model(None, name, org, where=where, strong_names=True)
        if model.id in seen:
            raise record.error("model_name", f"'{name}' is the same model ({model.name}) as another row of {board}")
        seen[model.id] = record
        preliminary = record.flag("preliminary")
        if preliminary is None:
            preliminary = record.flag("is_preliminary")
        assert rating is not None
        rows.append({"rank": str(position), "model": model.name, "org": org.name,
                     "score": str(rating.quantize(Decimal(1), rounding=ROUND_HALF_UP)),
                     "preliminary": "true" if preliminary else "false"})
    return BoardImport(board=board, week=week, rows=rows, source=records[0].path)
