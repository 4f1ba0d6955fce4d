"""Measuring the checker on the general corpus: weeks and writers it was not built against.

`tests/corpus/general/<writer>/<dataset>--<week>.yaml` holds texts by independent writers about
the sample weeks, the real OpenRouter weeks and synthetic weeks (`bench/synth.py`), every figure
in them true, each with errors its writer planted by hand (one edit each, with its class). The
split is fixed in `tests/corpus/general/split.yaml`: the test split is measured here and nowhere
else read.

For every text this measures:
- false alarms: what the checker reports on the true text, per true figure (figures counted by
  the independent extractor of `tests/independent_numerals.py`);
- hand-planted errors caught: a report whose quote overlaps the edited span;
- auto-planted errors caught: every numeral the independent extractor finds, one at a time, its
  last digit moved (bounds and approximations left alone, since moving them may keep them true);
- for LLM answers (`kind: answer`), whether the answer passes the section's answer model on the
  first attempt, exactly as the drafting loop validates it.
"""

from __future__ import annotations

import functools
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synth import build as build_synthetic  # noqa: E402
from tests.independent_numerals import known_names, numerals  # noqa: E402
from writer.findings import CheckResult  # noqa: E402
from writer.weekly import WeekContext, open_week  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "general"
SYNTH_CACHE = ROOT / ".bench-cache"
_BOUND_BEFORE = ("前", "超过", "逾", "不到", "不足", "近", "约", "接近", "将近", "低于", "高于", "top", "Top", "TOP")
_BOUND_AFTER = ("以上", "以下", "多", "余", "左右", "开外", "之外", "以外")


@dataclass
class Text:
    """One text of the corpus and where it belongs."""

    writer: str
    dataset: str
    week: str
    id: str
    kind: str
    text: str
    errors: list[dict[str, str]]
    split: str
    section: str | None = None
    answer: str | None = None


@dataclass
class Tally:
    """Counts for one group of texts."""

    texts: int = 0
    figures: int = 0
    alarms: int = 0
    clean_reports: int = 0
    reports: int = 0
    planted: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    answers: int = 0
    answers_passed: int = 0

    def add(self, other: "Tally") -> None:
        for name in ("texts", "figures", "alarms", "clean_reports", "reports", "answers", "answers_passed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.planted.update(other.planted)
        self.caught.update(other.caught)


def data_folder(dataset: str) -> Path:
    """The --data folder of a corpus dataset (synthetic ones are generated once, from their seed)."""
    if dataset == "sample":
        return ROOT / "data"
    if dataset == "real":
        return ROOT / "data" / "openrouter-real"
    seeds = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))["synthetic_seeds"]
    folder = SYNTH_CACHE / dataset
    if not (folder / "catalog.yaml").exists():
        build_synthetic(folder, seeds[dataset])
    return folder


