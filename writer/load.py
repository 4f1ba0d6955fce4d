"""Reading a dataset folder: catalog, entities, each week's board snapshots and events.

A dataset folder holds `weeks/<YYYY-MM-DD>/` with one `<board-id>.csv` per board and an optional
`events.yaml`. `catalog.yaml` and `entities.yaml` are read from the dataset folder or, when it has
none, from the nearest folder above it, so several datasets under `data/` share them.

Every problem is a `DataError` naming the file, line and field; nothing is half-loaded.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .entities import Entities
from .rules import board_rules, event_figures, event_names, growth, header_only, raise_first, rows_of
from .errors import DataError, NoSuchWeek
from .limits import MAX_NESTING, MAX_ROWS, check_cells, decode, nesting, number_problem, read_bytes, text_lines
from .models import (
    ROW_MODELS,
    SUBJECT_FIELD,
    Board,
    BoardKind,
    Catalog,
    Confirmation,
    ConfirmedFile,
    Entity,
    EntityKind,
    EntityRegistry,
    Event,
    EventFile,
    Row,
)

OTHERS_ID = "others"
# libyaml's loader, where installed, parses entities.yaml about ten times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
WEEKS_DIR = "weeks"
EVENTS_FILE = "events.yaml"
CONFIRMED_FILE = "confirmed.yaml"
MAX_WEEK_GAP = dt.timedelta(days=13)
WEEK_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}$")
"""A week folder's name: YYYY-MM-DD exactly (a folder named 20260125 is not a week)."""

M = TypeVar("M", bound=BaseModel)

# Which kinds of entity may stand in each column.
_COLUMN_KINDS: dict[str, set[EntityKind]] = {
    "model": {EntityKind.model, EntityKind.other},
    "system": {EntityKind.system, EntityKind.model},
    "author": {EntityKind.company, EntityKind.other},
    "org": {EntityKind.company},
    "provider": {EntityKind.provider, EntityKind.company},
}


@dataclass(frozen=True)
class Entry:
    """One row of a snapshot with its entities resolved to canonical ids."""

    row: Row
    entity: str
    line: int
    qualifier: str | None = None
    """Second key part where a board lists an entity more than once (the provider of a throughput row)."""

    @property
    def key(self) -> str:
        return f"{self.entity}@{self.qualifier}" if self.qualifier else self.entity


@dataclass(frozen=True)
class Snapshot:
    """A board as it stood in one week: entries in rank order ('Others' last)."""

    board: Board
    week: dt.date
    entries: list[Entry]
    path: Path

    def by_key(self) -> dict[str, Entry]:
        return {e.key: e for e in self.entries}

    @property
    def total(self) -> float:
        """Sum of the main figure over all rows (share boards: the denominator of every share)."""
        return sum(getattr(e.row, "tokens").value for e in self.entries if hasattr(e.row, "tokens"))


@dataclass
class Week:
    """Everything known about one week: its snapshots and events."""

    date: dt.date
    snapshots: dict[str, Snapshot] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    events_path: Path | None = None
    confirmed: list[Confirmation] = field(default_factory=list)
    """Figures the week's editors vouch for (confirmed.yaml)."""


