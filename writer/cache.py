"""The on-disk answer cache: one JSON file per request, keyed by a hash of what was asked.

The key covers the model, the messages and every generation parameter (response_format,
max_tokens, temperature), not the base URL or the key, so a rerun of the same week against the same
model answers from disk and makes no call. Writes are atomic: a crash leaves the old entry or none.

The cache never costs an answer: a damaged or unreadable entry is a miss (ask again), and a cache
that cannot be written is given up for the rest of the run with one warning (`warnings`) while
the draft goes on without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class CachedAnswer(BaseModel):
    """One cached answer, as `llm` stores it; anything else on disk is ignored."""

    model_config = ConfigDict(extra="forbid")

    content: str
    finish_reason: str | None = None
    refusal: str | None = None
    prompt_tokens: int = Field(0, ge=0)
    completion_tokens: int = Field(0, ge=0)


def request_key(params: dict[str, Any]) -> str:
    """sha256 of the request's canonical JSON."""
    canonical = json.dumps(params, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AnswerCache:
    """Answers by request key under `folder` (`ab/abcdef….json`); `read=False` only writes (--no-cache)."""

    def __init__(self, folder: Path, read: bool = True) -> None:
        self.folder = folder
        self.read = read
        self.writable = True
        self.warnings: list[str] = []
        self._lock = threading.Lock()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.read:
            return None
        try:
            return CachedAnswer.model_validate_json(self.path(key).read_bytes()).model_dump()
        except (OSError, ValueError, ValidationError, RecursionError):
            return None  # missing, unreadable or damaged: ask again

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store an answer; on failure warn once and stop writing, never lose the answer in hand."""
        if not self.writable:
            return
        target = self.path(key)
        tmp: str | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(value, handle, ensure_ascii=False, indent=1)
            os.replace(tmp, target)
        except OSError as exc:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            with self._lock:
                if self.writable:
                    self.writable = False
                    self.warnings.append(f"the answer cache {self.folder} cannot be written ({exc.strerror or exc}); "
                                         "going on without it (use --cache-dir for another folder)")
        except BaseException:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            raise