def load_corpus() -> list[Text]:
    """Every text of the corpus, with its split."""
    split = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))
    texts = []
    for path in sorted(CORPUS.glob("*/*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        dataset, week = str(doc["dataset"]), str(doc["week"])
        held = split["test_weeks"].get(dataset)
        test = doc["writer"] in split["test_writers"] or held == "all" or (isinstance(held, list) and week in held)
        for item in doc["texts"]:
            texts.append(Text(writer=str(doc["writer"]), dataset=dataset, week=week, id=str(item["id"]),
                              kind=str(item.get("kind", "section")), text=str(item["text"]),
                              errors=list(item.get("errors") or []), split="test" if test else "dev",
                              section=item.get("section"), answer=item.get("answer")))
    return texts


@functools.lru_cache(maxsize=None)
def week(dataset: str, date: str) -> WeekContext:
    return open_week(data_folder(dataset), date)


@functools.lru_cache(maxsize=None)
def names(dataset: str) -> list[str]:
    return known_names(data_folder(dataset))


def _span(result: CheckResult, text: str) -> list[tuple[int, int]]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    spans = []
    for p in result.problems:
        offset = starts[p.line - 1] + p.column - 1 if p.line - 1 < len(starts) else 0
        spans.append((offset, offset + max(1, len(p.quote))))
    return spans


def _caught(result: CheckResult, text: str, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in _span(result, text))


def auto_plants(text: str, found: list[Any]) -> list[tuple[str, int, int]]:
    """Each numeral moved in its last digit, one at a time: (text, start, end)."""
    out = []
    cn = "一二三四五六七八九"
    for n in found:
        before, after = text[max(0, n.start - 3) : n.start], text[n.end : n.end + 3]
        if before.endswith(_BOUND_BEFORE) or after.startswith(_BOUND_AFTER):
            continue
        last = n.text[-1]
        if last.isdigit():
            moved = str((int(last) + 2) % 10)
            if len(n.text) == 1 and moved == "0":
                moved = "1" if last != "1" else "3"
        elif last in cn:
            moved = cn[(cn.index(last) + 2) % 9]
        else:
            continue
        out.append((text[: n.end - 1] + moved + text[n.end :], n.start, n.end))
    return out


def measure(item: Text, auto: bool = True, show: bool = False) -> tuple[Tally, list[str]]:
    """Tally one text; `show` lists what went wrong (never used on the test split)."""
    ctx = week(item.dataset, item.week)
    checker = ctx.checker
    tally, notes = Tally(texts=1), []
    result = checker.check(item.text)
    found = numerals(item.text, names(item.dataset))
    tally.figures = len(found)
    tally.alarms = len(result.problems)
    if item.kind == "report":
        tally.reports = 1
        tally.clean_reports = int(not result.problems)
    if show:
        notes += [f"FALSE ALARM {item.id}:{p.line}:{p.column} {p.quote}: {p.message}" for p in result.problems]
    for error in item.errors:
        find, replace = error.get("find", ""), error.get("replace", "")
        if not find or item.text.count(find) != 1 or find == replace:
            continue
        at = item.text.index(find)
        planted = item.text[:at] + replace + item.text[at + len(find) :]
        kind = str(error.get("class", "other"))
        tally.planted[kind] += 1
        if _caught(checker.check(planted), planted, at, at + max(1, len(replace))):
            tally.caught[kind] += 1
        elif show:
            notes.append(f"MISSED {item.id} [{kind}] {find!r} → {replace!r}: {error.get('why', '')}")
    if auto:
        for planted, start, end in auto_plants(item.text, found):
            tally.planted["auto_digit"] += 1
            if _caught(checker.check(planted), planted, start, end):
                tally.caught["auto_digit"] += 1
            elif show:
                notes.append(f"MISSED {item.id} [auto_digit] …{planted[max(0, start - 12) : end + 6]}…")
    if item.kind == "answer" and item.section and item.answer:
        tally.answers = 1
        ok, why = answer_passes(ctx, item.section, item.answer)
        tally.answers_passed = int(ok)
        if show and not ok:
            notes.append(f"ANSWER REJECTED {item.id} ({item.section}): {why}")
    return tally, notes


def answer_passes(ctx: WeekContext, section: str, answer: str) -> tuple[bool, str]:
    """Whether an LLM answer passes its section's answer model on the first attempt."""
    from pydantic import ValidationError

    from writer.answers import problems_of, read_answer
    from writer.errors import WriterError
    from writer.prompting import section_plan

    try:
        plan = section_plan(ctx, section)
    except WriterError as exc:
        return False, f"no such section: {exc}"
    try:
        read_answer(answer, plan.output, {"checker": ctx.checker, "scope": plan.scope})
    except ValidationError as exc:
        return False, "; ".join(problems_of(exc))
    except ValueError as exc:
        return False, str(exc)
    return True, ""


def run(split: str | None = None, auto: bool = True, show: bool = False) -> dict[str, dict[str, Tally]]:
    """Tallies by split, then by writer and by dataset/week ('all' for the split's total)."""
    groups: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for item in load_corpus():
        if split and item.split != split:
            continue
        tally, notes = measure(item, auto=auto, show=show and item.split == "dev")
        for line in notes:
            print(line)
        for key in ("all", f"writer {item.writer}", f"{item.dataset} {item.week}"):
            groups[item.split][key].add(tally)
    return groups
