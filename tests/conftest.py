"""Shared fixtures: every test runs isolated from the environment and from real folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
REFERENCE = ROOT.parent / "shared" / "reference" / "2026-01-31-weekly-report.md"


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's LLM settings, data or output folders."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "WRITER_MODEL", "WRITER_DATA", "WRITER_OUT",
                 "WRITER_PROMPTS", "WRITER_CONFIG", "WRITER_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def sample_week():
    """The reconstructed sample's week ending 2026-01-31, loaded once."""
    from writer.weekly import open_week

    return open_week(DATA, "2026-01-31")


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the sample dataset, for tests that break it on purpose."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(scope="session")
def reference_text() -> str:
    """The human-written 2026-01-31 edition, when ../shared is beside the checkout."""
    if not REFERENCE.exists():
        pytest.skip("the reference edition (../shared/reference) is not available")
    return REFERENCE.read_text(encoding="utf-8")
