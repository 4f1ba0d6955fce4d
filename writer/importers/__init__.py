"""`writer import`: turning a source's own export into the week folders of a dataset.

    files ──(source reader)──▶ BoardImport rows ──(store)──▶ staged week folders
          entity resolution ─┘                               validated by the loader ─▶ renamed into place

One module per source reads its format and resolves every model, company and provider through
`resolve.Resolver` (unknown ones become new entities, with a warning). `store.commit` renders the
rows through the same Pydantic row models the loader uses, validates every affected week folder
with `Dataset.load_week`, and only then replaces files; nothing is half-written, and a snapshot
that is already on disk byte for byte is left alone.

Example:
    import_files("openrouter-weekly", sorted(Path("../shared/real-data/openrouter-weekly").glob("*.json")),
                 Path("data/openrouter-real"))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..load import find_config, open_dataset
from . import artificial_analysis, lmarena, openrouter_daily, openrouter_endpoints, openrouter_weekly
from .context import Context
from .resolve import Resolver
from .store import BoardImport, Outcome, commit, remove_stale_staging

Reader = Callable[[list[Path], Context], list[BoardImport]]

SOURCES: dict[str, Reader] = {
    "openrouter-weekly": openrouter_weekly.read,
    "openrouter-daily": openrouter_daily.read,
    "openrouter-endpoints": openrouter_endpoints.read,
    "lmarena": lmarena.read,
    "artificial-analysis": artificial_analysis.read,
}

__all__ = ["SOURCES", "ImportResult", "import_files"]


@dataclass
class ImportResult:
    """What an import did: one outcome per snapshot, warnings about new entities, notes."""

    outcomes: list[Outcome]
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [o.message() for o in self.outcomes] + self.notes


def import_files(source: str, files: Sequence[Path | str], data: Path | str, week: str | None = None,
                 board: str | None = None) -> ImportResult:
    """Import `files` of `source` into the dataset folder `data`; raises WriterError on bad input."""
    reader = SOURCES.get(source)
    if reader is None:
        raise UsageError(f"unknown source '{source}' (sources: {', '.join(SOURCES)})")
    if not files:
        raise UsageError(f"no files given: writer import {source} FILE...")
    week_date = None
    if week is not None:
        try:
            week_date = dt.date.fromisoformat(week)
        except ValueError:
            raise UsageError(f"--week '{week}' is not a date: use YYYY-MM-DD") from None
    root = Path(data)
    created = _ensure_folder(root)
    try:
        dataset = open_dataset(root)
        if board is not None and dataset.board(board) is None:
            raise UsageError(f"unknown board '{board}' (boards: {', '.join(b.id for b in dataset.catalog.boards)})")
        resolver = Resolver(dataset)
        ctx = Context(dataset=dataset, resolver=resolver, week=week_date, board=board)
        imports = reader([Path(f) for f in files], ctx)
        stale = remove_stale_staging(root)
        outcomes, notes = commit(dataset, imports, resolver)
    except BaseException:
        if created and root.is_dir() and not any(root.iterdir()):
            root.rmdir()
        raise
    return ImportResult(outcomes=outcomes, warnings=resolver.warnings + stale, notes=ctx.notes + notes)


def _ensure_folder(root: Path) -> bool:
    """Create a new dataset folder under an existing one that has the catalog; True if created."""
    if root.is_dir():
        return False
    if not root.parent.is_dir():
        raise UsageError(f"--data {root}: neither it nor its parent folder exists")
    find_config(root, "catalog.yaml")
    find_config(root, "entities.yaml")
    root.mkdir()
    return True
