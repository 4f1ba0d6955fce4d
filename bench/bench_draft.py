"""LLM drafting against a server with a fixed latency L per call (bench/fake_openai.py).

Measures, for the sample week: draft wall time against L (goal ≤ 1.5 L when every section passes
first time), calls and tokens per draft, re-ask tokens as a share of the first pass when some
sections need one re-ask (goal ≤ 35 %), and a rerun from the cache (goal: 0 calls).

Run: python bench/bench_draft.py [--latency 0.5]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_openai import FakeOpenAI  # noqa: E402

from writer.config import resolve  # noqa: E402
from writer.drafting import LLMDraft, draft_with_llm  # noqa: E402
from writer.prompting import section_ids  # noqa: E402
from writer.weekly import open_week  # noqa: E402

INJECTED = {"boards/openrouter-models", "boards/openrouter-authors", "boards/gaia"}


def run(ctx, fake: FakeOpenAI, cache: Path, concurrency: int) -> tuple[LLMDraft, float, int]:
    settings = dataclasses.replace(resolve(base_url=fake.url, model="bench", environ={}), concurrency=concurrency,
                                   cache_dir=cache)
    before = fake.calls
    started = time.perf_counter()
    result = draft_with_llm(ctx, settings)
    return result, time.perf_counter() - started, fake.calls - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--latency", type=float, default=0.5, help="L: seconds the server adds to every call")
    args = parser.parse_args()
    latency = args.latency
    ctx = open_week(ROOT / "data", "2026-01-31")
    sections = len(section_ids(ctx))
    rows = []
    with tempfile.TemporaryDirectory() as tmp, FakeOpenAI(ctx, latency) as clean, FakeOpenAI(ctx, latency, INJECTED) as lying:
        cases = [
            ("clean first pass, cold process", clean, Path(tmp, "a"), sections),
            ("clean first pass, warm process", clean, Path(tmp, "b"), sections),
            ("clean first pass, --concurrency 4", clean, Path(tmp, "c"), 4),
            (f"{len(INJECTED)} sections re-asked once", lying, Path(tmp, "d"), sections),
            ("rerun of the above from the cache", lying, Path(tmp, "d"), sections),
        ]
        for name, fake, cache, concurrency in cases:
            result, wall, served = run(ctx, fake, cache, concurrency)
            usage = result.draft.usage
            first = sum(o.first_tokens for o in result.outcomes)
            reask = sum(o.reask_tokens for o in result.outcomes)
            assert result.result.ok and not [o for o in result.outcomes if o.fell_back], name
            rows.append((name, concurrency, wall, wall / latency, served, sum(u.reasks for u in usage),
                         sum(u.prompt_tokens for u in usage), sum(u.completion_tokens for u in usage),
                         f"{100 * reask / first:.0f}%" if first else "-"))
    print(f"sample week 2026-01-31: {sections} LLM sections, L = {latency} s per call\n")
    header = ("case", "concurrency", "wall s", "wall / L", "calls", "re-asks", "prompt tok", "completion tok", "re-ask share")
    widths = [38, 11, 7, 8, 5, 7, 10, 14, 12]
    print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
    for row in rows:
        cells = [row[0], str(row[1]), f"{row[2]:.2f}", f"{row[3]:.2f}", str(row[4]), str(row[5]), str(row[6]), str(row[7]), row[8]]
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
    print("\ngoals: wall ≤ 1.5 L on a clean first pass (one call per section, all in parallel); "
          "re-ask share ≤ 35%; cached rerun 0 calls.\nThe cold process pays once for the checker's name index "
          "(~0.3 s); --concurrency 4 runs the 10 sections in 3 waves.")


if __name__ == "__main__":
    main()
