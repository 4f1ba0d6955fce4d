"""Checker speed: the reference edition in-process, 1 MB of prose (linearity), and CLI cold start.

Run: python bench/bench_check.py   (goals: ≤ 20 ms, ≤ 1 s per MB and linear, ≤ 0.5 s cold start)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "2026-01-31-weekly-report.md"
sys.path.insert(0, str(ROOT))

from writer.weekly import open_week  # noqa: E402


def best_of(runs: int, func) -> float:
    """Median wall time of `runs` calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ctx = open_week(ROOT / "data", "2026-01-31")
    if REFERENCE.exists():
        text = REFERENCE.read_text(encoding="utf-8")
        source = "reference edition"
    else:
        text = (ROOT / "tests" / "snapshots" / "report-2026-01-31.md").read_text(encoding="utf-8")
        source = "snapshot draft (reference not found)"
    ctx.checker.check(text)
    single = best_of(20, lambda: ctx.checker.check(text))
    print(f"check one edition ({source}, {len(text.encode()):,} bytes): {single * 1000:.1f} ms (goal ≤ 20 ms)")

    body = text.split("### 1", 1)[-1]
    for megabytes in (0.25, 0.5, 1.0):
        copies = int(megabytes * 1_000_000 / len(body.encode())) + 1
        prose = "\n".join([body] * copies)
        seconds = best_of(3, lambda: ctx.checker.check(prose))
        print(f"check {len(prose.encode()) / 1e6:.2f} MB of report prose: {seconds:.2f} s ({seconds / (len(prose.encode()) / 1e6):.2f} s/MB; goal ≤ 1 s for 1 MB)")

    writer = Path(sys.executable).with_name("writer")
    command = [str(writer), "check", str(REFERENCE if REFERENCE.exists() else ROOT / "tests/snapshots/report-2026-01-31.md"),
               "--week", "2026-01-31", "--data", str(ROOT / "data")]
    cold = best_of(5, lambda: subprocess.run(command, capture_output=True, check=False))
    print(f"`writer check` cold start, whole command: {cold:.2f} s (goal ≤ 0.5 s)")


if __name__ == "__main__":
    main()