@dataclass
class Dataset:
    """A dataset folder with its catalog and entity registry loaded."""

    root: Path
    catalog: Catalog
    entities: Entities
    catalog_path: Path
    entities_path: Path
    _snapshots: dict[Path, "Snapshot"] = field(default_factory=dict, repr=False, compare=False)
    """Board files already read: the growth rule reads last week's board, and history reads it again."""

    def board(self, board_id: str) -> Board | None:
        return next((b for b in self.catalog.boards if b.id == board_id), None)

    def week_dates(self) -> list[dt.date]:
        """Dates of every week folder, oldest first."""
        weeks_dir = self.root / WEEKS_DIR
        if not weeks_dir.is_dir():
            return []
        dates = []
        for child in weeks_dir.iterdir():
            if child.is_dir() and WEEK_NAME.match(child.name):
                try:
                    dates.append(dt.date.fromisoformat(child.name))
                except ValueError:
                    continue
        return sorted(dates)

    def resolve_week(self, week: str) -> dt.date:
        """Turn 'latest' or 'YYYY-MM-DD' into the date of an existing week folder."""
        dates = self.week_dates()
        if week == "latest":
            if not dates:
                raise NoSuchWeek(f"no week folders under {self.root / WEEKS_DIR}", path=self.root / WEEKS_DIR)
            return dates[-1]
        try:
            if not WEEK_NAME.match(week):
                raise ValueError(week)
            date = dt.date.fromisoformat(week)
        except ValueError:
            raise NoSuchWeek(f"'{week}' is not a week: use YYYY-MM-DD or 'latest'") from None
        if date not in dates:
            known = ", ".join(d.isoformat() for d in dates[-6:]) or "none"
            raise NoSuchWeek(
                f"no data for week {week} (weeks available: {known})", path=self.root / WEEKS_DIR / week
            )
        return date

    def previous_date(self, date: dt.date) -> dt.date | None:
        """The week before `date` that has data, if it is close enough to compare with."""
        earlier = [d for d in self.week_dates() if d < date]
        if not earlier or date - earlier[-1] > MAX_WEEK_GAP:
            return None
        return earlier[-1]

    def history(self, date: dt.date, weeks: int) -> list[Week]:
        """This week and up to `weeks - 1` consecutive weeks before it, newest first."""
        found = [self.load_week(date)]
        while len(found) < weeks:
            prev = self.previous_date(found[-1].date)
            if prev is None:
                break
            found.append(self.load_week(prev))
        return found

    def load_week(self, date: dt.date) -> Week:
        """Read and validate every file of one week folder."""
        folder = self.root / WEEKS_DIR / date.isoformat()
        if not folder.is_dir():
            raise NoSuchWeek(f"no data for week {date}", path=folder)
        week = Week(date=date)
        for path in sorted(folder.iterdir()):
            if path.name == EVENTS_FILE:
                week.events = self._load_events(path)
                week.events_path = path
            elif path.suffix == ".csv":
                board = self.board(path.stem)
                if board is None:
                    known = ", ".join(b.id for b in self.catalog.boards)
                    raise DataError(f"unknown board '{path.stem}' (boards in the catalog: {known})", path=path)
                week.snapshots[board.id] = self._load_snapshot(board, date, path)
            elif path.name == CONFIRMED_FILE:
                week.confirmed = validate(ConfirmedFile, read_yaml(path), path).confirmed
            elif path.name.startswith(".") or path.name.lower() == "readme.md":
                continue
            else:
                raise DataError("unexpected file: a week folder holds <board>.csv files and events.yaml", path=path)
        self._check_growth(week)
        return week

    def _check_growth(self, week: Week) -> None:
        """Growth rates must agree with last week's tokens (the growth rule of rules.py)."""
        previous = self.previous_date(week.date)
        for snapshot in week.snapshots.values():
            if snapshot.board.kind is not BoardKind.usage or previous is None:
                continue
            before = self.root / WEEKS_DIR / previous.isoformat() / snapshot.path.name
            if before.is_file():
                prev = self._load_snapshot(snapshot.board, previous, before)
                raise_first(growth(snapshot.path, rows_of(snapshot.entries), rows_of(prev.entries)))

    def _load_snapshot(self, board: Board, date: dt.date, path: Path) -> Snapshot:
        if path not in self._snapshots:
            self._snapshots[path] = self._read_snapshot(board, date, path)
        return self._snapshots[path]

    def _read_snapshot(self, board: Board, date: dt.date, path: Path) -> Snapshot:
        model = ROW_MODELS[board.kind]
        subject = SUBJECT_FIELD[board.kind]
        entries: list[Entry] = []
        for line, record in read_csv(path, model):
            row = parse_row(model, record, path, line)
            entity = self.resolve_cell(getattr(row, subject), subject, path, line)
            for column in ("author", "org", "provider"):
                value = getattr(row, column, None)
                if value:
                    self.resolve_cell(value, column, path, line)
            qualifier = None
            if board.kind is BoardKind.throughput:
                qualifier = self.resolve_cell(row.provider, "provider", path, line).id  # type: ignore[attr-defined]
            entries.append(Entry(row=row, entity=entity.id, line=line, qualifier=qualifier))
        check_snapshot(board, entries, path)
        raise_first(header_only(path, rows_of(entries), len(entries))
                    + board_rules(path, board, rows_of(entries), subject))
        entries.sort(key=lambda e: (e.row.rank is None, e.row.rank or 0))
        return Snapshot(board=board, week=date, entries=entries, path=path)

    def resolve_cell(self, name: str, column: str, path: Path, line: int) -> Entity:
        """The canonical entity a cell names; unknown or wrong-kind names are a DataError."""
        allowed = _COLUMN_KINDS.get(column)
        entity = self.entities.resolve(name, allowed)
        if entity is None:
            raise DataError(
                f"unknown entity '{name}': add it, or this spelling as an alias, to {self.entities_path}",
                path=path, row=line, field=column,
            )
        if allowed and entity.kind not in allowed:
            raise DataError(
                f"'{name}' is a {entity.kind.value} ({entity.id}), not what the '{column}' column holds",
                path=path, row=line, field=column,
            )
        return entity

    def _load_events(self, path: Path) -> list[Event]:
        data = read_yaml(path)
        events_file = validate(EventFile, data or {}, path)
        seen: set[str] = set()
        for index, event in enumerate(events_file.events):
            where = f"events[{index}]"
            if event.id in seen:
                raise DataError(f"duplicate event id '{event.id}'", path=path, field=f"{where}.id")
            seen.add(event.id)
            org = self.entities.resolve(event.org)
            if org is None:
                raise DataError(
                    f"unknown organisation '{event.org}': add it to {self.entities_path}", path=path, field=f"{where}.org"
                )
            check_event_figures(event, path, where)
            raise_first(event_names(path, index, event, self.entities, self.entities_path)
                        + event_figures(path, index, event, self.entities))
        return events_file.events


