"""Hostile and careless input: every case is exit 2 with one clear message, fast, and nothing written."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from writer.cli import app
from writer.limits import MAX_CELL_CHARS, MAX_DIGITS

from .conftest import ROOT

WEEK = "2026-01-31"
WEEKLY = ROOT / "tests" / "fixtures" / "import" / "openrouter-weekly" / "2026-02-01.json"


def invoke(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args])


def draft(data: Path, tmp_path: Path, *extra: str | Path, week: str = WEEK):
    return invoke("draft", "--week", week, "--data", data, "--out", tmp_path / "out", *extra)


def one_error(result, *fragments: str) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def models_csv(data: Path) -> Path:
    return data / "weeks" / WEEK / "openrouter-models.csv"


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("cell, said", [
    ("4,7,8,,B", "commas must group the digits by three"),
    ("４６４B", "uses full-width digits: write it with the digits 0-9 ('464B')"),
    ("٤٦٤B", "uses Arabic-Indic digits: write it with the digits 0-9 ('464B')"),
    ("1" * 400, f"has 400 digits, more than the limit of {MAX_DIGITS}"),
])
def test_a_number_written_in_a_way_that_could_be_misread_is_refused(cell, said, data_copy, tmp_path):
    replace_in(models_csv(data_copy), "464B", f'"{cell}"')
    one_error(draft(data_copy, tmp_path), "openrouter-models.csv, line 5, field 'tokens'", said)
    assert not (tmp_path / "out").exists()


def test_a_cell_over_the_limit_is_refused_with_its_line_and_column(data_copy, tmp_path):
    replace_in(models_csv(data_copy), "DeepSeek V3.2", "D" * (MAX_CELL_CHARS + 1))
    one_error(draft(data_copy, tmp_path), "line 5, field 'model'", f"more than the limit of {MAX_CELL_CHARS:,}")


def test_a_huge_csv_with_an_error_on_line_12_is_rejected_before_it_is_read(data_copy, tmp_path):
    path = models_csv(data_copy)
    lines = path.read_text(encoding="utf-8").splitlines()
    row = "99,Claude Sonnet 4.5,Anthropic,705B,2\n"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("\n".join(lines[:11]) + "\n12,Claude Sonnet 4.5,Anthropic,7x5B,2\n")
        handle.write(row * (30 * 1024 * 1024 // len(row)))
    started = time.monotonic()
    one_error(draft(data_copy, tmp_path), "openrouter-models.csv, line 12, field 'tokens'")
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_a_board_file_that_is_not_a_regular_file_is_refused_not_read(kind, data_copy, tmp_path):
    path = models_csv(data_copy)
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero")
    said = {"fifo": "is a FIFO", "folder": "is a folder", "device": "is a device"}[kind]
    one_error(draft(data_copy, tmp_path), "openrouter-models.csv", said)


def test_checking_dev_zero_is_refused(tmp_path):
    one_error(invoke("check", "/dev/zero", "--week", WEEK), "/dev/zero: is a device")


def test_a_folder_named_without_dashes_is_not_a_week_and_breaks_no_other(data_copy, tmp_path):
    shutil.copytree(data_copy / "weeks" / "2026-01-24", data_copy / "weeks" / "20260125")
    assert draft(data_copy, tmp_path).exit_code == 0
    one_error(draft(data_copy, tmp_path, week="20260125"), "'20260125' is not a week: use YYYY-MM-DD")


def test_an_event_on_a_date_that_does_not_exist_names_its_line(data_copy, tmp_path):
    replace_in(data_copy / "weeks" / WEEK / "events.yaml", "date: 2026-01-24", "date: 2026-02-30")
    one_error(draft(data_copy, tmp_path), "events.yaml, line 5", "day is out of range for month")


def test_deeply_nested_yaml_is_refused(data_copy, tmp_path):
    (data_copy / "weeks" / WEEK / "events.yaml").write_text("events: " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    one_error(draft(data_copy, tmp_path), "events.yaml", "nested more than 64 levels deep")


def test_out_that_is_a_file_is_refused_before_drafting(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder", encoding="utf-8")
    one_error(draft(ROOT / "data", tmp_path), "out", "not a folder")


def test_a_report_path_that_is_a_folder_is_refused(tmp_path):
    (tmp_path / "out" / WEEK / "report.md").mkdir(parents=True)
    one_error(draft(ROOT / "data", tmp_path), "report.md", "is a folder")


def weekly(tmp_path: Path, edit) -> Path:  # noqa: ANN001 - edit changes the parsed JSON
    data = json.loads(WEEKLY.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "2026-02-01.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def fresh_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(ROOT / "data" / "catalog.yaml", data)
    shutil.copy(ROOT / "data" / "entities.yaml", data)
    return data


@pytest.mark.parametrize("value, said", [
    ("1e5000", "out of range"),
    ("1e999999999", "out of range"),
    ("NaN", "is not a number"),
    ("Infinity", "is not a number"),
    ("７７４８５４４８７６４８", "uses full-width digits"),
    ("1" * 400, "too long to be a number"),
])
def test_an_importer_value_out_of_range_is_refused_fast(value, said, tmp_path):
    data = fresh_data(tmp_path)
    source = weekly(tmp_path, lambda d: d["models"][2].update(total_tokens=value))
    started = time.monotonic()
    one_error(invoke("import", "openrouter-weekly", source, "--data", data), "field 'models[2].total_tokens'", said)
    assert time.monotonic() - started < 3
    assert not (data / "weeks").exists()


def test_deeply_nested_json_is_refused(tmp_path):
    data = fresh_data(tmp_path)
    source = tmp_path / "2026-02-01.json"
    source.write_text('{"date": "2026-02-01", "models": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    one_error(invoke("import", "openrouter-weekly", source, "--data", data), "nested more than 64 levels deep")


def test_an_import_into_a_week_folder_that_is_a_file_is_refused(tmp_path):
    data = fresh_data(tmp_path)
    (data / "weeks").mkdir()
    (data / "weeks" / "2026-02-01").write_text("a file", encoding="utf-8")
    one_error(invoke("import", "openrouter-weekly", WEEKLY, "--data", data), "2026-02-01", "is a file, not a week folder")
    assert (data / "weeks" / "2026-02-01").read_text(encoding="utf-8") == "a file"


def test_an_io_error_half_way_through_an_import_changes_nothing(tmp_path, monkeypatch):
    data = fresh_data(tmp_path)
    first = invoke("import", "openrouter-weekly", WEEKLY, "--data", data)
    assert first.exit_code == 0, first.output
    before = {p: p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}
    calls = []

    def failing_replace(src, dst):  # noqa: ANN001 - os.replace's signature
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(dst))
        return real_replace(src, dst)

    import writer.importers.store as store

    real_replace = os.replace
    monkeypatch.setattr(store.os, "replace", failing_replace)
    second = ROOT / "tests" / "fixtures" / "import" / "openrouter-weekly" / "2026-01-25.json"
    changed = weekly(tmp_path, lambda d: [m.update(total_tokens=m["total_tokens"] + 1) for m in d["models"]])
    result = invoke("import", "openrouter-weekly", second, changed, "--data", data)
    monkeypatch.undo()
    one_error(result, "No space left on device", "nothing was changed")
    assert len(calls) >= 2
    after = {p: p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}
    assert after == before
    assert not list(data.glob(".import-*"))


def test_entities_keep_their_mode_after_an_import_that_adds_one(tmp_path):
    data = fresh_data(tmp_path)
    os.chmod(data / "entities.yaml", 0o644)
    source = weekly(tmp_path, lambda d: d["models"][0].update(slug="newco/brand-new-model", name="NewCo: Brand New"))
    result = invoke("import", "openrouter-weekly", source, "--data", data)
    assert result.exit_code == 0, result.output
    assert "Brand New" in (data / "entities.yaml").read_text(encoding="utf-8")
    assert (data / "entities.yaml").stat().st_mode & 0o777 == 0o644
    umask = os.umask(0)
    os.umask(umask)
    assert (data / "weeks" / "2026-02-01" / "openrouter-models.csv").stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_stale_staging_folder_is_removed_and_reported(tmp_path):
    data = fresh_data(tmp_path)
    stale = data / ".import-killed"
    stale.mkdir()
    (stale / "owner").write_text("999999999", encoding="utf-8")
    result = invoke("import", "openrouter-weekly", WEEKLY, "--data", data)
    assert result.exit_code == 0, result.output
    assert not stale.exists()
    assert "staging folder of an import that was interrupted" in result.stderr


def test_a_config_file_that_is_a_fifo_is_refused_not_read(tmp_path):
    fifo = tmp_path / "writer.toml"
    os.mkfifo(fifo)
    result = invoke("draft", "--week", WEEK, "--data", ROOT / "data", "--out", tmp_path / "out", "--config", fifo)
    one_error(result, "writer.toml", "is a FIFO")


def test_standard_input_that_is_not_utf8_is_refused():
    result = CliRunner().invoke(app, ["check", "-", "--week", WEEK, "--data", str(ROOT / "data")], input=b"\xff\xfe 582B")
    one_error(result, "-, line 1", "not UTF-8")



def test_a_text_padded_with_long_runs_of_spaces_is_checked_in_full(sample_week):
    # A pattern with several optional parts each preceded by \s* backtracks over every way of
    # splitting a run of spaces between them: 40 spaces took a second, 80 took minutes.
    gap = " " * 3000
    text = f"OpenRouter整体模型调用量方面，前十{gap}名单与上周相同。DeepSeek V3.2{gap}调用量为{gap}464B。前三{gap}表现稳定。"
    result = sample_week.checker.check(text)
    read = [v.quote for v in result.verified] + [p.quote for p in result.problems]
    assert {quote.split()[0] for quote in read} >= {"前十", "464B", "前三"}


def test_a_table_aligned_with_spaces_verifies(sample_week):
    pad = " " * 30
    table = "\n".join([
        f"| 排名{pad} | 模型{pad} | 调用量{pad} |",
        f"|------{pad}|------{pad}|--------{pad}|",
        f"| 第4{pad} | DeepSeek V3.2{pad} | 464B{pad} |",
    ])
    result = sample_week.checker.check("OpenRouter整体模型调用量方面：\n\n" + table)
    assert "464B" in {v.quote for v in result.verified}
    assert not result.problems
