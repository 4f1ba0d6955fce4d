"""`writer check`: every figure verified against the week's data, entity by entity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from writer.cli import app

from .checker_cases import mutations, paraphrases

CORPUS = yaml.safe_load((Path(__file__).parent / "corpus" / "seeded.yaml").read_text(encoding="utf-8"))


def test_reference_edition_verifies_without_a_false_alarm(sample_week, reference_text):
    result = sample_week.checker.check(reference_text)
    assert result.problems == []
    assert result.numbers >= 90


def test_every_figure_planted_wrong_in_the_reference_is_caught(sample_week, reference_text):
    missed = []
    planted = list(mutations(reference_text, sample_week.checker))
    assert len(planted) >= 90
    for case in planted:
        result = sample_week.checker.check(case.text)
        if not any(p.line == case.line for p in result.problems):
            missed.append(f"line {case.line}: {case.operator} {case.before} → {case.after}")
    assert missed == []


def test_equivalent_spellings_in_the_reference_pass(sample_week, reference_text):
    alarms = []
    planted = list(paraphrases(reference_text, sample_week.checker))
    assert len(planted) >= 40
    for case in planted:
        problems = sample_week.checker.check(case.text).problems
        alarms += [f"{case.before} → {case.after}: {p.message}" for p in problems]
    assert alarms == []


@pytest.mark.parametrize("case", CORPUS, ids=[c["id"] for c in CORPUS])
def test_seeded_corpus_case(sample_week, case):
    problems = sample_week.checker.check(case["text"]).problems
    assert sorted(p.quote for p in problems) == sorted(case["flag"]), [p.message for p in problems]


def test_entity_swap_is_flagged_with_the_owner_of_the_figure(sample_week):
    [problem] = sample_week.checker.check("OpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量为394B。").problems
    assert problem.kind.value == "wrong_entity"
    assert problem.message == "DeepSeek V3.2 本周调用量 is 464B, not 394B (394B is Gemini 2.5 Flash 本周调用量)"
    assert problem.source.fact == "openrouter-models/deepseek-v3.2/tokens"
    assert problem.source.file.endswith("2026-01-31/openrouter-models.csv")


def test_last_weeks_value_given_as_this_weeks_is_a_wrong_week(sample_week):
    [problem] = sample_week.checker.check("OpenRouter模型市占率方面，DeepSeek本周占比为8.0%。").problems
    assert problem.kind.value == "wrong_week"
    assert "9.4%" in problem.message


def test_problem_positions_are_line_and_column(sample_week):
    text = "# 标题\n\nOpenRouter整体模型调用量方面，\nGemini 2.5 Flash调用量为395B。\n"
    [problem] = sample_week.checker.check(text).problems
    assert (problem.line, problem.column, problem.quote) == (4, 21, "395B")


def test_numbers_inside_names_are_not_claims(sample_week):
    text = "GPT-5.2、Claude Opus 4.5、Qwen3 32B、FLUX.2 [dev] Turbo、gpt-oss-120b、Qwen2-500M、文心5.0与Devstral 2 2512 (free)都在榜上。"
    result = sample_week.checker.check(text)
    assert result.numbers == 0 and result.problems == []


def test_markdown_structure_is_not_a_claim(sample_week):
    text = "---\nlayout: post\ndate: 2026-02-01\n---\n### 1\\. 本周概览\n\n1. 第一点\n* * *\n关注我，第一时间获取资讯！\n"
    result = sample_week.checker.check(text)
    assert result.numbers == 0


def test_table_cell_in_the_wrong_rank_column_is_flagged(sample_week):
    table = "| 测评类型 | 第一名 | 第二名 | 第三名 |\n|---|---|---|---|\n| 模型调用量 | Gemini 3 Flash Preview | Claude Sonnet 4.5 | Grok Code Fast 1 |\n"
    problems = sample_week.checker.check(table).problems
    assert [p.quote for p in problems] == ["Gemini 3 Flash Preview", "Claude Sonnet 4.5"]
    assert problems[0].message == "模型调用量 第1名 is Claude Sonnet 4.5, not Gemini 3 Flash Preview (Gemini 3 Flash Preview is 第2)"


def run_check(path: Path, *extra: str):
    from .conftest import DATA

    return CliRunner().invoke(app, ["check", str(path), "--week", "2026-01-31", "--data", str(DATA), "--lang", "en", *extra])


def test_check_exits_0_when_every_number_verifies(tmp_path):
    path = tmp_path / "ok.md"
    path.write_text("OpenRouter整体模型调用量方面，DeepSeek V3.2调用量从364B增至464B。\n", encoding="utf-8")
    result = run_check(path)
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("2 figures checked: 2 verified, 0 problems")


def test_check_exits_1_and_locates_each_problem(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("OpenRouter整体模型调用量方面，DeepSeek V3.2调用量从364B增至446B。\n", encoding="utf-8")
    result = run_check(path)
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"{path}:1:")
    assert "446B: DeepSeek V3.2 本周调用量 is 464B, not 446B" in first
    assert "[openrouter-models/deepseek-v3.2/tokens" in first


def test_check_json_output_is_the_result_model(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("OpenRouter整体模型调用量方面，DeepSeek V3.2调用量为446B。\n", encoding="utf-8")
    result = run_check(path, "--format", "json")
    payload = json.loads(result.output)
    assert payload["problems"][0]["quote"] == "446B"
    assert payload["problems"][0]["source"]["value"] == "本周 464B"


def test_check_github_format_emits_annotations(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("OpenRouter整体模型调用量方面，DeepSeek V3.2调用量为446B。\n", encoding="utf-8")
    result = run_check(path, "--format", "github")
    assert result.output.startswith(f"::error file={path},line=1,col=")


def test_check_of_a_missing_file_is_exit_2(tmp_path):
    result = run_check(tmp_path / "missing.md")
    assert result.exit_code == 2
    assert "missing.md: file not found" in result.output


def test_check_reads_standard_input():
    from .conftest import DATA

    result = CliRunner().invoke(app, ["check", "-", "--week", "2026-01-31", "--data", str(DATA)],
                                input="OpenRouter整体模型调用量方面，DeepSeek V3.2调用量为464B。")
    assert result.exit_code == 0, result.output


def test_flat_pasted_rankings_table_is_checked_by_rank(sample_week):
    flat = "测评类型\n\n第一名\n\n第二名\n\n第三名\n\n公司市占率\n\nAnthropic\n\nGoogle\n\nOpenAI\n"
    problems = sample_week.checker.check(flat).problems
    assert [(p.line, p.quote) for p in problems] == [(11, "Anthropic"), (13, "Google")]


def test_leading_companies_out_of_rank_order_are_flagged(sample_week):
    flat = "测评类型\n\n领先公司\n\n编程能力 LiveCodeBench\n\nAnthropic、OpenAI、Google\n"
    [problem] = sample_week.checker.check(flat).problems
    assert problem.message == "编程能力 LiveCodeBench's leading companies in rank order are OpenAI、Anthropic、Google"


def test_leading_company_not_on_the_board_is_flagged(sample_week):
    table = "| 测评类型 | 领先公司 |\n|---|---|\n| GPQA | OpenAI、Google、xAI、Anthropic、DeepSeek |\n"
    [problem] = sample_week.checker.check(table).problems
    assert problem.message.startswith("DeepSeek not among the companies of GPQA's top 10")


def test_leading_companies_written_as_prose_are_not_checked(sample_week):
    table = "| 测评类型 | 领先公司 |\n|---|---|\n| 代码工程任务能力 SWE-benchLite | 基于Claude、Gemini、GPT开发的开源系统 |\n"
    assert sample_week.checker.check(table).problems == []


def test_unknown_name_in_a_rank_column_is_flagged(sample_week):
    flat = "测评类型\n\n第一名\n\n第二名\n\n第三名\n\n模型调用量\n\nClaude Sonnet 5\n\nGemini 3 Flash Preview\n\nGrok Code Fast 1\n"
    [problem] = sample_week.checker.check(flat).problems
    assert problem.message == "模型调用量 第1名 is Claude Sonnet 4.5; 'Claude Sonnet 5' is not a name the data knows"


REVIEWED = yaml.safe_load((Path(__file__).parent / "corpus" / "reviewed.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", REVIEWED, ids=[c["id"] for c in REVIEWED])
def test_reviewed_case(sample_week, case):
    problems = sample_week.checker.check(case["text"]).problems
    if case["expect"] == "flag":
        assert problems, f"not flagged: {case['why']}"
    else:
        assert problems == [], [p.message for p in problems]


def test_check_speaks_chinese_by_default_with_the_data_file_and_line(tmp_path):
    from .conftest import DATA

    path = tmp_path / "bad.md"
    path.write_text("OpenRouter整体模型调用量方面，DeepSeek V3.2调用量为446B。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--week", "2026-01-31", "--data", str(DATA)])
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert "「446B」与数据不符：数据中OpenRouter整体模型调用量上DeepSeek V3.2本周（截至2026-01-31）的调用量为464B" in first
    assert "openrouter-models.csv 第5行" in first
    assert result.output.strip().endswith("共核对1个数字：0个与数据一致，1个与数据不符，0个无法核对。")


def test_writer_lang_en_switches_messages_to_english(tmp_path, monkeypatch):
    from .conftest import DATA

    monkeypatch.setenv("WRITER_LANG", "en")
    path = tmp_path / "bad.md"
    path.write_text("OpenRouter整体模型调用量方面，DeepSeek V3.2调用量为446B。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--week", "2026-01-31", "--data", str(DATA)])
    assert "446B: DeepSeek V3.2 本周调用量 is 464B, not 446B" in result.output


def test_check_takes_the_week_from_the_front_matter(tmp_path):
    from .conftest import DATA

    path = tmp_path / "report.md"
    path.write_text("---\nweek: 2026-01-31\n---\nOpenRouter整体模型调用量方面，DeepSeek V3.2调用量从364B增至464B。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--data", str(DATA), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("2 figures checked: 2 verified, 0 problems")


def test_check_without_a_week_anywhere_is_a_usage_error(tmp_path):
    from .conftest import DATA

    path = tmp_path / "note.md"
    path.write_text("DeepSeek V3.2调用量为464B。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--data", str(DATA)])
    assert result.exit_code == 2
    assert "has no week in its front matter" in result.output


def test_a_figure_in_chinese_numerals_is_checked_not_invisible(sample_week):
    result = sample_week.checker.check("OpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量约为九千九百亿。")
    [problem] = result.problems
    assert problem.quote == "九千九百亿" and problem.verdict.value == "wrong"


def test_a_true_figure_in_chinese_numerals_verifies(sample_week):
    result = sample_week.checker.check("OpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量约为四千六百四十亿。")
    assert result.problems == [] and [v.quote for v in result.verified] == ["四千六百四十亿"]


def test_a_number_nobody_can_read_is_unchecked_not_ignored(sample_week):
    result = sample_week.checker.check("这一周共有7次重要变动。")
    [problem] = result.problems
    assert problem.verdict.value == "unchecked"


def test_numbers_in_names_structure_and_idioms_are_exempt_with_their_reason(sample_week):
    result = sample_week.checker.check("### 2\\. 榜单变化\n\nGPT-5.2是其中之一。\n")
    reasons = {e.quote: e.reason.value for e in result.exempt}
    assert reasons == {"2": "structure", "5.2": "name", "一": "idiom"}
    assert result.problems == []


def test_a_new_week_prepared_by_hand_with_a_date_among_an_events_figures_drafts_and_checks_clean(tmp_path):
    import shutil

    from .conftest import DATA

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    week = data / "weeks" / "2026-02-07"
    week.mkdir()
    for board in (data / "weeks" / "2026-01-31").glob("*.csv"):
        shutil.copy(board, week / board.name)
    # A quiet week: the same rows, so every model's growth is 0.
    models = (week / "openrouter-models.csv").read_text(encoding="utf-8").splitlines()
    rows = [models[0]] + [line.rsplit(",", 1)[0] + ",0" for line in models[1:]]
    (week / "openrouter-models.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (week / "events.yaml").write_text(
        "events:\n"
        "  - id: deepseek-price-cut\n"
        "    date: 2026-02-03\n"
        "    org: DeepSeek\n"
        "    title: 下调API价格\n"
        "    details:\n"
        "      - DeepSeek宣布API输入价格下调50%，自2月5日起生效\n"
        "    figures:\n"
        "      降价幅度: 50%\n"
        "      生效日期: 2月5日\n",
        encoding="utf-8")
    out = tmp_path / "drafts"
    drafted = CliRunner().invoke(app, ["draft", "--week", "2026-02-07", "--data", str(data), "--out", str(out), "--no-charts"])
    assert drafted.exit_code == 0, drafted.output
    report = out / "2026-02-07" / "report.md"
    assert "2月5日" in report.read_text(encoding="utf-8")
    checked = CliRunner().invoke(app, ["check", str(report), "--data", str(data)])
    assert checked.exit_code == 0, checked.output


def test_a_figure_an_editor_vouches_for_in_confirmed_yaml_is_counted_apart(tmp_path):
    import shutil

    from .conftest import DATA

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "weeks" / "2026-01-31" / "confirmed.yaml").write_text(
        "confirmed:\n  - quote: 约4.2万亿\n    reason: OpenRouter官方博客公布的全站周用量\n    by: 编辑部\n", encoding="utf-8")
    path = tmp_path / "report.md"
    path.write_text("---\nweek: 2026-01-31\n---\nOpenRouter全站本周用量约4.2万亿。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--data", str(data), "--format", "json"])
    payload = json.loads(result.output)
    assert result.exit_code == 0, result.output
    assert payload["problems"] == []
    assert [(c["quote"], c["by"], c["verdict"]) for c in payload["confirmed"]] == [("4.2万亿", "编辑部", "confirmed")]


def test_an_inline_marker_vouches_for_the_figure_before_it(tmp_path):
    from .conftest import DATA

    path = tmp_path / "report.md"
    path.write_text("---\nweek: 2026-01-31\n---\nOpenRouter全站本周用量约4.2万亿<!-- 已确认：官方博客 -->。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--data", str(DATA)])
    assert result.exit_code == 0, result.output
    assert "另有1个由编辑确认" in result.output


def test_confirmations_never_apply_to_a_plain_check(sample_week):
    result = sample_week.checker.check("OpenRouter全站本周用量约4.2万亿<!-- 已确认：官方博客 -->。")
    assert len(result.problems) == 1 and result.confirmed == []


def test_an_impossible_date_near_a_history_claim_is_wrong_not_a_crash(sample_week):
    result = sample_week.checker.check("13月45日那一周DeepSeek V3.2调用量还以364B居首，此前缩水约20%。")
    assert "13月45日" in [p.quote for p in result.problems]


def test_a_countrys_companies_are_counted_and_added_up(sample_week):
    """The top ten of the company board holds five Chinese companies (entities.yaml `country`),
    which add up to 1360B, about a quarter of the week's tokens."""
    text = "OpenRouter模型市占率方面，前十中有五家中国公司，合计1360B，约占总量的四分之一。"
    assert sample_week.checker.check(text).problems == []


def test_a_wrong_count_of_a_countrys_companies_is_flagged(sample_week):
    problems = sample_week.checker.check("OpenRouter模型市占率方面，前十中有六家中国公司。").problems
    assert [p.quote for p in problems] == ["六家"]
    assert "5家中国公司" in problems[0].message


def test_a_wrong_part_of_a_countrys_total_is_flagged(sample_week):
    problems = sample_week.checker.check("OpenRouter模型市占率方面，前十中有五家中国公司，合计1360B，约占总量的三分之一。").problems
    assert [p.quote for p in problems] == ["三分之一"]


def test_names_said_to_be_of_a_country_count_as_listed(sample_week):
    """A与B两款中国模型: the count is of the names just before it, both Chinese."""
    text = "OpenRouter编程调用量方面，Kimi K2.5与MiniMax M2.1两款中国模型合计254B。"
    assert sample_week.checker.check(text).problems == []
    assert sample_week.checker.check(text.replace("两款", "三款")).problems


def test_entries_and_exits_of_a_list_are_counted(sample_week):
    """Kimi K2.5, GPT-5.2 and GPT-5.2-Codex came into the coding top ten; three models left it."""
    assert sample_week.checker.check("OpenRouter编程调用量方面，本周三进三出。").problems == []


def test_a_wrong_count_of_entries_is_flagged(sample_week):
    problems = sample_week.checker.check("OpenRouter整体模型调用量方面，本周两进两出。").problems
    assert [p.quote for p in problems] == ["两进两出"]
    assert "1进1出" in problems[0].message


def test_days_between_two_events_are_counted(sample_week):
    """DeepSeek-OCR 2 came out on 1月27日 and MiniMax Music 2.5 on 1月29日: two days apart."""
    text = "*   DeepSeek于1月27日发布DeepSeek-OCR 2；两天后，MiniMax发布MiniMax Music 2.5。"
    assert sample_week.checker.check(text).problems == []


def test_a_wrong_count_of_days_between_events_is_flagged(sample_week):
    text = "*   DeepSeek于1月27日发布DeepSeek-OCR 2；三天后，MiniMax发布MiniMax Music 2.5。"
    assert [p.quote for p in sample_week.checker.check(text).problems] == ["三天"]


def test_an_unchanged_top_n_is_checked_against_both_weeks(sample_week):
    """The company board's top three kept their places; its top nine lost Xiaomi to MoonshotAI."""
    assert sample_week.checker.check("OpenRouter模型市占率方面，前三名单与上周相同。").problems == []
    problems = sample_week.checker.check("OpenRouter模型市占率方面，前九名单与上周相同。").problems
    assert [p.quote for p in problems] == ["前九名"]
    assert "Xiaomi" in problems[0].message


def test_a_stretch_of_places_is_counted_and_its_spread_checked(sample_week):
    """第3到第6名 are four places; the sentence's gap is the third's tokens (478B) over the sixth's (339B)."""
    good = "OpenRouter整体模型调用量方面，第3到第6名之间，四个模型的调用量相差139B。"
    assert sample_week.checker.check(good).problems == []
    assert [p.quote for p in sample_week.checker.check(good.replace("四个", "五个")).problems] == ["五个"]


def test_the_weeks_events_and_their_companies_are_counted(sample_week):
    """Six events from five companies, two of them Alibaba's, between 1月24日 and 1月29日."""
    text = "本周新品密集：百度、阿里巴巴、DeepSeek、月之暗面与MiniMax五家公司在1月24日至1月29日间共发布六项模型或产品，其中阿里巴巴独占两项。"
    assert sample_week.checker.check(text).problems == []


def test_a_wrong_count_of_the_weeks_events_is_flagged(sample_week):
    problems = sample_week.checker.check("本周共有五大发布。").problems
    assert [p.quote for p in problems] == ["五大"]


def test_a_span_of_dates_must_start_at_an_event(sample_week):
    text = "本周新品密集：百度、阿里巴巴、DeepSeek、月之暗面与MiniMax五家公司在1月25日至1月29日间共发布六项模型或产品。"
    assert [p.quote for p in sample_week.checker.check(text).problems] == ["1月25日"]


def test_an_events_own_counts_are_not_counts_of_events(sample_week):
    """两种推理模式 is a figure of the Kimi K2.5 event, not a count of the week's events."""
    text = "*   月之暗面于1月27日发布并开源Kimi K2.5，提供两种推理模式。"
    assert sample_week.checker.check(text).problems == []


def test_rows_beyond_a_threshold_are_counted(sample_week):
    """On the sample week one row of the throughput board (1012 tok/s) runs above 1000 tok/s."""
    text = "OpenRouter模型吞吐量方面，本周有{}组合突破1000 tok/s。"
    assert sample_week.checker.check(text.format("一个")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("三个")).problems] == ["三个", "1000 tok/s"]


def test_a_companys_other_models_leave_out_the_one_named(sample_week):
    """Google holds three places of the usage top ten; one is named, so 另外两款 are the rest."""
    text = "OpenRouter整体模型调用量方面，Gemini 2.5 Flash以394B升至第5，Google的另外两款模型排名未变。"
    assert [p.quote for p in sample_week.checker.check(text).problems] == []


def test_a_boards_whole_total_and_its_change_are_checked(sample_week):
    """The company board adds up to 5.86T this week (Others included) against 5.69T last week."""
    text = "OpenRouter模型市占率方面，调用量合计5.86T，较上周的5.69T增加约1740亿。"
    assert sample_week.checker.check(text).problems == []
    assert [p.quote for p in sample_week.checker.check(text.replace("增加", "减少")).problems] == ["1740亿"]


def test_a_weeks_place_in_its_month_is_checked(sample_week):
    """The week ending 2026-01-31 is the fifth week of January."""
    assert sample_week.checker.check("本周是一月第五周。").problems == []
    assert [p.quote for p in sample_week.checker.check("本周是一月第四周。").problems] == ["第四周"]


def test_days_within_which_the_weeks_events_fell(sample_week):
    """The week's six events run from 1月24日 to 1月29日: five days."""
    assert sample_week.checker.check("这个星期，五天里连着冒出六条重磅新闻。").problems == []
    assert [p.quote for p in sample_week.checker.check("这个星期，三天里连着冒出六条重磅新闻。").problems] == ["三天"]


def test_a_return_to_a_list_is_not_a_debut(sample_week):
    """GPT-5.2-Codex was on the coding list on 2026-01-10, left it, and is back this week."""
    assert sample_week.checker.check("OpenRouter编程调用量方面，GPT-5.2-Codex重回榜单。").problems == []
    problems = sample_week.checker.check("OpenRouter编程调用量方面，GPT-5.2-Codex首次进入榜单。").problems
    assert [p.quote for p in problems] == ["首次进入榜单"]


def test_losing_the_top_seat_is_checked(sample_week):
    assert sample_week.checker.check("OpenRouter模型市占率方面，Google稳坐头把交椅。").problems == []
    assert [p.quote for p in sample_week.checker.check("OpenRouter模型市占率方面，Google痛失头把交椅。").problems] == ["头把交椅"]


def test_who_leads_in_a_gap_is_checked(sample_week):
    """Last week Reve V1 (1154) trailed FLUX.2 [pro] (1158) by four points on the image-editing board."""
    text = "Artificial Analysis图像编辑榜方面，Reve V1从1154分升至1161分，反超FLUX.2 [pro]，而上周还落后4分。"
    assert sample_week.checker.check(text).problems == []
    assert [p.quote for p in sample_week.checker.check(text.replace("落后", "领先")).problems] == ["4分"]


def test_others_is_compared_like_any_row(sample_week):
    text = "OpenRouter模型市占率方面，Others份额从6.1%升至10.2%，已超过第5名DeepSeek的9.4%。"
    assert sample_week.checker.check(text).problems == []
    assert sample_week.checker.check(text.replace("已超过", "仍低于")).problems


def test_a_bound_on_a_part_of_the_leader_is_checked(sample_week):
    """Grok 4.1 Fast runs at 182 tok/s against the leader's 1012 tok/s: under a fifth, not under a sixth."""
    text = "OpenRouter模型吞吐量方面，xAI的Grok 4.1 Fast速度182 tok/s，排名第十，不到榜首的{}。"
    assert sample_week.checker.check(text.format("五分之一")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("六分之一")).problems] == ["六分之一"]


def test_weeks_ago_names_the_week_its_figures_are_checked_in(sample_week):
    """DeepSeek V3.2 had 340B three weeks before 2026-01-31 (2026-01-10), 364.4B last week."""
    text = "OpenRouter整体模型调用量方面，DeepSeek V3.2以464B位居第四，较三周前的{}增长约36%。"
    assert sample_week.checker.check(text.format("340B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("364.4B")).problems] == ["364.4B"]


def test_places_listed_before_their_names_bind_in_order(sample_week):
    """Last week MiMo V2 Flash (free), Devstral 2 2512 (free) and DeepSeek V3.2 were 5th, 7th and
    9th on the coding board."""
    text = "OpenRouter编程调用量方面，上周位列第五、第七、第九的MiMo V2 Flash (free)、Devstral 2 2512 (free)和DeepSeek V3.2跌出前十。"
    assert sample_week.checker.check(text).problems == []
    assert [p.quote for p in sample_week.checker.check(text.replace("第七、第九", "第九、第七")).problems] == ["九", "七"]


def test_a_free_variant_named_in_words_is_that_variant(sample_week):
    """免费版MiMo V2 Flash is the row MiMo V2 Flash (free)."""
    assert sample_week.checker.check("OpenRouter整体模型调用量方面，免费版MiMo V2 Flash调用量降至280B。").problems == []


def test_a_gap_that_narrowed_is_not_said_to_widen(sample_week):
    """Google's lead over Anthropic in share went from 8.2 to 5.9 points."""
    text = "OpenRouter模型市占率方面，Google份额从26.0%降到24.0%；Anthropic则从17.8%升至18.1%，两家差距缩小到5.9个百分点。"
    assert sample_week.checker.check(text).problems == []
    assert [p.quote for p in sample_week.checker.check(text.replace("缩小", "扩大")).problems] == ["5.9个百分点"]


def test_figures_listed_after_a_list_word_bind_in_order(sample_week):
    text = ("OpenRouter模型市占率方面，Google、Anthropic、OpenAI、xAI份额依次为24.0%、18.1%、11.3%、10.6%，"
            "四家合计3746B，占全部5.86T的63.9%。")
    assert sample_week.checker.check(text).problems == []
    assert sample_week.checker.check(text.replace("24.0%、18.1%", "18.1%、24.0%")).problems


def test_a_top_n_named_in_order_is_checked(sample_week):
    """The usage board's top three: Claude Sonnet 4.5, Gemini 3 Flash Preview, Grok Code Fast 1."""
    text = "OpenRouter整体模型调用量方面，前三名依次为Claude Sonnet 4.5、Gemini 3 Flash Preview与Grok Code Fast 1。"
    assert sample_week.checker.check(text).problems == []
    swapped = text.replace("Gemini 3 Flash Preview与Grok Code Fast 1", "Grok Code Fast 1与Gemini 3 Flash Preview")
    assert [p.quote for p in sample_week.checker.check(swapped).problems] == ["前三名"]


def test_a_bound_on_a_derived_share_is_read_at_its_step(sample_week):
    """The usage board's top three hold 41.9% of its top ten: 逾四成, not 逾五成."""
    text = "OpenRouter整体模型调用量方面，前三合计1703B，占前十总量的逾{}。"
    assert sample_week.checker.check(text.format("四成")).problems == []
    assert sample_week.checker.check(text.format("五成")).problems


def test_a_top_two_written_with_liang_sums_the_first_two_rows(sample_week):
    """The market-share board's first two companies hold 42.1% together."""
    text = "公司市占率方面，前两名合计占{}。"
    assert sample_week.checker.check(text.format("42.1%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("45.1%")).problems] == ["45.1%"]


def test_the_weeks_before_are_not_a_top_n(sample_week):
    """前三周 is time: the top-three total (1703B) is no candidate for the figure after it."""
    text = "OpenRouter整体模型调用量方面，前三周合计1703B。"
    assert sample_week.checker.check(text).problems


def test_a_company_named_after_its_own_model_leaves_the_model_the_subject(sample_week):
    table = "| 模型 | 公司 | 本周调用量 |\n|---|---|---|\n| DeepSeek V3.2 | DeepSeek | 464B |"
    result = sample_week.checker.check("OpenRouter整体模型调用量：\n\n" + table)
    assert [v.quote for v in result.verified] == ["464B"]
    assert not result.problems


def test_chinese_section_numbers_are_structure_not_figures(sample_week):
    result = sample_week.checker.check("## 二、模型调用量\n\n（一）头部\n\nDeepSeek V3.2本周调用量为464B。")
    assert [v.quote for v in result.verified] == ["464B"]
    assert not result.problems


def _real(week: str):
    """A real OpenRouter week (top nine or ten, no share column), with the weeks before it."""
    from writer.weekly import open_week

    return open_week(Path(__file__).resolve().parent.parent / "data" / "openrouter-real", week)


@pytest.fixture(scope="module")
def real_week():
    return _real("2026-01-25")


def test_a_top_groups_share_on_a_board_without_shares_is_its_part_of_the_listed_total(real_week):
    result = real_week.checker.check("本周前三名合计占比为45.3%，上周为43.5%，提高了1.8个百分点。")
    assert {v.quote for v in result.verified} >= {"45.3%", "43.5%", "1.8个百分点"}
    assert not result.problems


def test_a_wrong_change_of_a_top_groups_share_is_flagged(real_week):
    result = real_week.checker.check("本周前三名合计占比为45.3%，上周为43.5%，提高了2.8个百分点。")
    assert [p.quote for p in result.problems] == ["2.8个百分点"]


def _usage_table(*rows: str) -> str:
    return "\n".join(["## 模型调用量", "", "| 排名 | 模型 | 公司 | 本周 | 上周 | 周增长 | 名次变动 |",
                      "|---|---|---|---|---|---|---|", *rows])


@pytest.fixture(scope="module")
def real_week_2025_12_07():
    """A real week whose leader changed."""
    return _real("2025-12-07")


def test_table_cells_are_read_by_their_column_headers(real_week_2025_12_07):
    result = real_week_2025_12_07.checker.check(_usage_table(
        "| 1 | Grok Code Fast 1 | xAI | 879B | 979B | -10% | ↑1 |",
        "| 2 | Grok 4.1 Fast (free) | xAI | 585B | 1.58T | -63% | ↓1 |"))
    assert not result.problems
    assert len(result.verified) == 10  # rank, this week, last week, growth and move of each row


def test_this_weeks_value_in_the_last_week_column_is_flagged(real_week_2025_12_07):
    result = real_week_2025_12_07.checker.check(_usage_table("| 1 | Grok Code Fast 1 | xAI | 879B | 879B | -10% | ↑1 |"))
    assert [p.quote for p in result.problems] == ["879B"]


def test_a_wrong_move_in_the_movement_column_is_flagged(real_week_2025_12_07):
    result = real_week_2025_12_07.checker.check(_usage_table("| 1 | Grok Code Fast 1 | xAI | 879B | 979B | -10% | ↑2 |"))
    assert [p.quote for p in result.problems] == ["2"]


def test_a_wrong_place_in_the_rank_column_is_flagged(real_week_2025_12_07):
    result = real_week_2025_12_07.checker.check(_usage_table("| 3 | Grok Code Fast 1 | xAI | 879B | 979B | -10% | ↑1 |"))
    assert [p.quote for p in result.problems] == ["3"]


def test_a_heading_that_names_a_board_sets_the_board_of_its_section(sample_week):
    """On the coding board Anthropic's two models hold 15.7% + 12.2%; on the usage board it has no shares."""
    text = "## OpenRouter编程调用量：格局\n\nAnthropic两款模型合计份额27.9%。"
    assert sample_week.checker.check(text).problems == []
    assert [p.quote for p in sample_week.checker.check(text.replace("27.9%", "29.7%")).problems] == ["29.7%"]


def test_a_heading_naming_two_boards_sets_no_board(sample_week):
    text = "## 编程榜与市占率\n\nAnthropic两款模型合计份额27.9%。"
    assert [p.quote for p in sample_week.checker.check(text).problems] == ["27.9%"]


def test_the_latter_after_two_places_is_the_second_place(sample_week):
    """Usage board: first 705B, second 520B, a lead of 185B and a ratio of 1.36."""
    text = "OpenRouter整体模型调用量方面，榜首领先第二名185B，约为后者的{}倍。"
    assert sample_week.checker.check(text.format("1.36")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("1.6")).problems] == ["1.6倍"]


def test_an_unchanged_order_of_a_top_group_is_checked_before_any_name_in_the_sentence(sample_week):
    """The market-share board's top five kept their places (Google, Anthropic, OpenAI, xAI, DeepSeek); its top
    six did not (Qwen came in sixth)."""
    text = "OpenRouter模型市占率方面，前{}名的座次和上周一模一样，变化在后面：MoonshotAI排第7。"
    assert sample_week.checker.check(text.format("五")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("六")).problems] == ["前六名"]


def test_a_short_streak_word_carries_its_direction(sample_week):
    """Grok Code Fast 1's coding share fell three weeks running (27.3 → 25.8 → 22.8 → 16.4)."""
    text = "OpenRouter编程调用量方面，Grok Code Fast 1份额{}。"
    assert sample_week.checker.check(text.format("连降三周")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("连涨三周")).problems] == ["连涨三周"]


def test_a_pronoun_for_a_list_sums_the_names_opening_the_lines_above(sample_week):
    """Coding board: Kimi K2.5 139B, MiniMax M2.1 115B, GLM 4.7 74B; together 328B."""
    text = ("OpenRouter编程调用量方面：\n1. Kimi K2.5调用量139B，超过Gemini 3 Flash Preview；\n"
            "2. MiniMax M2.1调用量115B；\n3. GLM 4.7调用量74B。\n三者合计调用量{}。")
    result = sample_week.checker.check(text.format("328B"))
    assert result.problems == []
    assert result.verified[-1].facts[0].startswith("relation/openrouter-programming/tokens")
    assert [p.quote for p in sample_week.checker.check(text.format("354B")).problems] == ["354B"]


def test_a_country_count_opening_a_sentence_counts_the_boards_rows(sample_week):
    """The market-share board's top ten has five Chinese companies: DeepSeek 9.4, Qwen 4.0, MoonshotAI 3.5,
    Z-AI 3.2 and MiniMax 3.0, together 23.1%."""
    text = "## OpenRouter模型市占率\n\n{}家中国公司合计份额23.1%。"
    assert sample_week.checker.check(text.format("五")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("六")).problems] == ["六家"]


