"""Every word of writer/vocabulary.yaml has a sentence that must read as intended on the sample
week (2026-01-31): a metric word names its metric, a direction word agrees with a move of the
data, an approximation holds at its looseness, a role word puts a figure in its week."""

from __future__ import annotations

import pytest
import yaml

from writer import vocabulary

WORDS = yaml.safe_load((vocabulary.Path(vocabulary.__file__).with_name("vocabulary.yaml")).read_text(encoding="utf-8"))

# One true figure per metric on the sample week, in a sentence with a slot for the metric word.
METRIC_SENTENCES = {
    "tokens": "OpenRouter整体模型调用量方面，DeepSeek V3.2本周{}为464B。",
    "share": "OpenRouter模型市占率方面，Google本周{}为24.0%。",
    "growth": "OpenRouter整体模型调用量方面，DeepSeek V3.2本周{}为+27%。",
    "score": "大语言模型榜单（LMArena Text Arena）方面，gemini-3-pro本周{}为1490。",
    "speed": "OpenRouter模型吞吐量方面，gpt-oss-120b（Groq提供）本周{}为936 tok/s。",
    "price": "OpenRouter模型吞吐量方面，gpt-oss-120b（Groq提供）本周{}为$0.35/M。",
    "requests": "OpenRouter模型吞吐量方面，gpt-oss-120b（Groq提供）本周{}为58.4M。",
}
ENGLISH = {"share", "growth", "score", "tokens", "usage", "speed", "price", "requests"}


def cases(section: str, key: str | None = None) -> list[str]:
    value = WORDS[section] if key is None else WORDS[section][key]
    return list(value)


def clean(sample_week, text: str) -> list[str]:
    return [p.message for p in sample_week.checker.check(text).problems]


@pytest.mark.parametrize("metric,word", [(m, w) for m, words in WORDS["metrics"].items() for w in words])
def test_a_metric_word_names_its_metric(sample_week, metric, word):
    text = METRIC_SENTENCES[metric].format(f" {word} " if word in ENGLISH else word)
    assert clean(sample_week, text) == []


# Words whose meaning is more than a direction get a sentence of their own: 翻倍 is ×2, 转正 a sign.
RISES = {"翻倍": ("OpenRouter编程调用量方面，MiniMax M2.1调用量从56.8B翻倍至115B。", "OpenRouter整体模型调用量方面，MiMo V2 Flash (free)调用量从582B翻倍至280B。"),
         "转正": ("OpenRouter整体模型调用量方面，DeepSeek V3.2周增长率转正为+27%。", "OpenRouter整体模型调用量方面，MiMo V2 Flash (free)周增长率转正为-52%。")}
FALLS = {"负增长": ("OpenRouter整体模型调用量方面，MiMo V2 Flash (free)负增长52%。",
                  "OpenRouter整体模型调用量方面，DeepSeek V3.2负增长27%。"),
         "转负": ("OpenRouter整体模型调用量方面，MiMo V2 Flash (free)周增长率由+18%转负为-52%。", "OpenRouter整体模型调用量方面，DeepSeek V3.2周增长率由+4%转负为+27%。")}


@pytest.mark.parametrize("word", cases("directions", "up"))
def test_an_up_word_agrees_with_a_rise_and_not_with_a_fall(sample_week, word):
    true, false = RISES.get(word, (f"OpenRouter整体模型调用量方面，DeepSeek V3.2调用量从364B{word}至464B。",
                                   f"OpenRouter整体模型调用量方面，MiMo V2 Flash (free)调用量从582B{word}至280B。"))
    assert clean(sample_week, true) == []
    assert clean(sample_week, false)


@pytest.mark.parametrize("word", cases("directions", "down"))
def test_a_down_word_agrees_with_a_fall_and_not_with_a_rise(sample_week, word):
    true, false = FALLS.get(word, (f"OpenRouter整体模型调用量方面，MiMo V2 Flash (free)调用量从582B{word}至280B。",
                                   f"OpenRouter整体模型调用量方面，DeepSeek V3.2调用量从364B{word}至464B。"))
    assert clean(sample_week, true) == []
    assert clean(sample_week, false)


@pytest.mark.parametrize("word", cases("directions", "not"))
def test_a_word_that_only_looks_like_a_direction_says_nothing_of_the_figure(sample_week, word):
    assert clean(sample_week, f"OpenRouter整体模型调用量方面，DeepSeek V3.2{word}后本周调用量为464B。") == []


@pytest.mark.parametrize("word", cases("roles", "prev"))
def test_a_last_week_word_makes_the_figure_last_weeks(sample_week, word):
    assert clean(sample_week, f"OpenRouter整体模型调用量方面，DeepSeek V3.2调用量{word} 364B。") == []
    assert clean(sample_week, f"OpenRouter整体模型调用量方面，DeepSeek V3.2调用量{word} 464B。")


