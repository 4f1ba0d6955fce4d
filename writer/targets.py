"""Where `writer draft` writes, checked before any work is done (and before any LLM call is paid for).

`--out` must be a folder or not exist yet (with folders, not files, above it), writable, and the
week's `report.md` and `draft.json` in it must be files or absent. Each problem is one UsageError
naming the path and what to do; an OSError while writing becomes one too.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import UsageError

OUTPUTS = ("report.md", "draft.json")


def check_draft_folder(folder: Path) -> None:
    """Raise a UsageError unless report.md and draft.json can be written into `folder`."""
    existing = folder
    while not existing.exists():
        if existing.is_symlink():
            raise UsageError(f"{existing}: a broken symbolic link: point --out at a folder")
        if existing.parent == existing:
            break
        existing = existing.parent
    if not existing.is_dir():
        raise UsageError(f"{existing}: not a folder, but --out (or $WRITER_OUT) must name one: choose another --out")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(f"{existing}: cannot write in this folder (permission denied): choose another --out")
    for name in OUTPUTS:
        target = folder / name
        if target.exists() and not target.is_file():
            raise UsageError(f"{target}: is a folder (or not a regular file), where the draft writes its {name}: move it away")


def write_failed(folder: Path, exc: OSError) -> UsageError:
    """An OSError while writing the draft, as one line saying where and what to do."""
    where = exc.filename or folder
    return UsageError(f"{where}: cannot write the draft ({exc.strerror or exc}): check --out and free space")
