"""Limits and faults: `writer check` on one long line vs many lines, and a 50 MB CSV rejected early.

Run: python bench/bench_limits.py [--megabytes 1.0]
Goals: one line checks in the same order of time as many lines; a 50 MB CSV with an error on
line 12 is rejected in well under a second, with the process's peak memory that of an empty run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from writer.weekly import open_week  # noqa: E402


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def check_lines(megabytes_list: list[float]) -> None:
    """The snapshot report's body repeated: as written (many lines) and with its line breaks removed (one line)."""
    ctx = open_week(ROOT / "data", "2026-01-31")
    body = (ROOT / "tests" / "snapshots" / "report-2026-01-31.md").read_text(encoding="utf-8").split("### 1", 1)[-1]
    ctx.checker.check(body)
    for megabytes in megabytes_list:
        copies = int(megabytes * 1_000_000 / len(body.encode())) + 1
        many = "\n".join([body] * copies)
        one = many.replace("\n", " ")
        t_many = timed(lambda: ctx.checker.check(many))
        t_one = timed(lambda: ctx.checker.check(one))
        print(f"check {len(many.encode()) / 1e6:.2f} MB: many lines {t_many:.2f} s, one line {t_one:.2f} s "
              f"(× {t_one / t_many:.1f})", flush=True)


def rejected_csv(megabytes: int = 50) -> None:
    """`writer facts` on a dataset whose board CSV is `megabytes` MB with a bad cell on line 12."""
    writer = Path(sys.executable).with_name("writer")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data)
        path = data / "weeks" / "2026-01-31" / "openrouter-models.csv"
        lines = path.read_text(encoding="utf-8").splitlines()[:11]
        row = "99,Claude Sonnet 4.5,Anthropic,705B,2\n"
        with path.open("w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n12,Claude Sonnet 4.5,Anthropic,7x5B,2\n")
            handle.write(row * (megabytes * 1024 * 1024 // len(row)))
        size = path.stat().st_size
        for label, args in ((f"{size / 1e6:.0f} MB CSV, error on line 12", ["--data", str(data)]),
                            ("valid week (baseline)", ["--data", str(ROOT / "data")])):
            start = time.perf_counter()
            child = subprocess.Popen([str(writer), "facts", "--week", "2026-01-31", "--format", "json", *args],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            stderr = child.stderr.read() if child.stderr else ""
            _, status, usage = os.wait4(child.pid, 0)  # this child's own peak memory
            seconds = time.perf_counter() - start
            code = child.returncode = os.waitstatus_to_exitcode(status)
            print(f"{label}: exit {code}, {seconds:.2f} s, peak RSS {usage.ru_maxrss / 1024:.0f} MB"
                  + (f" — {stderr.strip()[-110:]}" if code else ""), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, nargs="*", default=[0.125, 0.25, 0.5, 1.0])
    args = parser.parse_args()
    rejected_csv()
    check_lines(args.megabytes)


if __name__ == "__main__":
    main()
