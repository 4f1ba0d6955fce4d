"""Reading prose: where the numbers are, what each one claims, about whom, in which role.

Markdown structure (front matter, list markers, section numbers, links) and names (GPT-5.2,
Qwen3 32B, 文心5.0) are masked first; what is left is scanned for figures. Each figure becomes a
`Claim`: its value and precision, what kind of figure it is (tokens, percent, rank, date, ...),
the sentence it stands in, and the words around it that say which metric and which week.
Nothing here knows the week's data; `verify` decides whether a claim holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .entities import Entities, Mention
from .models import Entity
from .numbers import MAGNITUDES, Figure, cn_to_int, digits_step

NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
CN = r"[零〇一二两三四五六七八九十]+"

# Order matters: at one position the first alternative that matches wins.
TOKEN = re.compile(
    # The lookahead lets the scan skip, in C, every position no figure can start at.
    r"(?=[\d第前排分位名$翻百#NnTt连十零〇一二两三四五六七八九+\-−负榜居登夺请调圆份占速得]|doubled"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![A-Za-z]))(?:"
    + "|".join(
        [
            r"(?P<date_full>\d{4}\s*[/\-.年]\s*\d{1,2}\s*[/\-.月]\s*\d{1,2}\s*[日号]?)",
            r"(?P<date_cn>\d{1,2}\s*月\s*\d{1,2}\s*[日号])",
            r"(?P<date_dot>(?<![A-Za-z\d.])\d{1,2}\.\d{1,2}\s*[日号])",
            r"(?P<date_at>(?<=[于在自至截])\d{1,2}\.\d{1,2}(?=[日号]?[^\d.%BTMK万亿秒倍个项sm]))",
            r"(?P<date_lead>(?<![^\s])\d{1,2}\.\d{1,2}(?=\s*[，,、]))",
            r"(?P<date_en>(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?!\d))",
            r"(?P<date_paren>(?<=[（(])\d{1,2}\.\d{1,2}(?=[）)]))",
            r"(?P<date_verb>(?<![A-Za-z\d.])\d{1,2}\.\d{1,2}(?=发布|开源|更新|推出|上线|宣布|正式|当天|晚间|凌晨))",
            r"(?P<date_slash>(?<![\d/.$])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/%]))",
            r"(?P<date_dash>(?<![\d\-])(?:0[1-9]|1[0-2])-(?:3[01]|[012]\d)(?![\d\-]))",
            r"(?P<date_day>(?<![\d.月/])(?:3[01]|[12]\d|[1-9])\s*[日号](?!元))",
            rf"(?P<streak>连续\s*第?\s*(?:{NUM}|{CN})\s*(?:个)?\s*周|(?:{NUM})\s*straight weeks?)",
            rf"(?P<rank_list>(?:排名|排在|分列|位列|名列)\s*第?\s*(?:{NUM}|{CN})(?:\s*[、,，和与及]\s*第?\s*(?:{NUM}|{CN}))+\s*[名位]?)",
            rf"(?P<rank>第\s*(?:{NUM}|{CN})(?!梯队|时间|手|批|步|代|季|届|期|天|周|轮|阶段|次|个|款|章|节|条|点|部分|方面|眼|印象)\s*(?:名|位|大)?)",
            rf"(?P<rank_bare>(?<=排名)\s*(?:{NUM}|{CN})\s*(?:名|位)?)",
            r"(?P<rank_en>#\s?\d+(?!\d)|No\.\s?\d+(?!\d)|(?<![A-Za-z0-9])\d+(?:st|nd|rd|th)(?![A-Za-z])|(?<=rank )\d+(?!\d)|(?<=ranked )\d+(?!\d))",
            r"(?P<rank_word>(?:(?<=ranking )|(?<=ranked )|(?<=rank )|(?<=placed ))(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![A-Za-z]))",
            r"(?P<first>(?:请求量|调用量|圆点|份额|占比|速度|得分)(?:最大|最高|最多|最快)|榜首|居首|登顶|夺冠)",
            rf"(?P<out>(?:{NUM}|{CN})\s*名\s*(?:之外|开外|以外|以后)|前\s*(?:{NUM}|{CN})\s*名?\s*(?:之外|开外|以外))",
            rf"(?P<top>(?:前|(?i:top)[\s\-]?)\s*(?:{NUM}|{CN})(?!\s*(?:周|天|日|月|年|个|季|期|代|次|轮|小时|分钟|\.\d))\s*(?:名|位|强)?)",
            rf"(?P<points>(?:[+\-−]|负)?\s*{NUM}\s*(?:个百分点|百分点|pp(?![A-Za-z])|pts?(?![A-Za-z])|percentage points?|points?(?![A-Za-z])))",
            rf"(?P<percent>(?:[+\-−]|负)?\s*{NUM}\s*%|百分之\s*(?:{NUM}|{CN}))",
            rf"(?P<multiple>翻了?一?倍|翻了?[一两二三四]番|翻番|doubled|(?:{NUM}|[两二三四五六七八九十])\s*倍)",
            rf"(?P<places>(?:{NUM}|{CN})\s*个?\s*(?:位|名)(?!之外|开外|以外|以后|次))",
            r"(?P<cncount>[两二三四五六七八九十]+\s*余?\s*(?:个|大|项|款|种|家))",
            rf"(?P<price>\$\s*{NUM}(?:\s*/\s*(?:1?[MK]|百万|千)(?:\s*tokens?)?)?|{NUM}\s*美元(?:\s*/\s*(?:百万|千|1?[MK])\s*(?:tokens?)?)?)",
            rf"(?P<speed>{NUM}\s*(?:tok(?:en)?s?/(?:s|min|h)(?![A-Za-z])|tps(?![A-Za-z])|tokens? per (?:second|minute)))",
            rf"(?P<duration>(?:{NUM}|{CN})\s*(?:ms(?![A-Za-z])|毫秒|秒|s(?![A-Za-z])|seconds?(?![A-Za-z])|分钟|小时))",
            rf"(?P<amount>[+\-−]?\s*{NUM}\s*(?:万亿|千亿|百亿|亿|万|[TBMKk](?![a-zA-Z])|trillion|billion|million)\s*(?:tokens?|参数|次|requests?)?)",
            rf"(?P<tokens>{NUM}\s*tokens?)",
            rf"(?P<count>{NUM}\s*(?:余|多)?\s*(?:项|个|款|家|种|次|场|篇|条))",
            rf"(?P<score>{NUM}\s*分(?![钟之别布析享类数辨]))",
            rf"(?P<plain>[+\-−]?{NUM})",
        ]
    )
    + ")"
)

_ORDINALS = {w: i for i, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), 1)}
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MAG = re.compile(r"(万亿|千亿|百亿|亿|万|[TBMKk](?![a-zA-Z])|trillion|billion|million)")
_WORD_MAG = {"trillion": 1e12, "billion": 1e9, "million": 1e6}
_NUMBER = re.compile(rf"{NUM}|{CN}")
_SENTENCE_END = set("。；;！!？?\n")
_CLAUSE_END = set("，,：:") | _SENTENCE_END
_OPEN, _CLOSE = set("（(「『“[【"), set("）)」』”]】")
_PUNCTUATION = re.compile("[" + re.escape("".join(sorted(_OPEN | _CLOSE | _CLAUSE_END))) + "]")

# Section headings decide what a section's numbers are about.
SECTION_WORDS = {"概览": "overview", "overview": "overview", "事件": "events", "events": "events",
                 "榜单变化": "boards", "changes": "boards", "排行榜": "tables", "rankings": "tables"}


@dataclass
class Claim:
    """One figure in the text and what the text says about it."""

    kind: str
    """date, rank, top, out, streak, points, percent, multiple, places, price, speed, duration, amount, count,
    plain, version."""
    start: int
    end: int
    quote: str
    values: list[Figure] = field(default_factory=list)
    signed: bool = False
    unit_word: str = ""
    date: tuple[int | None, int | None, int] | None = None
    sentence: int = 0
    clause: int = 0
    line: int = 0


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

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        import bisect

        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MASKS = [
    re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>])"),  # Markdown escapes
    re.compile(r"^[ \t]*#{1,6}[ \t]*\d+(?:\\?\.\d+)*\\?\.?", re.M),  # "### 1\. 本周概览"
    re.compile(r"^[ \t]*(?:[*+\-]|\d+[.)])[ \t]+", re.M),  # list markers
    re.compile(r"^[ \t]*(?:#{1,6}|>)", re.M),
    re.compile(r"^[ \t]*(?:[*\-_=][ \t]*){3,}$", re.M),  # rules and setext underlines
    re.compile(r"^[ \t|:\-]+$", re.M),  # table separators
    re.compile(r"\]\([^)]*\)"),  # link targets
    re.compile(r"https?://\S+"),
    re.compile(r"<[^>\n]+>"),
    re.compile(r"`[^`\n]*`"),
]
_TABLE_HEADER = re.compile(r"^([ \t]*\|.*)\n[ \t]*\|?[ \t]*:?-{3,}", re.M)
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
    for match in _TABLE_HEADER.finditer(base):
        _blank(chars, match.start(), match.end(1))
    return "".join(chars)


def split_sentences(masked: str, line_starts: list[int]) -> list[Sentence]:
    """Sentences and their clauses, never splitting inside parentheses or quotes."""
    import bisect

    sentences: list[Sentence] = []
    start, depth, clause_start = 0, 0, 0
    clauses: list[tuple[int, int]] = []

    def close(end: int) -> None:
        nonlocal start, clause_start, clauses
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
        if ch == "\n":
            depth = 0
            close(i)
        elif depth == 0 and ch in _SENTENCE_END:
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


def _headings(original: str) -> dict[int, str]:
    """Line index → section for Markdown heading lines."""
    found = {}
    for index, line in enumerate(original.split("\n")):
        if line.lstrip().startswith("#"):
            section = _heading_section(re.sub(r"^[#\s\d\\.]+", "", line))
            if section:
                found[index] = section
    return found


def _name_like(text: str, start: int, end: int, kind: str) -> bool:
    """A digit run glued to letters (Qwen3, GPT-5, R1, 4o) is part of a name, not a figure."""
    before = text[max(0, start - 2) : start]
    if before[-1:].isascii() and before[-1:].isalpha():
        return True
    if before[-1:] in "-." and before[:1].isascii() and before[:1].isalpha():
        return True
    after = text[end : end + 1]
    if after.isascii() and after.isalpha() and text[end - 1 : end].isdigit():
        return True
    if kind != "plain":
        return False
    # "Llama 5", "Opus 4.6": a bare number right after a capitalised word is a model's number.
    word = re.search(r"([A-Za-z][A-Za-z]*) $", text[max(0, start - 20) : start])
    return bool(word and word.group(1)[0].isupper() and word.group(1).lower() not in _NUMBER_WORDS)


_NUMBER_WORDS = {"score", "elo", "rating", "rank", "ranked", "top", "no", "at", "to", "from", "by", "of", "is", "was", "with", "and"}


def _figures(quote: str, kind: str) -> list[Figure]:
    """The numeric values a token states, with their written precision."""
    figures = []
    for match in _NUMBER.finditer(quote):
        raw = match.group()
        if raw[0].isdigit():
            value, step = float(raw.replace(",", "")), digits_step(raw)
        else:
            number = cn_to_int(raw)
            if number is None:
                continue
            value, step = float(number), 1.0
        figures.append(Figure(value, step))
    if kind == "amount" and figures:
        number = _NUMBER.search(quote)
        mag = _MAG.search(quote[number.end():])  # type: ignore[union-attr]
        if mag:
            factor = _WORD_MAG.get(mag.group(), MAGNITUDES.get(mag.group(), 1.0))
            step = figures[0].step
            if mag.group() in ("亿", "万") and number.group().endswith("0") and "." not in number.group():  # type: ignore[union-attr]
                # 4640亿 is how 464B is said in 亿: its last zero is conversion, not precision.
                step *= 10
            figures = [Figure(figures[0].value * factor, step * factor)]
    if kind == "price" and figures and re.search(r"/\s*(?:1?K|千)", quote):
        # Prices are compared per million tokens.
        figures = [Figure(figures[0].value * 1000, figures[0].step * 1000)]
    if kind == "duration" and figures:
        factor = 0.001 if ("ms" in quote or "毫秒" in quote) else 60.0 if "分钟" in quote else 3600.0 if "小时" in quote else 1.0
        figures = [Figure(f.value * factor, f.step * factor) for f in figures[:1]]
    if kind == "speed" and figures and re.search(r"/(?:min|h)|per minute", quote):
        # Speeds are compared in tokens per second.
        factor = 1 / 60 if ("min" in quote or "minute" in quote) else 1 / 3600
        figures = [Figure(figures[0].value * factor, figures[0].step * factor)]
    if kind in ("points", "percent", "plain", "amount") and figures and re.match(r"^\s*(?:[\-−]|负)", quote):
        figures = [Figure(-figures[0].value, figures[0].step)]
    return figures


def _date(quote: str) -> tuple[int | None, int | None, int] | None:
    """(year, month, day) of a written date; year and month may be unsaid (24日)."""
    numbers = [int(n) for n in re.findall(r"\d+", quote)]
    month = _MONTHS.get(quote[:3].lower())
    if month and len(numbers) == 1:
        return None, month, numbers[0]
    if len(numbers) == 3:
        return numbers[0], numbers[1], numbers[2]
    if len(numbers) == 2:
        return None, numbers[0], numbers[1]
    if len(numbers) == 1:
        return None, None, numbers[0]
    return None


def extract_claims(masked: str, mentions: list[Mention]) -> list[Claim]:
    """Every figure outside names, as a Claim (sentence indices filled in later)."""
    covered = bytearray(len(masked))
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    claims: list[Claim] = []
    for match in TOKEN.finditer(masked):
        kind = match.lastgroup or "plain"
        start, end = match.start(), match.end()
        if any(covered[start:end]):
            continue
        quote = match.group().strip()
        start += len(match.group()) - len(match.group().lstrip())
        end = start + len(quote)
        if kind in ("plain", "count", "amount", "tokens", "percent", "rank_en") and _name_like(masked, start, end, kind) \
                and not re.search(r"\d(?:st|nd|rd|th)$", quote):
            continue
        if kind == "rank_word":
            claim = Claim(kind="rank", start=start, end=end, quote=quote, values=[Figure(float(_ORDINALS[quote.lower()]), 1.0)])
            claims.append(claim)
            continue
        if kind == "first":
            claims.append(Claim(kind="first", start=start, end=end, quote=quote, values=[Figure(1.0, 1.0)]))
            continue
        if kind in ("rank_bare", "rank_en"):
            kind = "rank"
        if kind == "score":
            kind = "plain"
        if kind == "rank_list":
            claims.extend(_split_rank_list(quote, start))
            continue
        kind = "date" if kind.startswith("date_") else {"tokens": "amount", "cncount": "count"}.get(kind, kind)
        claim = Claim(kind=kind, start=start, end=end, quote=quote)
        if kind == "date":
            claim.date = _date(quote)
        else:
            claim.values = _figures(quote, kind)
            if not claim.values and kind not in ("multiple",):
                continue
        claim.signed = quote[:1] in "+-−负"
        claims.append(claim)
    return claims


def _split_rank_list(quote: str, start: int) -> list[Claim]:
    """'排名8、9' → two rank claims, one per number, in order."""
    claims = []
    for match in _NUMBER.finditer(quote):
        figures = _figures(match.group(), "rank")
        if figures:
            claims.append(Claim(kind="rank", start=start + match.start(), end=start + match.end(), quote=match.group(), values=figures))
    return claims


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
    mentions = entities.find(masked, prefer)
    claims = extract_claims(masked, mentions)
    covered = bytearray(len(masked))
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    for match in _VERSION.finditer(masked):
        if not covered[match.start()]:
            claims.append(Claim(kind="version", start=match.start(), end=match.end(), quote=match.group()))
    claims.sort(key=lambda c: c.start)
    import bisect

    starts = [s.start for s in sentences]
    for claim in claims:
        index = max(0, bisect.bisect_right(starts, claim.start) - 1)
        claim.sentence = index
        sentence = sentences[index] if sentences else None
        if sentence:
            claim.line = sentence.line
            for ci, (cs, ce) in enumerate(sentence.clauses):
                if cs <= claim.start <= ce:
                    claim.clause = ci
                    break
    return Prepared(text, masked, sentences, mentions, claims, line_starts, parse_tables(text))


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
        if lines[i].strip().startswith("|") and re.match(r"^\s*\|?[\s:\-|]+\|?\s*$", lines[i + 1]) and "-" in lines[i + 1]:
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
    cells, column = [], 0
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


def read_quantity(text: str) -> tuple[str, Figure] | None:
    """The kind and value of the first figure in a short text ('97ms' → duration 0.097)."""
    for claim in extract_claims(text, []):
        if claim.values:
            return claim.kind, claim.values[0]
    return None
