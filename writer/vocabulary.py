"""The words that give a figure its meaning: which metric, which week, which direction, how
approximate; and the report's section titles and table headers.

The words themselves live in `vocabulary.yaml` beside this module, defined once for the checker,
the drafter and the renderer; this module compiles them into the lookups the checker uses.
Chinese first, with the common English equivalents.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .facts import Metric

_DATA: dict[str, Any] = yaml.load((Path(__file__).with_name("vocabulary.yaml")).read_text(encoding="utf-8"),
                                   Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when installed: faster start-up

METRIC_LABELS: dict[str, str] = dict(_DATA["metric_labels"])
SECTION_TITLES: dict[str, str] = {kind: section["title"] for kind, section in _DATA["sections"].items()}
"""The report's section titles, by section id (overview, events, boards, tables)."""
SECTION_WORDS: dict[str, str] = {word: kind for kind, section in _DATA["sections"].items() for word in section["words"]}
"""Words in a heading that say which section it opens."""

# Word → the metrics it names. When two words end at the same place, the longer one wins.
METRIC_WORDS: list[tuple[str, tuple[Metric, ...]]] = [
    (word, tuple(Metric(m) for m, words in _DATA["metrics"].items() if word in words))
    for word in dict.fromkeys(w for words in _DATA["metrics"].values() for w in words)
]

# Role words. Week words and the 从X…至Y frame outrank the weak verbs (为, 达, 以) that merely
# introduce a value: in 上周调用量为464B the figure is last week's.
PREV_WORDS: list[str] = _DATA["roles"]["prev"]
NOW_WORDS: list[str] = _DATA["roles"]["now"]
WEAK_NOW_WORDS: list[str] = _DATA["roles"]["weak_now"]
COMPARE_WORDS: list[str] = _DATA["roles"]["compare"]
CHANGE_WORDS: list[str] = _DATA["roles"]["change"]
WEEK_WORDS: list[str] = _DATA["weeks"]
# Words that contain a direction character but do not say a figure went up or down.
NOT_DIRECTIONS: list[str] = _DATA["directions"]["not"]
UP_WORDS: list[str] = _DATA["directions"]["up"]
DOWN_WORDS: list[str] = _DATA["directions"]["down"]
# Verbs right before 前N: entering or leaving the top N.
ENTER_WORDS: list[str] = _DATA["top_verbs"]["enter"]
EXIT_WORDS: list[str] = _DATA["top_verbs"]["exit"]
STAY_WORDS: list[str] = _DATA["top_verbs"]["stay"]
LIST_WORDS: list[str] = _DATA["lists"]
STAYED_ON_LIST: list[str] = _DATA["stayed_on_list"]
MADE_BY_WORDS: list[str] = _DATA["made_by"]
COUNTRY_WORDS: dict[str, list[str]] = _DATA["countries"]
COUNTRY_OF = {word: code for code, words in COUNTRY_WORDS.items() for word in words}
_COUNTRY_OF = COUNTRY_OF
COUNTRY_GROUP = re.compile(
    "(?:来自)?(" + "|".join(sorted(map(re.escape, _COUNTRY_OF), key=len, reverse=True)) + ")(?:的)?(?:"
    + "|".join(sorted(map(re.escape, _DATA["country_nouns"]), key=len, reverse=True)) + ")"
)


def country_of(match: re.Match[str]) -> str:
    """The country code a COUNTRY_GROUP match names (中国公司 → CN; 海外 → !CN, anywhere else)."""
    return _COUNTRY_OF[match.group(1)]
RANK_HEADERS = [re.compile(pattern) for pattern in _DATA["tables"]["rank_headers"]]
LEADER_HEADERS: list[str] = _DATA["tables"]["leader_headers"]
LABEL_HEADERS: list[str] = _DATA["tables"]["label_headers"]

# Words that make a figure a bound or an approximation: 超过500B, 不到300B, 约580B, 600B左右.
QUALIFIERS_BEFORE: dict[str, str] = _DATA["approximations"]["before"]
_QUALIFIER_ORDER = sorted(QUALIFIERS_BEFORE, key=len, reverse=True)
QUALIFIERS_AFTER: dict[str, str] = _DATA["approximations"]["after"]


# The report's closing line (prompts/footer.md.j2) begins with this: it speaks of the report, not
# of the week's data, so the checker reads it as structure.
FOOTER_PREFIX: str = _DATA["footer_prefix"]