def test_a_countrys_seats_last_week_are_counted_in_last_weeks_rows(sample_week):
    """Coding board: three Chinese models this week (Kimi K2.5, MiniMax M2.1, GLM 4.7), four last week."""
    text = "OpenRouter编程调用量方面，前十中中国模型占据三席，上周为{}席。"
    assert sample_week.checker.check(text.format("四")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("五")).problems] == ["五席"]


def test_abroad_is_every_country_but_china(sample_week):
    """Market share: Google, Anthropic, OpenAI, xAI and Mistral are the five companies abroad."""
    text = "OpenRouter模型市占率前十中，海外{}家，中国五家。"
    assert sample_week.checker.check(text.format("五")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("四")).problems] == ["四家"]


def test_a_count_said_to_be_of_a_country_after_it_counts_that_countrys_rows(sample_week):
    """Usage board: eight of the top ten models are from American companies."""
    text = "OpenRouter整体模型调用量方面，DeepSeek V3.2与MiMo V2 Flash (free)之外，其余{}席均为美国公司模型。"
    assert sample_week.checker.check(text.format("八")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("七")).problems] == ["七席"]


def test_a_line_naming_only_companies_speaks_of_the_companies_board(sample_week):
    """No board word: the five companies listed are all on the market-share board, whose top ten holds
    five Chinese companies with 23.1% together."""
    text = "国产{}家（DeepSeek、Qwen、MoonshotAI、Z-AI、MiniMax）合计份额23.1%。"
    assert sample_week.checker.check(text.format("五")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("六")).problems] == ["六家"]


def test_models_said_to_come_from_a_country_are_counted_as_its_rows(sample_week):
    """Usage board: DeepSeek V3.2 and MiMo V2 Flash (free) are the two Chinese models of the top ten."""
    text = "OpenRouter整体模型调用量前十中有{}款模型出自中国公司。"
    assert sample_week.checker.check(text.format("两")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("三")).problems] == ["三款"]


def test_a_top_n_in_a_bracket_is_an_aside_for_the_sum_after_it(sample_week):
    """Market share: the five Chinese companies of the top ten add up to 23.1%; one of them (DeepSeek)
    is within the top five, which the bracket says and the sum is not about."""
    text = "OpenRouter模型市占率前十中有五家中国公司（在前五名中占据{}席），合计份额23.1%。"
    assert sample_week.checker.check(text.format("一")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("两")).problems] == ["两席"]


def test_a_top_n_a_count_is_counted_in_is_no_place_of_the_carried_subject(sample_week):
    """Gemini 2.5 Pro left the usage top ten; 前十中有两款 and 在前五名中占据一席 scope the counts after
    them and say nothing of Gemini 2.5 Pro."""
    text = "OpenRouter整体模型调用量方面，Gemini 2.5 Pro跌出前十。前十中有两款模型出自中国公司（在前五名中占据一席）。"
    assert sample_week.checker.check(text).problems == []


def test_a_denial_with_the_boards_name_between_is_a_claim_of_being_outside(sample_week):
    """Market share: Xiaomi was sixth last week and is not listed now (the board lists ten and Others);
    DeepSeek is fifth."""
    text = "OpenRouter模型市占率方面，{}本周未进入市占率前十。"
    assert sample_week.checker.check(text.format("小米")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("DeepSeek")).problems] == ["前十"]


def test_a_name_never_on_the_board_is_outside_its_top_n_when_denied(sample_week):
    """Tencent is not on the market-share board; Gemini 2.5 Pro is not on the text arena, where
    Claude Opus 4.5 is fifth."""
    assert sample_week.checker.check("OpenRouter模型市占率方面，腾讯本周不在市占率前十之列。").problems == []
    text = "OpenRouter整体模型调用量方面，{}调用量可观，文本竞技场前十里却没有它。"
    assert sample_week.checker.check(text.format("Gemini 2.5 Pro")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("Claude Opus 4.5")).problems] == ["前十"]


def test_a_fraction_restating_the_percentage_before_it_is_checked_against_it(sample_week):
    """Market share: the five Chinese companies hold 23.1% together, under a quarter and over a fifth."""
    text = "OpenRouter模型市占率方面，五家中国公司合计份额23.1%，{}。"
    assert sample_week.checker.check(text.format("不到四分之一")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("不到五分之一")).problems] == ["五分之一"]


def test_last_weeks_first_place_is_checked_in_last_week(real_week):
    """Usage board, week of 2026-01-25: Claude Opus 4.5 was first last week and is seventh now."""
    text = "上周的榜首{}本周跌至第7。"
    assert real_week.checker.check(text.format("Claude Opus 4.5")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("Claude Sonnet 4.5")).problems][:1] == ["榜首"]


def test_a_board_named_in_the_figures_own_clause_wins_over_one_named_earlier(sample_week):
    """Google is second on the usage board (520B) and first on market share (24.0%)."""
    text = "Claude Sonnet 4.5稳坐整体模型调用量榜首，Google以{}的份额领跑市占率。"
    assert sample_week.checker.check(text.format("24.0%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("26.0%")).problems] == ["26.0%"]


def test_a_decline_noun_after_a_percentage_makes_it_a_fall(sample_week):
    """Usage board: Claude Opus 4.5 fell 14% this week."""
    text = "OpenRouter整体模型调用量方面，Claude Opus 4.5以339B、14%的周{}排第6。"
    assert sample_week.checker.check(text.format("降幅")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("增幅")).problems] == ["14%"]


def test_a_percentage_of_another_row_is_their_ratio(real_week):
    """Usage board, 2026-01-25: DeepSeek V3.2's 395.7B is 55% of the first place's 713.4B."""
    text = "DeepSeek V3.2调用量约为榜首的{}。"
    assert real_week.checker.check(text.format("55%")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("65%")).problems] == ["65%"]


def test_a_percentage_of_a_written_figure_is_checked_by_arithmetic(sample_week):
    """Both amounts are written in the sentence: 99 / 152 is 65%, not 75%."""
    text = "OpenRouter整体模型调用量方面，MiMo V2 Flash (free)调用量582B，周增量约99B，约占前十总增量152B的{}。"
    arithmetic = [v for v in sample_week.checker.check(text.format("65%")).verified if v.quote == "65%"]
    assert arithmetic and arithmetic[0].facts == ["arithmetic/written"]
    assert "75%" in [p.quote for p in sample_week.checker.check(text.format("75%")).problems]


def test_a_countrys_counted_group_adds_up_its_rows(sample_week):
    """Market share: the five companies outside China hold 24.0 + 18.1 + 11.3 + 10.6 + 2.7 = 66.7%."""
    text = "OpenRouter模型市占率方面，海外五家合计{}。"
    assert sample_week.checker.check(text.format("66.7%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("67.7%")).problems] == ["67.7%"]


@pytest.fixture(scope="module")
def real_week_2026_03_02():
    return _real("2026-03-02")


def test_a_brand_word_counts_and_adds_up_the_models_named_after_it(real_week_2026_03_02):
    """Three Claude models in the top ten: Sonnet 4.6 636B, Opus 4.6 634B, Sonnet 4.5 529B, together 1799B."""
    checker = real_week_2026_03_02.checker
    assert checker.check("三款Claude合计1799B。").problems == []
    assert [p.quote for p in checker.check("两款Claude合计1799B。").problems] == ["两款"]
    assert [p.quote for p in checker.check("三款Claude合计1899B。").problems] == ["1899B"]


def test_a_gap_between_a_written_total_and_a_row_is_checked(real_week_2026_03_02):
    """The Claude models' 1799B against Gemini 3 Flash Preview's 1030B: 769B more."""
    text = "三款Claude合计1799B，比Gemini 3 Flash Preview还多出{}。"
    assert real_week_2026_03_02.checker.check(text.format("769B")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("669B")).problems] == ["669B"]


def test_a_count_of_rows_that_fell_is_checked(real_week_2026_03_02):
    """Six of the ten fell (MiniMax M2.5, Kimi K2.5, Claude Opus 4.6, Grok 4.1 Fast, Claude Sonnet 4.5, GLM 5)."""
    text = "- {}下降模型合计减少1,677B"
    assert "六款" not in [p.quote for p in real_week_2026_03_02.checker.check(text.format("六款")).problems]
    assert "五款" in [p.quote for p in real_week_2026_03_02.checker.check(text.format("五款")).problems]


def test_how_many_rows_the_source_lists_is_checked(real_week_2025_12_07):
    """The week of 2025-12-07 lists nine rows."""
    assert real_week_2025_12_07.checker.check("注：源数据本期只列前九。").problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check("注：源数据本期只列前十。").problems] == ["前十"]


def test_a_headings_top_n_must_be_listed_by_its_board(real_week_2025_12_07):
    assert real_week_2025_12_07.checker.check("## 模型调用量 Top 9\n\n正文。").problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check("## 模型调用量 Top 10\n\n正文。").problems] == ["Top 10"]


def test_two_places_compared_in_a_sentence_that_names_no_one(real_week_2025_12_07):
    """2025-12-07: first 879B, second 585B: 294B apart, a ratio of 1.5."""
    checker = real_week_2025_12_07.checker
    assert checker.check("- 榜首领先第二名约294B，调用量是第二名的1.5倍").problems == []
    assert [p.quote for p in checker.check("- 榜首领先第二名约294B，调用量是第二名的2倍").problems] == ["2倍"]


def test_a_near_miss_of_leaving_the_list_says_it_stayed(real_week_2026_03_02):
    """GLM 5 fell from fourth to tenth: nearly out, still in."""
    text = "GLM 5调用量从803B跌至502B，排名从第四滑落到第十，{}跌出前十。"
    assert real_week_2026_03_02.checker.check(text.format("差一点")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("已经")).problems] == ["前十"]


def test_one_in_a_sequence_word_is_no_number(sample_week):
    result = sample_week.checker.check("编程榜上，Kimi K2.5一上榜就排到第4。")
    assert result.problems == [] and [v.quote for v in result.verified] == ["第4"]


def test_the_lead_over_the_second_place_is_not_the_leaders_rank(sample_week):
    """Usage board: Claude Sonnet 4.5 leads Gemini 3 Flash Preview (520B) by 185B."""
    text = "OpenRouter整体模型调用量方面，Claude Sonnet 4.5稳坐第一，领先第二名的优势扩大到{}。"
    assert sample_week.checker.check(text.format("185B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("195B")).problems] == ["195B"]


def test_a_bracket_after_a_change_gives_the_value_it_led_to(real_week_2026_03_02):
    """Claude Sonnet 4.6 rose 113% to 636B."""
    text = "Claude Sonnet 4.6调用量涨了113%（{}），升至第5。"
    assert real_week_2026_03_02.checker.check(text.format("636B")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("536B")).problems] == ["536B"]


def test_a_top_group_added_up_is_the_group_whoever_the_sentence_names(sample_week):
    """Market share: the top five hold 24.0 + 18.1 + 11.3 + 10.6 + 9.4 = 73.4%; the board lists ten."""
    text = "OpenRouter模型市占率方面，Qwen升至第6；前五家合计份额{}。"
    assert sample_week.checker.check(text.format("73.4%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("75.4%")).problems] == ["75.4%"]


def test_on_a_board_that_publishes_shares_a_groups_share_is_the_published_one(sample_week):
    """Market share: Google 24.0% and Anthropic 18.1% hold 42.1% together; 2466B of the listed 5262B would be 46.9%."""
    text = "OpenRouter模型市占率方面，Google（24.0%）与Anthropic（18.1%）合计占去{}。"
    assert sample_week.checker.check(text.format("42.1%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("46.9%")).problems] == ["46.9%"]


def test_a_metric_word_after_de_names_the_figures_metric(sample_week):
    """Coding board: Kimi K2.5 139B, a share of 8.9%."""
    text = "编程榜上，Kimi K2.5以139B tokens、{}的占比位居第四。"
    assert sample_week.checker.check(text.format("8.9%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("9.8%")).problems] == ["9.8%"]


def test_a_change_than_last_week_carries_its_direction():
    """2026-01-17: MiMo V2 Flash (free)'s growth went +31% → +25%, six points lower."""
    text = "OpenRouter整体模型调用量方面，MiMo V2 Flash (free)周增速比上周{}6个百分点。"
    week = _sample("2026-01-17")
    assert week.checker.check(text.format("低")).problems == []
    assert [p.quote for p in week.checker.check(text.format("高")).problems] == ["6个百分点"]


def _sample(day: str):
    from writer.weekly import open_week

    return open_week(Path(__file__).resolve().parent.parent / "data", day)


def _synthetic(dataset: str, day: str):
    """A week of a seeded synthetic dataset of the accuracy corpus (bench/synth.py, built once)."""
    import sys

    from .conftest import ROOT

    sys.path.insert(0, str(ROOT))
    from bench.corpus import week

    return week(dataset, day)


def test_a_run_after_the_size_of_a_fall_is_a_run_of_the_amount(real_week_2026_03_02):
    """Kimi K2.5: 1.16T → 1.30T → 1.04T → 692B fell two weeks running; its rate fell three."""
    text = "Kimi K2.5调用量跌幅33%，已连续{}周下降。"
    assert real_week_2026_03_02.checker.check(text.format(2)).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format(3)).problems] == ["连续3周"]


def test_a_run_after_the_rate_as_topic_is_a_run_of_the_rate(real_week_2026_03_02):
    text = "Kimi K2.5周增长率由-20%转为-33%，已连续{}周下降。"
    assert real_week_2026_03_02.checker.check(text.format(3)).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format(2)).problems] == ["连续2周"]


@pytest.fixture(scope="module")
def real_week_2026_02_23():
    return _real("2026-02-23")


def test_a_models_name_without_its_brand_names_it(real_week_2026_02_23):
    """Claude Opus 4.6 had 643B in the week of 2026-02-23."""
    result = real_week_2026_02_23.checker.check("Opus 4.6调用量643B，排第7。")
    assert result.problems == [] and {v.quote for v in result.verified} == {"643B", "第7"}
    assert [p.quote for p in real_week_2026_02_23.checker.check("Opus 4.6调用量534B，排第7。").problems] == ["534B"]


def test_a_gap_the_clause_places_last_week_is_last_weeks(real_week_2026_02_23):
    """Last week Claude Sonnet 4.5 (627B) led Claude Opus 4.6 (524B) by 103B; this week Opus leads by 109B."""
    text = "上周 Sonnet 4.5 还比 Opus 4.6 多 {}，这周反被 Opus 4.6 超出 109B。"
    assert real_week_2026_02_23.checker.check(text.format("103B")).problems == []
    assert [p.quote for p in real_week_2026_02_23.checker.check(text.format("123B")).problems] == ["123B"]


def test_faster_than_last_week_by_a_figure_is_a_change():
    """2026-01-31: Qwen3 32B (Cerebras) went 588 → 736 tok/s, 148 tok/s faster."""
    week = _sample("2026-01-31")
    text = "OpenRouter模型吞吐量方面，Qwen3 32B（Cerebras）以736 tok/s升至第3，比上周快了{} tok/s。"
    assert week.checker.check(text.format(148)).problems == []
    assert [p.quote for p in week.checker.check(text.format(248)).problems] == ["248 tok/s"]


def test_a_companys_seats_last_week_and_this_week_are_each_checked(sample_week):
    """Usage board: Google held four of the top ten last week (Gemini 2.5 Pro left) and three now."""
    text = "OpenRouter整体模型调用量方面，Gemini 2.5 Pro跌出前十，Google在前十中的席位由{}减为{}。"
    assert sample_week.checker.check(text.format("四席", "三席")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("五席", "三席")).problems] == ["五席"]


def test_two_written_figures_compared_by_pronouns_are_checked_by_arithmetic(sample_week):
    text = "此次开源1.7B和0.6B两个尺寸，前者参数量约为后者的{}倍。"
    assert [p.quote for p in sample_week.checker.check(text.format("2.8")).problems if p.quote.endswith("倍")] == []
    assert [p.quote for p in sample_week.checker.check(text.format("3.8")).problems if p.quote.endswith("倍")] == ["3.8倍"]


def test_a_familys_rows_add_up(real_week_2025_11_30):
    """2025-11-30: Grok 4.1 Fast 203B and Grok 4.1 Fast (free) 1.58T, about 1.78T together."""
    text = "Grok 4.1 Fast系列本周合计约{}。"
    assert real_week_2025_11_30.checker.check(text.format("1.78T")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("1.98T")).problems] == ["1.98T"]


@pytest.fixture(scope="module")
def real_week_2025_11_30():
    return _real("2025-11-30")


def test_the_newcomers_and_the_leavers_are_counted_and_added_up():
    """2026-01-17, coding board: two newcomers with 94B together; two left, with 105B last week."""
    week = _sample("2026-01-17")
    text = "编程调用量方面，{}新上榜模型合计{}，略低于跌出的两款模型上周的105B。"
    assert week.checker.check(text.format("两款", "94B")).problems == []
    assert [p.quote for p in week.checker.check(text.format("三款", "94B")).problems] == ["三款"]
    assert [p.quote for p in week.checker.check(text.format("两款", "84B")).problems] == ["84B"]


def test_an_event_count_takes_the_kind_its_own_clause_names(sample_week):
    """The week of 2026-01-31 has six events, two of them open-source releases."""
    text = "1月24日至29日，五家公司共有{}发布，其中月之暗面发布并开源Kimi K2.5。"
    assert "六项" not in [p.quote for p in sample_week.checker.check(text.format("六项")).problems]
    assert "五项" in [p.quote for p in sample_week.checker.check(text.format("五项")).problems]


def test_a_point_change_in_spoken_chinese_decimals_is_checked(sample_week):
    """Market share: Google 26.0% → 24.0%, down 2.0 points."""
    text = "OpenRouter模型市占率方面，Google份额少了{}个百分点。"
    assert sample_week.checker.check(text.format("二点零")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("二点六")).problems] == ["二点六个百分点"]


def test_an_event_date_in_chinese_numerals_is_checked(sample_week):
    """Kimi K2.5 was released and open-sourced on January 27."""
    text = "月之暗面{}发布并开源Kimi K2.5。"
    assert sample_week.checker.check(text.format("一月二十七号")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("一月二十五号")).problems] == ["一月二十五号"]


def test_a_providers_seats_on_the_speed_board_are_counted(sample_week):
    """Throughput board, 2026-01-31: Groq serves four of the ten rows (ranks 1, 2, 5, 7)."""
    text = "OpenRouter模型吞吐量方面，Groq在前十中占据{}。"
    assert sample_week.checker.check(text.format("四席")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("三席")).problems] == ["三席"]


def test_the_rows_listed_both_weeks_are_counted_and_the_span_is_held(sample_week):
    """Usage board: nine of this week's ten were listed last week too (gpt-oss-120b is new)."""
    text = "OpenRouter整体模型调用量方面，两周均在榜的{}模型中，DeepSeek V3.2涨幅最大。"
    assert sample_week.checker.check(text.format("9款")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("8款")).problems] == ["8款"]


def test_an_amount_with_duo_before_its_unit_lies_between_the_round_figures(sample_week):
    """Usage board: Claude Sonnet 4.5 leads Gemini 3 Flash Preview by 185B, between 1800亿 and 1900亿."""
    text = "OpenRouter整体模型调用量方面，Claude Sonnet 4.5领先Gemini 3 Flash Preview{}。"
    assert sample_week.checker.check(text.format("一千八百多亿")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("一千九百多亿")).problems] == ["一千九百多亿"]


def test_a_pronoun_in_a_line_that_names_no_one_stands_for_the_name_above(sample_week):
    """Usage board: DeepSeek V3.2 has 464B, fourth."""
    text = "OpenRouter整体模型调用量方面，最亮眼的是DeepSeek V3.2。\n它这周{}，排第四。"
    assert sample_week.checker.check(text.format("464B")).problems == []
    [problem] = sample_week.checker.check(text.format("564B")).problems
    assert problem.quote == "564B" and problem.verdict.value == "unchecked"


def test_a_table_column_headed_by_a_date_holds_that_weeks_values(sample_week):
    """Coding board, Grok Code Fast 1: 352B, 340B, 324B, 256B over the weeks ending 1/10 … 1/31."""
    table = "| 模型 | 1/10 | 1/17 | 1/24 | 1/31 |\n|---|---|---|---|---|\n| Grok Code Fast 1 | {} | 340B | 324B | 256B |"
    assert sample_week.checker.check("## OpenRouter编程调用量：四周走势\n\n" + table.format("352B")).problems == []
    assert [p.quote for p in sample_week.checker.check("## OpenRouter编程调用量：四周走势\n\n" + table.format("362B")).problems] == ["362B"]


def test_a_cell_under_a_gap_header_is_the_gap_to_the_row_above(real_week_2026_02_23):
    """2026-02-23: Kimi K2.5 1.04T is second, 1.53T behind MiniMax M2.5's 2.57T."""
    table = "| 名次 | 模型 | 本周调用量 | 与上一名差距 |\n|---|---|---|---|\n| 第二 | Kimi K2.5 | 1.04T | {} |"
    assert real_week_2026_02_23.checker.check(table.format("1.53T")).problems == []
    assert [p.quote for p in real_week_2026_02_23.checker.check(table.format("1.63T")).problems] == ["1.63T"]


def test_an_unsigned_cell_under_a_word_of_falling_is_a_fall(real_week_2026_03_02):
    """2026-03-02: MiniMax M2.5 fell 940B (2.57T → 1.63T)."""
    table = "| 名次 | 模型 | 本周 | 上周 | 减少 |\n|---|---|---|---|---|\n| 1 | MiniMax M2.5 | 1.63T | 2.57T | {} |"
    assert real_week_2026_03_02.checker.check(table.format("940B")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(table.format("840B")).problems] == ["840B"]


def test_a_companys_share_on_a_board_without_shares_is_its_part_of_the_listed_total(real_week_2025_11_30):
    """2025-11-30: xAI's three models hold 2.76T of the listed 4.22T, 65.5%."""
    text = "xAI三款模型合计约2.76T，占比{}。"
    assert real_week_2025_11_30.checker.check(text.format("65.5%")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("55.5%")).problems] == ["55.5%"]


def test_a_countrys_members_listed_between_keep_the_group_for_last_weeks_count(sample_week):
    """Coding board: three Chinese models now (Kimi K2.5, MiniMax M2.1, GLM 4.7), four last week."""
    text = "OpenRouter编程调用量方面，前十中中国模型三席（Kimi K2.5、MiniMax M2.1、GLM 4.7），少于上周的{}。"
    assert sample_week.checker.check(text.format("四席")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("两席")).problems] == ["两席"]


def test_the_spread_of_a_stretch_of_places_is_checked(real_week_2026_01_04):
    """2026-01-04: places 2 to 5 hold 351B to 353B."""
    text = "OpenRouter整体模型调用量方面，第2至第5名的四个模型调用量均在{}至353B之间。"
    assert real_week_2026_01_04.checker.check(text.format("351B")).problems == []
    [problem] = real_week_2026_01_04.checker.check(text.format("341B")).problems
    assert problem.quote == "341B" and problem.message == "places 2–5 hold 351B to 353B, not 341B"


@pytest.fixture(scope="module")
def real_week_2026_01_04():
    return _real("2026-01-04")


def test_a_place_in_a_week_the_sentence_names_is_that_weeks(real_week_2026_01_04):
    """MiMo V2 Flash (free) was ninth two weeks before 2026-01-04 (2025-12-21) and is fifth now."""
    text = "MiMo V2 Flash (free)两周前还排在第{}，本周排第5。"
    assert real_week_2026_01_04.checker.check(text.format(9)).problems == []
    assert [p.quote for p in real_week_2026_01_04.checker.check(text.format(7)).problems] == ["第7"]


@pytest.fixture(scope="module")
def real_week_2026_03_30():
    return _real("2026-03-30")


def test_a_top_group_all_of_one_country_is_checked(real_week_2026_03_30):
    """2026-03-30: the top three are Chinese models; the fourth or fifth is not."""
    assert real_week_2026_03_30.checker.check("前三名全部为中国模型。").problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check("前五名全部为中国模型。").problems] == ["前五名"]


def test_a_first_week_on_the_list_is_no_first_place(sample_week):
    result = sample_week.checker.check("编程榜上，Kimi K2.5上榜首周即以139B tokens位居第四。")
    assert result.problems == [] and "榜首" not in [v.quote for v in result.verified]


def test_the_rest_outside_the_top_ten_is_others(sample_week):
    """Market share: Others hold 10.2% this week."""
    assert sample_week.checker.check("OpenRouter模型市占率方面，前十之外的「其他」份额10.2%。").problems == []




def test_a_companys_part_of_the_listed_total_may_be_a_fraction(real_week_2025_11_30):
    """2025-11-30: xAI's three models hold 65.5% of the top nine's tokens: near two thirds, not three quarters."""
    text = "xAI本周三款模型进入前九，合计约2.76T，接近前九总量的{}。"
    assert real_week_2025_11_30.checker.check(text.format("三分之二")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("四分之三")).problems] == ["四分之三"]


def test_the_change_of_a_companys_part_of_the_listed_total_is_checked_with_its_direction(real_week_2025_11_30):
    """xAI's part of the top nine went from 53.4% to 65.5%: up 12.1 points."""
    text = "xAI三款模型合计占前九的65.5%，较上周的53.4%{}12.1个百分点。"
    assert real_week_2025_11_30.checker.check(text.format("提升")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("下降")).problems] == ["12.1个百分点"]


