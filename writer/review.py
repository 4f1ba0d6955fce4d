"""The review page: a report rendered to one self-contained HTML file, every figure marked by its verdict.

    page = review_page(text, result, ctx, draft=draft)

Each figure the check found is laid over the text at its line and column (`mdhtml`): verified
ones carry their facts (value this week and last, the data file and line each comes from),
wrong ones what the data says, unchecked and editor-confirmed ones their reason. With the draft's
`draft.json`, each section says whether the LLM wrote it, was re-asked, or fell back to the
deterministic drafter, and the page shows the model, calls, tokens and cost. The layout, styles
and script are the template `prompts/review.html.j2`, rendered with autoescaping: everything that
comes from the report, the data, the events or the LLM is escaped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .drafts import is_edited, sidecar
from .errors import PromptError, UsageError
from .facts import Fact, FactKind
from .findings import CheckResult, Verdict
from .footer import refresh_footer
from .load import read_text
from .mdhtml import Block, Mark, parse
from .render import SECTION_TITLES, Author, Draft, week_of, write_atomic
from .templates import prompts_dir
from .weekly import WeekContext, open_week

TEMPLATE = "review.html.j2"
MACROS = "_review_macros.html.j2"
METRIC_NAMES = {"tokens": "调用量", "share": "占比", "growth": "周增长率", "rank": "排名", "speed": "速度",
                "price": "价格", "requests": "请求量", "requests_rank": "请求量排名", "score": "得分"}
HEADING_NUMBER = re.compile(r"^\d+\\?\.\s*")


@dataclass
class FactView:
    """A fact as a figure's tooltip shows it."""

    id: str
    name: str
    what: str
    now: str | None = None
    prev: str | None = None
    change: str | None = None
    source: str | None = None
    prev_source: str | None = None
    now_label: str = "本周"
    """What `now` is: this week's value (本周), an event's date (日期) or an event's figure (数值)."""


@dataclass
class FigureView:
    """One checked figure of the report."""

    id: str
    verdict: str
    quote: str
    line: int
    column: int
    message: str = ""
    facts: list[FactView] = field(default_factory=list)
    source: FactView | None = None
    by: str | None = None
    placed: bool = False

    @property
    def problem(self) -> bool:
        return self.verdict in (Verdict.wrong.value, Verdict.unchecked.value)


@dataclass
class Badge:
    """Who wrote a section or bullet."""

    kind: str
    """llm, reasked, fell_back or deterministic."""
    text: str
    detail: str = ""


@dataclass
class Part:
    """A section of the report: its heading block, its badge and its other blocks."""

    heading: Block | None
    badge: Badge | None = None
    blocks: list[Block] = field(default_factory=list)
    item_badges: dict[int, Badge] = field(default_factory=dict)
    """Badges of single bullets, by source line (榜单变化: one board each)."""


@dataclass
class DraftInfo:
    """What draft.json says about the draft."""

    generator: str
    llm: bool
    generated_at: str
    calls: int
    reasks: int
    prompt_tokens: int
    completion_tokens: int
    cached: int
    cost_usd: float | None
    edited: bool
    data: str


@dataclass
class Reviewed:
    """What `review_file` did."""

    page: Path
    result: CheckResult
    footer_updated: bool


def review_path(report: Path) -> Path:
    """Where a report's review page goes by default: report.md → review.html, x.md → x.review.html."""
    if report.name.startswith("report.") and report.suffix == ".md":
        return report.with_name("review" + report.name[len("report"):-3] + ".html")
    return report.with_name(report.stem + ".review.html")