# Numerals as a run of characters: Arabic digits, or Chinese numerals with at least one digit.
NUMERAL_RUN = re.compile(r"\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*")
WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# Words with a numeral character that state no number. 一 before a measure word is an article
# (一款新模型, 一家公司): 'a', not a count anyone checks.
IDIOMS: list[str] = _DATA["idioms"]
_ARTICLE = "一(?=[个款家项次位名种条部篇则份轮张台])"
# Ordinals that count parts of a text or generations, not places on a board: 第一点, 第二代, 第三方.
_ORDINAL_WORD = "第[一二两三四五六七八九十\\d]+(?=点|部分|方面|步|代|批|章|节|条|梯队|时间|手|眼|印象|方|阶段|季|届|期)"
# A lone 一 with no unit after it is a word, not a count (一幕, 另一头, 值得一提, 一上榜就):
# 一 only states a figure before a unit (一成, 一半, 一倍, 一席, 一天, 一分) or as a rank (第一).
_LONE_ONE = "(?<![第零〇一二两三四五六七八九十百千万亿\\d.])一(?![零〇一二两三四五六七八九十百千万亿成半倍席天日分番%％\\d])"
# 这一分数, 那一周, 另一位置: 一 after a demonstrative is 'this one', not a count.
_DEMONSTRATIVE_ONE = "(?<=[这那另每])一(?![零〇二两三四五六七八九十百千万亿倍%％\\d]|成(?!绩))"
_IDIOM_RE = re.compile("|".join([_ARTICLE, _ORDINAL_WORD, _LONE_ONE, _DEMONSTRATIVE_ONE] + [re.escape(w) for w in sorted(IDIOMS, key=len, reverse=True)]))


# 三件事, 两个看点, 用四个字形容, 分三点来看: a count of the text's own parts, not of the data.
DISCOURSE_NOUNS: list[str] = _DATA["discourse"]
_DISCOURSE = "|".join(re.escape(w) for w in sorted(DISCOURSE_NOUNS, key=len, reverse=True))
_DISCOURSE_RE = re.compile(f"(?:[一二两三四五六七八九十]+|\\d+)\\s*+个?\\s*+(?:{_DISCOURSE})|(?<=分)[一二两三四五六七八九十]+点")


def discourse_counts(text: str) -> list[re.Match[str]]:
    """Counts of the text's own parts (三件事, 两个看点, 分三点): no figure of the data."""
    return list(_DISCOURSE_RE.finditer(text))


def idioms_in(text: str) -> list[re.Match[str]]:
    """Words in the text whose numeral characters state no number."""
    return list(_IDIOM_RE.finditer(text))


# 比上周的2.65万亿多了6200亿, 多出: 多 starts the gap that follows, it is no bound of the figure.
_MORE_BY = re.compile(r"多(?:了|出|达|约|近)")


def qualifier(before: str, after: str) -> str | None:
    """above, below or about when the words right around a figure make it a bound or an estimate."""
    lowered = before.lower()
    for word in _QUALIFIER_ORDER:
        if lowered.endswith(word):
            return QUALIFIERS_BEFORE[word]
    for word, kind in QUALIFIERS_AFTER.items():
        if after.startswith(word) and not _MORE_BY.match(after):
            return kind
    return None


_METRIC_WORD_RE = re.compile("|".join(re.escape(w.lower()) for w, _ in sorted(METRIC_WORDS, key=lambda x: -len(x[0]))))
_METRICS_OF = {w.lower(): set(m) for w, m in METRIC_WORDS}
_METRIC_NAMES = {w: w for w in _METRICS_OF}
_METRIC_AT_START = re.compile(r"\s*(?:的)?\s*(" + _METRIC_WORD_RE.pattern + ")")


def _nearest(window: str, words: dict[str, str]) -> tuple[str, str | None]:
    """The word (of `words`, word → kind) ending closest to the end of `window`; longer wins ties."""
    pattern = _PATTERNS.get(id(words))
    if pattern is None:
        pattern = _PATTERNS[id(words)] = re.compile(
            "(?=(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + "))"
        )
    best: tuple[int, int, str] = (-1, 0, "")
    for match in pattern.finditer(window):
        word = match.group(1)
        key = (match.start() + len(word), len(word))
        if key > best[:2]:
            best = (key[0], key[1], word)
    return (best[2], words[best[2]]) if best[2] else ("", None)


_PATTERNS: dict[int, re.Pattern[str]] = {}
# 较上周变化-9B: a change with no direction of its own.
_CHANGE_WORDS = re.compile("|".join(map(re.escape, CHANGE_WORDS)))


def _vocab(**groups: list[str]) -> dict[str, str]:
    return {word.lower(): kind for kind, words in groups.items() for word in words}


_ROLES = _vocab(prev=PREV_WORDS, now=NOW_WORDS, change=COMPARE_WORDS)
_WEAK_ROLES = _vocab(now=WEAK_NOW_WORDS)
_WEEKS = {w.lower(): w for w in WEEK_WORDS}
_NOT_DIRECTION_RE = re.compile("|".join(re.escape(w) for w in NOT_DIRECTIONS))
_DIRECTIONS = _vocab(up=UP_WORDS, down=DOWN_WORDS, wider=_DATA["directions"]["wider"], narrower=_DATA["directions"]["narrower"])
_TOP_VERBS = _vocab(enter=ENTER_WORDS, exit=EXIT_WORDS, stay=STAY_WORDS)


