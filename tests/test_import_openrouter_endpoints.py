"""`writer import openrouter-endpoints`: per-provider throughput and blended price → openrouter-throughput."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from writer.cli import app
from writer.load import open_dataset

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "import"
GPT = FIXTURES / "openrouter-endpoints-openai-gpt-oss-120b.json"
QWEN = FIXTURES / "openrouter-endpoints-qwen-qwen3-32b.json"


def run(*args: str | Path):
    return CliRunner().invoke(app, ["import", *map(str, args)])


def throughput(data: Path, week: str = "2026-02-07") -> list[str]:
    return (data / "weeks" / week / "openrouter-throughput.csv").read_text(encoding="utf-8").splitlines()


def test_endpoints_of_several_models_are_ranked_by_speed(data_copy):
    result = run("openrouter-endpoints", GPT, QWEN, "--data", data_copy, "--week", "2026-02-07")
    assert result.exit_code == 0, result.output
    assert throughput(data_copy) == [
        "rank,model,provider,speed,price,requests",
        "1,gpt-oss-120b,Cerebras,1512.7,0.36,",
        "2,gpt-oss-120b,Groq,936.4,0.30,",  # (3 × $0.15 + $0.75) / 4 per million
        "3,Qwen3 32B,Cerebras,736.2,0.50,",
        "4,Qwen3 32B,Groq,562.8,0.37,",
        "5,gpt-oss-120b,SambaNova,382.1,0.31,",
        "6,gpt-oss-120b,DeepInfra,95.3,0.15,",  # the faster of its two quantizations
    ]
    assert "skipped 1 endpoints without a throughput figure: gpt-oss-120b on Nebius AI Studio" in result.stdout
    assert "warning: new provider 'DeepInfra' (id deepinfra)" in result.stderr
    week = open_dataset(data_copy).load_week(open_dataset(data_copy).week_dates()[-1])
    assert week.snapshots["openrouter-throughput"].entries[0].qualifier == "cerebras"


def test_request_counts_are_kept_when_the_export_has_them(data_copy, tmp_path):
    data = json.loads(QWEN.read_text(encoding="utf-8"))
    data["data"]["endpoints"][0]["request_count"] = 31_700_000
    data["data"]["endpoints"][1]["requests"] = "4200000"
    source = tmp_path / "qwen.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert run("openrouter-endpoints", source, "--data", data_copy, "--week", "2026-02-07").exit_code == 0
    assert throughput(data_copy)[1:] == ["1,Qwen3 32B,Cerebras,736.2,0.50,31700000", "2,Qwen3 32B,Groq,562.8,0.37,4200000"]


def test_missing_pricing_names_the_endpoint(data_copy, tmp_path):
    data = json.loads(QWEN.read_text(encoding="utf-8"))
    del data["data"]["endpoints"][1]["pricing"]["completion"]
    source = tmp_path / "qwen.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    result = run("openrouter-endpoints", source, "--data", data_copy, "--week", "2026-02-07")
    assert result.exit_code == 2
    assert result.stderr == f"error: {source}, field 'data.endpoints[1].pricing.completion': missing: this field is required\n"
    assert not (data_copy / "weeks" / "2026-02-07").exists()
