"""Backfill: import the real OpenRouter series, then draft and check every one of its 20 weeks, offline.

Everything runs in-process through the functions the CLI uses: `import_files` (writer import),
then per week `open_week` (load, deltas, facts, stories), `draft_sections` (the deterministic
drafter), `assemble` (render and check, as `writer draft` does) and `write_draft`. Nothing is
written into the repository: the import goes to a copy of data/ and drafts to a temporary folder.

Run: python bench/bench_backfill.py [--repeat N]   (prints a Markdown table; medians of N runs)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
SERIES = ROOT.parent / "shared" / "real-data" / "openrouter-weekly"
DATASET = ROOT / "data" / "openrouter-real"
sys.path.insert(0, str(ROOT))

from writer.drafter import draft_sections  # noqa: E402
from writer.importers import import_files  # noqa: E402
from writer.load import open_dataset  # noqa: E402
from writer.render import write_draft  # noqa: E402
from writer.templates import prompts_dir  # noqa: E402
from writer.weekly import assemble, open_week  # noqa: E402

T = TypeVar("T")
STAGES = ("load+facts", "draft", "render+check", "write")


def timed(func: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    value = func()
    return value, time.perf_counter() - start


def draft_week(data: Path, week: str, out: Path, prompts: Path) -> tuple[dict[str, float], tuple[int, int, int]]:
    """One week as `writer draft` does it; the stage times and (figures, verified, problems)."""
    times: dict[str, float] = {}
    ctx, times["load+facts"] = timed(lambda: open_week(data, week))
    sections, times["draft"] = timed(lambda: draft_sections(ctx.week, ctx.deltas, ctx.stories, ctx.facts,
                                                            ctx.dataset.entities, prompts))
    (draft, _, result), times["render+check"] = timed(lambda: assemble(ctx, sections, "deterministic", prompts))
    _, times["write"] = timed(lambda: write_draft(draft, out / week, prompts))
    return times, (result.numbers, len(result.verified), len(result.problems))


def time_import(scratch: Path) -> tuple[float, float]:
    """The one import command into a copy of data/: a fresh import, then the same files again."""
    data = scratch / "data"
    shutil.copytree(ROOT / "data", data)
    shutil.rmtree(data / "openrouter-real" / "weeks")
    files = sorted(SERIES.glob("*.json"))
    _, fresh = timed(lambda: import_files("openrouter-weekly", files, data / "openrouter-real"))
    again, repeat = timed(lambda: import_files("openrouter-weekly", files, data / "openrouter-real"))
    assert all(o.status == "unchanged" for o in again.outcomes)
    return fresh, repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per week; the table shows medians (default 5)")
    args = parser.parse_args()
    prompts = prompts_dir()
    weeks = [d.isoformat() for d in open_dataset(DATASET).week_dates()]
    with tempfile.TemporaryDirectory() as scratch:
        if SERIES.is_dir():
            fresh, repeat = time_import(Path(scratch))
            print(f"import of {len(list(SERIES.glob('*.json')))} weekly files: {fresh * 1000:.0f} ms fresh, "
                  f"{repeat * 1000:.0f} ms again (all unchanged)\n")
        out = Path(scratch) / "drafts"
        first_start = time.perf_counter()
        runs: dict[str, list[dict[str, float]]] = {w: [] for w in weeks}
        verdicts: dict[str, tuple[int, int, int]] = {}
        for run in range(args.repeat):
            for week in weeks:
                times, verdicts[week] = draft_week(DATASET, week, out, prompts)
                runs[week].append(times)
            if run == 0:
                first = time.perf_counter() - first_start
    print(f"| week | {' | '.join(STAGES)} | total | figures | problems |")
    print("|---|" + "---:|" * (len(STAGES) + 3))
    totals = []
    for week in weeks:
        medians = {s: statistics.median(t[s] for t in runs[week]) for s in STAGES}
        total = statistics.median(sum(t.values()) for t in runs[week])
        totals.append(total)
        numbers, _verified, problems = verdicts[week]
        cells = " | ".join(f"{medians[s] * 1000:.1f}" for s in STAGES)
        print(f"| {week} | {cells} | {total * 1000:.1f} | {numbers} | {problems} |")
    print(f"\n{len(weeks)} weeks drafted and checked: {sum(totals) * 1000:.0f} ms in all (median run), "
          f"{statistics.mean(totals) * 1000:.1f} ms per week on average, slowest {max(totals) * 1000:.1f} ms; "
          f"first run including template compilation {first * 1000:.0f} ms. Times in ms.")
    failed = [w for w, (_, _, problems) in verdicts.items() if problems]
    print("every week checks clean" if not failed else f"weeks with problems: {', '.join(failed)}")


if __name__ == "__main__":
    main()