def test_a_top_groups_part_of_a_larger_top_group_changes_by_points(real_week_2025_11_30):
    """2025-11-30: the top three hold 70.8% of the top nine (63.3% last week): up 7.5 points."""
    text = "前三合计约2.99T，占前九的70.8%，较上周的63.3%提升{}个百分点。"
    assert real_week_2025_11_30.checker.check(text.format("7.5")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("8.5")).problems] == ["8.5个百分点"]


def test_a_country_group_carries_across_a_semicolon(real_week_2026_03_30):
    """2026-03-30: six Chinese models in the top ten, 9.86T together (6.44T last week)."""
    text = "本周前十中中国模型占据六席，上周为五席；合计调用量约{}，较上周的6.44T增长约53%。"
    assert real_week_2026_03_30.checker.check(text.format("9.86T")).problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check(text.format("8.86T")).problems] == ["8.86T"]


def test_the_whole_top_ten_after_a_country_group_is_the_whole(real_week_2026_03_30):
    """The top ten as a whole grew 23.6% in 2026-03-30, its Chinese models 53%."""
    text = "本周前十中中国模型占据六席，合计调用量约9.86T，远高于前十整体约{}的增速。"
    assert real_week_2026_03_30.checker.check(text.format("23.6%")).problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check(text.format("33.6%")).problems] == ["33.6%"]


@pytest.fixture(scope="module")
def real_week_2026_03_16():
    return _real("2026-03-16")


def test_the_distance_between_two_written_places_is_checked(real_week_2026_03_16):
    text = "这周Step 3.5 Flash (free)第2、Kimi K2.5第9，隔了{}个名次。"
    assert real_week_2026_03_16.checker.check(text.format("七")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("六")).problems] == ["六个名次"]


def test_the_distance_between_two_rows_places_is_checked(real_week_2026_03_16):
    """2026-03-16: Step 3.5 Flash (free) second, Kimi K2.5 ninth."""
    text = "这周Step 3.5 Flash (free)与Kimi K2.5相差{}位。"
    assert real_week_2026_03_16.checker.check(text.format("七")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("五")).problems] == ["五位"]


def test_a_count_of_the_names_just_before_it_is_checked(real_week_2026_03_16):
    """2026-03-16: Step 3.5 Flash (free) second, Kimi K2.5 ninth; 两款 counts them, 三款 does not."""
    text = "Step 3.5 Flash (free)升至第2；Kimi K2.5跌到第9。{}合计调用量见下表。"
    assert real_week_2026_03_16.checker.check(text.format("两款")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("三款")).problems] == ["三款"]


def test_entries_and_exits_in_a_heading_are_of_the_only_board(real_week_2025_11_30):
    """2025-11-30: three models came into the top nine and three left it."""
    assert real_week_2025_11_30.checker.check("## 进出榜：三进三出").problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check("## 进出榜：三进两出").problems] == ["三进两出"]


def test_seats_lost_since_last_week_are_checked_with_their_direction(sample_week):
    """The sample week: Google holds three places of the usage top ten, four last week."""
    text = "模型调用量前十中，谷歌占据三席，较上周{}。"
    assert sample_week.checker.check(text.format("少一席")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("多一席")).problems] == ["一席"]
    assert [p.quote for p in sample_week.checker.check(text.format("少两席")).problems] == ["两席"]


def test_one_seat_left_to_a_country_is_a_count(real_week_2025_11_30):
    """2025-11-30: one Chinese model (MiniMax M2) in the top nine."""
    assert real_week_2025_11_30.checker.check("## 格局：中国模型仅余一席").problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check("## 格局：中国模型仅余两席").problems] == ["两席"]


@pytest.fixture(scope="module")
def real_week_2026_02_08():
    return _real("2026-02-08")


def test_the_largest_company_on_a_board_of_models_is_its_models_total(real_week_2026_02_08):
    """2026-02-08: Google's three models add up to more than any other company's, none of them first."""
    text = "{}在榜模型的份额加起来最多，仍为第一大厂商。"
    assert real_week_2026_02_08.checker.check(text.format("Google")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("Anthropic")).problems] == ["第一大"]


def test_the_value_of_last_weeks_leader_named_by_its_place_is_this_weeks(real_week_2026_02_08):
    """2026-02-08: Claude Sonnet 4.5, first last week at 775B, has 706B now and is third."""
    text = "上周榜首Claude Sonnet 4.5调用量回落（{}），退居第三。"
    assert real_week_2026_02_08.checker.check(text.format("706B")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("775B")).problems] == ["775B"]


@pytest.fixture(scope="module")
def real_week_2025_12_28():
    return _real("2025-12-28")


def test_the_lead_over_the_second_with_no_subject_is_the_leaders(real_week_2025_12_28):
    """2025-12-28: Grok Code Fast 1 (484B) leads MiMo V2 Flash (free) (381B) by 103B."""
    text = "- Grok Code Fast 1连续四周登顶，本周调用量484B。\n- 领先第二名MiMo V2 Flash (free)约{}亿 tokens。"
    assert real_week_2025_12_28.checker.check(text.format("1030")).problems == []
    assert [p.quote for p in real_week_2025_12_28.checker.check(text.format("1130")).problems] == ["1130亿 tokens"]


def test_places_lost_may_be_said_with_tui(real_week_2026_02_08):
    """2026-02-08: Claude Opus 4.5 went from sixth to seventh."""
    assert real_week_2026_02_08.checker.check("Claude Opus 4.5退一位，排第7。").problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check("Claude Opus 4.5退两位，排第7。").problems] == ["两位"]


def _falls_table(*rows: str) -> str:
    return "\n".join(["## 模型调用量", "", "| 名次 | 模型 | 本周 | 减少 |", "|---|---|---|---|", *rows])


def test_a_table_numbering_its_rows_by_a_change_column_is_its_own_order(real_week_2026_03_02):
    """2026-03-02: MiniMax M2.5 fell 940B, Kimi K2.5 348B, GLM 5 301B (board places 1, 4, 10)."""
    rows = ["| 1 | MiniMax M2.5 | 1.63T | 940B |", "| 2 | Kimi K2.5 | 692B | 348B |", "| 3 | GLM 5 | 502B | 301B |"]
    assert real_week_2026_03_02.checker.check(_falls_table(*rows)).problems == []


def test_a_numbering_out_of_the_tables_order_is_read_as_places(real_week_2026_03_02):
    rows = ["| 1 | MiniMax M2.5 | 1.63T | 940B |", "| 3 | Kimi K2.5 | 692B | 348B |", "| 2 | GLM 5 | 502B | 301B |"]
    assert {p.quote for p in real_week_2026_03_02.checker.check(_falls_table(*rows)).problems} == {"3", "2"}


def test_a_seats_column_counts_a_companys_rows(real_week_2025_12_07):
    """2025-12-07: xAI has three models in the top nine, Google four."""
    table = "\n".join(["## 模型调用量", "", "| 公司 | 前九席位 |", "|---|---|", "| xAI | 3 |", "| Google | {} |"])
    assert real_week_2025_12_07.checker.check(table.format(4)).problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check(table.format(5)).problems] == ["5"]


def test_a_change_cell_written_as_before_and_after_holds_both_weeks(sample_week):
    """Market share, the sample week: Google went from 26.0% to 24.0%."""
    table = "\n".join(["## OpenRouter模型市占率", "", "| 公司 | 份额变化 |", "|---|---|", "| Google | {} |"])
    assert sample_week.checker.check(table.format("26.0%→24.0%")).problems == []
    assert [p.quote for p in sample_week.checker.check(table.format("24.0%→26.0%")).problems] == ["24.0%", "26.0%"]


@pytest.fixture(scope="module")
def real_week_2026_01_11():
    return _real("2026-01-11")


def test_rows_said_to_be_rising_are_counted(real_week_2026_01_11):
    """2026-01-11: eight of the nine listed models grew, DeepSeek V3.2 fell."""
    assert real_week_2026_01_11.checker.check("模型调用量榜上，八个在涨，唯一下滑的是DeepSeek V3.2。").problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check("模型调用量榜上，七个在涨，唯一下滑的是DeepSeek V3.2。").problems] == ["七个"]


def test_a_companys_rows_that_fell_are_counted_among_its_own(real_week_2026_02_08):
    """2026-02-08: of Anthropic's two models both fell (Sonnet 4.5 -9%, Opus 4.5 -2%)."""
    assert real_week_2026_02_08.checker.check("模型调用量榜上，Anthropic的两款模型都在下滑。").problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check("模型调用量榜上，Anthropic的三款模型都在下滑。").problems] == ["三款"]


def test_the_parts_of_a_text_are_not_places(real_week_2026_01_11):
    result = real_week_2026_01_11.checker.check("**第三段：编程调用量**\n\n第二个看点是DeepSeek V3.2。")
    assert result.problems == [] and result.verified == []


def test_a_headings_figure_its_section_verifies_is_verified(sample_week):
    """Three Chinese models are in the programming top ten of the sample week."""
    text = "## 三、编程：三席\n\n编程榜前十中中国模型本周占{}。"
    result = sample_week.checker.check(text.format("三席"))
    assert result.problems == [] and any(f.startswith("restates/") for v in result.verified for f in v.facts)


def test_a_headings_figure_its_section_contradicts_stays_unchecked(sample_week):
    result = sample_week.checker.check("## 三、编程：三席\n\n编程榜前十中中国模型本周占四席。")
    assert [(p.line, p.quote) for p in result.problems] == [(1, "三席"), (3, "四席")]


def test_places_jumped_are_places_gained(real_week_2026_03_16):
    """2026-03-16: Step 3.5 Flash (free) went from fifth to second."""
    text = "Step 3.5 Flash (free)上周还排第五，这周一下子跳了{}。"
    assert real_week_2026_03_16.checker.check(text.format("三位")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("两位")).problems] == ["两位"]


@pytest.fixture(scope="module")
def real_week_2025_11_23():
    return _real("2025-11-23")


def test_a_count_of_wei_before_a_colon_counts_the_names_after_it(real_week_2025_11_23):
    """2025-11-23: Polaris Alpha and Gemini 2.5 Flash Lite left the top nine."""
    text = "真正掉出去的是{}：上周第八的Polaris Alpha，和上周第九的Gemini 2.5 Flash Lite。"
    assert real_week_2025_11_23.checker.check(text.format("两位")).problems == []
    assert [p.quote for p in real_week_2025_11_23.checker.check(text.format("三位")).problems] == ["三位"]


def test_rows_rising_falling_and_flat_are_counted(real_week_2026_03_30):
    """2026-03-30: of the ten listed models seven grew, two fell and one was flat (0%)."""
    text = "模型调用量榜上，十个模型中{}。"
    assert real_week_2026_03_30.checker.check(text.format("7涨2跌1持平")).problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check(text.format("7涨3跌")).problems] == ["7涨3跌"]


def test_rows_with_last_weeks_data_are_the_rows_listed_both_weeks(real_week_2026_02_08):
    """2026-02-08: seven of the nine were listed the week before; five of them grew."""
    text = "模型调用量榜上，有环比数据的{}个模型中5涨2跌。"
    assert real_week_2026_02_08.checker.check(text.format(7)).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format(8)).problems] == ["8个"]


def test_the_count_before_a_phrase_of_last_weeks_data_is_of_the_rows_listed_both_weeks(real_week_2026_02_08):
    """2026-02-08: seven of the nine were listed the week before; the phrase stands between count and 模型."""
    text = "有增长数据的{}个模型里，五个在涨。"
    assert real_week_2026_02_08.checker.check(text.format("七")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("八")).problems] == ["八个"]


def test_the_rows_of_the_only_board_are_counted_without_naming_it(real_week_2026_02_08):
    """A real week has one board, which lists nine rows."""
    assert real_week_2026_02_08.checker.check("九个模型中五个上涨。").problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check("八个模型中五个上涨。").problems] == ["八个"]


def test_a_count_right_after_the_verb_of_listing_is_the_rows_listed(sample_week):
    """The sample week's market-share board lists ten companies."""
    text = "## 公司市占率\n\n注：本期只列出{}，其余归入其他。"
    assert sample_week.checker.check(text.format("十家")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("八家")).problems] == ["八家"]


def test_a_count_of_entries_is_the_rows_listed(sample_week):
    """The sample week's throughput board lists ten provider entries."""
    text = "## 模型吞吐量\n\n本期共{}个提供方条目。"
    assert sample_week.checker.check(text.format("十")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("九")).problems] == ["九个"]


def test_a_paragraph_keeps_the_board_its_first_sentences_verified_on(sample_week):
    """The sample week: on the usage board eight of the ten rows grew (DeepSeek V3.2 +27%), two fell."""
    text = "模型调用量方面，Claude Sonnet 4.5以705B居首。榜上十款模型{}。"
    assert sample_week.checker.check(text.format("8涨2跌")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("7涨3跌")).problems] == ["7涨3跌"]


def _with_price_cut(data_copy: Path):
    """The sample week with one more event: Aurora-1's price cut, announced on the 29th, effective the 30th."""
    from writer.weekly import open_week

    entities = data_copy / "entities.yaml"
    entities.write_text(entities.read_text(encoding="utf-8").replace(
        "  - {id: qwen3-tts,", "  - {id: aurora-1, name: Aurora-1, kind: product, maker: baidu}\n  - {id: qwen3-tts,"), encoding="utf-8")
    events = data_copy / "weeks" / "2026-01-31" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + """
  - id: aurora-price-cut
    date: 2026-01-29
    org: 百度
    title: 下调Aurora-1价格
    details:
      - Aurora-1输入价格下调75%
    figures:
      降价幅度: 75%
      生效日: 30日
    entities: [Aurora-1]
""", encoding="utf-8")
    return open_week(data_copy, "2026-01-31")


def test_a_price_cut_of_a_product_without_board_figures_is_its_events(data_copy):
    """A product only the news names: 价格下调75% is its event's figure, whatever metric word stands near."""
    week = _with_price_cut(data_copy)
    assert week.checker.check("百度将Aurora-1输入价格下调75%。").problems == []
    assert [p.quote for p in week.checker.check("百度将Aurora-1输入价格下调70%。").problems] == ["70%"]


def test_an_unsigned_change_said_with_a_neutral_word_is_its_size(real_week_2026_03_16):
    """2026-03-16: Kimi K2.5's growth went from +8% to -25%, a change of 33 points."""
    text = "Kimi K2.5周增长率由+8%转为-25%，一周变化{}个百分点。"
    assert real_week_2026_03_16.checker.check(text.format("33")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("+33")).problems] == ["+33个百分点"]


def test_an_event_kind_after_a_second_count_is_that_counts(sample_week):
    """The sample week has six events, two of them open-source releases (Qwen3-TTS, Kimi K2.5)."""
    text = "## 本周事件\n\n本周六项事件中有{}为开源。"
    assert sample_week.checker.check(text.format("两项")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("三项")).problems] == ["三项"]


def test_the_lead_in_a_sentence_naming_others_is_between_the_two_the_verb_joins(sample_week):
    """Market share, the sample week: Google 24.0%, Anthropic 18.1%, DeepSeek 9.4%."""
    text = "OpenAI占比11.3%，Google占比24.0%，仍居第1，领先第二名Anthropic约{}个百分点。"
    assert sample_week.checker.check(text.format("5.9")).problems == []
    # 6.8 points lie between Anthropic and OpenAI, not between the two 领先 joins.
    assert [p.quote for p in sample_week.checker.check(text.format("6.8")).problems] == ["6.8个百分点"]


def test_a_change_between_two_rates_written_in_percent_is_flagged(real_week):
    """2026-01-25: Gemini 3 Flash Preview's growth went from +16% to +20%, four points."""
    text = "DeepSeek V3.2增长11%，Claude Sonnet 4.5增长16%；Gemini 3 Flash Preview从448B增至537B，增长20%，周增长率较上周提高{}。"
    assert real_week.checker.check(text.format("4个百分点")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("4%")).problems] == ["4%"]


def test_a_streak_is_of_the_word_right_after_it(real_week_2026_02_08):
    """2026-02-08: Claude Sonnet 4.5 led the two weeks before and fell 9% this week."""
    text = "此前连续{}领跑的Claude Sonnet 4.5下降9%至705.6B，退居第三。"
    assert real_week_2026_02_08.checker.check(text.format("两周")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("三周")).problems] == ["连续三周"]


def test_the_leaders_share_on_a_board_without_shares_is_its_part_of_the_listed_total(real_week_2026_01_04):
    """2026-01-04: the first place holds 15.5% of the listed total, 17.9% last week."""
    text = "榜首份额由上周的17.9%降至15.5%，下降{}个百分点。"
    assert real_week_2026_01_04.checker.check(text.format("2.4")).problems == []
    assert [p.quote for p in real_week_2026_01_04.checker.check(text.format("3.4")).problems] == ["3.4个百分点"]
    assert [p.quote for p in real_week_2026_01_04.checker.check("榜首份额由上周的17.9%降至16.5%。").problems] == ["16.5%"]


def test_the_boards_a_model_leads_are_counted(sample_week):
    """The sample week: GPT-5.2 (high) is first on LiveCodeBench, GPQA and FrontierMath; GPT Image 1.5 on four image boards."""
    assert sample_week.checker.check("GPT-5.2 (high)拿下三个榜首。").problems == []
    assert [p.quote for p in sample_week.checker.check("GPT-5.2 (high)拿下四个榜首。").problems] == ["四个"]
    assert sample_week.checker.check("GPT Image 1.5包揽四个图像榜榜首。").problems == []
    assert [p.quote for p in sample_week.checker.check("GPT Image 1.5包揽三个图像榜榜首。").problems] == ["三个"]


def test_a_company_owning_the_listed_models_is_not_one_of_the_list(sample_week):
    """The sample week, coding board: GPT-5.2 is eighth and GPT-5.2-Codex ninth."""
    text = "编程调用量榜上，OpenAI旗下的GPT-5.2与GPT-5.2-Codex重回前十，分别排第{}和第{}。"
    assert sample_week.checker.check(text.format(8, 9)).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format(9, 8)).problems] == ["第9", "第8"]


@pytest.fixture(scope="module")
def real_week_2026_02_01():
    return _real("2026-02-01")


def test_a_part_of_a_whole_is_never_a_growth(real_week_2026_02_01):
    """2026-02-01: DeepSeek V3.2 and Kimi K2.5 hold about a fifth of the top nine; DeepSeek V3.2 grew about 28%."""
    text = "DeepSeek V3.2与Kimi K2.5合计约867B，约占前九总量的{}。"
    assert real_week_2026_02_01.checker.check(text.format("两成")).problems == []
    assert [p.quote for p in real_week_2026_02_01.checker.check(text.format("三成")).problems] == ["三成"]


def test_the_day_a_change_takes_effect_is_not_the_day_it_was_announced(data_copy):
    week = _with_price_cut(data_copy)
    assert week.checker.check("百度于1月29日宣布将Aurora-1输入价格下调75%，自30日起生效。").problems == []
    assert [p.quote for p in week.checker.check("百度于1月30日宣布将Aurora-1输入价格下调75%。").problems] == ["1月30日"]


def test_points_after_two_written_shares_are_their_difference(real_week):
    """2026-01-25: the two Chinese models hold about 24.0% of the top nine, 22.0% the week before."""
    text = "模型调用量前九中中国模型两席（MiMo V2 Flash (free)、DeepSeek V3.2），合计971B，占前九约24.0%，较上周的22.0%提升{}个百分点。"
    assert real_week.checker.check(text.format("2.0")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("3.0")).problems] == ["3.0个百分点"]


def test_an_amount_of_difference_after_two_written_amounts_is_their_gap(real_week_2025_11_30):
    """2025-11-30: Grok Code Fast 1 went 1.25T → 979B, about 270B less."""
    text = "Grok Code Fast 1本周979B，较上周1.25T{}约{}。"
    assert real_week_2025_11_30.checker.check(text.format("少", "270B")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("多", "270B")).problems] == ["270B"]
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("少", "370B")).problems] == ["370B"]
    # The data's 1,248.6B and 978.7B differ by 269.9B: 272B is wrong, however 1.25T is rounded.
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("少", "272B")).problems] == ["272B"]


def test_a_top_n_written_in_english_is_a_top_n(sample_week):
    """The sample week, coding board: the top three hold 44.3% together."""
    assert sample_week.checker.check("编程榜上，Top 3 合计份额跌破45%（44.3%）。").problems == []
    assert [p.quote for p in sample_week.checker.check("编程榜上，Top 3 合计份额跌破40%（38.3%）。").problems] == ["40%", "38.3%"]


def test_the_overall_usage_board_is_named_by_its_short_name(sample_week_2026_01_17):
    """2026-01-17: of the overall top ten, six rose and four fell (the coding board moved otherwise)."""
    checker = sample_week_2026_01_17.checker
    assert checker.check("编程榜则相反。整体调用量前十中六款正增长，四款下滑。").problems == []
    assert [p.quote for p in checker.check("编程榜则相反。整体调用量前十中七款正增长，三款下滑。").problems] == ["七款", "三款"]


def test_details_listed_under_a_news_heading_are_its_events(sample_week):
    """The sample week: Kimi K2.5 was released on the 27th, with two reasoning modes."""
    text = "## 本周要闻\n### 月之暗面Kimi K2.5\n- {}发布并开源，提供{}推理模式。"
    assert sample_week.checker.check(text.format("1月27日", "2种")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("1月26日", "3种")).problems] == ["1月26日", "3种"]


def test_a_date_before_the_events_own_action_is_the_day_of_the_news(data_copy):
    """Aurora-1's cut was announced on the 29th and took effect on the 30th: 30日将…下调 dates the news wrongly."""
    week = _with_price_cut(data_copy)
    assert week.checker.check("百度1月29日将Aurora-1输入价格下调75%。").problems == []
    assert week.checker.check("1月30日起，Aurora-1输入价格下调75%。").problems == []
    assert [p.quote for p in week.checker.check("百度1月30日将Aurora-1输入价格下调75%。").problems] == ["1月30日"]


def test_the_action_after_a_date_picks_the_event_it_dates(data_copy):
    """Aurora-1 was open-sourced on the 27th and its price cut on the 29th: 29日开源 is the wrong event's day."""
    from writer.weekly import open_week

    _with_price_cut(data_copy)
    events = data_copy / "weeks" / "2026-01-31" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + """
  - id: aurora-open-source
    date: 2026-01-27
    org: 百度
    title: 开源Aurora-1
    entities: [Aurora-1]
""", encoding="utf-8")
    week = open_week(data_copy, "2026-01-31")
    assert week.checker.check("百度1月27日开源Aurora-1，1月29日下调其价格。").problems == []
    assert [p.quote for p in week.checker.check("百度1月29日开源Aurora-1。").problems] == ["1月29日"]


def test_all_of_a_companys_models_in_the_top_n_means_every_one(real_week_2026_03_02):
    """2026-03-02: Anthropic's three models are 5th, 6th and 9th."""
    text = "模型调用量榜上，Anthropic三款模型均在前{}。"
    assert real_week_2026_03_02.checker.check(text.format("十")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("五")).problems] == ["前五"]


def test_a_companys_models_leaving_the_top_n_were_in_it_last_week():
    """2026-01-17, coding board: OpenAI's two models, 7th and 9th the week before, left the top ten."""
    week = _sample("2026-01-17")
    text = "编程调用量榜上，OpenAI的两款模型双双跌出前{}。"
    assert week.checker.check(text.format("十")).problems == []
    assert [p.quote for p in week.checker.check(text.format("五")).problems] == ["前五"]


def test_the_figures_of_a_row_that_left_are_last_weeks(real_week_2026_02_08):
    """2026-02-08: Grok Code Fast 1 (422B last week, 4th) left the top nine."""
    text = "Grok Code Fast 1以{}跌出前九。"
    assert real_week_2026_02_08.checker.check(text.format("422B")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("432B")).problems] == ["432B"]


def test_two_of_a_companys_rows_trading_places_are_counted(real_week_2025_12_07):
    """2025-12-07: xAI's Grok Code Fast 1 and Grok 4.1 Fast (free) swapped first and second; xAI has three rows."""
    text = "模型调用量榜的头部，xAI旗下{}模型上下易位。"
    assert real_week_2025_12_07.checker.check(text.format("两款")).problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check(text.format("四款")).problems] == ["四款"]


def test_a_run_at_a_value_counts_the_weeks_the_metric_stood_there(real_week):
    """2026-01-25: Claude Sonnet 4.5 grew +16% this week and the week before."""
    text = "Claude Sonnet 4.5周增长率连续{}保持+16%。"
    assert real_week.checker.check(text.format("两周")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("三周")).problems] == ["连续三周"]


def test_a_fraction_after_a_sum_is_the_named_rows_part_of_the_total(sample_week):
    """Market share, the sample week: Google 24.0% and Anthropic 18.1% hold 42.1% together."""
    text = "Google占比24.0%，与Anthropic合计接近{}。"
    assert sample_week.checker.check(text.format("一半")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("三分之二")).problems] == ["三分之二"]


def test_a_growth_of_two_digits_is_checked(real_week):
    """2026-01-25: DeepSeek V3.2 grew 11%."""
    assert real_week.checker.check("DeepSeek V3.2本周保持两位数增长。").problems == []
    assert [p.quote for p in real_week.checker.check("DeepSeek V3.2本周保持三位数增长。").problems] == ["三位数"]


def test_the_change_of_a_companys_listed_models_is_their_sum_this_week_against_last(real_week_2025_12_07):
    """2025-12-07: Google's four listed models add up to 897B, 852B the week before (+45B, +5.3%)."""
    assert real_week_2025_12_07.checker.check("Google合计增加约45B，增幅约5%。").problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check("Google合计增加约60B。").problems] == ["60B"]


def test_a_company_sum_said_to_fall_when_it_rose_names_both_sums(real_week_2025_12_07):
    problems = real_week_2025_12_07.checker.check("Google合计减少约45B。").problems
    assert [(p.quote, p.verdict.value) for p in problems] == [("45B", "wrong")]
    assert "852B→897B" in problems[0].message_zh


def test_a_signed_percentage_after_a_speed_is_its_relative_change(sample_week):
    """The sample week: Qwen3 32B on Cerebras went 588 → 736 tok/s, +25%."""
    text = "模型吞吐量方面，Qwen3 32B（Cerebras）速度由588 tok/s提升至736 tok/s（{}）。"
    assert sample_week.checker.check(text.format("+25%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("+35%")).problems] == ["+35%"]


def test_a_size_of_change_takes_the_metric_its_sentence_spoke_of(sample_week):
    """The sample week: Qwen3 32B on Cerebras served 11.8M → 31.7M requests, +169%."""
    text = "模型吞吐量方面，Qwen3 32B（Cerebras）的请求量由11.8M增至31.7M，增幅{}。"
    assert sample_week.checker.check(text.format("169%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("69%")).problems] == ["69%"]


def test_none_of_a_company_is_a_count_of_zero_seats(real_week_2026_02_08):
    """2026-02-08: OpenAI has no model among the nine listed; Google has three."""
    assert real_week_2026_02_08.checker.check("OpenAI本周在前九中无一席位。").problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check("Google本周无一席位。").problems] == ["无一席"]


def test_keycap_emoji_numbering_is_structure(sample_week):
    result = sample_week.checker.check("1️⃣ OpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量为464B。\n2️⃣ 公司市占率方面，Google以24.0%居首。")
    assert not result.problems
    assert [(e.quote, e.reason.value) for e in result.exempt if e.quote in ("1", "2")] == [("1", "structure"), ("2", "structure")]


def test_a_score_with_two_decimals_is_not_read_as_a_date(sample_week):
    """GAIA scores such as 88.61 look like month.day after a bracket or before a comma."""
    result = sample_week.checker.check("GAIA方面，前两名为A（88.61）与B 90.99、C。")
    assert not any(p.quote in ("88.61", "90.99") and "date" in p.message for p in result.problems)


@pytest.fixture(scope="module")
def sample_week_2026_01_17():
    return _sample("2026-01-17")


def test_spoken_places_are_ranks(sample_week_2026_01_17):
    """2026-01-17: Claude Sonnet 4.5 first, Grok Code Fast 1 second last week and fourth now."""
    text = "榜一还是Claude Sonnet 4.5，Grok Code Fast 1从{}滑到第四。"
    assert sample_week_2026_01_17.checker.check(text.format("老二")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("老三")).problems] == ["老三"]


def test_a_count_of_rows_on_the_list_is_not_a_spoken_place(sample_week_2026_01_17):
    result = sample_week_2026_01_17.checker.check("Google在榜三款模型，其中Gemini 3 Flash Preview居第二。")
    assert "榜三" not in [v.quote for v in result.verified] + [p.quote for p in result.problems]


def test_spoken_words_of_a_run_at_the_top_are_streaks(sample_week_2026_01_17):
    """2026-01-17: Claude Sonnet 4.5 led the usage board on 01-10 and 01-17."""
    for words in ("连坐两周榜一", "蝉联两周榜首"):
        assert sample_week_2026_01_17.checker.check(f"Claude Sonnet 4.5{words}。").problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check("Claude Sonnet 4.5连坐三周榜一。").problems] == ["连坐三周"]


def test_the_first_place_as_subject_of_a_ratio_to_a_pronoun_is_a_row(sample_week_2026_01_17):
    """2026-01-17: the leader (699B) is 1.3 times Gemini 3 Flash Preview (533B)."""
    text = "Gemini 3 Flash Preview本周调用量533B。榜一差不多是它的{}。"
    assert sample_week_2026_01_17.checker.check(text.format("1.3倍")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("1.8倍")).problems] == ["1.8倍"]


