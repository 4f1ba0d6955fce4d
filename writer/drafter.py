"""The deterministic drafter: the whole report from facts and stories, with no LLM.

Every sentence comes from a phrase template in `prompts/drafter/` (Jinja macros an editor can
reword); this module only chooses which stories to tell and hands each one its facts. It is the
offline draft, and the fallback for any section an LLM fails to write correctly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .deltas import BoardDelta
from .entities import Entities
from .facts import Fact, FactKind, Facts, Metric
from .load import Week
from .models import Board
from .naming import display_name
from .numbers import cn_numeral
from .render import SECTION_TITLES, Paragraph, Section, Table
from .stories import Story
from .templates import macro

PHRASES = "drafter/phrases.md.j2"


class StoryView:
    """What a phrase template sees of a story: its board, and each entity with its facts by metric."""

    def __init__(self, story: Story, board: Board, facts: dict[str, Fact], entities: Entities) -> None:
        self.kind = story.kind.value
        self.board = board
        self.top = f"前{cn_numeral(board.list_size)}"
        self.items: list[dict[str, Any]] = []
        for entity_id in story.entities:
            entity = entities.by_id.get(entity_id)
            item: dict[str, Any] = {"id": entity_id, "name": display_name(entities, entity_id), "provider": None}
            item.update({metric.value: None for metric in Metric})
            for fid in story.facts:
                fact = facts[fid]
                if fact.entity == entity_id and fact.metric is not None and fact.kind is not FactKind.swap:
                    item[fact.metric.value] = fact
                    if fact.qualifier:
                        item["provider"] = display_name(entities, fact.qualifier)
            rank = item.get("rank")
            status = rank.status if rank else []
            item["status"] = status
            item["version"] = next((s.split("=", 1)[1] for s in status if s.startswith("version=")), None)
            item["version_prev"] = next((s.split("=", 1)[1] for s in status if s.startswith("version_prev=")), None)
            self.items.append(item)
        self.first = self.items[0] if self.items else {}


def _up(fact: Fact | None) -> bool:
    """This week's value is larger (for ranks: better) than last week's."""
    if fact is None or fact.now is None or fact.prev is None:
        return False
    delta = fact.now.value - fact.prev.value
    return delta < 0 if fact.metric and fact.metric.value.endswith("rank") else delta > 0


def _moved(fact: Fact | None) -> bool:
    return fact is not None and fact.now is not None and fact.prev is not None and fact.now.value != fact.prev.value


def story_text(story: Story, board: Board, facts: dict[str, Fact], entities: Entities, prompts: Path | None) -> str:
    """One story as a clause of the board's bullet, from the phrase template for its kind."""
    template = macro(PHRASES, f"{board.kind.value}_{story.kind.value}", prompts, optional=True) \
        or macro(PHRASES, story.kind.value, prompts)
    return _squeeze(template(StoryView(story, board, facts, entities), _up, _moved))


def _squeeze(text: str) -> str:
    """Join a template's lines: template line breaks are layout, not text."""
    return "".join(line.strip() for line in str(text).splitlines())


def board_paragraph(bd: BoardDelta, stories: list[Story], facts: Facts, entities: Entities, prompts: Path | None) -> Paragraph | None:
    """The 榜单变化 bullet of one board: its title and its stories, most newsworthy first."""
    if not stories:
        return None
    index = facts.by_id()
    clauses = [story_text(s, bd.board, index, entities, prompts) for s in stories]
    intro = macro(PHRASES, "board_intro", prompts)(bd.board)
    text = str(intro).strip() + "；".join(c for c in clauses if c)
    return Paragraph(text=text, board=bd.board.id, facts=[f for s in stories for f in s.facts])


def events_section(week: Week, entities: Entities, prompts: Path | None) -> Section:
    """One bullet per event: who, when, what, and the details with their figures."""
    render_event = macro(PHRASES, "event", prompts)
    paragraphs = []
    for event in sorted(week.events, key=lambda e: e.date):
        org_name = display_name(entities, event.org)
        text = _squeeze(render_event(event, org_name))
        paragraphs.append(Paragraph(text=text, event=event.id, facts=[f"event/{event.id}"]))
    return Section(id="events", title=SECTION_TITLES["events"], paragraphs=paragraphs)


