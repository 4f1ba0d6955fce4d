"""Every spelling we offer verifies: each form the prompts and the drafter may write for a fact
(582B, 0.58T, 5820亿; 第2, 第二; 26.0%) checks clean in a neutral sentence, for every fact of
every sample week and of a spread of the real weeks."""

from __future__ import annotations

import pytest

from writer.facts import FactKind, Metric
from writer.load import open_dataset
from writer.weekly import open_week

from .conftest import DATA

WORDS = {Metric.tokens: "调用量为", Metric.share: "占比为", Metric.growth: "周增长率为", Metric.rank: "排名",
         Metric.speed: "速度为", Metric.price: "价格为", Metric.requests: "请求量为", Metric.score: "得分为"}


def weeks() -> list[tuple[str, str]]:
    sample = [(str(DATA), str(d)) for d in open_dataset(DATA).week_dates()[1:]]
    real = open_dataset(DATA / "openrouter-real").week_dates()[1:]
    return sample + [(str(DATA / "openrouter-real"), str(d)) for d in real[::4]]


def sentences(data: str, week: str) -> list[str]:
    ctx = open_week(data, week)
    out = []
    for fact in ctx.facts.facts:
        if fact.kind is not FactKind.metric or fact.metric not in WORDS or not fact.board or not fact.entity:
            continue
        board = ctx.dataset.board(fact.board)
        provider = ctx.dataset.entities.by_id.get(fact.qualifier or "")
        name = fact.name + (f"（{provider.name}提供）" if provider else "")
        for week_word, value in (("本周", fact.now), ("上周", fact.prev)):
            if value is None:
                continue
            for form in dict.fromkeys([value.text, *value.forms]):
                out.append(f"{board.title}方面，{name}{week_word}{WORDS[fact.metric]}{form}。")
        if fact.change is not None and fact.metric in CHANGES and fact.prev and fact.now:
            for form in dict.fromkeys([fact.change.text, *fact.change.forms]):
                out.append(f"{board.title}方面，{name}{CHANGES[fact.metric]}较上周变化{form}。")
    return out


CHANGES = {Metric.tokens: "调用量", Metric.share: "占比", Metric.growth: "周增长率", Metric.score: "得分"}


@pytest.mark.parametrize("data,week", weeks(), ids=lambda v: v.rsplit("/", 1)[-1])
def test_every_spelling_of_every_fact_verifies(data, week):
    checker = open_week(data, week).checker
    failures = []
    for sentence in sentences(data, week):
        result = checker.check(sentence)
        if result.problems:
            failures.append(f"{sentence} → {result.problems[0].message}")
    assert not failures, f"{len(failures)} spellings fail, e.g.:\n" + "\n".join(failures[:8])
