"""Checker accuracy: recall on planted errors and precision of what it reports.

Sources, all built in this repository (see tests/checker_cases.py and tests/corpus/):
- the seeded corpus: short texts of our own with labelled errors, and correct paraphrases;
- every figure of the reference edition planted wrong, one at a time (off by one unit of its
  last digit, a rank or date moved by one, a version bumped, two figures of a sentence swapped);
- every figure of the reference edition rewritten into an equivalent spelling (must pass);
- tests/corpus/reviewed.yaml: true and false sentences written by an independent reviewer.

Run: python bench/accuracy.py
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


def main() -> None:
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
