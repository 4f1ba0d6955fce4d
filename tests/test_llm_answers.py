"""Answers as Pydantic models validated by the checker: what passes, and the problems a re-ask quotes."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from writer.answers import (
    BoardOut,
    EventsOut,
    OverviewOut,
    json_text,
    problems_of,
    read_answer,
)
from writer.prompting import section_plan


def context(ctx, section: str) -> dict:
    return {"checker": ctx.checker, "scope": section_plan(ctx, section).scope}


def problems(ctx, section: str, content: str, output=BoardOut) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        read_answer(content, output, context(ctx, section))
    return problems_of(caught.value)


def board(text: str) -> str:
    return json.dumps({"text": text}, ensure_ascii=False)


def test_a_verified_board_text_passes(sample_week):
    out = read_answer(board("DeepSeek V3.2强势跃升，调用量从364B增至464B，排名从第7升至第4"), BoardOut,
                      context(sample_week, "openrouter-models"))
    assert out.text == "DeepSeek V3.2强势跃升，调用量从364B增至464B，排名从第7升至第4"


def test_a_wrong_figure_is_a_problem_in_the_checkers_words(sample_week):
    found = problems(sample_week, "openrouter-models", board("DeepSeek V3.2调用量从364B增至394B"))
    assert found == ["「394B」：DeepSeek V3.2 本周调用量 is 464B, not 394B (394B is Gemini 2.5 Flash 本周调用量)"]


def test_board_text_is_checked_in_its_place_under_the_board_heading(sample_week):
    # 第5 is GAIA's rank for nobody this week; only the board context makes Shawn Agent's 第7 right.
    assert read_answer(board("Shawn Agent更新至v3.1，排名第7，得分升至89.37%"), BoardOut, context(sample_week, "gaia"))
    assert problems(sample_week, "gaia", board("Shawn Agent排名第5"))[0].startswith("「第5」：Shawn Agent 本周排名 is 第7")


def test_a_repeated_intro_and_line_breaks_are_trimmed(sample_week):
    out = read_answer(board("GAIA榜单方面，Shawn Agent排名第7，\n得分升至89.37%"), BoardOut, context(sample_week, "gaia"))
    assert out.text == "Shawn Agent排名第7， 得分升至89.37%"


def test_a_text_about_nothing_of_this_week_is_a_problem(sample_week):
    assert problems(sample_week, "gaia", board("本周榜单没有变化")) == ["the text must be about this week's changes: name Shawn Agent"]


def test_english_text_is_a_problem(sample_week):
    assert "write the text in simplified Chinese" in problems(sample_week, "gaia", board("Shawn Agent moved up"))


def test_the_overview_must_name_something_of_the_week(sample_week):
    found = problems(sample_week, "overview", board("本周榜单整体平稳。"), OverviewOut)
    assert found == ["the overview must be about this week: name some of 百度, 文心5.0, 阿里巴巴, 通义千问"]


def test_events_need_exactly_one_bullet_per_event_and_are_put_in_order(sample_week):
    ids = [e.id for e in sorted(sample_week.week.events, key=lambda e: e.date)]
    names = {"baidu-ernie-5.0": "百度发布文心5.0", "qwen3-tts-open-source": "阿里巴巴开源Qwen3-TTS",
             "qwen3-max-thinking-launch": "阿里巴巴上线Qwen3-Max-Thinking", "deepseek-ocr-2": "DeepSeek发布DeepSeek-OCR 2",
             "kimi-k2.5-release": "月之暗面发布Kimi K2.5", "minimax-music-2.5": "MiniMax发布MiniMax Music 2.5"}
    bullets = [{"event_id": i, "text": names[i]} for i in reversed(ids)]
    out = read_answer(json.dumps({"bullets": bullets}, ensure_ascii=False), EventsOut, context(sample_week, "events"))
    assert [b.event_id for b in out.bullets] == ids

    bad = json.dumps({"bullets": bullets[:4] + [{"event_id": "made-up", "text": "某公司发布新模型"}, bullets[0]]}, ensure_ascii=False)
    found = problems(sample_week, "events", bad, EventsOut)
    assert found == [
        "event_id 'made-up' is not one of this week's events (" + ", ".join(ids) + ")",
        "event 'minimax-music-2.5' has more than one bullet: write exactly one",
        "event 'baidu-ernie-5.0' has no bullet: write one",
        "event 'qwen3-tts-open-source' has no bullet: write one",
    ]


def test_an_event_figure_is_checked_against_its_event(sample_week):
    bullets = [{"event_id": e.id, "text": f"{e.org}{e.title}"} for e in sample_week.week.events]
    bullets[0]["text"] = "百度于1月24日发布文心5.0，参数规模达3.4万亿"
    found = problems(sample_week, "events", json.dumps({"bullets": bullets}, ensure_ascii=False), EventsOut)
    assert found[0].startswith("baidu-ernie-5.0: 「3.4万亿」：3.4万亿 is not a figure of 发布文心5.0")


@pytest.mark.parametrize("content", [
    '```json\n{"text": "Shawn Agent排名第7"}\n```',
    '<think>先看数据：第7。</think>{"text": "Shawn Agent排名第7"}',
    '<think>想一想</think>\n好的：\n```\n{"text": "Shawn Agent排名第7"}\n```\n以上。',
    "Shawn Agent排名第7",
    '{"text": "Shawn Agent\n排名第7"}',
])
def test_fences_think_blocks_plain_text_and_raw_line_breaks_are_tolerated(sample_week, content):
    out = read_answer(content, BoardOut, context(sample_week, "gaia"))
    assert out.text.replace(" ", "") == "ShawnAgent排名第7"


def test_broken_json_is_not_taken_for_prose(sample_week):
    found = problems(sample_week, "gaia", '{"text": "Shawn Agent排名第')
    assert found[0].startswith("the answer is not valid JSON (EOF while parsing a string")
    assert json_text('{"text": "x', BoardOut) == '{"text": "x'


def test_validating_without_the_checker_is_an_error():
    # What client.chat.completions.parse() would do: it passes no validation context.
    with pytest.raises(ValidationError, match="validated without a checker"):
        BoardOut.model_validate_json('{"text": "Shawn Agent排名第7"}')


def test_answer_schemas_are_strict_objects():
    for output in (OverviewOut, EventsOut, BoardOut):
        schema = output.model_json_schema()
        assert schema["additionalProperties"] is False and schema["required"]
