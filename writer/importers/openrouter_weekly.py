"""The community weekly OpenRouter snapshots (johnbean393/openrouter-inference-stats) → openrouter-models.

One file per week, named for the week's last day:

    {"date": "2026-02-01", "models": [{"rank", "slug", "name", "total_tokens", "percent_change", ...}],
     "total_tokens": ..., ...}

The quirks handled here (see ../shared/real-data/README.md):
- only the top 9 (top 10 from 2026-02-16) models, in no guaranteed order: rows are sorted by rank;
  when no record has a rank, by tokens;
- `percent_change` is 0 for a model that was not in the previous file's list: growth is left
  empty then (a real 0% is kept when the model was listed the week before). When the previous
  week is unknown (first file, no earlier week in the dataset) a 0 is left empty too, since it
  cannot be told from "new";
- `name` has an "Author: " prefix in older files only, and `slug` a dated variant: both go
  through entity resolution; the author is the company of the slug prefix;
- `total_tokens` is written exactly as given (since 2026-02-16 the collector rounds it to three
  significant figures, e.g. 1440000000000: the CSV keeps those digits).
Prices, token breakdowns and revenue estimates are not imported: no board holds them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from ..errors import DataError, UsageError
from ..models import Entity
from .context import Context, week_from_name
from .records import Record, read_json, records_in
from .resolve import Slug
from .store import BoardImport

BOARD = "openrouter-models"


def read(files: list[Path], ctx: Context) -> list[BoardImport]:
    """One openrouter-models snapshot per file, oldest week first."""
    weekly: list[tuple[dt.date, Path, object]] = []
    for path in files:
        data = read_json(path)
        weekly.append((_week(path, data, ctx, several=len(files) > 1), path, data))
    weekly.sort(key=lambda item: item[0])
    for (week_a, path_a, _), (week_b, path_b, _) in zip(weekly, weekly[1:]):
        if week_a == week_b:
            raise DataError(f"two files for the week {week_a} ({path_a.name} and {path_b.name}): import one of them",
                            path=path_b, field="date")
    return [_snapshot(week, path, data, ctx) for week, path, data in weekly]


def _week(path: Path, data: object, ctx: Context, several: bool) -> dt.date:
    record = Record(data, path)
    raw = record.maybe_text("date")
    if raw is None:
        found = week_from_name(path) or ctx.week
        if found is None:
            raise record.error("date", "missing, and the file name is not a date: give the week with --week")
        return found
    try:
        week = dt.date.fromisoformat(raw[:10])
    except ValueError:
        raise record.error("date", f"'{raw}' is not a date (YYYY-MM-DD)") from None
    if ctx.week is not None and ctx.week != week:
        if several:
            raise UsageError("--week cannot be used with several openrouter-weekly files: each carries its own date")
        raise record.error("date", f"the file is for the week {week}, not {ctx.week} (drop --week)")
    return week


def _snapshot(week: dt.date, path: Path, data: object, ctx: Context) -> BoardImport:
    records = records_in(data, path, "models")
    if not records:
        raise DataError("no models in the file", path=path, field="models")
    ranked = [r for r in records if r.has("rank")]
    if ranked and len(ranked) != len(records):
        missing = next(r for r in records if not r.has("rank"))
        raise missing.error("rank", "missing, while other models of the file have one")
    entries = []
    for record in records:
        slug = record.text("slug")
        tokens = record.count("total_tokens")
        rank = record.whole("rank") if ranked else None
        if rank is not None and rank < 1:
            raise record.error("rank", f"{rank} is not a rank (1 = first)")
        entries.append((rank, tokens, slug, record))
    if ranked:
        entries.sort(key=lambda e: e[0] or 0)
        for first, second in zip(entries, entries[1:]):
            if first[0] == second[0]:
                raise second[3].error("rank", f"duplicate rank {second[0]} (also {first[3].where})")
    else:
        entries.sort(key=lambda e: -e[1])
        entries = [(i + 1, tokens, slug, record) for i, (_, tokens, slug, record) in enumerate(entries)]

    # Rows whose slug is already known first, so two releases listed side by side keep their entities.
    order = sorted(range(len(entries)), key=lambda i: not ctx.resolver.knows(entries[i][2]))
    resolved: dict[int, tuple[Entity, Entity]] = {}
    for i in order:
        _, _, slug, record = entries[i]
        where = f"{path.name}, {record.where}"
        name = record.maybe_text("name")
        prefix_name = name.split(": ", 1)[0] if name and ": " in name else None
        author = ctx.resolver.company(Slug.parse(slug).author or prefix_name or "unknown", prefix_name, where=where)
        used = frozenset(model.id for model, _ in resolved.values())
        resolved[i] = (ctx.resolver.model(slug, name, author, where=where, avoid=used), author)
    before = ctx.listed_before(BOARD, week)
    rows: list[dict[str, str]] = []
    for i, (rank, tokens, _, record) in enumerate(entries):
        model, author = resolved[i]
        rows.append({"rank": str(rank), "model": model.name, "author": author.name, "tokens": str(tokens),
                     "growth": _growth(record, model.id, before)})
    ctx.remember(BOARD, week, {model.id for model, _ in resolved.values()})
    return BoardImport(board=BOARD, week=week, rows=rows, source=path)


def _growth(record: Record, entity: str, before: tuple[dt.date, set[str]] | None) -> str:
    """percent_change as published, except the 0 that means "not in last week's list"."""
    change = record.number("percent_change", required=False)
    if change is None:
        return ""
    if change == 0 and (before is None or entity not in before[1]):
        return ""
    return _plain(change)


def _plain(number: Decimal) -> str:
    """A number as written in the source, without exponent or trailing zeros (9, -52, 12.5)."""
    return format(number.normalize(), "f")