def test_points_said_as_ge_dian_are_percentage_points(sample_week_2026_01_17):
    """2026-01-17: Google's share went 26.6% → 26.0%, 0.6 points down."""
    text = "公司市占率：Google份额26.0%，比上周掉了{}个点。"
    assert sample_week_2026_01_17.checker.check(text.format("0.6")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("1.6")).problems] == ["1.6个点"]


def test_a_count_with_its_classifier_before_li_is_the_rows_listed(sample_week_2026_01_17):
    """2026-01-17: the usage board lists ten models, six rose and four fell."""
    text = "模型调用量方面，{}里六涨四跌。"
    assert sample_week_2026_01_17.checker.check(text.format("十款")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("九款")).problems] == ["九款"]


def test_a_companys_seats_are_on_a_board_of_models_not_the_companies_board(sample_week_2026_01_17):
    """2026-01-17: Google is first of the companies and has four models in the usage top ten."""
    assert sample_week_2026_01_17.checker.check("谷歌前十占四席。").problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check("谷歌前十占五席。").problems] == ["五席"]


def test_the_rest_of_the_models_is_the_others_row(sample_week):
    """The sample week's programming board: Others hold 273B, 17.5%."""
    text = "OpenRouter编程调用量方面，Grok Code Fast 1居首；其余模型合计{}。"
    assert sample_week.checker.check(text.format("273B，占17.5%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("373B，占17.5%")).problems] == ["373B"]


def test_other_boards_are_not_the_others_row(sample_week):
    assert sample_week.checker.check("#### 其他榜单前三\n\nOpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量为464B。").problems == []


def test_millions_without_a_metric_word_may_be_requests(sample_week):
    """The sample week's throughput board: Qwen3 32B on Cerebras served 31.7M requests."""
    text = "模型吞吐量方面，Qwen3 32B（Cerebras）以736 tok/s排第三（{}）。"
    assert sample_week.checker.check(text.format("31.7M")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("41.7M")).problems] == ["41.7M"]


def test_a_top_n_before_entries_and_exits_is_their_scope(sample_week):
    """The sample week's programming board: three came into the top ten and three left."""
    assert sample_week.checker.check("编程榜前十三进三出。").problems == []
    assert [p.quote for p in sample_week.checker.check("编程榜前十两进两出。").problems] == ["两进两出"]


def test_a_count_of_boards_by_their_kind_of_usage(sample_week):
    """The sample week follows three token-usage boards (models, companies, programming)."""
    assert sample_week.checker.check("本期跟踪OpenRouter三张用量榜。").problems == []
    assert [p.quote for p in sample_week.checker.check("本期跟踪OpenRouter四张用量榜。").problems] == ["四张"]


def test_n_straight_wins_is_a_run_at_first_place(sample_week):
    """The sample week: Claude Sonnet 4.5 has led the usage board four weeks running."""
    assert sample_week.checker.check("Claude Sonnet 4.5四连冠。").problems == []
    assert sample_week.checker.check("Claude Sonnet 4.5三连冠。").problems


def test_a_run_said_to_end_after_it_is_the_run_before_this_week(real_week_2026_01_11):
    """2026-01-11: Grok Code Fast 1 led five weeks before Claude Sonnet 4.5 took first place."""
    text = "Claude Sonnet 4.5首次登顶，Grok Code Fast 1{}连霸终结。"
    assert real_week_2026_01_11.checker.check(text.format("五")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("四")).problems] == ["四连霸"]


def test_the_usage_board_named_by_its_short_name_overrides_the_section_heading(sample_week):
    """The sample week: the usage board's top ten add up to 4064B, under a heading of GAIA."""
    text = "#### GAIA\n\n> 点评：调用量榜前十合计{}。"
    assert sample_week.checker.check(text.format("4064B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("4164B")).problems] == ["4164B"]


def test_an_amount_with_duo_before_its_unit_is_a_range(real_week_2026_01_11):
    """2026-01-11: the nine listed rows add up to 3.27T, 623B more than the 2.65T of the week before."""
    text = "前九合计约3.27万亿，比上周的2.65万亿多了{}。"
    assert real_week_2026_01_11.checker.check(text.format("6200多亿")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("6300多亿")).problems] == ["6300多亿"]


def test_a_percentage_in_a_bracket_restates_the_change_before_it(real_week_2026_01_11):
    """2026-01-11: the nine listed rows grew 23.5%."""
    text = "前九合计约3.27万亿，比上周的2.65万亿涨了两成多（约{}）。"
    assert real_week_2026_01_11.checker.check(text.format("23.5%")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("21.5%")).problems] == ["21.5%"]


def test_a_column_headed_by_a_word_of_comparison_holds_changes(real_week_2025_11_23):
    """2025-11-23: Grok Code Fast 1 went 1.45T → 1.25T (-14%); last week's growth was +7%."""
    table = "| 排名 | 模型 | 本周 | 环比 |\n|---|---|---|---|\n| 1 | Grok Code Fast 1 | 1.25T | {} |"
    assert real_week_2025_11_23.checker.check(table.format("-14%")).problems == []
    assert [p.quote for p in real_week_2025_11_23.checker.check(table.format("+7%")).problems] == ["+7%"]


def test_a_table_whose_places_fit_another_board_is_read_on_that_board(sample_week_2026_01_17):
    """2026-01-17: a usage-board table placed at the end of the programming section."""
    table = ("## OpenRouter编程调用量\n\nGrok Code Fast 1以340B排名第1。\n\n| 排名 | 模型 | 本周 |\n|---|---|---|\n"
             "| 1 | Claude Sonnet 4.5 | 699B |\n| 2 | Gemini 3 Flash Preview | {} |\n| 3 | MiMo V2 Flash (free) | 493B |")
    assert sample_week_2026_01_17.checker.check(table.format("533B")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(table.format("633B")).problems] == ["633B"]


def test_companies_that_rose_may_be_counted_by_their_amounts(sample_week_2026_01_17):
    """2026-01-17: of the ten companies, eight used more tokens than the week before (two grew in share)."""
    text = "## OpenRouter模型市占率\n\n前十中{}家上涨。"
    for count in ("8", "2"):
        assert sample_week_2026_01_17.checker.check(text.format(count)).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("7")).problems] == ["7家"]


def test_the_whole_board_said_as_quanbang_is_its_total(sample_week_2026_01_17):
    """2026-01-17: the companies' board totals 5.47T (+2.6%), the programming board 1.32T."""
    text = "公司市占率榜全部调用量{}，增长2.6%；编程调用量全榜1.32T。"
    assert sample_week_2026_01_17.checker.check(text.format("5.47T")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("5.57T")).problems] == ["5.57T"]


def test_rows_that_rose_and_fell_may_be_said_with_sheng_and_jiang(sample_week):
    """The sample week's GAIA board: one system's score rose, nine stayed as they were."""
    assert sample_week.checker.check("GAIA榜单：十个系统1升0降9持平。").problems == []
    assert [p.quote for p in sample_week.checker.check("GAIA榜单：十个系统3升3降4持平。").problems] == ["3升3降4持平"]


def test_the_mean_of_the_listed_scores_and_its_change(sample_week):
    """The sample week's GAIA board: the ten scores average 89.97%, 89.80% the week before."""
    text = "GAIA榜单：前十平均得分{}，较上周的89.80%提高约0.17个百分点。"
    assert sample_week.checker.check(text.format("89.97%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("88.97%")).problems] == ["88.97%"]



def test_one_up_one_down_of_the_rows_a_line_names(real_week_2026_03_16):
    """2026-03-16: Claude Sonnet 4.6 rose from 7th to 5th, Claude Opus 4.6 fell from 4th to 6th."""
    text = "Anthropic两款模型{}：Claude Sonnet 4.6从第7升到第5；Claude Opus 4.6从第4掉到第6。"
    assert real_week_2026_03_16.checker.check(text.format("一升一降")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("零升两降")).problems] == ["零升两降"]


def test_tokens_per_second_said_as_meimiao_is_a_speed(sample_week):
    """The sample week: Qwen3 32B on Cerebras runs at 736 tok/s."""
    text = "模型吞吐量方面，Qwen3 32B（Cerebras）每秒{} tokens。"
    assert sample_week.checker.check(text.format("736")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("836")).problems] == ["836 tokens"]


def test_a_sum_verified_on_a_board_gives_the_rest_of_its_line_that_board(sample_week_2026_01_17):
    """2026-01-17: the usage board's top ten add up to 4.24T; six rose and four fell."""
    text = "前十合计约4.24万亿，比上周的4.09万亿多了1500亿出头；十款里{}。"
    assert sample_week_2026_01_17.checker.check(text.format("六涨四跌")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("五涨五跌")).problems] == ["五涨五跌"]


def test_a_heading_that_only_names_first_places_is_structure(sample_week):
    result = sample_week.checker.check("#### 各榜单榜首\n\n#### 榜首\n\nOpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量为464B。")
    assert result.problems == []


def test_a_count_of_key_events_is_checked_against_the_weeks_events(sample_week):
    """The sample week lists six events."""
    assert sample_week.checker.check("编辑部梳理的六项重点事件全部来自中国公司。").problems == []
    assert [p.quote for p in sample_week.checker.check("编辑部梳理的五项重点事件全部来自中国公司。").problems] == ["五项"]


def test_a_percentage_right_after_zhan_is_a_share(sample_week):
    """The sample week's programming board: Kimi K2.5 holds 8.9%."""
    text = "OpenRouter编程调用量：Kimi K2.5列第4，调用量139B，占{}。"
    assert sample_week.checker.check(text.format("8.9%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("9.9%")).problems] == ["9.9%"]


def test_the_top_n_after_a_counted_group_is_where_the_group_stands(sample_week_2026_01_17):
    """2026-01-17: five Chinese companies are in the top ten of the companies' board."""
    text = "公司市占率：国产五家进前十：DeepSeek 8.0%、Xiaomi 6.9%。"
    assert sample_week_2026_01_17.checker.check(text).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.replace("五家", "六家")).problems] == ["六家"]


def test_a_signed_amount_is_a_change(real_week_2026_03_02):
    """2026-03-02: Gemini 3 Flash Preview gained 171B."""
    text = "同期上升的有Gemini 3 Flash Preview（{}）。"
    assert real_week_2026_03_02.checker.check(text.format("+171B")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("+181B")).problems] == ["+181B"]


def test_the_changes_of_the_rows_that_fell_added_up(real_week_2026_03_02):
    """2026-03-02: the six rows that fell lost 1,677B between them."""
    text = "六款下降模型合计减少{}。"
    assert real_week_2026_03_02.checker.check(text.format("1,677B")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("1,377B")).problems] == ["1,377B"]


def test_two_places_compared_the_second_named(sample_week):
    """The sample week's usage board: first 705B, tenth Gemini 2.5 Flash Lite."""
    result = sample_week.checker.check("OpenRouter整体模型调用量方面，第1名与第2名Gemini 3 Flash Preview（520B）相差185B。")
    assert result.problems == []


def test_the_spread_between_first_and_last_of_a_top_n(sample_week):
    """The sample week's usage board: 705B first, and the top ten end at the tenth row."""
    assert sample_week.checker.check("OpenRouter整体模型调用量方面，前十首尾相差甚远。").problems == []


def test_an_empty_row_in_a_table_read_on_another_board_is_no_crash(sample_week):
    table = ("## 编程模型调用量\n\n| 排名 | 模型 | 本周 |\n|---|---|---|\n"
             "| 1 | Claude Sonnet 4.5 | 705B |\n| 2 | Gemini 3 Flash Preview | 520B |\n| | | |")
    assert sample_week.checker.check(table).problems == []


def test_a_week_on_the_list_is_not_the_first_place(sample_week):
    result = sample_week.checker.check("Gemini 3 Flash Preview上榜一周即跻身第2名。")
    assert "榜一" not in [v.quote for v in result.verified] + [p.quote for p in result.problems]


def test_a_company_with_no_model_on_the_board_has_no_seat(sample_week):
    assert sample_week.checker.check("模型调用量方面，Meta无一席。").problems == []


def test_a_signed_speed_is_its_change(sample_week):
    """The sample week: Qwen3 32B on Cerebras went 588 → 736 tok/s (+148)."""
    text = "模型吞吐量方面，Qwen3 32B（Cerebras）速度736 tok/s（{} tok/s）。"
    assert sample_week.checker.check(text.format("+148")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("+248")).problems] == ["+248 tok/s"]


def test_the_mean_is_not_carried_to_a_gap_after_it(sample_week):
    """The sample week's Text Arena: the top ten average 1461.9 and the leader stands 28 points above."""
    result = sample_week.checker.check("LMArena Text Arena前十平均分为1461.9分，榜首高出28分。")
    assert not any("mean" in p.message for p in result.problems)


def test_about_n_tokens_per_second_is_a_speed(sample_week):
    """The sample week: Qwen3 32B on Cerebras runs at 736 tok/s."""
    text = "模型吞吐量方面，Qwen3 32B（Cerebras）每秒约{} tokens。"
    assert sample_week.checker.check(text.format("736")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("936")).problems] == ["936 tokens"]


def test_lao_san_yang_is_no_place(sample_week):
    result = sample_week.checker.check("老三样依旧：OpenRouter整体模型调用量方面，DeepSeek V3.2本周调用量为464B。")
    assert result.problems == [] and "老三" not in [v.quote for v in result.verified]


def test_jinru_of_a_row_already_inside_says_where_it_stands(real_week_2026_02_08):
    """2026-02-08: Gemini 3 Flash Preview was second last week and is second again."""
    assert real_week_2026_02_08.checker.check("仅Gemini 3 Flash Preview一款进入前三。").problems == []
    assert real_week_2026_02_08.checker.check("Gemini 3 Flash Preview首次进入前三。").problems


def test_a_change_word_is_no_gap_between_the_first_and_last_of_a_top_n(real_week_2026_01_11):
    """2026-01-11: the nine grew 23.5%; the first and ninth rows' growth rates differ by 28 points, which 26.5% must not borrow."""
    text = "前九合计约3.27万亿，比上周的2.65万亿多了6200多亿，涨了两成多（约{}）。"
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("26.5%")).problems] == ["26.5%"]


def test_a_line_that_opens_on_last_week_stays_there_after_a_comma(real_week_2026_01_11):
    """2026-01-11: Claude Sonnet 4.5 rose from 4th (352B) to 1st (531B)."""
    text = "Claude Sonnet 4.5本周登顶。\n\n上周它位列第四，当时调用量约{}。"
    assert real_week_2026_01_11.checker.check(text.format("352B")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("531B")).problems] == ["531B"]


def test_a_pronoun_stands_for_the_name_above_through_its_whole_line(real_week_2026_01_11):
    """2026-01-11: Claude Sonnet 4.5 rose three places to 531B; the second sentence of the line names no one."""
    text = "Claude Sonnet 4.5本周登顶。\n\n上周它位列第四；本周调用量约{}，排名上升三位。"
    result = real_week_2026_01_11.checker.check(text.format("531B"))
    assert result.problems == [] and "531B" in [v.quote for v in result.verified]
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("631B")).problems] == ["631B"]


def test_rising_by_half_is_half_as_much_again(real_week_2026_01_11):
    """2026-01-11: Claude Sonnet 4.5 went 352B → 531B (×1.51)."""
    text = "Claude Sonnet 4.5调用量比上周涨了{}。"
    assert real_week_2026_01_11.checker.check(text.format("一半")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("三分之一")).problems] == ["三分之一"]


def test_just_over_is_close_above_not_anything_above(real_week_2026_01_11):
    """2026-01-11: Claude Sonnet 4.5 (531B) leads Claude Opus 4.5 (370B) by 161B; 出头 means a little over."""
    text = "Claude Sonnet 4.5比Claude Opus 4.5多了{}出头。"
    assert real_week_2026_01_11.checker.check(text.format("一千五百亿")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("一千二百亿")).problems] == ["一千二百亿"]


def test_a_ratio_to_a_named_earlier_week_is_taken_to_that_week(real_week_2026_03_30):
    """2026-03-30: MiniMax M2.5 has 909B, against 1.87T in the week of 2026-03-09 (×0.49)."""
    assert real_week_2026_03_30.checker.check("MiniMax M2.5较3月9日的1.87T缩水逾一半。").problems == []
    problems = real_week_2026_03_30.checker.check("MiniMax M2.5较3月9日翻了一倍。").problems
    assert [p.quote for p in problems] == ["翻了一倍"] and "2026-03-09" in problems[0].message


def test_a_ratio_from_a_date_the_data_does_not_hold_is_not_verified(real_week_2026_01_04):
    """2026-01-04: the data reaches back to 2025-11-16, not to 10月5日."""
    result = real_week_2026_01_04.checker.check("Grok Code Fast 1较10月5日少了一半以上。")
    assert "一半" in [p.quote for p in result.problems] and "一半" not in [v.quote for v in result.verified]


def test_you_yue_before_a_figure_still_marks_last_weeks_value(real_week_2026_03_02):
    """2026-03-02: the top ten added up to 8.74T last week and 7.59T this week."""
    assert real_week_2026_03_02.checker.check("前十合计由约8.74T降至约7.59T。").problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check("前十合计由约7.59T降至约8.74T。").problems]


def test_about_with_three_figures_is_a_rounding_not_six_percent(real_week_2026_03_16):
    """2026-03-16: the top ten add up to 9192B; 约9.6T is 4% off, which 约 to three figures does not allow."""
    assert real_week_2026_03_16.checker.check("前十合计约9.2T。").problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check("前十合计约9.6T。").problems] == ["9.6T"]


def test_a_part_of_the_whole_fall_is_checked(real_week_2026_03_02):
    """2026-03-02: MiniMax M2.5 lost 940B of the top ten's 1158B fall (81%)."""
    text = "MiniMax M2.5一家减少940B，占前十降幅的{}。"
    assert real_week_2026_03_02.checker.check(text.format("八成")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("五成")).problems] == ["五成"]


def test_an_amount_in_brackets_after_a_change_noun_is_the_change(real_week_2026_03_02):
    """2026-03-02: MiniMax M2.5 fell by 940B to 1.63T."""
    assert real_week_2026_03_02.checker.check("MiniMax M2.5的降幅（940B）最大。").problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check("MiniMax M2.5的降幅（640B）最大。").problems] == ["640B"]


def test_a_count_opening_a_sentence_counts_the_names_of_the_one_before(real_week_2026_01_11):
    """2026-01-11: Claude Sonnet 4.5 (531B) and Claude Opus 4.5 (370B) add up to 901B."""
    text = "这周Anthropic两个模型都在前五：Claude Sonnet 4.5第一，Claude Opus 4.5第五。{}加起来约901B。"
    assert real_week_2026_01_11.checker.check(text.format("两个")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("三个")).problems] == ["三个"]


def test_a_count_of_boards_counts_the_boards_its_section_has_named(sample_week):
    """The sample week: the table lists four benchmark boards."""
    table = "### 推理测评\n\n| 榜单 | 领先者 |\n|---|---|\n| GPQA | GPT-5.2 (high) |\n| FrontierMath | GPT-5.2 (high) |\n" \
            "| Humanity's Last Exam | Gemini 3 Pro Preview |\n| LiveCodeBench | GPT-5.2 (high) |\n\n表中{}榜单本周均有更新。"
    assert "四个" in [v.quote for v in sample_week.checker.check(table.format("四个")).verified]
    assert "五个" in [p.quote for p in sample_week.checker.check(table.format("五个")).problems]


def test_new_faces_are_the_rows_new_to_the_list(sample_week_2026_01_17):
    """2026-01-17: two models entered the programming board; 榜三张 is a count, not third place."""
    assert sample_week_2026_01_17.checker.check("编程榜两张新面孔。").problems == []
    problems = sample_week_2026_01_17.checker.check("编程榜三张新面孔。").problems
    assert [p.quote for p in problems] == ["三张"]


def test_a_top_n_held_by_one_countrys_companies_is_checked_row_by_row(sample_week):
    """The sample week's company shares: the first four are American, the fifth (DeepSeek) is not."""
    text = "OpenRouter模型市占率方面，{}仍由美国公司包揽。"
    assert sample_week.checker.check(text.format("前四席")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("前五席")).problems] == ["前五"]


def test_a_top_n_said_unchanged_is_the_group_even_with_a_name_after_it(real_week_2026_03_30):
    """2026-03-30: the first two places are as last week; the third is new (MiniMax M2.7)."""
    text = "前{}名不变，MiMo V2 Pro连续两周居首。"
    assert real_week_2026_03_30.checker.check(text.format("二")).problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check(text.format("三")).problems] == ["前三名"]


def test_seats_said_to_be_within_a_top_n_must_all_stand_there(sample_week):
    """The sample week's throughput: Cerebras serves the 3rd and 6th rows."""
    assert sample_week.checker.check("模型吞吐量方面，Cerebras两款模型均在前六。").problems == []
    assert "前五" in [p.quote for p in sample_week.checker.check("模型吞吐量方面，Cerebras两款模型均在前五。").problems]


def test_a_top_ten_of_a_board_listing_nine_is_no_group(real_week_2026_01_04, real_week_2025_11_23):
    """The real board lists nine rows until 2026-02-08: 前十 has no list and no total of its own."""
    assert real_week_2026_01_04.checker.check("前九名单与上周完全相同。").problems == []
    assert [p.quote for p in real_week_2026_01_04.checker.check("前十名单与上周完全相同。").problems] == ["前十名"]
    text = "Grok Code Fast 1以1.25T排名第一，占{}合计的37.0%。"
    assert real_week_2025_11_23.checker.check(text.format("前九")).problems == []
    assert "37.0%" in [p.quote for p in real_week_2025_11_23.checker.check(text.format("前十")).problems]


def test_a_figure_right_after_huanbi_is_a_change_not_last_weeks_value(real_week_2026_02_23):
    """2026-02-23: Gemini 3 Flash Preview grew 11% to 859B; last week it had grown 2%."""
    text = "Gemini 3 Flash Preview以859B、环比{}的成绩位列第三。"
    assert real_week_2026_02_23.checker.check(text.format("+11%")).problems == []
    assert [p.quote for p in real_week_2026_02_23.checker.check(text.format("+2%")).problems] == ["+2%"]


def test_one_di_before_a_list_of_bare_numbers_makes_each_a_place(real_week_2025_11_30):
    """2025-11-30: the three that left the top nine were 7th, 8th and 9th last week."""
    text = "跌出前九：Grok 4 Fast、Sherlock Think Alpha、Gemini 2.5 Pro，上周分别居第{}。"
    assert real_week_2025_11_30.checker.check(text.format("7、8、9")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("7、9、8")).problems] == ["9", "8"]


def test_a_percentage_line_is_drawn_on_a_column_of_percentages(sample_week):
    """The sample week's model board has no shares; only DeepSeek V3.2 grew more than 20% (+27%)."""
    result = sample_week.checker.check("OpenRouter整体模型调用量方面，仅一款模型的周增长率超过两成。")
    assert result.problems == []
    assert sample_week.checker.check("OpenRouter整体模型调用量方面，共三款模型的周增长率超过两成。").problems


def test_the_amount_written_before_a_fraction_of_a_total_is_its_part(real_week_2026_01_11):
    """2026-01-11: the nine add up to 3.27T; Claude Sonnet 4.5 and Claude Opus 4.5 together 901B, over a quarter."""
    text = "Claude Sonnet 4.5与Claude Opus 4.5两款合计901B，超过前九总量的{}。"
    assert real_week_2026_01_11.checker.check(text.format("四分之一")).problems == []
    assert "三分之一" in [p.quote for p in real_week_2026_01_11.checker.check(text.format("三分之一")).problems]


def test_verdicts_do_not_change_with_the_runs_string_hashing():
    """A set of metrics was once iterated in hash order: the same sentence got a different verdict per run."""
    import json
    import os
    import subprocess
    import sys

    script = ("import json, sys; from pathlib import Path; from writer.weekly import open_week; "
              "r = open_week(Path('data'), '2026-01-31').checker.check(sys.argv[1]); "
              "print(json.dumps([[p.quote, p.message] for p in r.problems] + [[v.quote, v.facts] for v in r.verified], ensure_ascii=False))")
    text = "OpenRouter整体模型调用量方面，只有一款模型的份额超过一成五。OpenRouter整体模型调用量方面，仅一款模型超过两成。"
    root = Path(__file__).resolve().parent.parent
    runs = [subprocess.Popen([sys.executable, "-c", script, text], cwd=root, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}) for seed in range(1, 9)]
    outputs = {json.dumps(json.loads(run.communicate()[0])) for run in runs}
    assert len(outputs) == 1


def test_a_signed_point_change_of_a_companys_part_takes_its_direction_from_the_sign(real_week_2025_11_30):
    """2025-11-30: xAI's three models hold 65.5% of the top nine, 12.1 points more than last week."""
    text = "厂商：xAI三款合计2.76T，占前九65.5%（{}个百分点）。"
    assert real_week_2025_11_30.checker.check(text.format("+12.1")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("-12.1")).problems] == ["-12.1个百分点"]


def test_a_top_n_written_in_words_before_digits_is_a_top_n(real_week_2025_11_30):
    """占前九65.5%: 前九 is read as the top nine, not left as an unreadable 九."""
    result = real_week_2025_11_30.checker.check("厂商：xAI三款合计2.76T，占前九65.5%。")
    assert result.problems == [] and "前九" in [v.quote for v in result.verified]


def test_moves_among_the_rows_listed_both_weeks_are_counted_by_place(real_week_2026_02_01):
    """2026-02-01: of the seven rows listed both weeks, four moved up, one down and two kept their place."""
    text = "两进两出；存量七款{}。"
    assert real_week_2026_02_01.checker.check(text.format("4升1降2平")).problems == []
    assert [p.quote for p in real_week_2026_02_01.checker.check(text.format("3升2降2平")).problems] == ["3升2降2平"]
    assert [p.quote for p in real_week_2026_02_01.checker.check("两进两出；存量八款4升1降2平。").problems] == ["八款"]


def test_places_bracketed_after_a_list_of_names_bind_in_order(sample_week):
    """The sample week's programming board: the three that left were 5th, 7th and 9th last week."""
    text = "编程跌出：MiMo V2 Flash (free)、Devstral 2 2512 (free)、DeepSeek V3.2（上周第{}）。"
    assert sample_week.checker.check(text.format("5、7、9")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("5、9、7")).problems] == ["9", "7"]


def test_a_signed_number_bracketed_after_a_speed_is_its_change(sample_week):
    """The sample week: Qwen3 32B on Cerebras went 588 → 736 tok/s (+148)."""
    text = "模型吞吐量方面，Qwen3 32B（Cerebras）736 tok/s（{}）。"
    assert sample_week.checker.check(text.format("+148")).problems == []
    problems = sample_week.checker.check(text.format("+48")).problems
    assert [p.quote for p in problems] == ["+48"] and "tok/s" in problems[0].message


def test_chao_before_a_name_makes_the_figure_after_it_a_gap(sample_week):
    """The sample week's AA Text to Image: FLUX.2 [dev] Turbo (1168) is 3 points above ImagineArt 1.5 Preview (1165)."""
    text = "AA Text to Image：FLUX.2 [dev] Turbo（1168）超ImagineArt 1.5 Preview（1165）{}分，第11→第10。"
    assert sample_week.checker.check(text.format("3")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("5")).problems] == ["5分"]


def test_a_number_set_apart_after_a_known_name_is_a_figure(sample_week):
    """A bare number after a capitalised word reads as part of a name (Llama 5); after a name known in
    full it is a figure, so a wrong one cannot hide as a name. Llama 4 Maverick on SambaNova runs at 655 tok/s."""
    table = "| 榜单 | 第4 |\n|---|---|\n| 模型速度 | Llama 4 Maverick {} |"
    assert sample_week.checker.check(table.format("655")).problems == []
    result = sample_week.checker.check(table.format("855"))
    assert [p.quote for p in result.problems] == ["855"] and "855" not in [e.quote for e in result.exempt]


def test_a_board_named_in_a_table_row_is_no_metric_word(sample_week):
    """The sample week's programming board publishes shares: | 编程调用量 | X 16.4% | is X's share there."""
    table = "| 榜单 | 第1 |\n|---|---|\n| 编程调用量 | Grok Code Fast 1 {} |"
    assert sample_week.checker.check(table.format("16.4%")).problems == []
    assert [p.quote for p in sample_week.checker.check(table.format("26.4%")).problems] == ["26.4%"]


def test_a_first_place_after_shang_zhou_gang_or_cong_is_last_weeks(real_week):
    """2026-01-25: Claude Opus 4.5 was first last week and is 7th now; MiMo V2 Flash (free) was 3rd."""
    assert real_week.checker.check("上周刚登顶的Claude Opus 4.5，排名从榜首一口气滑到第7。").problems == []
    problems = real_week.checker.check("上周刚登顶的MiMo V2 Flash (free)本周排名第2。").problems
    assert [p.quote for p in problems] == ["登顶"]


