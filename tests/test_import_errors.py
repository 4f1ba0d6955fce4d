"""Bad input to `writer import`: one clear error naming file, record and field, exit 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from writer.cli import app

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "import"
WEEKLY = FIXTURES / "openrouter-weekly" / "2026-02-01.json"


def run(*args: str | Path):
    return CliRunner().invoke(app, ["import", *map(str, args)])


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def edited(tmp_path: Path, name: str, edit) -> Path:  # noqa: ANN001 - edit: a function changing the parsed JSON
    data = json.loads(WEEKLY.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def assert_rejected(result, data: Path, before: dict[str, bytes], message: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"error: {message}\n"
    assert tree(data) == before, "nothing may be written on bad input"


def test_missing_field_names_file_record_and_field(data_copy, tmp_path):
    source = edited(tmp_path, "2026-02-01.json", lambda d: d["models"][2].pop("total_tokens"))
    before = tree(data_copy)
    result = run("openrouter-weekly", source, "--data", data_copy / "real")
    assert_rejected(result, data_copy, before,
                    f"{source}, field 'models[2].total_tokens': missing: this field is required")


def test_non_numeric_tokens_are_rejected(data_copy, tmp_path):
    source = edited(tmp_path, "2026-02-01.json", lambda d: d["models"][0].update(total_tokens="77x4B"))
    before = tree(data_copy)
    result = run("openrouter-weekly", source, "--data", data_copy / "real")
    assert_rejected(result, data_copy, before, f"{source}, field 'models[0].total_tokens': '77x4B' is not a number")


def test_fractional_and_negative_tokens_are_rejected(data_copy, tmp_path):
    before = tree(data_copy)
    half = edited(tmp_path, "2026-02-01.json", lambda d: d["models"][1].update(total_tokens=12.5))
    assert_rejected(run("openrouter-weekly", half, "--data", data_copy), data_copy, before,
                    f"{half}, field 'models[1].total_tokens': '12.5' is not a whole number")
    negative = edited(tmp_path, "2026-02-01.json", lambda d: d["models"][1].update(total_tokens=-5))
    assert_rejected(run("openrouter-weekly", negative, "--data", data_copy), data_copy, before,
                    f"{negative}, field 'models[1].total_tokens': -5 is negative; a count cannot be")


def test_malformed_json_names_the_line(data_copy, tmp_path):
    source = tmp_path / "2026-02-01.json"
    source.write_text(WEEKLY.read_text(encoding="utf-8")[:900], encoding="utf-8")
    before = tree(data_copy)
    result = run("openrouter-weekly", source, "--data", data_copy)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {source}, line ")
    assert ": malformed JSON: " in result.stderr
    assert tree(data_copy) == before


def test_unknown_source_lists_the_sources(data_copy):
    before = tree(data_copy)
    result = run("openrouter-monthly", WEEKLY, "--data", data_copy)
    assert_rejected(result, data_copy, before, "unknown source 'openrouter-monthly' (sources: openrouter-weekly, "
                                               "openrouter-daily, openrouter-endpoints, lmarena, artificial-analysis)")


def test_missing_file_is_named(data_copy, tmp_path):
    before = tree(data_copy)
    assert_rejected(run("openrouter-weekly", tmp_path / "nope.json", "--data", data_copy), data_copy, before,
                    f"{tmp_path / 'nope.json'}: file not found")


def test_duplicate_rank_is_rejected(data_copy, tmp_path):
    source = edited(tmp_path, "2026-02-01.json", lambda d: d["models"][3].update(rank=1))
    before = tree(data_copy)
    result = run("openrouter-weekly", source, "--data", data_copy)
    assert result.exit_code == 2
    assert "field 'models[" in result.stderr and "rank': duplicate rank 1" in result.stderr
    assert tree(data_copy) == before


def test_one_bad_file_writes_nothing_of_the_others(data_copy, tmp_path):
    good = sorted((FIXTURES / "openrouter-weekly").glob("*.json"))[:2]
    bad = edited(tmp_path, "2026-02-16.json", lambda d: (d.update(date="2026-02-16"), d["models"][4].pop("slug")))
    before = tree(data_copy)
    result = run("openrouter-weekly", *good, bad, "--data", data_copy / "real")
    assert_rejected(result, data_copy, before, f"{bad}, field 'models[4].slug': missing: this field is required")
    assert not (data_copy / "real").exists(), "a new dataset folder is removed again"


def test_week_folder_that_does_not_load_stops_the_import(data_copy):
    broken = data_copy / "weeks" / "2026-01-31" / "lmarena-text.csv"
    broken.write_text(broken.read_text(encoding="utf-8").replace("1490", "14x0"), encoding="utf-8")
    before = tree(data_copy)
    result = run("artificial-analysis", FIXTURES / "aa-text-to-image.json", "--data", data_copy, "--week", "2026-01-31")
    assert_rejected(result, data_copy, before,
                    f"{broken}, line 2, field 'score': '14x0' is not a number (unexpected 'x0') (nothing was written)")


def test_week_is_required_where_files_carry_no_date(data_copy):
    before = tree(data_copy)
    result = run("openrouter-endpoints", FIXTURES / "openrouter-endpoints-qwen-qwen3-32b.json", "--data", data_copy)
    assert_rejected(result, data_copy, before,
                    "openrouter-endpoints files carry no date: give the week they belong to with --week YYYY-MM-DD")


def test_bad_week_and_board_options_are_usage_errors(data_copy):
    before = tree(data_copy)
    assert_rejected(run("openrouter-weekly", WEEKLY, "--data", data_copy, "--week", "2026-02-31"), data_copy, before,
                    "--week '2026-02-31' is not a date: use YYYY-MM-DD")
    assert_rejected(run("artificial-analysis", FIXTURES / "aa-text-to-image.json", "--data", data_copy, "--week",
                        "2026-01-31", "--board", "aa-video"), data_copy, before,
                    "unknown board 'aa-video' (boards: " + ", ".join(
                        line.split(": ", 1)[1] for line in (ROOT / "data" / "catalog.yaml").read_text(encoding="utf-8").splitlines()
                        if line.startswith("  - id: ")) + ")")


def test_week_option_must_match_a_weekly_file(data_copy):
    before = tree(data_copy)
    result = run("openrouter-weekly", WEEKLY, "--data", data_copy, "--week", "2026-02-08")
    assert_rejected(result, data_copy, before, f"{WEEKLY}, field 'date': the file is for the week 2026-02-01, not 2026-02-08 (drop --week)")
