"""Newsworthiness: which of a board's changes are stories, and in what order.

A story is what one bullet clause of 榜单变化 tells: one entity's move with all its figures, a
pair (left the list / took its place), a group (three models fell out; two came back), a swap,
a new entry or a score update. Weights come from the size of the change, never from names:
a fall from 2nd to 9th, a share doubling or a new entry in the top 5 beat a 1% move.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, Field

from .deltas import BoardDelta, Delta
from .facts import Fact, Facts, Metric
from .models import BoardKind, Catalog
from .storyrules import StoryRules

OPENROUTER_KINDS = {BoardKind.usage, BoardKind.author_share, BoardKind.model_share, BoardKind.throughput}


class StoryKind(str, Enum):
    """The shapes a story takes."""

    move = "move"
    replaced = "replaced"
    entered = "entered"
    exits = "exits"
    reentries = "reentries"
    swap = "swap"
    new_leader = "new_leader"
    score_update = "score_update"
    standout = "standout"


class Story(BaseModel):
    """One newsworthy change on a board, with the facts that tell it."""

    id: str
    board: str
    kind: StoryKind
    entities: list[str] = Field(description="Canonical ids, in the order the story names them.")
    facts: list[str] = Field(description="Ids of the facts the story states.")
    weight: float = Field(description="Newsworthiness: larger leads.")


def _fact(index: dict[str, Fact], delta: Delta, metric: Metric) -> Fact | None:
    return index.get(f"{delta.board.id}/{delta.key}/{metric.value}")


def _num(value: object) -> float:
    return value.value if value is not None else 0.0  # type: ignore[attr-defined]


def _entry_weight(delta: Delta, rules: StoryRules) -> float:
    """A new entry weighs more the higher it lands; an exit the higher it fell from and the longer it had stayed."""
    n = delta.board.list_size
    if delta.entered:
        rank = delta.rank_now or n
        return (rules.entry_per_place * (n - rank) + rules.entry_base + rules.entry_per_place
                + (rules.entry_high_bonus if rank <= rules.entry_high_rank else 0)
                + (rules.reentry_bonus if delta.reentered else 0))
    rank = delta.rank_prev or n
    tenure = rules.per_week_listed * min(delta.weeks_listed, rules.weeks_listed_cap)
    return rules.exit_per_place * (n + 1 - rank) + rules.exit_base + tenure


def _size_factor(delta: Delta, average: float, column: str, rules: StoryRules) -> float:
    """A small model's move counts for less: its big percentage rebound is noise."""
    mine = delta.value(delta.now, column)
    if not rules.small_size or mine is None or not average:
        return 1.0
    return rules.small_factor if mine < rules.small_size * average else 1.0


