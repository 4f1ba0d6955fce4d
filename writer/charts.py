"""Charts of the week's OpenRouter boards: what they plot (`ChartSpec`), then SVG and PNG files.

    specs = chart_specs(ctx)                  # pure: rows of the week and the week before
    paths = render_charts(specs, folder)      # matplotlib, imported here and nowhere else

Every figure on a chart comes from the board rows through `chart_specs`; the renderer draws the
spec and nothing else, so a test can check the spec against the data instead of the pixels.
The same spec renders to the same bytes (fixed metadata, a fixed SVG hash salt, no dates), and
Chinese labels use Noto Sans SC from the `pylopdf-fonts-zh-cn` package, so a machine with only
pip installs renders them without tofu.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from .deltas import BoardDelta, Delta
from .entities import Entities
from .facts import Metric, spell
from .numbers import Figure, cn_numeral

if TYPE_CHECKING:
    from .weekly import WeekContext

CHARTS_DIR = "charts"
SLOPE_MOVERS = 6
"""How many of the biggest rank moves the slope chart shows: more lines than that tangle."""
COMPARED = "，本周与上周对比"
LABELLED_IN_ALT = 3
"""How many rows the alt text of a bar chart states: the top of the board and its biggest move."""


class ChartKind(str, Enum):
    """How a chart draws its series."""

    bars = "bars"
    """Grouped horizontal bars: this week against last week, with rank moves marked."""
    slope = "slope"
    """Lines from last week's rank to this week's."""
    bubble = "bubble"
    """x = price, y = speed, bubble area = requests."""


class Series(BaseModel):
    """One plotted series: a value per label (None where the row is missing)."""

    name: str
    metric: str = Field(description="The row column the values come from: tokens, share, rank, speed, price, requests.")
    values: list[float | None]


class ChartSpec(BaseModel):
    """What one chart plots, exactly: its labels, series and the text around it."""

    id: str = Field(description="File stem under charts/: <id>.svg and <id>.png.")
    board: str
    source: str = Field(description="Who publishes the board, credited under the chart.")
    kind: ChartKind
    title: str
    week: dt.date
    previous_week: dt.date | None
    labels: list[str] = Field(description="One per plotted row, top to bottom (bubbles: one per bubble).")
    series: list[Series]
    marks: list[str] = Field(default_factory=list, description="Rank move per label: ↑3, ↓7, 新 (entered), – (same).")
    unit: str = ""
    alt: str = Field(description="Alt text: the chart's main figures, in words the checker verifies.")

    @property
    def png(self) -> str:
        return f"{CHARTS_DIR}/{self.id}.png"

    @property
    def svg(self) -> str:
        return f"{CHARTS_DIR}/{self.id}.svg"

    def values(self, name: str) -> list[float | None]:
        """The values of the series called `name`."""
        return next(s.values for s in self.series if s.name == name)


# ---- specs: from the rows -------------------------------------------------------------------------

def chart_specs(ctx: WeekContext) -> list[ChartSpec]:
    """The week's charts, from the OpenRouter boards it has (a missing board has no chart)."""
    boards = {bd.board.id: bd for bd in ctx.deltas}
    entities = ctx.dataset.entities
    specs: list[ChartSpec | None] = []
    if (bd := boards.get("openrouter-models")) is not None:
        specs += [usage_bars(bd, entities), rank_slope(bd, entities)]
    if (bd := boards.get("openrouter-authors")) is not None:
        specs.append(share_bars(bd, entities, "openrouter-authors"))
    if (bd := boards.get("openrouter-programming")) is not None:
        specs.append(share_bars(bd, entities, "openrouter-programming"))
    if (bd := boards.get("openrouter-throughput")) is not None:
        specs.append(throughput_bubbles(bd, entities))
    return [s for s in specs if s is not None]


def name_of(entities: Entities, delta: Delta) -> str:
    """The name the report prints: a company's Chinese name where it has one, else the display name."""
    entity = entities.by_id.get(delta.entity)
    if entity is None:
        return delta.entity
    return entity.name_zh or entity.name