def test_li_and_ju_before_the_first_place_make_it_the_object_of_a_gap(real_week):
    """2026-01-25: MiMo V2 Flash (free) (575B) stands 138B behind the first (713B)."""
    for text in ("MiMo V2 Flash (free)本周录得575B，但离榜首还差约{}。", "MiMo V2 Flash (free)本周录得575B，距榜首约{}。"):
        assert real_week.checker.check(text.format("138B")).problems == []
        assert [p.quote for p in real_week.checker.check(text.format("238B")).problems] == ["238B"]


def test_places_contested_are_places_not_the_first_names_rank(real_week):
    """2026-01-25: Grok Code Fast 1 is 3rd (540B) and Gemini 3 Flash Preview 4th (537B)."""
    text = "第三、第四名之争：Grok Code Fast 1以540B排第三，Gemini 3 Flash Preview以537B排第四。"
    assert real_week.checker.check(text).problems == []


def test_a_sentence_opening_on_ta_is_about_the_name_above_not_a_later_object(real_week_2026_02_23):
    """2026-02-23: MiniMax M2.5 (2.57T, +79%) leads Kimi K2.5 (1.04T) about 2.5 times over."""
    text = "MiniMax M2.5继续领跑。\n\n它本周调用量达{}，环比大涨79%，约为第二名Kimi K2.5的2.5倍。"
    assert real_week_2026_02_23.checker.check(text.format("2.57T")).problems == []
    assert "1.04T" in [p.quote for p in real_week_2026_02_23.checker.check(text.format("1.04T")).problems]


def test_ci_in_zhi_ci_is_no_pronoun(real_week_2026_02_23):
    """至此 and 此前 do not stand for the name above: the name after them is the subject."""
    text = "MiniMax M2.5继续领跑。\n\n此前排第二的Kimi K2.5本周调用量为1.04T。"
    assert real_week_2026_02_23.checker.check(text).problems == []


def test_no_longer_holding_a_seat_is_none_in_the_top_n(sample_week_2026_01_17):
    """2026-01-17: OpenAI's two models left the programming top ten."""
    assert sample_week_2026_01_17.checker.check("OpenAI由此在本周编程榜前十中不再占有席位。").problems == []
    assert sample_week_2026_01_17.checker.check("Google由此在本周编程榜前十中不再占有席位。").problems


def test_a_rows_share_on_a_board_without_shares_is_its_part_of_the_listed_total(real_week_2026_02_23):
    """2026-02-23: MiniMax M2.5 holds 29.4% of the top ten, up from 19.2%."""
    text = "MiniMax M2.5在前十中的份额从上周的19.2%升到{}，提升约10.2个百分点。"
    assert real_week_2026_02_23.checker.check(text.format("29.4%")).problems == []
    assert [p.quote for p in real_week_2026_02_23.checker.check(text.format("39.4%")).problems] == ["39.4%"]


def test_a_december_date_in_a_january_report_is_last_years(real_week_2026_01_04):
    """2026-01-04: 12月7日 is the week of 2025-12-07 (879B), not a day of December 2026; 409B now is less than half."""
    result = real_week_2026_01_04.checker.check("Grok Code Fast 1较12月7日的879B少了一半以上。")
    assert result.problems == [] and "12月7日" in [v.quote for v in result.verified]


def test_a_bracket_after_a_run_gives_each_weeks_growth(real_week_2026_03_16):
    """2026-03-16: DeepSeek V3.2 grew 7%, 4% and 25% in the last three weeks."""
    assert real_week_2026_03_16.checker.check("DeepSeek V3.2连续第三周增长（7%、4%、25%）。").problems == []
    problems = real_week_2026_03_16.checker.check("DeepSeek V3.2连续第三周增长（7%、14%、25%）。").problems
    assert [p.quote for p in problems] == ["14%"]


def test_n_zhou_ba_bang_is_a_run_at_the_top(real_week_2026_01_11):
    """2026-01-11: Grok Code Fast 1's five weeks at the top ended this week."""
    assert real_week_2026_01_11.checker.check("Claude Sonnet 4.5终结了Grok Code Fast 1的五周霸榜。").problems == []
    assert real_week_2026_01_11.checker.check("Claude Sonnet 4.5终结了Grok Code Fast 1的八周霸榜。").problems


def test_weeks_before_now_are_a_span_the_data_must_hold(real_week_2026_01_11):
    """此前八周 and 九周全部在榜 name stretches of weeks: checked against the weeks the data holds (nine here)."""
    result = real_week_2026_01_11.checker.check("此前八周它一直在第二至第四名之间徘徊。九周全部在榜的只有三款模型。")
    assert {"八周", "九周"} <= {v.quote for v in result.verified}
    assert "三十周" in [p.quote for p in real_week_2026_01_11.checker.check("此前三十周它一直在前五。").problems]


def test_a_run_said_to_be_before_this_week_is_counted_to_last_week(real_week_2026_01_11):
    """2026-01-11: Grok Code Fast 1 was first five weeks running until this week."""
    for text in ("Grok Code Fast 1连续{}周的榜首位置，这周被Claude Sonnet 4.5拿走。", "说说Grok Code Fast 1。这位连续{}周第一的纪录，这周断了。"):
        assert real_week_2026_01_11.checker.check(text.format("五")).problems == [], text
        assert real_week_2026_01_11.checker.check(text.format("三")).problems, text


def test_a_run_that_goes_on_is_not_ended_by_a_place_given_up_later(real_week_2025_11_30):
    """2025-11-30: Grok Code Fast 1's tokens fell two weeks running, this week included, and it lost first place."""
    assert real_week_2025_11_30.checker.check("Grok Code Fast 1调用量已连续2周下降，让出了第1的位置。").problems == []


def test_a_provider_named_before_a_model_qualifies_its_row(sample_week):
    """The sample week: gpt-oss-120b runs at 936 tok/s on Groq (2nd) and 382 tok/s on SambaNova (8th)."""
    assert sample_week.checker.check("模型吞吐量方面，Cerebras上的Qwen3 32B以736 tok/s排名第3。").problems == []
    assert sample_week.checker.check("模型吞吐量方面，SambaNova上的gpt-oss-120b以382 tok/s排名第8。").problems == []
    assert [p.quote for p in sample_week.checker.check("模型吞吐量方面，SambaNova上的gpt-oss-120b以936 tok/s排名第8。").problems] == ["936 tok/s"]


def test_the_gap_of_the_two_figures_just_written_is_arithmetic(sample_week):
    """The sample week: gpt-oss-120b runs at 936 tok/s on Groq and 382 tok/s on SambaNova, 554 apart."""
    text = "模型吞吐量方面，Groq上的gpt-oss-120b为936 tok/s，同一模型的SambaNova版本为382 tok/s，两者相差{} tok/s。"
    assert sample_week.checker.check(text.format("554")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("454")).problems] == ["454 tok/s"]


def test_over_a_bound_means_over_it_not_within_its_rounding(real_week_2026_03_30):
    """2026-03-30: MiMo V2 Pro has 3.96T, which 近4万亿 describes and 逾4万亿 does not (四万亿 rounds to take it in)."""
    assert real_week_2026_03_30.checker.check("MiMo V2 Pro调用量近4万亿。").problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check("MiMo V2 Pro调用量逾4万亿。").problems] == ["4万亿"]


def test_the_verb_before_a_boards_name_says_how_a_row_entered(real_week_2026_03_30):
    """2026-03-30: MiniMax M2.7 is new to the list; 重回 before 整体调用量前十 says it returned, which it did not."""
    assert real_week_2026_03_30.checker.check("MiniMax M2.7首次进入整体调用量前十。").problems == []
    assert real_week_2026_03_30.checker.check("MiniMax M2.7重回整体调用量前十。").problems


def test_a_place_said_to_have_kept_or_changed_its_holder_is_checked(real_week_2026_03_16):
    """2026-03-16: MiniMax M2.5 stays first; Step 3.5 Flash (free) took second from Gemini 3 Flash Preview."""
    assert real_week_2026_03_16.checker.check("榜首没换人，但第二把交椅换了主人。").problems == []
    problems = real_week_2026_03_16.checker.check("榜首换了人，但第二把交椅没换人。").problems
    assert [p.quote for p in problems] == ["榜首", "第二"]


def test_a_place_the_board_does_not_list_has_no_holder_to_change(real_week_2026_03_16):
    """2026-03-16: the board lists ten rows, so nothing at 第十五名 changed hands."""
    problems = real_week_2026_03_16.checker.check("整体调用量榜第十五名易主。").problems
    assert [p.quote for p in problems] == ["第十五名"]


def test_a_place_word_alone_in_bold_is_a_heading(real_week_2026_03_16):
    assert real_week_2026_03_16.checker.check("**榜首**\n\nMiniMax M2.5本周继续领跑。").problems == []


def test_a_top_n_before_a_gap_or_a_count_is_a_group(sample_week):
    """The sample week's GPQA: the first two are 0.4 points apart."""
    assert sample_week.checker.check("GPQA前两名只差0.4个百分点。").problems == []
    assert sample_week.checker.check("编程榜前六名次序与上周一致。").problems


def test_rows_served_by_providers_are_counted_on_the_board_that_lists_them(sample_week):
    """The sample week's throughput board lists ten provider rows: 十个组合 counts them, wherever the line is."""
    assert sample_week.checker.check("gpt-oss-120b在十个组合中请求量最高。").problems == []
    assert "九个" in [p.quote for p in sample_week.checker.check("gpt-oss-120b在九个组合中请求量最高。").problems]


def test_rows_listed_both_weeks_may_be_called_lianxu_zai_bang(real_week_2025_11_23):
    """2025-11-23: seven of the nine rows were listed last week too."""
    assert real_week_2025_11_23.checker.check("七个连续在榜的模型中仅Gemini 2.0 Flash一款上涨。").problems == []
    assert "六个" in [p.quote for p in real_week_2025_11_23.checker.check("六个连续在榜的模型中仅Gemini 2.0 Flash一款上涨。").problems]


def test_firsts_won_on_several_boards_are_counted(sample_week):
    """The sample week: GPT-5.2 (high) is first on GPQA, FrontierMath and LiveCodeBench, second on HLE."""
    text = "GPT-5.2 (high)在GPQA、HLE、FrontierMath、LiveCodeBench四个榜里拿了{}第一。"
    assert sample_week.checker.check(text.format("三个")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("四个")).problems] == ["四个"]


def test_a_count_restating_the_one_before_it_is_that_group(real_week_2026_01_11):
    """2026-01-11: Google has three models on the list, together just over 1T."""
    text = "Google这周照样三个模型在榜，{}加起来刚过一万亿。"
    assert real_week_2026_01_11.checker.check(text.format("三个")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("四个")).problems] == ["四个"]


def test_a_debut_dated_in_the_sentence_is_that_weeks(real_week_2026_03_16):
    """2026-03-16: MiniMax M2.5 was first listed in the week of 2026-02-16."""
    assert real_week_2026_03_16.checker.check("MiniMax M2.5自2月16日首次上榜以来一直在前三。").problems == []
    assert "首次上榜" in [p.quote for p in real_week_2026_03_16.checker.check("MiniMax M2.5自2月23日首次上榜以来一直在前三。").problems]


def test_a_count_before_a_colon_counts_the_names_after_it(real_week_2025_11_23):
    """2025-11-23: one newcomer besides Grok 4.1 Fast, Sherlock Think Alpha; two left, Polaris Alpha and Gemini 2.5 Flash Lite."""
    assert real_week_2025_11_23.checker.check("新人还有一位：Sherlock Think Alpha 以 163B 进入前九，排第8，和第7名 Grok 4 Fast 只差1B。").problems == []
    assert real_week_2025_11_23.checker.check("真正掉出去的是两位：上周第八的Polaris Alpha，和上周第九的Gemini 2.5 Flash Lite。").problems == []
    assert "三位" in [p.quote for p in real_week_2025_11_23.checker.check("真正掉出去的是三位：上周第八的Polaris Alpha，和上周第九的Gemini 2.5 Flash Lite。").problems]


def test_being_pushed_down_a_place_is_a_move_down(real_week_2025_11_23):
    """2025-11-23: Grok 4.1 Fast came in third and Gemini 2.5 Flash went from 3rd to 4th."""
    assert real_week_2025_11_23.checker.check("Grok 4.1 Fast比第4名Gemini 2.5 Flash多22.4B，把后者挤下一位。").problems == []
    assert real_week_2025_11_23.checker.check("Grok 4.1 Fast比第4名Gemini 2.5 Flash多22.4B，把后者挤下两位。").problems


def test_bu_guo_and_cha_bu_duo_are_not_over_and_more(real_week_2026_01_11):
    """不过 is no line crossed, and 跌了差不多一半 is a fall, not half as much again (Claude Sonnet 4.5 rose ×1.51)."""
    assert [p.quote for p in real_week_2026_01_11.checker.check("Claude Sonnet 4.5调用量跌了差不多一半。").problems] == ["一半"]


def test_words_that_only_look_like_pronouns_or_run_endings_are_not(real_week_2026_03_16):
    """2026-03-16: MiniMax M2.5 first five weeks running; Step 3.5 Flash (free) grew 79%; Kimi K2.5 has 560B, 6th last week."""
    check = real_week_2026_03_16.checker.check
    assert check("MiniMax M2.5仍居第一。尤其值得注意的是，79%的增幅来自Step 3.5 Flash (free)。").problems == []
    assert check("MiniMax M2.5延续之前的势头连续5周位居榜首。").problems == []
    assert check("MiniMax M2.5连续5周位居榜首，本周被Step 3.5 Flash (free)大幅追近。").problems == []
    assert check("上周还排第六的Kimi K2.5，调用量只剩560B。").problems == []


def test_a_part_of_a_fall_is_not_taken_of_a_net_rise(real_week_2026_03_16):
    """2026-03-16: the top ten rose in all; Kimi K2.5's 184B fall is 46% of what the falling rows lost, not 22% of the rise."""
    assert real_week_2026_03_16.checker.check("Kimi K2.5减少184B，占降幅约46%。").problems == []
    assert real_week_2026_03_16.checker.check("Kimi K2.5减少184B，占降幅约22%。").problems


def test_a_version_compared_with_does_not_qualify_the_subjects_figures(sample_week):
    """The sample week: gpt-oss-120b runs at 936 tok/s on Groq, 382 on SambaNova."""
    text = "gpt-oss-120b（Groq）比SambaNova版快得多，速度达{} tok/s。"
    assert sample_week.checker.check(text.format("936")).problems == []
    assert sample_week.checker.check(text.format("382")).problems


def test_the_growths_bracketed_after_a_run_that_ended_are_the_weeks_before(real_week_2026_03_02):
    """2026-03-02: Claude Opus 4.6 grew 284% and 23% in the two weeks before this one, and fell 1% now."""
    assert real_week_2026_03_02.checker.check("Claude Opus 4.6在连续两周增长（284%、23%）之后，本周小幅下滑1%。").problems == []


def test_first_time_and_named_newcomers_are_not_counts_of_boards_or_of_all_newcomers(real_week_2026_03_30):
    """2026-03-30: MiniMax M2.7 is new to the list."""
    assert real_week_2026_03_30.checker.check("MiniMax M2.7是一款第一次上榜的模型。").problems == []


def test_a_line_naming_no_one_may_go_on_about_the_name_the_line_above_ends_on(real_week_2025_11_30):
    """2025-11-30: Grok Code Fast 1 fell from first to second, 979B, down 22%."""
    text = "Grok Code Fast 1退居第二。\n\n本周调用量为{}，比上周下降22%。"
    assert real_week_2025_11_30.checker.check(text.format("979B")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("1.2T")).problems] == ["1.2T"]


def test_a_line_about_a_group_is_not_about_the_name_above(real_week_2025_11_30):
    """2025-11-30: 979B is Grok Code Fast 1's, not the top nine's total."""
    text = "Grok Code Fast 1退居第二。\n\n前九合计调用量为979B。"
    assert [p.quote for p in real_week_2025_11_30.checker.check(text).problems] == ["979B"]


def test_a_multiple_of_a_base_whose_share_is_bracketed_compares_shares(sample_week):
    """2026-01-31, authors: Google 1406B (24.0%) is 2.1 times OpenAI (660B, 11.3%)."""
    text = "Google调用量1406B，约为第三名OpenAI（11.3%）的{}。"
    assert sample_week.checker.check(text.format("2.1倍")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("3.1倍")).problems] == ["3.1倍"]


def test_a_word_of_change_after_another_metric_is_that_metrics_change(sample_week):
    """2026-01-31, throughput: Qwen3 32B on Cerebras went 11.8M → 31.7M requests (+169%, ×2.7)."""
    text = "Qwen3 32B（Cerebras）请求量由11.8M增至31.7M，增幅169%，约为上周的{}。"
    assert sample_week.checker.check(text.format("2.7倍")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("3.7倍")).problems] == ["3.7倍"]


def test_a_charts_caption_label_is_structure_and_heads_its_board(real_week_2025_11_30):
    """2025-11-30: the source lists nine rows; 图1 is the chart's label, not a figure."""
    text = "图1：OpenRouter模型调用量前九（单位：tokens）\nGrok 4.1 Fast (free)以1.58T登顶。"
    result = real_week_2025_11_30.checker.check(text)
    assert result.problems == [] and "前九" in [v.quote for v in result.verified]


def test_the_median_of_the_listed_rows_is_checked(real_week_2025_11_30):
    """2025-11-30: nine rows, 4.22T in all, mean 468.6B, median (the fifth, Grok 4.1 Fast) 203.1B."""
    text = "九款合计4.22T，均值468.6B，中位数{}。"
    assert real_week_2025_11_30.checker.check(text.format("203.1B")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("253.1B")).problems] == ["253.1B"]


def test_a_count_of_rows_added_up_with_no_name_is_the_rows_listed(real_week_2025_11_30):
    """2025-11-30: the source lists nine rows."""
    assert real_week_2025_11_30.checker.check("九款合计4.22T。").problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check("八款合计4.22T。").problems] == ["八款"]


def test_over_a_part_of_a_total_means_over(real_week_2026_03_30):
    """2026-03-30: MiMo V2 Pro's 3.96T is 29.4% of the top ten's 13.46T: near three tenths, not over."""
    text = "MiMo V2 Pro以3.96T登顶，单款即占前十合计13.46T的{}三成。"
    assert real_week_2026_03_30.checker.check(text.format("近")).problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check(text.format("逾")).problems] == ["三成"]


def test_more_after_a_figure_that_starts_a_gap_is_no_bound(real_week_2026_01_11):
    """2026-01-11: the top nine had 2.647T last week (2.65万亿 to three figures) and 3.27T now."""
    assert real_week_2026_01_11.checker.check("前九合计约3.27万亿，比上周的2.65万亿多了6200多亿。").problems == []


def test_a_bare_number_under_a_caption_of_speeds_is_a_speed(sample_week):
    """2026-01-31: Qwen3 32B on Cerebras went 588 → 736 tok/s (+25%)."""
    text = "图2：OpenRouter吞吐量（tok/s）\nQwen3 32B（Cerebras）提速25%至{}。"
    assert sample_week.checker.check(text.format("736")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("836")).problems] == ["836"]


def test_a_question_answered_on_its_line_lends_the_answer_its_words(real_week_2025_12_07):
    """2025-12-07: Grok Code Fast 1 (878.9B) leads Grok 4.1 Fast (free) (585.2B) by 293.7B."""
    text = "Grok Code Fast 1以878.9B重回第一，Grok 4.1 Fast (free)降至585.2B。两者差距有多大？约{}tokens。"
    assert real_week_2025_12_07.checker.check(text.format("2937亿")).problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check(text.format("3937亿")).problems] == ["3937亿tokens"]


def test_a_countrys_group_is_within_the_top_n_of_its_own_clause(real_week_2026_03_02):
    """2026-03-02: two Chinese models in the top three; four Chinese companies in the top ten with 3.62T, 47.8%."""
    text = "前三中仍有两席属于中国厂商，但算上MiniMax，{}家中国公司合计约3.62万亿tokens，占前十的47.8%。"
    assert real_week_2026_03_02.checker.check(text.format("四")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("五")).problems] == ["五家"]


def test_a_top_n_ending_a_line_is_no_amount_of_the_next_lines_first_letter(real_week_2026_01_04):
    """2026-01-04: DeepSeek V3.2 rose from 5th to 3rd; the next item opens on MiMo (M is no unit of 前三)."""
    text = "- DeepSeek V3.2由第5升至第3，挤进前{}\n- MiMo V2 Flash (free)名次从第2掉到第5"
    result = real_week_2026_01_04.checker.check(text.format("三"))
    assert result.problems == [] and "前三" in [v.quote for v in result.verified]
    assert [p.quote for p in real_week_2026_01_04.checker.check(text.format("二")).problems] == ["前二"]


_PRICE_CUT_EVENT = """
  - id: hand-written-price-cut
    date: 2026-01-29
    org: DeepSeek
    title: 下调Ring-2输入价格
    details:
      - 输入价格下调75%，推理速度提升76%
      - 同时开放3个量化版本，另有5个社区版本
    figures:
      降价幅度: 75%
      推理速度提升: 76%
      量化版本数: 3个
      社区版本数: 5个
    entities: [Ring-2]
"""


@pytest.fixture
def week_with_price_cut(data_copy):
    """The sample week with one hand-written event whose figures relate to each other."""
    from writer.weekly import open_week

    entities = data_copy / "entities.yaml"
    entities.write_text(entities.read_text(encoding="utf-8").replace(
        "  - {id: qwen3-tts,", "  - {id: ring-2, name: Ring-2, kind: product, maker: deepseek}\n  - {id: qwen3-tts,"), encoding="utf-8")
    events = data_copy / "weeks" / "2026-01-31" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + _PRICE_CUT_EVENT, encoding="utf-8")
    return open_week(data_copy, "2026-01-31")


def test_a_bound_on_an_event_figure_is_held_against_it(week_with_price_cut):
    """The event's speed-up is 76%: over seven tenths, not over eight."""
    text = "1月29日，Ring-2输入价格下调75%，推理速度提升76%，提速幅度超过{}。"
    assert week_with_price_cut.checker.check(text.format("七成")).problems == []
    assert [p.quote for p in week_with_price_cut.checker.check(text.format("八成")).problems] == ["八成"]


def test_what_a_price_cut_leaves_is_checked(week_with_price_cut):
    """A 75% cut leaves a quarter of the price."""
    text = "1月29日，Ring-2输入价格下调75%，降价后的价格只相当于原来的{}。"
    assert week_with_price_cut.checker.check(text.format("四分之一")).problems == []
    assert [p.quote for p in week_with_price_cut.checker.check(text.format("三分之一")).problems] == ["三分之一"]


def test_a_sum_of_an_events_counts_is_checked(week_with_price_cut):
    """3 quantised and 5 community versions make 8."""
    text = "1月29日，Ring-2开放3个量化版本，另有5个社区版本，两者合计{}个。"
    assert week_with_price_cut.checker.check(text.format("8")).problems == []
    assert [p.quote for p in week_with_price_cut.checker.check(text.format("9")).problems] == ["9个"]


def test_a_ratio_of_an_events_figures_may_span_its_line(sample_week):
    """Qwen3-TTS: 1.7B and 0.6B, a ratio of 2.8, written in the sentence after the event's name."""
    text = "1月26日，通义千问开源Qwen3-TTS，性能版参数量1.7B；其性能版参数量约为轻量版的{}。"
    assert sample_week.checker.check(text.format("2.8倍")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("3.8倍")).problems] == ["3.8倍"]


def test_a_run_of_being_fastest_is_a_run_at_first_place(sample_week):
    """The sample week: gpt-oss-safeguard-20b on Groq was the fastest in both weeks; gpt-oss-120b was not."""
    assert sample_week.checker.check("gpt-oss-safeguard-20b（Groq）连续两周最快。").problems == []
    assert [p.quote for p in sample_week.checker.check("gpt-oss-120b（Groq）连续两周最快。").problems] == ["连续两周"]


def test_a_signed_change_after_a_run_is_its_direction(sample_week):
    """Gemini 2.5 Flash Lite: 276B → 281B → 286B, two rises after a fall."""
    assert sample_week.checker.check("Gemini 2.5 Flash Lite调用量连续2周+2%。").problems == []
    assert [p.quote for p in sample_week.checker.check("Gemini 2.5 Flash Lite调用量连续2周-2%。").problems] == ["连续2周", "-2%"]


def test_more_than_n_points_is_between_n_and_n_plus_one(sample_week):
    """The sample week, coding board: Grok Code Fast 1's share went 22.8% → 16.4%, 6.4 points down."""
    text = "编程榜上，Grok Code Fast 1份额从22.8%降到16.4%，少了{}个多百分点。"
    assert sample_week.checker.check(text.format("六")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("七")).problems] == ["七个多百分点"]


def test_the_name_a_subject_goes_along_with_is_an_object(sample_week):
    """The sample week, authors: DeepSeek rose to 9.4%; Google fell to 24.0%."""
    assert sample_week.checker.check("DeepSeek跟着Google一起涨，份额升至9.4%。").problems == []


def test_a_place_opening_its_clause_stands_for_the_row_that_holds_it(real_week_2026_03_30):
    """2026-03-30: fifth is Claude Sonnet 4.6 with 1.04T; DeepSeek V3.2 has 1.24T."""
    assert real_week_2026_03_30.checker.check("第5名为1.04T。").problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check("第5名为1.24T。").problems] == ["1.24T"]


def test_a_line_every_row_of_some_places_is_beyond_is_checked(real_week_2026_03_30):
    """2026-03-30: the top four have 1.2T or more; from fifth on, at most 1.04T."""
    assert real_week_2026_03_30.checker.check("前四名都在1.2T以上，第5名起均不超过1.04T。").problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check("前五名都在1.2T以上。").problems] == ["前五名", "1.2T"]


def test_the_others_row_holds_no_place_in_a_top_n(sample_week):
    """The sample week, coding board: ten rows and Others; 前十 is the group, Others added to it."""
    result = sample_week.checker.check("图3：OpenRouter编程调用量（前十+Others）")
    assert result.problems == [] and "前十" in [v.quote for v in result.verified]


def test_firstly_secondly_thirdly_are_the_texts_own_order(real_week_2025_11_23):
    text = "下周关注：一是Grok 4.1 Fast能否继续放量；二是Gemini 2.5 Pro会不会被挤出榜单；三是会不会有新的隐身模型。"
    assert real_week_2025_11_23.checker.check(text).problems == []


def test_a_numbered_observation_is_a_part_of_the_text(real_week_2025_11_23):
    assert real_week_2025_11_23.checker.check("- 观察二：新模型首周冲榜能力很强。").problems == []


def test_a_top_n_as_the_measure_of_a_total_is_the_rows_listed(real_week_2025_11_23):
    """2025-11-23: the source lists nine rows, 3.38T in all."""
    result = real_week_2025_11_23.checker.check("OpenRouter调用量Top 9本周合计约3.38T tokens。")
    assert result.problems == [] and "Top 9" in [v.quote for v in result.verified]
    assert [p.quote for p in real_week_2025_11_23.checker.check("厂商视角（Top 12口径）").problems] == ["Top 12"]