def _milestone(delta: Delta, column: str, step: float) -> bool:
    """The figure passed a multiple of `step` it had never reached in the weeks held (首次突破1T)."""
    now = delta.value(delta.now, column)
    before = [v for v in (delta.value(e, column) for e in [delta.prev, *delta.older]) if v is not None]
    if now is None or not before:
        return False
    return int(now // step) > int(max(before) // step)


def _average(bd: BoardDelta, column: str) -> float:
    """The average figure of this week's list, the yardstick of a small model."""
    values = [d.value(d.now, column) for d in bd.deltas if d.listed(d.now)]
    numbers = [v for v in values if v is not None]
    return sum(numbers) / len(numbers) if numbers else 0.0


def _move_weight(delta: Delta, index: dict[str, Fact], rules: StoryRules, leader: Delta | None = None,
                 average: float = 0.0) -> float:
    """How big an entity's change is, on the board's own terms."""
    kind = delta.board.kind
    rank_change = abs((delta.rank_prev or 0) - (delta.rank_now or 0)) if delta.rank_prev and delta.rank_now else 0
    tokens = _fact(index, delta, Metric.tokens)
    rel = abs(_num(tokens.rel_change)) if tokens and tokens.rel_change else 0.0
    held = not (tokens and tokens.rel_change) or _num(tokens.rel_change) > -rules.pushed_tolerance
    places = rules.per_place * rank_change * (rules.pushed_down if delta.slipped_only_by_others and held else 1)
    small = _size_factor(delta, average, "tokens", rules)
    collapse = 0.0
    if (delta.rank_now == 1 and delta.rank_prev == 1 and tokens and tokens.rel_change
            and _num(tokens.rel_change) <= -rules.collapse_percent):
        collapse = rules.leader_collapse
    size = 0.0
    if rules.absolute_change and leader is not None and tokens and tokens.now and tokens.prev:
        top = leader.value(leader.now, "tokens")
        size = rules.absolute_change * 100 * abs(_num(tokens.now) - _num(tokens.prev)) / top if top else 0.0
    streak = rules.streak if tokens and tokens.streak >= rules.streak_weeks else 0
    streak += rules.milestone if rules.milestone and _milestone(delta, "tokens", rules.milestone_step) else 0
    if kind is BoardKind.usage:
        growth = _fact(index, delta, Metric.growth)
        swing = abs(_num(growth.change)) if growth and growth.change else 0.0
        return small * (places + rules.relative_change * rel + rules.growth_swing * swing + size) + streak + collapse
    if kind in (BoardKind.author_share, BoardKind.model_share):
        share = _fact(index, delta, Metric.share)
        points = abs(_num(share.change)) if share and share.change else 0.0
        doubling = rules.doubling if tokens and tokens.ratio and tokens.ratio >= rules.doubling_ratio else 0
        streak = rules.streak if share and share.streak >= rules.streak_weeks else 0
        return rules.share_points * points + small * (rules.relative_change * rel + places) + doubling + streak + collapse
    if kind is BoardKind.throughput:
        requests = _fact(index, delta, Metric.requests_rank)
        req_now = int(_num(requests.now)) if requests and requests.now else 99
        req_prev = int(_num(requests.prev)) if requests and requests.prev else req_now
        busiest = {1: rules.requests_first, 2: rules.requests_second}.get(req_now, 0)
        fast = rules.fast_per_place * max(0, 4 - (delta.rank_now or 99))
        return busiest + fast + places + rules.requests_per_place * abs(req_prev - req_now)
    score = _fact(index, delta, Metric.score)
    changed = score is not None and score.change is not None and abs(_num(score.change)) > 0
    rank = _fact(index, delta, Metric.rank)
    versions = [s for s in (rank.status if rank else []) if s.startswith("version")]
    version_changed = len(set(v.split("=", 1)[1] for v in versions)) > 1
    return places + (rules.score_changed if changed else 0) + (rules.version_changed if version_changed else 0)


def _facts_of(index: dict[str, Fact], delta: Delta) -> list[str]:
    prefix = f"{delta.board.id}/{delta.key}/"
    return [fid for fid in index if fid.startswith(prefix)]


def board_stories(bd: BoardDelta, facts: Facts, rules: StoryRules) -> list[Story]:
    """A board's stories, most newsworthy first, at most `rules.max_stories`."""
    if not bd.has_prev:
        return []
    index = {f.id: f for f in facts.facts if f.board == bd.board.id}
    board = bd.board
    stories: list[Story] = []

    def add(kind: StoryKind, deltas: list[Delta], weight: float, extra: list[str] | None = None) -> Story:
        ids = [fid for d in deltas for fid in _facts_of(index, d)] + (extra or [])
        story = Story(id=f"{board.id}/{kind.value}/{'+'.join(d.key for d in deltas)}", board=board.id,
                      kind=kind, entities=[d.entity for d in deltas], facts=ids, weight=round(weight, 1))
        stories.append(story)
        return story

    leader = next((d for d in bd.deltas if d.rank_now == 1), None)
    average = _average(bd, "tokens")
    dethroned = bd.get(bd.leader(bd.prev) or "") if bd.new_leader else None
    told: set[str] = set()
    if bd.new_leader and leader is not None:
        # A change of leader leads, and names the leader it dethroned; neither is told again.
        pair = [leader] + ([dethroned] if dethroned is not None else [])
        weight = rules.new_leader + _move_weight(leader, index, rules, leader)
        if leader.entered:
            weight += _entry_weight(leader, rules)
        if dethroned is not None:
            weight += rules.per_week_at_top * min(dethroned.weeks_at_top, rules.weeks_listed_cap)
        add(StoryKind.new_leader, pair, weight)
        told |= {d.key for d in pair}

    swapped: set[str] = set(told)
    if rules.swaps:
        # A trade of places across the list's edge is a swap, not one out and one in.
        for upper, lower in bd.swaps():
            if {upper.key, lower.key} & swapped:
                continue
            add(StoryKind.swap, [upper, lower], rules.swap, [f"{board.id}/swap/{upper.key}+{lower.key}"])
            swapped |= {upper.key, lower.key}
    left = [d for d in bd.deltas if d.left and d.key not in swapped]
    entered = [d for d in bd.deltas if d.entered and not d.reentered and d.key not in swapped]
    back = [d for d in bd.deltas if d.reentered and d.key not in swapped]
    bottom = [d for d in entered if d.rank_now == board.list_size]
    if len(left) == 1 and bottom:
        add(StoryKind.replaced, [left[0], bottom[0]], max(_entry_weight(left[0], rules), _entry_weight(bottom[0], rules)))
        entered.remove(bottom[0])
        left = []
    if len(left) >= 2:
        left.sort(key=lambda d: d.rank_prev or 0)
        add(StoryKind.exits, left, max(_entry_weight(d, rules) for d in left))
    elif left:
        add(StoryKind.exits, left, _entry_weight(left[0], rules))
    if len(back) >= 2:
        back.sort(key=lambda d: d.rank_now or 0)
        add(StoryKind.reentries, back, max(_entry_weight(d, rules) for d in back))
    else:
        entered += back
    for delta in entered:
        add(StoryKind.entered, [delta], _entry_weight(delta, rules))
    named = {e for s in stories for e in s.entities}
    for delta in bd.deltas:
        if delta.entity in named or not (delta.now and delta.prev):
            continue
        weight = _move_weight(delta, index, rules, leader, average)
        kind = StoryKind.move
        if board.kind is BoardKind.throughput:
            kind = StoryKind.standout
        elif board.kind not in OPENROUTER_KINDS and weight >= rules.score_update_min:
            kind = StoryKind.score_update
        add(kind, [delta], weight)
    stories.sort(key=lambda s: -s.weight)
    chosen: list[Story] = []
    for story in stories:
        if len(chosen) >= rules.max_stories or story.weight < rules.min_weight:
            break
        if not rules.one_story_per_entity or not set(story.entities) & {e for s in chosen for e in s.entities}:
            chosen.append(story)
    return chosen


def week_stories(deltas: list[BoardDelta], facts: Facts, catalog: Catalog) -> dict[str, list[Story]]:
    """Stories of every board, by board id, boards in catalog order."""
    return {bd.board.id: board_stories(bd, facts, catalog.story_rules(bd.board)) for bd in deltas}