def column(entry: Any, name: str) -> float | None:
    figure = getattr(entry.row, name, None) if entry is not None else None
    return figure.value if figure is not None else None


def figure(entry: Any, name: str) -> Figure | None:
    return getattr(entry.row, name, None) if entry is not None else None


def listed_now(bd: BoardDelta) -> list[Delta]:
    """This week's listed rows in rank order, then 'Others' where the board has it."""
    ranked = sorted((d for d in bd.deltas if d.listed(d.now)), key=lambda d: d.rank_now or 0)
    others = [d for d in bd.deltas if d.is_others and d.now is not None]
    return ranked + others


def rank_mark(delta: Delta) -> str:
    """↑n / ↓n for a rank move, 新 for a row that entered the list, – for no move."""
    if not delta.has_prev_week or delta.is_others:
        return ""
    if delta.entered:
        return "新"
    moved = (delta.rank_prev or 0) - (delta.rank_now or 0)
    return f"↑{moved}" if moved > 0 else f"↓{-moved}" if moved < 0 else "–"


def usage_bars(bd: BoardDelta, entities: Entities) -> ChartSpec:
    """Top N by tokens this week against the same models' tokens last week, rank moves marked."""
    rows = listed_now(bd)
    size = bd.board.list_size
    labels = [name_of(entities, d) for d in rows]
    now = [column(d.now, "tokens") for d in rows]
    prev = [column(d.prev, "tokens") for d in rows]
    parts = []
    for d, name in list(zip(rows, labels))[:LABELLED_IN_ALT]:
        text = f"{name}本周{spell(Metric.tokens, figure(d.now, 'tokens')).text}"  # type: ignore[arg-type]
        if d.prev is not None:
            text += f"、上周{spell(Metric.tokens, figure(d.prev, 'tokens')).text}"  # type: ignore[arg-type]
        parts.append(text)
    parts += [move_phrase(d, name) for d, name in biggest_moves(rows, labels)[:2]]
    return ChartSpec(
        id=bd.board.id, board=bd.board.id, source=bd.board.source, kind=ChartKind.bars, week=bd.week,
        previous_week=bd.prev.week if bd.prev else None,
        title=f"{bd.board.title}前{cn_numeral(size)}（tokens）", labels=labels,
        series=[Series(name="本周", metric="tokens", values=now), Series(name="上周", metric="tokens", values=prev),
                Series(name="本周排名", metric="rank", values=[float(r) if (r := d.rank_now) else None for d in rows]),
                Series(name="上周排名", metric="rank", values=[float(r) if (r := d.rank_prev) else None for d in rows])],
        marks=[rank_mark(d) for d in rows], unit="tokens",
        alt=f"{bd.board.title}前{cn_numeral(size)}{COMPARED if bd.prev else ''}：" + "；".join(parts),
    )


def biggest_moves(rows: list[Delta], labels: list[str]) -> list[tuple[Delta, str]]:
    """Rows listed both weeks that changed rank, biggest move first (ties: the higher rank first)."""
    moved = [(d, n) for d, n in zip(rows, labels) if d.rank_prev and d.rank_now and d.rank_prev != d.rank_now
             and d.listed(d.prev)]
    return sorted(moved, key=lambda p: (-abs((p[0].rank_prev or 0) - (p[0].rank_now or 0)), p[0].rank_now or 0))


def move_phrase(delta: Delta, name: str) -> str:
    """从第7升至第4: the checker reads the first rank as last week's and the second as this week's."""
    direction = "升至" if (delta.rank_now or 0) < (delta.rank_prev or 0) else "降至"
    return f"{name}排名从第{delta.rank_prev}{direction}第{delta.rank_now}"


