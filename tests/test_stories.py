"""Editorial judgement: each board's stories, chosen by size of change, match the 2026-01-31 edition's."""

from __future__ import annotations


def story_entities(week, board: str) -> set[str]:
    return {e for s in week.stories[board] for e in s.entities}


def test_usage_board_tells_the_editions_five_stories(sample_week):
    assert story_entities(sample_week, "openrouter-models") == {
        "mimo-v2-flash-free", "deepseek-v3.2", "claude-opus-4.5", "gemini-2.5-pro", "gpt-oss-120b", "gemini-2.5-flash",
    }


def test_usage_board_leads_with_the_biggest_fall(sample_week):
    assert sample_week.stories["openrouter-models"][0].entities == ["mimo-v2-flash-free"]


def test_exit_and_entry_at_the_bottom_make_one_story(sample_week):
    kinds = {s.kind.value: s.entities for s in sample_week.stories["openrouter-models"]}
    assert kinds["replaced"] == ["gemini-2.5-pro", "gpt-oss-120b"]


def test_market_share_board_tells_the_editions_five_stories(sample_week):
    assert story_entities(sample_week, "openrouter-authors") == {"deepseek", "google", "xiaomi", "moonshotai", "others"}


def test_programming_board_groups_exits_and_reentries(sample_week):
    stories = {s.kind.value: s.entities for s in sample_week.stories["openrouter-programming"]}
    assert stories["exits"] == ["mimo-v2-flash-free", "devstral-2-2512-free", "deepseek-v3.2"]
    assert stories["reentries"] == ["gpt-5.2", "gpt-5.2-codex"]
    assert story_entities(sample_week, "openrouter-programming") >= {"grok-code-fast-1", "minimax-m2.1", "kimi-k2.5"}


def test_throughput_board_picks_the_busiest_fast_rows(sample_week):
    assert story_entities(sample_week, "openrouter-throughput") == {"gpt-oss-120b", "qwen3-32b"}


def test_arena_and_benchmark_boards_tell_one_story_each(sample_week):
    expected = {
        "lmarena-text-to-image": ("entered", {"hunyuan-image-3.0-instruct"}),
        "aa-image-editing": ("swap", {"reve-v1", "flux.2-pro"}),
        "aa-text-to-image": ("swap", {"flux.2-dev-turbo", "imagineart-1.5-preview"}),
        "gaia": ("score_update", {"shawn-agent"}),
    }
    for board, (kind, entities) in expected.items():
        [story] = sample_week.stories[board]
        assert (story.kind.value, set(story.entities)) == (kind, entities), board


def test_unchanged_boards_tell_nothing(sample_week):
    for board in ("lmarena-text", "lmarena-webdev", "livecodebench", "gpqa", "frontiermath", "hle"):
        assert sample_week.stories[board] == [], board
