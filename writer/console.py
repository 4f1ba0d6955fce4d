"""Terminal presentation for the CLI (rich tables); imported only by `cli`."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from .facts import Fact, Facts
from .stories import Story


def _text(value: object) -> str:
    return getattr(value, "text", "") if value is not None else ""


def print_facts(facts: Facts, selected: list[Fact], stories: dict[str, list[Story]]) -> None:
    """The facts table an editor reads before writing: one row per fact, then each board's stories."""
    # Piped output keeps whole fact ids on one line; a terminal gets its own width.
    console = Console() if sys.stdout.isatty() else Console(width=200)
    prev = facts.prev_week or "no previous week"
    table = Table(title=f"Facts for the week ending {facts.week} (compared with {prev})", show_lines=False)
    for column in ("id", "entity", "metric", "last week", "this week", "change", "status"):
        table.add_column(column, overflow="fold")
    for fact in selected:
        metric = fact.metric.value if fact.metric else (fact.label or fact.kind.value)
        change = " ".join(x for x in (_text(fact.change), _text(fact.rel_change)) if x)
        status = ", ".join(fact.status) + (f", declining {fact.streak} weeks" if fact.streak >= 2 else "")
        this_week = _text(fact.now) or (str(fact.date) if fact.date else "")
        table.add_row(fact.id, fact.name, metric, _text(fact.prev), this_week, change, status.strip(", "))
    console.print(table)
    for board, items in stories.items():
        if items:
            console.print(f"[bold]{board}[/bold] stories, most newsworthy first:")
            for story in items:
                console.print(f"  {story.weight:>6.1f}  {story.kind.value:<12} {', '.join(story.entities)}")