def rank_slope(bd: BoardDelta, entities: Entities) -> ChartSpec | None:
    """The biggest rank moves among rows listed both weeks, as lines from last week to this week."""
    if bd.prev is None:
        return None
    rows = listed_now(bd)
    biggest = biggest_moves(rows, [name_of(entities, d) for d in rows])[:SLOPE_MOVERS]
    if not biggest:
        return None
    movers = sorted(biggest, key=lambda p: p[0].rank_now or 0)
    return ChartSpec(
        id=f"{bd.board.id}-moves", board=bd.board.id, source=bd.board.source, kind=ChartKind.slope, week=bd.week, previous_week=bd.prev.week,
        title=f"{bd.board.title}：排名变化最大的模型", labels=[n for _, n in movers],
        series=[Series(name="上周排名", metric="rank", values=[float(d.rank_prev or 0) for d, _ in movers]),
                Series(name="本周排名", metric="rank", values=[float(d.rank_now or 0) for d, _ in movers])],
        marks=[rank_mark(d) for d, _ in movers], unit="rank",
        alt=f"{bd.board.title}排名变化：" + "，".join(move_phrase(d, n) for d, n in biggest[:LABELLED_IN_ALT]),
    )


def share_bars(bd: BoardDelta, entities: Entities, board: str) -> ChartSpec:
    """Shares this week against last week, for the top N and 'Others'."""
    rows = listed_now(bd)
    labels = [name_of(entities, d) for d in rows]
    now = [column(d.now, "share") for d in rows]
    prev = [column(d.prev, "share") for d in rows]
    parts = []
    for d, name in list(zip(rows, labels))[:LABELLED_IN_ALT]:
        now_text = spell(Metric.share, figure(d.now, "share")).text  # type: ignore[arg-type]
        if d.prev is None:
            parts.append(f"{name}占比{now_text}")
            continue
        prev_text = spell(Metric.share, figure(d.prev, "share")).text  # type: ignore[arg-type]
        before, after = column(d.prev, "share") or 0.0, column(d.now, "share") or 0.0
        verb = "升至" if after > before else "降至" if after < before else "持平于"
        parts.append(f"{name}占比由{prev_text}{verb}{now_text}" if verb != "持平于" else f"{name}占比持平于{now_text}")
    what = "各公司市场占比" if bd.board.kind.value == "author_share" else "各模型占比"
    return ChartSpec(
        id=board, board=board, source=bd.board.source, kind=ChartKind.bars, week=bd.week, previous_week=bd.prev.week if bd.prev else None,
        title=f"{bd.board.title}：{what}（%）", labels=labels,
        series=[Series(name="本周", metric="share", values=now), Series(name="上周", metric="share", values=prev)],
        marks=[rank_mark(d) for d in rows], unit="%",
        alt=f"{bd.board.title}，{what}{COMPARED if bd.prev else ''}：" + "；".join(parts),
    )


def throughput_bubbles(bd: BoardDelta, entities: Entities) -> ChartSpec:
    """Speed against price for this week's rows; the bubble's area is the week's requests."""
    rows = listed_now(bd)
    labels = [f"{name_of(entities, d)}（{d.now.row.provider}）" for d in rows]  # type: ignore[union-attr]
    speeds = [column(d.now, "speed") for d in rows]
    prices = [column(d.now, "price") for d in rows]
    requests = [column(d.now, "requests") for d in rows]
    parts = []
    order = sorted(range(len(rows)), key=lambda i: -(requests[i] or 0))
    for i in order[:2]:
        d = rows[i]
        text = (f"{name_of(entities, d)}（{d.now.row.provider}提供）"  # type: ignore[union-attr]
                f"{spell(Metric.speed, figure(d.now, 'speed')).text}、{spell(Metric.price, figure(d.now, 'price')).text}")  # type: ignore[arg-type]
        if requests[i] is not None:
            text += f"、请求量{spell(Metric.requests, figure(d.now, 'requests')).text}"  # type: ignore[arg-type]
        parts.append(text)
    return ChartSpec(
        id=bd.board.id, board=bd.board.id, source=bd.board.source, kind=ChartKind.bubble, week=bd.week,
        previous_week=bd.prev.week if bd.prev else None,
        title=f"{bd.board.title}：速度与价格（圆点大小为请求量）", labels=labels,
        series=[Series(name="价格", metric="price", values=prices), Series(name="速度", metric="speed", values=speeds),
                Series(name="请求量", metric="requests", values=requests)],
        unit="tok/s",
        alt=f"{bd.board.title}，速度与价格，圆点大小为请求量：" + "；".join(parts),
    )


