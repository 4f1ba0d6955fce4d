"""The CI workflows pass actionlint; the pre-commit hook checks the reports it is given."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from writer.cli import app
from writer.summary import RunSummary, markdown

from .conftest import DATA, ROOT

BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def tools_env() -> dict[str, str]:
    """The environment with the venv's tools (writer, actionlint, shellcheck) first on PATH."""
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def test_the_nightly_and_check_workflows_exist():
    assert [w.name for w in WORKFLOWS] == ["check.yml", "nightly.yml"]


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_passes_actionlint_with_shellcheck(workflow):
    actionlint = shutil.which("actionlint", path=str(BIN))
    assert actionlint, "actionlint is in the test extra"
    assert shutil.which("shellcheck", path=str(BIN)), "shellcheck is in the test extra"
    run = subprocess.run([actionlint, "-no-color", str(workflow)], capture_output=True, text=True, env=tools_env())
    assert run.returncode == 0, run.stdout + run.stderr


def test_nightly_drafts_unattended_and_fails_on_1_and_2_but_warns_on_3():
    nightly = yaml.safe_load((ROOT / ".github" / "workflows" / "nightly.yml").read_text(encoding="utf-8"))
    triggers = nightly[True]  # YAML 1.1 reads the key `on` as true
    assert "schedule" in triggers and "workflow_dispatch" in triggers
    steps = {s.get("name") or s.get("uses"): s for s in nightly["jobs"]["draft"]["steps"]}
    assert 'writer draft --week "$WEEK" --ci > summary.json' in steps["Draft"]["run"]
    assert steps["Draft"]["env"]["OPENAI_API_KEY"] == "${{ secrets.OPENAI_API_KEY }}"
    assert "$GITHUB_STEP_SUMMARY" in steps["Job summary"]["run"]
    assert steps["Upload the draft"]["with"]["path"].split() == ["drafts/", "summary.json", "fetched/"]
    outcome = steps["Outcome"]["run"]
    assert '3) echo "::warning' in outcome and "1) echo \"::error" in outcome and "exit 1" in outcome


def test_check_workflow_validates_and_annotates_changed_reports():
    check = yaml.safe_load((ROOT / ".github" / "workflows" / "check.yml").read_text(encoding="utf-8"))
    assert check[True]["pull_request"]["paths"] == ["drafts/**", "data/**"]
    runs = "\n".join(s.get("run", "") for s in check["jobs"]["check"]["steps"])
    assert 'writer validate --week "$week"' in runs
    assert 'writer check "$report" --week "$week" --format github' in runs


def run_hook(*reports: Path) -> subprocess.CompletedProcess[str]:
    """Run the pre-commit hook's entry the way pre-commit does: the entry, then the file names."""
    import shlex

    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    assert hook["id"] == "writer-check" and hook["files"] == r"(^|/)report\.md$"
    return subprocess.run([*shlex.split(hook["entry"]), *map(str, reports)], capture_output=True, text=True,
                          env={**tools_env(), "WRITER_DATA": str(DATA)})


def test_pre_commit_hook_passes_a_verified_report_and_fails_a_wrong_one(tmp_path):
    assert CliRunner().invoke(app, ["draft", "--week", "2026-01-31", "--data", str(DATA), "--out", "drafts",
                                    "--no-charts"]).exit_code == 0
    good = Path("drafts/2026-01-31/report.md")
    assert run_hook(good).returncode == 0
    bad = tmp_path / "edited" / "report.md"  # the week comes from the front matter, not the folder
    bad.parent.mkdir()
    bad.write_text(good.read_text(encoding="utf-8") + "\nDeepSeek V3.2本周调用量394B。\n", encoding="utf-8")
    run = run_hook(good, bad)
    assert run.returncode == 1
    assert f"{bad}:" in run.stdout and "394B" in run.stdout


def test_job_summary_markdown_lists_figures_sections_and_problems():
    summary = RunSummary.model_validate({
        "status": "problems", "exit_code": 1, "week": "2026-01-31", "model": "m", "generator": "m",
        "sections": [{"section": "overview", "written_by": "llm", "calls": 2, "reasks": 1}],
        "reasks": 1, "figures": {"total": 10, "verified": 9, "wrong": 1, "unchecked": 0, "confirmed": 0},
        "problems": [{"line": 3, "column": 5, "quote": "394B", "verdict": "wrong", "message": "DeepSeek V3.2 is 464B"}],
        "calls": 2, "duration_seconds": 1.5})
    text = markdown(summary)
    assert text.startswith("### ❌ writer draft: problems (exit 1)\n")
    assert "| 10 | 9 | 1 | 0 | 0 |" in text
    assert "| overview | llm | 2 | 1 |  |" in text
    assert "- line 3: `394B` (wrong): DeepSeek V3.2 is 464B" in text


def test_the_repository_fetch_config_is_valid():
    from writer.fetch import read_fetch_config

    config = read_fetch_config(ROOT / "fetch.toml")
    assert config.sources["openrouter-weekly"].importer == "openrouter-weekly"
