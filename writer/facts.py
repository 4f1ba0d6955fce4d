"""Facts: every statement a report may make about the week, with its figures and their spellings.

A fact is one entity's one metric on one board (tokens 364B → 464B, +100B, +27%), one entity's
standing on a board (第7 → 第4, entered the list, back after weeks out), a pair that swapped
places, or an event and its figures. The drafter writes from facts, the prompts list them and the
checker verifies every number against them: they are the one vocabulary of the week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from . import naming
from .figures import read_quantity
from .deltas import BoardDelta, Delta, week_deltas
from .entities import Entities
from .load import Dataset, Week
from .models import BoardKind, EntityKind, Event
from .numbers import (
    Figure,
    cn_numeral,
    decimals_of,
    format_number,
    format_percent,
    format_tokens,
    parse_figure,
    token_renderings,
)


class Metric(str, Enum):
    """What a figure measures."""

    tokens = "tokens"
    share = "share"
    growth = "growth"
    rank = "rank"
    speed = "speed"
    price = "price"
    requests = "requests"
    requests_rank = "requests_rank"
    score = "score"


def metric_order(metrics: Iterable[Metric]) -> list[Metric]:
    """Metrics in their declared order: a set's own order changes with each run's string hashing."""
    return sorted(metrics, key=list(Metric).index)


class FactKind(str, Enum):
    """The kinds of statement a fact makes."""

    metric = "metric"
    standing = "standing"
    swap = "swap"
    event = "event"
    event_figure = "event_figure"


class Value(BaseModel):
    """A figure with the precision of its source and the ways it may be written."""

    model_config = ConfigDict(frozen=True)

    value: float
    step: float = Field(description="Precision of the source: the value is known to ±step/2.")
    text: str = Field(description="House-style spelling, e.g. 582B, +18%, 第2.")
    forms: list[str] = Field(default_factory=list, description="Other correct spellings: 0.58T, 5820亿.")

    def figure(self) -> Figure:
        return Figure(self.value, self.step)


class Fact(BaseModel):
    """One checkable statement about the week."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable id: board/entity/metric, swap/..., event/...")
    kind: FactKind
    board: str | None = None
    entity: str | None = Field(None, description="Canonical entity id.")
    name: str = Field("", description="Display name of the entity (or event title).")
    qualifier: str | None = Field(None, description="Provider of a throughput row.")
    metric: Metric | None = None
    unit: str = ""
    prev: Value | None = Field(None, description="Last week's value (None: not listed, or no previous week).")
    now: Value | None = Field(None, description="This week's value (None: not listed this week).")
    change: Value | None = Field(None, description="now - prev; for ranks, places gained (positive = up).")
    rel_change: Value | None = Field(None, description="Relative change in percent (amounts only).")
    ratio: float | None = Field(None, description="now / prev, for 翻倍-style statements.")
    status: list[str] = Field(default_factory=list, description="entered, left, reentered, new, listed, preliminary, ...")
    streak: int = Field(0, description="Consecutive weeks of decline ending this week.")
    others: list[str] = Field(default_factory=list, description="Other entities the fact involves (swap partner).")
    org: str | None = Field(None, description="The company behind the row (its org or author column).")
    date: dt.date | None = None
    label: str | None = Field(None, description="What an event figure measures.")
    text: str = Field("", description="The fact in one line, for editors and prompts.")


class Facts(BaseModel):
    """All facts of one week: the validation context of every draft and check."""

    week: dt.date
    prev_week: dt.date | None
    facts: list[Fact]

    def by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}


# Column of a row that carries each metric, per board kind.
METRIC_COLUMNS: dict[BoardKind, dict[Metric, str]] = {
    BoardKind.usage: {Metric.tokens: "tokens", Metric.growth: "growth"},
    BoardKind.author_share: {Metric.tokens: "tokens", Metric.share: "share"},
    BoardKind.model_share: {Metric.tokens: "tokens", Metric.share: "share"},
    BoardKind.throughput: {Metric.speed: "speed", Metric.price: "price", Metric.requests: "requests"},
    BoardKind.arena: {Metric.score: "score"},
    BoardKind.benchmark: {Metric.score: "score"},
}

AMOUNTS = {Metric.tokens, Metric.requests}


