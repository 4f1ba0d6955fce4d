"""An extractor of numerals written apart from the checker, to hold the checker to account.

It shares no code and no word list with `writer.figures` or `writer.vocabulary`: it finds every
run of Arabic digits (full-width included) and every run of Chinese numerals in a text, and leaves
out only what is plainly not a figure — Markdown structure (front matter, heading numbers, list
numbers, table rules, links), digits glued to Latin letters or inside a known name (GPT-5.2,
Qwen3 32B, 文心5.0), and a short list of everyday words with a numeral character (之一, 一直).
The corpus measurement counts true figures with it and plants errors on what it finds; the
accounting test checks that the checker accounts for every numeral it finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

_ARABIC = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*")
_CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]*[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*")
_EVERYDAY = [
    "之一", "一直", "一些", "一起", "一般", "统一", "唯一", "同一", "进一步", "一样", "一定", "一方面", "第一时间",
    "一系列", "十分", "两者", "二者", "上一周", "前一周", "一度", "一举", "一路", "万一", "一旦", "一致", "一切", "一众",
    "一同", "一并", "一流", "一线", "一跃", "第三方", "逐一", "一时", "一再", "一手",
]
_EVERYDAY_RE = re.compile("|".join(map(re.escape, sorted(_EVERYDAY, key=len, reverse=True))) + "|一(?=[个款家项位名种条])")


@dataclass(frozen=True)
class Numeral:
    """A numeral in a text: where it starts and ends, and its characters."""

    start: int
    end: int
    text: str


def known_names(data: Path) -> list[str]:
    """Every spelling of every entity of a dataset, plus the products its events name."""
    path = data / "entities.yaml" if (data / "entities.yaml").exists() else data.parent / "entities.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for entity in doc["entities"]:
        for key in ("id", "name", "name_zh"):
            if entity.get(key):
                names.add(str(entity[key]))
        names.update(str(a) for a in entity.get("aliases") or [])
    return sorted((n for n in names if re.search(r"[0-9零一二三四五六七八九十]", n)), key=len, reverse=True)


def _structure_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    front = re.match(r"\A---\n.*?\n---\n", text, re.S)
    if front:
        spans.append((0, front.end()))
    for pattern in (r"^\s*#+\s*[0-9]+(?:\\?\.[0-9]+)*\\?\.?", r"^\s*[0-9]+[.)]\s", r"^[\s|:\-]+$", r"\]\([^)]*\)",
                    r"https?://\S+", r"`[^`\n]*`"):
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, text, re.M)]
    return spans


def numerals(text: str, names: list[str] = ()) -> list[Numeral]:  # type: ignore[assignment]
    """The numerals of a text that could be figures."""
    blocked = bytearray(len(text))
    for start, end in _structure_spans(text):
        blocked[start:end] = b"\x01" * (end - start)
    lowered = text.lower()
    for name in names:
        key = name.lower()
        at = lowered.find(key)
        while at >= 0:
            blocked[at : at + len(key)] = b"\x01" * len(key)
            at = lowered.find(key, at + len(key))
    for m in _EVERYDAY_RE.finditer(text):
        blocked[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    found = []
    for pattern in (_ARABIC, _CHINESE):
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if any(blocked[start:end]):
                continue
            before, after = text[max(0, start - 2) : start], text[end : end + 1]
            if pattern is _ARABIC and (re.search(r"[A-Za-z]-?$", before) or re.match(r"[A-Za-z](?![a-z])", after)
                                       and not re.match(r"[BTMKk]|tok|pp|st|nd|rd|th|ms", text[end : end + 3])):
                continue  # Qwen3, GPT-5, 4o: part of a name
            found.append(Numeral(start, end, m.group()))
    return sorted(found, key=lambda n: n.start)
