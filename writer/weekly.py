"""One week, end to end: load → deltas → facts → stories → draft → verify → render.

`open_week` gathers everything known about a week once; the draft and check commands, the LLM
drafting loop and the benchmarks all start from the `WeekContext` it returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .charts import ChartSpec
from .deltas import BoardDelta
from .facts import Facts, build_facts
from .load import Dataset, Week, open_dataset
from .footer import summarize
from .render import Draft, Paragraph, Provenance, Section, to_markdown
from .stories import Story, week_stories
from .verify import Checker, CheckResult


@dataclass
class WeekContext:
    """A week's data, facts, stories and checker."""

    dataset: Dataset
    week: Week
    deltas: list[BoardDelta]
    facts: Facts
    stories: dict[str, list[Story]]
    checker: Checker
    charts: list[ChartSpec] = field(default_factory=list)
    """The charts the report embeds (`charts.chart_specs`); empty with --no-charts."""

    def check_report(self, text: str, file: str | None = None) -> CheckResult:
        """Check a report an editor hands us: the figures the week's confirmed.yaml (or an inline
        marker) vouches for count as confirmed. Drafts of an LLM are checked with `checker.check`."""
        return self.checker.check(text, file, confirmed=self.week.confirmed)

    @property
    def files(self) -> list[str]:
        paths = [str(s.path) for s in self.week.snapshots.values()]
        if self.week.events_path:
            paths.append(str(self.week.events_path))
        return paths


def open_week(data: Path | str, week: str) -> WeekContext:
    """Load a week ('YYYY-MM-DD' or 'latest') and compute everything the report says about it."""
    dataset = open_dataset(data)
    date = dataset.resolve_week(week)
    facts, deltas, loaded = build_facts(dataset, date)
    stories = week_stories(deltas, facts, dataset.catalog)
    files = {bd.board.id: str(bd.now.path) for bd in deltas}
    checker = Checker(facts, dataset.entities, dataset.catalog.boards, files, deltas)
    return WeekContext(dataset=dataset, week=loaded, deltas=deltas, facts=facts, stories=stories, checker=checker)


def writer_version() -> str:
    try:
        return version("writer")
    except PackageNotFoundError:
        return "unknown"


def assemble(ctx: WeekContext, sections: list[Section], generator: str, prompts: Path | None = None) -> tuple[Draft, str, CheckResult]:
    """Put sections into a Draft, trace each paragraph's figures to facts, render and check it."""
    for section in sections:
        for paragraph in section.paragraphs:
            trace(ctx.checker, paragraph)
    draft = Draft(
        title=f"大模型榜单周报（{ctx.week.date:%Y/%m/%d}）",
        week=ctx.week.date,
        sections=sections,
        provenance=Provenance(
            week=ctx.week.date,
            previous_week=ctx.facts.prev_week,
            data=str(ctx.dataset.root),
            files=ctx.files,
            generated_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
            generator=generator,
            writer_version=writer_version(),
        ),
        charts=ctx.charts,
    )
    markdown = to_markdown(draft, prompts)
    result = ctx.checker.check(markdown, "report.md")
    draft.check = summarize(result)
    return draft, to_markdown(draft, prompts), result


def trace(checker: Checker, paragraph: Paragraph) -> None:
    """Replace a paragraph's fact list with the facts its figures were verified against."""
    result = checker.check(paragraph.text)
    used = [fid for v in result.verified for fid in v.facts]
    if used:
        paragraph.facts = list(dict.fromkeys(used))