@pytest.mark.parametrize("word", cases("roles", "now") + cases("roles", "weak_now"))
def test_a_this_week_word_makes_the_figure_this_weeks(sample_week, word):
    # 转正为/转负为 name a sign as well as a week: a growth rate, not an amount.
    if word in ("转正为", "转负为"):
        text = f"OpenRouter整体模型调用量方面，MiMo V2 Flash (free)周增长率由+18%{word}-52%。"
        assert bool(clean(sample_week, text)) == (word == "转正为")
        return
    assert clean(sample_week, f"OpenRouter整体模型调用量方面，DeepSeek V3.2调用量{word}464B。") == []


@pytest.mark.parametrize("word", cases("roles", "compare"))
def test_a_comparison_word_with_a_direction_makes_a_change(sample_week, word):
    assert clean(sample_week, f"OpenRouter整体模型调用量方面，DeepSeek V3.2调用量{word}增长27%。") == []


@pytest.mark.parametrize("word", cases("roles", "change"))
def test_a_change_word_after_a_comparison_makes_a_change(sample_week, word):
    assert clean(sample_week, f"OpenRouter整体模型调用量方面，DeepSeek V3.2调用量较上周{word}100B。") == []


@pytest.mark.parametrize("word", cases("top_verbs", "enter"))
def test_an_entering_verb_before_top_n_is_an_entry(sample_week, word):
    gap = " " if word.isascii() else ""
    if word in ("重回", "回到", "重返"):  # a return: said of a model that had been in the list before
        assert clean(sample_week, f"OpenRouter编程调用量方面，GPT-5.2{word}前十。") == []
        assert clean(sample_week, f"OpenRouter编程调用量方面，Kimi K2.5{word}前五。")
        return
    assert clean(sample_week, f"OpenRouter编程调用量方面，Kimi K2.5{gap}{word}{gap}前五。") == []


@pytest.mark.parametrize("word", cases("top_verbs", "exit"))
def test_a_leaving_verb_before_top_n_is_an_exit(sample_week, word):
    gap = " " if word.isascii() else ""
    assert clean(sample_week, f"OpenRouter编程调用量方面，MiMo V2 Flash (free){gap}{word}{gap}前十。") == []


@pytest.mark.parametrize("word", cases("top_verbs", "stay"))
def test_a_staying_verb_before_top_n_is_inside_both_weeks(sample_week, word):
    gap = " " if word.isascii() else ""
    assert clean(sample_week, f"OpenRouter编程调用量方面，Grok Code Fast 1{gap}{word}{gap}前五。") == []
    assert clean(sample_week, f"OpenRouter编程调用量方面，Kimi K2.5{gap}{word}{gap}前五。")  # new to the list this week


@pytest.mark.parametrize("word,kind", list(WORDS["approximations"]["before"].items()))
def test_a_bound_or_estimate_before_a_figure_holds_at_its_looseness(sample_week, word, kind):
    written = {"above": "460B", "below": "470B", "about": "460B"}[kind]
    if word == "跌破":  # a fall below: said of a model that fell
        assert clean(sample_week, "OpenRouter整体模型调用量方面，MiMo V2 Flash (free)本周调用量跌破300B。") == []
        return
    assert clean(sample_week, f"OpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量{word}{written}。") == []


@pytest.mark.parametrize("word,kind", list(WORDS["approximations"]["after"].items()))
def test_a_bound_or_estimate_after_a_figure_holds_at_its_looseness(sample_week, word, kind):
    written = {"above": "460B", "below": "470B", "about": "460B"}[kind]
    assert clean(sample_week, f"OpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量{written}{word}。") == []


@pytest.mark.parametrize("word", cases("lists"))
def test_a_list_word_binds_figures_to_names_in_order(sample_week, word):
    assert clean(sample_week, f"OpenRouter编程调用量方面，GPT-5.2与GPT-5.2-Codex{word}排在第8、第9。") == []
    assert clean(sample_week, f"OpenRouter编程调用量方面，GPT-5.2与GPT-5.2-Codex{word}排在第9、第8。")


@pytest.mark.parametrize("word", cases("idioms"))
def test_an_idiom_states_no_number(sample_week, word):
    result = sample_week.checker.check(f"这是{word}的说法。")
    assert result.problems == [] and [e.reason.value for e in result.exempt] == ["idiom"] * len(result.exempt)


