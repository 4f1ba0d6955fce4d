"""No invisible figure: every numeral of a text is accounted for — a verified, wrong, unchecked
or confirmed figure, or exempt with its reason — as an extractor written apart from the checker
finds them (`tests/independent_numerals.py`)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from writer.findings import CheckResult

from .conftest import ROOT
from .independent_numerals import known_names, numerals

DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """An integer below 10^8 in Chinese numerals, written apart from writer.numbers: 4640 → 四千六百四十."""
    def below_10000(k: int) -> str:
        out, zero = "", False
        for unit, value in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d, k = divmod(k, value)
            if d:
                out += ("零" if zero and out else "") + DIGITS[d] + unit
                zero = False
            elif out:
                zero = True
        return out or "零"
    high, low = divmod(n, 10000)
    if not high:
        return below_10000(low)
    return below_10000(high) + "万" + (("零" if low < 1000 else "") + below_10000(low) if low else "")


def spans(result: CheckResult, text: str) -> list[tuple[int, int]]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    items = [*result.verified, *result.problems, *result.confirmed, *result.exempt]
    return [(starts[i.line - 1] + i.column - 1, starts[i.line - 1] + i.column - 1 + len(i.quote)) for i in items]


def unaccounted(result: CheckResult, text: str, names: list[str]) -> list[str]:
    """Numerals some character of which no verdict or exemption covers (a run such as 前九两成's
    九两 holds two numerals, each of which may be covered on its own)."""
    covered = spans(result, text)
    return [n.text for n in numerals(text, names)
            if not all(any(a <= i < b for a, b in covered) for i in range(n.start, n.end))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hundred_millions=st.integers(min_value=1, max_value=99_999), template=st.sampled_from([
    "OpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量为{}亿。",
    "DeepSeek V3.2本周调用量约{}亿，位列第4。",
    "OpenRouter模型市占率方面，Google本周调用量达到{}亿tokens。",
]))
def test_an_amount_in_chinese_numerals_is_never_invisible(sample_week, hundred_millions, template):
    written = chinese(hundred_millions)
    text = template.format(written)
    result = sample_week.checker.check(text)
    quotes = [v.quote for v in result.verified] + [p.quote for p in result.problems]
    assert any(written in q for q in quotes), f"{text}: {written} is neither verified nor reported"
    assert not [e for e in result.exempt if written in e.quote]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=99), unit=st.sampled_from(["款", "家", "个", "项"]))
def test_a_count_in_chinese_numerals_is_never_invisible(sample_week, n, unit):
    """一款 alone is an article, exempt with its reason; from 两 up every count is a figure."""
    written = chinese(n)[1:] if 10 <= n < 20 else chinese(n)  # 十一, not 一十一, as it is said
    text = f"本周共有{written}{unit}模型上榜。"
    result = sample_week.checker.check(text)
    quotes = [v.quote for v in result.verified] + [p.quote for p in result.problems]
    assert any(written in q for q in quotes), f"{text}: {written} is neither verified nor reported"


@pytest.mark.parametrize("hundred_millions,verdict", [(4640, "verified"), (9900, "wrong"), (10000, "wrong")])
def test_an_amount_in_chinese_numerals_is_judged_against_the_data(sample_week, hundred_millions, verdict):
    text = f"OpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量为{chinese(hundred_millions)}亿。"
    result = sample_week.checker.check(text)
    assert (not result.problems) == (verdict == "verified"), [p.message for p in result.problems]


def corpus_texts() -> list[tuple[str, str, str, str]]:
    """The development split of the general corpus: (dataset, week, id, text)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from bench.corpus import load_corpus

    return [(t.dataset, t.week, t.id, t.text) for t in load_corpus() if t.split == "dev"]


@pytest.mark.parametrize("dataset,week,text_id,text", corpus_texts(), ids=lambda v: v if isinstance(v, str) and "-" in v and len(v) < 40 else "")
def test_every_numeral_of_the_corpus_is_accounted_for(dataset, week, text_id, text):
    import sys

    sys.path.insert(0, str(ROOT))
    from bench.corpus import data_folder
    from bench.corpus import week as open_corpus_week

    result = open_corpus_week(dataset, week).checker.check(text)
    missing = unaccounted(result, text, known_names(data_folder(dataset)))
    assert not missing, f"{text_id}: numerals with no verdict and no exemption: {missing}"
