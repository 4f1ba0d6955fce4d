"""`writer import openrouter-weekly`: the community snapshots, their quirks, idempotence and replacement."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from writer.cli import app

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "import" / "openrouter-weekly"
REAL_SERIES = ROOT.parent / "shared" / "real-data" / "openrouter-weekly"


def run(*args: str | Path):
    return CliRunner().invoke(app, ["import", *map(str, args)])


def rows(data: Path, week: str, board: str = "openrouter-models") -> list[str]:
    return (data / "weeks" / week / f"{board}.csv").read_text(encoding="utf-8").splitlines()


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes, to prove what an import did (or did not) write."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def snapshot_file(tmp_path: Path, name: str, date: str, models: list[dict]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"date": date, "models": models}), encoding="utf-8")
    return path


def model(rank: int, slug: str, name: str, tokens: int, change: int) -> dict:
    return {"rank": rank, "slug": slug, "name": name, "total_tokens": tokens, "percent_change": change, "is_free": False}


def test_weekly_files_become_one_usage_snapshot_per_week(data_copy):
    target = data_copy / "real"
    result = run("openrouter-weekly", *sorted(FIXTURES.glob("*.json")), "--data", target)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        f"2026-01-25 openrouter-models: wrote 9 rows to {target}/weeks/2026-01-25/openrouter-models.csv",
        f"2026-02-01 openrouter-models: wrote 9 rows to {target}/weeks/2026-02-01/openrouter-models.csv",
        f"2026-02-16 openrouter-models: wrote 10 rows to {target}/weeks/2026-02-16/openrouter-models.csv",
    ]
    week = rows(target, "2026-02-01")
    assert week[0] == "rank,model,author,tokens,growth"
    assert week[1] == "1,Claude Sonnet 4.5,Anthropic,774854487648,9"  # dated slug, "Anthropic: " prefix
    assert week[7] == "7,Kimi K2.5,MoonshotAI,359411477206,"  # percent_change 0, not listed on 01-25: new
    assert week[9] == "9,gpt-oss-120b,OpenAI,298611505866,"  # "gpt-oss-120b (exacto)" is gpt-oss-120b


def test_rows_are_sorted_by_rank_whatever_the_file_order(data_copy):
    target = data_copy / "real"
    assert run("openrouter-weekly", FIXTURES / "2026-02-01.json", "--data", target).exit_code == 0
    ranks = [line.split(",")[0] for line in rows(target, "2026-02-01")[1:]]
    assert ranks == [str(n) for n in range(1, 10)]
    first = json.loads((FIXTURES / "2026-02-01.json").read_text())["models"][1]["rank"]
    assert first != 2, "the fixture is in no particular order"


def test_names_without_author_prefix_and_top_ten_resolve(data_copy):
    target = data_copy / "real"
    assert run("openrouter-weekly", FIXTURES / "2026-02-16.json", "--data", target).exit_code == 0
    week = rows(target, "2026-02-16")
    assert len(week) == 11
    assert week[2] == "2,Kimi K2.5,MoonshotAI,1300000000000,12"  # "Kimi K2.5 0127", moonshotai/kimi-k2.5-0127
    assert week[10] == "10,Trinity Large Preview (free),Arcee AI,440000000000,28"


def test_a_zero_change_is_kept_for_a_model_listed_the_week_before(data_copy, tmp_path):
    target = data_copy / "real"
    assert run("openrouter-weekly", FIXTURES / "2026-02-01.json", "--data", target).exit_code == 0
    later = snapshot_file(tmp_path, "2026-02-08.json", "2026-02-08", [
        model(1, "anthropic/claude-4.5-sonnet-20250929", "Claude Sonnet 4.5", 775_000_000_000, 0),
        model(2, "z-ai/glm-4.7-20251222", "GLM 4.7", 300_000_000_000, 0),
    ])
    assert run("openrouter-weekly", later, "--data", target).exit_code == 0
    assert rows(target, "2026-02-08")[1:] == [
        "1,Claude Sonnet 4.5,Anthropic,775000000000,0",  # listed on 02-01: a real 0%
        "2,GLM 4.7,Z-AI,300000000000,",  # not listed on 02-01: 0 means new
    ]


def test_a_zero_change_with_no_previous_week_is_left_empty(data_copy):
    target = data_copy / "real"
    assert run("openrouter-weekly", FIXTURES / "2026-01-25.json", "--data", target).exit_code == 0
    grok = next(line for line in rows(target, "2026-01-25") if "Grok 4.1 Fast" in line)
    assert grok == "8,Grok 4.1 Fast,xAI,282722131411,"


def test_importing_the_same_files_again_changes_nothing(data_copy):
    target = data_copy / "real"
    files = sorted(FIXTURES.glob("*.json"))
    assert run("openrouter-weekly", *files, "--data", target).exit_code == 0
    before = tree(data_copy)
    again = run("openrouter-weekly", *files, "--data", target)
    assert again.exit_code == 0 and again.stderr == ""
    assert again.stdout.splitlines() == [
        f"{w} openrouter-models: unchanged ({target}/weeks/{w}/openrouter-models.csv already holds this snapshot)"
        for w in ("2026-01-25", "2026-02-01", "2026-02-16")
    ]
    assert tree(data_copy) == before


def test_a_newer_file_for_the_same_week_replaces_the_snapshot_and_says_so(data_copy, tmp_path):
    target = data_copy / "real"
    assert run("openrouter-weekly", FIXTURES / "2026-02-01.json", "--data", target).exit_code == 0
    data = json.loads((FIXTURES / "2026-02-01.json").read_text())
    data["models"] = [m for m in data["models"] if m["rank"] <= 8]
    data["models"][0]["total_tokens"] += 1_000_000
    newer = tmp_path / "newer" / "2026-02-01.json"
    newer.parent.mkdir()
    newer.write_text(json.dumps(data), encoding="utf-8")
    result = run("openrouter-weekly", newer, "--data", target)
    assert result.exit_code == 0, result.output
    path = target / "weeks" / "2026-02-01" / "openrouter-models.csv"
    assert result.stdout.splitlines() == [f"2026-02-01 openrouter-models: replaced the snapshot in {path} (9 rows before, 8 now)"]
    assert len(rows(target, "2026-02-01")) == 9


def test_unknown_model_and_author_become_entities_with_a_warning(data_copy, tmp_path):
    target = data_copy / "real"
    source = snapshot_file(tmp_path, "2026-04-06.json", "2026-04-06", [
        model(1, "newlab/nova-7-20260401", "NewLab: Nova 7", 2_000_000_000_000, 0),
        model(2, "xiaomi/mimo-v2-pro-20260318", "Mimo V2 Pro", 1_000_000_000_000, 0),
    ])
    result = run("openrouter-weekly", source, "--data", target)
    assert result.exit_code == 0, result.output
    entities = data_copy / "entities.yaml"
    assert result.stderr.splitlines() == [
        f"warning: new company 'NewLab' (id newlab) added to {entities} from 2026-04-06.json, models[0]: check its name",
        f"warning: new model 'Nova 7' (id nova-7, maker newlab) added to {entities} from 2026-04-06.json, models[0]",
    ]
    assert rows(target, "2026-04-06")[1:] == ["1,Nova 7,NewLab,2000000000000,", "2,MiMo V2 Pro,Xiaomi,1000000000000,"]
    added = {e["id"]: e for e in yaml.safe_load(entities.read_text(encoding="utf-8"))["entities"]}
    assert added["nova-7"] == {"id": "nova-7", "name": "Nova 7", "kind": "model", "maker": "newlab",
                               "aliases": ["newlab/nova-7-20260401"]}
    assert added["newlab"] == {"id": "newlab", "name": "NewLab", "kind": "company"}


def test_draft_and_check_pass_on_imported_weeks(data_copy):
    target = data_copy / "real"
    assert run("openrouter-weekly", *sorted(FIXTURES.glob("*.json")), "--data", target).exit_code == 0
    out = data_copy.parent / "drafts"
    drafted = CliRunner().invoke(app, ["draft", "--week", "2026-02-01", "--data", str(target), "--out", str(out)])
    assert drafted.exit_code == 0, drafted.output
    report = (out / "2026-02-01" / "report.md").read_text(encoding="utf-8")
    assert "本周无重点事件" in report  # no events.yaml
    assert "公司市占率" not in report and "编程" not in report  # boards the week lacks are left out
    checked = CliRunner().invoke(app, ["check", str(out / "2026-02-01" / "report.md"), "--week", "2026-02-01", "--data", str(target)])
    assert checked.exit_code == 0, checked.output


@pytest.fixture
def real_series() -> list[Path]:
    if not REAL_SERIES.is_dir():
        pytest.skip("the real snapshots (../shared/real-data/openrouter-weekly) are not available")
    return sorted(REAL_SERIES.glob("*.json"))


def test_the_real_series_imports_to_the_committed_dataset(data_copy, real_series):
    committed = data_copy / "openrouter-real"
    expected = {k: v for k, v in tree(committed).items() if k.endswith(".csv")}
    shutil.rmtree(committed / "weeks")
    entities_before = (data_copy / "entities.yaml").read_bytes()
    result = run("openrouter-weekly", *real_series, "--data", committed)
    assert result.exit_code == 0, result.output
    assert result.stderr == "", "every model of the series is in data/entities.yaml"
    assert len(result.stdout.splitlines()) == 20
    assert {k: v for k, v in tree(committed).items() if k.endswith(".csv")} == expected
    assert (data_copy / "entities.yaml").read_bytes() == entities_before


def test_every_committed_row_agrees_with_its_source_record(real_series):
    for path in real_series:
        source = sorted(json.loads(path.read_text(encoding="utf-8"))["models"], key=lambda m: m["rank"])
        written = [line.split(",") for line in rows(ROOT / "data" / "openrouter-real", path.stem)[1:]]
        assert len(written) == len(source), path.name
        for (rank, _, _, tokens, growth), record in zip(written, source):
            assert (int(rank), int(tokens)) == (record["rank"], record["total_tokens"]), path.name
            assert growth == str(record["percent_change"]) or (growth == "" and record["percent_change"] == 0), path.name


def test_the_real_series_facts_agree_with_the_source():
    from writer.weekly import open_week

    facts = open_week(ROOT / "data" / "openrouter-real", "2026-02-01").facts.by_id()
    assert facts["openrouter-models/claude-sonnet-4.5/rank"].now.text == "第1"
    assert facts["openrouter-models/claude-sonnet-4.5/tokens"].now.text == "775B"
    assert facts["openrouter-models/claude-sonnet-4.5/growth"].now.text == "+9%"
    both = open_week(ROOT / "data" / "openrouter-real", "2025-11-30").facts.by_id()  # both named "xAI: Grok 4.1 Fast"
    assert both["openrouter-models/grok-4.1-fast-free/tokens"].now.text == "1.58T"
    assert both["openrouter-models/grok-4.1-fast/tokens"].now.text == "203B"


def test_a_later_week_with_new_shapes_imports(data_copy, tmp_path):
    """Unseen weeks: no ranks (sorted by tokens), no names, no percent_change, float tokens, two releases."""
    target = data_copy / "openrouter-real"
    later = tmp_path / "2026-04-06.json"
    later.write_text(json.dumps({"date": "2026-04-06", "models": [
        {"slug": "anthropic/claude-4.6-sonnet-20260401", "name": "Claude Sonnet 4.6", "total_tokens": 9.1e11},
        {"slug": "anthropic/claude-4.6-sonnet-20260217", "name": "Claude Sonnet 4.6", "total_tokens": 1.2e12,
         "percent_change": 15},
        {"slug": "qwen/qwen3.6-plus-20260402", "total_tokens": "800000000000", "percent_change": 0},
    ]}), encoding="utf-8")
    result = run("openrouter-weekly", later, "--data", target)
    assert result.exit_code == 0, result.output
    assert rows(target, "2026-04-06")[1:] == [
        "1,Claude Sonnet 4.6,Anthropic,1200000000000,15",  # the known release keeps the entity
        "2,Claude Sonnet 4.6 (claude-4.6-sonnet-20260401),Anthropic,910000000000,",  # listed beside it: its own
        "3,qwen3.6-plus,Qwen,800000000000,",  # no name: named after its slug
    ]
    assert "warning: new model 'Claude Sonnet 4.6 (claude-4.6-sonnet-20260401)'" in result.stderr
