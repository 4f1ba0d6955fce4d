"""Reading a Markdown text's layout: structure masked, sentences and clauses, sections, tables.

Markdown structure (front matter, list markers, section numbers, links, table headers) is blanked
first, keeping every offset; names (GPT-5.2, Qwen3 32B, 文心5.0) are found; what is left is scanned
for figures (`writer.figures`). `prepare` returns all of it for the checker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..entities import Entities, Mention
from ..figures import Claim, extract_claims
from ..load import OTHERS_ID
from ..models import Entity
from .. import vocabulary
from ..vocabulary import FOOTER_PREFIX

_SENTENCE_END = set("。；;！!？?\n")
_CLAUSE_END = set("，,：:｜") | _SENTENCE_END
# 差距有多大？约2937亿tokens: a question answered on its own line reads on into the answer, which
# takes its subject and words.
_ANSWER_AFTER = re.compile(r"[ \t]*+[^\s”\"」』）)]")
_ANSWER_LINE = re.compile(r"[ \t]*+(?:\*\*)?(?:答|A)[ \t]*+[：:]")
_ANSWER_NEXT = re.compile(r"[ \t]*+\n" + _ANSWER_LINE.pattern)
_OPEN, _CLOSE = set("（(「『“[【"), set("）)」』”]】")
# A comma between digits (1,012) separates thousands, not clauses.
_PUNCTUATION = re.compile(r"(?!(?<=\d),\d{3}(?!\d))[" + re.escape("".join(sorted(_OPEN | _CLOSE | _CLAUSE_END))) + "]")

MAX_SENTENCE = 600
"""Characters after which a sentence ends at its next clause mark (real sentences are shorter)."""

# Section headings decide what a section's numbers are about (words from writer/vocabulary.yaml).
SECTION_WORDS = vocabulary.SECTION_WORDS


@dataclass
class Sentence:
    """A sentence (ended by 。；！？ or a line end), outside parentheses."""

    index: int
    start: int
    end: int
    line: int
    section: str
    clauses: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Prepared:
    """A text with structure masked, split into sentences, with names and figures found."""

    original: str
    masked: str
    sentences: list[Sentence]
    mentions: list[Mention]
    claims: list[Claim]
    line_starts: list[int]
    tables: list[tuple[list[str], list[list["Cell"]]]]
    """Tables: (header cells, rows of cells)."""
    metric_text: str = ""
    """The masked text with board titles blanked: 'OpenRouter编程调用量方面' names a board, not the metric of what follows."""
    headers: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    """Table rows by 0-based line: each cell's start and end offset and its column's header."""

    def header_at(self, offset: int) -> str | None:
        """The header of the table column an offset stands in, if it stands in a table row."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return next((h for start, end, h in self.headers.get(line, ()) if start <= offset < end), None)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