# ---- rendering: matplotlib, imported only when charts are drawn ------------------------------------

NOW_COLOUR, PREV_COLOUR = "#2563eb", "#cbd5e1"
UP_COLOUR, DOWN_COLOUR, NEW_COLOUR, SAME_COLOUR = "#16a34a", "#dc2626", "#d97706", "#64748b"
SIZE_INCHES, DPI = (8.0, 5.0), 150
FONT_FAMILIES = ["Noto Sans SC", "DejaVu Sans"]
"""Noto Sans SC for Chinese; DejaVu Sans (bundled with matplotlib) for any symbol Noto lacks."""
RC = {
    "svg.hashsalt": "writer",
    "svg.fonttype": "path",
    "font.family": "sans-serif",
    "font.sans-serif": FONT_FAMILIES,
    "axes.unicode_minus": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.dpi": DPI,
}
SVG_METADATA = {"Date": None, "Creator": "writer"}
PNG_METADATA = {"Software": "writer"}


def chart_font() -> Path:
    """The Noto Sans SC file shipped by the pylopdf-fonts-zh-cn package."""
    from pylopdf_fonts_zh_cn import sans_path

    return Path(sans_path())


def register_font() -> None:
    """Register the CJK font with matplotlib's font manager (once per process)."""
    from matplotlib import font_manager

    path = str(chart_font())
    if not any(f.fname == path for f in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(path)


def render_charts(specs: list[ChartSpec], folder: Path) -> list[Path]:
    """Draw each spec as <folder>/<id>.svg and .png (atomic writes); the paths written."""
    if not specs:
        return []
    written = []
    for spec in specs:
        svg, png = draw(spec)
        for suffix, data in (("svg", svg), ("png", png)):
            path = folder / f"{spec.id}.{suffix}"
            write_bytes_atomic(path, data)
            written.append(path)
    return written


_drawn: dict[str, tuple[bytes, bytes]] = {}
"""Charts drawn in this process, by spec: the same spec is the same bytes, so draw it once."""


def draw(spec: ChartSpec) -> tuple[bytes, bytes]:
    """The chart as SVG and PNG bytes."""
    key = spec.model_dump_json()
    if key not in _drawn:
        _drawn[key] = draw_uncached(spec)
    return _drawn[key]


def draw_uncached(spec: ChartSpec) -> tuple[bytes, bytes]:
    """The chart as SVG and PNG bytes, drawn on the Agg canvas with the house settings."""
    import matplotlib

    register_font()
    with matplotlib.rc_context(RC):  # type: ignore[arg-type]
        return draw_figure(spec)


def draw_figure(spec: ChartSpec) -> tuple[bytes, bytes]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    fig = MplFigure(figsize=SIZE_INCHES, dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    {ChartKind.bars: draw_bars, ChartKind.slope: draw_slope, ChartKind.bubble: draw_bubbles}[spec.kind](ax, spec)
    ax.set_title(spec.title, loc="left", fontsize=12, pad=12)
    week = f"{spec.week:%Y-%m-%d}" + (f" 对比 {spec.previous_week:%Y-%m-%d}" if spec.previous_week else "")
    fig.text(0.99, 0.01, f"{week} · 数据：{spec.source}", ha="right", va="bottom", fontsize=7, color=SAME_COLOUR)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    svg, png = io.BytesIO(), io.BytesIO()
    fig.savefig(svg, format="svg", metadata=SVG_METADATA)
    fig.savefig(png, format="png", metadata=PNG_METADATA)
    return svg.getvalue(), png.getvalue()


def value_text(value: float, unit: str) -> str:
    """A bar's label: tokens in house style (705B), shares with their one decimal."""
    from .numbers import format_tokens

    return format_tokens(value) if unit == "tokens" else f"{value:.1f}%"


def mark_colour(mark: str) -> str:
    return UP_COLOUR if mark.startswith("↑") else DOWN_COLOUR if mark.startswith("↓") else NEW_COLOUR if mark == "新" else SAME_COLOUR


def draw_bars(ax: Any, spec: ChartSpec) -> None:
    """Grouped horizontal bars, first label on top; this week's value at the bar's end, the rank move after it."""
    now, prev = spec.values("本周"), spec.values("上周")
    n = len(spec.labels)
    ys = [n - 1 - i for i in range(n)]
    height = 0.38
    ax.barh([y + height / 2 for y in ys], [v or 0 for v in now], height, color=NOW_COLOUR, label="本周")
    ax.barh([y - height / 2 for y in ys], [v or 0 for v in prev], height, color=PREV_COLOUR, label="上周")
    top = max([v for v in now + prev if v is not None] or [1.0])
    for y, value, mark in zip(ys, now, spec.marks or [""] * n):
        if value is not None:
            ax.text(value + top * 0.01, y + height / 2, value_text(value, spec.unit), va="center", fontsize=8)
        if mark:
            ax.text(top * 1.16, y, mark, va="center", ha="center", fontsize=9, color=mark_colour(mark))
    ax.set_yticks(ys, spec.labels, fontsize=9)
    ax.set_xlim(0, top * 1.22)
    ax.xaxis.set_major_formatter(lambda x, _: value_text(x, spec.unit) if x else "0")
    ax.tick_params(axis="x", labelsize=8)
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2, fontsize=8, frameon=False)


def draw_slope(ax: Any, spec: ChartSpec) -> None:
    """A line per model from last week's rank (left) to this week's (right); rank 1 on top."""
    prev, now = spec.values("上周排名"), spec.values("本周排名")
    for label, before, after, mark in zip(spec.labels, prev, now, spec.marks):
        colour = mark_colour(mark)
        ax.plot([0, 1], [before, after], color=colour, linewidth=2, marker="o")
        ax.text(-0.04, before, f"第{before:.0f}  {label}", ha="right", va="center", fontsize=9)
        ax.text(1.04, after, f"第{after:.0f}  {mark}  {label}", ha="left", va="center", fontsize=9, color=colour)
    ranks = [r for r in prev + now if r is not None]
    ax.set_ylim(max(ranks) + 0.7, min(ranks) - 0.7)
    ax.set_xlim(-0.75, 1.75)
    ax.set_xticks([0, 1], ["上周", "本周"])
    ax.set_yticks([])
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)


def draw_bubbles(ax: Any, spec: ChartSpec) -> None:
    """Price (x) against speed (y); bubble area proportional to requests, hollow where a row has none."""
    prices, speeds, requests = spec.values("价格"), spec.values("速度"), spec.values("请求量")
    largest = max([r for r in requests if r] or [1.0])
    for label, x, y, r in zip(spec.labels, prices, speeds, requests):
        if x is None or y is None:
            continue
        area = 40 + 1400 * (r / largest) if r else 40
        ax.scatter([x], [y], s=area, color=NOW_COLOUR if r else "none", edgecolors=NOW_COLOUR, alpha=0.45, linewidths=1)
        ax.annotate(label, (x, y), xytext=(6, 4), textcoords="offset points", fontsize=7)
    ax.set_xlabel("价格（$/百万 tokens）", fontsize=9)
    ax.set_ylabel("速度（tok/s）", fontsize=9)
    ax.tick_params(labelsize=8)
    ax.margins(0.15)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
