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
from .models import BoardKind

OPENROUTER_KINDS = {BoardKind.usage, BoardKind.author_share, BoardKind.model_share, BoardKind.throughput}
MAX_STORIES = {True: 5, False: 1}
MIN_WEIGHT = 25.0


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


def _entry_weight(delta: Delta) -> float:
    """A new entry weighs more the higher it lands; an exit the higher it fell from."""
    n = delta.board.list_size
    if delta.entered:
        rank = delta.rank_now or n
        return 10 * (n + 1 - rank) + 20 + (10 if rank <= 5 else 0) + (10 if delta.reentered else 0)
    rank = delta.rank_prev or n
    return 10 * (n + 1 - rank) + 20


def _move_weight(delta: Delta, index: dict[str, Fact]) -> float:
    """How big an entity's change is, on the board's own terms."""
    kind = delta.board.kind
    rank_change = abs((delta.rank_prev or 0) - (delta.rank_now or 0)) if delta.rank_prev and delta.rank_now else 0
    tokens = _fact(index, delta, Metric.tokens)
    rel = abs(_num(tokens.rel_change)) if tokens and tokens.rel_change else 0.0
    if kind is BoardKind.usage:
        growth = _fact(index, delta, Metric.growth)
        swing = abs(_num(growth.change)) if growth and growth.change else 0.0
        return 10 * rank_change + rel + 0.5 * swing
    if kind in (BoardKind.author_share, BoardKind.model_share):
        share = _fact(index, delta, Metric.share)
        points = abs(_num(share.change)) if share and share.change else 0.0
        doubling = 20 if tokens and tokens.ratio and tokens.ratio >= 1.9 else 0
        streak = 10 if share and share.streak >= 3 else 0
        return 15 * points + 0.3 * rel + 5 * rank_change + doubling + streak
    if kind is BoardKind.throughput:
        requests = _fact(index, delta, Metric.requests_rank)
        req_now = int(_num(requests.now)) if requests and requests.now else 99
        req_prev = int(_num(requests.prev)) if requests and requests.prev else req_now
        leader = {1: 40, 2: 25}.get(req_now, 0)
        fast = 5 * max(0, 4 - (delta.rank_now or 99))
        return leader + fast + 10 * rank_change + 5 * abs(req_prev - req_now)
    score = _fact(index, delta, Metric.score)
    changed = score is not None and score.change is not None and abs(_num(score.change)) > 0
    rank = _fact(index, delta, Metric.rank)
    versions = [s for s in (rank.status if rank else []) if s.startswith("version")]
    version_changed = len(set(v.split("=", 1)[1] for v in versions)) > 1
    return 5 * rank_change + (20 if changed else 0) + (10 if version_changed else 0)


def _facts_of(index: dict[str, Fact], delta: Delta) -> list[str]:
    prefix = f"{delta.board.id}/{delta.key}/"
    return [fid for fid in index if fid.startswith(prefix)]


def board_stories(bd: BoardDelta, facts: Facts) -> list[Story]:
    """A board's stories, most newsworthy first, at most five (OpenRouter) or one (arenas)."""
    if not bd.has_prev:
        return []
    index = {f.id: f for f in facts.facts if f.board == bd.board.id}
    board = bd.board
    stories: list[Story] = []

    def add(kind: StoryKind, deltas: list[Delta], weight: float, extra: list[str] | None = None) -> None:
        ids = [fid for d in deltas for fid in _facts_of(index, d)] + (extra or [])
        stories.append(Story(id=f"{board.id}/{kind.value}/{'+'.join(d.key for d in deltas)}", board=board.id,
                             kind=kind, entities=[d.entity for d in deltas], facts=ids, weight=round(weight, 1)))

    swapped: set[str] = set()
    if board.kind not in OPENROUTER_KINDS:
        # A trade of places across the list's edge is a swap, not one out and one in.
        for upper, lower in bd.swaps():
            add(StoryKind.swap, [upper, lower], 30, [f"{board.id}/swap/{upper.key}+{lower.key}"])
            swapped |= {upper.key, lower.key}
    left = [d for d in bd.deltas if d.left and d.key not in swapped]
    entered = [d for d in bd.deltas if d.entered and not d.reentered and d.key not in swapped]
    back = [d for d in bd.deltas if d.reentered and d.key not in swapped]
    bottom = [d for d in entered if d.rank_now == board.list_size]
    if len(left) == 1 and bottom:
        add(StoryKind.replaced, [left[0], bottom[0]], max(_entry_weight(left[0]), _entry_weight(bottom[0])))
        entered.remove(bottom[0])
        left = []
    if len(left) >= 2:
        left.sort(key=lambda d: d.rank_prev or 0)
        add(StoryKind.exits, left, max(_entry_weight(d) for d in left))
    elif left:
        add(StoryKind.exits, left, _entry_weight(left[0]))
    if len(back) >= 2:
        back.sort(key=lambda d: d.rank_now or 0)
        add(StoryKind.reentries, back, max(_entry_weight(d) for d in back))
    else:
        entered += back
    for delta in entered:
        add(StoryKind.entered, [delta], _entry_weight(delta))
    leader = next((d for d in bd.deltas if d.rank_now == 1), None)
    if bd.new_leader and leader is not None:
        told = next((s for s in stories if leader.entity in s.entities), None)
        if told is not None:
            told.weight += 100  # a newcomer straight to first place is one story, not two
        else:
            add(StoryKind.new_leader, [leader], 100 + _move_weight(leader, index))
    named = {e for s in stories for e in s.entities}
    for delta in bd.deltas:
        if delta.entity in named or not (delta.now and delta.prev):
            continue
        weight = _move_weight(delta, index)
        kind = StoryKind.move
        if board.kind is BoardKind.throughput:
            kind = StoryKind.standout
        elif board.kind not in OPENROUTER_KINDS and weight >= 20:
            kind = StoryKind.score_update
        add(kind, [delta], weight)
    stories.sort(key=lambda s: -s.weight)
    is_openrouter = board.kind in OPENROUTER_KINDS
    chosen: list[Story] = []
    for story in stories:
        if story.weight < (MIN_WEIGHT if is_openrouter else 15):
            break
        if is_openrouter or not set(story.entities) & {e for s in chosen for e in s.entities}:
            chosen.append(story)
        if len(chosen) == MAX_STORIES[is_openrouter]:
            break
    return chosen


def week_stories(deltas: list[BoardDelta], facts: Facts) -> dict[str, list[Story]]:
    """Stories of every board, by board id, boards in catalog order."""
    return {bd.board.id: board_stories(bd, facts) for bd in deltas}
