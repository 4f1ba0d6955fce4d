"""`writer import openrouter-daily`: daily rankings summed into the report's week, models and author shares."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from typer.testing import CliRunner

from writer.cli import app
from writer.load import open_dataset

from .conftest import ROOT

DAILY = ROOT / "tests" / "fixtures" / "import" / "openrouter-daily-2026-01-19_2026-02-01.json"


def run(*args: str | Path):
    return CliRunner().invoke(app, ["import", *map(str, args)])


def csv_rows(data: Path, week: str, board: str) -> list[list[str]]:
    lines = (data / "weeks" / week / f"{board}.csv").read_text(encoding="utf-8").splitlines()
    return [line.split(",") for line in lines[1:]]


def week_sum(slug: str, first: str, last: str) -> int:
    rows = json.loads(DAILY.read_text(encoding="utf-8"))["data"]
    return sum(int(r["total_tokens"]) for r in rows if r["model_permaslug"] == slug and first <= r["date"] <= last)


def test_daily_rows_sum_into_the_week_ending_on_the_last_date(data_copy):
    target = data_copy / "daily"
    result = run("openrouter-daily", DAILY, "--data", target)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == [
        f"2026-02-01 openrouter-models: wrote 10 rows to {target}/weeks/2026-02-01/openrouter-models.csv",
        f"2026-02-01 openrouter-authors: wrote 11 rows to {target}/weeks/2026-02-01/openrouter-authors.csv",
    ]
    models = csv_rows(target, "2026-02-01", "openrouter-models")
    sonnet = week_sum("anthropic/claude-4.5-sonnet-20250929", "2026-01-26", "2026-02-01")
    assert models[0] == ["1", "Claude Sonnet 4.5", "Anthropic", str(sonnet), "9"]
    assert sonnet == 771_730_986_485
    assert [m[1] for m in models].count("MiMo V2 Flash (free)") == 1 and "MiMo V2 Flash" not in [m[1] for m in models]


def test_growth_is_against_the_week_before_and_empty_for_newcomers(data_copy):
    target = data_copy / "daily"
    assert run("openrouter-daily", DAILY, "--data", target).exit_code == 0
    by_name = {m[1]: m for m in csv_rows(target, "2026-02-01", "openrouter-models")}
    now = week_sum("openai/gpt-oss-120b", "2026-01-26", "2026-02-01")
    before = week_sum("openai/gpt-oss-120b", "2026-01-19", "2026-01-25")
    assert by_name["gpt-oss-120b"][4] == str(round(100 * (now / before - 1))) == "7"
    assert by_name["Kimi K2.5"][4] == ""  # launched in the week: nothing to compare with
    assert by_name["MiMo V2 Flash (free)"][4] == "-55"


def test_a_week_without_its_previous_week_has_no_growth(data_copy):
    target = data_copy / "daily"
    result = run("openrouter-daily", DAILY, "--data", target, "--week", "2026-01-25")
    assert result.exit_code == 0, result.output
    assert {m[4] for m in csv_rows(target, "2026-01-25", "openrouter-models")} == {""}


def test_author_shares_include_other_and_agree_with_the_tokens(data_copy):
    target = data_copy / "daily"
    assert run("openrouter-daily", DAILY, "--data", target).exit_code == 0
    authors = csv_rows(target, "2026-02-01", "openrouter-authors")
    assert [a[1] for a in authors[:3]] == ["Anthropic", "Google", "xAI"]
    assert authors[-1][:2] == ["", "Others"]
    rows = json.loads(DAILY.read_text(encoding="utf-8"))["data"]
    week = [r for r in rows if "2026-01-26" <= r["date"] <= "2026-02-01"]
    total = sum(int(r["total_tokens"]) for r in week)
    assert sum(int(a[2]) for a in authors) == total  # 'other' rows are in Others
    xiaomi = sum(int(r["total_tokens"]) for r in week if r["model_permaslug"].startswith("xiaomi/"))
    assert next(a for a in authors if a[1] == "Xiaomi")[2:] == [str(xiaomi), str(round(Decimal(100 * xiaomi) / total, 1))]
    snapshot = open_dataset(target).load_week(open_dataset(target).week_dates()[0]).snapshots["openrouter-authors"]
    assert len(snapshot.entries) == 11  # the loader's share check passed


def test_a_missing_day_is_an_error(data_copy):
    result = run("openrouter-daily", DAILY, "--data", data_copy / "daily", "--week", "2026-02-02")
    assert result.exit_code == 2
    assert result.stderr == (f"error: {DAILY}: the week ending 2026-02-02 needs the 7 days 2026-01-27 to 2026-02-02; "
                             "missing: 2026-02-02 (fetch them, or pick the week with --week)\n")
    assert not (data_copy / "daily").exists()


def test_non_numeric_daily_tokens_name_the_row(data_copy, tmp_path):
    data = json.loads(DAILY.read_text(encoding="utf-8"))
    data["data"][5]["total_tokens"] = "12,3x"
    source = tmp_path / "daily.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    result = run("openrouter-daily", source, "--data", data_copy / "daily")
    assert result.exit_code == 2
    assert result.stderr == f"error: {source}, field 'data[5].total_tokens': '12,3x' is not a number\n"


def test_reimporting_daily_rows_changes_nothing(data_copy):
    target = data_copy / "daily"
    assert run("openrouter-daily", DAILY, "--data", target).exit_code == 0
    again = run("openrouter-daily", DAILY, "--data", target)
    assert again.exit_code == 0
    assert all(": unchanged (" in line for line in again.stdout.splitlines())
