"""The story rules on the real OpenRouter weeks: what the offline draft tells, and that it checks."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from writer.drafter import draft_sections
from writer.load import open_dataset
from writer.weekly import assemble, open_week

REAL = DATA / "openrouter-real"
WEEKS = [d.isoformat() for d in open_dataset(REAL).week_dates()]


def usage_bullet(week: str) -> str:
    ctx = open_week(REAL, week)
    sections = draft_sections(ctx.week, ctx.deltas, ctx.stories, ctx.facts, ctx.dataset.entities)
    return next(p.text for s in sections if s.id == "boards" for p in s.paragraphs)


@pytest.mark.parametrize("week", WEEKS)
def test_every_real_week_drafts_a_report_that_checks_clean(week):
    ctx = open_week(REAL, week)
    sections = draft_sections(ctx.week, ctx.deltas, ctx.stories, ctx.facts, ctx.dataset.entities)
    _, _, result = assemble(ctx, sections, "deterministic")
    assert result.ok, [f"{p.quote}: {p.message}" for p in result.problems]


def test_a_change_of_leader_leads_and_says_where_the_dethroned_leader_went():
    bullet = usage_bullet("2026-01-25")
    assert bullet.startswith("OpenRouter整体模型调用量方面，Claude Sonnet 4.5升至第1，登上榜首（上周排名第2）")
    assert "取代了Claude Opus 4.5，后者排名由第1降至第7，调用量从623B骤降至364B" in bullet.split("；")[0]


def test_a_newcomer_straight_to_first_place_is_one_story_naming_both():
    first = usage_bullet("2026-03-23").split("；")[0]
    assert "MiMo V2 Pro新进前十即登上榜首" in first and "取代了MiniMax M2.5，后者排名由第1降至第3" in first


def test_a_falling_streak_is_told_with_its_length():
    # 2025-11-16 → 2026-01-04: eight weeks held, seven falls in a row, and the leader leads the bullet.
    assert usage_bullet("2026-01-04").startswith(
        "OpenRouter整体模型调用量方面，Grok Code Fast 1明显回调，调用量从484B降至409B，周增长率由-6%回落至-16%，调用量已连续7周下滑；")
