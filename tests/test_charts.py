"""Charts: what each one plots is checked against the week's CSV rows, then drawn twice, byte for byte.

The PNGs of the 2026-01-31 charts are kept in $WRITER_TEST_ARTIFACTS (default tests/artifacts/)
for a person to look at.
"""

from __future__ import annotations

import csv
import logging
import os
import subprocess
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from writer import charts
from writer.cli import app
from writer.numbers import parse_figure

from .conftest import DATA, ROOT

WEEK, PREV = "2026-01-31", "2026-01-24"


def rows(week: str, board: str) -> list[dict[str, str]]:
    with open(DATA / "weeks" / week / f"{board}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def number(cell: str) -> float | None:
    return parse_figure(cell)[0].value if cell.strip() else None


def printed(sample_week, name: str) -> str:
    """The name a chart prints for a CSV cell: a company's Chinese name where it has one."""
    entity = sample_week.dataset.entities.resolve(name)
    return (entity.name_zh or entity.name) if entity else name


@pytest.fixture(scope="module")
def specs(sample_week):
    return {spec.id: spec for spec in charts.chart_specs(sample_week)}


@dataclass
class Drawn:
    folder: Path
    warnings: list[str]
    logged: list[str]


@pytest.fixture(scope="module")
def drawn(specs) -> Drawn:
    """The 2026-01-31 charts drawn afresh into the artifacts folder, with what matplotlib warned and logged."""
    folder = Path(os.environ.get("WRITER_TEST_ARTIFACTS") or ROOT / "tests" / "artifacts") / "charts"
    charts._drawn.clear()
    logged: list[str] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = lambda record: logged.append(record.getMessage())  # type: ignore[method-assign]
    logger = logging.getLogger("matplotlib")
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            charts.render_charts(list(specs.values()), folder)
    finally:
        logger.removeHandler(handler)
    return Drawn(folder, [str(w.message) for w in caught], logged)


def test_the_week_has_the_five_charts(specs):
    assert list(specs) == ["openrouter-models", "openrouter-models-moves", "openrouter-authors",
                           "openrouter-programming", "openrouter-throughput"]


def test_usage_bars_plot_this_weeks_top_ten_against_the_same_models_last_week(specs):
    spec = specs["openrouter-models"]
    now, prev = rows(WEEK, "openrouter-models"), {r["model"]: r for r in rows(PREV, "openrouter-models")}
    assert spec.labels == [r["model"] for r in now]
    assert spec.values("本周") == [number(r["tokens"]) for r in now]
    assert spec.values("上周") == [number(prev[r["model"]]["tokens"]) if r["model"] in prev else None for r in now]
    assert spec.values("本周排名") == [float(r["rank"]) for r in now]
    assert spec.values("上周排名") == [float(prev[r["model"]]["rank"]) if r["model"] in prev else None for r in now]


def test_usage_bars_mark_each_rank_move(specs):
    spec = specs["openrouter-models"]
    marks = dict(zip(spec.labels, spec.marks))
    assert marks["DeepSeek V3.2"] == "↑3"            # 7 → 4
    assert marks["MiMo V2 Flash (free)"] == "↓7"     # 2 → 9
    assert marks["gpt-oss-120b"] == "新"              # not in last week's list
    assert marks["Claude Sonnet 4.5"] == "–"


def test_slope_chart_shows_the_biggest_rank_moves_among_models_listed_both_weeks(specs):
    spec = specs["openrouter-models-moves"]
    prev = {r["model"]: int(r["rank"]) for r in rows(PREV, "openrouter-models")}
    now = {r["model"]: int(r["rank"]) for r in rows(WEEK, "openrouter-models")}
    moves = sorted((m for m in now if m in prev and prev[m] != now[m]), key=lambda m: (-abs(prev[m] - now[m]), now[m]))
    shown = moves[:charts.SLOPE_MOVERS]
    assert set(spec.labels) == set(shown)
    assert spec.values("上周排名") == [float(prev[m]) for m in spec.labels]
    assert spec.values("本周排名") == [float(now[m]) for m in spec.labels]
    assert "MiMo V2 Flash (free)" in spec.labels and "gpt-oss-120b" not in spec.labels


@pytest.mark.parametrize("board", ["openrouter-authors", "openrouter-programming"])
def test_share_bars_plot_each_rows_share_this_week_and_last(specs, sample_week, board):
    spec = specs[board]
    key = "author" if board == "openrouter-authors" else "model"
    now = rows(WEEK, board)
    prev = {printed(sample_week, r[key]): number(r["share"]) for r in rows(PREV, board)}
    assert spec.labels == [printed(sample_week, r[key]) for r in now]
    assert spec.labels[-1] == "其他"
    assert spec.values("本周") == [number(r["share"]) for r in now]
    assert spec.values("上周") == [prev.get(label) for label in spec.labels]


def test_throughput_bubbles_plot_speed_price_and_requests_of_each_row(specs):
    spec = specs["openrouter-throughput"]
    now = rows(WEEK, "openrouter-throughput")
    assert spec.labels == [f"{r['model']}（{r['provider']}）" for r in now]
    assert spec.values("速度") == [number(r["speed"]) for r in now]
    assert spec.values("价格") == [number(r["price"]) for r in now]
    assert spec.values("请求量") == [number(r["requests"]) for r in now]


def test_alt_text_states_the_main_figures(specs):
    assert "Claude Sonnet 4.5本周705B、上周690B" in specs["openrouter-models"].alt
    assert "DeepSeek V3.2排名从第7升至第4" in specs["openrouter-models-moves"].alt
    assert "Google占比由26.0%降至24.0%" in specs["openrouter-authors"].alt
    assert "Grok Code Fast 1占比由22.8%降至16.4%" in specs["openrouter-programming"].alt
    assert "gpt-oss-120b（Groq提供）936 tok/s、$0.35/M、请求量58.4M" in specs["openrouter-throughput"].alt


def test_every_figure_of_the_alt_texts_verifies_in_the_report(tmp_path):
    result = CliRunner().invoke(app, ["draft", "--week", WEEK, "--data", str(DATA), "--out", "out"])
    assert result.exit_code == 0, result.output
    report = Path("out", WEEK, "report.md").read_text(encoding="utf-8")
    images = [line for line in report.splitlines() if line.startswith("![")]
    assert len(images) == 5
    assert all(f"](charts/{spec_id}.png)" in "".join(images) for spec_id in ("openrouter-models", "openrouter-throughput"))
    check = CliRunner().invoke(app, ["check", "-", "--week", WEEK, "--data", str(DATA), "--lang", "en"],
                               input="### 3\\. 榜单变化\n\n" + "\n\n".join(images) + "\n")
    assert check.exit_code == 0, check.output
    assert check.output.endswith("35 figures checked: 35 verified, 0 problems\n")


def test_each_chart_is_written_as_svg_and_png(drawn, specs):
    names = sorted(p.name for p in drawn.folder.iterdir() if not p.name.startswith("."))
    assert names == sorted(f"{spec_id}.{suffix}" for spec_id in specs for suffix in ("png", "svg"))
    assert all((drawn.folder / f"{spec_id}.png").read_bytes().startswith(b"\x89PNG") for spec_id in specs)


def test_the_same_data_gives_the_same_bytes(drawn, specs):
    for spec_id, spec in specs.items():
        svg, png = charts.draw_uncached(spec)
        assert (drawn.folder / f"{spec_id}.svg").read_bytes() == svg
        assert (drawn.folder / f"{spec_id}.png").read_bytes() == png
    assert b"<dc:date>" not in (drawn.folder / "openrouter-models.svg").read_bytes()


def test_labels_are_drawn_in_the_packaged_cjk_font_with_no_missing_glyph(drawn):
    from matplotlib import font_manager

    assert drawn.warnings == []  # "Glyph ... missing from font(s)" is a warning: tofu fails here
    assert [m for m in drawn.logged if "findfont" in m or "missing" in m.lower()] == []
    import matplotlib

    with matplotlib.rc_context(charts.RC):
        found = font_manager.findfont(font_manager.FontProperties(family=charts.FONT_FAMILIES), fallback_to_default=False)
    assert Path(found) == charts.chart_font()


def test_no_charts_draws_none_and_embeds_none(tmp_path):
    result = CliRunner().invoke(app, ["draft", "--week", WEEK, "--data", str(DATA), "--out", "out", "--no-charts"])
    assert result.exit_code == 0, result.output
    assert not Path("out", WEEK, "charts").exists()
    assert "![" not in Path("out", WEEK, "report.md").read_text(encoding="utf-8")


def test_check_never_imports_matplotlib(tmp_path):
    report = tmp_path / "r.md"
    report.write_text("DeepSeek V3.2 本周调用量464B。\n", encoding="utf-8")
    code = ("import sys; from typer.testing import CliRunner; from writer.cli import app; "
            f"r = CliRunner().invoke(app, ['check', {str(report)!r}, '--week', '{WEEK}', '--data', {str(DATA)!r}]); "
            "print(r.exit_code, 'matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0 False"


def test_the_alt_texts_of_every_week_of_both_datasets_verify():
    from writer.load import open_dataset
    from writer.weekly import open_week

    checked = 0
    for root in (DATA, DATA / "openrouter-real"):
        for week in open_dataset(root).week_dates():
            ctx = open_week(root, str(week))
            images = "\n\n".join(f"![{spec.alt}]({spec.png})" for spec in charts.chart_specs(ctx))
            result = ctx.checker.check("### 3\\. 榜单变化\n\n" + images + "\n")
            assert result.ok and result.numbers > 0, (root, week, [(p.quote, p.message) for p in result.problems])
            checked += 1
    assert checked == 24


def drawn_axes(spec):
    """The chart's axes as the renderer leaves them, to read back what it plotted."""
    import matplotlib
    from matplotlib.figure import Figure

    charts.register_font()
    with matplotlib.rc_context(charts.RC):
        ax = Figure().add_subplot()
        {charts.ChartKind.bars: charts.draw_bars, charts.ChartKind.slope: charts.draw_slope,
         charts.ChartKind.bubble: charts.draw_bubbles}[spec.kind](ax, spec)
    return ax


def test_the_drawn_bars_are_the_rows_tokens_with_their_labels_and_marks(specs):
    spec = specs["openrouter-models"]
    ax = drawn_axes(spec)
    this_week, last_week = ax.containers
    now = rows(WEEK, "openrouter-models")
    assert [bar.get_width() for bar in this_week] == [number(r["tokens"]) for r in now]
    assert [bar.get_width() for bar in last_week][:3] == [690e9, 505e9, 470e9]  # 2026-01-24: 690B, 505B, 470B
    assert [label.get_text() for label in ax.get_yticklabels()] == [r["model"] for r in now]
    texts = [t.get_text() for t in ax.texts]
    assert texts[:2] == ["705B", "–"] and "464B" in texts and "↑3" in texts and "新" in texts


def test_the_drawn_lines_go_from_last_weeks_rank_to_this_weeks(specs):
    spec = specs["openrouter-models-moves"]
    lines = [list(line.get_ydata()) for line in drawn_axes(spec).lines]
    assert dict(zip(spec.labels, lines, strict=True))["DeepSeek V3.2"] == [7.0, 4.0]
    assert dict(zip(spec.labels, lines, strict=True))["MiMo V2 Flash (free)"] == [2.0, 9.0]


def test_the_drawn_bubbles_sit_at_each_rows_price_and_speed_sized_by_requests(specs):
    ax = drawn_axes(specs["openrouter-throughput"])
    now = rows(WEEK, "openrouter-throughput")
    points = [tuple(c.get_offsets()[0]) for c in ax.collections]
    assert points == [(number(r["price"]), number(r["speed"])) for r in now]
    sizes = [c.get_sizes()[0] for c in ax.collections]
    biggest = max(range(len(now)), key=lambda i: number(now[i]["requests"]))
    assert sizes.index(max(sizes)) == biggest and now[biggest]["model"] == "gpt-oss-120b"
