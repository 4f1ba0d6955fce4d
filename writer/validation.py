"""`writer validate`: one pass over a whole week folder, every problem at once.

Where the loader stops at the first problem, this walk keeps going: a bad cell leaves out its
row, not its file; an unknown name gets "did you mean"; then every rule of `rules.py` runs on
what could be read, with last week's board beside this week's for growth and unchanged boards.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import DataError
from .load import _COLUMN_KINDS, EVENTS_FILE, WEEKS_DIR, Dataset, read_csv, read_yaml
from .models import ROW_MODELS, SUBJECT_FIELD, Board, BoardKind, EventFile
from .rules import (
    DataProblem,
    RowView,
    board_rules,
    event_figures,
    event_names,
    growth,
    header_only,
    unchanged,
    unknown_name,
)


def _from_error(exc: DataError) -> DataProblem:
    return DataProblem(file=exc.path or "", line=exc.row, field=exc.field, message=exc.reason)


def _cell_message(error: Any) -> str:
    """A pydantic error about one cell, as a Chinese sentence."""
    kind, value = error["type"], error.get("input")
    if kind == "missing":
        return "单元格为空，这一列必须填写。"
    if kind.startswith("int"):
        return f"'{value}' 不是整数。"
    if kind.startswith("bool"):
        return f"'{value}' 不是 true 或 false。"
    message = str(error["msg"]).removeprefix("Value error, ")
    if "negative" in message:
        return f"'{value}' 是负数，这个数字不能为负。"
    if "not a number" in message or "number is required" in message:
        return f"'{value}' 不是数字。"
    if kind == "greater_than_equal":
        return f"'{value}' 太小：排名从 1 开始。"
    return message


def board_rows(dataset: Dataset, board: Board, path: Path) -> tuple[list[RowView], list[DataProblem]]:
    """The rows of one board file that could be read, and the problems of those that could not."""
    problems: list[DataProblem] = []
    model = ROW_MODELS[board.kind]
    subject = SUBJECT_FIELD[board.kind]
    try:
        records = list(read_csv(path, model))
    except DataError as exc:
        return [], [_from_error(exc)]
    rows: list[RowView] = []
    for line, record in records:
        try:
            row = model.model_validate(record)
        except ValidationError as exc:
            for error in exc.errors():
                column = ".".join(str(p) for p in error["loc"]) or None
                problems.append(DataProblem(file=str(path), line=line, field=column, message=_cell_message(error)))
            continue
        key = getattr(row, subject)
        for column in (subject, "author", "org", "provider"):
            name = getattr(row, column, None)
            if not name:
                continue
            allowed = _COLUMN_KINDS.get(column)
            entity = dataset.entities.resolve(name, allowed)
            if entity is None:
                problems.append(DataProblem(file=str(path), line=line, field=column,
                                            message=unknown_name(dataset.entities, name, allowed, dataset.entities_path)))
            elif allowed and entity.kind not in allowed:
                problems.append(DataProblem(file=str(path), line=line, field=column,
                                            message=f"'{name}' 是 {entity.kind.value}（{entity.id}），不能写在 '{column}' 这一列。"))
            elif column == subject:
                key = entity.id
        if board.kind is BoardKind.throughput:
            provider = dataset.entities.resolve(row.provider)  # type: ignore[attr-defined]
            key = f"{key}@{provider.id if provider else row.provider}"  # type: ignore[attr-defined]
        rows.append(RowView(line=line, key=key, rank=row.rank, cells=dict(row)))
    problems += header_only(path, rows, len(records))
    problems += board_rules(path, board, rows, subject)
    return rows, problems


def event_problems(dataset: Dataset, path: Path) -> list[DataProblem]:
    """Every problem of an events.yaml: shape, duplicate ids, unknown names, figures."""
    try:
        data = read_yaml(path)
    except DataError as exc:
        return [_from_error(exc)]
    try:
        events = EventFile.model_validate(data or {}).events
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"]).lstrip(".")
            message = {"missing": "必填，但没有填写。", "extra_forbidden": "未知的键（请检查拼写）。"}.get(
                error["type"], str(error["msg"]).removeprefix("Value error, "))
            problems.append(DataProblem(file=str(path), field=where or None, message=message))
        return problems
    problems = []
    seen: set[str] = set()
    for index, event in enumerate(events):
        if event.id in seen:
            problems.append(DataProblem(file=str(path), field=f"events[{index}].id", message=f"事件 id '{event.id}' 重复。"))
        seen.add(event.id)
        problems += event_names(path, index, event, dataset.entities, dataset.entities_path)
        problems += event_figures(path, index, event, dataset.entities)
    return problems


def validate_week(dataset: Dataset, date: dt.date) -> list[DataProblem]:
    """Every problem of one week folder, errors and warnings, in file order."""
    folder = dataset.root / WEEKS_DIR / date.isoformat()
    previous = dataset.previous_date(date)
    problems: list[DataProblem] = []
    for path in sorted(folder.iterdir()):
        if path.name == EVENTS_FILE:
            problems += event_problems(dataset, path)
        elif path.suffix == ".csv":
            board = dataset.board(path.stem)
            if board is None:
                known = "、".join(b.id for b in dataset.catalog.boards)
                problems.append(DataProblem(file=str(path), message=f"未知榜单 '{path.stem}'：catalog.yaml 里的榜单有 {known}。"))
                continue
            rows, found = board_rows(dataset, board, path)
            problems += found
            before = dataset.root / WEEKS_DIR / previous.isoformat() / path.name if previous else None
            if before is not None and before.is_file() and rows:
                prev_rows, _ = board_rows(dataset, board, before)
                if board.kind is BoardKind.usage:
                    problems += growth(path, rows, prev_rows)
                problems += unchanged(path, rows, prev_rows, before)
        elif path.name.startswith(".") or path.name.lower() == "readme.md":
            continue
        else:
            problems.append(DataProblem(file=str(path), message="多余的文件：周文件夹里只能有 <榜单>.csv 和 events.yaml。"))
    return problems