_ENUMERATED = re.compile(r"(?<=[：:；;，,。 \t])[二三四五六七八九](?=是)")
# 第一，总量回落…\n第二，…: findings numbered at the start of their paragraphs, once the first is; never
# before a Latin name (第一，Claude Sonnet 4.5 is a place).
_ORDINAL_LEAD = re.compile(r"^([ \t]*(?:[*\-•][ \t]*)?)第([一二三四五六七八九十])[，,、](?![ \t]*[A-Za-z])", re.M)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MASKS = [
    re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>])"),  # Markdown escapes
    re.compile(r"^[ \t]*#{1,6}[ \t]*\d+(?:\\?\.\d+)*\\?\.?", re.M),  # "### 1\. 本周概览"
    re.compile(r"^[ \t]*(?:[*+\-]|\d+[.)])[ \t]+", re.M),  # list markers
    re.compile("[0-9#*]\uFE0F?\u20E3"),  # keycap emoji (1️⃣ 2️⃣): numbered items of a post
    # "二、格局", "## 三、结论", "（一）": section numbers in Chinese reports
    re.compile(r"^[ \t]*(?:#{1,6}[ \t]*|[*+\-][ \t]+)?(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)])", re.M),
    re.compile(r"^[ \t]*(?:#{1,6}(?=[ \t]|$)|>)", re.M),  # a heading's marks; #话题# is a hashtag
    re.compile(r"(?<=图)\d{1,2}(?=[ \t]*[：:])|(?<=表)\d{1,2}(?=[ \t]*[：:])|(?<=Figure )\d{1,2}(?=[ \t]*[:.])"),  # 图1：, a chart's label
    # 第三段：编程调用量, 第二个看点: the text's own parts, not places
    re.compile(r"第[一二三四五六七八九十\d]{1,3}(?=(?:段|部分|个看点|个话题|个问题|件事|章|节)(?![一-龥]*?名))"),
    re.compile(r"^[ \t]*(?:[*\-_=][ \t]*){3,}$", re.M),  # rules and setext underlines
    # 观察二：, 看点3：, 点评1：: a numbered part of the text, not a figure
    re.compile(r"(?<=观察|看点|要点|亮点|发现|结论|趋势|信号|启示|点评|观点|提示|解读)[一二三四五六七八九十\d]{1,2}(?=[ \t]*[：:])"),
    re.compile(r"^[ \t|:\-]+$", re.M),  # table separators
    re.compile(r"\]\([^)]*\)"),  # link targets
    re.compile(r"https?://\S+"),
    re.compile(r"<[^>\n]+>"),
    re.compile(r"`[^`\n]*`"),
]
RANK_COLUMN = re.compile(r"^(?:本周|上周)?(?:排名|名次|位次|排行|序号|Rank|rank|Top|TOP|#|No\.?)$")
SEAT_COLUMN = re.compile(r"席位|席数|上榜数|在榜数|模型数")
MOVE_COLUMN = re.compile(r"(?:名次|排名|位次)(?:变动|变化|升降)|升降|变动")
_FOOTER = re.compile("^[ \t]*" + re.escape(FOOTER_PREFIX) + ".*$", re.M)
_TABLE_HEADER = re.compile(r"^([ \t]*\|.*)\n[ \t]*\|?[ \t]*:?-{3,}", re.M)
# 其他榜单, 其他方面: other boards and matters, not the Others row.
_NOT_OTHERS = re.compile(r"\s*+(?:榜单|榜|方面|指标|事件|数据|维度)")
_VERSION = re.compile(r"(?<![A-Za-z0-9.])[vV]\d+(?:\.\d+)*(?![A-Za-z0-9])")


_WIDE = str.maketrans(
    "０１２３４５６７８９％＋－．＄／" + "".join(chr(c) for c in range(0xFF21, 0xFF3B)) + "".join(chr(c) for c in range(0xFF41, 0xFF5B)),
    "0123456789%+-.$/" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz",
)


def mask_structure(text: str) -> str:
    """Blank out Markdown structure, keeping every offset where it was (full-width digits made narrow)."""
    chars = list(text.translate(_WIDE))
    front = _FRONT_MATTER.match(text)
    if front:
        _blank(chars, 0, front.end())
        # The title is prose: 大模型榜单周报（2026/01/31） states the week.
        title = re.search(r"^title:[ \t]*(.*)$", front.group(), re.M)
        if title:
            chars[title.start(1) : title.end(1)] = title.group(1)
    base = "".join(chars)
    for pattern in _MASKS:
        for match in pattern.finditer(base):
            _blank(chars, match.start(), match.end())
    for match in _ENUMERATED.finditer(base):
        # 一是…；二是…；三是…: firstly, secondly — the text's own order, once it has begun with 一是.
        if "一是" in base[base.rfind("\n", 0, match.start()) + 1 : match.start()]:
            _blank(chars, match.start(), match.end())
    leads = list(_ORDINAL_LEAD.finditer(base))
    if leads and leads[0].group(2) == "一" and len(leads) >= 2:
        for match in leads:
            _blank(chars, match.end(1), match.end() - 1)
    for match in _TABLE_HEADER.finditer(base):
        _blank(chars, match.start(), match.end(1))
    for match in _FOOTER.finditer(base):
        _blank(chars, match.start(), match.end())
    return "".join(chars)