def spell(metric: Metric, figure: Figure, unit: str = "", signed: bool = False) -> Value:
    """A Value with its house-style text and equivalent forms."""
    v, d = figure.value, decimals_of(figure.step)
    if metric is Metric.tokens:
        forms = token_renderings(v)
        return Value(value=v, step=figure.step, text=forms[0], forms=forms[1:])
    if metric in (Metric.rank, Metric.requests_rank):
        n = int(v)
        return Value(value=v, step=figure.step, text=f"第{n}", forms=[f"第{cn_numeral(n)}", f"第{n}名", f"第{n}位"])
    if metric in (Metric.share, Metric.growth):
        return Value(value=v, step=figure.step, text=format_percent(v, d, signed or metric is Metric.growth))
    if metric is Metric.speed:
        return Value(value=v, step=figure.step, text=f"{format_number(v, d)} tok/s")
    if metric is Metric.price:
        return Value(value=v, step=figure.step, text=f"${v:.{max(d, 2)}f}/M")
    if metric is Metric.requests:
        return Value(value=v, step=figure.step, text=format_tokens(v))
    suffix = "%" if unit == "%" else ""
    return Value(value=v, step=figure.step, text=f"{v:.{d}f}{suffix}")


def metric_fact(delta: Delta, metric: Metric, column: str, name: str, unit: str) -> Fact | None:
    """One entity's one metric this week and last, with its change."""
    now = getattr(delta.now.row, column, None) if delta.now else None
    prev = getattr(delta.prev.row, column, None) if delta.prev else None
    if now is None and prev is None:
        return None
    change = rel = None
    ratio = None
    if now is not None and prev is not None:
        change_fig = Figure(now.value - prev.value, now.step + prev.step)
        change = spell(metric, change_fig, unit, signed=True) if metric not in AMOUNTS else spell(metric, change_fig)
        if metric in (Metric.share, Metric.growth) or unit == "%":
            # A change of a percentage is in points: 87.71% → 89.37% is +1.66个百分点, not 1.66%.
            points = f"{change_fig.value:+.{decimals_of(change_fig.step / 2)}f}个百分点"
            change = Value(value=change_fig.value, step=change_fig.step, text=points)
        if prev.value > 0:
            ratio = now.value / prev.value
            rel_value = 100 * (ratio - 1)
            rel_step = 100 * (now.step / prev.value + now.value * prev.step / prev.value**2)
            rel = Value(value=rel_value, step=rel_step, text=format_percent(rel_value, 0, signed=True))
    streak = delta.decline_streak(column) if now is not None else 0
    parts = [f"{name} {metric.value}"]
    parts.append(" → ".join(v.text for v in (spell(metric, prev, unit) if prev else None, spell(metric, now, unit) if now else None) if v))
    if rel is not None:
        parts.append(f"({rel.text})")
    return Fact(
        id=f"{delta.board.id}/{delta.key}/{metric.value}",
        kind=FactKind.metric,
        board=delta.board.id,
        entity=delta.entity,
        name=name,
        qualifier=delta.now.qualifier if delta.now else (delta.prev.qualifier if delta.prev else None),
        metric=metric,
        unit=unit,
        prev=spell(metric, prev, unit) if prev is not None else None,
        now=spell(metric, now, unit) if now is not None else None,
        change=change,
        rel_change=rel,
        ratio=ratio,
        streak=streak,
        text=" ".join(parts),
    )


def standing_fact(delta: Delta, name: str, rank_now: int | None, rank_prev: int | None, metric: Metric,
                  org: str | None = None) -> Fact:
    """Where an entity stands: rank then and now, and whether it entered, left or came back."""
    status = []
    if delta.listed(delta.now):
        status.append("listed")
    if delta.entered:
        status.append("entered")
    if delta.reentered:
        status.append("reentered")
    if delta.left:
        status.append("left")
    if delta.is_new:
        status.append("new")
    if delta.now is not None and getattr(delta.now.row, "preliminary", False):
        status.append("preliminary")
    for label, entry in (("version", delta.now), ("version_prev", delta.prev)):
        version = getattr(entry.row, "version", None) if entry else None
        if version:
            status.append(f"{label}={version}")
    change = None
    if rank_now is not None and rank_prev is not None:
        change = Value(value=rank_prev - rank_now, step=0, text=f"{rank_prev - rank_now:+d}")
    now_v = spell(metric, Figure(rank_now, 0)) if rank_now is not None else None
    prev_v = spell(metric, Figure(rank_prev, 0)) if rank_prev is not None else None
    suffix = "" if metric is Metric.rank else " (requests)"
    moves = " → ".join(v.text for v in (prev_v, now_v) if v) or "unranked"
    return Fact(
        id=f"{delta.board.id}/{delta.key}/{metric.value}",
        kind=FactKind.standing,
        board=delta.board.id,
        entity=delta.entity,
        name=name,
        qualifier=delta.now.qualifier if delta.now else (delta.prev.qualifier if delta.prev else None),
        metric=metric,
        unit="rank",
        prev=prev_v,
        now=now_v,
        change=change,
        status=status,
        org=org,
        text=f"{name} rank{suffix} {moves} {' '.join(status)}".strip(),
    )


