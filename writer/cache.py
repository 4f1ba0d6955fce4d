"""The on-disk answer cache: one JSON file per request, keyed by a hash of what was asked.

The key covers the model, the messages and every generation parameter (response_format,
max_tokens, temperature), not the base URL or the key, so a rerun of the same week against the same
model answers from disk and makes no call. Writes are atomic: a crash leaves the old entry or none.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def request_key(params: dict[str, Any]) -> str:
    """sha256 of the request's canonical JSON."""
    canonical = json.dumps(params, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AnswerCache:
    """Answers by request key under `folder` (`ab/abcdef….json`); `read=False` only writes (--no-cache)."""

    def __init__(self, folder: Path, read: bool = True) -> None:
        self.folder = folder
        self.read = read

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.read:
            return None
        try:
            value = json.loads(self.path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # missing or damaged: ask again
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(value, handle, ensure_ascii=False, indent=1)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
