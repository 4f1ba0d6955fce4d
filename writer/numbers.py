"""Numerals as people write them: parsing (582B, 5820亿, 2.4万亿, 第四) and house-style formatting.

Shared by the loader (table cells, event figures), the facts (how a figure may be written) and
the checker (what a figure in prose means). Every parsed number keeps its `step`, the precision
it was written with: "1.4T" only claims the value to within 0.05T.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Multipliers written after a number. Longest first so 万亿 wins over 万.
MAGNITUDES: dict[str, float] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "十亿": 1e9,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
    "千": 1e3,
    "T": 1e12,
    "B": 1e9,
    "M": 1e6,
    "K": 1e3,
    "k": 1e3,
}

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS)

_FIGURE = re.compile(
    r"^\s*+(?P<sign>[+\-−]?)\s*+\$?\s*+(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)\s*+"
    r"(?P<mag>万亿|千亿|百亿|十亿|亿|千万|百万|万|千|[TBMKk])?\s*+(?P<rest>.*?)\s*+$"
)


@dataclass(frozen=True)
class Figure:
    """A number and the precision it was written with (value ± step/2)."""

    value: float
    step: float

    def agrees_with(self, other: "Figure") -> bool:
        """True when the two written intervals overlap: each is right to its own precision.

        Touching intervals do not count: 583B is not a rounding of a value published as 582B.
        """
        tolerance = (self.step + other.step) / 2
        fine, coarse = sorted((self.step, other.step))
        # A value exactly halfway rounds either way (0.615T is 0.61T or 0.62T) when it is known
        # more precisely than the rounding; between equal precisions, touching is not agreeing.
        slack = 1e-9 * max(1.0, abs(self.value), abs(other.value))
        if coarse > 0 and fine <= coarse / 10:
            return abs(self.value - other.value) <= tolerance + slack
        return abs(self.value - other.value) < max(tolerance - slack, 1e-9) or self.value == other.value


def digits_step(numeral: str) -> float:
    """The place value of the last written digit: '9.4' → 0.1, '582' → 1."""
    numeral = numeral.replace(",", "")
    if "." in numeral:
        return 10.0 ** -len(numeral.split(".", 1)[1])
    return 1.0


def cn_to_int(text: str) -> int | None:
    """Convert a Chinese numeral ('四', '十', '二十三', '一百零五', '两') to an int, else None."""
    if not text or any(ch not in CN_NUMERAL_CHARS for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        else:
            unit = CN_UNITS[ch]
            total += (current or 1) * unit
            current = 0
    return total + current


_BIG_UNITS = (("亿", 1e8), ("万", 1e4))


def _cn_small(text: str) -> tuple[float, float] | None:
    """'九千九百' → (9900, 100): a numeral below 10,000 and the place of its last non-zero digit."""
    total, current, place, last = 0, 0, 1, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
            if current == 0:
                place = 1  # 一百零五: after 零 the next digit is in the ones
        elif ch in CN_UNITS:
            unit = CN_UNITS[ch]
            total += (current or 1) * unit
            if current or ch == "十":
                last = unit
            current, place = 0, unit
        else:
            return None
    if current:
        # 一千五 is 1,500: a digit right after a unit counts in the next place down.
        unit = place // 10 if place > 1 else 1
        total += current * unit
        last = unit
    return float(total), float(last or 1)


def cn_decimal(text: str) -> Figure | None:
    """A Chinese decimal at the precision written: '八点四' → 8.4 ± 0.05, '一点八' → 1.8."""
    whole, _, fraction = text.strip().partition("点")
    number = cn_to_int(whole)
    digits = [CN_DIGITS.get(ch) for ch in fraction]
    if number is None or not digits or None in digits:
        return None
    step = 0.5 * 10 ** -len(digits)
    return Figure(number + float("0." + "".join(str(d) for d in digits)), step)


def cn_amount(text: str) -> Figure | None:
    """Chinese numerals, at the precision written: '九千九百亿' → 9.9e11 ± 0.5e10, '一万亿' → 1e12,
    '一万两千亿' → 1.2e12; without a big unit the numeral is exact ('三十' → 30 ± 0.5); None when
    it is not a numeral."""
    parsed = _cn_big(text.strip())
    if parsed is None:
        return None
    value, place = parsed
    exact = not any(unit in text for unit, _ in _BIG_UNITS)
    return Figure(value, 1.0 if exact else place)


def _cn_big(text: str) -> tuple[float, float] | None:
    """Value and place of the last non-zero digit of a numeral that may hold 万 and 亿."""
    if not text:
        return None
    for unit, factor in _BIG_UNITS:
        if unit in text:
            head, _, tail = text.rpartition(unit)
            high = _cn_big(head) if head else (1.0, 1.0)
            if high is None:
                return None
            if not tail:
                return high[0] * factor, high[1] * factor
            low = _cn_big(tail)
            if low is None:
                return None
            if len(tail) == 1 and tail not in "零〇":
                # 两万五 is 25,000: a lone digit after a big unit counts in the next place down.
                low = (low[0] * factor / 10, factor / 10)
            return high[0] * factor + low[0], low[1]
    return _cn_small(text)


def parse_figure(text: str) -> tuple[Figure, str]:
    """Parse '582B', '1.48T', '5,820亿', '-52', '$0.35' into a Figure and the text after it.

    Raises ValueError with a readable reason when the text holds no number.
    """
    match = _FIGURE.match(str(text))
    if not match:
        raise ValueError(f"'{text}' is not a number")
    num = match.group("num")
    value = float(num.replace(",", ""))
    step = digits_step(num)
    mag = match.group("mag")
    if mag:
        value *= MAGNITUDES[mag]
        step *= MAGNITUDES[mag]
    if match.group("sign") in ("-", "−"):
        value = -value
    return Figure(value, step), match.group("rest")


def significant(value: float, digits: int = 3) -> str:
    """Round to `digits` significant figures and drop trailing zeros: 582.34 → '582', 1.404 → '1.4'."""
    if value == 0:
        return "0"
    places = max(0, digits - 1 - int(math.floor(math.log10(abs(value)))))
    text = f"{round(value, places):.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_tokens(value: float) -> str:
    """House style for token counts: 3 significant figures in B, or in T from a trillion up."""
    if abs(value) >= 1e12:
        return f"{significant(value / 1e12)}T"
    if abs(value) >= 1e9:
        return f"{significant(value / 1e9)}B"
    if abs(value) >= 1e6:
        return f"{significant(value / 1e6)}M"
    return significant(value)


def token_renderings(value: float) -> list[str]:
    """Equivalent ways to write a token count: 582B, 0.58T, 5820亿."""
    forms = [format_tokens(value)]
    if 1e11 <= abs(value) < 1e12:
        forms.append(f"{significant(value / 1e12, 2)}T")
    if abs(value) >= 1e12:
        forms.append(f"{significant(value / 1e9, 4)}B")
    if abs(value) >= 1e12:
        forms.append(f"{significant(value / 1e12, 2)}万亿")
    elif abs(value) >= 1e8:
        forms.append(f"{significant(value / 1e8, 4)}亿")
    return list(dict.fromkeys(forms))


def format_percent(value: float, decimals: int = 1, signed: bool = False) -> str:
    """'9.4%', or '+18%' when signed; decimals follow the source."""
    text = f"{value:.{decimals}f}%"
    return f"+{text}" if signed and value > 0 else text


def format_number(value: float, decimals: int) -> str:
    """A plain number at the source's decimals, thousands separated: 256,000 / 89.37."""
    return f"{value:,.{decimals}f}"


def decimals_of(step: float) -> int:
    """Number of decimals a step implies: 0.1 → 1, 1 → 0, 1e9 → 0."""
    if step >= 1 or step <= 0:
        return 0
    return max(0, round(-math.log10(step)))


CN_ORDINALS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def cn_numeral(n: int) -> str:
    """Write 1..99 in Chinese numerals: 4 → 四, 10 → 十, 12 → 十二, 20 → 二十."""
    if 0 <= n <= 10:
        return CN_ORDINALS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_ORDINALS[tens]
    return f"{head}十{CN_ORDINALS[ones] if ones else ''}"
