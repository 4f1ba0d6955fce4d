"""OpenRouter's Data API `rankings-daily` → openrouter-models and openrouter-authors for one week.

`GET /api/v1/datasets/rankings-daily?start_date=&end_date=` returns, per UTC day, the top 50 models
by tokens plus one `other` row summing every model outside that top 50:

    {"data": [{"date": "2026-02-01", "model_permaslug": "anthropic/claude-4.5-sonnet-20250929",
               "total_tokens": "110893124533"}, ..., {"date": ..., "model_permaslug": "other", ...}],
     "meta": {"as_of", "start_date", "end_date", "version"}}

The report's week is the 7 days ending on the week date: `--week`, or else the last date in the
files. All 7 days must be present. One or several files may be given (one window each, or
overlapping windows: a day repeated with the same figures is fine, with different ones an error).

- openrouter-models: the 10 permaslugs with the most tokens over the 7 days. Growth is the
  change against the 7 days before, when all of those are in the same import (else empty), in
  whole percent. A model is summed only over the days it was in that day's top 50, so a model
  near the edge is undercounted; the top 10 are in every day's top 50 in practice.
- openrouter-authors: tokens per author (the permaslug prefix) over the week; the top 10 authors
  by name, then one Others row = every other author plus all the `other` rows. Shares are of the
  total including `other`, written with one decimal (so they agree with the tokens as the loader
  checks). An author's figure counts only its models in each day's top 50: the rest is in Others.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from ..errors import DataError
from ..models import Entity
from .context import Context
from .records import Record, read_json, records_in
from .resolve import Slug
from .store import BoardImport

OTHER = "other"
TOP_MODELS = 10
TOP_AUTHORS = 10
DAYS = 7


def read(files: list[Path], ctx: Context) -> list[BoardImport]:
    """The week's openrouter-models and openrouter-authors snapshots."""
    daily: dict[dt.date, dict[str, int]] = defaultdict(dict)
    where: dict[tuple[dt.date, str], Record] = {}
    for path in files:
        for record in records_in(read_json(path), path, "data"):
            day = _date(record)
            slug = record.text("model_permaslug")
            tokens = record.count("total_tokens")
            known = daily[day].get(slug)
            if known is not None and known != tokens:
                raise record.error("total_tokens", f"{slug} on {day} has {tokens} tokens here and {known} in "
                                                   f"{where[(day, slug)].path.name}, {where[(day, slug)].where}")
            daily[day][slug] = tokens
            where[(day, slug)] = record
    if not daily:
        raise DataError("no rows under 'data'", path=files[0], field="data")
    week = ctx.week or max(daily)
    days = [week - dt.timedelta(days=n) for n in range(DAYS - 1, -1, -1)]
    missing = [d.isoformat() for d in days if d not in daily]
    if missing:
        raise DataError(f"the week ending {week} needs the {DAYS} days {days[0]} to {days[-1]}; "
                        f"missing: {', '.join(missing)} (fetch them, or pick the week with --week)", path=files[0])
    before = [d - dt.timedelta(days=DAYS) for d in days]
    complete_before = all(d in daily for d in before)
    if not complete_before and any(d in daily for d in before):
        ctx.notes.append(f"openrouter-daily: the week before {week} is incomplete in these files, so growth is left empty")
    now_totals = _sum(daily, days)
    prev_totals = _sum(daily, before) if complete_before else None
    source = files[0]
    return [_models(week, now_totals, prev_totals, ctx, source), _authors(week, now_totals, ctx, source)]


def _date(record: Record) -> dt.date:
    raw = record.text("date")
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        raise record.error("date", f"'{raw}' is not a date (YYYY-MM-DD)") from None


def _sum(daily: dict[dt.date, dict[str, int]], days: list[dt.date]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for day in days:
        for slug, tokens in daily[day].items():
            totals[slug] += tokens
    return totals


def _models(week: dt.date, now: dict[str, int], prev: dict[str, int] | None, ctx: Context, source: Path) -> BoardImport:
    ranked = sorted(((t, s) for s, t in now.items() if s != OTHER), key=lambda ts: (-ts[0], ts[1]))[:TOP_MODELS]
    resolved: dict[str, tuple[Entity, Entity]] = {}
    for _, slug in sorted(ranked, key=lambda ts: not ctx.resolver.knows(ts[1])):  # known slugs first
        author = ctx.resolver.company(Slug.parse(slug).author or "unknown", where=f"{source.name}, {slug}")
        used = frozenset(model.id for model, _ in resolved.values())
        resolved[slug] = (ctx.resolver.model(slug, None, author, where=f"{source.name}, {slug}", avoid=used), author)
    rows = []
    for rank, (tokens, slug) in enumerate(ranked, start=1):
        model, author = resolved[slug]
        growth = ""
        if prev is not None and prev.get(slug):
            growth = str(_round(Decimal(100) * (Decimal(tokens) / Decimal(prev[slug]) - 1), Decimal(1)))
        rows.append({"rank": str(rank), "model": model.name, "author": author.name, "tokens": str(tokens), "growth": growth})
    return BoardImport(board="openrouter-models", week=week, rows=rows, source=source)


def _authors(week: dt.date, now: dict[str, int], ctx: Context, source: Path) -> BoardImport:
    by_author: dict[str, int] = defaultdict(int)
    for slug, tokens in now.items():
        if slug != OTHER:
            by_author[Slug.parse(slug).author or "unknown"] += tokens
    total = sum(now.values())
    if total <= 0:
        raise DataError(f"no tokens in the week ending {week}", path=source, field="total_tokens")
    ranked = sorted(by_author.items(), key=lambda at: (-at[1], at[0]))
    rows = []
    for rank, (prefix, tokens) in enumerate(ranked[:TOP_AUTHORS], start=1):
        author = ctx.resolver.company(prefix, where=f"{source.name}, author {prefix}")
        rows.append({"rank": str(rank), "author": author.name, "tokens": str(tokens), "share": _share(tokens, total)})
    others = total - sum(t for _, t in ranked[:TOP_AUTHORS])
    if others:
        rows.append({"rank": "", "author": "Others", "tokens": str(others), "share": _share(others, total)})
    return BoardImport(board="openrouter-authors", week=week, rows=rows, source=source)


def _share(tokens: int, total: int) -> str:
    return str(_round(Decimal(100) * Decimal(tokens) / Decimal(total), Decimal("0.1")))


def _round(value: Decimal, step: Decimal) -> Decimal:
    result = value.quantize(step, rounding=ROUND_HALF_UP)
    return result.copy_abs() if result == 0 else result  # never "-0"
