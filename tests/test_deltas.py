"""The week's deltas and facts, pinned to the figures the 2026-01-31 edition quotes."""

from __future__ import annotations

import pytest

from writer.facts import Fact


def fact(week, fact_id: str) -> Fact:
    found = week.facts.by_id().get(fact_id)
    assert found is not None, f"no fact {fact_id}"
    return found


def test_mimo_fall_is_computed_from_both_weeks(sample_week):
    tokens = fact(sample_week, "openrouter-models/mimo-v2-flash-free/tokens")
    rank = fact(sample_week, "openrouter-models/mimo-v2-flash-free/rank")
    growth = fact(sample_week, "openrouter-models/mimo-v2-flash-free/growth")
    assert (tokens.prev.text, tokens.now.text) == ("582B", "280B")
    assert (rank.prev.text, rank.now.text) == ("第2", "第9")
    assert (growth.prev.text, growth.now.text) == ("+18%", "-52%")
    assert tokens.rel_change.value == pytest.approx(-51.9, abs=0.05)


def test_deepseek_share_moves_in_points(sample_week):
    share = fact(sample_week, "openrouter-authors/deepseek/share")
    assert (share.prev.text, share.now.text) == ("8.0%", "9.4%")
    assert share.change.value == pytest.approx(1.4)
    assert share.change.text == "+1.4个百分点"


def test_kimi_is_a_new_entry_at_fourth_in_programming(sample_week):
    rank = fact(sample_week, "openrouter-programming/kimi-k2.5/rank")
    share = fact(sample_week, "openrouter-programming/kimi-k2.5/share")
    assert rank.now.text == "第4" and rank.prev is None
    assert {"entered", "new", "listed"} <= set(rank.status)
    assert share.now.text == "8.9%"


def test_gpt_5_2_pair_is_back_after_weeks_out(sample_week):
    for model in ("gpt-5.2", "gpt-5.2-codex"):
        rank = fact(sample_week, f"openrouter-programming/{model}/rank")
        assert "reentered" in rank.status
        assert "new" not in rank.status


def test_three_models_left_the_programming_list(sample_week):
    left = {f.entity for f in sample_week.facts.facts
            if f.board == "openrouter-programming" and f.metric and f.metric.value == "rank" and "left" in f.status}
    assert left == {"mimo-v2-flash-free", "devstral-2-2512-free", "deepseek-v3.2"}


def test_grok_code_fast_share_falls_a_third_straight_week(sample_week):
    assert fact(sample_week, "openrouter-programming/grok-code-fast-1/share").streak == 3


def test_doubling_is_a_ratio_of_two(sample_week):
    tokens = fact(sample_week, "openrouter-programming/minimax-m2.1/tokens")
    assert (tokens.prev.text, tokens.now.text) == ("56.8B", "115B")
    assert tokens.ratio == pytest.approx(2.02, abs=0.01)


def test_token_spellings_include_trillions_and_yi(sample_week):
    tokens = fact(sample_week, "openrouter-models/mimo-v2-flash-free/tokens")
    assert tokens.prev.forms == ["0.58T", "5820亿"]


def test_swaps_are_found_across_the_list_edge(sample_week):
    swaps = {f.id for f in sample_week.facts.facts if f.kind.value == "swap"}
    assert "aa-image-editing/swap/reve-v1+flux.2-pro" in swaps
    assert "aa-text-to-image/swap/flux.2-dev-turbo+imagineart-1.5-preview" in swaps


def test_throughput_rows_are_keyed_by_model_and_provider(sample_week):
    groq = fact(sample_week, "openrouter-throughput/gpt-oss-120b@groq/speed")
    sambanova = fact(sample_week, "openrouter-throughput/gpt-oss-120b@sambanova/speed")
    assert (groq.now.text, sambanova.now.text) == ("936 tok/s", "382 tok/s")
    assert fact(sample_week, "openrouter-throughput/qwen3-32b@cerebras/requests_rank").now.text == "第2"


def test_event_figures_keep_their_units(sample_week):
    latency = fact(sample_week, "event/qwen3-tts-open-source/最低延迟")
    assert latency.now.value == pytest.approx(0.097)
    assert fact(sample_week, "event/baidu-ernie-5.0").date.isoformat() == "2026-01-24"


def test_first_week_has_no_previous_week(tmp_path):
    from writer.weekly import open_week

    from .conftest import DATA

    ctx = open_week(DATA, "2026-01-10")
    assert ctx.facts.prev_week is None
    tokens = ctx.facts.by_id()["openrouter-models/claude-sonnet-4.5/tokens"]
    assert tokens.prev is None and tokens.change is None
    assert all(not stories for stories in ctx.stories.values())


def test_facts_command_prints_json_for_machines():
    import json

    from typer.testing import CliRunner

    from writer.cli import app

    from .conftest import DATA

    result = CliRunner().invoke(app, ["facts", "--week", "2026-01-31", "--data", str(DATA), "--board", "openrouter-models", "--format", "json"])
    payload = json.loads(result.output)
    tokens = next(f for f in payload["facts"] if f["id"] == "openrouter-models/deepseek-v3.2/tokens")
    assert (tokens["prev"]["text"], tokens["now"]["text"], tokens["rel_change"]["text"]) == ("364B", "464B", "+27%")
    assert payload["stories"]["openrouter-models"][0]["entities"] == ["mimo-v2-flash-free"]


def test_facts_command_prints_a_table_for_people():
    from typer.testing import CliRunner

    from writer.cli import app

    from .conftest import DATA

    result = CliRunner().invoke(app, ["facts", "--week", "2026-01-31", "--data", str(DATA), "--board", "gaia"])
    assert result.exit_code == 0
    assert "gaia/shawn-agent/score" in result.output and "89.37%" in result.output
    assert "score_update" in result.output


def test_facts_for_an_unknown_board_is_a_usage_error():
    from typer.testing import CliRunner

    from writer.cli import app

    from .conftest import DATA

    result = CliRunner().invoke(app, ["facts", "--week", "2026-01-31", "--data", str(DATA), "--board", "nope"])
    assert result.exit_code == 2 and "unknown board 'nope'" in result.output


def test_aliases_name_one_canonical_entity(sample_week):
    entities = sample_week.dataset.entities
    assert entities.resolve("GPT-OSS-120B").id == entities.resolve("gpt-oss-120b").id
    assert entities.resolve("月之暗面").id == entities.resolve("MoonshotAI").id == entities.get("kimi-k2.5").maker
    assert entities.resolve("通义千问").id == entities.resolve("阿里巴巴").id == entities.resolve("Qwen").id