OVERVIEW_LEADS = 3


def overview_section(week: Week, stories: dict[str, list[Story]], deltas: list[BoardDelta], facts: Facts,
                     entities: Entities, prompts: Path | None) -> Section:
    """A short overview: the week's events, one clause per organisation, then the three biggest
    stories of the usage boards (by weight), in the order the report tells them."""
    index = facts.by_id()
    leads = [(bd, board_stories[0]) for bd in deltas if (board_stories := stories.get(bd.board.id))]
    # The usage boards (those with a top-3 table) lead the report; arenas only when they are all there is.
    usage = [(bd, story) for bd, story in leads if bd.board.table == "top3"]
    leads = usage or leads
    chosen = {id(story) for _, story in sorted(leads, key=lambda pair: -pair[1].weight)[:OVERVIEW_LEADS]}
    views = [StoryView(story, bd.board, index, entities) for bd, story in leads if id(story) in chosen]
    events: list[dict[str, Any]] = []
    for event in sorted(week.events, key=lambda e: e.date):
        name = display_name(entities, event.org)
        if events and events[-1]["org"] == name:
            events[-1]["titles"].append(event.title)
        else:
            events.append({"org": name, "titles": [event.title]})
    text = str(macro(PHRASES, "overview", prompts)(events, views, _up))
    return Section(id="overview", title=SECTION_TITLES["overview"], paragraphs=[Paragraph(text=_squeeze(text))])


def tables_section(deltas: list[BoardDelta], entities: Entities) -> Section:
    """排行榜: the top three of each usage board, and the leading companies of each capability board."""
    top3 = Table(title=None, header=["测评类型", "第一名", "第二名", "第三名"], rows=[])
    leaders = Table(title="各公司按不同能力领域排名汇总", header=["测评类型", "领先公司"], rows=[])
    for bd in deltas:
        ranked = [e for e in bd.now.entries if e.row.rank is not None]
        if bd.board.table == "top3":
            names = [_name(entities, e.entity) for e in ranked[:3]]
            if len(set(names)) < len(names):  # one model from two providers: say which
                names = [f"{n}（{_name(entities, e.qualifier)}）" if e.qualifier else n for n, e in zip(names, ranked)]
            top3.rows.append([bd.board.label, *names, *[""] * (3 - len(names))])
        elif bd.board.table == "leaders":
            orgs: list[str] = []
            for entry in ranked[: bd.board.list_size]:
                name = display_name(entities, getattr(entry.row, "org", "") or "")
                if name and name not in orgs:
                    orgs.append(name)
            leaders.rows.append([bd.board.label, "、".join(orgs)])
    tables = [t for t in (top3, leaders) if t.rows]
    return Section(id="tables", title=SECTION_TITLES["tables"], tables=tables)


def _name(entities: Entities, entity_id: str) -> str:
    return display_name(entities, entity_id)


def boards_section(deltas: list[BoardDelta], stories: dict[str, list[Story]], facts: Facts, entities: Entities,
                   prompts: Path | None) -> Section:
    """榜单变化: one bullet per board that has a story this week."""
    paragraphs = [p for bd in deltas if (p := board_paragraph(bd, stories.get(bd.board.id, []), facts, entities, prompts))]
    return Section(id="boards", title=SECTION_TITLES["boards"], paragraphs=paragraphs)


def draft_sections(week: Week, deltas: list[BoardDelta], stories: dict[str, list[Story]], facts: Facts,
                   entities: Entities, prompts: Path | None = None) -> list[Section]:
    """All four sections, deterministically."""
    return [
        overview_section(week, stories, deltas, facts, entities, prompts),
        events_section(week, entities, prompts),
        boards_section(deltas, stories, facts, entities, prompts),
        tables_section(deltas, entities),
    ]