def load_draft(report: Path) -> tuple[Draft | None, bool]:
    """The draft.json beside a report (None when absent or unreadable) and whether the report was edited since."""
    data_file = sidecar(report)
    if data_file is None or not data_file.exists():
        return None, False
    try:
        draft = Draft.model_validate(json.loads(data_file.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None, False
    return draft, is_edited(report)


def review_file(file: Path, data: Path, week: str | None = None, out: Path | None = None,
                prompts: Path | None = None) -> Reviewed:
    """Check a report, bring its closing line up to date, and write its review page."""
    text = read_text(file)
    chosen = week or week_of(text)
    if not chosen:
        raise UsageError(f"{file} has no week in its front matter: give --week")
    ctx = open_week(data, chosen)
    result, updated = refresh_footer(file, text, ctx, prompts)
    if updated:
        text = read_text(file)
    draft, edited = load_draft(file)
    if draft is not None and draft.week != ctx.week.date:
        draft = None
    page = out or review_path(file)
    write_atomic(page, review_page(text, result, ctx, draft, edited, file=str(file), prompts=prompts))
    return Reviewed(page, result, updated)


def review_page(text: str, result: CheckResult, ctx: WeekContext, draft: Draft | None = None, edited: bool = False,
                file: str = "report.md", prompts: Path | None = None) -> str:
    """The review page of a report, as one HTML document."""
    env = environment(prompts_dir(prompts))
    try:
        template = env.get_template(TEMPLATE)
        figure_macro = env.get_template(MACROS).module.figure  # type: ignore[attr-defined]
    except jinja2.TemplateNotFound as exc:
        raise PromptError(f"template not found: {exc}") from None
    except (jinja2.TemplateSyntaxError, jinja2.UndefinedError, AttributeError) as exc:
        raise PromptError(f"{TEMPLATE}: {exc}") from None
    figures = figure_views(result, ctx)
    lines = text.split("\n")
    placed = [(fig, mark) for fig in figures if (mark := place(fig, lines, figure_macro)) is not None]
    blocks = parse(text, [mark for _, mark in placed])
    for fig, mark in placed:
        fig.placed = mark.placed
    parts = sections_of(blocks, draft)
    counts = {v.value: sum(1 for f in figures if f.verdict == v.value) for v in Verdict}
    title = next((b.text for b in blocks if b.kind == "heading"), "") or file
    try:
        return template.render(
            title=title, file=file, week=str(ctx.week.date), previous_week=str(ctx.facts.prev_week or ""),
            parts=parts, figures=figures, problems=[f for f in figures if f.problem], counts=counts,
            numbers=result.numbers, info=draft_info(draft, edited), reviewed_at=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        )
    except jinja2.UndefinedError as exc:
        raise PromptError(f"{TEMPLATE}: {exc.message}") from None


@lru_cache(maxsize=8)
def environment(folder: Path) -> jinja2.Environment:
    """A Jinja environment for HTML: autoescaping on, missing variables an error."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def place(fig: FigureView, lines: list[str], figure_macro: Any) -> Mark | None:
    """A mark over the figure's quote at its line and column (or the nearest occurrence on that line)."""
    if not 1 <= fig.line <= len(lines):
        return None
    line = lines[fig.line - 1]
    start = fig.column - 1
    if line[start:start + len(fig.quote)] != fig.quote:
        found = [m.start() for m in re.finditer(re.escape(fig.quote), line)] if fig.quote else []
        if not found:
            return None
        start = min(found, key=lambda s: abs(s - start))
    def wrap(inner: str, fig: FigureView = fig) -> Markup:
        return Markup(figure_macro(fig, inner))

    return Mark(fig.line, start, start + len(fig.quote), wrap)


def figure_views(result: CheckResult, ctx: WeekContext) -> list[FigureView]:
    """Every checked figure, in text order, with what the page says about it."""
    facts = ctx.facts.by_id()
    where = sources(ctx)
    items: list[FigureView] = []
    for v in result.verified:
        views = [fact_view(fid, facts.get(fid), where) for fid in dict.fromkeys(v.facts)]
        items.append(FigureView("", Verdict.verified.value, v.quote, v.line, v.column, facts=views))
    for p in result.problems:
        source = None
        if p.source is not None:
            fact = facts.get(p.source.fact)
            source = fact_view(p.source.fact, fact, where) if fact else FactView(p.source.fact, p.source.entity, p.source.metric, now=p.source.value, source=p.source.file, now_label="数据")
        items.append(FigureView("", p.verdict.value, p.quote, p.line, p.column, message=p.message_zh or p.message, source=source))
    for c in result.confirmed:
        items.append(FigureView("", Verdict.confirmed.value, c.quote, c.line, c.column, message=c.reason, by=c.by))
    items.sort(key=lambda f: (f.line, f.column))
    for n, item in enumerate(items, 1):
        item.id = f"fig-{n}"
    return items


def fact_view(fid: str, fact: Fact | None, where: dict[str, tuple[str | None, str | None]]) -> FactView:
    """A fact's name, values and data lines, as a tooltip shows them."""
    if fact is None:
        return FactView(fid, "", "本周日期" if fid.startswith("week/") else "")
    now_label = {FactKind.event: "日期", FactKind.event_figure: "数值"}.get(fact.kind, "本周")
    what = METRIC_NAMES.get(fact.metric.value, fact.metric.value) if fact.metric else (fact.label or "事件日期")
    if fact.qualifier:
        what = f"{what}（{fact.qualifier}）"
    now = fact.now.text if fact.now else (str(fact.date) if fact.date else None)
    change = " ".join(x.text for x in (fact.change, fact.rel_change) if x) or None
    source, prev_source = where.get(fid, (None, None))
    return FactView(fid, fact.name, what, now=now, prev=fact.prev.text if fact.prev else None, change=change,
                    source=source, prev_source=prev_source, now_label=now_label)


def sources(ctx: WeekContext) -> dict[str, tuple[str | None, str | None]]:
    """For each fact id, the data file and line of this week's value and of last week's."""
    found: dict[str, tuple[str | None, str | None]] = {}
    rows: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for bd in ctx.deltas:
        for delta in bd.deltas:
            now = f"{bd.now.path} 第{delta.now.line}行" if delta.now else None
            prev = f"{bd.prev.path} 第{delta.prev.line}行" if delta.prev and bd.prev else None
            rows[(bd.board.id, delta.key)] = (now, prev)
    events = event_lines(ctx)
    for fact in ctx.facts.facts:
        board, _, rest = fact.id.partition("/")
        if board == "event":
            event_id = rest.split("/")[0]
            found[fact.id] = (events.get(event_id), None)
            continue
        key = rest.rsplit("/", 1)[0]
        if key.startswith("swap/"):
            key = key[len("swap/"):].split("+")[0]
        found[fact.id] = rows.get((board, key), (None, None))
    return found


def event_lines(ctx: WeekContext) -> dict[str, str]:
    """Where each event of the week starts in its events.yaml."""
    path = ctx.week.events_path
    if path is None:
        return {}
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError:
        return {}
    found = {}
    for n, line in enumerate(lines, 1):
        match = re.match(r"^\s*-?\s*id:\s*['\"]?([^'\"#\s]+)", line)
        if match:
            found[match.group(1)] = f"{path} 第{n}行"
    return found


def sections_of(blocks: list[Block], draft: Draft | None) -> list[Part]:
    """The blocks grouped under their level-3 headings, each with who wrote it (from draft.json)."""
    parts = [Part(None)]
    for block in blocks:
        if block.kind == "heading" and block.level == 3:
            parts.append(Part(block))
        else:
            parts[-1].blocks.append(block)
    if draft is None:
        return parts
    for part in parts:
        if part.heading is None:
            continue
        title = HEADING_NUMBER.sub("", part.heading.text).strip()
        section = next((s for s in draft.sections if s.title == title or SECTION_TITLES.get(s.id) == title), None)
        if section is None:
            continue
        if section.id == "boards":
            part.badge, part.item_badges = board_badges(section, part, draft)
        elif section.id != "tables":
            part.badge = badge(section.author, section.fell_back, reasks(draft, section.id), draft.provenance.generator)
        else:
            part.badge = Badge("deterministic", "由确定性程序生成（排行榜表格不交给 LLM）")
    return parts


def reasks(draft: Draft, section: str) -> int:
    """How many times the LLM was re-asked for one section."""
    return sum(u.reasks for u in draft.usage if u.section == section)


def badge(author: Author, fell_back: str | None, asked_again: int, model: str) -> Badge:
    """The badge of a text by its author, re-asks and fallback."""
    if fell_back:
        return Badge("fell_back", "LLM 的文字未通过核对，已回退为确定性程序的文字", fell_back)
    if author is Author.llm:
        if asked_again:
            return Badge("reasked", f"由 LLM（{model}）撰写，重问 {asked_again} 次后通过核对")
        return Badge("llm", f"由 LLM（{model}）撰写，一次通过核对")
    return Badge("deterministic", "由确定性程序撰写（未使用 LLM）")


def board_badges(section: Any, part: Part, draft: Draft) -> tuple[Badge, dict[int, Badge]]:
    """The 榜单变化 section's badge, and one per bullet whose text is still the drafted one."""
    reasons = dict(r.split(": ", 1) for r in (section.fell_back or "").split(" | ") if ": " in r)
    asked = {u.section.removeprefix("boards/") for u in draft.usage if u.section.startswith("boards/")}
    by_text = {p.text.strip(): p.board for p in section.paragraphs if p.board}
    items: dict[int, Badge] = {}
    for block in part.blocks:
        for item in block.items:
            board = by_text.get(item.text.strip())
            if board is None:
                continue
            author = Author.llm if board in asked and board not in reasons else Author.deterministic
            items[item.line] = badge(author, reasons.get(board), reasks(draft, f"boards/{board}"), draft.provenance.generator)
    if reasons:
        overall = Badge("fell_back", f"部分条目（{len(reasons)} 条）的 LLM 文字未通过核对，已回退为确定性程序的文字",
                        "；".join(f"{b}：{why}" for b, why in reasons.items()))
    else:
        overall = badge(section.author, None, 0, draft.provenance.generator)
    return overall, items


def draft_info(draft: Draft | None, edited: bool) -> DraftInfo | None:
    """The draft's model, calls, tokens and cost, from draft.json."""
    if draft is None:
        return None
    usage = draft.usage
    return DraftInfo(
        generator=draft.provenance.generator,
        llm=draft.provenance.generator != "deterministic" or bool(usage),
        generated_at=draft.provenance.generated_at.strftime("%Y-%m-%d %H:%M UTC"),
        calls=sum(u.calls for u in usage),
        reasks=sum(u.reasks for u in usage),
        prompt_tokens=sum(u.prompt_tokens for u in usage),
        completion_tokens=sum(u.completion_tokens for u in usage),
        cached=sum(u.cached for u in usage),
        cost_usd=draft.cost_usd,
        edited=edited,
        data=draft.provenance.data,
    )

