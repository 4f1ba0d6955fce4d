"""Markdown → HTML for the subset a report uses, with marks laid over spans of the source.

Blocks: front matter (skipped), ATX and setext headings, bullets (`*`, `-`, `+`), pipe tables,
thematic breaks and paragraphs. Inline: backslash escapes, `**bold**`, `` `code` ``, and
`[text](url)` links, live only for http(s) URLs (any other target is shown as inert text). Every
character of the source is escaped; raw HTML shows as text.

A mark covers a span of one source line (line, start and end columns, 0-based) and wraps the text
it covers with whatever its `wrap` returns: the review page lays each checked figure over the text
this way, so a figure's position comes straight from the checker's line and column.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup, escape

ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
BULLET = re.compile(r"^ {0,3}[*+-][ \t]+")
BREAK = re.compile(r"^ {0,3}([*_-])([ \t]*\1){2,}[ \t]*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.I)
LINK = re.compile(r"\[([^\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)")
PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


@dataclass
class Mark:
    """A span of one source line (0-based columns, end exclusive) to wrap."""

    line: int
    start: int
    end: int
    wrap: Callable[[Markup], Markup]
    placed: bool = False


@dataclass
class Item:
    """A bullet: its HTML and its source text (without the marker)."""

    html: Markup
    text: str
    line: int


@dataclass
class Block:
    """One block of the rendered report."""

    kind: str
    """heading, paragraph, list, table or break."""
    line: int
    html: Markup = Markup("")
    text: str = ""
    level: int = 0
    items: list[Item] = field(default_factory=list)
    header: list[Markup] = field(default_factory=list)
    rows: list[list[Markup]] = field(default_factory=list)


def front_matter_end(lines: list[str]) -> int:
    """Index of the first line after a leading `---` front matter block (0 when there is none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return i + 1
    return 0


def parse(text: str, marks: list[Mark] | None = None) -> list[Block]:
    """The blocks of a Markdown text, with the marks laid over their inline text."""
    # A CR before each LF (a file saved on Windows) is dropped; the columns before it are unchanged.
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    by_line: dict[int, list[Mark]] = {}
    for mark in marks or []:
        by_line.setdefault(mark.line, []).append(mark)
    inline = Inline(by_line)
    blocks: list[Block] = []
    i = front_matter_end(lines)
    paragraph: list[tuple[int, str, int]] = []

    def flush() -> None:
        if paragraph:
            parts = [inline.render(n, raw, start) for n, raw, start in paragraph]
            blocks.append(Block("paragraph", paragraph[0][0], html=Markup("<br>\n").join(parts),
                                text="\n".join(raw[start:] for _, raw, start in paragraph)))
            paragraph.clear()

    while i < len(lines):
        raw, number = lines[i], i + 1
        stripped = raw.strip()
        if not stripped:
            flush()
            i += 1
            continue
        if paragraph and len(paragraph) == 1 and SETEXT.match(raw) and not BULLET.match(raw):
            n, first, start = paragraph.pop()
            level = 1 if raw.strip().startswith("=") else 2
            blocks.append(Block("heading", n, html=inline.render(n, first, start), text=first.strip(), level=level))
            i += 1
            continue
        if BREAK.match(raw):
            flush()
            blocks.append(Block("break", number))
            i += 1
            continue
        heading = ATX.match(raw)
        if heading:
            flush()
            start = heading.start(2)
            blocks.append(Block("heading", number, html=inline.render(number, raw[: heading.end(2)], start),
                                text=heading.group(2), level=len(heading.group(1))))
            i += 1
            continue
        if BULLET.match(raw):
            flush()
            items = []
            while i < len(lines) and (bullet := BULLET.match(lines[i])):
                items.append(Item(inline.render(i + 1, lines[i], bullet.end()), lines[i][bullet.end():], i + 1))
                i += 1
            blocks.append(Block("list", items[0].line, items=items))
            continue
        if stripped.startswith("|") and i + 1 < len(lines) and TABLE_RULE.match(lines[i + 1]) and "|" in lines[i + 1]:
            flush()
            header = [inline.render(number, raw, s, e) for s, e in cells(raw)]
            rows = []
            i += 2
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append([inline.render(i + 1, lines[i], s, e) for s, e in cells(lines[i])])
                i += 1
            blocks.append(Block("table", number, header=header, rows=rows))
            continue
        paragraph.append((number, raw, len(raw) - len(raw.lstrip())))
        i += 1
    flush()
    return blocks


def cells(row: str) -> list[tuple[int, int]]:
    """The (start, end) columns of each cell of a pipe-table row, spaces trimmed; `\\|` stays in its cell."""
    bounds, start, i = [], None, 0
    while i < len(row):
        ch = row[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "|":
            if start is not None:
                bounds.append((start, i))
            start = i + 1
        elif start is None and not ch.isspace():
            start = i
        i += 1
    if start is not None and row[start:].strip():
        bounds.append((start, len(row)))
    trimmed = []
    for s, e in bounds:
        while s < e and row[s].isspace():
            s += 1
        while e > s and row[e - 1].isspace():
            e -= 1
        trimmed.append((s, e))
    return trimmed


class Inline:
    """Renders the inline Markdown of one line's span, wrapping marked characters."""

    def __init__(self, marks: dict[int, list[Mark]]) -> None:
        self.marks = marks

    def render(self, line: int, raw: str, start: int = 0, end: int | None = None) -> Markup:
        """The HTML of raw[start:end], with the marks of `line` that fall inside it."""
        end = len(raw) if end is None else end
        atoms = tokens(raw, start, end)
        for mark in self.marks.get(line, []):
            if not mark.placed and start <= mark.start and mark.end <= end:
                atoms = wrap(atoms, mark)
        return Markup("").join(html for _, html in atoms)


Atom = tuple[int | None, Markup]
"""A piece of output: (source column, HTML) for a character of text; (None, HTML) for markup."""


ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def tokens(raw: str, start: int, end: int) -> list[Atom]:
    """The atoms of raw[start:end]: one per visible character, plus the markup around them."""
    out: list[Atom] = []
    i = start
    while i < end:
        ch = raw[i]
        if ch == "\\" and i + 1 < end and raw[i + 1] in PUNCTUATION:
            out.append((i, escape(raw[i + 1])))
            i += 2
            continue
        if raw.startswith("**", i) and (close := raw.find("**", i + 2, end)) > i + 2:
            out.append((None, Markup("<strong>")))
            out.extend(tokens(raw, i + 2, close))
            out.append((None, Markup("</strong>")))
            i = close + 2
            continue
        if ch == "`" and (close := raw.find("`", i + 1, end)) > i:
            out.append((None, Markup("<code>")))
            out.extend((j, escape(raw[j])) for j in range(i + 1, close))
            out.append((None, Markup("</code>")))
            i = close + 1
            continue
        if ch == "[":
            link = LINK.match(raw, i, end)
            if link:
                url = link.group(2)
                if SAFE_URL.match(url):
                    out.append((None, Markup('<a href="{}" rel="noopener noreferrer">').format(url)))
                    out.extend(tokens(raw, link.start(1), link.end(1)))
                    out.append((None, Markup("</a>")))
                else:
                    out.append((None, Markup('<span class="inert-link" title="{}">').format(f"未启用的链接：{url}")))
                    out.extend(tokens(raw, link.start(1), link.end(1)))
                    out.append((None, Markup("</span>")))
                i = link.end()
                continue
        entity = ENTITY.match(raw, i, end) if ch == "&" else None
        if entity:
            # &lt;script&gt; in the Markdown is the text <script>, shown as text.
            out.append((i, escape(html.unescape(entity.group()))))
            i = entity.end()
            continue
        out.append((i, escape(ch)))
        i += 1
    return out


def wrap(atoms: list[Atom], mark: Mark) -> list[Atom]:
    """The atoms with the first unbroken run of characters inside the mark wrapped."""
    inside = [k for k, (col, _) in enumerate(atoms) if col is not None and mark.start <= col < mark.end]
    if not inside:
        return atoms
    first = last = inside[0]
    while last + 1 < len(atoms) and last + 1 in inside:
        last += 1
    mark.placed = True
    inner = Markup("").join(html for _, html in atoms[first:last + 1])
    return atoms[:first] + [(None, mark.wrap(inner))] + atoms[last + 1:]