def test_a_chain_of_arrows_after_a_run_gives_each_weeks_value(sample_week):
    """The sample week, coding board: Grok Code Fast 1's share went 27.3% → 25.8% → 22.8% → 16.4%."""
    text = "编程榜上，Grok Code Fast 1仍是No.1，份额已连续三周下滑（27.3% → {} → 22.8% → 16.4%）。"
    assert sample_week.checker.check(text.format("25.8%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("24.8%")).problems] == ["24.8%"]


def test_a_multiple_written_with_x_is_a_figure(real_week_2025_11_23):
    """2025-11-23: Grok Code Fast 1 (1.25T) is 2.5 times Claude Sonnet 4.5 (497B); 2.5x was read as part of a name."""
    text = "Grok Code Fast 1约为Claude Sonnet 4.5的{}。"
    assert real_week_2025_11_23.checker.check(text.format("2.5x")).problems == []
    assert [p.quote for p in real_week_2025_11_23.checker.check(text.format("3.5x")).problems] == ["3.5x"]


def test_two_places_set_against_each_other_with_vs_make_a_ratio(real_week_2025_11_23):
    """2025-11-23: first (1.25T) over second (497B) is about 2.5."""
    text = "Claude Sonnet 4.5守住#2，497B。No.1 vs No.2约{}。"
    assert real_week_2025_11_23.checker.check(text.format("2.5x")).problems == []
    assert [p.quote for p in real_week_2025_11_23.checker.check(text.format("3.5x")).problems] == ["3.5x"]


def test_a_top_n_sum_is_of_the_top_n_whoever_the_sentence_named(sample_week):
    """The sample week, authors: the top three hold 53.4%, the top four 64.0%."""
    text = "Google（24.0%）、Anthropic（18.1%）和OpenAI（11.3%）分列第一至第三，前{}家合计53.4%。"
    assert sample_week.checker.check(text.format("三")).problems == []
    assert "53.4%" in [p.quote for p in sample_week.checker.check(text.format("四")).problems]


def test_an_answer_on_the_line_after_its_question_reads_on_from_it(real_week_2025_12_07):
    """2025-12-07: the top nine hold 3.16T (4.22T last week)."""
    text = "问：前九的总量呢？\n答：约{}，比上周的4.22T少了不少。"
    result = real_week_2025_12_07.checker.check(text.format("3.16T"))
    assert result.problems == [] and "3.16T" in [v.quote for v in result.verified]
    problems = real_week_2025_12_07.checker.check(text.format("3.56T")).problems
    assert [(p.quote, p.line) for p in problems] == [("3.56T", 2)]


def test_a_figure_opening_its_line_is_what_the_words_after_it_say(real_week):
    """2026-01-25: Gemini 2.5 Pro had 389B last week, sixth, and left the top nine this week."""
    text = "**{}** —— Gemini 2.5 Pro上周排第6时的调用量；本周它跌出前九"
    result = real_week.checker.check(text.format("389B"))
    assert result.problems == [] and "389B" in [v.quote for v in result.verified]
    assert "489B" in [p.quote for p in real_week.checker.check(text.format("489B")).problems]


def test_a_list_after_a_label_is_no_card(real_week):
    """2026-01-25: the top three in order; a colon after 前三 does not make 前三 a figure to read after it."""
    assert real_week.checker.check("前三：Claude Sonnet 4.5、MiMo V2 Flash (free)、Grok Code Fast 1").problems == []
    assert real_week.checker.check("前三：Claude Sonnet 4.5、Grok Code Fast 1、MiMo V2 Flash (free)").problems


def test_a_model_named_by_its_number_after_its_brand_is_that_model(sample_week):
    """The sample week, coding board: Gemini 3 Flash Preview 6.4%, Gemini 3 Pro Preview 3.3%."""
    text = "编程榜上，Gemini 3 Flash Preview与3 Pro Preview份额分别为{}和{}。"
    assert sample_week.checker.check(text.format("6.4%", "3.3%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("3.3%", "6.4%")).problems] == ["3.3%", "6.4%"]


def test_the_weeks_a_returning_row_was_away_are_counted(real_week_2025_11_30):
    """2025-11-30: Gemini 2.5 Flash Lite was listed on 11-16, missed 11-23, and is back."""
    text = "Gemini 2.5 Flash Lite缺席{}周后重回前九。"
    assert real_week_2025_11_30.checker.check(text.format("一")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("两")).problems] == ["两周"]


def test_an_amount_after_a_place_and_a_comma_is_no_second_place(real_week):
    """2026-01-25: Claude Sonnet 4.5 is first with 713B; 排在第一，713B is a place and an amount."""
    text = "Claude Sonnet 4.5排在第一，{}，周增16%。"
    assert real_week.checker.check(text.format("713B")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("813B")).problems] == ["813B"]


def test_a_day_after_a_date_takes_its_month(real_week_2025_12_07):
    """2025-12-07: the data holds the weeks ending 11-16, 11-23 and 11-30, but none ending 11-24."""
    text = "Claude Sonnet 4.5在11月16日、{}排第2。"
    assert real_week_2025_12_07.checker.check(text.format("23日")).problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check(text.format("24日")).problems] == ["24日"]


def test_an_answer_to_how_much_it_fell_is_the_size_of_the_fall(real_week_2025_12_07):
    """2025-12-07: Grok 4.1 Fast (free) went 1.58T → 585B, 995B less."""
    text = "问：Grok 4.1 Fast (free)一周少了多少？\n答：{}tokens。"
    assert real_week_2025_12_07.checker.check(text.format("九千九百多亿")).problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check(text.format("七千九百多亿")).problems] == ["七千九百多亿tokens"]


def test_a_gap_between_places_of_no_named_board_is_checked_on_the_boards(sample_week_2026_01_17):
    """2026-01-17, several boards and none named: the usage board's first (699B) leads its second (533B) by 166B."""
    checker = sample_week_2026_01_17.checker
    assert checker.check("榜首领先第2约166B。").problems == []
    assert [p.quote for p in checker.check("榜首领先第2约196B。").problems] == ["196B"]


def test_a_bare_number_before_an_arrow_takes_the_unit_after_it(sample_week):
    """Qwen3 32B on Cerebras: 588 tok/s last week, 736 this week, 31.7M requests."""
    text = "吞吐量榜：gpt-oss-120b（Groq）第2，请求量58.4M全榜最高；Qwen3 32B（Cerebras）{}→736 tok/s。"
    assert sample_week.checker.check(text.format("588")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("598")).problems] == ["598"]


def test_a_bare_number_runs_on_with_the_unit_of_the_figure_before_it(sample_week):
    """Throughput: gpt-oss-120b on Groq 936 tok/s, Qwen3 32B on Cerebras 736."""
    text = "速度上，Groq上的gpt-oss-120b每秒936 tokens，Cerebras上的Qwen3 32B {}紧随其后。"
    assert sample_week.checker.check(text.format("736")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("746")).problems] == ["746"]


def test_a_line_labelled_with_a_boards_name_is_about_that_board(sample_week):
    """Throughput: Llama 4 Maverick on SambaNova runs at 655 tok/s."""
    text = "3. 吞吐量：各家都在提速；SambaNova上的Llama 4 Maverick，{}。"
    assert sample_week.checker.check(text.format("655")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("665")).problems] == ["665"]


def test_a_denied_place_in_the_top_n_is_a_claim_of_being_outside(real_week_2026_03_02):
    """2026-03-02: Claude Sonnet 4.6 was not listed last week (now 5th); GLM 5 was 4th last week."""
    checker = real_week_2026_03_02.checker
    assert checker.check("Claude Sonnet 4.6上周不在前十。").problems == []
    assert [p.quote for p in checker.check("GLM 5上周不在前十。").problems] == ["前十"]


def test_a_score_in_chinese_numerals_of_thousands_is_checked(sample_week):
    """LMArena text: gemini-3-pro leads with 1490."""
    text = "LMArena文本榜上，gemini-3-pro以{}继续排第一。"
    assert sample_week.checker.check(text.format("一千四百九十分")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("一千四百八十分")).problems] == ["一千四百八十分"]


def test_a_speed_in_chinese_numerals_is_a_speed_not_a_count(sample_week):
    """Throughput: gpt-oss-120b on Groq runs at 936 tok/s."""
    text = "Groq上的gpt-oss-120b的速度达到每秒{}个tokens。"
    assert sample_week.checker.check(text.format("九百三十六")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("九百六十三")).problems] == ["九百六十三个tokens"]


def test_a_month_alone_is_checked_against_the_weeks_the_data_holds(real_week_2026_03_16):
    """The real series starts in November 2025."""
    checker = real_week_2026_03_16.checker
    assert checker.check("这是2025年11月中旬有记录以来的最低排名。").problems == []
    assert checker.check("这是去年十一月中有记录以来的最低排名。").problems == []
    assert [p.quote for p in checker.check("这是2025年9月有记录以来的最低排名。").problems] == ["2025年9月"]


def test_zero_in_words_is_a_figure(real_week_2025_12_07):
    """2025-12-07: Claude Sonnet 4.5's growth is 0%, Gemini 2.5 Flash's +6%."""
    checker = real_week_2025_12_07.checker
    assert checker.check("Claude Sonnet 4.5增长率为零。").problems == []
    assert [p.quote for p in checker.check("Gemini 2.5 Flash增长率为零。").problems] == ["零"]


def test_a_score_gap_in_chinese_numerals_after_a_name_is_checked(sample_week):
    """LMArena text: gemini-3-pro 1490, grok-4.1-thinking 1477: 13 points apart."""
    text = "LMArena文本榜上，gemini-3-pro以1490分居首，领先grok-4.1-thinking {}。"
    assert sample_week.checker.check(text.format("十三分")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("十五分")).problems] == ["十五分"]


def test_second_place_in_words_is_a_place(real_week_2026_03_30):
    """2026-03-30: Step 3.5 Flash (free) has been second three weeks running."""
    checker = real_week_2026_03_30.checker
    assert checker.check("Step 3.5 Flash (free)已连续三周位居次席。").problems == []
    assert [p.quote for p in checker.check("Step 3.5 Flash (free)已连续五周位居次席。").problems] == ["连续五周"]


def test_a_free_tier_model_is_named_without_its_tier(real_week_2026_03_16):
    """2026-03-16: Step 3.5 Flash (free) is second, DeepSeek V3.2 third."""
    checker = real_week_2026_03_16.checker
    assert checker.check("Step 3.5 Flash冲上第二。").problems == []
    assert [p.quote for p in checker.check("Step 3.5 Flash冲上第三。").problems] == ["第三"]


def test_a_run_of_shrinking_volume_is_a_run_of_falls(real_week_2026_03_30):
    """MiniMax M2.5's tokens fell three weeks running up to 2026-03-30."""
    checker = real_week_2026_03_30.checker
    assert checker.check("MiniMax M2.5已连续三周缩量。").problems == []
    assert [p.quote for p in checker.check("MiniMax M2.5已连续五周缩量。").problems] == ["连续五周"]


def test_the_rest_of_the_list_once_a_name_is_set_aside_is_counted_and_added_up(real_week_2025_11_30):
    """2025-11-30: nine rows, 4.22T in all; without Grok 4.1 Fast (free) (1.58T) the other eight hold 2.64T."""
    checker = real_week_2025_11_30.checker
    assert checker.check("若剔除Grok 4.1 Fast (free)，其余八款模型加起来也只有2.64万亿。").problems == []
    assert [p.quote for p in checker.check("若剔除Grok 4.1 Fast (free)，其余七款模型加起来也只有2.64万亿。").problems] == ["七款"]
    assert [p.quote for p in checker.check("若剔除Grok 4.1 Fast (free)，其余八款模型加起来也只有2.84万亿。").problems] == ["2.84万亿"]


def test_a_brand_count_that_enters_a_top_n_may_count_the_rows_inside_it(real_week_2025_11_30):
    """2025-11-30: four Gemini models are in the top nine, two of them new to it."""
    checker = real_week_2025_11_30.checker
    assert checker.check("Google共有四款Gemini进入前九。").problems == []
    assert checker.check("Google共有两款Gemini进入前九。").problems == []
    assert [p.quote for p in checker.check("Google共有三款Gemini进入前九。").problems] == ["三款"]


def test_parachuting_to_the_top_is_no_fall(real_week_2026_02_23):
    """2026-02-23: MiniMax M2.5 rose from 1.44T to 2.57T, a week after it reached first place."""
    checker = real_week_2026_02_23.checker
    assert checker.check("上周才空降榜首的MiniMax M2.5调用量达到2.57万亿tokens。").problems == []
    assert [p.quote for p in checker.check("上周才空降榜首的MiniMax M2.5调用量回落至2.57万亿tokens。").problems] == ["2.57万亿tokens"]


def test_the_week_ending_on_a_date_is_the_week_not_an_event(sample_week):
    """Kimi K2.5 was released on 2026-01-27, in the week ending 2026-01-31."""
    text = "1月27日，月之暗面发布并开源Kimi K2.5；截至{}的一周，它已排在编程榜第4。"
    assert sample_week.checker.check(text.format("1月31日")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("1月30日")).problems] == ["1月30日"]


def test_a_share_in_a_sentence_naming_no_one_is_the_last_names(real_week_2026_02_23):
    """2026-02-23: MiniMax M2.5's 2.57T is 29% of the top ten's 8.74T."""
    text = "MiniMax M2.5的曲线还在往上冲。调用量达到2.57万亿tokens，占去前十合计用量的{}。"
    assert real_week_2026_02_23.checker.check(text.format("近三成")).problems == []
    assert [p.quote for p in real_week_2026_02_23.checker.check(text.format("近四成")).problems] == ["四成"]


def test_a_unit_written_once_after_a_list_is_every_figures(sample_week):
    """Throughput: gpt-oss-safeguard-20b 1012, gpt-oss-120b 936, Qwen3 32B 736 tok/s."""
    text = "速度榜前三依次为gpt-oss-safeguard-20b、gpt-oss-120b和Qwen3 32B，速度分别为1012、{}和736 tok/s。"
    assert sample_week.checker.check(text.format("936")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("946")).problems] == ["946"]


def test_a_comma_between_digits_is_no_clause_break(sample_week):
    """Throughput: the first two run at 1012 and 936 tokens a second; 每秒 reaches past 1,012."""
    text = "由Groq托管的gpt-oss-safeguard-20b与gpt-oss-120b分别以每秒1,012和{} tokens位列前两位。"
    assert sample_week.checker.check(text.format("936")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("963")).problems] == ["963 tokens"]


def test_a_run_said_to_have_ended_this_week_is_last_weeks(real_week_2026_02_08):
    """2026-02-08: Claude Sonnet 4.5 fell from first to third after two weeks at the top."""
    text = "Claude Sonnet 4.5从第一退到第三，连续{}周的榜首就此告一段落。"
    assert real_week_2026_02_08.checker.check(text.format("两")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("三")).problems] == ["连续三周"]


def test_findings_numbered_at_the_start_of_paragraphs_are_structure(real_week_2026_03_02):
    """第一，…/第二，… number a brief's findings; a place before a Latin name stays a place."""
    checker = real_week_2026_03_02.checker
    text = "第一，总量显著回落。\n\n第二，榜首连续第三周由MiniMax M2.5占据。"
    result = checker.check(text)
    assert result.problems == [] and [v.quote for v in result.verified] == ["榜首", "连续第三周"]
    assert [p.quote for p in checker.check("第一，GLM 5本周领跑。\n\n第二，Gemini 3 Flash Preview。").problems] == ["第一"]


def test_the_head_of_a_list_is_its_top_n(real_week_2026_03_02):
    """2026-03-02: the top three hold 3.46T, 45.6% of the top ten's 7.59T."""
    text = "本周前十名合计约7.59万亿tokens。头部三家合计{}，占前十合计的45.6%。"
    assert real_week_2026_03_02.checker.check(text.format("3.46万亿")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("3.64万亿")).problems] == ["3.64万亿"]


def test_places_given_up_are_a_fall_in_places(real_week):
    """2026-01-25: Claude Opus 4.5 fell from first to seventh."""
    text = "Claude Opus 4.5名次从第1退到第7，一口气让出{}个位置。"
    assert real_week.checker.check(text.format("六")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("五")).problems] == ["五个位置"]


def test_m_in_every_n_tokens_is_a_share(real_week_2026_03_30):
    """2026-03-30: MiMo V2 Pro holds 29.4% of the top ten's tokens."""
    text = "每10个token里就有{}来自MiMo V2 Pro。"
    assert real_week_2026_03_30.checker.check(text.format("近3个")).problems == []
    assert real_week_2026_03_30.checker.check(text.format("2个多")).problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check(text.format("4个")).problems] == ["10个", "4个"]


def test_a_count_after_the_word_of_its_rows_move_is_checked(real_week_2026_03_02):
    """2026-03-02: of the nine rows listed both weeks, three rose and six fell."""
    text = "在九款连续在榜的模型中，上涨{}、下跌六款。"
    assert real_week_2026_03_02.checker.check(text.format("三款")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("四款")).problems] == ["四款"]


def test_a_sentence_framed_in_last_week_is_about_last_week(real_week):
    """2026-01-25: Claude Opus 4.5 led last week with 623B; this week it has 364B, behind Claude Sonnet 4.5."""
    text = "上周我们写过，Claude Opus 4.5以{}登顶，领先Claude Sonnet 4.5。"
    assert real_week.checker.check(text.format("623B")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("364B")).problems] == ["364B"]


def test_the_base_of_a_ratio_is_an_object_not_the_next_clauses_subject(sample_week_2026_01_17):
    """2026-01-17, company shares: Google 26.6% → 26.0%, Anthropic 17.4% → 17.6%."""
    text = "市占率榜上，Google以1420B tokens保持第一，约为第二名Anthropic（960B）的1.5倍，但份额由26.6%降至{}。"
    assert sample_week_2026_01_17.checker.check(text.format("26.0%")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("25.0%")).problems] == ["25.0%"]


def test_a_makers_share_after_its_model_is_the_makers(sample_week_2026_01_17):
    """2026-01-17: Anthropic's company share went 17.4% → 17.6%."""
    text = "Claude Opus 4.5连续两周保持增长，厂商份额也由17.4%升至{}。"
    assert sample_week_2026_01_17.checker.check(text.format("17.6%")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("18.6%")).problems] == ["18.6%"]


def test_the_sign_of_a_companys_change_is_its_direction(real_week_2025_12_28):
    """2025-12-28: xAI's two listed models went 517.8B → 685.1B, +32.3%."""
    text = "xAI两款合计6851亿，环比{}。"
    assert real_week_2025_12_28.checker.check(text.format("+32.3%")).problems == []
    assert [p.quote for p in real_week_2025_12_28.checker.check(text.format("-32.3%")).problems] == ["-32.3%"]


def test_a_part_of_what_an_earlier_time_had_is_checked_against_it(real_week_2026_02_01):
    """Grok Code Fast 1: 1.45T on 2025-11-16, 422B on 2026-02-01: 29% of it."""
    text = "回看11月16日，Grok Code Fast 1曾以1.45T独占鳌头，如今的用量已不到当时的{}。"
    assert real_week_2026_02_01.checker.check(text.format("三成")).problems == []
    assert [p.quote for p in real_week_2026_02_01.checker.check(text.format("两成")).problems] == ["两成"]


def test_a_companys_count_that_is_not_all_its_rows_is_no_company_total(real_week_2025_11_30):
    """2025-11-30: Google has four models in the top nine, 852B together."""
    checker = real_week_2025_11_30.checker
    assert checker.check("Google四款模型合计852B。").problems == []
    assert "852B" in [p.quote for p in checker.check("Google三款模型合计852B。").problems]


def test_first_place_said_as_shouwei_is_checked(sample_week_2026_01_17):
    """2026-01-17, programming: Grok Code Fast 1 is still first."""
    checker = sample_week_2026_01_17.checker
    assert checker.check("编程榜上，Grok Code Fast 1稳坐首位。").problems == []
    assert [p.quote for p in checker.check("编程榜上，Grok Code Fast 1让出首位。").problems] == ["首位"]


def test_an_arena_named_in_chinese_after_its_source_is_that_board(sample_week):
    """gpt-image-1 fell from 10th to 11th on LMArena text-to-image, and is listed on other image boards."""
    assert sample_week.checker.check("LMArena文生图榜上，gpt-image-1被挤出前十。").problems == []
    assert [p.quote for p in sample_week.checker.check("LMArena文生图榜上，gpt-image-1仍守在前十。").problems] == ["前十"]


def test_over_a_multiple_is_within_the_next_one(sample_week):
    """Usage: Claude Sonnet 4.5 705B is 2.5 times MiMo V2 Flash (free)'s 280B: two times and more, not one and more."""
    text = "Claude Sonnet 4.5的调用量是MiMo V2 Flash (free)的{}多。"
    assert sample_week.checker.check(text.format("两倍")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("一倍")).problems] == ["一倍"]


def test_a_named_rows_share_is_not_the_boards_total_share(sample_week):
    """Programming: Claude Sonnet 4.5 (15.7%) and Claude Opus 4.5 (12.2%) hold 27.9%; the listed rows hold 82.4%."""
    text = "编程榜上，Claude Sonnet 4.5与Claude Opus 4.5两款合计占比约{}。"
    assert sample_week.checker.check(text.format("28%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("八成")).problems] == ["八成"]


def test_a_full_width_bar_separates_clauses(sample_week):
    """Throughput: Qwen3 32B on Cerebras rose to third, at 736 tok/s this week (588 last week)."""
    text = "【速度】Qwen3 32B（Cerebras）升第3｜{} tok/s"
    assert sample_week.checker.check(text.format("736")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("148")).problems] == ["148 tok/s"]


def test_a_place_then_an_amount_after_a_comma_is_no_list_of_places(real_week_2026_02_01):
    """2026-02-01: MiMo V2 Flash (free) was second last week with 575B and left the top nine."""
    text = "MiMo V2 Flash (free)跌出前九｜上周第2、{}"
    assert real_week_2026_02_01.checker.check(text.format("575B")).problems == []
    assert [p.quote for p in real_week_2026_02_01.checker.check(text.format("557B")).problems] == ["557B"]


def test_a_hashtags_closing_mark_is_no_place(sample_week):
    """#大模型周榜# 1月最后一周: the hashtag's closing # before a month is no #1."""
    result = sample_week.checker.check("#大模型周榜# 1月最后一周（截至1月31日）")
    assert result.problems == [] and "# 1" not in [v.quote for v in result.verified]


def test_a_top_n_said_to_be_the_same_as_last_weeks_is_checked(real_week_2026_02_23):
    """2026-02-23: the top three kept their order; in the top five GLM 5 and DeepSeek V3.2 swapped."""
    text = "前十名单跟上周一模一样，{}的顺序也没变。"
    assert real_week_2026_02_23.checker.check(text.format("前三")).problems == []
    assert [p.quote for p in real_week_2026_02_23.checker.check(text.format("前五")).problems] == ["前五"]


def test_a_leads_multiple_of_the_next_place_is_a_ratio_each_week(real_week_2026_03_02):
    """2026-03-02: MiniMax M2.5 was 2.5 times the second place last week, 1.6 times (1.63T / 1.03T) this week."""
    text = "MiniMax M2.5对第二名的领先从上周的约2.5倍缩小到约{}。"
    assert real_week_2026_03_02.checker.check(text.format("1.6倍")).problems == []
    assert [p.quote for p in real_week_2026_03_02.checker.check(text.format("1.2倍")).problems] == ["1.2倍"]


def test_a_company_with_no_model_left_in_a_top_n_is_checked(sample_week_2026_01_17):
    """2026-01-17, programming: OpenAI's two models left the top ten; Anthropic still has two in it."""
    checker = sample_week_2026_01_17.checker
    assert checker.check("编程榜上，OpenAI在前十中已无模型。").problems == []
    assert [p.quote for p in checker.check("编程榜上，Anthropic在前十中已无模型。").problems] == ["前十"]


def test_a_count_said_to_be_incumbents_counts_the_rows_of_both_weeks(real_week):
    """2026-01-25: eight of the nine listed rows were listed last week too."""
    assert real_week.checker.check("本周前九中八款模型为存量模型。").problems == []
    assert [p.quote for p in real_week.checker.check("本周前九中七款模型为存量模型。").problems] == ["七款"]


def test_a_gap_said_as_only_about_so_much_is_a_gap(real_week_2025_11_23):
    """2025-11-23: Grok 4 Fast (164B) is 1B ahead of Sherlock Think Alpha (163B)."""
    text = "Sherlock Think Alpha以163B排第8，和第7名Grok 4 Fast只差约{}tokens。"
    assert real_week_2025_11_23.checker.check(text.format("十亿")).problems == []
    assert [p.quote for p in real_week_2025_11_23.checker.check(text.format("五十亿")).problems] == ["五十亿tokens"]


def test_a_top_n_said_of_joined_names_holds_for_each(real_week_2025_12_28):
    """2025-12-28: gpt-oss-120b and Gemini 2.0 Flash left the top nine; Gemini 2.5 Flash Lite stayed."""
    checker = real_week_2025_12_28.checker
    assert checker.check("gpt-oss-120b与Gemini 2.0 Flash跌出前九。").problems == []
    assert [p.quote for p in checker.check("gpt-oss-120b与Gemini 2.5 Flash Lite跌出前九。").problems] == ["前九"]


def test_new_to_a_top_n_is_since_last_week_not_a_debut(real_week_2026_02_01):
    """2026-02-01: gpt-oss-120b is back in the top nine, which it left after 2025-12-21."""
    checker = real_week_2026_02_01.checker
    assert checker.check("gpt-oss-120b新进前九。").problems == []
    assert [p.quote for p in checker.check("gpt-oss-120b首次进入前九。").problems] == ["前九"]


def test_the_only_row_that_moved_one_way_is_checked(real_week_2026_01_11):
    """2026-01-11: DeepSeek V3.2 is the only row of the nine that fell."""
    checker = real_week_2026_01_11.checker
    assert checker.check("唯一下滑的是DeepSeek V3.2。").problems == []
    assert checker.check("DeepSeek V3.2是唯一负增长的模型。").problems == []
    assert [p.quote for p in checker.check("唯一下滑的是Gemini 2.5 Flash。").problems] == ["唯一下滑"]


def test_an_unchanged_line_up_of_the_top_n_is_its_membership(real_week_2026_01_11, real_week_2026_03_02):
    """2026-01-11: the same nine rows as last week, every one in another place; 2026-03-02: Claude Sonnet 4.6 came in."""
    assert real_week_2026_01_11.checker.check("模型调用量前九阵容不变。").problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check("模型调用量前九原封未动。").problems] == ["前九"]
    assert [p.quote for p in real_week_2026_03_02.checker.check("模型调用量前十阵容不变。").problems] == ["前十"]


def test_a_new_face_in_the_top_n_is_a_row_that_came_in(real_week_2026_01_11, real_week_2026_03_02):
    """2026-03-02: Claude Sonnet 4.6 came into the top ten; 2026-01-11: no row came into the top nine."""
    assert real_week_2026_03_02.checker.check("Claude Sonnet 4.6升至第5，前十阵容迎来新面孔。").problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check("Claude Sonnet 4.5位居第一，前九阵容迎来新面孔。").problems] == ["前九"]


def _with_throughput_moves(data_copy: Path):
    """The sample week with last week's speeds changed: gpt-oss-120b on SambaNova was faster (390, now
    382) while on Groq it sped up (921 → 936), and Grok 4.1 Fast stood still (182 both weeks)."""
    from writer.weekly import open_week

    last = data_copy / "weeks" / "2026-01-24" / "openrouter-throughput.csv"
    text = last.read_text(encoding="utf-8")
    text = text.replace("8,gpt-oss-120b,SambaNova,379,", "8,gpt-oss-120b,SambaNova,390,").replace("10,Grok 4.1 Fast,xAI,180,", "10,Grok 4.1 Fast,xAI,182,")
    last.write_text(text, encoding="utf-8")
    return open_week(data_copy, "2026-01-31")


def test_rows_of_one_model_on_two_providers_move_each_on_its_own(data_copy):
    week = _with_throughput_moves(data_copy)
    assert week.checker.check("模型吞吐量榜上，十个组合中有7个提速、2个降速。").problems == []
    assert [p.quote for p in week.checker.check("模型吞吐量榜上，十个组合中有8个提速、1个降速。").problems] == ["8个", "1个"]


def test_a_count_of_rows_that_stood_still_is_checked(data_copy):
    week = _with_throughput_moves(data_copy)
    assert week.checker.check("模型吞吐量榜上，十个组合中有1个持平。").problems == []
    assert [p.quote for p in week.checker.check("模型吞吐量榜上，十个组合中有2个持平。").problems] == ["2个"]


def test_two_places_said_to_swap_were_traded_by_two_rows(real_week_2026_02_23):
    """2026-02-23: GLM 5 and DeepSeek V3.2 traded fourth and fifth place."""
    checker = real_week_2026_02_23.checker
    assert checker.check("模型调用量榜上，第4、第5上演了一次互换。").problems == []
    assert [p.quote for p in checker.check("模型调用量榜上，第3、第4上演了一次互换。").problems] == ["第3", "第4"]


def test_places_named_after_a_swap_are_the_ones_traded(sample_week_2026_01_17):
    """2026-01-17: Claude Opus 4.5 and Gemini 2.5 Flash Lite traded ninth and tenth place."""
    checker = sample_week_2026_01_17.checker
    assert checker.check("模型调用量榜上，Claude Opus 4.5与Gemini 2.5 Flash Lite互换第9、第10位。").problems == []
    assert [p.quote for p in checker.check("模型调用量榜上，Claude Opus 4.5与Gemini 2.5 Flash Lite互换第8、第9位。").problems] == ["第8", "第9位"]


def test_a_run_of_places_compared_names_positions_not_the_subject(real_week_2025_12_07):
    """2025-12-07: eighth (Gemini 2.5 Pro) and ninth (Grok 4 Fast) are about 0.2B apart."""
    checker = real_week_2025_12_07.checker
    assert checker.check("模型调用量榜上，第8、第9名差距仅约0.2B：Gemini 2.5 Pro与Grok 4 Fast几乎并列。").problems == []
    assert [p.quote for p in checker.check("模型调用量榜上，第8、第9名差距仅约9B：Gemini 2.5 Pro与Grok 4 Fast几乎并列。").problems] == ["9B"]
    # Positions compared are neighbours: 第1、第9名 said of the two rows eighth and ninth is no reading of positions.
    assert "第1" in [p.quote for p in checker.check("模型调用量榜上，第1、第9名差距仅约0.2B：Gemini 2.5 Pro与Grok 4 Fast几乎并列。").problems]


def test_first_place_said_to_end_was_held_last_week(real_week_2026_02_08):
    """2026-02-08: Claude Sonnet 4.5 fell from first to third; Kimi K2.5 rose from seventh to first."""
    checker = real_week_2026_02_08.checker
    assert checker.check("模型调用量榜上，Claude Sonnet 4.5的榜首就此结束。").problems == []
    assert checker.check("模型调用量榜上，Claude Sonnet 4.5的榜首也让给了Kimi K2.5。").problems == []
    assert [p.message for p in checker.check("模型调用量榜上，Kimi K2.5的榜首就此结束。").problems] == [
        "Kimi K2.5 was not first last week (排名 第7 → 第1), not 榜首"]


def test_a_gap_between_companies_off_the_board_adds_up_their_models(real_week_2026_02_01):
    """2026-02-01: the real data has no company board; Anthropic's two models (1.15T) lead Google's two (1.10T) by 58B."""
    checker = real_week_2026_02_01.checker
    assert checker.check("模型调用量榜上，Anthropic比Google多约58B。").problems == []
    assert [p.quote for p in checker.check("模型调用量榜上，Anthropic比Google多约85B。").problems] == ["85B"]
    assert [p.message for p in checker.check("模型调用量榜上，Google比Anthropic多约58B。").problems] == [
        "58B: Google is behind by 57.7B, not ahead"]


