"""The words that give a figure its meaning: which metric, which week, which direction.

Kept apart from the checker's logic so the vocabulary can grow without touching it. Chinese
first, with the common English equivalents.
"""

from __future__ import annotations

import re

from .facts import Metric

METRIC_LABELS: dict[str, str] = {
    "tokens": "调用量",
    "share": "占比",
    "growth": "周增长率",
    "rank": "排名",
    "speed": "速度",
    "price": "价格",
    "requests": "请求量",
    "requests_rank": "请求量排名",
    "score": "得分",
}

# Word → the metrics it names. When two words end at the same place, the longer one wins.
METRIC_WORDS: list[tuple[str, tuple[Metric, ...]]] = [
    ("市场占比", (Metric.share,)),
    ("市场份额", (Metric.share,)),
    ("市占率", (Metric.share,)),
    ("占比", (Metric.share,)),
    ("份额", (Metric.share,)),
    ("share", (Metric.share,)),
    ("周增长率", (Metric.growth,)),
    ("增长率", (Metric.growth,)),
    ("增速", (Metric.growth,)),
    ("增幅", (Metric.growth,)),
    ("降幅", (Metric.growth,)),
    ("跌幅", (Metric.growth,)),
    ("growth", (Metric.growth,)),
    ("得分", (Metric.score,)),
    ("分数", (Metric.score,)),
    ("评分", (Metric.score,)),
    ("积分", (Metric.score,)),
    ("ELO", (Metric.score,)),
    ("Elo", (Metric.score,)),
    ("score", (Metric.score,)),
    ("调用量", (Metric.tokens,)),
    ("用量", (Metric.tokens,)),
    ("tokens", (Metric.tokens,)),
    ("usage", (Metric.tokens,)),
    ("吞吐量", (Metric.speed,)),
    ("速度", (Metric.speed,)),
    ("speed", (Metric.speed,)),
    ("价格", (Metric.price,)),
    ("成本", (Metric.price,)),
    ("price", (Metric.price,)),
    ("请求量", (Metric.requests,)),
    ("请求数", (Metric.requests,)),
    ("圆点", (Metric.requests,)),
    ("requests", (Metric.requests,)),
]

# Role words: the nearest one before a figure says which week it belongs to.
# Role words. Week words and the 从X…至Y frame outrank the weak verbs (为, 达, 以) that merely
# introduce a value: in 上周调用量为464B the figure is last week's.
PREV_WORDS = ["上周", "上一周", "前一周", "此前", "之前", "原本", "从", "由", "from", "last week", "previously"]
NOW_WORDS = ["本周", "这周", "至", "到", "→", "->", "⇒", "转为", "变为", "转正为", "转负为", "成为", "to ", "this week", "now"]
WEAK_NOW_WORDS = ["为", "达到", "达", "以", "获得", "占据", "录得"]
COMPARE_WORDS = ["较上周", "比上周", "相比上周", "环比", "较前一周", "week over week", "week-on-week"]
WEEK_WORDS = ["上周", "上一周", "前一周", "本周", "这周", "last week", "this week"]
# Words that contain a direction character but do not say a figure went up or down.
NOT_DIRECTIONS = ["升级", "提升了能力", "上线", "下载", "升序", "降序"]

UP_WORDS = ["增", "升", "涨", "提高", "多出", "多了", "高出", "飙", "激增", "翻倍", "回升", "走高", "扩大", "转正", "rose", "up", "grew", "increased", "climbed"]
DOWN_WORDS = ["降", "跌", "滑落", "下滑", "回落", "萎缩", "减少", "少了", "低了", "缩水", "走低", "回调", "削弱", "缩小", "转负", "fell", "down", "dropped", "declined"]

# Verbs right before 前N: entering or leaving the top N.
ENTER_WORDS = ["闯入", "进入", "新进", "新晋", "杀入", "跻身", "挤进", "重回", "回到", "重返", "升入", "冲入", "入围", "进", "entered", "into the"]
EXIT_WORDS = ["跌出", "掉出", "退出", "滑出", "跌落", "出", "dropped out of", "fell out of", "out of the"]

# Words that make a figure a bound or an approximation: 超过500B, 不到300B, 约580B, 600B左右.
QUALIFIERS_BEFORE = {"突破": "above", "跌破": "below", "站上": "above", "超过": "above", "超": "above", "逾": "above", "多于": "above", "高于": "above", "over ": "above",
                     "more than ": "above", "above ": "above", "不到": "below", "低于": "below", "少于": "below",
                     "不足": "below", "under ": "below", "less than ": "below", "below ": "below", "约": "about",
                     "大约": "about", "近": "about", "接近": "about", "将近": "about", "about ": "about",
                     "around ": "about", "nearly ": "about", "roughly ": "about", "approximately ": "about", "~": "about"}
_QUALIFIER_ORDER = sorted(QUALIFIERS_BEFORE, key=len, reverse=True)
QUALIFIERS_AFTER = {"以上": "above", "多": "above", "以下": "below", "左右": "about", "上下": "about"}


# The report's closing line (prompts/footer.md.j2) begins with this: it speaks of the report, not
# of the week's data, so the checker reads it as structure.
FOOTER_PREFIX = "本稿由 writer"

# Numerals as a run of characters: Arabic digits, or Chinese numerals with at least one digit.
NUMERAL_RUN = re.compile(r"\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*")
WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

