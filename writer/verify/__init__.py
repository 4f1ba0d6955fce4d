"""Verifying prose against the week's facts, in data-flow order:

    text.py      the text's layout: structure masked, sentences, sections, tables (figures found by
                 `writer.figures`, names by `writer.entities`)
    reading.py   a sentence read: each figure's subject, board, week, metric and list binding
    checker.py   the week's facts indexed; each claim checked by its kind; tables and names

The result models live in `writer.findings`.
"""

from ..findings import CheckResult, Problem, ProblemKind, Source, Verdict, Verified
from .checker import Checker

__all__ = ["Checker", "CheckResult", "Problem", "ProblemKind", "Source", "Verdict", "Verified"]