def test_a_count_of_risers_includes_a_newcomer_by_its_published_growth(real_week_2026_03_02):
    """2026-03-02: three rows listed both weeks rose, and the newcomer Claude Sonnet 4.6 has a positive published growth."""
    checker = real_week_2026_03_02.checker
    assert checker.check("模型调用量前十中有六款下滑、四款增长。").problems == []
    assert [p.quote for p in checker.check("模型调用量前十中有六款下滑、五款增长。").problems] == ["五款"]


def test_a_count_of_risers_among_incumbents_leaves_the_newcomer_out(real_week_2026_03_02):
    """2026-03-02: of the nine rows listed both weeks, three rose."""
    checker = real_week_2026_03_02.checker
    assert checker.check("模型调用量榜上，九款连续在榜的模型中，上涨三款、下跌六款。").problems == []
    assert [p.quote for p in checker.check("模型调用量榜上，九款连续在榜的模型中，上涨四款、下跌六款。").problems] == ["四款"]


def test_keeping_a_seat_on_the_list_means_listed_both_weeks(real_week_2026_02_08):
    """2026-02-08: Kimi K2.5 was listed last week and this; gpt-oss-120b (9th last week) left."""
    checker = real_week_2026_02_08.checker
    assert checker.check("模型调用量榜上，Kimi K2.5守住席位。").problems == []
    assert [p.quote for p in checker.check("模型调用量榜上，gpt-oss-120b守住席位。").problems] == ["守住席位"]


def test_staying_in_the_top_n_holds_this_week_whatever_frame_names_last_week(real_week_2026_02_08):
    """2026-02-08: Grok Code Fast 1, fourth last week, is not in this week's top nine."""
    checker = real_week_2026_02_08.checker
    assert [p.quote for p in checker.check("上周第4的Grok Code Fast 1仍留在前九。").problems] == ["前九"]
    assert checker.check("上周第4的Grok Code Fast 1跌出前九。").problems == []


def test_the_row_named_as_growing_most_is_the_largest_riser(real_week_2026_01_04):
    """2026-01-04: of the top nine, Gemini 3 Flash Preview grew most (+26%); DeepSeek V3.2 grew 7%."""
    checker = real_week_2026_01_04.checker
    assert checker.check("模型调用量前九中，增幅最大的是Gemini 3 Flash Preview。").problems == []
    assert [p.quote for p in checker.check("模型调用量前九中，增幅最大的是DeepSeek V3.2。").problems] == ["增幅最大"]


def test_the_row_named_as_falling_most_is_the_largest_faller(real_week_2026_01_04):
    """2026-01-04: Grok Code Fast 1 fell 16%, more than MiMo V2 Flash (free)'s 8%."""
    checker = real_week_2026_01_04.checker
    assert checker.check("模型调用量前九中，Grok Code Fast 1跌幅最大。").problems == []
    assert [p.quote for p in checker.check("模型调用量前九中，MiMo V2 Flash (free)跌幅最大。").problems] == ["跌幅最大"]


def test_a_smallest_change_is_checked_as_the_least_of_its_way(real_week_2026_01_04):
    """2026-01-04: Gemini 3 Flash Preview grew most; the lowest growth of the nine is Grok Code Fast 1's fall."""
    checker = real_week_2026_01_04.checker
    assert checker.check("模型调用量前九中，增幅最小的是Grok Code Fast 1。").problems == []
    assert [p.quote for p in checker.check("模型调用量前九中，增幅最小的是Gemini 3 Flash Preview。").problems] == ["增幅最小"]


def test_a_superlative_of_places_counts_the_places_moved(real_week):
    """2026-01-25: DeepSeek V3.2 climbed from 8th to 5th, more places than any other row."""
    assert real_week.checker.check("DeepSeek V3.2为本周模型调用量排名升幅最大的模型。").problems == []
    assert [p.quote for p in real_week.checker.check("Gemini 2.5 Flash为本周模型调用量排名升幅最大的模型。").problems] == ["排名升幅最大"]


def test_a_companys_superlative_adds_up_its_listed_models(real_week_2026_01_04):
    """2026-01-04: the real data has no company board; xAI's two models lost more share than any company's."""
    checker = real_week_2026_01_04.checker
    assert checker.check("模型调用量榜上，xAI是本周份额流失最多的一家。").problems == []
    assert [p.quote for p in checker.check("模型调用量榜上，小米是本周份额流失最多的一家。").problems] == ["份额流失最多"]


def test_a_superlative_within_a_country_is_among_its_rows(real_week_2026_01_04):
    """2026-01-04: of the Chinese models in the top nine, DeepSeek V3.2 grew most (MiMo V2 Flash (free) fell)."""
    checker = real_week_2026_01_04.checker
    assert checker.check("模型调用量前九中，国产模型里涨幅最大的是DeepSeek V3.2。").problems == []
    assert [p.quote for p in checker.check("模型调用量前九中，国产模型里涨幅最大的是MiMo V2 Flash (free)。").problems] == ["涨幅最大"]


def test_a_superlative_may_be_of_the_rows_its_line_names(real_week_2026_01_04):
    """2026-01-04: of the two rows a line compares, MiMo V2 Flash (free) (-8%) fell more than Gemini 2.5 Flash (-7%)."""
    checker = real_week_2026_01_04.checker
    assert checker.check("Gemini 2.5 Flash下降7%；两者之中，MiMo V2 Flash (free)跌幅最大。").problems == []
    assert [p.quote for p in checker.check("MiMo V2 Flash (free)下降8%；两者之中，Gemini 2.5 Flash跌幅最大。").problems] == ["跌幅最大"]


def test_a_figure_said_again_in_another_spelling_must_say_the_same(real_week):
    """2026-01-25: Claude Sonnet 4.5 (713B) leads the second place (575B) by 138B."""
    text = "Claude Sonnet 4.5领先第二名多少？138B，也就是{}出头。"
    assert real_week.checker.check(text.format("一千三百八十亿")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("一千二百八十亿")).problems] == ["一千二百八十亿"]


def test_a_count_of_incumbents_may_stand_right_before_their_word(real_week_2026_02_01):
    """2026-02-01: seven of the nine rows were listed last week too; only Grok Code Fast 1 of them fell."""
    checker = real_week_2026_02_01.checker
    assert checker.check("七款留榜模型中唯一下滑的是Grok Code Fast 1。").problems == []
    assert [p.quote for p in checker.check("六款留榜模型中唯一下滑的是Grok Code Fast 1。").problems] == ["六款"]


def test_the_rest_of_the_incumbents_once_one_is_set_aside(real_week):
    """2026-01-25: eight rows were listed both weeks; without Claude Opus 4.5, seven."""
    text = "除了Claude Opus 4.5，其余{}留榜模型的名次全部上移。"
    assert real_week.checker.check(text.format("七款")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("八款")).problems] == ["八款"]


def test_two_rows_set_apart_by_an_amount_is_their_gap(real_week_2025_11_30):
    """2025-11-30: Claude Sonnet 4.5 (428.2B) stands about 50B ahead of Gemini 2.5 Flash (378B)."""
    text = "Claude Sonnet 4.5与身后的Gemini 2.5 Flash之间只隔着约{}tokens。"
    assert real_week_2025_11_30.checker.check(text.format("503亿")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("603亿")).problems] == ["603亿tokens"]


def test_a_companys_rows_that_recorded_a_fall_are_counted(sample_week_2026_01_17):
    """2026-01-17: three of Google's four rows in the top ten fell."""
    text = "模型调用量榜上，Google共有四款模型入围前十，其中{}录得负增长。"
    assert sample_week_2026_01_17.checker.check(text.format("三款")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("两款")).problems] == ["两款"]


def test_movers_said_to_come_from_a_company_are_its_movers(sample_week_2026_01_17):
    """2026-01-17: of the four rows that fell, three are Google's."""
    text = "模型调用量榜上，本周环比下滑的四款模型里，有{}来自 Google。"
    assert sample_week_2026_01_17.checker.check(text.format("三款")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("两款")).problems] == ["两款"]


def test_rows_counted_among_before_a_company_are_the_listed_rows(real_week_2026_01_04):
    """2026-01-04: nine rows listed, three rose, two of them Google's."""
    text = "模型调用量榜上，{}模型中本周仅三款实现增长，其中两款来自Google。"
    assert real_week_2026_01_04.checker.check(text.format("九款")).problems == []
    assert [p.quote for p in real_week_2026_01_04.checker.check(text.format("八款")).problems] == ["八款"]


def test_a_run_with_its_verb_before_the_number_is_a_streak(real_week_2026_03_16):
    """2026-03-16: Grok 4.1 Fast has been listed twelve weeks in a row."""
    text = "Grok 4.1 Fast已连续在榜{}周。"
    assert real_week_2026_03_16.checker.check(text.format("12")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("13")).problems] == ["连续在榜13周"]


def test_a_stay_told_as_over_is_the_run_that_ended_last_week(real_week):
    """2026-01-25: Claude Opus 4.5 was first for one week and fell to seventh."""
    text = "Claude Opus 4.5退到第7，它在榜首只待了{}。"
    assert real_week.checker.check(text.format("一周")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("两周")).problems] == ["两周"]


def test_weeks_held_in_all_are_counted_over_every_week(real_week_2026_03_16):
    """2026-03-16: of the eighteen weeks the data holds, Gemini 2.5 Flash was listed in seventeen."""
    text = "Gemini 2.5 Flash升至第八，十八周中它有{}周在榜。"
    assert real_week_2026_03_16.checker.check(text.format("十七")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("十六")).problems] == ["十六周"]


def test_a_card_of_weeks_reads_its_description(real_week_2026_03_16):
    """2026-03-16: a card's head of weeks is the run its description names."""
    text = "**{}周** —— Grok 4.1 Fast的连续在榜周数；本周它退到第10"
    assert real_week_2026_03_16.checker.check(text.format("12")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("13")).problems] == ["13"]


def test_a_place_the_text_turns_to_must_be_listed(real_week_2025_11_30):
    """2025-11-30: the source lists nine rows of the models' board."""
    text = "OpenRouter的模型调用量，这周看的还是{}。"
    assert real_week_2025_11_30.checker.check(text.format("前九名")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("前十二名")).problems] == ["前十二名"]


def test_a_place_the_text_turns_to_is_the_next_names(real_week):
    """2026-01-25: Claude Opus 4.5 stands seventh."""
    text = "OpenRouter整体模型调用量。再看{}。Claude Opus 4.5本周跌了42%。"
    assert real_week.checker.check(text.format("第七")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("第六")).problems] == ["第六"]


def test_a_run_at_the_place_written_before_is_that_places(real_week_2026_02_23):
    """2026-02-23: Gemini 3 Flash Preview has stood third two weeks in a row."""
    text = "Gemini 3 Flash Preview稳居第3，已连续{}周排在这一位置。"
    assert real_week_2026_02_23.checker.check(text.format("两")).problems == []
    assert [p.quote for p in real_week_2026_02_23.checker.check(text.format("三")).problems] == ["连续三周"]


def test_a_run_at_a_hash_place_is_a_run_at_that_place(real_week_2026_02_08):
    """2026-02-08: Gemini 3 Flash Preview is second for the second week running."""
    text = "Gemini 3 Flash Preview增长11%，连续第{}周排在 #2。"
    assert real_week_2026_02_08.checker.check(text.format("二")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("三")).problems] == ["连续第三周"]


def test_points_after_a_share_and_last_week_are_its_change(real_week):
    """2026-01-25: the two Chinese models held 22.0% of the top nine last week and 24.0% now."""
    text = ("本周前九中中国模型共两席：MiMo V2 Flash (free)（575B）与DeepSeek V3.2（396B），"
            "两者合计971B，占前九总量的24.0%，较上周提升{}个百分点。")
    assert real_week.checker.check(text.format("2.0")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("3.0")).problems] == ["3.0个百分点"]


def test_two_companies_side_by_side_add_up_their_models(real_week_2025_12_28):
    """2025-12-28: Xiaomi's MiMo V2 Flash (free) (380.8B) and DeepSeek's V3.2 (329.3B) make 710.1B."""
    text = "OpenRouter调用量前九模型中，MiMo V2 Flash (free)跃升至第2位；小米与DeepSeek两家合计调用量约{}tokens。"
    assert real_week_2025_12_28.checker.check(text.format("7101亿")).problems == []
    assert [p.quote for p in real_week_2025_12_28.checker.check(text.format("7601亿")).problems] == ["7601亿tokens"]


def test_a_count_of_listed_rows_from_last_week_to_this(sample_week):
    """2026-01-31: the text-to-image arena lists twelve rows, eleven last week."""
    text = "LMArena文生图榜上，上榜模型由{}个增至12个。"
    assert sample_week.checker.check(text.format("11")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("10")).problems] == ["10个"]


def test_a_sentence_naming_no_one_goes_on_about_the_group_before_it(real_week_2026_03_30):
    """2026-03-30: the Chinese models' share of the top ten went 59.1% → 73.2%."""
    text = "本周OpenRouter前十中中国模型占据六席，上周为五席；合计调用量约9.86T，较上周的6.44T增长约53%。占比由59.1%升至{}。"
    assert real_week_2026_03_30.checker.check(text.format("73.2%")).problems == []
    assert [p.quote for p in real_week_2026_03_30.checker.check(text.format("76.2%")).problems] == ["76.2%"]


def test_the_rest_of_a_written_group_is_its_size_less_what_was_taken(real_week_2026_01_04):
    """2026-01-04: of the nine rows, three rose; the rest are six."""
    text = "在这九款模型中，仅有三款实现增长，其余{}的调用量均被记录为下滑。"
    assert real_week_2026_01_04.checker.check(text.format("六款")).problems == []
    assert [p.quote for p in real_week_2026_01_04.checker.check(text.format("五款")).problems] == ["五款"]


def test_a_count_over_a_word_of_magnitude_is_a_threshold(real_week_2026_03_16):
    """2026-03-16: four models passed a trillion tokens this week, two last week."""
    text = "整体来看，前十合计约9.19万亿tokens；周用量过万亿的模型增至{}（上周为{}）。"
    assert real_week_2026_03_16.checker.check(text.format("四款", "两款")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("四款", "三款")).problems] == ["三款"]


def test_a_threshold_may_come_before_its_count(real_week_2026_03_16):
    """2026-03-16: four models passed 1T this week."""
    text = "模型调用量榜上，周用量超过1T的模型有{}。"
    assert real_week_2026_03_16.checker.check(text.format("四款")).problems == []
    assert "五款" in [p.quote for p in real_week_2026_03_16.checker.check(text.format("五款")).problems]


def test_a_count_after_last_week_was_is_the_earlier_count_last_week(real_week_2026_02_01):
    """2026-02-01: six companies have a model in the top nine, five last week."""
    text = "六家厂商有模型上榜，上周为{}。"
    assert real_week_2026_02_01.checker.check(text.format("五家")).problems == []
    assert [p.quote for p in real_week_2026_02_01.checker.check(text.format("四家")).problems] == ["四家"]


def test_a_brand_alone_names_its_one_listed_model(sample_week_2026_01_17):
    """2026-01-17: MiMo V2 Flash (free) is the only MiMo on the boards, about 3B ahead of Grok Code Fast 1."""
    text = "Grok Code Fast 1从老二滑到第四，跟MiMo只差{}。"
    assert sample_week_2026_01_17.checker.check(text.format("30亿")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("60亿")).problems] == ["60亿"]


def test_a_company_and_its_own_model_are_one_name_in_a_count(sample_week_2026_01_17):
    """2026-01-17: 小米MiMo is one name; the sentence names two, not three."""
    text = "小米MiMo跻身调用量前三，{}模型出局：小米MiMo与OpenAI。"
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("三款")).problems] == ["三款"]


def test_a_week_inside_a_names_description_is_no_frame(sample_week):
    """2026-01-31: Gemini 2.5 Flash (394B) is about 70B behind DeepSeek V3.2 (464B) this week."""
    text = "Gemini 2.5 Flash从364B增至394B，排名由第8升至第5，与上周几乎持平的DeepSeek V3.2拉开约{}差距。"
    assert sample_week.checker.check(text.format("70B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("90B")).problems] == ["90B"]


def test_a_written_amount_against_a_row_named_after_than(real_week):
    """2026-01-25: Claude Opus 4.5 led last week with 623B, about 90B below Claude Sonnet 4.5's 713B now."""
    text = "上周，Claude Opus 4.5以623B位居第一，比本周的Claude Sonnet 4.5少约{}。"
    assert real_week.checker.check(text.format("90B")).problems == []
    assert [p.quote for p in real_week.checker.check(text.format("130B")).problems] == ["130B"]


def test_a_gap_between_two_figures_of_the_weeks_events(sample_week):
    """2026-01-31: Qwen3-TTS opened a 1.7B and a 0.6B size, 1.1B apart."""
    text = "阿里开源Qwen3-TTS，性能版参数量1.7B，比轻量版大{}。"
    assert sample_week.checker.check(text.format("1.1B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("1.4B")).problems] == ["1.4B"]


def test_a_place_compared_with_stands_for_the_row_holding_it(sample_week_2026_01_17):
    """2026-01-17: Gemini 3 Flash Preview is second; first place is another row, 166B ahead."""
    text = "模型调用量榜上，Gemini 3 Flash Preview从第3升到第2，但和{}仍差1660亿。"
    assert sample_week_2026_01_17.checker.check(text.format("榜首")).problems == []
    assert "第十二名" in [p.quote for p in sample_week_2026_01_17.checker.check(text.format("第十二名")).problems]


def test_two_figures_of_an_event_said_apart(sample_week):
    """2026-01-31: Qwen3-TTS's two sizes are 1.1B apart."""
    text = "阿里开源Qwen3-TTS，性能版与轻量版的参数相差{}。"
    assert sample_week.checker.check(text.format("1.1B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("1.3B")).problems] == ["1.3B"]


def test_a_name_after_bei_acted_and_the_subject_still_moves(real_week_2025_11_23):
    """2025-11-23: Gemini 2.5 Flash, overtaken by Grok 4.1 Fast, is fourth."""
    text = "模型调用量榜上，Gemini 2.5 Flash被Grok 4.1 Fast反超，退至{}。"
    assert real_week_2025_11_23.checker.check(text.format("第四")).problems == []
    assert [p.quote for p in real_week_2025_11_23.checker.check(text.format("第五")).problems] == ["第五"]


def test_a_jump_from_a_place_to_a_place(real_week_2026_01_11):
    """2026-01-11: Claude Sonnet 4.5 went from fourth to first."""
    text = "Claude Sonnet 4.5涨至531B，从第4直接跳上{}。"
    assert real_week_2026_01_11.checker.check(text.format("第1")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("第2")).problems] == ["第2"]


def test_an_amount_moved_from_is_last_weeks(sample_week):
    """2026-01-31: MiMo V2 Flash (free) went 582B → 280B."""
    text = "MiMo V2 Flash (free)：{}直接掉到280B。"
    assert sample_week.checker.check(text.format("582B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("592B")).problems] == ["592B"]


def test_an_answer_to_a_question_about_a_gap_is_the_gap(real_week_2025_11_23):
    """2025-11-23: Grok 4.1 Fast (389.8B) stands about 22B ahead of Gemini 2.5 Flash (367.4B)."""
    text = "Grok 4.1 Fast第一次上榜，把Gemini 2.5 Flash从第三挤到了第四。两家差多少？{}，不算大。"
    assert real_week_2025_11_23.checker.check(text.format("两百二十多亿")).problems == []
    assert [p.quote for p in real_week_2025_11_23.checker.check(text.format("四百二十多亿")).problems] == ["四百二十多亿"]


def test_a_fraction_after_a_totals_change_is_its_relative_change(real_week_2025_12_07):
    """2025-12-07: the nine listed rows add up to 3.16T, down from 4.22T last week (about 25%)."""
    text = "前九的总量约3.16T，比上周的4.22T少了{}。"
    assert real_week_2025_12_07.checker.check(text.format("四分之一")).problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check(text.format("三分之一")).problems] == ["三分之一"]


def test_a_number_shared_by_a_companys_model_names_is_part_of_them(real_week_2026_03_16):
    """2026-03-16: Anthropic's listed models include Claude Opus 4.6 and Claude Sonnet 4.6."""
    text = "Anthropic的两款{}模型双双走高。"
    assert real_week_2026_03_16.checker.check(text.format("4.6")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("4.7")).problems] == ["4.7"]


def test_last_weeks_place_before_a_providers_model_is_that_models(sample_week):
    """2026-01-31: SambaNova's Llama 4 Maverick was third last week (650 tok/s), fourth now at 655 tok/s."""
    text = "吞吐量榜上，Cerebras的Qwen3 32B以736 tok/s升至第三，上周{}的SambaNova版Llama 4 Maverick以{} tok/s退居第四。"
    assert sample_week.checker.check(text.format("第三", "655")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("第二", "655")).problems] == ["第二"]
    assert [p.quote for p in sample_week.checker.check(text.format("第三", "650")).problems] == ["650 tok/s"]


def test_a_count_before_the_word_of_listing_is_the_rows_listed():
    """2026-02-16: the source lists ten rows, where the week before it listed nine."""
    week = _real("2026-02-16")
    text = "模型调用量榜由上周的{}扩至{}上榜。"
    assert week.checker.check(text.format("九款", "十款")).problems == []
    assert [p.quote for p in week.checker.check(text.format("八款", "十款")).problems] == ["八款"]
    assert [p.quote for p in week.checker.check(text.format("九款", "十一款")).problems] == ["十一款"]


def test_a_sum_of_a_companys_models_is_read_on_the_models_board(sample_week):
    """2026-01-31: Google's three models in the top ten add up to 520B + 394B + 286B = 1200B; the
    sentence opens on the company, whose own row is on the companies' board."""
    text = "Google在调用量前十占三席：Gemini 3 Flash Preview（520B）、Gemini 2.5 Flash（394B）和Gemini 2.5 Flash Lite（286B），合计{}。"
    assert sample_week.checker.check(text.format("1200B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("1300B")).problems] == ["1300B"]


@pytest.mark.parametrize("sentence,wrong", [
    ("吞吐量榜上，gpt-oss-120b的两个托管条目请求量合计{}。", ("62.6M", "63.6M")),
    ("吞吐量榜上，Groq四个组合请求量合计{}。", ("79.7M", "80.7M")),
    ("吞吐量榜上，Groq四个组合请求量合计79.7M，占全榜请求量的{}。", ("53.7%", "55.7%")),
])
def test_a_sum_of_one_names_several_rows_adds_them_up(sample_week, sentence, wrong):
    """2026-01-31: gpt-oss-120b is served by Groq (58.4M requests) and SambaNova (4.2M); Groq serves
    four rows (1.9M + 58.4M + 12.6M + 6.8M), 53.7% of the board's 148.4M requests."""
    right, false = wrong
    assert sample_week.checker.check(sentence.format(right)).problems == []
    assert [p.quote for p in sample_week.checker.check(sentence.format(false)).problems] == [false]


def test_weeks_after_a_dated_week_place_the_figure_that_many_weeks_later(real_week_2026_03_16):
    """MiniMax M2.5 had 1.44T on 2026-02-16 and 2.57T a week later, on 2026-02-23."""
    text = "MiniMax M2.5在2月16日那一周以1.44万亿首次登榜，一周后冲到{}的峰值。"
    assert real_week_2026_03_16.checker.check(text.format("2.57万亿")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("2.67万亿")).problems] == ["2.67万亿"]


def test_a_companys_share_on_a_board_of_models_is_its_models_added_up():
    """Synthetic dataset synth-2 (seed 2), 2026-06-06: Google's three programming rows hold
    24.9% + 22.9% + 11.6% = 59.4% of the board, 74.1% the week before."""
    checker = _synthetic("synth-2", "2026-06-06").checker
    text = "- 编程调用量：Gemini 2.5 Pro以2530亿tokens居首；Google三款合计占比由74.1%降至59.4%，仍近{}；"
    assert checker.check(text.format("六成")).problems == []
    assert [p.quote for p in checker.check(text.format("五成")).problems] == ["五成"]


def test_a_growth_before_a_growth_noun_is_checked_for_its_sign_not_its_movement(real_week_2026_03_16):
    """2026-03-16: Claude Opus 4.6 grew 7% this week, after 22% the week before."""
    assert real_week_2026_03_16.checker.check("Claude Opus 4.6以7%的增幅排第6。").problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check("Claude Opus 4.6以7%的降幅排第6。").problems] == ["7%"]
    assert [p.quote for p in real_week_2026_03_16.checker.check("Claude Opus 4.6的周增长率由22%升至7%。").problems] == ["7%"]


def test_the_two_after_a_third_name_are_the_pair_joined_before(sample_week_2026_01_17):
    """2026-01-17 programming board: Claude Sonnet 4.5 and Claude Opus 4.5 had 340B together last
    week (208B + 150B = 358B now); Grok Code Fast 1 had 352B."""
    text = "编程调用量榜上，Claude Sonnet 4.5与Claude Opus 4.5合计358B，已反超Grok Code Fast 1，而上周两者合计仅{}。"
    assert sample_week_2026_01_17.checker.check(text.format("340B")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("350B")).problems] == ["350B"]


def test_a_figure_after_a_name_described_by_its_past_is_this_weeks(sample_week):
    """2026-01-31: MiMo V2 Flash (free) was in the top three for two weeks and had 582B last week;
    it has 280B now."""
    text = "Gemini 3 Flash Preview以520B升至第二，超过了此前连续两周排在前三的MiMo V2 Flash (free)（{}）。"
    assert sample_week.checker.check(text.format("280B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("582B")).problems] == ["582B"]


def test_boards_counted_with_bang_are_the_boards_the_name_leads(sample_week):
    """2026-01-31: Gemini 3 Pro Preview is first on the text arena and on HLE."""
    assert sample_week.checker.check("Gemini 3 Pro在文本竞技场和HLE两榜登顶。").problems == []
    assert [p.quote for p in sample_week.checker.check("Gemini 3 Pro在文本竞技场和HLE三榜登顶。").problems] == ["三"]


def test_a_line_naming_no_board_speaks_of_the_one_board_its_models_share(sample_week_2026_01_17):
    """2026-01-17: on the models' usage board six of the ten rows rose and four fell."""
    text = "前十名中{}上涨、四款下跌。Claude Opus 4.5增长9%，由第十升至第九，与Gemini 2.5 Flash Lite互换位次。"
    assert sample_week_2026_01_17.checker.check(text.format("六款")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("五款")).problems] == ["五款"]


def test_a_board_named_sentences_before_is_not_the_board_of_a_model_not_on_it(sample_week):
    """2026-01-31: Claude Sonnet 4.5 (705B) leads Gemini 3 Flash Preview (520B) by 185B on the
    models' board; the sentence before spoke of the companies' board."""
    text = "发布方面，百度推出文心5.0，月之暗面发布并开源Kimi K2.5。榜单方面，小米跌出公司市占率前十。Claude Sonnet 4.5则以705B稳居榜首，领先第二名{}。"
    assert sample_week.checker.check(text.format("185B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("195B")).problems] == ["195B"]


def test_a_run_of_places_moving_counts_the_ranks_not_the_amounts(real_week_2026_03_16):
    """Kimi K2.5 stood 2nd, 4th, 6th and 9th from 2026-02-23 to 2026-03-16 (three falls in a row),
    while its amount rose once in between."""
    assert real_week_2026_03_16.checker.check("Kimi K2.5排名已连续三周下滑。").problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check("Kimi K2.5排名已连续四周下滑。").problems] == ["连续四周"]


def test_a_run_of_negative_growth_counts_the_signs_not_the_rates_movement(sample_week_2026_01_17):
    """2026-01-17: Grok Code Fast 1 grew -1% on 2026-01-10 and -3% now, the first weeks the data holds."""
    text = "Grok Code Fast 1周增长率由-1%扩大至-3%，{}负增长。"
    assert sample_week_2026_01_17.checker.check(text.format("连续两周")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("连续三周")).problems] == ["连续三周"]


@pytest.mark.parametrize("said,wrong,quote", [("增长6%", "增长9%", "9%"), ("已连续三周排在第4位", "已连续四周排在第4位", "连续四周")])
def test_the_latter_after_a_list_is_the_second_name_only(real_week_2025_12_07, said, wrong, quote):
    """2025-12-07: Claude Sonnet 4.5 (third, flat at 429.3B) and Gemini 2.5 Flash (fourth for three
    weeks, up 6% to 399.3B)."""
    text = "Claude Sonnet 4.5与Gemini 2.5 Flash分列第3、第4：前者几乎持平（429.3B），后者{}。"
    assert real_week_2025_12_07.checker.check(text.format(said)).problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check(text.format(wrong)).problems] == [quote]


@pytest.mark.parametrize("sentence", [
    "Claude Sonnet 4.5以{}的优势守住榜首。",
    "模型调用量方面，DeepSeek V3.2升至第4，Claude Sonnet 4.5则以{}的优势守住榜首。",
])
def test_an_edge_is_the_lead_of_the_sentences_own_row_over_the_next(sample_week, sentence):
    """2026-01-31: Claude Sonnet 4.5 (705B) leads Gemini 3 Flash Preview (520B) by 185B."""
    assert [p.quote for p in sample_week.checker.check(sentence.format("185B")).problems if p.quote == "185B"] == []
    assert [p.quote for p in sample_week.checker.check(sentence.format("195B")).problems if p.quote == "195B"] == ["195B"]


@pytest.mark.parametrize("noun", ["新动态", "重要更新"])
def test_a_count_of_updates_is_a_count_of_the_weeks_events(sample_week, noun):
    """2026-01-31: events.yaml lists six events."""
    assert sample_week.checker.check(f"本周各家共发布六项{noun}。").problems == []
    assert [p.quote for p in sample_week.checker.check(f"本周各家共发布七项{noun}。").problems] == ["七项"]


def test_a_total_increase_is_the_groups_change(sample_week_2026_01_17):
    """2026-01-17: the top ten added up to 4243B, 152B more than last week's 4091B."""
    text = "MiMo V2 Flash (free)周增量99B，约占前十总增量{}的65%。"
    assert sample_week_2026_01_17.checker.check(text.format("152B")).problems == []
    assert "182B" in [p.quote for p in sample_week_2026_01_17.checker.check(text.format("182B")).problems]


def test_words_describing_the_earlier_figure_give_no_direction_to_the_later(sample_week):
    """2026-01-31: Claude Opus 4.5 grew 35% last week and -14% this week."""
    text = "Claude Opus 4.5则从上周+35%的高增长转为{}，调用量降至339B。"
    assert sample_week.checker.check(text.format("-14%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("+14%")).problems] == ["+14%"]


def test_two_figures_side_by_side_after_last_week_are_this_weeks_then_last_weeks(real_week_2025_12_07):
    """2025-12-07: Claude Sonnet 4.5 had 429B, 428B the week before."""
    text = "Claude Sonnet 4.5调用量与上周基本持平（{}对{}）。"
    assert real_week_2025_12_07.checker.check(text.format("429B", "428B")).problems == []
    assert len(real_week_2025_12_07.checker.check(text.format("428B", "429B")).problems) == 2


def test_a_move_to_the_place_a_row_already_held_is_flagged(real_week_2025_12_07):
    """2025-12-07: Claude Sonnet 4.5 was third last week and is third now."""
    assert real_week_2025_12_07.checker.check("Claude Sonnet 4.5稳居第3。").problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check("Claude Sonnet 4.5升至第3。").problems] == ["第3"]


def test_a_row_missing_from_a_list_with_an_others_row_is_outside_it():
    """Synthetic dataset synth-1 (seed 1), 2026-07-18: the market-share board listed nine companies and
    an Others row last week, without Tencent; Tencent is ninth now, DeepSeek (ninth last week) tenth."""
    checker = _synthetic("synth-1", "2026-07-18").checker
    assert checker.check("OpenRouter模型市占率方面，腾讯以273B新进前十。").problems == []
    assert [p.quote for p in checker.check("OpenRouter模型市占率方面，DeepSeek以221B新进前十。").problems] == ["前十"]


def test_a_run_said_to_be_lost_after_it_ends_last_week(real_week_2026_02_08):
    """2026-02-08: Claude Sonnet 4.5 was first on the usage board the two weeks before and is third now."""
    for text, run in (("OpenRouter整体模型调用量方面，Claude Sonnet 4.5连续{}周的榜首地位就此结束。", "连续三周"),
                      ("OpenRouter整体模型调用量方面，Claude Sonnet 4.5连坐{}周的榜一就这么丢了。", "连坐三周")):
        assert real_week_2026_02_08.checker.check(text.format("两")).problems == []
        assert run in [p.quote for p in real_week_2026_02_08.checker.check(text.format("三")).problems]


def test_the_run_of_a_row_gone_from_the_list_ends_last_week(real_week_2026_02_08):
    """2026-02-08: Grok Code Fast 1 left the top nine after twelve weeks on it (2025-11-16 to 2026-02-01)."""
    text = "OpenRouter整体模型调用量方面，Grok Code Fast 1跌出前九：它连续{}周在榜。"
    assert real_week_2026_02_08.checker.check(text.format("12")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("10")).problems] == ["连续10周"]


def test_a_name_after_a_comparison_verb_leaves_the_subject_its_run(real_week_2026_02_08):
    """2026-02-08: DeepSeek V3.2 grew 31%, second only to Kimi K2.5's 222%, after four weeks of
    growth in a row (31, 28, 11, 14)."""
    text = "OpenRouter整体模型调用量方面，DeepSeek V3.2以665B排第4，增速仅次于Kimi K2.5，连续{}周正增长。"
    assert real_week_2026_02_08.checker.check(text.format("四")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("五")).problems] == ["连续五周"]


def test_second_only_in_growth_compares_growth_not_places(real_week_2026_02_08):
    """2026-02-08: DeepSeek V3.2 (+31%) is right behind Kimi K2.5 (+222%) in growth while fourth in
    tokens; Gemini 2.5 Flash (+6%) is not."""
    text = "OpenRouter整体模型调用量方面，{}的增速仅次于Kimi K2.5。"
    assert real_week_2026_02_08.checker.check(text.format("DeepSeek V3.2")).problems == []
    assert len(real_week_2026_02_08.checker.check(text.format("Gemini 2.5 Flash")).problems) == 1


def test_last_week_describing_a_name_by_its_place_leaves_the_growth_this_weeks(real_week_2026_03_16):
    """2026-03-16: Gemini 3 Flash Preview, second last week, grew -3% (published) this week."""
    text = "OpenRouter整体模型调用量方面，上周排第2的Gemini 3 Flash Preview微跌{}至1.02万亿，被挤到第4。"
    assert real_week_2026_03_16.checker.check(text.format("3%")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("5%")).problems] == ["5%"]


def test_a_span_of_a_top_n_is_its_lowest_and_highest_row(sample_week):
    """Usage board: the top five hold 705B (Claude Sonnet 4.5) down to 394B (Gemini 2.5 Flash)."""
    text = "OpenRouter整体模型调用量方面，前五名调用量介于394B至{}之间。"
    assert sample_week.checker.check(text.format("705B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("720B")).problems] == ["720B"]


def test_a_span_told_from_the_top_down_and_its_width_are_checked(sample_week):
    """Usage board: from 705B at the top of the five to 394B, 311B apart."""
    text = "OpenRouter整体模型调用量方面，前五名从705B到394B，跨度{}。"
    assert sample_week.checker.check(text.format("311B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("301B")).problems] == ["301B"]


def test_leaving_the_list_is_a_claim_checked_against_both_weeks(sample_week):
    """Usage board: Gemini 2.5 Pro was fifth last week and is not listed now; Gemini 2.5 Flash is fifth."""
    text = "OpenRouter整体模型调用量方面，{}跌出榜单。"
    assert sample_week.checker.check(text.format("Gemini 2.5 Pro")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("Gemini 2.5 Flash")).problems] == ["跌出榜单"]


def test_the_name_after_a_listing_word_and_its_makers_possessive_is_the_subject(sample_week):
    """跌出榜单的还有谷歌的X: X (not Google, not a name of the sentence before) is who left the list."""
    text = "OpenRouter整体模型调用量方面，Grok Code Fast 1排第3。同时跌出榜单的还有谷歌的{}。"
    assert sample_week.checker.check(text.format("Gemini 2.5 Pro")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("Gemini 2.5 Flash")).problems] == ["跌出榜单"]


def test_a_numbered_comment_label_is_structure_not_a_figure(sample_week):
    text = "点评1：OpenRouter整体模型调用量榜首仍是Claude Sonnet 4.5。\n\n点评2：OpenRouter模型市占率方面，Google居首。"
    result = sample_week.checker.check(text)
    assert result.problems == []
    assert "1" not in [v.quote for v in result.verified]


def test_the_concentration_of_a_top_n_is_its_share_of_the_list_total(sample_week_2026_01_17):
    """2026-01-17 usage board: the top three hold 40.7% of the top ten's tokens, 0.7 points less than
    the week before; the top five 62.0%, 0.6 points more."""
    text = "OpenRouter整体模型调用量方面，前三集中度{}，较上周下降0.7个百分点，前五集中度则提升0.6个百分点至62.0%。"
    assert sample_week_2026_01_17.checker.check(text.format("40.7%")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("42.7%")).problems] == ["42.7%"]


def test_a_board_word_of_a_board_without_data_describes_the_model(real_week_2025_12_07):
    """The real OpenRouter weeks have no coding board: 编程模型 only says what Grok Code Fast 1 is,
    and its figures are read on the usage board, where it is first with 878.9B."""
    text = "xAI旗下编程模型Grok Code Fast 1以878.9B tokens的调用量{}。"
    assert real_week_2025_12_07.checker.check(text.format("登上榜首")).problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check(text.format("排名第二")).problems] == ["第二"]


def test_a_brands_rows_said_to_enter_a_named_boards_top_n_are_counted_there():
    """Synthetic dataset synth-2 (seed 2), 2026-06-27: five Gemini models are in the usage top ten;
    OpenRouter调用量 names the usage board."""
    checker = _synthetic("synth-2", "2026-06-27").checker
    text = "Gemini{}款模型同登OpenRouter调用量前十。"
    assert checker.check(text.format("五")).problems == []
    assert [p.quote for p in checker.check(text.format("四")).problems] == ["四款"]


def test_places_said_to_be_likewise_unchanged_are_checked_as_unchanged(sample_week):
    """Coding board: the top three kept their places; the top five did not."""
    assert sample_week.checker.check("OpenRouter编程调用量榜前三名次同样未变。").problems == []
    assert [p.quote for p in sample_week.checker.check("OpenRouter编程调用量榜前五名次同样未变。").problems] == ["前五名"]


def test_a_country_said_to_hold_a_count_of_places_counts_its_rows(sample_week):
    """Market share: five Chinese companies in the top ten, 23.1% together."""
    assert sample_week.checker.check("OpenRouter模型市占率前十中，国产占5家，合计份额23.1%。").problems == []
    assert [p.quote for p in sample_week.checker.check("OpenRouter模型市占率前十中，国产占6家。").problems] == ["6家"]


def test_a_gap_right_after_two_written_sums_is_their_difference():
    """Synthetic dataset synth-2 (seed 2), 2026-05-30: Google's three listed models add up to about
    1.72万亿 and the three Chinese ones to about 1.71万亿, some 100亿 apart."""
    checker = _synthetic("synth-2", "2026-05-30").checker
    text = ("OpenRouter整体模型调用量方面，谷歌三款（2.5 Pro、3 Pro Preview、3 Flash Preview）合计约1.72万亿，"
            "国产三款（MiniMax M2.1、DeepSeek V3.2、Kimi K2.5）合计约1.71万亿，只差{}。")
    assert checker.check(text.format("100亿")).problems == []
    assert [p.quote for p in checker.check(text.format("300亿")).problems] == ["300亿"]


def test_a_lead_over_the_second_said_as_shaking_it_off_is_a_gap(sample_week_2026_01_17):
    """2026-01-17 usage board: Claude Sonnet 4.5 (699B) is 166B ahead of Gemini 3 Flash Preview (533B)."""
    text = "OpenRouter整体模型调用量方面，Claude Sonnet 4.5本周6990亿tokens，甩开老二Gemini 3 Flash Preview（5330亿）整整{}。"
    assert sample_week_2026_01_17.checker.check(text.format("1660亿")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("1760亿")).problems] == ["1760亿"]