def split_sentences(masked: str, line_starts: list[int]) -> list[Sentence]:
    """Sentences and their clauses, never splitting inside parentheses or quotes."""
    sentences: list[Sentence] = []
    start, depth, clause_start = 0, 0, 0
    clauses: list[tuple[int, int]] = []

    def close(end: int) -> None:
        nonlocal start, clause_start, clauses
        while end - start > 8 * MAX_SENTENCE and not clauses:
            # No clause mark at all for thousands of characters: cut at a space (or anywhere).
            cut = masked.rfind(" ", start + MAX_SENTENCE, start + 4 * MAX_SENTENCE)
            cut = cut if cut > start else start + 4 * MAX_SENTENCE
            line = bisect.bisect_right(line_starts, start) - 1
            sentences.append(Sentence(len(sentences), start, cut, line, "mixed", [(start, cut)]))
            start = clause_start = cut + 1
        if masked[start:end].strip():
            clauses.append((clause_start, end))
            line = bisect.bisect_right(line_starts, start) - 1
            sentences.append(Sentence(len(sentences), start, end, line, "mixed", clauses))
        start, clause_start, clauses = end + 1, end + 1, []

    for mark in _PUNCTUATION.finditer(masked):
        i, ch = mark.start(), mark.group()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if ch == "\n" and masked[start:i].rstrip().endswith(("？", "?")) and _ANSWER_LINE.match(masked, i + 1):
            # 问：…一周少了多少？ / 答：九千九百多亿: the answer on the next line reads on from its question.
            depth = 0
            clauses.append((clause_start, i))
            clause_start = i + 1
        elif ch == "\n":
            depth = 0
            close(i)
        elif depth == 0 and ch in _SENTENCE_END and not (ch in "？?" and (_ANSWER_AFTER.match(masked, i + 1) or _ANSWER_NEXT.match(masked, i + 1))):
            close(i)
        elif ch in _CLAUSE_END and i - start > MAX_SENTENCE:
            # A run-on "sentence" (a whole report on one line) is read in pieces of a few clauses:
            # reading a figure looks at its sentence, and a sentence as long as the text would
            # make the check quadratic in the text's length.
            depth = 0
            close(i)
        elif depth == 0 and ch in _CLAUSE_END:
            clauses.append((clause_start, i))
            clause_start = i + 1
    close(len(masked))
    return sentences


def _heading_section(line: str) -> str | None:
    text = line.strip()
    if not text or len(text) > 40:
        return None
    lowered = text.lower()
    for word, section in SECTION_WORDS.items():
        if word in lowered:
            return section
    return None


# 图1：OpenRouter模型调用量前十（单位：B tokens）: a chart's caption heads what follows like a heading.
CAPTION = re.compile(r"^[ \t]*(?:[*_]{1,2})?(?:图|表)[ \t]*\d{1,2}[ \t]*[：:]")


def is_heading_line(line: str) -> bool:
    """A Markdown heading, a line wholly in bold, or a chart's caption."""
    text = line.strip()
    return text.startswith("#") or (text.startswith("**") and text.endswith("**")) or CAPTION.match(text) is not None


def _headings(original: str) -> dict[int, str]:
    """Line index → section for Markdown heading lines and charts' captions."""
    found = {}
    for index, line in enumerate(original.split("\n")):
        if line.lstrip().startswith("#") or CAPTION.match(line):
            section = _heading_section(re.sub(r"^[#\s\d\\.]+|^[ \t]*[*_]*[图表][ \t]*\d+[ \t]*[：:]", "", line))
            if section:
                found[index] = section
    return found