def check_event_figures(event: Event, path: Path, where: str) -> None:
    """Each figure of an event must be a readable quantity (2.4万亿, 97ms, 256,000 tokens)."""
    from .numbers import parse_figure

    for label, text in event.figures.items():
        problem = number_problem(text)
        if problem:
            raise DataError(f"figure '{label}': {problem}", path=path, field=f"{where}.figures")
        try:
            parse_figure(text)
        except ValueError:
            raise DataError(f"figure '{label}': '{text}' does not start with a number", path=path, field=f"{where}.figures") from None


def check_snapshot(board: Board, entries: list[Entry], path: Path) -> None:
    """Board-level rules: unique ranks and entities, one 'Others', shares that agree with tokens."""
    ranks: dict[int, int] = {}
    keys: dict[str, int] = {}
    for entry in entries:
        rank = entry.row.rank
        if rank is None and entry.entity != OTHERS_ID:
            raise DataError("rank is empty; only the 'Others' row may have no rank", path=path, row=entry.line, field="rank")
        if rank is not None:
            if rank in ranks:
                raise DataError(f"duplicate rank {rank} (also on line {ranks[rank]})", path=path, row=entry.line, field="rank")
            ranks[rank] = entry.line
        if entry.key in keys:
            raise DataError(
                f"duplicate entity '{entry.entity}' (also on line {keys[entry.key]})",
                path=path, row=entry.line, field=SUBJECT_FIELD[board.kind],
            )
        keys[entry.key] = entry.line
    if board.kind in (BoardKind.author_share, BoardKind.model_share):
        check_shares(entries, path)


def check_shares(entries: list[Entry], path: Path) -> None:
    """Every share must equal its tokens over the board's total, to the decimals it is written with."""
    total = sum(e.row.tokens.value for e in entries)  # type: ignore[attr-defined]
    if total <= 0:
        raise DataError("the tokens of this board add up to zero", path=path, field="tokens")
    for entry in entries:
        tokens, share = entry.row.tokens, entry.row.share  # type: ignore[attr-defined]
        expected = 100 * tokens.value / total
        # The tokens' own rounding moves the share a little; allow for it as well as the share's.
        slack = share.step / 2 + 100 * tokens.step / total + 1e-6
        if abs(expected - share.value) > slack:
            raise DataError(
                f"share {share.value:g}% disagrees with tokens/total = {expected:.2f}% (total {total:,.0f} tokens)",
                path=path, row=entry.line, field="share",
            )


def read_text(path: Path) -> str:
    """A regular file's text as UTF-8 (a BOM is fine), within the limits; anything else is a DataError."""
    return decode(read_bytes(path), path)


def read_yaml(path: Path) -> Any:
    """Parse a YAML file; syntax errors name the line."""
    text = read_text(path)
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataError(f"malformed YAML: {problem}", path=path, row=mark.line + 1 if mark else None) from None
    except ValueError as exc:  # a date that does not exist (2026-02-30), an integer too long to convert
        line = _bad_date_line(text)
        hint = ": write a date that exists, as YYYY-MM-DD" if line else ""
        raise DataError(f"malformed YAML: {exc}{hint}", path=path, row=line) from None
    except RecursionError:
        raise DataError(f"nested more than {MAX_NESTING} levels deep: is this the right file?", path=path) from None
    if nesting(data) > MAX_NESTING:
        raise DataError(f"nested more than {MAX_NESTING} levels deep: is this the right file?", path=path)
    return data


