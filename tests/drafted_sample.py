"""The sample week drafted once per test module, copied into each test's own folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from writer.cli import app

from .conftest import DATA

LLM_SETTINGS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "WRITER_MODEL", "WRITER_CONFIG", "WRITER_PROMPTS")


def draft_once(root: Path) -> Path:
    """`writer draft` of the sample week into root, with no LLM settings from the environment."""
    with pytest.MonkeyPatch.context() as patch:
        for name in LLM_SETTINGS:
            patch.delenv(name, raising=False)
        result = CliRunner().invoke(app, ["draft", "--week", "2026-01-31", "--data", str(DATA), "--out", str(root)])
    assert result.exit_code == 0, result.output
    return root / "2026-01-31"


def copy_of(folder: Path, tmp_path: Path) -> Path:
    """A copy of a drafted week folder under tmp_path/drafts; returns its report.md."""
    target = tmp_path / "drafts" / "2026-01-31"
    shutil.copytree(folder, target)
    return target / "report.md"
