"""`writer import lmarena` and `writer import artificial-analysis`: arena rows → the arena boards."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from writer.cli import app

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "import"
LMARENA = FIXTURES / "lmarena-leaderboard.csv"


def run(*args: str | Path):
    return CliRunner().invoke(app, ["import", *map(str, args)])


def board(data: Path, name: str, week: str = "2026-01-31") -> list[str]:
    return (data / "weeks" / week / f"{name}.csv").read_text(encoding="utf-8").splitlines()


def test_lmarena_categories_fill_their_boards_from_the_latest_publication(data_copy):
    result = run("lmarena", LMARENA, "--data", data_copy, "--week", "2026-01-31")
    assert result.exit_code == 0, result.output
    text = board(data_copy, "lmarena-text")
    assert text[0] == "rank,model,org,score,preliminary"
    assert text[1:4] == ["1,Gemini 3 Pro Preview,Google,1491,false",  # gemini-3-pro, 1491.2 (2026-01-30)
                         "2,Grok 4.1 Thinking,xAI,1477,false",
                         "3,Gemini 3 Flash Preview,Google,1472,false"]  # LMArena's tied rank 2 → placed 3rd
    assert text[8:11] == ["8,GLM 4.7,Z-AI,1445,false", "9,qwen3-max-preview,Qwen,1442,false",  # Zhipu, Alibaba
                          "10,kimi-k2.5-thinking,MoonshotAI,1440,false"]
    assert board(data_copy, "lmarena-webdev")[1] == "1,Claude Opus 4.5 (thinking-32k),Anthropic,1512,false"
    assert "lmarena: skipped rows of categories without a board: text_to_video (1), vision (1)" in result.stdout
    assert "warning: new model 'kimi-k2.5-thinking' (id kimi-k2.5-thinking, maker moonshotai)" in result.stderr


def test_lmarena_takes_the_publication_of_the_week(data_copy):
    result = run("lmarena", LMARENA, "--data", data_copy, "--week", "2026-01-24")
    assert result.exit_code == 0, result.output
    assert board(data_copy, "lmarena-text", "2026-01-24")[1:3] == ["1,Gemini 3 Pro Preview,Google,1490,false",
                                                                   "2,Grok 4.1 Thinking,xAI,1477,false"]
    assert "lmarena: lmarena-webdev not imported: it is only published after 2026-01-24 in these files" in result.stdout
    webdev = Path("weeks") / "2026-01-24" / "lmarena-webdev.csv"
    assert (data_copy / webdev).read_bytes() == (ROOT / "data" / webdev).read_bytes()


def test_lmarena_json_lines_with_a_preliminary_flag(data_copy, tmp_path):
    source = tmp_path / "arena.jsonl"
    rows = [{"model_name": "hunyuan-image-3.0-instruct", "organization": "Tencent", "rating": 1166.4, "rank": 5,
             "category": "text_to_image", "leaderboard_publish_date": "2026-01-30", "is_preliminary": True},
            {"model_name": "gpt-image-1.5", "organization": "OpenAI", "rating": "1248.2", "rank": 1,
             "category": "text_to_image", "leaderboard_publish_date": "2026-01-30"}]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert run("lmarena", source, "--data", data_copy, "--week", "2026-01-31").exit_code == 0
    assert board(data_copy, "lmarena-text-to-image")[1:] == ["1,GPT Image 1.5,OpenAI,1248,false",
                                                              "2,hunyuan-image-3.0-instruct,Tencent,1166,true"]


def test_lmarena_missing_rating_names_the_csv_line(data_copy, tmp_path):
    source = tmp_path / "arena.csv"
    source.write_text(LMARENA.read_text(encoding="utf-8").replace("grok-4.1-thinking,xAI,1476.6,", "grok-4.1-thinking,xAI,,"),
                      encoding="utf-8")
    result = run("lmarena", source, "--data", data_copy, "--week", "2026-01-24")
    assert result.exit_code == 2
    assert result.stderr == f"error: {source}, line 6, field 'rating': missing: this field is required\n"


def test_artificial_analysis_board_comes_from_the_file_name(data_copy):
    result = run("artificial-analysis", FIXTURES / "aa-text-to-image.json", FIXTURES / "aa-image-editing.json",
                 "--data", data_copy, "--week", "2026-01-31")
    assert result.exit_code == 0, result.output
    assert board(data_copy, "aa-text-to-image")[1:3] == ["1,GPT Image 1.5,OpenAI,1272,false",
                                                         "2,Gemini 3 Pro Image Preview,Google,1260,false"]  # Nano Banana Pro
    assert board(data_copy, "aa-image-editing")[3:5] == ["3,Seedream 4.5,ByteDance,1210,false",  # ByteDance Seed
                                                         "4,Qwen-Image-Edit-2511,Qwen,1171,false"]
    assert "warning: new company 'ShengShu' (id shengshu)" in result.stderr


def test_artificial_analysis_needs_a_board_it_can_tell(data_copy, tmp_path):
    source = tmp_path / "leaderboard.json"
    source.write_text((FIXTURES / "aa-image-editing.json").read_text(encoding="utf-8"), encoding="utf-8")
    unknown = run("artificial-analysis", source, "--data", data_copy, "--week", "2026-01-31")
    assert unknown.exit_code == 2
    assert unknown.stderr == (f"error: {source}: cannot tell from the file name which leaderboard it is; "
                              "add --board aa-text-to-image or --board aa-image-editing\n")
    chosen = run("artificial-analysis", source, "--data", data_copy, "--week", "2026-01-31", "--board", "aa-image-editing")
    assert chosen.exit_code == 0, chosen.output
    assert len(board(data_copy, "aa-image-editing")) == 5


def test_arena_reimport_is_unchanged(data_copy):
    args = ("artificial-analysis", FIXTURES / "aa-text-to-image.json", "--data", data_copy, "--week", "2026-01-31")
    assert run(*args).exit_code == 0
    again = run(*args)
    assert again.exit_code == 0 and again.stderr == ""
    assert again.stdout.startswith("2026-01-31 aa-text-to-image: unchanged (")
