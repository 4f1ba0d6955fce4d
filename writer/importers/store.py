"""Writing imported snapshots: all validated by the dataset loader first, then renamed into place.

Every board snapshot is rendered as the CSV a person would write (columns from the row model,
cells through the same Pydantic model the loader uses). The affected week folders are then
rebuilt in a staging folder inside the dataset (existing files plus the new ones, with the
updated `entities.yaml`) and loaded with `Dataset.load_week`. Only when every week loads are the
files renamed over the old ones; on any error nothing is written. A snapshot whose bytes are
already on disk is left alone ("unchanged").

The renames are all-or-nothing too: each replaced file is kept aside first, and an I/O error
half-way puts every file back as it was. `entities.yaml` keeps its mode; new files get the
umask's. The staging folder (`.import-<random>`, holding the importer's process id) is removed
at the end; one left by an import that was killed is removed by the next import, which says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..errors import DataError
from ..load import EVENTS_FILE, WEEKS_DIR, Dataset, open_dataset
from ..models import ROW_MODELS, Board
from .entities_file import updated_text
from .resolve import Resolver


@dataclass
class BoardImport:
    """One board of one week as a source gives it: CSV cells by column, in rank order."""

    board: str
    week: dt.date
    rows: list[dict[str, str]]
    source: Path
    """The file the rows came from (the first one, when several made one snapshot)."""


@dataclass
class Outcome:
    """What an import did to one snapshot file."""

    board: str
    week: dt.date
    path: Path
    status: str
    """'wrote' (new file), 'replaced' (different content before) or 'unchanged'."""
    rows: int
    rows_before: int | None = None

    def message(self) -> str:
        where = f"{self.week} {self.board}"
        if self.status == "unchanged":
            return f"{where}: unchanged ({self.path} already holds this snapshot)"
        if self.status == "replaced":
            return f"{where}: replaced the snapshot in {self.path} ({self.rows_before} rows before, {self.rows} now)"
        return f"{where}: wrote {self.rows} rows to {self.path}"


def render_csv(board: Board, rows: list[dict[str, str]], source: Path) -> str:
    """The snapshot as CSV text; every row is validated through the board's row model first."""
    model = ROW_MODELS[board.kind]
    columns = list(model.model_fields)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for index, row in enumerate(rows):
        unknown = set(row) - set(columns)
        if unknown:
            raise ValueError(f"{board.id}: unexpected columns {sorted(unknown)}")
        try:
            model.model_validate({k: v for k, v in row.items() if v not in ("", None)})
        except ValidationError as exc:
            error = exc.errors()[0]
            column = ".".join(str(p) for p in error["loc"])
            raise DataError(
                f"cannot make row {index + 1} of {board.id} ({row.get('model') or row.get('author') or ''}): "
                f"{error['msg'].removeprefix('Value error, ')}",
                path=source, field=column or None,
            ) from None
        writer.writerow([row.get(c, "") for c in columns])
    return out.getvalue()


def _count_rows(path: Path) -> int:
    return max(0, sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()) - 1)


STAGING_PREFIX = ".import-"
STALE_SECONDS = 3600
"""A staging folder with no live owner is stale; one without an owner file, after this long."""


