"""Numerals as written in the report: parsing with precision, and the house style."""

from __future__ import annotations

import pytest

from writer.figures import read_quantity
from writer.numbers import Figure, cn_numeral, cn_to_int, format_tokens, parse_figure, token_renderings


@pytest.mark.parametrize(("text", "value", "step"), [
    ("582B", 582e9, 1e9), ("1.48T", 1.48e12, 1e10), ("5,820亿", 5.82e11, 1e8), ("2.4万亿", 2.4e12, 1e11),
    ("-52", -52, 1), ("$0.35", 0.35, 0.01), ("774854487648", 774854487648, 1),
])
def test_figures_keep_the_precision_they_are_written_with(text, value, step):
    figure, rest = parse_figure(text)
    assert figure.value == pytest.approx(value) and figure.step == pytest.approx(step) and rest == ""


def test_a_figure_agrees_with_its_roundings_but_not_its_neighbours():
    published = Figure(582e9, 1e9)
    assert published.agrees_with(Figure(0.58e12, 1e10))
    assert published.agrees_with(Figure(5820e8, 1e8))
    assert not published.agrees_with(Figure(583e9, 1e9))


@pytest.mark.parametrize(("text", "number"), [("四", 4), ("十", 10), ("十二", 12), ("二十三", 23), ("两", 2), ("一百零五", 105), ("x", None)])
def test_chinese_numerals(text, number):
    assert cn_to_int(text) == number


def test_chinese_numerals_round_trip():
    assert [cn_numeral(n) for n in (1, 4, 10, 11, 20, 99)] == ["一", "四", "十", "十一", "二十", "九十九"]


def test_token_house_style_uses_three_significant_figures():
    assert [format_tokens(v) for v in (582.3e9, 56.8e9, 1.406e12, 1.48e12)] == ["582B", "56.8B", "1.41T", "1.48T"]
    assert token_renderings(464e9) == ["464B", "0.46T", "4640亿"]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("97ms", "duration", 0.097), ("3秒", "duration", 3), ("256,000 tokens", "amount", 256000),
    ("2.4万亿参数", "amount", 2.4e12), ("40余项", "count", 40), ("1.7B", "amount", 1.7e9),
])
def test_event_figures_are_read_with_their_dimension(text, kind, value):
    found_kind, figure = read_quantity(text)
    assert found_kind == kind and figure.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("份额差八点四个百分点", "points", 8.4), ("份额下降三个百分点", "points", 3.0), ("增长百分之八点四", "percent", 8.4),
    ("约一点八倍", "multiple", 1.8), ("两倍半", "multiple", 2.5), ("升了四点三%", "percent", 4.3), ("降到八点六", "plain", 8.6),
])
def test_spoken_chinese_decimals_are_figures(text, kind, value):
    from writer.figures import extract_claims

    [claim] = extract_claims(text, [])
    assert claim.kind == kind and claim.values[0].value == pytest.approx(value)


@pytest.mark.parametrize(("text", "date"), [("七月二号宣布", (None, 7, 2)), ("四月二十二日开源", (None, 4, 22)), ("三号起生效", (None, None, 3))])
def test_dates_in_chinese_numerals_are_dates(text, date):
    from writer.figures import extract_claims

    [claim] = extract_claims(text, [])
    assert claim.kind == "date" and claim.date == date


def test_a_weekday_does_not_swallow_the_amount_after_it():
    from writer.figures import extract_claims

    assert [(c.kind, c.quote) for c in extract_claims("这周三千七百亿左右", [])] == [("amount", "三千七百亿")]


@pytest.mark.parametrize(("text", "value", "step"), [("占四成七左右", 47.0, 1.0), ("约两成五", 25.0, 1.0), ("占三成", 30.0, 10.0)])
def test_tenths_with_a_digit_after_them_are_said_to_the_percent(text, value, step):
    from writer.figures import extract_claims

    [claim] = extract_claims(text, [])
    assert claim.kind == "percent" and (claim.values[0].value, claim.values[0].step) == (value, step)


def test_a_count_after_tenths_is_not_part_of_them():
    from writer.figures import extract_claims

    assert [(c.kind, c.quote) for c in extract_claims("占四成，三家公司", [])] == [("percent", "四成"), ("count", "三家")]


@pytest.mark.parametrize("text", ["这周一下子跳了三位", "本周一度登顶"])
def test_this_week_followed_by_an_adverb_holds_no_weekday(text):
    from writer.figures import extract_claims

    assert "date" not in [c.kind for c in extract_claims(text, [])]


def test_a_number_of_digits_is_a_claim_of_its_own():
    from writer.figures import extract_claims

    [claim] = extract_claims("保持两位数增长", [])
    assert (claim.kind, claim.values[0].value) == ("digits", 2.0)