def _bad_date_line(text: str) -> int | None:
    """The line of the first YYYY-MM-DD in `text` that is not a date, if any."""
    for number, line in enumerate(text.splitlines(), start=1):
        for found in re.findall(r"\b\d{4}-\d{2}-\d{2}\b", line):
            try:
                dt.date.fromisoformat(found)
            except ValueError:
                return number
    return None


def read_csv(path: Path, model: type[BaseModel]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file as (line number, cells), read as they are needed, checking the header against the row model."""
    reader = csv.reader(text_lines(path))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise DataError("empty file: expected a header row", path=path) from None
    except csv.Error as exc:
        raise DataError(f"malformed CSV: {exc}", path=path, row=reader.line_num) from None
    check_cells(header, path, 1)
    columns = set(model.model_fields)
    required = {name for name, f in model.model_fields.items() if f.is_required()}
    missing = [c for c in model.model_fields if c in required and c not in header]
    if missing:
        raise DataError(f"missing column(s): {', '.join(missing)} (header: {', '.join(header)})", path=path, row=1)
    unknown = [h for h in header if h not in columns]
    if unknown:
        raise DataError(
            f"unknown column(s): {', '.join(unknown)} (expected: {', '.join(model.model_fields)})", path=path, row=1
        )
    rows = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DataError(f"malformed CSV: {exc}", path=path, row=reader.line_num) from None
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise DataError(f"{len(record)} cells, the header has {len(header)}", path=path, row=line)
        check_cells(record, path, line, header)
        rows += 1
        if rows > MAX_ROWS:
            raise DataError(f"more than {MAX_ROWS:,} rows: a board snapshot is its top list, not a whole export",
                            path=path, row=line)
        yield line, {h: c.strip() for h, c in zip(header, record) if c.strip() != ""}


def parse_row(model: type[M], record: dict[str, str], path: Path, line: int) -> M:
    """Validate one CSV record; the first problem becomes a DataError naming its column."""
    try:
        return model.model_validate(record)
    except ValidationError as exc:
        error = exc.errors()[0]
        column = ".".join(str(p) for p in error["loc"]) or None
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "missing":
            message = "empty cell; a value is required"
        elif column == "rank" and error["type"].startswith("int"):
            message = f"'{error.get('input')}' is not a whole number"
        raise DataError(message, path=path, row=line, field=column) from None


def validate(model: type[M], data: Any, path: Path) -> M:
    """Validate parsed YAML against a model; the first problem becomes a DataError naming its field."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"]).lstrip(".")
        message = {"missing": "required, but missing", "extra_forbidden": "unknown key (check its spelling)"}.get(
            error["type"], error["msg"].removeprefix("Value error, ")
        )
        raise DataError(message, path=path, field=where or None) from None


def find_config(root: Path, name: str) -> Path:
    """`name` in the dataset folder or the nearest folder above it."""
    for folder in (root, *root.resolve().parents[:2]):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise DataError(f"{name} not found in {root} or the folders above it", path=root / name)


def open_dataset(root: Path | str) -> Dataset:
    """Load the catalog and entity registry of a dataset folder."""
    root = Path(root)
    if not root.is_dir():
        raise DataError("data folder not found (use --data or WRITER_DATA to point at it)", path=root)
    catalog_path = find_config(root, "catalog.yaml")
    entities_path = find_config(root, "entities.yaml")
    catalog = validate(Catalog, read_yaml(catalog_path), catalog_path)
    ids = [b.id for b in catalog.boards]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise DataError(f"board '{duplicate}' is listed twice", path=catalog_path)
    registry = validate(EntityRegistry, read_yaml(entities_path), entities_path)
    entities = Entities([])
    for index, entity in enumerate(registry.entities):
        if entity.id in entities.by_id:
            raise DataError(f"duplicate entity id '{entity.id}'", path=entities_path, field=f"entities[{index}].id")
        try:
            entities.add(entity)
        except ValueError as exc:
            raise DataError(str(exc), path=entities_path, field=f"entities[{index}]") from None
    if OTHERS_ID not in entities.by_id:
        entities.add(Entity(id=OTHERS_ID, name="Others", kind=EntityKind.other, name_zh="其他", aliases=["其它", "长尾", "长尾模型", "长尾部分", "榜外模型", "其余模型", "其他模型", "其余公司", "其他公司", "其余厂商", "其他厂商"]))
    entities.add_short_names()
    entities.display = catalog.display
    return Dataset(root=root, catalog=catalog, entities=entities, catalog_path=catalog_path, entities_path=entities_path)
