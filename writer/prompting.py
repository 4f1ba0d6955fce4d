"""What each LLM section is asked: its messages, rendered from `prompts/llm/`, and its answer shape.

The LLM writes three kinds of section: the overview (`overview`), the event bullets (`events`)
and, for each board with a story this week, that board's 榜单变化 bullet (`boards/<board id>`).
Each template receives only the facts the section may quote — ids, names, every allowed
spelling of each figure — and the JSON Schema of its answer:

    >>> plan = section_plan(ctx, "boards/openrouter-models")
    >>> [m["role"] for m in plan.messages]
    ['system', 'user']

Templates are strict (a missing variable is a PromptError naming it); editors change them
without touching Python, and `writer prompt --week W --section S` shows the result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .answers import BoardOut, EventScope, EventsOut, OverviewOut, Scope
from .drafter import PHRASES
from .errors import UsageError
from .facts import Fact
from .load import OTHERS_ID
from .naming import display_name
from .numbers import cn_numeral
from .stories import Story
from .templates import macro, render
from .weekly import WeekContext
from .vocabulary import METRIC_LABELS

SYSTEM = "llm/system.md.j2"
REASK = "llm/reask.md.j2"
TEMPLATES = {"overview": "llm/overview.md.j2", "events": "llm/events.md.j2", "boards": "llm/board.md.j2"}
OUTPUTS: dict[str, type[BaseModel]] = {"overview": OverviewOut, "events": EventsOut, "boards": BoardOut}


@dataclass
class SectionPlan:
    """One section the LLM drafts: what it is asked, what shape it answers in, where the text goes."""

    id: str
    """overview, events, or boards/<board id>."""
    kind: str
    output: type[BaseModel]
    messages: list[dict[str, str]]
    scope: Scope
    board: str | None = None


def section_ids(ctx: WeekContext) -> list[str]:
    """The sections the LLM drafts this week, in report order."""
    ids = ["overview"]
    if ctx.week.events:
        ids.append("events")
    ids += [f"boards/{bd.board.id}" for bd in ctx.deltas if ctx.stories.get(bd.board.id)]
    return ids


def normalize_id(ctx: WeekContext, section: str) -> str:
    """'openrouter-models' → 'boards/openrouter-models'; unknown ids are a UsageError listing the known."""
    known = section_ids(ctx)
    for candidate in (section, f"boards/{section}"):
        if candidate in known:
            return candidate
    raise UsageError(f"no LLM section '{section}' this week (sections: {', '.join(known)})")


def section_plan(ctx: WeekContext, section: str, prompts: Path | None = None) -> SectionPlan:
    """Render the messages of one section and say how its answer is checked."""
    section = normalize_id(ctx, section)
    kind = section.split("/", 1)[0]
    output = OUTPUTS[kind]
    variables: dict[str, Any] = {
        "week": ctx.facts.week,
        "prev_week": ctx.facts.prev_week,
        "labels": METRIC_LABELS,
        "names": {e.id: display_name(ctx.dataset.entities, e.id) for e in ctx.dataset.entities.by_id.values()},
        "schema": json.dumps(output.model_json_schema(), ensure_ascii=False),
    }
    board = None
    if kind == "boards":
        board = ctx.dataset.board(section.split("/", 1)[1])
        assert board is not None  # normalize_id only returns boards of this week
        intro = str(macro(PHRASES, "board_intro", prompts)(board)).strip()
        stories = ctx.stories[board.id]
        # A source that lists nine a week (or fewer one of the two weeks) has no 前十.
        listed = next((bd.board.list_size for bd in ctx.deltas if bd.board.id == board.id), board.list_size)
        variables.update(board=board, intro=intro, top=f"前{cn_numeral(listed)}", stories=_stories(ctx, stories))
        subjects = tuple(dict.fromkeys(e for s in stories for e in s.entities if e != OTHERS_ID))
        scope = Scope(kind="boards", intro=intro, subjects=subjects, subject_names=tuple(_name(ctx, e) for e in subjects))
    elif kind == "events":
        events = _events(ctx)
        variables.update(events=events)
        scope = Scope(kind="events", events=tuple(EventScope(e["id"], tuple(e["names"])) for e in events))
    else:
        leads = [{"board": bd.board, "story": _stories(ctx, ctx.stories[bd.board.id][:1])[0]}
                 for bd in ctx.deltas if ctx.stories.get(bd.board.id)]
        events = _events(ctx)
        variables.update(events=events, leads=leads)
        subjects = tuple(dict.fromkeys(e for bd in ctx.deltas for s in ctx.stories.get(bd.board.id, [])[:1]
                                       for e in s.entities if e != OTHERS_ID))
        names = tuple(dict.fromkeys([*(n for e in events for n in e["names"]), *(_name(ctx, e) for e in subjects)]))
        scope = Scope(kind="overview", subjects=subjects, subject_names=names)
    messages = [
        {"role": "system", "content": render(SYSTEM, prompts, **variables).strip()},
        {"role": "user", "content": render(TEMPLATES[kind], prompts, **variables).strip()},
    ]
    return SectionPlan(id=section, kind=kind, output=output, messages=messages, scope=scope, board=board.id if board else None)


def reask_message(problems: list[str], attempt: int, prompts: Path | None = None) -> str:
    """The user message that re-asks a failed section, quoting its problems."""
    return render(REASK, prompts, problems=problems, attempt=attempt).strip()


def _name(ctx: WeekContext, entity_id: str) -> str:
    return display_name(ctx.dataset.entities, entity_id)


def _stories(ctx: WeekContext, stories: list[Story]) -> list[dict[str, Any]]:
    index = ctx.facts.by_id()
    views = []
    for story in stories:
        facts: list[Fact] = [index[fid] for fid in story.facts if fid in index]
        views.append({"kind": story.kind.value, "names": [_name(ctx, e) for e in story.entities], "facts": facts})
    return views


def _events(ctx: WeekContext) -> list[dict[str, Any]]:
    views = []
    for event in sorted(ctx.week.events, key=lambda e: e.date):
        org_name = display_name(ctx.dataset.entities, event.org)
        views.append({
            "id": event.id,
            "date_text": f"{event.date.month}月{event.date.day}日",
            "org": org_name,
            "title": event.title,
            "details": list(event.details),
            "figures": dict(event.figures),
            "names": list(dict.fromkeys([org_name, event.org, *event.entities])),
        })
    return views