# Words with a numeral character that state no number. 一 before a measure word is an article
# (一款新模型, 一家公司): 'a', not a count anyone checks.
IDIOMS = [
    "之一", "一直", "一些", "一起", "一般", "一致", "统一", "唯一", "同一", "一度", "进一步", "一同", "一样", "万一",
    "一旦", "一定", "一方面", "一举", "一路", "一边", "一时", "一向", "一再", "一切", "一概", "第一时间", "一手", "一体",
    "一站式", "一线", "一流", "一员", "一席之地", "一系列", "一批", "一波", "一番", "十分", "十足", "不一", "一家独大",
    "一骑绝尘", "一马当先", "一枝独秀", "一览", "一下", "一次性", "一口气", "一众", "一方", "逐一", "一一", "两者", "二者",
    "三者", "两端", "两极", "一并", "一贯", "一如既往", "一改", "一扫", "一跃", "一改此前", "千亿级", "万亿级", "百亿级",
    "一点", "那一周", "一周", "上一周", "下一周", "前一周", "这一周", "同一周", "每一周", "上一期", "一周内", "独一档", "第一梯队", "第二梯队", "第三方", "一二线", "一带", "一代", "两大", "三大", "四大", "五大",
]
_ARTICLE = "一(?=[个款家项次位名种条部篇则份轮张台])"
# Ordinals that count parts of a text or generations, not places on a board: 第一点, 第二代, 第三方.
_ORDINAL_WORD = "第[一二两三四五六七八九十\\d]+(?=点|部分|方面|步|代|批|章|节|条|梯队|时间|手|眼|印象|方|阶段|季|届|期)"
_IDIOM_RE = re.compile("|".join([_ARTICLE, _ORDINAL_WORD] + [re.escape(w) for w in sorted(IDIOMS, key=len, reverse=True)]))


def idioms_in(text: str) -> list[re.Match[str]]:
    """Words in the text whose numeral characters state no number."""
    return list(_IDIOM_RE.finditer(text))


def qualifier(before: str, after: str) -> str | None:
    """above, below or about when the words right around a figure make it a bound or an estimate."""
    lowered = before.lower()
    for word in _QUALIFIER_ORDER:
        if lowered.endswith(word):
            return QUALIFIERS_BEFORE[word]
    for word, kind in QUALIFIERS_AFTER.items():
        if after.startswith(word):
            return kind
    return None


_METRIC_WORD_RE = re.compile("|".join(re.escape(w.lower()) for w, _ in sorted(METRIC_WORDS, key=lambda x: -len(x[0]))))
_METRICS_OF = {w.lower(): set(m) for w, m in METRIC_WORDS}
_METRIC_NAMES = {w: w for w in _METRICS_OF}
_METRIC_AT_START = re.compile(r"\s*(" + _METRIC_WORD_RE.pattern + ")")


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
_CHANGE_WORDS = re.compile(r"变化|变动|相差|差值|波动")


def _vocab(**groups: list[str]) -> dict[str, str]:
    return {word.lower(): kind for kind, words in groups.items() for word in words}


_ROLES = _vocab(prev=PREV_WORDS, now=NOW_WORDS, change=COMPARE_WORDS)
_WEAK_ROLES = _vocab(now=WEAK_NOW_WORDS)
_WEEKS = {w.lower(): w for w in WEEK_WORDS}
_NOT_DIRECTION_RE = re.compile("|".join(re.escape(w) for w in NOT_DIRECTIONS))
_DIRECTIONS = _vocab(up=UP_WORDS, down=DOWN_WORDS)
_TOP_VERBS = _vocab(enter=ENTER_WORDS, exit=EXIT_WORDS)


def _without_metric_names(window: str) -> str:
    """Blank metric names so 增长率 is not read as 增, nor 上周 inside 较上周 as a role."""
    return _METRIC_WORD_RE.sub(lambda m: " " * len(m.group()), window.lower())


def role_word(window: str, weak: bool = True) -> str | None:
    """prev, now or change: what the nearest role word before a figure makes of it.

    较上周 before a figure with no direction word between them introduces last week's value
    (较上周的364B); with one (较上周增长27%) the figure is the change. `weak=False` ignores the
    words that merely introduce a value (以, 为, 达).
    """
    cleaned = _without_metric_names(window)
    word, kind = _nearest(cleaned, _ROLES)
    if kind == "change":
        after = cleaned[cleaned.rfind(word) + len(word):]
        return "change" if direction_word(after) or _CHANGE_WORDS.search(after) else "prev"
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
    """up or down: the nearest direction word before a figure (升级 is not one)."""
    window = _NOT_DIRECTION_RE.sub(lambda m: " " * len(m.group()), window)
    return _nearest(_without_metric_names(window), _DIRECTIONS)[1]


def top_verb(window: str) -> str | None:
    """enter or exit: the verb right before 前N."""
    return _nearest(window.lower(), _TOP_VERBS)[1]


def metric_word(window: str) -> set[Metric]:
    """The metrics named by the metric word nearest the end of the window (empty if none)."""
    word, _ = _nearest(window.lower(), _METRIC_NAMES)
    return set(_METRICS_OF[word]) if word else set()


def metric_word_after(text: str) -> set[Metric]:
    """The metrics named by a word right after a figure (8.9%占比)."""
    match = _METRIC_AT_START.match(text.lower())
    return set(_METRICS_OF[match.group(1)]) if match else set()