_FREE_BEFORE = re.compile(r"(?:免费版|免费的|free版)\s*+(?:的)?\s*+$")


def _free_variant(mention: Mention, text: str, entities: Entities) -> Mention:
    """免费版Grok 4.1 Fast is the entity 'Grok 4.1 Fast (free)' where the registry has one."""
    if not _FREE_BEFORE.search(text[max(0, mention.start - 5) : mention.start]):
        return mention
    free = entities.resolve(f"{mention.entity.name} (free)")
    return Mention(mention.start, mention.end, free) if free is not None else mention


def prepare(text: str, entities: Entities, prefer: Callable[[Entity], bool] | None = None) -> Prepared:
    """Mask, split, find names and figures: everything `verify` needs from the text."""
    text = text.replace("\r\n", "\n")
    masked = mask_structure(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    sentences = split_sentences(masked, line_starts)
    headings = _headings(text)
    line_section, section = [], "mixed"
    for index in range(len(line_starts)):
        section = headings.get(index, section)
        line_section.append(section)
    for sentence in sentences:
        sentence.section = line_section[sentence.line]
    mentions = [_free_variant(m, masked, entities) for m in entities.find(masked, prefer)
                if not (m.entity.id == OTHERS_ID and _NOT_OTHERS.match(masked, m.end))]
    # 三件事, 用四个字形容: a count of the text's own parts is accounted for as such, never checked.
    discourse = [(m.start(), m.end()) for m in vocabulary.discourse_counts(masked)]
    claims = [c for c in extract_claims(masked, mentions) if not any(a <= c.start and c.end <= b for a, b in discourse)]
    covered = bytearray(len(masked))
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    for match in _VERSION.finditer(masked):
        if not covered[match.start()]:
            claims.append(Claim(kind="version", start=match.start(), end=match.end(), quote=match.group()))
    claims.sort(key=lambda c: c.start)
    starts = [s.start for s in sentences]
    for claim in claims:
        index = max(0, bisect.bisect_right(starts, claim.start) - 1)
        claim.sentence = index
        if sentences:
            sentence = sentences[index]
            claim.line = sentence.line
            for ci, (cs, ce) in enumerate(sentence.clauses):
                if cs <= claim.start <= ce:
                    claim.clause = ci
                    break
    tables = parse_tables(text)
    prepared = Prepared(text, masked, sentences, mentions, claims, line_starts, tables, headers=column_headers(tables, line_starts))
    for claim in claims:
        header = prepared.header_at(claim.start) if prepared.headers else None
        if not header or claim.kind != "plain" or not claim.quote.isdigit():
            continue
        if masked[claim.start - 1 : claim.start] in ("↑", "↓") and (MOVE_COLUMN.search(header) or RANK_COLUMN.search(header)):
            claim.kind = "places"  # | 名次变动 | ↑2 |: places moved, the arrow says which way
        elif RANK_COLUMN.search(header):
            claim.kind = "rank"  # | 排名 | 模型 | … with 1, 2, 3 down the column
        elif SEAT_COLUMN.search(header):
            claim.kind, claim.unit_word = "count", "seats"  # | 公司 | 前九席位 | with 3, 4, 2: a company's rows
    _mark_table_order(prepared)
    return prepared


_BY_CHANGE = re.compile(r"增量|减少|增加|降量|增长|涨幅|跌幅|降幅|增幅|变化|变动")


def _mark_table_order(prepared: Prepared) -> None:
    """A rank column reading 1, 2, 3… down a table whose rows go in the order of one of its own
    columns of changes (| 名次 | 模型 | … | 减少 | sorted by the fall) numbers the table's rows: its cells
    are marked as that order (unit_word "order"), which holds when the board's places do not."""
    valued = [c for c in prepared.claims if c.values]
    starts = [c.start for c in valued]
    for header, rows in prepared.tables:
        columns: list[list[Claim | None]] = [[] for _ in header]
        for cells in rows:
            for i in range(len(header)):
                cell = cells[i] if i < len(cells) else None
                start = prepared.line_starts[cell.line] + cell.column - 1 if cell else -1
                end = start + len(cell.text) + 2 if cell else -1
                at = bisect.bisect_left(starts, start)  # the first figure in the cell, found by bisection
                columns[i].append(valued[at] if cell and at < len(valued) and valued[at].start < end else None)
        for i, head in enumerate(header):
            order = columns[i]
            if not RANK_COLUMN.search(head.strip()) or len(order) < 3 or any(c is None or c.kind != "rank" for c in order):
                continue
            if [int(c.values[0].value) for c in order if c] != list(range(1, len(order) + 1)):
                continue
            for j, other in enumerate(columns):
                values = [c.values[0].value for c in other if c is not None and c.kind in ("amount", "percent", "speed", "price", "plain")]
                if j == i or len(values) != len(order) or len(set(values)) < 2 or not _BY_CHANGE.search(header[j]):
                    continue
                if values == sorted(values, reverse=True) or values == sorted(values):
                    for c in order:
                        if c is not None:
                            c.unit_word = "order"
                    break


def column_headers(tables: list[tuple[list[str], list[list[Cell]]]], line_starts: list[int]) -> dict[int, list[tuple[int, int, str]]]:
    """Each table row's cells by line: where each cell starts and ends, and its column's header."""
    found: dict[int, list[tuple[int, int, str]]] = {}
    for header, rows in tables:
        for cells in rows:
            for i, cell in enumerate(cells[: len(header)]):
                start = line_starts[cell.line] + cell.column - 1
                found.setdefault(cell.line, []).append((start, start + max(1, len(cell.text)), header[i]))
    return found



@dataclass(frozen=True)
class Cell:
    """A table cell and where it stands (0-based line, 1-based column)."""

    line: int
    column: int
    text: str


def parse_tables(text: str) -> list[tuple[list[str], list[list[Cell]]]]:
    """Tables as (header, rows): Markdown pipe tables, and the same table pasted flat, one cell a
    line (测评类型 / 第一名 / 第二名 / 第三名, then four lines a row), as editors copy it from a page."""
    lines = text.split("\n")
    tables = []
    i = 0
    while i < len(lines) - 1:
        if lines[i].strip().startswith("|") and re.match(r"^\s*+\|?[\s:\-|]+\|?\s*+$", lines[i + 1]) and "-" in lines[i + 1]:
            header = [c.text for c in _cells(i, lines[i])]
            rows = []
            j = i + 2
            while j < len(lines) and lines[j].strip().startswith("|"):
                rows.append(_cells(j, lines[j]))
                j += 1
            tables.append((header, rows))
            i = j
        else:
            i += 1
    tables.extend(_flat_tables(lines))
    return tables


def _cells(index: int, line: str) -> list[Cell]:
    cells: list[Cell] = []
    column = 0
    for part in line.split("|"):
        stripped = part.strip()
        if stripped or cells:
            cells.append(Cell(index, column + len(part) - len(part.lstrip()) + 1, stripped))
        column += len(part) + 1
    return [c for c in cells if c.text or c is not cells[-1]]


_FLAT_HEADERS = [["测评类型", "第一名", "第二名", "第三名"], ["测评类型", "领先公司"]]


def _flat_tables(lines: list[str]) -> list[tuple[list[str], list[list[Cell]]]]:
    filled = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    tables = []
    for header in _FLAT_HEADERS:
        width = len(header)
        for k in range(len(filled) - width + 1):
            if [t for _, t in filled[k : k + width]] != header:
                continue
            rows = []
            j = k + width
            while j + width <= len(filled) and not any(t.startswith(("#", "测评类型", "*")) for _, t in filled[j : j + width]):
                rows.append([Cell(i, len(lines[i]) - len(lines[i].lstrip()) + 1, t) for i, t in filled[j : j + width]])
                j += width
            tables.append((list(header), rows))
    return tables


