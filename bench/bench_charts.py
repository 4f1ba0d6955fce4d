"""Chart speed: building the specs, drawing the week's charts (cold and warm), and what
`writer draft` pays for them end to end (with and without --no-charts).

Run: python bench/bench_charts.py   (goals: specs ≤ 5 ms; the 5 charts ≤ 3 s in a cold process)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from bench.bench_check import best_of as median_of  # noqa: E402  (one timing helper for the benches)


def cold_draw() -> float:
    """Import matplotlib, register the font and draw the 5 charts in a fresh process."""
    code = ("import time; from writer.weekly import open_week; from writer import charts; "
            f"ctx = open_week({str(ROOT / 'data')!r}, '2026-01-31'); specs = charts.chart_specs(ctx); "
            "t = time.perf_counter(); [charts.draw_uncached(s) for s in specs]; print(time.perf_counter() - t)")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def draft_command(*extra: str) -> float:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "writer"), "draft", "--week", "2026-01-31", "--data", str(ROOT / "data"),
                        "--out", out, *extra], capture_output=True, check=True)
        return time.perf_counter() - start


def main() -> None:
    from writer import charts
    from writer.weekly import open_week

    ctx = open_week(ROOT / "data", "2026-01-31")
    specs_time = median_of(20, lambda: charts.chart_specs(ctx))
    specs = charts.chart_specs(ctx)
    charts.draw_uncached(specs[0])
    warm = {s.id: median_of(3, lambda s=s: charts.draw_uncached(s)) for s in specs}
    cold = statistics.median(cold_draw() for _ in range(3))
    with_charts = statistics.median(draft_command() for _ in range(3))
    without = statistics.median(draft_command("--no-charts") for _ in range(3))
    sizes = {s.id: tuple(len(b) for b in charts.draw_uncached(s)) for s in specs}
    print(f"chart specs of the week: {specs_time * 1000:.2f} ms")
    for spec_id, seconds in warm.items():
        svg, png = sizes[spec_id]
        print(f"draw {spec_id:<26} warm {seconds * 1000:6.0f} ms   svg {svg / 1024:5.0f} KB   png {png / 1024:5.0f} KB")
    print(f"draw all {len(specs)}, cold process (import matplotlib, register the font): {cold:.2f} s")
    print(f"writer draft, whole command: {with_charts:.2f} s with charts, {without:.2f} s with --no-charts")


if __name__ == "__main__":
    main()
