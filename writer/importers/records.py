"""Reading a source's own export: JSON, JSON lines or CSV records, and their fields.

Every problem is a `DataError` naming the file, the record (`models[3]`, or the line of a CSV or
JSON-lines file) and the field, so an editor can find it in the export.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..limits import MAX_DIGITS, MAX_NESTING, check_cells, nesting, number_problem, text_lines
from ..load import read_text


def read_json(path: Path) -> Any:
    """Parse a JSON file; a syntax error names its line and column."""
    return _json(read_text(path), path)


def _json(text: str, path: Path, line: int | None = None) -> Any:
    too_deep = False
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"malformed JSON: {exc.msg} (column {exc.colno})", path=path,
                        row=line if line is not None else exc.lineno) from None
    except RecursionError:
        too_deep = True
    if too_deep or nesting(data) > MAX_NESTING:
        raise DataError(f"nested more than {MAX_NESTING} levels deep: is this the right file?", path=path, row=line)
    return data


class Record:
    """One record of a source file and where it sits, for precise errors."""

    def __init__(self, data: Any, path: Path, where: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.where = where
        self.line = line
        if not isinstance(data, Mapping):
            raise DataError(f"expected an object, found {type(data).__name__}", path=path, row=line, field=where)
        self.data: Mapping[str, Any] = data

    def field_name(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def error(self, name: str, message: str) -> DataError:
        return DataError(message, path=self.path, row=self.line, field=self.field_name(name))

    def has(self, name: str) -> bool:
        value = self.data.get(name)
        return value is not None and not (isinstance(value, str) and not value.strip())

    def get(self, name: str, required: bool = True) -> Any:
        """The raw value; absent, null or blank is an error when required, else None."""
        if not self.has(name):
            if required:
                raise self.error(name, "missing: this field is required")
            return None
        return self.data[name]

    def text(self, name: str) -> str:
        """A required text field."""
        value = self.maybe_text(name, required=True)
        assert value is not None
        return value

    def maybe_text(self, name: str, required: bool = False) -> str | None:
        """A text field, or None when it is absent."""
        value = self.get(name, required)
        if value is None:
            return None
        if isinstance(value, (dict, list, bool)):
            raise self.error(name, f"expected text, found {json.dumps(value)[:40]}")
        return str(value).strip()

    def number(self, name: str, required: bool = True) -> Decimal | None:
        """A number written as a JSON number or a numeric string, kept exact."""
        value = self.get(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or isinstance(value, (dict, list)):
            raise self.error(name, f"{json.dumps(value)[:40]} is not a number")
        text = str(value).strip()
        if len(text) > 4 * MAX_DIGITS:
            raise self.error(name, f"'{text[:40]}…' is too long to be a number (at most {MAX_DIGITS} digits)")
        try:
            number = Decimal(text.replace(",", ""))
        except InvalidOperation:
            raise self.error(name, f"'{value}' is not a number") from None
        problem = number_problem(text) if isinstance(value, str) else None
        if problem:
            raise self.error(name, problem)
        if not number.is_finite():
            raise self.error(name, f"'{value}' is not a number")
        if number and not -MAX_DIGITS <= number.adjusted() < MAX_DIGITS:
            raise self.error(name, f"'{value}' is out of range: at most {MAX_DIGITS} digits before or after the point")
        return number

    def amount(self, name: str, required: bool = True) -> Decimal | None:
        """A number that cannot be negative (tokens, prices, speeds, ratings)."""
        number = self.number(name, required)
        if number is not None and number < 0:
            raise self.error(name, f"{number} is negative; this figure cannot be")
        return number

    def whole(self, name: str, required: bool = True) -> int | None:
        """A whole number (token counts, ranks): 774854487648, "774854487648" or 7.5e12."""
        number = self.number(name, required)
        if number is None:
            return None
        if number != number.to_integral_value():
            raise self.error(name, f"'{self.data[name]}' is not a whole number")
        return int(number)

    def count(self, name: str) -> int:
        """A required whole number that cannot be negative (token and request counts)."""
        number = self.whole(name)
        assert number is not None
        if number < 0:
            raise self.error(name, f"{number} is negative; a count cannot be")
        return number

    def flag(self, name: str) -> bool | None:
        """A yes/no field (true/false, 1/0), or None when absent."""
        value = self.get(name, required=False)
        if value is None or isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
        raise self.error(name, f"'{value}' is not true or false")

    def child(self, name: str, required: bool = True) -> Record | None:
        """A nested object, as a record of its own (model_creator, pricing, ...)."""
        value = self.get(name, required)
        if value is None:
            return None
        return Record(value, self.path, self.field_name(name), self.line)


def records_in(data: Any, path: Path, key: str) -> list[Record]:
    """The records of the list under `key` (or of a top-level list), each knowing its index."""
    items = data.get(key) if isinstance(data, Mapping) else data
    if not isinstance(items, list):
        found = "nothing" if items is None else type(items).__name__
        raise DataError(f"expected a list of records under '{key}', found {found}", path=path, field=key)
    return [Record(item, path, f"{key}[{index}]") for index, item in enumerate(items)]


def read_rows(path: Path, key: str = "data") -> list[Record]:
    """Rows of a CSV, JSON-lines or JSON file (a list, or a list under `key`)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return list(_csv_rows(path))
    if suffix in (".jsonl", ".ndjson"):
        return list(_json_lines(path))
    return records_in(read_json(path), path, key)


def _csv_rows(path: Path) -> Iterator[Record]:
    lines = text_lines(path)
    skipped = 0
    first = next(lines, "")
    while first.lstrip().startswith("#"):
        skipped += 1  # leading comment lines: where the export came from
        first = next(lines, "")
    reader = csv.DictReader(_chain(first, lines))
    try:
        if not reader.fieldnames:
            raise DataError("empty file: expected a header row", path=path, row=skipped + 1)
        check_cells(list(reader.fieldnames), path, skipped + 1)
        for row in reader:
            line = reader.line_num + skipped
            if None in row:
                raise DataError("more cells than the header has columns", path=path, row=line)
            check_cells([value or "" for value in row.values()], path, line, list(reader.fieldnames))
            if any((value or "").strip() for value in row.values()):
                yield Record({k.strip(): v for k, v in row.items()}, path, line=line)
    except csv.Error as exc:
        raise DataError(f"malformed CSV: {exc}", path=path, row=reader.line_num + skipped) from None


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


def _json_lines(path: Path) -> Iterator[Record]:
    for number, line in enumerate(text_lines(path), start=1):
        if not line.strip():
            continue
        yield Record(_json(line, path, number), path, line=number)