def remove_stale_staging(root: Path) -> list[str]:
    """Remove the staging folders that interrupted imports left in `root`; a note for each."""
    notes = []
    for folder in sorted(root.glob(STAGING_PREFIX + "*")) if root.is_dir() else []:
        if not folder.is_dir() or _owner_alive(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        notes.append(f"removed {folder}, the staging folder of an import that was interrupted (nothing of it was written)")
    return notes


def _owner_alive(folder: Path) -> bool:
    try:
        pid = int((folder / "owner").read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return time.time() - folder.stat().st_mtime < STALE_SECONDS
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _check_targets(root: Path, weeks: set[dt.date], targets: list[Path]) -> None:
    """Week folders that are folders and snapshot files that are files, before anything is staged."""
    weeks_dir = root / WEEKS_DIR
    if weeks_dir.exists() and not weeks_dir.is_dir():
        raise DataError("is a file, not the folder of the weeks: move it away and import again", path=weeks_dir)
    for week in sorted(weeks):
        folder = weeks_dir / week.isoformat()
        if folder.exists() and not folder.is_dir():
            raise DataError("is a file, not a week folder: move it away and import again", path=folder)
    for target in targets:
        if target.exists() and not target.is_file():
            raise DataError("is not a regular file: move it away and import again", path=target)


def commit(dataset: Dataset, imports: list[BoardImport], resolver: Resolver) -> tuple[list[Outcome], list[str]]:
    """Validate every snapshot with the loader and write the ones that changed; (outcomes, notes)."""
    root = dataset.root
    _check_targets(root, {i.week for i in imports},
                   [root / WEEKS_DIR / i.week.isoformat() / f"{i.board}.csv" for i in imports])
    seen: set[tuple[str, dt.date]] = set()
    staged: list[tuple[BoardImport, str, Outcome]] = []
    order = {b.id: i for i, b in enumerate(dataset.catalog.boards)}
    for item in sorted(imports, key=lambda i: (i.week, order.get(i.board, 0))):
        board = dataset.board(item.board)
        if board is None:
            raise DataError(f"unknown board '{item.board}'", path=dataset.catalog_path)
        if (item.board, item.week) in seen:
            raise DataError(f"two snapshots of {item.board} for the week {item.week} in one import", path=item.source)
        seen.add((item.board, item.week))
        text = render_csv(board, item.rows, item.source)
        target = root / WEEKS_DIR / item.week.isoformat() / f"{item.board}.csv"
        if not target.exists():
            outcome = Outcome(item.board, item.week, target, "wrote", len(item.rows))
        elif target.read_bytes() == text.encode("utf-8"):
            outcome = Outcome(item.board, item.week, target, "unchanged", len(item.rows))
        else:
            outcome = Outcome(item.board, item.week, target, "replaced", len(item.rows), _count_rows(target))
        staged.append((item, text, outcome))

    entities_text = None
    notes: list[str] = []
    if resolver.new or resolver.aliases:
        old = dataset.entities_path.read_text(encoding="utf-8")
        try:
            entities_text = updated_text(old, resolver.new, resolver.aliases)
        except (ValueError, KeyError) as exc:
            raise DataError(f"cannot record the new entities: {exc}; nothing was written", path=dataset.entities_path) from None
        added = sum(len(v) for v in resolver.aliases.values())
        notes.append(f"{dataset.entities_path}: added {len(resolver.new)} entities and {added} aliases")

    changed = [(item, text, outcome) for item, text, outcome in staged if outcome.status != "unchanged"]
    if changed or entities_text is not None:
        _validate_and_write(dataset, changed, entities_text)
    return [outcome for _, _, outcome in staged], notes


def _validate_and_write(dataset: Dataset, changed: list[tuple[BoardImport, str, Outcome]], entities_text: str | None) -> None:
    root = dataset.root
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        (staging / "owner").write_text(str(os.getpid()), encoding="utf-8")
        shutil.copyfile(dataset.catalog_path, staging / "catalog.yaml")
        (staging / "entities.yaml").write_text(
            entities_text if entities_text is not None else dataset.entities_path.read_text(encoding="utf-8"), encoding="utf-8"
        )
        weeks = sorted({item.week for item, _, _ in changed})
        for week in weeks:
            folder = staging / WEEKS_DIR / week.isoformat()
            folder.mkdir(parents=True)
            existing = root / WEEKS_DIR / week.isoformat()
            if existing.is_dir():
                for path in existing.iterdir():
                    if path.is_file() and not path.name.startswith(".") and (path.suffix == ".csv" or path.name == EVENTS_FILE):
                        shutil.copyfile(path, folder / path.name)
        for item, text, _ in changed:
            (staging / WEEKS_DIR / item.week.isoformat() / f"{item.board}.csv").write_text(text, encoding="utf-8")
        try:
            staged_dataset = open_dataset(staging)
            for week in weeks:
                staged_dataset.load_week(week)
        except DataError as exc:
            where = exc.path.replace(str(staging), str(root)) if exc.path else None
            if where and where.endswith("entities.yaml"):
                where = str(dataset.entities_path)
            raise DataError(f"{exc.reason} (nothing was written)", path=where, row=exc.row, field=exc.field) from None
        # Everything loads: put it in place. Entities first, so the new rows always resolve.
        moves: list[tuple[Path, Path]] = []
        if entities_text is not None:
            staged_entities = staging / "entities.yaml"
            os.chmod(staged_entities, stat.S_IMODE(os.stat(dataset.entities_path).st_mode))
            moves.append((staged_entities, dataset.entities_path))
        moves += [(staging / WEEKS_DIR / item.week.isoformat() / f"{item.board}.csv", outcome.path)
                  for item, _, outcome in changed]
        put_in_place(moves, staging / "replaced")
    except OSError as exc:
        raise DataError(f"cannot write the import ({exc.strerror or exc}{': ' + exc.filename if exc.filename else ''}); "
                        "nothing was changed", path=root) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def put_in_place(moves: list[tuple[Path, Path]], aside: Path) -> None:
    """Rename each staged file over its target, all or none: on an error, every target is put back."""
    aside.mkdir()
    done: list[tuple[Path, Path | None, list[Path]]] = []
    try:
        for index, (staged, target) in enumerate(moves):
            made = [p for p in reversed(target.parents) if not p.exists()]
            target.parent.mkdir(parents=True, exist_ok=True)
            kept = None
            if target.exists():
                kept = aside / str(index)
                try:
                    os.link(target, kept)  # the old file stays reachable until the import is through
                except OSError:
                    shutil.copy2(target, kept)
            done.append((target, kept, made))
            os.replace(staged, target)
    except BaseException:
        for target, kept, made in reversed(done):
            if kept is not None:
                os.replace(kept, target)
            else:
                target.unlink(missing_ok=True)
            for folder in reversed(made):
                try:
                    folder.rmdir()
                except OSError:
                    pass
        raise
