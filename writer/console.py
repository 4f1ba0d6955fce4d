"""Terminal presentation for the CLI (rich tables, progress); imported only by `cli`."""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .facts import Fact, Facts
from .render import Section, SectionUsage
from .scrub import one_line, printable
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
        table.add_row(*(Text(printable(cell)) for cell in (fact.id, fact.name, metric, _text(fact.prev), this_week, change,
                                                      status.strip(", "))))
    console.print(table)
    for board, items in stories.items():
        if items:
            console.print(f"[bold]{board}[/bold] stories, most newsworthy first:")
            for story in items:
                console.print(f"  {story.weight:>6.1f}  {story.kind.value:<12} {', '.join(story.entities)}")


class DraftProgress:
    """Per-section progress of an LLM draft on stderr: a live display on a terminal, log lines otherwise.

    Called from the drafting threads with each `drafting.SectionEvent`.
    """

    def __init__(self, live: bool | None = None, color: bool = True) -> None:
        import threading

        self.live = sys.stderr.isatty() if live is None else live
        self.console = Console(stderr=True, highlight=False, no_color=not color)
        self.lock = threading.Lock()
        self.tasks: dict[str, Any] = {}
        self.progress: Any = None
        if self.live:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description:<34}"), TimeElapsedColumn(),
                                     TextColumn("{task.fields[status]}"), console=self.console)

    def __enter__(self) -> DraftProgress:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def __call__(self, event: Any) -> None:
        status = {
            "asking": "asking",
            "reasking": f"re-ask {event.attempt}: {event.detail}",
            "done": "written by the LLM" + (f" ({event.detail})" if event.detail else ""),
            "fell_back": f"fell back to the deterministic text: {event.detail}",
        }.get(event.state, event.state)
        status = one_line(status)  # an endpoint's words, or a data file's: no escape sequence reaches the terminal
        with self.lock:
            if self.progress is None:
                self.console.print(f"draft: {event.section}: {status}", markup=False, soft_wrap=True)
                return
            task = self.tasks.get(event.section)
            if task is None:
                task = self.tasks[event.section] = self.progress.add_task(event.section, total=1, status="")
            finished = event.state in ("done", "fell_back")
            self.progress.update(task, status=status[:80], completed=1 if finished else 0)
            if finished:
                self.progress.stop_task(task)


def print_draft_summary(usage: list[SectionUsage], sections: list[Section], cost: float | None, seconds: float,
                        endpoint_failed: bool = False) -> None:
    """The closing summary on stderr: calls, re-asks and tokens per section, totals, cost, and what fell back."""
    console = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 100)
    from rich import box

    table = Table(title=f"LLM sections: calls and tokens ({seconds:.1f}s)", box=box.SIMPLE_HEAD)
    for column in ("section", "calls", "re-asks", "prompt", "completion", "cached"):
        table.add_column(column, justify="left" if column == "section" else "right", no_wrap=column == "section")
    for u in usage:
        table.add_row(u.section, str(u.calls), str(u.reasks), str(u.prompt_tokens), str(u.completion_tokens), str(u.cached))
    totals = [sum(getattr(u, f) for u in usage) for f in ("calls", "reasks", "prompt_tokens", "completion_tokens", "cached")]
    table.add_row("total", *(str(t) for t in totals), end_section=True)
    console.print(table)
    if cost is not None:
        console.print(f"cost: ${cost:.4f}", markup=False)
    if endpoint_failed:
        console.print("fell back: every section (the endpoint failed; see the error below)", markup=False)
        return
    for section in sections:
        if section.fell_back:
            for reason in section.fell_back.split(" | "):
                console.print(f"fell back: {section.id}: {one_line(reason)}", markup=False, soft_wrap=True)