def requests_ranks(board_delta: BoardDelta, which: str) -> dict[str, int]:
    """Rank of each throughput row by request volume (the bubble size), 1 = most requests."""
    snapshot = board_delta.now if which == "now" else board_delta.prev
    if snapshot is None:
        return {}
    counted = [e for e in snapshot.entries if getattr(e.row, "requests", None) is not None]
    ordered = sorted(counted, key=lambda e: -e.row.requests.value)  # type: ignore[attr-defined]
    return {e.key: i + 1 for i, e in enumerate(ordered)}


def row_org(delta: Delta, entities: Entities) -> str | None:
    """The canonical id of the company in a row's org or author column."""
    entry = delta.now or delta.prev
    name = getattr(entry.row, "org", None) or getattr(entry.row, "author", None) if entry else None
    org = entities.resolve(name, {EntityKind.company}) if name else None
    return org.id if org else None


def display_name(entities: Entities, delta: Delta) -> str:
    return naming.display_name(entities, delta.entity)


def board_facts(bd: BoardDelta, entities: Entities) -> list[Fact]:
    """Every metric, standing and swap fact of one board."""
    facts: list[Fact] = []
    unit_of = {Metric.tokens: "tokens", Metric.share: "%", Metric.growth: "%", Metric.speed: "tok/s",
               Metric.price: "$/M", Metric.requests: "requests", Metric.score: bd.board.unit}
    req_now, req_prev = ({}, {})
    if bd.board.kind is BoardKind.throughput:
        req_now, req_prev = requests_ranks(bd, "now"), requests_ranks(bd, "prev")
    for delta in bd.deltas:
        name = display_name(entities, delta)
        for metric, column in METRIC_COLUMNS[bd.board.kind].items():
            fact = metric_fact(delta, metric, column, name, unit_of[metric])
            if fact is not None:
                facts.append(fact)
        if not delta.is_others:
            facts.append(standing_fact(delta, name, delta.rank_now, delta.rank_prev, Metric.rank, row_org(delta, entities)))
        if req_now or req_prev:
            facts.append(standing_fact(delta, name, req_now.get(delta.key), req_prev.get(delta.key), Metric.requests_rank))
    for upper, lower in bd.swaps():
        a, b = display_name(entities, upper), display_name(entities, lower)
        facts.append(
            Fact(
                id=f"{bd.board.id}/swap/{upper.key}+{lower.key}",
                kind=FactKind.swap,
                board=bd.board.id,
                entity=upper.entity,
                name=a,
                metric=Metric.rank,
                others=[lower.entity],
                now=spell(Metric.rank, Figure(upper.rank_now or 0, 0)),
                prev=spell(Metric.rank, Figure(upper.rank_prev or 0, 0)),
                text=f"{a} overtook {b}: now 第{upper.rank_now} and 第{lower.rank_now}",
            )
        )
    return facts


def event_facts(event: Event, entities: Entities) -> list[Fact]:
    """An event's date and each of its figures."""
    org = entities.resolve(event.org)
    org_id = org.id if org else None
    facts = [
        Fact(
            id=f"event/{event.id}",
            kind=FactKind.event,
            entity=org_id,
            name=event.title,
            date=event.date,
            others=[e.id for name in event.entities if (e := entities.resolve(name))],
            text=f"{event.date:%m-%d} {naming.display_name(entities, event.org)} {event.title}",
        )
    ]
    for label, raw in event.figures.items():
        kind, figure = read_quantity(raw) or ("plain", parse_figure(raw)[0])
        facts.append(
            Fact(
                id=f"event/{event.id}/{label}",
                kind=FactKind.event_figure,
                entity=org_id,
                name=event.title,
                label=label,
                unit=kind,
                date=event.date,
                now=Value(value=figure.value, step=figure.step, text=raw),
                text=f"{event.title}: {label} {raw}",
            )
        )
    return facts


def week_facts(dataset: Dataset, week: Week, deltas: list[BoardDelta]) -> Facts:
    """All facts of a week, boards in catalog order, then events."""
    for event in week.events:
        for name in event.entities:
            dataset.entities.ad_hoc(name)
    facts: list[Fact] = []
    for bd in deltas:
        facts.extend(board_facts(bd, dataset.entities))
    for event in week.events:
        facts.extend(event_facts(event, dataset.entities))
    prev = dataset.previous_date(week.date)
    return Facts(week=week.date, prev_week=prev, facts=facts)


def build_facts(dataset: Dataset, date: dt.date) -> tuple[Facts, list[BoardDelta], Week]:
    """Load a week and everything before it that matters, and state its facts."""
    week, deltas = week_deltas(dataset, date)
    return week_facts(dataset, week, deltas), deltas, week
