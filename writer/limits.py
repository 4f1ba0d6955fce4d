"""The documented limits on input, enforced while reading, before memory grows.

    MAX_FILE_BYTES     64 MiB  any data, import or checked file
    MAX_LINE_CHARS     1 MiB   one line of a CSV or JSON-lines file
    MAX_CELL_CHARS     4,096   one CSV cell
    MAX_ROWS           10,000  rows of one board snapshot
    MAX_DIGITS         20      digits of one number (a token count has 13)
    MAX_NESTING        64      levels of nested lists/objects in a JSON or YAML file

Only regular files are read: a folder, a FIFO or a device (`/dev/zero`) where a file is expected
is an error, not a hang. Numbers are written with ASCII digits; thousands separators group digits
by three (`4,778`) or are left out, so `4,7,8,,B` is not 478B; full-width (`４６`) and Arabic-Indic
(`٤٦`) digits are refused with a message saying how to write them.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import DataError

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_LINE_CHARS = 1024 * 1024
MAX_CELL_CHARS = 4096
MAX_ROWS = 10_000
MAX_DIGITS = 20
MAX_NESTING = 64

_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def regular_file(path: Path) -> os.stat_result:
    """The file's status, when it is a regular file of at most MAX_FILE_BYTES; else a DataError."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DataError("file not found", path=path) from None
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror}", path=path) from None
    if stat.S_ISDIR(info.st_mode):
        raise DataError("is a folder, not a file: name a file here", path=path)
    if not stat.S_ISREG(info.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "not a regular file"
        raise DataError(f"is {kind}, not a regular file: copy the data into a file and name that", path=path)
    if info.st_size > MAX_FILE_BYTES:
        raise DataError(f"{info.st_size:,} bytes, more than the limit of {MAX_FILE_BYTES:,}: split the file", path=path)
    return info


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes, never more than MAX_FILE_BYTES however it grows while read."""
    regular_file(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror}", path=path) from None
    if len(raw) > MAX_FILE_BYTES:
        raise DataError(f"more than the limit of {MAX_FILE_BYTES:,} bytes: split the file", path=path)
    return raw


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 text (a BOM is fine); anything else is a DataError naming the line."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(f"not UTF-8 text (byte {exc.start}): save the file as UTF-8", path=path, row=line) from None


def text_lines(path: Path) -> Iterator[str]:
    """A regular file's lines as UTF-8 text, read as they are needed; no line longer than MAX_LINE_CHARS."""
    regular_file(path)
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror}", path=path) from None
    with handle:
        number = 0
        read = 0
        while True:
            number += 1
            try:
                line = handle.readline(MAX_LINE_CHARS + 1)
            except UnicodeDecodeError as exc:
                raise DataError(f"not UTF-8 text (byte {exc.start} of a block near here): save the file as UTF-8",
                                path=path, row=number) from None
            except OSError as exc:
                raise DataError(f"cannot read: {exc.strerror}", path=path, row=number) from None
            if not line:
                return
            if len(line) > MAX_LINE_CHARS:
                raise DataError(f"line longer than {MAX_LINE_CHARS:,} characters: one record per line", path=path, row=number)
            read += len(line)
            if read > MAX_FILE_BYTES:
                raise DataError(f"more than the limit of {MAX_FILE_BYTES:,} bytes: split the file", path=path)
            yield line


def check_cells(record: list[str], path: Path, line: int, header: list[str] | None = None) -> None:
    """Every cell within MAX_CELL_CHARS."""
    for index, cell in enumerate(record):
        if len(cell) > MAX_CELL_CHARS:
            column = header[index] if header and index < len(header) else None
            raise DataError(f"a cell of {len(cell):,} characters, more than the limit of {MAX_CELL_CHARS:,}: "
                            "shorten it (a quote left open swallows the rest of the file)",
                            path=path, row=line, field=column)


def number_problem(text: str) -> str | None:
    """Why a written number cannot be read as one (digits, separators, length), or None when it can."""
    foreign = next((ch for ch in text if ch.isdecimal() and not ("0" <= ch <= "9")), None)
    if foreign is not None:
        kind = "full-width" if "FULLWIDTH" in unicodedata.name(foreign, "") else unicodedata.name(foreign, "non-ASCII").split(" DIGIT")[0].title()
        ascii_text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
        return f"'{text}' uses {kind} digits: write it with the digits 0-9 ('{ascii_text}')"
    match = _NUMERAL.search(text)
    if match is None:
        return None
    numeral = match.group(0)
    if "," in numeral and not _GROUPED.match(numeral.rstrip(",")) or numeral.endswith(","):
        return f"'{text}': commas must group the digits by three (4,778 or 4778), not '{numeral}'"
    digits = sum(ch.isdigit() for ch in numeral)
    if digits > MAX_DIGITS:
        return (f"'{text[:40]}{'…' if len(text) > 40 else ''}' has {digits} digits, more than the limit of {MAX_DIGITS}: "
                "write it with a unit (582B, 1.48T)")
    return None


def nesting(data: Any, limit: int = MAX_NESTING) -> int:
    """How deeply lists and mappings nest in parsed data (stops counting past `limit`)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return deepest



def read_stdin(stream: Any) -> str:
    """Standard input (a binary stream) as UTF-8 text, at most MAX_FILE_BYTES."""
    raw = stream.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise DataError(f"more than the limit of {MAX_FILE_BYTES:,} bytes: split the text", path="-")
    return decode(raw, Path("-"))
