"""Verifying prose against the week's facts, in data-flow order:

    text.py         the text's layout: structure masked, sentences, sections, tables (figures found
                    by `writer.figures`, names by `writer.entities`, words from `writer.vocabulary`)
    reading.py      a sentence read: each figure's subject, board, week, metric and list binding
    relations.py    values derived from the rows: sums, gaps, ratios, shares, earlier weeks, streaks
    rules/          each claim checked by its kind against the facts and the relations, in layers
                    that build on each other: outcome (verdict shapes, looseness), events (and the
                    calendar), places (ranks, top lists, streaks), derived (gaps, ratios, sums,
                    shares), counts, and claims (the verifier that dispatches a sentence's claims)
    comparisons.py  comparisons between two names without digits (A超过B, A仅次于B)
    confirmed.py    figures an editor vouched for
    messages.py     a problem as a whole Chinese sentence for editors
    checker.py      the week's facts indexed; the check of a text, its tables and names, and the
                    account of every numeral

The result models live in `writer.findings`.
"""

from ..findings import CheckResult, Problem, ProblemKind, Source, Verdict, Verified
from .checker import Checker

__all__ = ["Checker", "CheckResult", "Problem", "ProblemKind", "Source", "Verdict", "Verified"]