def test_rows_said_to_stay_on_the_list_are_the_rows_listed_both_weeks(real_week_2026_01_11):
    """2026-01-11 usage board: the nine listed rows were all listed the week before."""
    for text in ("OpenRouter整体模型调用量方面，名单还是上周那{}款，没有新面孔。",
                 "OpenRouter整体模型调用量方面，{}款留在榜上的老面孔里，有一款调用量下滑。"):
        assert real_week_2026_01_11.checker.check(text.format("九")).problems == [], text
        assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("八")).problems] == ["八款"], text


def test_a_count_before_coming_in_or_leaving_counts_the_entries_and_exits(real_week_2025_12_07):
    """2025-12-07 usage board: three rows came into the top nine and three left it."""
    text = "OpenRouter整体模型调用量前九名中{}款模型新进、三款模型退出。"
    assert real_week_2025_12_07.checker.check(text.format("三")).problems == []
    assert [p.quote for p in real_week_2025_12_07.checker.check(text.format("两")).problems] == ["两款"]


def test_a_place_asked_about_in_a_question_naming_no_one_is_exempt_as_a_question(sample_week):
    """问：有谁跌出前十？ states nothing; a question that names a model still presumes what it asks about."""
    from writer.findings import ExemptReason

    result = sample_week.checker.check("问：OpenRouter整体模型调用量榜上有谁跌出前十？")
    assert result.problems == []
    assert ("前十", ExemptReason.question) in [(e.quote, e.reason) for e in result.exempt]
    assert [p.quote for p in sample_week.checker.check("问：为什么Claude Sonnet 4.5跌出前十？").problems] == ["前十"]


def test_a_sum_of_a_span_of_places_adds_the_rows_at_those_places(sample_week):
    """Usage board: places 4 to 7 hold 464B, 394B, 339B and 326B, 1523B together."""
    text = "OpenRouter整体模型调用量方面，第4至第7名合计{}。"
    assert sample_week.checker.check(text.format("1523B")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("1623B")).problems] == ["1623B"]


def test_a_top_n_right_before_a_count_is_where_it_is_counted(sample_week):
    """Gemini 2.5 Pro left the usage top ten; 前十中九款 counts the rows listed both weeks, and says
    nothing of Gemini 2.5 Pro."""
    text = "OpenRouter整体模型调用量方面，Gemini 2.5 Pro跌出前十。前十中九款模型为存量模型。"
    assert sample_week.checker.check(text).problems == []


def test_a_month_said_as_such_is_a_date_of_the_data(real_week_2026_02_01):
    """2026-02-01: the week ends in February; May holds no week of the data."""
    text = "恐怕要看它们能否把势头带进{}月。"
    assert real_week_2026_02_01.checker.check(text.format("二")).problems == []
    assert [p.quote for p in real_week_2026_02_01.checker.check(text.format("五")).problems] == ["五月"]


def test_a_companys_brothers_are_its_rows_on_the_board(real_week_2026_03_16):
    """2026-03-16 usage board: Anthropic has two models in the top ten (5th and 6th)."""
    text = "OpenRouter整体模型调用量方面，再看Anthropic家的{}兄弟，这周位置也互换了。"
    assert real_week_2026_03_16.checker.check(text.format("两")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("三")).problems] == ["三兄弟"]


def test_every_name_joined_before_a_place_in_the_top_n_must_hold_it(sample_week):
    """Market share: Google and Anthropic are first and second; MiniMax is ninth."""
    text = "OpenRouter模型市占率方面，{}位列前三。"
    assert sample_week.checker.check(text.format("Google与Anthropic")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("Anthropic与MiniMax")).problems] == ["前三"]


def test_the_leading_n_said_as_n_strong_are_the_top_n(sample_week):
    """Market share: Google, Anthropic and OpenAI are the top three; MiniMax is ninth."""
    text = "OpenRouter模型市占率方面，Google、Anthropic与{}形成三强格局。"
    assert sample_week.checker.check(text.format("OpenAI")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("MiniMax")).problems] == ["三强"]
    assert sample_week.checker.check("OpenRouter模型市占率方面，头部格局由一超多强向三强并立演变。").problems == []


def test_weeks_on_the_list_said_with_only_are_the_run_on_the_list(real_week_2026_03_16):
    """2026-03-16: Step 3.5 Flash (free) has been on the usage list two weeks."""
    text = "OpenRouter整体模型调用量方面，Step 3.5 Flash (free)以1.34T跃居第二，上榜仅{}周便突破万亿。"
    assert real_week_2026_03_16.checker.check(text.format("两")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("三")).problems] == ["三周"]


def test_a_companys_place_among_the_companies_said_before_it_is_its_totals_place(real_week_2026_01_11):
    """2026-01-11: the real weeks have no market-share board; Google's three listed models add up
    to the largest company total of the usage list."""
    text = "OpenRouter整体模型调用量方面，Gemini 3 Flash Preview升至第4。Google以30.7%的份额仍居厂商第{}。"
    assert real_week_2026_01_11.checker.check(text.format("一")).problems == []
    assert [p.quote for p in real_week_2026_01_11.checker.check(text.format("二")).problems] == ["第二"]


def test_the_same_companies_of_a_top_n_as_last_week_is_its_members_not_its_order(sample_week_2026_01_17, sample_week):
    """2026-01-17: the usage top ten holds last week's models in a new order; on 2026-01-31
    gpt-oss-120b came in and Gemini 2.5 Pro left."""
    text = "OpenRouter整体模型调用量榜上，前十款模型与上周相同。"
    assert sample_week_2026_01_17.checker.check(text).problems == []
    assert [p.quote for p in sample_week.checker.check(text).problems] == ["前十"]


def test_a_place_a_row_rose_to_last_week_is_last_weeks(real_week_2026_01_04):
    """2026-01-04: MiMo V2 Flash (free) was second last week and is fifth now."""
    text = "OpenRouter整体模型调用量方面，MiMo V2 Flash (free)上周以+123%的增速冲上第{}，本周退居第5。"
    assert real_week_2026_01_04.checker.check(text.format(2)).problems == []
    assert [p.quote for p in real_week_2026_01_04.checker.check(text.format(3)).problems] == ["第3"]


def test_a_run_of_falls_after_an_amount_and_a_rate_may_be_the_amounts(real_week_2026_01_04):
    """2026-01-04: Grok Code Fast 1's usage has fallen seven weeks running; its weekly rate fell this
    week only (-6% to -16%)."""
    text = "OpenRouter整体模型调用量方面，Grok Code Fast 1调用量从484B降至409B，周增长率由-6%扩大至-16%，已连续{}周下降。"
    assert real_week_2026_01_04.checker.check(text.format(7)).problems == []
    assert [p.quote for p in real_week_2026_01_04.checker.check(text.format(6)).problems] == ["连续6周"]


def test_a_run_of_slowdowns_is_a_run_of_falls_in_speed():
    """synth-4, 2026-05-30: gpt-oss-safeguard-20b on Groq has been slower two weeks running."""
    week = _synthetic("synth-4", "2026-05-30")
    text = "OpenRouter模型速度榜上，Groq上的gpt-oss-safeguard-20b速度从876 tok/s降至787 tok/s，已连续{}周放缓。"
    assert week.checker.check(text.format(2)).problems == []
    assert [p.quote for p in week.checker.check(text.format(1)).problems] == ["连续1周"]


def test_a_bound_ending_on_a_half_holds_a_gap_under_the_half_step():
    """synth-5, 2026-05-02: Google's share (22.6%) leads OpenAI's (21.3%) by 1.3 points."""
    week = _synthetic("synth-5", "2026-05-02")
    text = "OpenRouter模型市占率方面，Google占比22.6%，对第2名OpenAI的领先已不足{}个百分点。"
    assert week.checker.check(text.format("1.5")).problems == []
    assert [p.quote for p in week.checker.check(text.format("1.2")).problems] == ["1.2个百分点"]


def test_a_figure_in_points_is_a_score_after_a_usage_board_is_named():
    """synth-2, 2026-06-20: Gemini 2.5 Flash Lite is sixth on usage and scores 1484 on Text Arena."""
    week = _synthetic("synth-2", "2026-06-20")
    text = "Gemini 2.5 Flash Lite调用量榜第6，LMArena文本榜{}分。"
    assert week.checker.check(text.format(1484)).problems == []
    assert [p.quote for p in week.checker.check(text.format(1486)).problems] == ["1486分"]


def test_the_speed_board_is_named_as_such_after_another_board():
    """synth-2, 2026-06-20: Gemini 2.5 Flash Lite is third on Text Arena; on Google Vertex it runs
    at 422 tok/s, ninth on the speed board."""
    week = _synthetic("synth-2", "2026-06-20")
    text = "Gemini 2.5 Flash Lite在LMArena文本榜排第3，速度榜上的Google Vertex版则以{} tok/s排第9。"
    assert week.checker.check(text.format(422)).problems == []
    assert [p.quote for p in week.checker.check(text.format(432)).problems] == ["432 tok/s"]


def test_a_companys_firsts_count_the_boards_its_models_lead(sample_week):
    """2026-01-31: Anthropic's models lead the usage board and WebDev."""
    text = "Anthropic本周拿下{}个榜首。"
    assert sample_week.checker.check("两".join(text.split("{}"))).problems == []
    assert [p.quote for p in sample_week.checker.check("三".join(text.split("{}"))).problems] == ["三个"]


def test_firsts_counted_on_the_kinds_of_board_the_clause_names(sample_week):
    """2026-01-31: OpenAI's models lead four image boards and three benchmarks (and, served by
    Groq, the speed board)."""
    text = "单看图像榜和评测榜，OpenAI就拿下{}个第一。"
    assert sample_week.checker.check(text.format("七")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("八")).problems] == ["八个"]


def test_a_name_in_a_bracket_is_not_whose_firsts_are_counted(sample_week):
    """2026-01-31: Google leads market share and Text Arena (with Gemini 3 Pro) and HLE."""
    text = "Google拿下市占率、文本竞技场和HLE（Gemini 3 Pro）{}个第一。"
    assert sample_week.checker.check(text.format("三")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("两")).problems] == ["两个"]


def test_a_company_without_a_model_in_a_top_n_is_denied_a_place_in_it(real_week_2026_02_08):
    """2026-02-08: none of the nine listed models is OpenAI's; three are Google's."""
    text = "{}本周在前九中没有任何一款模型。"
    assert real_week_2026_02_08.checker.check(text.format("OpenAI")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("Google")).problems] == ["前九"]


def test_a_former_first_place_is_checked_in_the_weeks_before(real_week_2026_02_08):
    """2026-02-08: Claude Sonnet 4.5 led the usage list in January and is third now; Gemini 2.5
    Flash never led it in the weeks the data holds."""
    text = "OpenRouter整体模型调用量方面，曾经的榜首{}本周仍在榜上。"
    assert real_week_2026_02_08.checker.check(text.format("Claude Sonnet 4.5")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("Gemini 2.5 Flash")).problems] == ["榜首"]


def test_the_other_companies_of_a_country_leave_out_those_named_before(real_week_2026_02_08):
    """2026-02-08: three Chinese companies are listed (Moonshot AI, DeepSeek, MiniMax)."""
    text = "OpenRouter整体模型调用量方面，Kimi K2.5登顶。另外{}家中国公司也在加码。"
    assert real_week_2026_02_08.checker.check(text.format("两")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("四")).problems] == ["四家"]


def test_a_brands_count_right_after_last_week_is_last_weeks(real_week_2026_02_08):
    """2026-02-08: three Gemini models are listed, two were last week."""
    text = "OpenRouter整体模型调用量方面，三款Gemini合计约1.54万亿，比上周{}款Gemini的约1.10万亿多出约4420亿。"
    assert real_week_2026_02_08.checker.check(text.format("两")).problems == []
    [problem] = real_week_2026_02_08.checker.check(text.format("三")).problems
    assert problem.quote == "三款" and problem.message == "模型调用量上周有2款Gemini模型位于前9，不是三款"


def test_words_with_out_in_them_move_nothing_out_of_a_list(real_week_2026_02_08):
    """出现 and 多出 have 出 in them: Gemini 2.5 Flash Lite is ninth again, last listed on 2026-01-25."""
    text = "OpenRouter整体模型调用量方面，Gemini 2.5 Flash Lite以3437亿排在第九，上一次出现在前{}还是1月25日那一周。"
    assert real_week_2026_02_08.checker.check(text.format("九")).problems == []
    assert [p.quote for p in real_week_2026_02_08.checker.check(text.format("五")).problems] == ["前五"]


def test_a_list_of_a_rows_figures_over_the_weeks_named_is_oldest_first(real_week_2025_11_30):
    """2025-11-30: Gemini 2.5 Flash had 371.7B, 367.5B and 377.9B over the three weeks ending then;
    MiniMax M2 was fourth, fifth and sixth."""
    text = "OpenRouter整体模型调用量方面，Gemini 2.5 Flash最近三周分别为371.7B、{}和377.9B；MiniMax M2则依次排第4、第5、第6。"
    assert real_week_2025_11_30.checker.check(text.format("367.5B")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("377.5B")).problems] == ["377.5B"]


def test_places_over_the_weeks_named_are_that_rows_places_in_those_weeks(real_week_2025_11_30):
    """2025-11-30: MiniMax M2 was fourth, fifth and sixth over the three weeks ending then."""
    text = "OpenRouter整体模型调用量方面，MiniMax M2三周排第4、第{}、第6。"
    assert real_week_2025_11_30.checker.check(text.format(5)).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format(4)).problems] == ["第4"]


def test_the_long_tail_is_the_others_row(sample_week_2026_01_17):
    """2026-01-17: Others hold 14.5% of programming usage, 15.2% last week."""
    text = "OpenRouter编程调用量方面，前十以外的长尾份额从15.2%降到{}。"
    assert sample_week_2026_01_17.checker.check(text.format("14.5%")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("14.6%")).problems] == ["14.6%"]


def test_a_name_after_a_sum_is_the_subject_of_the_clauses_after_it(sample_week):
    """2026-01-31: Google's share fell from 26.0% to 24.0%; the long tail (Others) is in the sum
    before Google is named, and does not make the change a gap between the two."""
    text = "OpenRouter模型市占率方面，十家公司加上长尾合计约5.86万亿，Google以24.0%居首，份额比上周{}了2个百分点。"
    assert sample_week.checker.check(text.format("少")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("多")).problems] == ["2个百分点"]


def test_amounts_of_rows_named_after_the_rest_are_theirs(sample_week_2026_01_17):
    """2026-01-17: Gemini 2.5 Pro has 417B and Gemini 2.5 Flash 375B; three of the four Gemini
    models are not Gemini 3 Flash Preview."""
    text = ("OpenRouter整体模型调用量方面，除了Gemini 3 Flash Preview，其余三款Gemini都在下滑：Gemini 2.5 Pro以4170亿排第五，"
            "Gemini 2.5 Flash以{}守住第六。")
    assert sample_week_2026_01_17.checker.check(text.format("3750亿")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("3570亿")).problems] == ["3570亿"]


def test_the_rest_of_a_brand_counts_that_brands_rows(sample_week_2026_01_17):
    """2026-01-17: four Gemini models are listed; three besides Gemini 3 Flash Preview."""
    text = "OpenRouter整体模型调用量方面，除了Gemini 3 Flash Preview，其余{}款Gemini都在下滑。"
    assert sample_week_2026_01_17.checker.check(text.format("三")).problems == []
    assert [p.quote for p in sample_week_2026_01_17.checker.check(text.format("九")).problems] == ["九款"]


def test_an_entry_said_to_be_last_weeks_is_checked_a_week_earlier(real_week_2026_03_16):
    """2026-03-16: Step 3.5 Flash (free) entered the top ten last week (2026-03-09); DeepSeek V3.2
    has been in it for months."""
    text = "OpenRouter整体模型调用量方面，{}上周才首次进入前十。"
    assert real_week_2026_03_16.checker.check(text.format("Step 3.5 Flash (free)")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("DeepSeek V3.2")).problems] == ["前十"]


def test_a_share_of_a_written_total_may_be_said_with_zhong_de(real_week_2026_03_16):
    """2026-03-16: MiniMax M2.5's 1.75T is 19% of the top ten's 9.19T."""
    text = "OpenRouter整体模型调用量方面，MiniMax M2.5本周调用量1.75万亿，拿走了前十合计约9.19万亿中的近{}成。"
    assert real_week_2026_03_16.checker.check(text.format("两")).problems == []
    assert [p.quote for p in real_week_2026_03_16.checker.check(text.format("三")).problems] == ["三成"]


def test_the_rest_after_taking_away_a_row_is_the_other_rows(real_week_2025_11_30):
    """2025-11-30: the top nine hold 4.22T; without Grok 4.1 Fast (free) (1.58T) the other eight hold 2.64T."""
    text = "OpenRouter整体模型调用量方面，前九合计约4.22T；扣掉Grok 4.1 Fast (free)，其余八款只有约{}。"
    assert real_week_2025_11_30.checker.check(text.format("2.64T")).problems == []
    assert [p.quote for p in real_week_2025_11_30.checker.check(text.format("2.46T")).problems] == ["2.46T"]


def test_a_signed_percentage_after_an_amount_is_its_change(sample_week):
    """2026-01-31: DeepSeek's usage on the market-share board went from 457B to 553B, +21%."""
    text = "公司市占率榜上，DeepSeek从457B涨到553B（{}），份额升至9.4%。"
    assert sample_week.checker.check(text.format("+21%")).problems == []
    assert [p.quote for p in sample_week.checker.check(text.format("+12%")).problems] == ["+12%"]


def test_the_sum_of_the_rest_with_nothing_set_aside_is_the_rows_but_the_subject():
    """synth-4, 2026-06-13: Claude Opus 4.5 leads programming with 497B; the other seven listed
    models add up to 464.8B."""
    week = _synthetic("synth-4", "2026-06-13")
    text = "OpenRouter编程调用量方面，Claude Opus 4.5以497B居首，比榜上其余模型加起来（{}）还多。"
    assert week.checker.check(text.format("464.8B")).problems == []
    assert [p.quote for p in week.checker.check(text.format("446.8B")).problems] == ["446.8B"]
