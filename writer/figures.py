"""Figures in prose: every numeral a text holds and what kind of figure it is.

The scanner finds 582B, 5820亿, 九千九百亿, 26.0%, 两成, 第四, 前十, 连续3周, 1月24日, 翻倍 ... and
turns each into a `Claim`: its value and the precision it is written with, its kind (tokens,
percent, rank, date, ...) and where it stands. It knows nothing of the week's data; the checker
(`writer.verify`) decides what a claim is about and whether it holds. The loader and the facts use
`read_quantity` for event figures, so a figure means the same thing in data and in prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .entities import Mention
from .numbers import MAGNITUDES, Figure, cn_amount, cn_decimal, cn_to_int, digits_step

NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A Chinese numeral below a hundred, as written (十一, 二十, 两): 第五一跃 is 第五 then 一跃, not 五一.
CN = r"(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[零〇一二两三四五六七八九])"
# A month and day written with a dot (1.24, 12.31): never 88.61 or 90.99, which are scores.
MONTH_DAY = r"(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?!\d)"
# A Chinese decimal, as a spoken figure is written: 八点四 (8.4), 一点八 (1.8).
# A Chinese whole number of hundreds or thousands, as a spoken score or speed is written: 一千四百九十一, 九百二十六.
CNBIG = r"[一二两三四五六七八九][千百][零〇一二两三四五六七八九十百]*"
CNDEC = r"(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[零一二两三四五六七八九])点[零〇一二三四五六七八九]+"

# Order matters: at one position the first alternative that matches wins.
TOKEN = re.compile(
    # The lookahead lets the scan skip, in C, every position no figure can start at.
    r"(?=[\d第前头排分位名$翻百#NnTt连十零〇一二两三四五六七八九+\-−负榜居登夺请调圆份占速得半周星礼头首初重回再无没未老蝉霸次亚季唯涨增升跌降下回上守保仍依继]|doubled"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![A-Za-z]))(?:"
    + "|".join(
        [
            r"(?P<date_full>\d{4}\s*+[/\-.年]\s*+\d{1,2}\s*+[/\-.月]\s*+\d{1,2}\s*+[日号]?)",
            r"(?P<date_cn>\d{1,2}\s*+月\s*+\d{1,2}\s*+[日号])",
            r"(?P<date_dot>(?<![A-Za-z\d.])" + MONTH_DAY + r"\s*+[日号])",
            r"(?P<date_at>(?<=[于在自至截])" + MONTH_DAY + r"(?=[日号]?[^\d.%BTMK万亿秒倍个项sm]))",
            r"(?P<date_lead>(?<![^\s])" + MONTH_DAY + r"(?=\s*+[，,、]))",
            r"(?P<date_en>(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?!\d))",
            r"(?P<date_paren>(?<=[（(])" + MONTH_DAY + r"(?=[）)]))",
            r"(?P<date_verb>(?<![A-Za-z\d.])" + MONTH_DAY + r"(?=发布|开源|更新|推出|上线|宣布|正式|当天|晚间|凌晨))",
            r"(?P<date_slash>(?<![\d/.$])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/%]))",
            r"(?P<date_dash>(?<![\d\-])(?:0[1-9]|1[0-2])-(?:3[01]|[012]\d)(?![\d\-]))",
            r"(?P<date_cnnum>[一二三四五六七八九十]{1,2}\s*+月\s*+[一二三四五六七八九十]{1,3}\s*+[日号])",
            # 2025年11月中旬, 去年十一月, 3月以来, 七月的第一周: a month of a week the data holds (有记录以来), no day
            # written; a year, 去年/今年, a part of the month or 以来 says a bare N月 is a date.
            r"(?P<date_month>(?:\d{4}\s*+年\s*+(?=[\d一二三四五六七八九十]{1,2}\s*+月)|(?<=去年|今年))(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*+月"
            r"(?!\s*+(?:\d|[一二三四五六七八九十]+\s*+[日号]))(?:上旬|中旬|下旬|初|中|底|末|份(?!额))?"
            r"|(?<![\d.月一二三四五六七八九十])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*+月(?:上旬|中旬|下旬|初|中|底|末|份(?!额)|(?=以来|的?第[一二三四五\d]周|的?最后一周|的?首周|末周))"
            # 七月的第一周, 把势头带进二月: a month said as such.
            r"|(?<=进入|迈入|步入|带进|来到)(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*+月(?![\d一二三四五六七八九十]))",
            r"(?P<date_cnday>(?<![\d月一二三四五六七八九十])[一二三四五六七八九十]{1,3}[号日](?=起|生效|开始|当天))",
            r"(?P<weekday>(?:周|星期|礼拜)[一二三四五六日天](?![\d一二三四五六七八九十百千万亿大个款家项名位种成倍模席次强])(?!\s*+进\s*+(?:\d+|[一二两三四五六七八九十]+)\s*+出)(?!(?<=周一)(?:下子|口气|举|度|路|直|跃)))",
            r"(?P<date_day>(?<![\d.月/])(?:3[01]|[12]\d|[1-9])\s*+[日号](?!元))",
            rf"(?P<inout>(?:\d+|{CN})\s*+进\s*+(?:\d+|{CN})\s*+出)",
            rf"(?P<updown>(?:\d+|{CN})\s*+(?:涨|升)\s*+(?:\d+|{CN})\s*+(?:跌|降)(?:\s*+(?:\d+|{CN})\s*+(?:持平|平))?)",
            rf"(?P<streak>(?:连续|连坐|连霸|蝉联|霸榜)\s*+第?\s*+(?:{NUM}|{CN})\s*+(?:个)?\s*+周|连[涨跌升降增减挫]\s*+(?:{NUM}|{CN})\s*+(?:个)?\s*+周|(?:{NUM}|{CN})\s*+连(?:冠|霸|胜|涨|跌|升|降)(?!\s*+(?:{NUM}|{CN}))|(?:{NUM}|{CN})\s*+周\s*+霸(?:榜|主|业)|(?:{NUM})\s*+straight weeks?"
            # 连续在榜12周, 在榜12周, 结束12周在榜, 仅坐1周榜首, 在榜首只待了两周, 连续在榜周数为12周:
            # weeks in a row, the verb before the number or after it.
            rf"|连续\s*+(?:在榜|上榜|入榜|霸榜|居首|登顶|领跑|夺冠|增长|上涨|上升|走高|下滑|下跌|下降|走低|回落)\s*+(?:{NUM}|{CN})\s*+个?\s*+周"
            rf"|(?:(?<=在榜|上榜|入榜|待了|坐了|呆了|当了|周数)|(?<=周数为|周数是|周数达|上榜仅|上榜才|上榜刚|在榜仅|在榜才)|(?<=周数达到))\s*+(?:{NUM}|{CN})\s*+个?\s*+周(?![前后内])"
            rf"|(?:(?<=周数为|周数是|周数达)|(?<=周数达到))\s*+{NUM}(?![\d.%周])"
            rf"|(?:{NUM}|{CN})\s*+个?\s*+周\s*+(?=在榜|榜首|第一|霸榜))",
            rf"(?P<weeks>(?:{NUM}|{CN})\s*+个?\s*+(?:周|星期)(?=均|都|皆|内|来|以来|之内|里|累计|合计|共|下来|走势|全部|全都|中|之中|当中|分别|依次|先后|间|之间|回看|排)"
            rf"|(?:(?<=此前|之前|过去|最近)|(?<=近))\s*+(?:{NUM}|{CN})\s*+个?\s*+(?:周|星期)(?![前后]))",
            rf"(?P<weeks_ago>(?:{NUM}|{CN})\s*+个?\s*+(?:周|星期)(?:之)?前)",
            rf"(?P<absent>(?:(?<=缺席|时隔|阔别)|(?<=缺席了|时隔了))\s*+(?:{NUM}|{CN})\s*+个?\s*+(?:周|星期))",
            rf"(?P<week_ordinal>第\s*+(?:{NUM}|{CN})\s*+个?\s*+周(?!年))",
            rf"(?P<rank_list>(?:排名|排在|分列|位列|名列)\s*+第?\s*+(?:{NUM}|{CN})(?:\s*+[、,，和与及]\s*+第?\s*+(?:{NUM}|{CN})(?![者家款个项种组席])(?![\d.]*+\s*+(?:[BTMKk%亿万倍周天日月年秒]|tok|分(?!之))))+\s*+[名位]?"
            # 上周分别居第7、8、9: a place written once for a list of bare numbers
            rf"|第\s*+{NUM}(?:\s*+、\s*+{NUM}(?![\d.%者家款个项种组席周天亿万BTMKk]|\s*+(?:tok|分(?!之))))+\s*+[名位]?)",
            rf"(?P<rank>第\s*+(?:{NUM}|{CN})(?!梯队|时间|手|批|步|代|季|届|期|天|周|轮|阶段|次|个|款|章|节|条|点|部分|方面|眼|印象|方)\s*+(?:名|位|大)?)",
            rf"(?P<rank_bare>(?<=排名)\s*+(?:{NUM}|{CN})\s*+(?:名|位)?)",
            r"(?P<rank_en>#\d+(?!\d)|(?<![^\s(（])#\s\d+(?!\d)|No\.\s?\d+(?!\d)|(?<![A-Za-z0-9])\d+(?:st|nd|rd|th)(?![A-Za-z])|(?<=rank )\d+(?!\d)|(?<=ranked )\d+(?!\d))",
            r"(?P<rank_word>(?:(?<=ranking )|(?<=ranked )|(?<=rank )|(?<=placed ))(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![A-Za-z]))",
            r"(?P<first>(?:请求量|调用量|圆点|份额|占比|速度|得分)(?:最大|最高|最多|最快)|榜首(?!周)|居首|(?<![居])首位|登顶|夺冠|头把交椅|(?<![上在入登打冲霸总])榜一(?![\d一二三四五六七八九十百千万亿周天次骑]))",
            # 次席, 亚军, 季军: second and third place in words.
            r"(?P<rank_title>次席|亚军|季军)",
            # 老二, 榜三: places in a spoken register.
            r"(?P<rank_spoken>(?:老|(?<![在上入登打冲])榜)[二三四五六七八九](?![\d一二三四五六七八九十百千万亿款个家席项名位种次样张周天]))",
            # 唯一下滑的是X, X是唯一上涨的模型: the one row that moved that way.
            r"(?P<only_mover>唯一(?:一款|一家|一个)?(?:实现)?(?:下滑|下跌|下降|负增长|回落|萎缩|上涨|上升|增长|正增长)(?!幅|率|最))",
            # 涨幅最大, 跌幅最深, 名次下滑最多: the row that moved most (or least) that way.
            r"(?P<extreme>(?:排名|名次)?\s*+(?:(?:涨|增|升|跌|降)(?:幅|速)|(?:下滑|下跌|下降|增长|上涨)幅度|份额流失|涨得|跌得"
            r"|(?:上升|上涨|提升|下滑|下降|下跌|增长|回落)得?)\s*+(?:也|则|同样|亦)?\s*+最(?:大|多|深|猛|快|小|少|明显|显著)(?![化终初后近新早晚佳好]))",
            r"(?P<listing>(?:首次|首度|第一次|初次)\s*+(?:上榜|入榜|登榜|进入榜单|登上榜单)|(?:重回|重返|回到|再度进入|再次进入)\s*+榜单"
            # 守住席位, 仍留在榜上: listed last week and this.
            r"|(?:守住|保住)了?\s*+(?:席位|榜上席位|一席)|(?:仍|依然|继续)\s*+留在\s*+榜(?:单)?(?:上|中|内)?"
            # 跌出榜单, 离开榜单: listed last week, not this week.
            r"|(?:跌出|掉出|滑出|退出|离开|跌落|落到)\s*+(?:了\s*+)?(?:榜单|榜外|榜单之外))",
            rf"(?P<out>(?:{NUM}|{CN})\s*+名\s*+(?:之外|开外|以外|以后)|前\s*+(?:{NUM}|{CN})\s*+名?\s*+(?:之外|开外|以外))",
            rf"(?P<top>(?:(?<![此之以提])前|头部\s*+(?=[一二两三四五六七八九十\d])|(?i:top)[\s\-]?)\s*+(?:{NUM}(?![\d,.])|{CN}(?![,.])(?![一二两三四五六七八九十百千万]+\s*+(?:个|周|天|日|月|年|星期)))(?![ \t]*+(?:周|天|日|月|年|个|季|期|代|次|轮|小时|分钟|\.\d|[BTMKk](?![A-Za-z])|[%亿万]|tok))(?!\s*+进\s*+(?:\d+|{CN})\s*+出)\s*+(?:名|位|强)?|(?<![前第\d一二两三四五六七八九十])[两三四五]强(?=格局|并立|鼎立|混战|争霸|之争|阵营|之间|换))",
            rf"(?P<cnamount>[+\-−负]?[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:多|余)?(?:万亿|亿|万)(?:[零〇一二两三四五六七八九十百千]+(?:亿|万)?)*(?:\s*+(?:tokens?|参数|次))?)",
            r"(?P<cheng>(?<![完达形组变构赞促])[一二两三四五六七八九十]\s*+成(?:[一二三四五六七八九](?![\d一二两三四五六七八九十百千万亿个款家项名位种成倍席周年月日天强]))?(?![为本功员绩熟果长立交效型品就都]))",
            rf"(?P<cnpoints>(?:[+\-−]|负)?(?:{CNDEC}|{CN})\s*+(?:个?\s*+多?\s*+百分点|个点(?![击赞子])))",
            rf"(?P<points>(?:[+\-−]|负)?\s*+{NUM}\s*+(?:个多?百分点|百分点|个点(?![击赞子])|pp(?![A-Za-z])|pts?(?![A-Za-z])|percentage points?|points?(?![A-Za-z])))",
            rf"(?P<percent>(?:[+\-−]|负)?\s*+(?:{NUM}|{CNDEC})\s*+%|百分之\s*+(?:{NUM}|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?))",
            r"(?P<fraction>一半|半数|(?:\d+|[一二两三四五六七八九十])\s*+分之\s*+(?:\d+|[一二三四五六七八九]))",
            rf"(?P<multiple>翻了?一?倍|翻了?[一两二三四]番|翻番|doubled|(?:{NUM}|{CNDEC}|[一两二三四五六七八九十])\s*+倍(?:半)?|(?<![A-Za-z\d.]){NUM}\s*+[x×](?![A-Za-z\d]))",
            r"(?P<digits>[两三四]\s*+位数)",
            rf"(?P<places>(?:{NUM}|{CN})\s*+(?:个\s*+(?:位置|位次|名次)|个?\s*+(?:位(?!置|次)|名(?!次)|级))(?!之外|开外|以外|以后|次))",
            rf"(?P<cnscore>(?:(?<=[涨跌差先后高低多少以了])|(?<=[A-Za-z\d)）]\s)|(?<=[A-Za-z\d)）]))\s*+{CN}\s*+分(?=之差|[，。；、]|的)|{CNBIG}\s*+分(?![钟之别布析享类数辨]))",
            rf"(?P<cnspeed>(?:(?<=每秒)|(?<=每秒约)|(?<=每秒近))\s*+{CNBIG}\s*+个?\s*+tokens?(?![A-Za-z]))",
            r"(?P<nonecount>(?:无|没有|未有|未占)\s*+一\s*+(?:席|款|个|家))",
            r"(?P<cncount>(?:[两二三四五六七八九]?十[一二三四五六七八九]|[两二三四五六七八九十]+|(?<!无)(?<!唯)一(?=\s*+席(?!之地)))\s*+余?\s*+(?:个|大|项|款|种|家|席|组|次|条|张|块|度(?![量数])|名(?=[模公系])|兄弟|姐妹)"
            # 两榜登顶, 三榜齐入: boards counted with 榜 as the unit (not 榜首, 榜一, 榜单).
            r"|(?<![第\d一二两三四五六七八九十])(?:[两二三四五六七八九]|十[一二三四五六]?)(?=榜(?![首一单])))",
            rf"(?P<price>\$\s*+{NUM}(?:\s*+/\s*+(?:1?[MK]|百万|千)(?:\s*+tokens?)?)?|{NUM}\s*+美元(?:\s*+/\s*+(?:百万|千|1?[MK])\s*+(?:tokens?)?)?)",
            rf"(?P<speed>[+\-−]?\s*+{NUM}\s*+(?:tok(?:en)?s?/(?:s|min|h)(?![A-Za-z])|tps(?![A-Za-z])|tokens? per (?:second|minute)|个?\s*+tokens?\s*+每秒)|(?:(?<=每秒)|(?<=每秒约)|(?<=每秒近)|(?<=每秒 ))\s*+{NUM}\s*+个?\s*+tokens?(?![A-Za-z]))",
            rf"(?P<days>(?<!同)(?:{NUM}|{CN})\s*+(?:个)?\s*+(?:天|整天)(?![下然空]))",
            rf"(?P<duration>(?:{NUM}|{CN})\s*+(?:ms(?![A-Za-z])|毫秒|秒|s(?![A-Za-z])|seconds?(?![A-Za-z])|分钟|小时))",
            rf"(?P<amount>[+\-−]?\s*+{NUM}\s*+(?:[多余](?=\s*+(?:万亿|千亿|百亿|亿|万)))?\s*+(?:万\s*+[多余]\s*+亿|万亿|千亿|百亿|亿|万|[TBMKk](?![a-zA-Z])|trillion|billion|million)\s*+(?:tokens?|参数|次|requests?)?)",
            rf"(?P<tokens>{NUM}\s*+tokens?)",
            rf"(?P<count>{NUM}\s*+(?:余|多)?\s*+(?:项|个|款|家|种|次|场|篇|条|席|组))",
            rf"(?P<score>{NUM}\s*+分(?![钟之别布析享类数辨]))",
            rf"(?P<plain>[+\-−]?{NUM})",
            rf"(?P<cnplain>{CNDEC}|(?<=[为是至到])零(?![点〇零一二两三四五六七八九十百千万亿个款家位名]))",
        ]
    )
    + ")"
)

_ORDINALS = {w: i for i, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), 1)}
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MAG = re.compile(r"(万亿|千亿|百亿|亿|万|[TBMKk](?![a-zA-Z])|trillion|billion|million)")
_WORD_MAG = {"trillion": 1e12, "billion": 1e9, "million": 1e6}
_NUMBER = re.compile(rf"{NUM}|{CNDEC}|{CNBIG}|{CN}")


@dataclass
class Claim:
    """One figure in the text and what the text says about it."""

    kind: str
    """date, rank, top, out, streak, points, percent, multiple, places, price, speed, duration, days, amount,
    count, inout, updown, digits, week_ordinal, weeks_ago, absent, listing, plain, version."""
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




def name_like(text: str, start: int, end: int, kind: str, after_known: bool = False) -> bool:
    """A digit run glued to letters (Qwen3, GPT-5, R1, 4o) is part of a name, not a figure; after a
    name we know in full (Gemini 2.5 Flash Lite 792), a number set apart is a figure."""
    before = text[max(0, start - 2) : start]
    if before[-1:].isascii() and before[-1:].isalpha():
        return True
    if before[-1:] in "-." and before[:1].isascii() and before[:1].isalpha():
        return True
    after = text[end : end + 1]
    if after.isascii() and after.isalpha() and text[end - 1 : end].isdigit():
        return True
    if kind != "plain" or after_known:
        return False
    # "Llama 5", "Opus 4.6": a bare number right after a capitalised word is a model's number.
    word = re.search(r"([A-Za-z][A-Za-z]*) $", text[max(0, start - 20) : start])
    return bool(word and word.group(1)[0].isupper() and word.group(1).lower() not in _NUMBER_WORDS)


_NUMBER_WORDS = {"score", "elo", "rating", "rank", "ranked", "top", "no", "at", "to", "from", "by", "of", "is", "was", "with", "and"}


def _figures(quote: str, kind: str) -> list[Figure]:
    """The numeric values a token states, with their written precision."""
    if quote.startswith("百分之"):
        rest = quote[3:].strip()
        if rest[:1].isdigit():
            return [Figure(float(rest.replace(",", "")), digits_step(rest))]
        figure = cn_decimal(rest) if "点" in rest else cn_amount(rest)
        return [figure] if figure else []
    figures = []
    for match in _NUMBER.finditer(quote):
        raw = match.group()
        if raw[0].isdigit():
            value, step = float(raw.replace(",", "")), digits_step(raw)
        elif "点" in raw:
            decimal = cn_decimal(raw)
            if decimal is None:
                continue
            value, step = decimal.value, decimal.step
        else:
            number = cn_to_int(raw)
            if number is None:
                continue
            value, step = float(number), 1.0
        figures.append(Figure(value, step))
    if kind == "multiple" and figures and quote.endswith("倍半"):
        figures = [Figure(figures[0].value + 0.5, 0.5)]  # 两倍半 is 2.5
    if kind == "amount" and figures:
        found = _NUMBER.search(quote)
        assert found is not None  # figures came from it
        unit = quote[found.end():]
        more = re.match(r"\s*+(?:万\s*+)?[多余]", unit) is not None
        mag = _MAG.search(re.sub(r"(?<=万)\s*+[多余]\s*+(?=亿)", "", unit))
        if mag:
            factor = _WORD_MAG.get(mag.group(), MAGNITUDES.get(mag.group(), 1.0))
            step = figures[0].step
            if mag.group() in ("亿", "万") and found.group().endswith("0") and "." not in found.group():
                # 4640亿 is how 464B is said in 亿: its last zero is conversion, not precision.
                step *= 10
            figures = [Figure(figures[0].value * factor, step * factor)]
            if more:
                # 6200多亿 is between 6200亿 and 6300亿; 1.1万多亿 between 1.1万亿 and 1.2万亿.
                digits = found.group().replace(",", "")
                place = digits_step(digits) if "." in digits else 10.0 ** (len(digits) - len(digits.rstrip("0")))
                figures = [Figure(figures[0].value + place * factor / 2, place * factor)]
    if kind == "price" and figures and re.search(r"/\s*+(?:1?K|千)", quote):
        # Prices are compared per million tokens.
        figures = [Figure(figures[0].value * 1000, figures[0].step * 1000)]
    if kind == "duration" and figures:
        factor = 0.001 if ("ms" in quote or "毫秒" in quote) else 60.0 if "分钟" in quote else 3600.0 if "小时" in quote else 1.0
        figures = [Figure(f.value * factor, f.step * factor) for f in figures[:1]]
    if kind == "speed" and figures and re.search(r"/(?:min|h)|per minute", quote):
        # Speeds are compared in tokens per second.
        factor = 1 / 60 if ("min" in quote or "minute" in quote) else 1 / 3600
        figures = [Figure(figures[0].value * factor, figures[0].step * factor)]
    if kind in ("points", "percent", "plain", "amount") and figures and re.match(r"^\s*+(?:[\-−]|负)", quote):
        figures = [Figure(-figures[0].value, figures[0].step)]
    return figures


def _date(quote: str) -> tuple[int | None, int | None, int] | None:
    """(year, month, day) of a written date; year and month may be unsaid (24日, 七月二号)."""
    numbers = [int(n) for n in re.findall(r"\d+", quote)] or \
        [n for n in (cn_to_int(c) for c in re.findall("[一二三四五六七八九十]+", quote)) if n is not None]
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
    name_ends = {m.end for m in mentions}
    for match in TOKEN.finditer(masked):
        kind = match.lastgroup or "plain"
        start, end = match.start(), match.end()
        if any(covered[start:end]):
            continue
        quote = match.group().strip()
        start += len(match.group()) - len(match.group().lstrip())
        end = start + len(quote)
        known = any(start - gap in name_ends and not masked[start - gap : start].strip() for gap in (1, 2))
        if kind in ("plain", "count", "amount", "tokens", "percent", "rank_en") and name_like(masked, start, end, kind, known) \
                and not re.search(r"\d(?:st|nd|rd|th)$", quote):
            continue
        if kind == "rank_en" and quote.startswith("#") and \
                len(_HASHTAG_MARK.findall(masked, masked.rfind("\n", 0, start) + 1, start)) % 2:
            continue  # #大模型周榜# 1月…: the # closes a hashtag (#7 to #4 are places), it is no place
        if kind == "rank_word":
            claim = Claim(kind="rank", start=start, end=end, quote=quote, values=[Figure(float(_ORDINALS[quote.lower()]), 1.0)])
            claims.append(claim)
            continue
        if kind == "rank_title":
            claims.append(Claim(kind="rank", start=start, end=end, quote=quote, values=[Figure(3.0 if quote == "季军" else 2.0, 1.0)]))
            continue
        if kind in ("listing", "only_mover", "extreme"):
            claims.append(Claim(kind=kind, start=start, end=end, quote=quote))
            continue
        if kind == "first":
            claims.append(Claim(kind="first", start=start, end=end, quote=quote, values=[Figure(1.0, 1.0)]))
            continue
        if kind in ("rank_bare", "rank_en", "rank_spoken"):
            kind = "rank"
        if kind == "score":
            kind = "plain"
        if kind == "rank_list":
            claims.extend(_split_rank_list(quote, start))
            continue
        kind = "date" if kind.startswith("date_") else {"tokens": "amount", "cncount": "count", "cnscore": "plain", "cnspeed": "speed", "cnpoints": "points", "cnplain": "plain"}.get(kind, kind)
        if kind == "weekday":
            claims.append(Claim(kind="date", start=start, end=end, quote=quote, unit_word="weekday",
                                values=[Figure(float("一二三四五六日".find(quote[-1]) if quote[-1] != "天" else 6), 1.0)]))
            continue
        if kind == "fraction":
            claims.append(_fraction(quote, start, end))
            continue
        if kind == "nonecount":
            # 无一席位, 没有一款: a count of none.
            claims.append(Claim(kind="count", start=start, end=end, quote=quote, values=[Figure(0.0, 1.0)]))
            continue
        if kind == "digits":
            # 两位数增长: a growth of two digits (10% to 99%).
            claims.append(Claim(kind="digits", start=start, end=end, quote=quote,
                                values=[Figure(float("两三四".index(quote[0]) + 2), 1.0)]))
            continue
        if kind in ("inout", "updown"):
            # 两进两出: how many rows entered a list and how many left it; 6涨4跌(1平): rose, fell, flat.
            counts = [int(n) if n.isdigit() else cn_to_int(n) for n in re.findall(r"\d+|[零〇一二两三四五六七八九十]+", quote)]
            if len(counts) in (2, 3) and None not in counts:
                claims.append(Claim(kind=kind, start=start, end=end, quote=quote,
                                    values=[Figure(float(n), 1.0) for n in counts]))  # type: ignore[arg-type]
            continue
        if kind in ("cnamount", "cheng"):
            chinese = _chinese_amount(kind, quote, start, end)
            if chinese is not None:
                claims.append(chinese)
            continue
        if match.lastgroup == "date_month":
            claims.append(_month(quote, start, end))
            continue
        claim = Claim(kind=kind, start=start, end=end, quote=quote)
        if kind == "date":
            claim.date = _date(quote)
        else:
            claim.values = _figures(quote, kind)
            if not claim.values and kind not in ("multiple",):
                continue
            if kind == "points" and re.search(r"个\s*+多\s*+百分点", quote):
                # 八个多百分点 is between eight and nine points.
                claim.values = [Figure(f.value + (0.5 if f.value >= 0 else -0.5), 1.0) for f in claim.values]
        claim.signed = quote[:1] in "+-−负"
        claims.append(claim)
    return claims


def _month(quote: str, start: int, end: int) -> Claim:
    """2025年11月中旬, 去年十一月: a date of a month alone; its day is 0."""
    written = re.match(r"(?:(\d{4})\s*+年)?\s*+(\d{1,2}|[一二三四五六七八九十]+)", quote)
    assert written is not None  # the pattern starts with a year or a month
    month = int(written.group(2)) if written.group(2).isdigit() else cn_to_int(written.group(2)) or 0
    year = int(written.group(1)) if written.group(1) else None
    return Claim(kind="date", start=start, end=end, quote=quote, unit_word="month", date=(year, month, 0))


# The # that opens a hashtag (#大模型周榜#), not a place's (#7).
_HASHTAG_MARK = re.compile(r"#(?=[^\d\s#])")
_CN_RUN = re.compile("[零〇一二两三四五六七八九十百千万亿]+")


def _fraction(quote: str, start: int, end: int) -> Claim:
    """一半 = 0.5, 三分之一 = 1/3: a ratio, checked like a multiple."""
    if "分之" in quote:
        whole, part = (cn_amount(x.strip()) or Figure(float(x.strip()), 1.0) for x in quote.split("分之"))
        value = part.value / whole.value
    else:
        value = 0.5
    return Claim(kind="multiple", start=start, end=end, quote=quote, values=[Figure(value, 0.0)], unit_word="fraction")


def _chinese_amount(kind: str, quote: str, start: int, end: int) -> Claim | None:
    """九千九百亿 (an amount) or 三成 (30%), from a numeral written in Chinese; 一千六百多亿 is
    between 1600亿 and 1700亿."""
    more = kind == "cnamount" and re.search(r"[多余](?=万亿|亿|万)", quote) is not None
    run = _CN_RUN.search(re.sub(r"[多余](?=万亿|亿|万)", "", quote))
    figure = cn_amount(run.group()) if run else None
    if figure is None:
        return None
    if more:
        figure = Figure(figure.value + figure.step / 2, figure.step)
    if kind == "cheng":
        # 四成七 is 47%, said to the percent; 四成 is 40%, said to the tenth.
        tail = re.search(r"成([一二三四五六七八九])$", quote)
        if tail:
            return Claim(kind="percent", start=start, end=end, quote=quote,
                         values=[Figure(figure.value * 10 + "一二三四五六七八九".index(tail.group(1)) + 1, 1.0)])
        return Claim(kind="percent", start=start, end=end, quote=quote, values=[Figure(figure.value * 10, 10.0)])
    negative = quote[:1] in "-−负"
    value = -figure.value if negative else figure.value
    return Claim(kind="amount", start=start, end=end, quote=quote, values=[Figure(value, figure.step)], signed=quote[:1] in "+-−负")


def _split_rank_list(quote: str, start: int) -> list[Claim]:
    """'排名8、9' → two rank claims, one per number, in order."""
    claims = []
    for match in _NUMBER.finditer(quote):
        figures = _figures(match.group(), "rank")
        if figures:
            claims.append(Claim(kind="rank", start=start + match.start(), end=start + match.end(), quote=match.group(), values=figures))
    return claims



def read_quantity(text: str) -> tuple[str, Figure] | None:
    """The kind and value of the first figure in a short text ('97ms' → duration 0.097)."""
    for claim in extract_claims(text, []):
        if claim.values:
            return claim.kind, claim.values[0]
    return None