def _without_metric_names(window: str) -> str:
    """Blank metric names so 增长率 is not read as 增, nor 上周 inside 较上周 as a role."""
    return _METRIC_WORD_RE.sub(lambda m: " " * len(m.group()), window.lower())


# Words that hold a role word's character without its sense: 由于 is "because", not "from";
# 由 before a name is "by" (由gpt-oss-120b补位), not "from" (由第9升至第8, 由上周的…).
_NOT_ROLES = re.compile(r"由于|由(?=\s*(?!第|上|原|此前|之前|前|约|近|大约|逾)[A-Za-z\u4e00-\u9fff])|从而|从未|从不|至少|至今|甚至|以来|以上|以下|以内|以外")


def role_word(window: str, weak: bool = True) -> str | None:
    """prev, now or change: what the nearest role word before a figure makes of it.

    较上周 before a figure with no direction word between them introduces last week's value
    (较上周的364B); with one (较上周增长27%) the figure is the change. `weak=False` ignores the
    words that merely introduce a value (以, 为, 达).
    """
    cleaned = _NOT_ROLES.sub(lambda m: " " * len(m.group()), _without_metric_names(window))
    word, kind = _nearest(cleaned, _ROLES)
    if kind == "change":
        after = cleaned[cleaned.rfind(word) + len(word):]
        # 环比+11% and 环比下降20% are changes; only 较上周的364B introduces last week's value.
        adverb = word in ("环比", "week over week", "week-on-week")
        return "change" if adverb or direction_word(after) or _CHANGE_WORDS.search(after) else "prev"
    if kind:
        return kind
    return _nearest(cleaned, _WEAK_ROLES)[1] if weak else None


def after_role_word(window: str) -> str:
    """The part of the window after its last week word or 从/至 frame word."""
    cleaned = _without_metric_names(window)
    word, _ = _nearest(cleaned, _ROLES)
    return window[cleaned.rfind(word) + len(word):] if word else window


def last_week_word(window: str) -> int:
    """Where the last week word (上周, 本周) of the window ends, or 0."""
    word, _ = _nearest(window.lower(), _WEEKS)
    return window.lower().rfind(word) + len(word) if word else 0


def direction_word(window: str) -> str | None:
    """up or down (or wider, narrower: of size, whatever the sign): the nearest direction word
    before a figure (升级 is not one)."""
    window = _NOT_DIRECTION_RE.sub(lambda m: " " * len(m.group()), window)
    return _nearest(_without_metric_names(window), _DIRECTIONS)[1]


# 多出, 推出, 出现: words with 出 that move nothing out of a list.
_NOT_OUT = re.compile(r"[多高超推给指突提显做作输付产支发演杰]出|出(?:自|现|品|色|货|炉|圈|手|台|资|身|于|来)")


def top_verb(window: str) -> str | None:
    """enter, exit or stay: the verb right before 前N."""
    return _nearest(_NOT_OUT.sub(lambda m: " " * len(m.group()), window.lower()), _TOP_VERBS)[1]


# 请求量增幅, 请求量由11.8M增至31.7M，增幅169%: a word of change after another metric's word
# is that metric's change.
# (The growth words of vocabulary.yaml, but for the published column's own name.)
_CHANGE_NOUNS = {w.lower() for w, m in METRIC_WORDS if Metric.growth in m} - {METRIC_LABELS["growth"], "growth"}


def metric_word(window: str) -> set[Metric]:
    """The metrics named by the metric word nearest the end of the window (empty if none)."""
    lowered = window.lower()
    word, _ = _nearest(lowered, _METRIC_NAMES)
    if word in _CHANGE_NOUNS:
        owner, _ = _nearest(lowered[: lowered.rfind(word)], _METRIC_NAMES)
        if owner and Metric.growth not in _METRICS_OF[owner]:
            return set(_METRICS_OF[owner])
    return set(_METRICS_OF[word]) if word else set()


def names_growth(window: str) -> bool:
    """The metric word nearest the end of the window is a growth or a change noun (增速, 涨幅, 周增长率)."""
    word, _ = _nearest(window.lower(), _METRIC_NAMES)
    return bool(word) and Metric.growth in _METRICS_OF[word]


def metric_word_after(text: str) -> set[Metric]:
    """The metrics named by a word right after a figure (8.9%占比)."""
    match = _METRIC_AT_START.match(text.lower())
    return set(_METRICS_OF[match.group(1)]) if match else set()