@pytest.mark.parametrize("word", cases("discourse"))
def test_a_count_of_the_texts_own_parts_is_no_figure(sample_week, word):
    """三件事, 两个看点: the text counts its own parts, and the count is accounted for as such."""
    measure = "" if word in ("句话", "件事") else "个"  # 三件事, 三句话 carry their own measure word
    result = sample_week.checker.check(f"本周值得一说的有三{measure}{word}，先从调用量说起。")
    assert result.problems == [] and [e.quote for e in result.exempt if e.reason.value == "discourse"] == ["三"]


def test_a_count_of_models_is_still_a_figure(sample_week):
    """Usage board: two Chinese models are in the top ten, not three."""
    assert clean(sample_week, "OpenRouter整体模型调用量前十中有三款中国模型，值得一说的有三个看点。")


@pytest.mark.parametrize("phrase", ["这一分数", "这一成绩", "那一周", "另一位置", "每一款"])
def test_one_after_a_demonstrative_states_no_number(sample_week, phrase):
    result = sample_week.checker.check(f"Kimi K2.5本周排第4，{phrase}值得留意。")
    assert result.problems == [] and [e.quote for e in result.exempt if e.reason.value == "idiom"] == ["一"]


@pytest.mark.parametrize("header", ["第一名", "第1名", "Top 1", "No.1", "#1"])
def test_a_rank_like_header_makes_a_column_of_places(sample_week, header):
    second = header.replace("一", "二").replace("1", "2")
    table = f"| 测评类型 | {header} | {second} |\n|---|---|---|\n| 模型调用量 | Claude Sonnet 4.5 | Grok Code Fast 1 |\n"
    problems = sample_week.checker.check(table).problems
    assert [p.quote for p in problems] == ["Grok Code Fast 1"]


@pytest.mark.parametrize("kind", list(WORDS["sections"]))
def test_a_section_title_opens_its_section(kind):
    from writer.verify.text import _heading_section

    assert _heading_section(WORDS["sections"][kind]["title"]) == kind


@pytest.mark.parametrize("kind,word", [(k, w) for k, section in WORDS["sections"].items() for w in section["words"]])
def test_a_section_word_in_a_heading_opens_its_section(kind, word):
    from writer.verify.text import _heading_section

    assert _heading_section(f"本周{word}" if not word.isascii() else f"Weekly {word}") == kind


# On the sample week the company board's top ten holds five Chinese and four American companies, and
# five from outside China (Mistral too).
COMPANIES_OF = {"CN": 5, "US": 4, "!CN": 5}


@pytest.mark.parametrize("code,word", [(c, w) for c, words in WORDS["countries"].items() for w in words])
def test_a_country_word_counts_that_countrys_companies(sample_week, code, word):
    true = COMPANIES_OF[code]
    text = "OpenRouter模型市占率方面，前十中有{}家{}公司。"
    assert clean(sample_week, text.format(true, word)) == []
    assert clean(sample_week, text.format(true + 1, word))


# MiMo V2 Flash (free)'s growth went +18% → -52%: wider, though it fell; Claude Opus 4.5's +35% → -14%: narrower.
WIDENED = "OpenRouter整体模型调用量方面，MiMo V2 Flash (free)周增长率由+18%{}至-52%。"
NARROWED = "OpenRouter整体模型调用量方面，Claude Opus 4.5周增长率由+35%{}至-14%。"


@pytest.mark.parametrize("word", cases("directions", "wider"))
def test_a_wider_word_speaks_of_size_not_sign(sample_week, word):
    assert clean(sample_week, WIDENED.format(word)) == []
    assert clean(sample_week, NARROWED.format(word))


@pytest.mark.parametrize("word", cases("directions", "narrower"))
def test_a_narrower_word_speaks_of_size_not_sign(sample_week, word):
    assert clean(sample_week, NARROWED.format(word)) == []
    assert clean(sample_week, WIDENED.format(word))


@pytest.mark.parametrize("word", cases("stayed_on_list"))
def test_a_count_of_rows_staying_on_the_list_counts_the_rows_listed_both_weeks(sample_week, word):
    """Usage board: nine of the top ten were listed last week too (gpt-oss-120b is new)."""
    assert clean(sample_week, f"OpenRouter整体模型调用量前十中有九款模型{word}。") == []
    assert clean(sample_week, f"OpenRouter整体模型调用量前十中有八款模型{word}。")


@pytest.mark.parametrize("word", cases("made_by"))
def test_rows_said_to_come_from_a_country_are_counted_as_its_rows(sample_week, word):
    """Usage board: DeepSeek V3.2 and MiMo V2 Flash (free) are the top ten's two Chinese models."""
    assert clean(sample_week, f"OpenRouter整体模型调用量前十中有两款模型{word}中国公司。") == []
    assert clean(sample_week, f"OpenRouter整体模型调用量前十中有三款模型{word}中国公司。")
