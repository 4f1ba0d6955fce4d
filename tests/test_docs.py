"""The README stays true: its quickstart is what CI runs, and every command and option is documented."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from writer.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readmes_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert f"    {ci}\n" in README


def test_quickstart_drafts_the_sample_week():
    assert "    python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/writer draft --week 2026-01-31\n" in README


def test_every_command_and_option_is_in_the_readme():
    runner = CliRunner()
    commands = re.findall(r"^  (\w+)\s", runner.invoke(app, ["--help"]).output.split("Commands:")[1], re.M)
    assert commands
    for command in commands:
        assert f"`writer {command}" in README, command
        options = set(re.findall(r"(--[a-z][a-z-]+)", runner.invoke(app, [command, "--help"]).output)) - {"--help"}
        for option in options:
            assert option in README, f"{command} {option}"
