"""How many of the independent editors' stories the offline drafts of the 20 real weeks tell.

    .venv/bin/python bench/editors.py [-v]

Prints each editor's share of picks told (the test requires ≥ 90%), the editors' agreement with
each other (the ceiling), and with -v every missed pick and each week's bullet.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.yardstick import BOARD, REAL, agreement, load_picks, measure  # noqa: E402
from writer.weekly import open_week  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    scores, bullets = measure()
    for score in scores.values():
        print(f"editor {score.editor}: {score.told} of {score.picks} picks told ({100 * score.share:.0f}%)")
    picks = load_picks(open_week(REAL, "latest"))
    # The other way round: of the models our stories name, how many did each editor pick that week?
    named = [(week.name, entity) for week in sorted((REAL / "weeks").iterdir())
             for story in open_week(REAL, week.name).stories.get(BOARD, []) for entity in story.entities]
    for editor, items in picks.items():
        chosen = {(p.week, p.model) for p in items}
        share = sum(pair in chosen for pair in named) / len(named)
        print(f"our stories name {len(named)} models over the weeks; editor {editor} picked {100 * share:.0f}% of them")
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
