"""A week's drafts folder: an editor's edits are never lost, and report.md and draft.json go as a pair."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from writer.cli import app

from .conftest import DATA


def draft(tmp_path: Path, *extra: str):
    result = CliRunner().invoke(app, ["draft", "--week", "2026-01-31", "--data", str(DATA), "--out", str(tmp_path / "drafts"), *extra])
    assert result.exit_code == 0, result.output
    return result


def folder_of(tmp_path: Path) -> Path:
    return tmp_path / "drafts" / "2026-01-31"


def edit(report: Path) -> str:
    text = report.read_text(encoding="utf-8").replace("### 1\\. 本周概览\n", "### 1\\. 本周概览\n\n编辑补充的一句话。\n")
    report.write_text(text, encoding="utf-8")
    return text


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_draft_json_records_the_hash_of_its_report(tmp_path):
    draft(tmp_path)
    folder = folder_of(tmp_path)
    recorded = json.loads((folder / "draft.json").read_text(encoding="utf-8"))["report_sha256"]
    assert recorded == hashlib.sha256((folder / "report.md").read_bytes()).hexdigest()


def test_an_unedited_report_is_replaced_by_the_new_draft(tmp_path):
    draft(tmp_path)
    result = draft(tmp_path)
    assert "report.new.md" not in result.output
    assert "report.new.md" not in visible(folder_of(tmp_path))


def test_edited_report_is_not_overwritten(tmp_path):
    draft(tmp_path)
    folder = folder_of(tmp_path)
    edited = edit(folder / "report.md")
    result = draft(tmp_path)
    assert (folder / "report.md").read_text(encoding="utf-8") == edited
    assert f"wrote {folder / 'report.new.md'}" in result.output
    assert f"{folder / 'report.md'} 在成稿后被编辑过，已原样保留；新稿写在它旁边（report.new.md、draft.new.json）" in result.output
    new = (folder / "report.new.md").read_text(encoding="utf-8")
    assert "编辑补充的一句话" not in new and new.startswith("---\ntitle: '大模型榜单周报（2026/01/31）'")
    recorded = json.loads((folder / "draft.new.json").read_text(encoding="utf-8"))["report_sha256"]
    assert recorded == hashlib.sha256(new.encode("utf-8")).hexdigest()


def test_an_edit_kept_stays_kept_on_every_later_draft(tmp_path):
    draft(tmp_path)
    folder = folder_of(tmp_path)
    edited = edit(folder / "report.md")
    draft(tmp_path)
    draft(tmp_path)
    assert (folder / "report.md").read_text(encoding="utf-8") == edited


def test_force_replaces_an_edited_report_keeping_a_backup(tmp_path):
    draft(tmp_path)
    folder = folder_of(tmp_path)
    edited = edit(folder / "report.md")
    result = draft(tmp_path, "--force")
    assert (folder / "report.md.bak").read_text(encoding="utf-8") == edited
    assert "编辑补充的一句话" not in (folder / "report.md").read_text(encoding="utf-8")
    assert f"编辑过的版本保存为 {folder / 'report.md.bak'}。" in result.output


def test_a_second_forced_replace_does_not_overwrite_the_first_backup(tmp_path):
    draft(tmp_path)
    folder = folder_of(tmp_path)
    first = edit(folder / "report.md")
    draft(tmp_path, "--force")
    second = (folder / "report.md").read_text(encoding="utf-8") + "\n另一位编辑的补充。\n"
    (folder / "report.md").write_text(second, encoding="utf-8")
    draft(tmp_path, "--force")
    backups = sorted(p for p in folder.iterdir() if p.name.endswith(".bak"))
    assert len(backups) == 2
    assert {p.read_text(encoding="utf-8") for p in backups} == {first, second}


def test_a_report_without_a_recorded_hash_counts_as_edited(tmp_path):
    draft(tmp_path)
    folder = folder_of(tmp_path)
    payload = json.loads((folder / "draft.json").read_text(encoding="utf-8"))
    del payload["report_sha256"]
    (folder / "draft.json").write_text(json.dumps(payload), encoding="utf-8")
    (folder / "report.md").write_text("旧版本的报告\n", encoding="utf-8")
    draft(tmp_path)
    assert (folder / "report.md").read_text(encoding="utf-8") == "旧版本的报告\n"


def test_a_failed_write_leaves_the_previous_pair_whole(tmp_path, monkeypatch):
    draft(tmp_path)
    folder = folder_of(tmp_path)
    before = {name: (folder / name).read_bytes() for name in ("report.md", "draft.json")}
    import writer.drafts

    real = writer.drafts.write_atomic

    def fail_on_the_record(path: Path, text: str) -> None:
        if path.name == "draft.json":
            raise OSError(28, "No space left on device")
        real(path, text)

    monkeypatch.setattr(writer.drafts, "write_atomic", fail_on_the_record)
    failed = CliRunner().invoke(app, ["draft", "--week", "2026-01-31", "--data", str(DATA), "--out", str(tmp_path / "drafts")],
                                catch_exceptions=False)
    assert failed.exit_code == 2 and "No space left on device" in failed.output
    assert {name: (folder / name).read_bytes() for name in before} == before
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_both_files_are_staged_before_either_is_renamed_into_place(tmp_path, monkeypatch):
    draft(tmp_path)
    folder = folder_of(tmp_path)
    renames: list[tuple[str, bool]] = []
    real = os.replace

    def watch(src, dst):
        src, dst = Path(src), Path(dst)
        if dst.parent == folder and dst.name in ("report.md", "draft.json"):
            # At each rename into the folder, both new files are already complete in the staging folder.
            renames.append((dst.name, sorted(p.name for p in src.parent.iterdir() if not p.name.endswith(".tmp")) ==
                            sorted({"report.md", "draft.json"} - {name for name, _ in renames})))
        real(src, dst)

    monkeypatch.setattr(os, "replace", watch)
    edit(folder / "report.md")
    draft(tmp_path, "--force")
    assert renames == [("report.md", True), ("draft.json", True)]


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_respect_the_umask(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        draft(tmp_path)
    finally:
        os.umask(old)
    for path in folder_of(tmp_path).iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == mode, path.name
