"""How many of the independent editors' stories the offline drafts of the 20 real weeks tell.

    .venv/bin/python bench/editors.py [-v]

Prints each editor's share of picks told (the test requires ≥ 90%), the editors' agreement with
each other (the ceiling), and with -v every missed pick and each week's bullet.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.yardstick import REAL, agreement, load_picks, measure  # noqa: E402
from writer.weekly import open_week  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    scores, bullets = measure()
    for score in scores.values():
        print(f"editor {score.editor}: {score.told} of {score.picks} picks told ({100 * score.share:.0f}%)")
    picks = load_picks(open_week(REAL, "latest"))
    for exact in (False, True):
        label = "same kind" if exact else "same kind family"
        for (a, b), share in agreement(picks, exact).items():
            print(f"agreement ({label}): {100 * share:.0f}% of editor {a}'s picks were also editor {b}'s")
    if verbose:
        for score in scores.values():
            for pick in score.missed:
                print(f"missed  {pick.editor} {pick.week} {pick.model} {pick.kind}: {pick.why}")
        for week, text in bullets.items():
            print(week, text[0])


if __name__ == "__main__":
    main()
