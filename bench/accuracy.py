"""Checker accuracy: recall on planted errors and precision of what it reports.

First the general corpus (`bench/corpus.py`): independent writers on sample, real and synthetic
weeks, split into a development and a frozen test split; the goals are judged on the test split,
and the run exits 1 when it misses them:

- at most 1 false alarm per 200 true figures;
- at least 97% of planted errors caught, and at least 90% in every class;
- every true report of a week checks clean;
- at least 29 of 30 (96.7%) faithful LLM answers to our prompts pass on the first attempt.

Then the regression sources, all built in this repository (see tests/checker_cases.py and
tests/corpus/), which the checker was fixed against and so measure nothing new:
- the seeded corpus: short texts of our own with labelled errors, and correct paraphrases;
- every figure of the reference edition planted wrong, one at a time (off by one unit of its
  last digit, a rank or date moved by one, a version bumped, two figures of a sentence swapped);
- every figure of the reference edition rewritten into an equivalent spelling (must pass);
- tests/corpus/reviewed.yaml: true and false sentences written by an independent reviewer.

Run: python bench/accuracy.py [--split dev|test] [--no-auto]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.checker_cases import mutations, paraphrases  # noqa: E402
from writer.weekly import open_week  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference" / "2026-01-31-weekly-report.md"


GOALS = {"alarms per 200": 1.0, "recall": 0.97, "class recall": 0.90, "answers": 29 / 30}


def general(split: str | None, auto: bool) -> bool:
    """Print the general corpus's figures per split, writer and week; True when the test split meets the goals."""
    from bench.corpus import run

    groups = run(split=split, auto=auto)
    met = True
    for name in ("dev", "test"):
        if name not in groups:
            continue
        print(f"\n== general corpus, {name} split ==")
        print(f"{'group':28} {'texts':>5} {'figures':>7} {'alarms':>6} {'/200':>6} {'hand':>9} {'auto':>11} {'reports':>8} {'answers':>8}")
        for key, t in sorted(groups[name].items(), key=lambda kv: (kv[0] != "all", kv[0])):
            auto_p, auto_c = t.planted["auto_digit"], t.caught["auto_digit"]
            hand_p, hand_c = sum(t.planted.values()) - auto_p, sum(t.caught.values()) - auto_c
            print(f"{key:28} {t.texts:5} {t.figures:7} {t.alarms:6} {200 * t.alarms / max(1, t.figures):6.1f} "
                  f"{hand_c:4}/{hand_p:<4} {auto_c:5}/{auto_p:<5} {t.clean_reports:3}/{t.reports:<4} {t.answers_passed:3}/{t.answers:<4}")
        total = groups[name]["all"]
        classes = {k: (total.caught[k], total.planted[k]) for k in sorted(total.planted)}
        print("caught by class: " + ", ".join(f"{k} {c}/{p}" for k, (c, p) in classes.items()))
        if name == "test":
            planted, caught = sum(total.planted.values()), sum(total.caught.values())
            checks = {
                "false alarms per 200 true figures": (200 * total.alarms / max(1, total.figures), "<=", GOALS["alarms per 200"]),
                "planted errors caught": (caught / max(1, planted), ">=", GOALS["recall"]),
                "worst class caught": (min((c / p for c, p in classes.values() if p), default=1.0), ">=", GOALS["class recall"]),
                "true reports clean": (total.clean_reports / max(1, total.reports), ">=", 1.0),
                "answers passing first time": (total.answers_passed / max(1, total.answers), ">=", GOALS["answers"]),
            }
            for label, (value, op, goal) in checks.items():
                ok = value <= goal if op == "<=" else value >= goal
                met = met and ok
                print(f"  goal {label}: {value:.3f} {op} {goal:.3f}: {'met' if ok else 'MISSED'}")
    return met


def main() -> None:
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None
    met = general(split, auto="--no-auto" not in sys.argv)
    print("\n== regression sources (fixed against; not a measure of unseen text) ==")
    regression()
    if not met:
        sys.exit(1)


def regression() -> None:
    checker = open_week(ROOT / "data", "2026-01-31").checker
    planted = caught = reported = true_reports = 0
    by_kind: Counter[str] = Counter()
    missed_kinds: Counter[str] = Counter()
    for case in yaml.safe_load((ROOT / "tests" / "corpus" / "seeded.yaml").read_text(encoding="utf-8")):
        problems = checker.check(case["text"]).problems
        flagged = [p.quote for p in problems]
        reported += len(problems)
        true_reports += sum(1 for q in flagged if q in case["flag"])
        for quote in case["flag"]:
            planted += 1
            by_kind[case.get("kind", "?")] += 1
            if quote in flagged:
                caught += 1
            else:
                missed_kinds[case.get("kind", "?")] += 1
    corpus = (planted, caught, reported, true_reports)
    print(f"seeded corpus: {caught}/{planted} planted errors caught, {true_reports}/{reported} reports true")
    if REFERENCE.exists():
        text = REFERENCE.read_text(encoding="utf-8")
        for case in mutations(text, checker):
            problems = checker.check(case.text).problems
            planted += 1
            by_kind[case.operator] += 1
            hits = [p for p in problems if p.line == case.line]
            caught += bool(hits)
            if not hits:
                missed_kinds[case.operator] += 1
            reported += len(problems)
            true_reports += len(hits)
        false_alarms = 0
        count = 0
        for case in paraphrases(text, checker):
            count += 1
            problems = checker.check(case.text).problems
            false_alarms += len(problems)
            reported += len(problems)
        print(f"reference edition: {planted - corpus[0]} planted errors, {caught - corpus[1]} caught; "
              f"{count} equivalent rewrites, {false_alarms} false alarms")
    reviewed = yaml.safe_load((ROOT / "tests" / "corpus" / "reviewed.yaml").read_text(encoding="utf-8"))
    wrong = [c for c in reviewed if c["expect"] == "flag"]
    right = [c for c in reviewed if c["expect"] == "pass"]
    flagged = sum(bool(checker.check(c["text"]).problems) for c in wrong)
    alarms = sum(bool(checker.check(c["text"]).problems) for c in right)
    print(f"reviewed corpus (independent reviewer, since used for fixes): {flagged}/{len(wrong)} false texts flagged, "
          f"{alarms}/{len(right)} true texts flagged")
    print(f"planted by kind: {dict(by_kind)}")
    print(f"missed by kind: {dict(missed_kinds) or 'none'}")
    recall = caught / planted if planted else 0.0
    precision = true_reports / reported if reported else 1.0
    print(f"TOTAL recall {recall:.1%} ({caught}/{planted}), precision {precision:.1%} ({true_reports}/{reported})")


if __name__ == "__main__":
    main()
