"""A week's drafts folder: report.md and draft.json written as one pair, an editor's edits kept.

`draft.json` records the sha256 of the `report.md` written with it. When the `report.md` in the
folder no longer has that hash, an editor changed it: a new draft then goes beside it, as
`report.new.md` and `draft.new.json`, unless `force` is set, in which case the edited file is kept
as `report.md.bak` (or `report.md.<UTC time>.bak` when that exists) before it is replaced.

The pair is written into a fresh staging folder inside the week's folder (files created with mode
0666, so the umask applies), then renamed into place, report first, each rename atomic. The two
renames follow each other at once; a reader that meets a `report.md` whose hash is not the one
`draft.json` records treats it as edited (as `writer draft` and `writer review` do), so it never
takes one draft's text for the other's record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .render import Draft, to_markdown, write_atomic

REPORT, DATA = "report.md", "draft.json"
NEW_REPORT, NEW_DATA = "report.new.md", "draft.new.json"


@dataclass
class Written:
    """Where a draft went, and what happened to an edited report that was there."""

    report: Path
    data: Path
    kept: Path | None = None
    """The edited report.md left in place (the new draft is beside it)."""
    backup: Path | None = None
    """Where the edited report.md was kept before --force replaced it."""


def sha256_of(data: bytes) -> str:
    """The hex sha256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def recorded_hash(data_file: Path) -> str | None:
    """The report hash a draft.json records (None: no file, unreadable, or written before hashes)."""
    try:
        value = json.loads(data_file.read_text(encoding="utf-8")).get("report_sha256")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def sidecar(report: Path) -> Path | None:
    """The draft.json that goes with a report file (report.md → draft.json, report.new.md → draft.new.json)."""
    if report.name == REPORT:
        return report.with_name(DATA)
    if report.name == NEW_REPORT:
        return report.with_name(NEW_DATA)
    return None


def is_edited(report: Path) -> bool:
    """Whether a report differs from the one its draft.json says writer wrote."""
    data_file = sidecar(report)
    if not report.exists():
        return False
    recorded = recorded_hash(data_file) if data_file else None
    return recorded != sha256_of(report.read_bytes())


def save_draft(draft: Draft, folder: Path, prompts: Path | None = None, force: bool = False) -> Written:
    """Write a draft's report.md and draft.json into `folder`, keeping an edited report.md (see the module)."""
    markdown = to_markdown(draft, prompts)
    encoded = markdown.encode("utf-8")
    draft.report_sha256 = sha256_of(encoded)
    payload = json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    current = folder / REPORT
    edited = current.exists() and current.read_bytes() != encoded and is_edited(current)
    if edited and not force:
        write_pair(folder, NEW_REPORT, markdown, NEW_DATA, payload)
        return Written(folder / NEW_REPORT, folder / NEW_DATA, kept=current)
    backup = keep_backup(current) if edited else None
    write_pair(folder, REPORT, markdown, DATA, payload)
    return Written(folder / REPORT, folder / DATA, backup=backup)


def keep_backup(report: Path) -> Path:
    """Keep an edited report under a backup name (never over an older backup); returns the name."""
    backup = report.with_name(report.name + ".bak")
    if backup.exists():
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        backup = report.with_name(f"{report.name}.{stamp}.bak")
    staging = Path(tempfile.mkdtemp(prefix=".backup-", dir=report.parent))
    try:
        # A hard link keeps the edited bytes as they are; the rename makes the backup appear whole.
        os.link(report, staging / backup.name)
        os.replace(staging / backup.name, backup)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return backup


def write_pair(folder: Path, report_name: str, markdown: str, data_name: str, payload: str) -> None:
    """Write both files into a fresh staging folder, then rename them into place, report first."""
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".draft-", dir=folder))
    try:
        write_atomic(staging / report_name, markdown)
        write_atomic(staging / data_name, payload)
        os.replace(staging / report_name, folder / report_name)
        os.replace(staging / data_name, folder / data_name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
