"""Bad input data: one clear message naming file, line and field, exit status 2, nothing written."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from writer.cli import app

WEEK = "2026-01-31"


def draft(data: Path, tmp_path: Path, week: str = WEEK):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["draft", "--week", week, "--data", str(data), "--out", str(out)])
    return result, out


def edit_csv(data: Path, board: str, old: str, new: str) -> Path:
    path = data / "weeks" / WEEK / f"{board}.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def assert_rejected(result, out: Path, *fragments: str) -> None:
    assert result.exit_code == 2, result.output
    message = result.output.strip().splitlines()[-1]
    assert message.startswith("error: ")
    for fragment in fragments:
        assert fragment in message, message
    assert not out.exists(), "nothing may be written on bad input"


def test_non_numeric_tokens_name_file_line_and_field(data_copy, tmp_path):
    edit_csv(data_copy, "openrouter-models", "464B", "46x4B")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "openrouter-models.csv, line 5, field 'tokens'", "'46x4B' is not a number")


def test_negative_tokens_are_rejected(data_copy, tmp_path):
    edit_csv(data_copy, "openrouter-models", "464B", "-464B")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "line 5, field 'tokens'", "negative")


def test_missing_column_is_named(data_copy, tmp_path):
    path = data_copy / "weeks" / WEEK / "openrouter-models.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(",".join(line.split(",")[:3] + line.split(",")[4:]) for line in lines) + "\n", encoding="utf-8")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "openrouter-models.csv, line 1", "missing column(s): tokens")


def test_unknown_column_is_named(data_copy, tmp_path):
    edit_csv(data_copy, "openrouter-models", "rank,model,author,tokens,growth", "rank,model,author,tokens,grwth")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "unknown column(s): grwth")


def test_duplicate_rank_is_rejected(data_copy, tmp_path):
    edit_csv(data_copy, "openrouter-models", "5,Gemini 2.5 Flash", "4,Gemini 2.5 Flash")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "line 6, field 'rank'", "duplicate rank 4 (also on line 5)")


def test_duplicate_entity_through_an_alias_is_rejected(data_copy, tmp_path):
    edit_csv(data_copy, "openrouter-models", "10,gpt-oss-120b", "10,Gemini 2.5 Flash")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "line 11, field 'model'", "duplicate entity 'gemini-2.5-flash'")


def test_share_that_disagrees_with_tokens_is_rejected(data_copy, tmp_path):
    edit_csv(data_copy, "openrouter-authors", "DeepSeek,553B,9.4", "DeepSeek,553B,9.6")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "openrouter-authors.csv, line 6, field 'share'", "disagrees with tokens/total = 9.44%")


def test_unknown_board_file_is_rejected(data_copy, tmp_path):
    (data_copy / "weeks" / WEEK / "openrouter-model.csv").write_text("rank\n", encoding="utf-8")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "unknown board 'openrouter-model'")


def test_unknown_alias_is_rejected(data_copy, tmp_path):
    edit_csv(data_copy, "openrouter-models", "DeepSeek V3.2", "DeepSeek V9")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "line 5, field 'model'", "unknown entity 'DeepSeek V9'", "entities.yaml")


def test_company_in_a_model_column_is_rejected(data_copy, tmp_path):
    edit_csv(data_copy, "openrouter-models", "DeepSeek V3.2,DeepSeek", "DeepSeek,DeepSeek")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "field 'model'", "is a company")


def test_malformed_events_yaml_names_the_line(data_copy, tmp_path):
    path = data_copy / "weeks" / WEEK / "events.yaml"
    path.write_text("events:\n  - id: x\n    title: [unclosed\n", encoding="utf-8")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "events.yaml", "malformed YAML")


def test_event_with_a_misspelt_key_is_rejected(data_copy, tmp_path):
    path = data_copy / "weeks" / WEEK / "events.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    title: 发布文心5.0", "    titel: 发布文心5.0", 1), encoding="utf-8")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "events.yaml", "field 'events[0].title': required, but missing")


def test_file_not_in_utf8_is_rejected(data_copy, tmp_path):
    path = data_copy / "weeks" / WEEK / "openrouter-authors.csv"
    path.write_bytes(path.read_text(encoding="utf-8").replace("Others", "其他").encode("gb18030"))
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "openrouter-authors.csv", "not UTF-8")


def test_missing_week_lists_the_weeks_there_are(tmp_path):
    from .conftest import DATA

    result, out = draft(DATA, tmp_path, week="2026-02-07")
    assert_rejected(result, out, "no data for week 2026-02-07", "2026-01-31")


def test_missing_data_folder_says_how_to_point_at_one(tmp_path):
    result, out = draft(tmp_path / "nowhere", tmp_path)
    assert_rejected(result, out, "data folder not found", "--data")


def test_bad_week_value_is_a_usage_error(tmp_path):
    from .conftest import DATA

    result, out = draft(DATA, tmp_path, week="last")
    assert_rejected(result, out, "'last' is not a week")


def test_rank_that_is_not_a_whole_number_is_named(data_copy, tmp_path):
    edit_csv(data_copy, "openrouter-models", "5,Gemini 2.5 Flash", "5.5,Gemini 2.5 Flash")
    result, out = draft(data_copy, tmp_path)
    assert_rejected(result, out, "line 6, field 'rank'", "'5.5' is not a whole number")
