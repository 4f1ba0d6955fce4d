"""Rules for derived figures: gaps, ratios, sums and shares between rows of a board (this week, last
week or an earlier one), a company as the sum of its models, and groups of companies by country."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from ...entities import Mention
from ...facts import Metric, metric_order
from ...figures import Claim
from ...findings import ProblemKind, Source
from ...load import OTHERS_ID
from ...models import Entity, EntityKind
from ...numbers import Figure, cn_to_int, format_tokens
from ...vocabulary import (
    COUNTRY_GROUP,
    MADE_BY_WORDS,
    metric_word,
    metric_word_after,
    COUNTRY_OF,
    top_verb,
)
from ...vocabulary import qualifier as bound_of
from ..reading import LEFT_LIST, NAME_JOIN, SHARED_UNIT, without_owners
from ..relations import COLUMNS as RELATION_COLUMNS
from ..relations import gaps, ratios, shares, total
from .outcome import (
    ESTIMATE,
    Outcome,
    fraction_holds,
    is_within,
    near_bound,
    ratio_bound,
)
from .places import LAST_WEEK, TOP_N, TOP_NUMBER, PlaceRules, top_count

_RELATION_KINDS = {"amount", "percent", "points", "plain", "speed", "price", "multiple"}
_RELATION_WORDS = {
    "sum": re.compile(r"合计|共计|总计|总和|加起来|之和|相加|累计|一共|两者共|二者共|总增量|总减量|总降量|共(?=\s*+(?:约|计|有|达|\d|[一二两三四五六七八九]))|共\s*+(?:约|近|逾|达)?\s*+$|总量|总调用量|全部(?:调用量|用量)|全榜|集中度"),
    "gap": re.compile(r"(?<![反赶])超(?![过越出级大长高额时])|(?:距离?|(?<![距远])离)[^，。；]{0,12}?(?:还|仍|尚)?\s*+(?:差|有)?\s*+(?:约|近)?\s*+$|领先|差距|相差|(?:相|只|仅)?隔(?:着|了)?\s*+(?:约|近|不到|不足)?\s*+$|仅差|之差|差值|差了|多出|高出|低出|少了|多了|优势|拉开|甩开|落后|超出|差\s*+(?:约|近|大约|不到|不足|了)?\s*+$|^\s*+之差|[多少高低快慢贵]\s*+(?:约|近|逾|了|出)?\s*+$|便宜\s*+(?:约|了)?\s*+$"),
    "ratio": re.compile(r"的\s*+$|是|为|相当于|倍数|领先|(?<![A-Za-z])(?:vs\.?|VS)(?![A-Za-z])"),
    "share": re.compile(r"占|份额|成$|比重|(?:总量|总和|总调用量)的"),
    "threshold": re.compile(r"门槛|最后一名|末位|入围线|垫底"),
    "history": re.compile(r"此前|曾|一度|还以|那一周|之前|周前|以来|峰值|高点|最高|起|当时|彼时|上上周|两周前"),
}
_JOINED = re.compile(r"\s*+(?:与|和|及|以及|、|跟|同)\s*+")
_ALONE = re.compile(r"一(?:个|款|家)(?:模型|公司)?(?:就|即|便)|单款|单个模型|一己之力|独自")
_GAP_OF_WRITTEN = re.compile(r"\s*+(?:只|仅|相|两者|二者)?\s*+差\s*+(?:了|约|近|不到|不足)?\s*+")
_THE_TWO = re.compile(r"两者|二者|两家|两款|两个版本|两个组合|两组")
GROUP_COUNT = re.compile(r"([两二三四五])(?:家|者|款|个|位)")
_EDGE = re.compile(r"优势")
_OWN_FIRST = re.compile(r"登顶|夺冠|居首|登上|问鼎|称王|领跑|折桂|蝉联")
_HOLDS_PLACE = re.compile(r"(?:守住|保住|坐稳|稳居|位居|登上|重回|占据|拿下|夺得|夺回)\s*+$")
_RANK_AS_ROW = re.compile(r"\s*+名?\s*+(?:的|之|[（(]|[A-Za-z\u4e00-\u9fff])")
# Pronouns that stand for one name (二者, 两者 stand for a pair).
_ONE_PRONOUN = re.compile(r"前者|后者|它|其(?!中|他|余|实|后)")
_WRITTEN_KINDS = {"tokens": ("amount",), "requests": ("amount",), "speed": ("speed",), "price": ("price",), "score": ("plain",), "share": ("percent",)}
_BRACKET_OF = re.compile(r"\s*+[）)]\s*+的\s*+(?:约|近|逾|超过|不到|接近|大约)?\s*+")
_SUM_STATED = re.compile(r"(?:合计|总计|共计|总量|总和)\s*+(?:约|近|逾|达|为)?\s*+$")
# Who is ahead in a gap: 领先/高出/多出 (the subject), 落后/低于/少 (the other).
_LEAD = re.compile(r"(?:(领先|高出|多出|超出|高|多|快|贵)|(落后|低于|低出|少|慢|便宜|不及))\s*+(?:了|约|近|逾|达|仅|只)?\s*+$")
MORE_AFTER = re.compile(r"多|有余|以上|出头")
OTHER_BEFORE = re.compile(r"(?:另外|另|其余|其他|其它)\s*+$")
_ADDITIVE = {"tokens", "requests", "share"}
_CLAIM_COLUMNS = {"amount": {"tokens", "requests"}, "percent": {"share", "growth", "score"}, "points": {"share", "growth", "score"},
                  "speed": {"speed"}, "price": {"price"}, "plain": {"score", "speed", "price"}}
_BARE_TOKENS = re.compile(r"[\d,.]+\s*+tokens?")
# Google三款模型, Anthropic两款: the number of a company's models the sentence speaks of.
_COMPANY_COUNT = re.compile(r"([A-Za-z][\w\-]*|[\u4e00-\u9fff]{2,4}?)\s*+(?:的|旗下)?\s*+([两二三四五六七八九十])\s*+款")
_WHOLE_WORDS = re.compile(r"全部|全榜|总[\u4e00-\u9fff]{0,3}?量|总计|总和|整体|榜单合计|整张榜|所有")
# 不到当时的三成, 仅为那时的一半: a part of the amount an earlier time had.
_THEN_BASE = re.compile(r"(?:当时|那时|彼时|那一周|高峰时|巅峰时)\s*+的?\s*+(?:约|近|不到|不足|超过|逾|仅)?\s*+$")
_SHARE_VERB = re.compile(r"占(?:据|到|了)?\s*+(?:约|近|逾|超过)?\s*+$")
_TOP_SPAN = re.compile(TOP_NUMBER + r"[^，。；]{0,20}?(?:之间|首尾|头尾|差)")
_CHANGE_SIZE = re.compile(r"增幅|涨幅|降幅|跌幅")
# 平均分, 平均得分, 均值: the mean of the listed rows; the columns a figure of each kind may average.
_AVERAGE = re.compile(r"平均|均值|均分|中位")
_MEDIAN = re.compile(r"中位")
# 九款合计4.22T，均值468.6B: the rows a count just before the mean names are the ones averaged.
_ROWS_COUNTED = re.compile(r"([一二两三四五六七八九十\d]+)\s*(?:款|组|个|家)(?:模型|组合)?\s*(?:合计|总计|共|的)")
# 较上周的86.18%, 比上周高0.9分: what carries a mean to the figures after it; 高出, 最高: what stops it.
_MEAN_CARRIED = re.compile(r"较上周|比上周|上周|环比")
_NOT_MEAN = re.compile(r"高出|低于|高于|差|比[^，。；]*平均|最高|最低|榜首|第一")
_AVERAGE_COLUMNS = {"plain": ["score"], "percent": ["score", "share"], "speed": ["speed"], "amount": ["tokens", "requests"],
                    "price": ["price"], "points": ["score", "share"]}
_PLACES_SUMMED = re.compile(r"第\s*+(\d{1,2}|[一二三四五六七八九十]{1,2})\s*+名?\s*+(?:至|到|-|~|—)\s*+第?\s*+(\d{1,2}|[一二三四五六七八九十]{1,2})\s*+名?"
                            r"[^，。；\d]{0,6}?(?:合计|总计|共计|加起来|之和)")
_TOP_SUM = re.compile(TOP_NUMBER + r"\s*+(?:名|家|款|个)?\s*+(?:公司|模型)?\s*+(?:合计|总计|共计|总量|总和|集中度)\s*+(?:约|近|逾|达|为)?\s*+$")
_TOP_IN = re.compile(TOP_NUMBER + r"\s*+(?:名)?\s*+(?:中|里|之中|内|当中)")
_BEING = re.compile(r"\s*+(?:均为|都是|均是|皆为|全是|全为|全部是|全部为|均属于?|都属于?|属于|为|是)\s*+")
_MADE_BY = re.compile(r"\s*+(?:模型|大模型|公司|厂商)?\s*+(?:" + "|".join(map(re.escape, MADE_BY_WORDS)) + r")\s*+")
"""六款模型出自中国公司: the counted rows come from the group named after them."""
_COUNTRY_BEFORE = re.compile("(" + "|".join(sorted(map(re.escape, COUNTRY_OF), key=len, reverse=True)) + r")(?:的)?\s*+(?:占据?了?|有)?\s*+$"
                             "|" + COUNTRY_GROUP.pattern + r"\s*+(?:仅余|仅剩|只剩|仅有|只有|仅)\s*+$")
"""国产四席, 海外五家, 国产占5家; 中国模型仅余一席: the group right before a count."""
_PART_OF_GROUP = re.compile(r"其中|其余|另外|另有|之中|当中|仅|只有")
_OF_BEFORE = re.compile(r"的\s*+(?:约|近|逾|仅|只有|大约|约为)?\s*+$")
_OF_BETWEEN = re.compile(r"\s*+[）)]?\s*+(?:中|之中|里)?的\s*+(?:约|近|逾|仅|只有|大约|约为)?\s*+")
_COUNTRY_COUNTED = re.compile("(" + "|".join(sorted(map(re.escape, COUNTRY_OF), key=len, reverse=True)) +
                              r")(?:的)?\s*+(?:占据?了?|有)?\s*+(?:\d+|[一二两三四五六七八九十]+)\s*+(?:家|款|席|个)(?:公司|模型|厂商|企业)?")
_PRONOUN_RATIO = re.compile(r"(前者|后者)[^，。；]{0,10}?(?:是|为|相当于)\s*+(?:约|近|大约)?\s*+(?:前者|后者)\s*+的\s*+(?:约|近)?\s*+$")
NEWCOMERS = re.compile(r"(?:新上榜|新进榜|首次上榜|新晋)的?\s*+(?:[两三四五六\d]\s*+[款个])?\s*+模型"
                        r"|[两三四五六\d]\s*+[款个]\s*+(?:新上榜|新进榜|首次上榜|新晋)的?\s*+模型"
                        r"|[两三四五六\d]\s*+[款个张位]\s*+新(?:面孔|模型)"
                        # 三款模型新进, 两家公司首次进入: the count before the word of coming in.
                        r"|[两三四五六七八九\d]\s*+[款个家]\s*+(?:模型|公司)?\s*+(?:新进|新上榜|首次进入|首次上榜|新晋)")
LEAVERS = re.compile(r"(?:跌出|掉出|退出)(?:榜单|前十|前九)?的\s*+(?:[两三四五六\d]\s*+[款个])?\s*+模型"
                     r"|[两三四五六七八九\d]\s*+[款个家]\s*+(?:模型|公司)?\s*+(?:退出|跌出|掉出|出局)")
_SWEEP = re.compile(r"包揽|独揽|垄断|霸占")
_SWAPPED_AFTER = re.compile(r"易位|互换|换位|对调|交换")
_ALL_IN = re.compile(r"(?:均|都|全部|皆|全都)\s*+(?:在|进入|进了|位于|位列|排在|跻身|挤进)\s*+$")
_NONE_IN = re.compile(r"缺席|(?:不再|没有|未能?)(?:占有|占据|拥有|保有|留有)(?:任何)?(?:席位|一席)|没有一席|无一|一席未|未有|暂无席位|无席位|没有席位|一席不剩"
                      r"|(?:已|都|均|再)?\s*+(?:无|没有|没了|不再有)\s*+(?:任何)?\s*+(?:模型|产品|上榜模型)")  # 前十中已无模型


_CHANGE_NOUN_AFTER = re.compile(r"\s*+的?\s*+(?:(增速|增幅|涨幅|升幅|增长)|(降幅|跌幅|减幅|下滑|下降))")
_CHANGE_NOUN = re.compile(r"(?:(增幅|涨幅|升幅)|(降幅|跌幅|减幅))\s*+(?:约|近|逾|达|为)?\s*+$")


def _went_by_sign(quote: str) -> str | None:
    """up or down where a figure carries its sign (+3.7%, -7.3%)."""
    return "up" if quote.startswith("+") else "down" if quote.startswith(("-", "−", "负")) else None


def _went_by_noun(before: str) -> str | None:
    """up or down where a change noun stands right before the figure (降幅2.4%)."""
    found = _CHANGE_NOUN.search(before)
    return None if found is None else "up" if found.group(1) else "down"


def _went_by_noun_after(after: str) -> str | None:
    """up or down where a change noun follows the figure (约23.6%的增速)."""
    found = _CHANGE_NOUN_AFTER.match(after)
    return None if found is None else "up" if found.group(1) else "down"


_LEADER_SHARE = re.compile(r"(?:榜首|头名|第一名|冠军)\s*+(?:的)?\s*+(?:份额|占比|所占比例)")
_AS_OBJECT = re.compile(r"(?:与|和|同|比|较|对|跟)\s*+(?:第[一二三四五六七八九十\d]+名)?\s*+$")
_LEAD_BEFORE_NAME = re.compile(r"(?:(领先|高出|多出|超出|甩开|拉开)|(落后于?|低于|不及))\s*+(?:第[一二三四五六七八九十\d]+名|次席|亚军|老二|榜二)?\s*+的?\s*+$")
_SECOND_NAMED = re.compile(r"[\s\-*>·•]*+(?:仍|继续|则|并|且)?\s*+领先(?:第二名|第2名|次席|亚军)")
_COMPANY_PLACE_AFTER = re.compile(r"\s*+(?:大)?\s*+(?:的)?\s*+(?:厂商|公司|企业|玩家|模型厂商)")
COMPANY_PLACE_BEFORE = re.compile(r"(?:厂商|公司)(?:榜|排名|排行|中)?\s*+(?:的)?\s*+$")
"""仍居厂商第一, 厂商榜第6: a place among the companies, said before it."""
_WHOLE_TOP = re.compile(r"(?<!占)(?<!占据)(?<!占到)" + TOP_NUMBER + r"\s*+(?:名\s*+)?(?:整体|总体|总量|合计|总计|全体)")
"""前十整体约23.6%的增速: the whole top N, not a group named before it."""
_PART_OF = re.compile(r"(?:占|占据|占到)\s*+$")


def _part_of(part: Figure | None, whole: Figure | None) -> Figure | None:
    """A part as a percentage of its whole, with the step its rounding allows."""
    if part is None or whole is None or not whole.value:
        return None
    return Figure(100 * part.value / whole.value, 100 * (part.step + whole.step) / whole.value)


class DerivedRules(PlaceRules):
    """Rules for gaps, ratios, sums and shares between rows."""

    def country_near(self, claim: Claim) -> tuple[str, str] | None:
        """The country group a count is of, and its code: after it (五家中国公司, 均为美国公司模型), right
        before it (海外五家, 国产四席), or named earlier in its sentence (中国模型占据六席，上周为五席)."""
        after = _BEING.match(self.text, claim.end) or _MADE_BY.match(self.text, claim.end)
        found = COUNTRY_GROUP.match(self.text, after.end() if after else claim.end)
        if found is None:
            found = _COUNTRY_BEFORE.search(self.text, self.s.start, claim.start)
        if found is None:
            start = self._semicolon_start(claim)
            groups = [*COUNTRY_GROUP.finditer(self.text, start, claim.start),
                      *_COUNTRY_COUNTED.finditer(self.text, start, claim.start)]
            earlier = max(groups, key=lambda m: m.start(), default=None)  # 海外五家合计66.7%, 国产两款模型合计…
            # Only with no one else named in between (中国模型占据六席，上周为五席; the group's own members
            # may be listed: 中国模型三席（Kimi K2.5、…），…上周四席), and not a part of the group
            # (中国公司占据五席，其中三家…).
            code = COUNTRY_OF[earlier.group(1)] if earlier is not None else ""
            between = [m for m in self.mentions if earlier is not None and earlier.end() <= m.start < claim.start]
            if earlier is not None and all(self._in_country(m.entity.id, code) for m in between) \
                    and not _PART_OF_GROUP.search(self.text, earlier.end(), claim.start) \
                    and not _WHOLE_TOP.search(self.text, earlier.end(), claim.start):
                found = earlier
        if found is None:
            return None
        word = next(g for g in found.groups() if g)
        return re.sub(r"\s*+(?:仅余|仅剩|只剩|仅有|只有|仅|占据?了?|有)$", "", found.group()), COUNTRY_OF[word]

    def _semicolon_start(self, claim: Claim) -> int:
        """Where a group named before a figure may stand: its sentence, or the one before when a
        semicolon joins them and this one names no one before the figure (中国模型占据六席，上周为五席；
        合计调用量约9.86T)."""
        before = self.joined_before()
        if before is None and self.s.index > 0 and not self.mentions and not self.board_here \
                and not any(c.kind in ("top", "count") and self.s.start <= c.start < claim.start for c in self.claims):
            # 中国模型…合计约9.86T…。占比由59.1%升至73.2%。: a sentence naming no one and no board goes
            # on about the group of the sentence before it on its line.
            previous = self.p.sentences[self.s.index - 1]
            while previous.index > 0 and self.text[previous.start - 1 : previous.start] in ("；", ";"):
                previous = self.p.sentences[previous.index - 1]  # back to the start of its semicolon chain
            before = previous if previous.line == self.s.line else None
        if before is None or any(self.s.start <= m.start < claim.start for m in self.mentions):
            return self.s.start
        return before.start

    def brand_near(self, claim: Claim) -> str | None:
        """The brand a count or sum is of: right after the count (两款Claude) or earlier in the
        sentence with no name in between (三款Claude合计1799B)."""
        pattern = self.c.brands
        if pattern is None:
            return None
        covered = [(m.start, m.end) for m in self.mentions]
        found = [m for m in pattern.finditer(self.text, self.s.start, self.s.end)
                 if m.start() <= claim.end + 2 and not any(a <= m.start() < b for a, b in covered)]
        after = next((m for m in found if claim.end <= m.start() <= claim.end + 2), None)
        if after is not None:
            return after.group(1)
        before = [m for m in found if m.end() <= claim.start]
        if before and not any(before[-1].end() <= a < claim.start for a, _ in covered):
            return before[-1].group(1)
        return None

    def country_group(self, claim: Claim, board: str) -> tuple[str, str, list[str] | None] | None:
        """The group of rows a country word names next to the claim or before it in its sentence
        (五家中国公司, 国产模型合计…): its words, its country, and the rows' entities (None: a company
        in scope has no country on record)."""
        near = self.country_near(claim)
        if near is None:
            return None
        return near[0], near[1], self.c.country_rows(board, near[1], self._limit_for(board, claim))

    def _in_country(self, entity_id: str, code: str) -> bool:
        """The row's company (a model's maker, or the company itself) is of the country code (!CN: not China)."""
        company = self.c.entities.by_id.get(self._company_of(entity_id))
        country = company.country if company is not None else None
        return country is not None and (country != code[1:] if code.startswith("!") else country == code)

    def _company_of(self, entity_id: str) -> str:
        entity = self.c.entities.by_id.get(entity_id)
        return (entity.maker if entity and entity.maker else None) or entity_id

    def verify_company(self, claim: Claim, role: str, company: Entity, board: str) -> Outcome:
        """A company's models on a board: how many are listed (四席, 两款), whether they hold the top
        places (包揽前三), their places (分别排在第1和第5), and what they add up to (合计1601B)."""
        week = 1 if role == "prev" else 0
        size = self._limit_listed(board)
        members = self.c.members(company.id, board)
        ranks = sorted(int(v.value) for f in members if (v := f.prev if week else f.now) is not None and v.value <= size)
        fact_id = f"{board}/company/{company.id}"
        sentence = self.text[self.s.start : self.s.end]
        top = _TOP_IN.search(sentence)
        limit = top_count(top, size)
        within = [r for r in ranks if r <= limit]
        label = self.c.boards[board].label
        holds = f"{company.name_zh or company.name}在{label}前{size}中有{len(ranks)}席（第{'、'.join(map(str, ranks)) or '—'}名）"
        if claim.kind == "count" and role == "change":
            # 较上周少一席: the seats gained or lost since last week.
            counts = [len([f for f in members if (v := (f.prev if w else f.now)) is not None and v.value <= limit]) for w in (0, 1)]
            went = self.count_change(claim)
            if abs(counts[0] - counts[1]) == int(claim.values[0].value) and \
                    (went is None or (went == "up") == (counts[0] > counts[1])):
                return Outcome(True, [f"{fact_id}/change"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{company.name_zh or company.name}在{label}前{limit}中"
                                           f"由上周{counts[1]}席变为{counts[0]}席，与{claim.quote}不符", None))
        if claim.kind == "count":
            allowed = {len(within), len(ranks)}
            clause_end = next((e for s_, e in self.s.clauses if s_ <= claim.start <= e), self.s.end)
            places = [(int(f.prev.value), int(f.now.value)) for f in members if f.prev is not None and f.now is not None]
            if _SWAPPED_AFTER.search(self.text, claim.end, clause_end) and \
                    any((b, a) in places for a, b in places if a != b):
                allowed.add(2)  # xAI旗下两款模型上下易位: two of its rows traded places
            if LEFT_LIST.search(self.text, claim.end, clause_end):
                # OpenAI的两款模型双双跌出前十: its rows listed last week and gone this week.
                allowed.add(len([f for f in members if f.prev is not None and f.prev.value <= size
                                 and (f.now is None or f.now.value > size)]))
            if OTHER_BEFORE.search(self.text[max(self.s.start, claim.start - 3) : claim.start]):
                # Google的另外三款模型: its seats but the ones already named on the line.
                named = {m.entity.id for m in self.line_mentions if m.end <= claim.start} & {f.entity for f in members}
                allowed = {n - len(named or {None}) for n in allowed}
            if int(claim.values[0].value) in allowed:
                return Outcome(True, [fact_id])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{holds}，不是{claim.quote}", None))
        if claim.kind in ("top", "out"):
            n = int(claim.values[0].value)
            verb = top_verb(self._verb_window(claim))
            if _SWEEP.search(self.text[max(self.s.start, claim.start - 4) : claim.start]):
                held = ranks[:n] == list(range(1, n + 1))
            elif _ALL_IN.search(self.text, max(self.s.start, claim.start - 8), claim.start):
                held = bool(ranks) and all(r <= n for r in ranks)  # 三款模型均在前十: every one of them
            elif verb == "exit":
                # 双双跌出前五: in the top N last week, none of them now.
                before = [int(v.value) for f in members if (v := f.prev) is not None]
                held = any(r <= n for r in before) and not any(r <= n for r in ranks)
            elif claim.kind == "out" or _NONE_IN.search(sentence) or self.denies_place(claim):
                held = not any(r <= n for r in ranks)
            else:
                held = any(r <= n for r in ranks)
            if held:
                return Outcome(True, [fact_id])
            return Outcome(False, problem=(ProblemKind.top_n, f"{holds}，与{claim.quote}不符", None))
        if claim.kind == "rank":
            if int(claim.values[0].value) in ranks:
                return Outcome(True, [fact_id])
            if _COMPANY_PLACE_AFTER.match(self.text, claim.end) or COMPANY_PLACE_BEFORE.search(self.text, max(self.s.start, claim.start - 6), claim.start):
                # 仍为第一大厂商, 仍居厂商第一: the place of the company's total among the companies'.
                totals = self._company_totals(board, week)
                order = sorted(totals, key=lambda c: -totals[c])
                if company.id in order and order.index(company.id) + 1 == int(claim.values[0].value):
                    return Outcome(True, [f"{fact_id}/total"])
            return Outcome(False, problem=(ProblemKind.wrong_entity, f"{holds}，没有{claim.quote}", None))
        if claim.kind == "first":
            if 1 in ranks:
                return Outcome(True, [fact_id])
            totals = self._company_totals(board, week)
            if totals and max(totals, key=lambda c: totals[c]) == company.id:
                return Outcome(True, [f"{fact_id}/total"])  # Google三款模型合计…居首: the largest company total
            return Outcome(False, problem=(ProblemKind.top_n, f"{holds}，没有第一名", None))
        listed = [f.entity for f in members if f.entity]
        said = self._said_count(company)
        current = [f.entity for f in members if f.entity and f.now is not None]
        related = self.verify_relation(claim, role, extra=listed if said is None or said == len(current) else [])
        if related is not None:
            return related
        own = self.value_of(board, company.id, "tokens", week) if claim.kind == "amount" else None
        if own is not None and is_within(own, Figure(abs(claim.values[0].value), claim.values[0].step), None):
            return Outcome(True, [f"{fact_id}/tokens"])  # Anthropic两款模型（1044B）: its models' sum
        if self.part_holds(claim, week, company.id, board):
            return Outcome(True, [f"{fact_id}/share"])
        changed = self._company_change(claim, company, board)
        if changed is not None and changed[0]:
            return Outcome(True, [f"{fact_id}/change"])
        if changed is not None and self.direction(claim) is not None:
            source = Source(fact=f"{fact_id}/change", entity=company.name_zh or company.name, metric="在榜模型合计调用量（上周→本周）",
                            value=changed[1], board=label)
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: the sum of {company.name}'s listed models "
                                           f"went {changed[1]} since last week", source))
        return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: {company.name} is not on {label}; the checker cannot tell which of its models this is", None))

    def verify_average(self, claim: Claim, role: str) -> Outcome | None:
        """平均分1471.1，比上周高0.9分; 九个组合平均速度约658 tok/s: the mean of the listed rows' values
        (of the top N the sentence names), this week, last week, or its change between them."""
        column = _AVERAGE_COLUMNS.get(claim.kind)
        before = self.text[max(self.clause_start(claim), claim.start - 8) : claim.start]
        if not claim.values or column is None or not self._averaged(claim) or _NOT_MEAN.search(before):
            return None  # 比前十平均分高28.1分, 榜首高出28分, 最高分1490分: not the mean itself
        if claim.kind == "plain":
            # 九组均值651.3 under a heading of speeds: a bare number is of the metric it is read as.
            column = list(dict.fromkeys([m.value for m in metric_order(self.metrics_for(claim)) if m.value in RELATION_COLUMNS] + column))
        board = self._the_board(claim)
        if board is None:
            return None
        weeks = self.c.relations.snapshots.get(board, [])
        limit = self._averaged_rows(board, claim)
        median = _MEDIAN.search(self.text, self.clause_start(claim), claim.start) is not None
        means: list[Figure | None] = []
        for week in range(min(2, len(weeks))):
            columns = [c for c in column if self.c.relations.listed_values(board, c, week)]
            cells = [getattr(e.row, columns[0], None) for e in weeks[week].entries
                     if columns and e.row.rank and e.row.rank <= limit and e.entity != OTHERS_ID]
            values = sorted((c for c in cells if c is not None), key=lambda c: c.value)
            middle = (values[(len(values) - 1) // 2].value + values[len(values) // 2].value) / 2 if values else 0.0
            means.append(None if not values else Figure(middle, values[0].step) if median
                         else Figure(sum(c.value for c in values) / len(values), max(c.step for c in values)))
        means += [None] * (2 - len(means))
        now, prev = means
        if now is None and prev is None:
            return None  # 调用量平均增长5.2%: no column of this board to average
        written = Figure(abs(claim.values[0].value), claim.values[0].step)
        bound = self.bound_near(claim)
        if role == "change":
            went = self.direction(claim) or _went_by_sign(claim.quote)
            held = now is not None and prev is not None and (went is None or (went == "up") == (now.value > prev.value)) \
                and near_bound(Figure(abs(now.value - prev.value), 0.0), written, bound)
        else:
            mean = prev if role == "prev" else now
            held = mean is not None and near_bound(Figure(mean.value, 0.0), written, bound)
        if held:
            return Outcome(True, [f"{board}/{'median' if median else 'mean'}"])
        said = "、".join(f"{w}{m.value:.2f}" for w, m in (("本周", now), ("上周", prev)) if m is not None)
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: the {'median' if median else 'mean'} of "
                                       f"{self.c.boards[board].label}前{limit} is {said}", None))

    def _averaged_rows(self, board: str, claim: Claim) -> int:
        """How many of the top rows a mean or median is over: the last top N or count of rows
        written before it in the sentence (前四名高于均值 after it is no scope), else the whole list."""
        window = self.text[self.s.start : claim.start]
        scopes = [*TOP_N.finditer(window), *_ROWS_COUNTED.finditer(window)]
        return top_count(max(scopes, key=lambda m: m.start(), default=None), self._limit_listed(board))

    def _averaged(self, claim: Claim) -> bool:
        """平均 in the figure's clause, or in the clause of the figure just before it with no name
        between them (平均得分86.61%，较上周的86.18%提高约0.4个百分点)."""
        if _AVERAGE.search(self.text, self.clause_start(claim), claim.start):
            return True
        earlier = self.claim_before(claim)
        if earlier is None:
            return False
        named = any(earlier.end <= m.start < claim.start for m in self.mentions)
        compared = _MEAN_CARRIED.search(self.text, self.clause_start(claim), claim.start) is not None
        return not named and compared and self._averaged(earlier)

    def verify_leader_share(self, claim: Claim, role: str) -> Outcome | None:
        """榜首份额由上周的17.9%降至15.5%，下降2.4个百分点 on a board without shares: the first place's
        part of the listed total, whichever row holds it each week."""
        if claim.kind not in ("percent", "points") or not claim.values or \
                not _LEADER_SHARE.search(self.text, self.s.start, claim.start):
            return None
        board = self._the_board(claim)
        if board is None or self.c.relations.totals(board, "share", 0):
            return None
        parts = self._listed_parts(board, lambda week: self.c.relations.at_rank(board, "tokens", week, rank=1))
        written = Figure(abs(claim.values[0].value), claim.values[0].step)
        bound = self.bound_near(claim)
        now, prev = parts
        if claim.kind == "points":
            held = self._part_change_holds(claim, parts, written, bound, direction_needed=False)
        else:
            part = prev if role == "prev" else now
            held = part is not None and near_bound(part, written, bound)
        return Outcome(True, [f"{board}/first/share"]) if held else None

    def _lead_pair(self, claim: Claim, named: list[Mention]) -> tuple[str, str, bool] | None:
        """For A…领先(第二名)B…N or A落后于B…N in the figure's clause: A, B, and whether A is ahead."""
        start = self.clause_start(claim)
        for m in reversed([m for m in named if start <= m.start < claim.start]):
            verb = _LEAD_BEFORE_NAME.search(self.text, self.s.start, m.start)
            if verb is None or verb.start() < start:
                continue
            # The nearest name before the verb that is no object leads (A…；与B的差距…，领先第4名C仅3B: A, not B).
            before = self.joined_before()
            scopes = [(self.s.start, verb.start())] + ([(before.start, before.end)] if before else [])
            subject = next((n.entity.id for a, b in scopes for n in reversed(named) if a <= n.start < b and n.entity.id != m.entity.id
                            and not _AS_OBJECT.search(self.text, max(a, n.start - 4), n.start)), None)
            return (subject, m.entity.id, verb.group(1) is not None) if subject else None
        return None

    def _company_totals(self, board: str, week: int, column: str = "tokens", limit: int | None = None) -> dict[str, float]:
        """The listed rows' tokens (or another column) added up by company, in a week, of the top
        `limit` rows where one is given (for boards of models)."""
        weeks = self.c.relations.snapshots.get(board, [])
        totals: dict[str, float] = defaultdict(float)
        if week < len(weeks):
            for entry in weeks[week].entries:
                cell = getattr(entry.row, column, None)
                if cell is not None and entry.row.rank is not None and (limit is None or entry.row.rank <= limit):
                    totals[self._company_of(entry.entity)] += cell.value
        return dict(totals)

    def _listed_parts(self, board: str, value_at: Callable[[int], Figure | None]) -> list[Figure | None]:
        """A row's (or a company's rows') part of the board's listed total, this week and last."""
        parts = []
        for week in (0, 1):
            totals = self.c.relations.totals(board, "tokens", week)
            parts.append(_part_of(value_at(week), totals[0].figure if totals else None))
        return parts

    def _part_change_holds(self, claim: Claim, parts: list[Figure | None], written: Figure, bound: str | None,
                           direction_needed: bool) -> bool:
        """A change in points of a part between last week and this, in the direction the words give."""
        now, prev = parts
        went = self.direction(claim) or _went_by_sign(claim.quote)  # 占前九65.5%（+12.1个百分点）: the sign says which way
        if now is None or prev is None or went is None and direction_needed or \
                went is not None and (went == "up") != (now.value > prev.value):
            return False
        return near_bound(Figure(abs(now.value - prev.value), now.step + prev.step), written, bound)

    def part_holds(self, claim: Claim, week: int, entity: str, board: str) -> bool:
        """On a board without shares, a row's share (or a company's, of its models) is its part of
        the listed total: Google以四款模型合计约852B（20.2%）, 接近前九总量的三分之二, 较上周的53.4%
        (last week's), and 提升12.1个百分点 (the change of that part, in the direction the words give)."""
        fraction = claim.kind == "multiple" and claim.unit_word == "fraction"
        if not (claim.kind in ("percent", "points") or fraction) or self.c.relations.totals(board, "share", week):
            return False
        parts = self._listed_parts(board, lambda w: self.value_of(board, entity, "tokens", w))
        written = Figure(abs(claim.values[0].value) * (100 if fraction else 1), claim.values[0].step * (100 if fraction else 1))
        bound = self.bound_near(claim)
        if claim.kind == "points":
            return self._part_change_holds(claim, parts, written, bound, direction_needed=True)
        if fraction and not written.step:
            written = Figure(written.value, 0.1 * written.value)  # 三分之二 is a rough part, as 六成 is
        weeks = [week] + ([1] if week == 0 and LAST_WEEK.search(self.text, self.clause_start(claim), claim.start) else [])
        return any((part := parts[w]) is not None and near_bound(part, written, bound) for w in weeks)

    def _company_change(self, claim: Claim, company: Entity, board: str) -> tuple[bool, str] | None:
        """Google合计增加约45B，增幅约5%: whether the change since last week of the sum of a company's
        listed rows on a board of models holds, in amount or percent and in the direction the words
        give, and what the data says; None where the data has no such sums."""
        now, prev = (self.value_of(board, company.id, "tokens", week) for week in (0, 1))
        if claim.kind not in ("amount", "percent") or now is None or prev is None or not prev.value:
            return None
        went = self.direction(claim) or _went_by_sign(claim.quote)  # 环比-32.3%: the sign says which way
        written = Figure(abs(claim.values[0].value), claim.values[0].step)
        if claim.kind == "amount":
            change = Figure(abs(now.value - prev.value), now.step + prev.step)
        else:
            change = Figure(abs(100 * (now.value / prev.value - 1)), 100 * (now.step + prev.step) / prev.value)
        held = (went is None or (went == "up") == (now.value > prev.value)) and near_bound(change, written, self.bound_near(claim))
        return held, f"{format_tokens(prev.value)}→{format_tokens(now.value)}（{100 * (now.value / prev.value - 1):+.1f}%）"

    def verify_group(self, claim: Claim, role: str) -> Outcome | None:
        """A group's total, last week's total and the change between them, where the sentence adds
        up (前十合计4064B，较上周4384.2B减320.2B，-7.3%; 前三…合计3126B，份额53.4%，较上周54.7%降1.3个百分点):
        the names listed before the sum, else a country's rows (中国模型…合计份额由18.2%升至21.0%),
        else the top N the sentence names, else the whole board. On a board without shares, a
        group's share is its part of the board's total."""
        sentence_before = self.text[self.s.start : claim.start]
        if not claim.values or not (_RELATION_WORDS["sum"].search(sentence_before)
                                    or self.country_near(claim) and _RELATION_WORDS["sum"].search(self.text, self._semicolon_start(claim), claim.start)):
            return None
        said = list(_RELATION_WORDS["sum"].finditer(sentence_before))
        if said and not self.country_near(claim) and any(self.s.start + said[-1].end() <= m.start < self.clause_start(claim)
                                                         and m.entity.id != OTHERS_ID and self._is_subject(m.entity, None) for m in self.mentions):
            return None  # 十家公司连同长尾合计5.86万亿，Google以24.0%领跑，却比上周多了2个百分点: Google is the subject now
        board = self.board_at(claim.start)
        named = [m.entity for m in self.mentions if m.start < claim.start and m.start not in self.aside
                 and self._is_subject(m.entity, None)]
        # OpenAI占三席：GPT-5.2、gpt-oss-120b、GPT-5.2-Codex，合计2044B: the models are the group, not their maker.
        names = list(dict.fromkeys(e.id for e in without_owners(named)))
        boards = self._boards_of_group(board, names) or list(self.c.boards)
        span = _PLACES_SUMMED.search(self.text, self.clause_start(claim), claim.start)
        span_board = self._the_board(claim) if span is not None else None
        if span is not None and span_board is not None:
            # 第4至第7名合计份额（12.4%）: the rows at those places, this week (last week's for a figure of last week).
            low, high = (int(g) if g.isdigit() else cn_to_int(g) or 0 for g in span.groups())
            week = 1 if role == "prev" else 0
            snapshots = self.c.relations.snapshots.get(span_board, [])
            rows = snapshots[week].entries if week < len(snapshots) else []
            names = [e.entity for e in rows if e.row.rank and low <= e.row.rank <= high]
            boards = [span_board]
        elif _TOP_SUM.search(self.text, self.clause_start(claim), claim.start):
            names = []  # A、B和C分列…，前四家合计63.6%: the top four, whoever the sentence named
        elif len(names) > 2 and _THE_TWO.search(self.text, self.clause_start(claim), claim.start) and (pair := self._joined_pair(claim)):
            names = pair  # A与B合计358B，已反超C，而上周两者合计仅340B: the two joined before
        figure = Figure(abs(claim.values[0].value), claim.values[0].step)
        bound = self.bound_near(claim)
        went = self.direction(claim) or _went_by_sign(claim.quote) or _went_by_noun(sentence_before) or \
            _went_by_noun_after(self.text[claim.end : claim.end + 6]) or self._restated_direction(claim)
        for board_id in boards:
            for column, (now, prev) in self._group_values(claim, board_id, names).items():
                amount = column in ("tokens", "requests")
                candidates: list[Figure] = []
                if claim.kind == "amount" and amount or claim.kind == "percent" and not amount:
                    candidates += [f for f in ((prev,) if role == "prev" else (now,)) if f is not None]
                if now is not None and prev is not None and went is not None and \
                        (went, now.value < prev.value) not in (("up", True), ("down", False)):
                    # 较上周减少约1740亿 for a total that grew: the words contradict the data.
                    if claim.kind == "amount" and amount or claim.kind == "points" and not amount:
                        candidates.append(Figure(abs(now.value - prev.value), now.step + prev.step))
                    if claim.kind == "percent" and amount and prev.value:
                        candidates.append(Figure(abs(100 * (now.value / prev.value - 1)), 100 * (now.step + prev.step) / prev.value))
                    if claim.kind == "multiple" and claim.unit_word == "fraction" and amount and prev.value and \
                            fraction_holds(abs(now.value / prev.value - 1), figure.value, bound):
                        return Outcome(True, [f"relation/{board_id}/{column}/group-change"])  # 比上周多了约四分之一
                if any(near_bound(c, figure, bound) for c in candidates):
                    return Outcome(True, [f"relation/{board_id}/{column}/group"])
        return None

    def _boards_of_group(self, board: str | None, names: list[str], entities: list[Entity] | None = None,
                         opening: Entity | None = None) -> list[str]:
        """The boards a figure about named rows is read on: the sentence's board, unless the rows
        named (their makers aside) have none there (OpenAI在调用量前十占三席：GPT-5.2、…，合计2044B
        is read on the models' board, not the companies'), or unless the board was only carried from
        an earlier sentence and the model the sentence opens on (`opening`) is not on it
        (…小米跌出公司市占率前十。Claude Sonnet 4.5…领先第二名185B)."""
        if board is not None and opening is not None and opening.kind is EntityKind.model \
                and board not in self.c.boards_of.get(opening.id, []) and self.c.boards_of.get(opening.id):
            return list(self.c.boards_of[opening.id])
        rows = {e.id for e in without_owners(entities)} if entities else set(names)
        theirs = list(dict.fromkeys(b for e in names if e in rows for b in self.c.boards_of.get(e, [])))
        if board is None:
            return list(dict.fromkeys(b for e in names for b in self.c.boards_of.get(e, [])))
        # Companies off a board of models are their models added up there (小米、DeepSeek各一款，合计843B).
        companies = any(self.c.entities.by_id[e].kind is EntityKind.company for e in rows if e in self.c.entities.by_id)
        if len(rows) >= 2 and theirs and not companies and not any(board in self.c.boards_of.get(e, []) for e in rows):
            return theirs
        return [board]

    def _restated_direction(self, claim: Claim) -> str | None:
        """涨了两成多（约23.5%）: a figure in a bracket right after another restates it, direction and all."""
        opened = self.bracket_start(claim)
        earlier = self.claim_before(claim)
        if opened is None or earlier is None or not re.fullmatch(r"[多余]?\s*+[（(]", self.text[earlier.end : opened]):
            return None
        return self.direction(earlier)

    def _group_values(self, claim: Claim, board: str, names: list[str]) -> dict[str, tuple[Figure | None, Figure | None]]:
        """The group the sentence adds up, this week and last: its total per column, and its share of
        the board's total where the board has no share column."""
        relations = self.c.relations
        country = self.country_group(claim, board)
        if country is not None and len(names) >= 2 and not all(self._in_country(e, country[1]) for e in names):
            country = None  # the names are the group, not a country's rows
        if country is not None:
            names = []  # 中国模型三席（Kimi K2.5、…），…上周四席合计: the country's rows in each week
        brand = None if len(names) >= 2 or country else self.brand_near(claim)
        # Grok 4.1 Fast系列本周约1.78T: the family's rows added up.
        family = next(([m.entity.id, *(e.id for e in self._family(m, board))] for m in self.mentions
                       if m.start < claim.start and self._family(m, board)), None)
        if family and len(names) < 2:
            names = family
        moved = self._movers_group(claim, board) if len(names) < 2 and not country and not brand else None
        # 两个Qwen3 32B托管条目合计130.0M次, Groq四个组合合计155.4M次: one name standing for several rows.
        several = self._several_rows(claim, board) if len(names) < 2 and not country and not brand and not family and moved is None else None
        # Google四款模型合计7114亿，占比21.1%: a company off a board of models is its models there.
        known = self.c.entities.by_id.get(names[0]) if len(names) == 1 and not family else None
        company = names[0] if known is not None and known.kind is EntityKind.company and board not in self.c.boards_of.get(names[0], []) else None
        found: dict[str, tuple[Figure | None, Figure | None]] = {}
        for column in ("tokens", "share", "requests"):
            pair: list[Figure | None] = []
            whole: list[Figure | None] = []
            group_n, whole_n = self._group_tops(claim)
            for week in (0, 1):
                totals = relations.totals(board, column, week, self._totals_named())
                tops = {d.how: d.figure for d in totals}
                whole.append(tops.get(f"{board}/top{whole_n}") or (totals[0].figure if totals else None))
                members = names if len(names) >= 2 else (
                    self.c.country_rows(board, country[1], self._limit_for(board, claim), week) if country else
                    self.c.brand_rows(board, brand, self._limit_for(board, claim), week) if brand else
                    (moved[week] if moved is not None else None))
                if several is not None:
                    rows = relations.rows_of(board, several, column, week)
                    pair.append(total(rows) if len(rows) >= 2 else None)
                elif company is not None:
                    pair.append(self.value_of(board, company, column, week))
                elif members is not None:
                    values = [relations.value(board, e, column, week) for e in members]
                    pair.append(total([v for v in values if v]) if members and all(values) else None)
                elif totals and self._totals_named():
                    pair.append(tops.get(f"{board}/top{group_n}") or totals[-1].figure)
                else:
                    # 调用量合计5470B，较上周的5333B增加137B: the whole board, Others included.
                    pair.append(totals[0].figure if totals and not names else None)
            if all(f is None for f in pair):
                continue
            found[column] = (pair[0], pair[1])
            if column in ("tokens", "requests") and "share" not in found and not relations.totals(board, "share", 0):
                now, prev = (_part_of(part, total) for part, total in zip(pair, whole))
                found["share"] = (now, prev)
        return found

    def _joined_pair(self, claim: Claim) -> list[str] | None:
        """The last two names of the sentence before the claim joined by 与/和/及 (their makers aside)."""
        before = [m for m in self.mentions if self.s.start <= m.start < claim.start and m.start not in self.aside
                  and m.entity.kind is not EntityKind.company]
        for a, b in reversed(list(zip(before, before[1:]))):
            if NAME_JOIN.fullmatch(self.text, a.end, b.start) and a.entity.id != b.entity.id:
                return [a.entity.id, b.entity.id]
        return None

    def _several_rows(self, claim: Claim, board: str) -> str | None:
        """The name right before a sum in its sentence, where the board lists it more than once (a
        model on two providers) or it is the provider of several rows."""
        named = next((m for m in reversed(self.mentions) if self.s.start <= m.start < claim.start and m.start not in self.aside), None)
        weeks = self.c.relations.snapshots.get(board, [])
        if named is None or not weeks or sum(named.entity.id in (e.entity, e.qualifier) for e in weeks[0].entries) < 2:
            return None
        return named.entity.id

    def _movers_group(self, claim: Claim, board: str) -> list[list[str]] | None:
        """The rows a sum speaks of when they are the week's newcomers (两款新上榜模型合计94B: this
        week's values) or the rows that left (跌出的两款模型上周的105B: last week's): per week, the
        rows to add (an empty list where they have no values)."""
        came = NEWCOMERS.search(self.text, self.s.start, claim.start)
        left = LEAVERS.search(self.text, self.s.start, claim.start)
        if came is None and left is None:
            return None
        entered, exited = self.c.entries_exits(board, self._limit(board))
        if left is not None and (came is None or left.start() > came.start()):
            return [[], exited]
        return [entered, []]

    def verify_then_ratio(self, claim: Claim, subjects: list[Entity]) -> Outcome | None:
        """它曾以1.45T独占鳌头，如今已不到当时的三成: this week's value as a part of the amount the
        sentence gave for an earlier time, and no other reading."""
        then = _THEN_BASE.search(self.text, max(self.s.start, claim.start - 10), claim.start)
        if then is None or not claim.values or claim.kind not in ("percent", "multiple"):
            return None
        # The amount of that time is one the sentence wrote before 当时 (登顶时的623.15B…还差245.14B).
        bases = [c for c in reversed(self.claims) if c.end <= then.start() and c.kind == "amount" and c.values and c.values[0].value]
        board = self._the_board(claim)
        if not bases or board is None:
            return None
        parts = [v for e in subjects if (v := self.value_of(board, e.id, "tokens", 0)) is not None]
        written = claim.values[0].value / (100 if claim.kind == "percent" else 1)
        side = bound_of(self.text[max(self.s.start, claim.start - 6) : claim.start], "")
        for base in bases:
            for part in parts:
                actual = part.value / base.values[0].value
                if fraction_holds(actual, written, side) if claim.kind == "multiple" or claim.unit_word else \
                        near_bound(Figure(100 * actual, 0.0), claim.values[0], side):
                    return Outcome(True, [f"arithmetic/{board}/then"])
        if not parts:
            return None
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: {format_tokens(parts[0].value)} is "
                                       f"{100 * parts[0].value / bases[0].values[0].value:.1f}% of {bases[0].quote}", None))

    def verify_relation(self, claim: Claim, role: str, extra: list[str] | None = None) -> Outcome | None:
        """A value derived from the rows of the entities the line names, where its words say how:
        a sum (合计, 共), a gap (领先, 差距, 仅差), a ratio (是…的N倍), a share of a total (占前十…),
        or a value of an earlier week (4月11日…, 此前, 一度)."""
        relations = self.c.relations
        if not claim.values or claim.kind not in _RELATION_KINDS:
            return None
        start = max(self.s.start, self.clause_start(claim) - 12, claim.start - 40)
        before = self.text[start : claim.start]
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        after = self.text[claim.end : min(claim.end + 8, clause_end)]
        around = before + " " + after
        # Words that end right before the figure (差, 共) are looked for in `before` alone; a week word
        # that describes a name (超过此前连续三周领先的X（294B）) dates nothing.
        dated = self._undescribed(start, claim.start) + " " + after
        words = {kind for kind, pattern in _RELATION_WORDS.items()
                 if (pattern.search(dated) if kind == "history" else pattern.search(around) or pattern.search(before))}
        if self.asked_gap(claim):
            words.add("gap")  # 两家差多少？两百二十多亿
        header = self.p.header_at(claim.start)
        if header is not None:
            # | 与上一名差距 |, | 合计 |: a table cell takes the relation its column's header names.
            words |= {kind for kind, pattern in _RELATION_WORDS.items() if kind != "ratio" and pattern.search(header)}
        if claim.kind == "multiple" and "share" in words and not _RELATION_WORDS["share"].search(self.text[self.clause_start(claim) : claim.start] + " " + after):
            words.discard("share")  # 占三席，合计2446B，约为…的一半: 占 belongs to an earlier clause
        if self.s.start < claim.start and any(c.kind == "date" and c.end <= claim.start for c in self.claims) or \
                (headed := self.header_week(claim)) is not None and headed < self.c.facts.week:
            words.add("history")
        if not words:
            return None
        figure = Figure(abs(claim.values[0].value), claim.values[0].step)
        bound = bound_of(before[-16:], after[:2])
        if claim.kind == "multiple" and claim.unit_word == "fraction" and self._restates(claim, bound):
            return Outcome(True, [f"restates/{self.claims[self.claims.index(claim) - 1].quote}"])
        metrics = (self.metric_words(claim) | self._written_metric(claim)) if claim.kind == "multiple" else self.metrics_for(claim)
        columns: list[str] = [m.value for m in metric_order(metrics) if m.value in RELATION_COLUMNS]
        if claim.kind == "percent" and "share" in words and self._stated_totals(claim):
            # 按前十合计4243B计，其份额约11.6%: a share worked out from the amounts.
            columns += [c for c in ("tokens", "requests") if c not in columns]
        if claim.kind == "multiple" and (written := self._pronoun_pair(claim)) is not None:
            # 1.7B和0.6B两个尺寸，前者参数量约为后者的2.8倍: the two figures the sentence wrote.
            target = claim.values[0].value if claim.values[0].value >= 1 else 1 / claim.values[0].value
            ratio = written[0].value / written[1].value if written[1].value else 0
            if abs(ratio - target) <= (0.06 if ESTIMATE.search(before) else 0.03) * target + 0.05:
                return Outcome(True, ["arithmetic/written"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: the two figures written before it make {ratio:.2f}倍", None))
        if "gap" in words and (_THE_TWO.search(before) or claim.kind != "percent"  # two percentages differ in points
                               and _GAP_OF_WRITTEN.fullmatch(self.text, self.clause_start(claim), claim.start)
                               and not any(self.clause_start(claim) <= m.start < claim.start for m in self.mentions)):
            # A（920 tok/s）…B为875 tok/s，两者相差45 tok/s; 谷歌三款合计约1.72万亿，国产三款合计约1.71万亿，
            # 只差100亿: the difference of the two figures just written.
            two = [c.values[0] for c in self.claims if c.kind == claim.kind and c.values and c.end <= claim.start][-2:]
            if len(two) == 2 and near_bound(Figure(abs(two[0].value - two[1].value), two[0].step + two[1].step), figure, bound):
                return Outcome(True, ["arithmetic/written"])
        of = claim.kind == "percent" and _OF_BEFORE.search(before) is not None
        if of and any(self._percent_holds(claim, before, a, b) for a, b in self._written_pairs(claim)):
            return Outcome(True, ["arithmetic/written"])  # 单周增量99B，约占前十总增量152B的65%
        named = [m for m in self.line_mentions
                 if m.start < self.s.end and self._is_subject(m.entity, None) and m.start not in self.aside]
        names = list(dict.fromkeys([*(m.entity.id for m in named), *(extra or [])]))
        board = self._the_board(claim)
        opening = next((m.entity for m in named if self.s.start <= m.start < claim.start), None)
        boards = self._boards_of_group(board, names or self._named_before(claim, named), [m.entity for m in named],
                                       opening if not self.board_context(claim.start)[1] else None)
        if not boards and any(c.kind in ("rank", "first") and c.values and self.is_place(c) for c in self.claims):
            boards = list(self.c.boards)  # 榜首领先第2约166B, naming no board: the places of any board that holds them
        # 上周Sonnet 4.5还比Opus 4.6多103B: a gap the clause places in last week.
        # 与上周几乎持平的DeepSeek V3.2拉开约70B: 上周 inside a phrase that describes a name is no frame.
        last_week = "gap" in words and bool(LAST_WEEK.search(self._undescribed(self.clause_start(claim), claim.start))) \
            and not re.search(r"比上一?周", self.text[self.clause_start(claim) : claim.start])
        owners = {self.c.entities.by_id[m.entity.id].maker for m in named if m.entity.id in self.c.entities.by_id}

        def operand(board_id: str, entity: str, column: str, week: int) -> Figure | None:
            # Google对xAI的领先: a company off a board of models is its models added up, unless the
            # line names one of its models (Anthropic旗下的Claude Sonnet 4.5领先…) and speaks of that.
            return relations.value(board_id, entity, column, week) if entity in owners else self.value_of(board_id, entity, column, week)

        for board_id, column, week in self._relation_weeks(boards, columns, names, role, last_week):
            values = [v for e in names if (v := operand(board_id, e, column, week)) is not None]
            values += self._ranked_values(claim, board_id, column, week)
            group = self.country_group(claim, board_id) if {"sum", "share"} & words else None
            members = [v for e in (group[2] or []) if (v := relations.value(board_id, e, column, week))] if group else []
            if claim.kind == "multiple" and claim.unit_word == "fraction" and ("share" in words or "sum" in words and "ratio" not in words) \
                    and column in _ADDITIVE:
                # 占前十总量的近一半, 约占三分之一, 与OpenAI合计接近一半: the named rows' (or a country's rows') part of a total.
                listed = [v for e in (extra or self._named_before(claim, named)) if (v := relations.value(board_id, e, column, week))]
                parts = ([total(listed)] if len(listed) >= 2 else listed[-1:]) + ([total(members)] if members else [])
                prior = next((c for c in reversed(self.claims) if c.end <= claim.start and c.kind != "top"), None)
                if prior is not None and prior.kind == "amount" and prior.values:
                    parts.append(prior.values[0])  # 合计4857B tokens，超过前十总量的一半: the amount just written
                totals = [d.figure for d in relations.totals(board_id, column, week, self._totals_named())]
                side = bound or ratio_bound(before[-10:])  # 超过前十总量的一半: the bound word stands before the total
                if any(fraction_holds(part.value / whole.value, claim.values[0].value, side)
                       for part in parts for whole in totals if whole.value):
                    return Outcome(True, [f"relation/{board_id}/{column}/part"])
            if of and "ratio" in words and column != "growth" and any(self._percent_holds(claim, before, a, b)
                                               for a, b in self._ratio_pairs(claim, named, board_id, column, week)):
                return Outcome(True, [f"relation/{board_id}/{column}/ratio"])  # 约为榜首的55%
            if claim.kind == "multiple":
                # A是B的N倍: the subject over the name nearest before 的N倍; 仅为榜首的三分之一 the
                # same ratio the other way round.
                target = claim.values[0].value
                if claim.unit_word == "fraction" and "share" in words:
                    continue  # 约占前十总量的一半 is a part of a total, checked above, not a ratio of two rows
                if 0 < target < 1:
                    target = 1 / target
                tolerance = 0.06 if ESTIMATE.search(before) else 0.03
                side = ratio_bound(before[-8:]) or ("above" if MORE_AFTER.match(self.text, claim.end) else None)
                if claim.values[0].value < 1 and side in ("above", "below"):
                    side = {"above": "below", "below": "above"}[side]  # 不到榜首的五分之一: more than five times over
                # 超过三倍 is 3–4 times, not any ratio above 3: with many pairs to choose from, an open
                # bound would hold for one of them by chance.
                band = max(claim.values[0].step, 0.25 * target)
                if "ratio" in words and any(abs(r - target) <= tolerance * target + 0.05 or side == "above" and target < r < target + band
                                            or side == "below" and target - band < r < target
                                            for pair in self._ratio_pairs(claim, named, board_id, column, week)
                                            for r in ratios(list(pair))):
                    return Outcome(True, [f"relation/{board_id}/{column}/ratio"])
                continue
            totals = [d.figure for d in relations.totals(board_id, column, week, self._totals_named())] if column in _ADDITIVE else []
            before_names = extra or self._named_before(claim, named)
            if not before_names and _ONE_PRONOUN.search(self.text, self.s.start, claim.start):
                # 其份额约11.6%: the pronoun stands for one of the names just before the sentence.
                before_names = list(dict.fromkeys(m.entity.id for m in reversed(named) if m.start < self.s.start))[:3]
            elif not before_names and not any(self.s.start <= m.start < claim.start for m in named):
                # MiniMax M2.5…。调用量达到2.57万亿，占去前十合计的近三成: a sentence naming no one goes on about the last name.
                before_names = list(dict.fromkeys(m.entity.id for m in reversed(named) if m.start < self.s.start))[:1]
            # 小米与DeepSeek两家合计: companies named side by side are each their models added up.
            companies = self._joined_companies(claim, before_names)
            listed = [v for e in before_names if (v := self.value_of(board_id, e, column, week) if companies else relations.value(board_id, e, column, week))]
            # Like with like: a gap or sum of amounts is an amount, of percentages a percentage
            # (or points); a percentage of amounts is a share of their total or a relative change.
            same = _CLAIM_COLUMNS.get(claim.kind, set())
            candidates: list[Figure] = []
            top_sum = _TOP_SUM.search(before) is not None  # 前十合计约…: this week's top N, not the names'
            if top_sum and week != (1 if role == "prev" else 0):
                continue
            if column in same:
                if "sum" in words and len(listed) >= 2 and column in _ADDITIVE and not top_sum:
                    candidates.append(total(listed))
                if "sum" in words and (len(listed) < 2 or self._totals_named() or _WHOLE_WORDS.search(self.text, self.s.start, self.s.end)):
                    # 前十合计, 占全部5.86T: a total the sentence speaks of; Google三款模型合计…，占比约六成 is the
                    # named rows' sum, not the board's, which another writer's 七成 could match by chance.
                    candidates += totals
                lead = _LEAD.search(before[-8:])
                ahead = None if lead is None else lead.group(1) is not None
                here = [m.entity.id for m in named if self.s.start <= m.start < claim.start]
                subject = operand(board_id, here[0], column, week) if here else None
                others = [v for e in here[1:] if (v := operand(board_id, e, column, week)) is not None]
                if "gap" in words and len(here) == 1 and subject is not None and _SECOND_NAMED.match(self.text, self.s.start, claim.start):
                    # 领先第二名MiMo V2 Flash (free)约1030亿 with no one before it: the leader's lead.
                    others, subject, ahead = [subject], relations.at_rank(board_id, column, week, rank=1), True
                joined = self._lead_pair(claim, named) if "gap" in words and len(here) >= 2 else None
                if joined is not None:
                    # Google…，领先第二名Anthropic约5.9个百分点 in a sentence naming others: the two the verb joins.
                    sides = [operand(board_id, e, column, week) for e in joined[:2]]
                    if sides[0] is not None and sides[1] is not None:
                        here, subject, others, ahead = [joined[0], joined[1]], sides[0], [sides[1]], joined[2]
                if "gap" in words and ahead is not None and subject is not None and len(others) == 1:
                    # 上周还落后4分, 领先第二名185B: the sentence's subject is ahead or behind.
                    gap = subject.value - others[0].value
                    if (gap > 0) == ahead and gap != 0:
                        candidates.append(Figure(abs(gap), subject.step + others[0].step))
                    elif is_within(Figure(abs(gap), subject.step + others[0].step), figure, bound):
                        return Outcome(False, problem=(ProblemKind.direction, f"{claim.quote}: "
                                       f"{self.c.entities.by_id[here[0]].name if here[0] in self.c.entities.by_id else here[0]} is "
                                       f"{'behind' if ahead else 'ahead'} by {_amount(abs(gap), column)}, not {'ahead' if ahead else 'behind'}", None))
                elif "gap" in words:
                    pair = self._named_before(claim, named)
                    size = self.direction(claim)
                    if len(pair) == 2 and size in ("wider", "narrower") and week == 0:
                        # 两家差距缩小到5.9个百分点: the pair's gap this week against last week's.
                        this = [v for e in pair if (v := relations.value(board_id, e, column, 0)) is not None]
                        last = [v for e in pair if (v := relations.value(board_id, e, column, 1)) is not None]
                        if len(this) == 2 and len(last) == 2:
                            gap_now = abs(this[0].value - this[1].value)
                            gap_was = abs(last[0].value - last[1].value)
                            if is_within(Figure(gap_now, this[0].step + this[1].step), figure, bound) and \
                                    (gap_now > gap_was) != (size == "wider") and gap_now != gap_was:
                                return Outcome(False, problem=(ProblemKind.direction, f"{claim.quote}: the gap went "
                                               f"{_amount(gap_was, column)} → {_amount(gap_now, column)}, it {'narrowed' if gap_now < gap_was else 'widened'}", None))
                    if not (claim.kind == "percent" and column in ("share", "growth")):
                        candidates += gaps(values)  # a gap between two rates is in points (个百分点), not %
                    for total_written in self._stated_totals(claim, reach=self.s.end):
                        # 三款Claude合计1799B，比Gemini 3 Flash Preview还多出769B: a written total against a row.
                        candidates += gaps([total_written, *(v for e in here if (v := operand(board_id, e, column, week)))])
                    # 以41B的微弱优势守住榜首 in a line naming others: the lead of the sentence's own row.
                    edge = [e for e in reversed(here) if relations.rank_now(board_id, e, week)][:1] if _EDGE.search(before + after) else []
                    for entity in names if len(values) < 2 else edge:
                        # 以259B的优势稳坐第一: a lead over the next place, or a gap to the one above.
                        ranks = relations.ranks(board_id, entity)
                        own = relations.value(board_id, entity, column, week)
                        rank = ranks[week] if week < len(ranks) else None
                        if rank is None or own is None:
                            continue
                        for near in (rank - 1, rank + 1):
                            other = relations.at_rank(board_id, column, week, rank=near) if near >= 1 else None
                            if other is not None:
                                candidates += gaps([own, other])
                    spans = self._totals_named() if _TOP_SPAN.search(self.text, self.s.start, claim.start) else None
                    for n in spans or ():
                        # 前六名之间的差距, 前十首尾相差52分: the first place's value over the N-th's.
                        ends = [relations.at_rank(board_id, column, week, rank=r) for r in (1, n)]
                        if ends[0] is not None and ends[1] is not None:
                            candidates += gaps([ends[0], ends[1]])
                if "threshold" in words:
                    candidates += [f for f in (relations.at_rank(board_id, column, week, last=True),) if f is not None]
                if "history" in words:
                    # 此前, 4月11日…: a week before this one.
                    named_week = self._past_week(claim)
                    candidates += [f for entity in names for day, f in relations.history(board_id, entity, column)
                                   if day < self.c.facts.week and (named_week is None or day == named_week)]
            within = group is not None and members and column in _ADDITIVE and \
                re.search(f"占[^，。；]{{0,4}}{re.escape(group[0])}", self.text[self.clause_start(claim) : claim.start]) is not None
            if within and claim.kind == "percent" and listed:
                # MiMo V2 Pro一款即占国产六席合计的约40%: the group is the whole, not a part.
                if any(near_bound(c, figure, bound) for c in shares(listed[-1:], [total(members)])):
                    return Outcome(True, [f"relation/{board_id}/{column}/group-part"])
                continue
            if claim.kind == "percent" and column in ("tokens", "requests"):
                published = relations.totals(board_id, "share", week) and not self._totals_named() and not self._stated_totals(claim)
                if "share" in words and not published:
                    # On a board that publishes shares, 合计占去43.6% is the published share; a share of the
                    # listed amounts only where the sentence names that total (占前十总量的…).
                    # The last name's share, the sentence subject's (一款模型便占去前十总量的近三成), or their sum's.
                    if _ALONE.search(self.text, self.clause_start(claim), claim.start):
                        candidates += shares(listed[-1:], totals) + shares(listed[:1], totals)  # 一个模型就吃下…: one row, not the names' sum
                    else:
                        candidates += shares(listed[-1:] + listed[:1], totals) + (shares([total(listed)], totals) if len(listed) >= 2 else [])
                    # 约占前九合计4.22T的37%, 按前十合计4243B计，其份额约11.6%: the subject's share of
                    # a total the sentence writes.
                    candidates += shares(listed[:1], self._stated_totals(claim))
                    # 前三合计1703B，占前十总量的41.9%: one group's total over a larger one's.
                    groups = [d.figure for d in relations.totals(board_id, column, week, self._totals_named())
                              if d.how.rsplit("/", 1)[-1].startswith("top")]
                    if len(groups) >= 2:
                        candidates += [Figure(100 * a.value / b.value, 100 * (a.step + b.step) / b.value)
                                       for a in groups for b in groups if 0 < a.value < b.value]
                if "history" in words:
                    named_week = self._past_week(claim)
                    for entity in names:
                        now = relations.value(board_id, entity, column, 0)
                        if now is not None:
                            candidates += [Figure(abs(100 * (now.value / f.value - 1)), 100 * (now.step + f.step) / f.value)
                                           for day, f in relations.history(board_id, entity, column)[1:]
                                           if f.value and (named_week is None or day == named_week)]
            if members and column in _ADDITIVE:
                # 五家中国公司，合计1390B，份额合计25.3%，约占四分之一
                if column in same and "sum" in words:
                    candidates.append(total(members))
                if claim.kind in ("percent", "fraction", "cheng") and column in ("tokens", "requests"):
                    candidates += shares([total(members)], totals)
            if any(near_bound(c, figure, bound) for c in candidates):
                return Outcome(True, [f"relation/{board_id}/{column}"])
        return None

    def _percent_holds(self, claim: Claim, before: str, part: Figure, whole: Figure) -> bool:
        """A percentage of one value over another (A约为B的61%), at the figure's precision (约: one point)."""
        if not whole.value:
            return False
        slack = 1.0 if ESTIMATE.search(before[-6:]) else 0.0
        truth = Figure(100 * part.value / whole.value, 100 * (part.step + whole.step) / whole.value)
        written = claim.values[0]
        if claim.quote.endswith("成"):
            return fraction_holds(truth.value / 100, written.value / 100, bound_of(before[-16:], ""))  # 约两成: 15–25%
        return abs(truth.value - written.value) <= written.step + truth.step + slack

    def _written_pairs(self, claim: Claim) -> list[tuple[Figure, Figure]]:
        """(part, whole) for a percentage of a figure the sentence writes right before 的 (…总增量152B的65%):
        the whole is that figure, a part any figure of its kind written before it."""
        whole = next((c for c in reversed(self.claims) if c.end <= claim.start and c.values), None)
        if whole is None or whole.kind != "amount" or not _OF_BETWEEN.fullmatch(self.text, whole.end, claim.start):
            return []
        return [(c.values[0], whole.values[0]) for c in self.claims
                if c.kind == whole.kind and c.values and c.sentence == claim.sentence and c.end <= whole.start]

    def _pronoun_pair(self, claim: Claim) -> tuple[Figure, Figure] | None:
        """For 前者…是后者的N倍 (or the other way) after two figures of one kind and no name: the two
        figures in the order the pronouns take them."""
        said = _PRONOUN_RATIO.search(self.text, self.s.start, claim.start)
        if said is None or any(m.start < claim.start for m in self.mentions if m.start >= self.s.start and self.is_row_name(m)):
            return None
        figures = [c for c in self.claims if c.values and c.end <= said.start() and c.kind in ("amount", "percent", "plain", "speed", "price")]
        if len(figures) < 2 or figures[-1].kind != figures[-2].kind:
            return None
        first, second = figures[-2].values[0], figures[-1].values[0]
        return (first, second) if said.group(1) == "前者" else (second, first)

    def is_row_name(self, mention: Mention) -> bool:
        """A name of a board's row (a model, a company), not a product only an event names."""
        return mention.entity.id in self.c.boards_of

    def _restates(self, claim: Claim, bound: str | None) -> bool:
        """A fraction that says again the percentage written just before it, about the same thing
        (份额加起来24.2%，还不到四分之一); no name or 的 between them."""
        index = self.claims.index(claim)
        last = self.claims[index - 1] if index else None
        if last is None or last.kind != "percent" or not last.values or last.sentence != claim.sentence:
            return False
        between = self.text[last.end : claim.start]
        if "的" in between or any(last.end <= m.start < claim.start for m in self.mentions):
            return False
        return fraction_holds(last.values[0].value / 100, claim.values[0].value, bound)

    def value_of(self, board: str, entity: str, column: str, week: int) -> Figure | None:
        """An entity's value on a board; for a company on a board of models, its models' sum
        (Anthropic两款模型（1044B）, Google是Anthropic的1.15倍)."""
        value = self.c.relations.value(board, entity, column, week)
        known = self.c.entities.by_id.get(entity)
        if value is not None or known is None or known.kind is not EntityKind.company or column not in _ADDITIVE:
            return value
        rows = [f.entity for f in self.c.members(entity, board) if f.entity and (f.prev if week else f.now) is not None]
        found = [v for e in rows if (v := self.c.relations.value(board, e, column, week)) is not None]
        if not found or len(found) != len(rows):
            return None
        said = self._said_count(known)
        if said is not None and week == 0 and said != len(rows):
            return None  # Google三款模型合计 where Google has four rows: the three are named ones, not the company's all
        return Figure(sum(f.value for f in found), sum(f.step for f in found))

    def _said_count(self, company: Entity) -> int | None:
        """How many of its models the sentence says a company has (Google三款模型, xAI两款)."""
        said = _COMPANY_COUNT.search(self.text, self.s.start, self.s.end)
        if said is None or said.group(1) not in (company.name, company.name_zh):
            return None
        return cn_to_int(said.group(2))

    def _stated_totals(self, claim: Claim, reach: int = 12) -> list[Figure]:
        """Totals the sentence writes shortly before the claim (前九合计4.22T, 按前十合计4243B计)."""
        if claim.quote.endswith("成"):
            return []  # 逾五成 is too loose to tell one name's share from another's
        return [c.values[0] for c in self.claims if c.kind == "amount" and c.values and c.end <= claim.start
                and claim.start - c.end <= reach and _SUM_STATED.search(self.text[max(self.s.start, c.start - 6) : c.start])]

    def _relation_weeks(self, boards: list[str], columns: list[str], names: list[str], role: str,
                        last_week: bool = False) -> list[tuple[str, str, int]]:
        """(board, column, week) to derive from: last week's for a figure about last week, and also
        last week's where the names have no row this week (两者上周…，合计105B after both left) or
        the clause speaks of last week (`last_week`)."""
        out = []
        for board in boards:
            for column in columns:
                if role == "prev":
                    out.append((board, column, 1))
                    continue
                out.append((board, column, 0))
                if any(self.c.relations.value(board, e, column, 0) is None and self.c.relations.value(board, e, column, 1)
                       for e in names) or last_week:
                    out.append((board, column, 1))
        return out

    def _group_tops(self, claim: Claim) -> tuple[int | None, int | None]:
        """The top N a sum adds up (the last named before the figure) and the top N it is a part
        of (前三合计约2.99T，占前九的70.8%: the top three of the top nine)."""
        group = whole = None
        for match in TOP_N.finditer(self.text, self.s.start, self.s.end):
            n = int(match.group(1)) if match.group(1).isdigit() else cn_to_int(match.group(1))
            if _PART_OF.search(self.text[max(self.s.start, match.start() - 2) : match.start()]):
                whole = n
            elif match.start() < claim.start:
                group = n
        return group, (whole if whole != group else None)

    def _totals_named(self) -> set[int] | None:
        """The top-N groups the sentence speaks of (前十合计, 前三): their totals, and no others."""
        found = {int(n) if n.isdigit() else (cn_to_int(n) or 0) for n in TOP_N.findall(self.text[self.s.start : self.s.end])}
        return found or None

    def _joined_companies(self, claim: Claim, names: list[str]) -> bool:
        """小米与DeepSeek两家合计: the names are companies written side by side (与, 和, 、) before the figure."""
        here = [m for m in self.mentions if m.end <= claim.start and m.entity.id in names]
        if len(here) < 2 or len({m.entity.id for m in here}) != len(names) or any(m.entity.kind is not EntityKind.company for m in here):
            return False
        return all(_JOINED.fullmatch(self.text, a.end, b.start) for a, b in zip(here, here[1:]))

    def _named_before(self, claim: Claim, named: list[Mention]) -> list[str]:
        """Entities named in the sentence before the claim, in order, each once: what a sum adds up;
        for 两家合计 / 二者共 with no name in the sentence, the last two named on the line before."""
        here = list(dict.fromkeys(m.entity.id for m in named if self.s.start <= m.start < claim.start))
        counted = GROUP_COUNT.search(self.text[self.s.start : claim.end if claim.kind == "count" else claim.start])
        n = (cn_to_int(counted.group(1)) or 0) if counted else 0
        if len(here) >= n:
            return here[-n:] if n else here  # Google包揽前三（A、B、C），三款合计: the three models
        # 两家合计 with one of the two named in this sentence: the rest are the names just before it.
        earlier = [e for e in dict.fromkeys(m.entity.id for m in reversed(named) if m.start < self.s.start) if e not in here]
        missing = n - len(here)
        if len(earlier) >= missing:
            return list(reversed(earlier[:missing])) + here
        if not here and self.s.start == self.p.line_starts[self.s.line]:
            # 1. Kimi K2.5…\n2. MiniMax M2.1…\n3. GLM 4.7…\n三者合计328B: the subjects of the lines above.
            return self.line_subjects(n)
        return []

    def _ranked_values(self, claim: Claim, board: str, column: str, week: int) -> list[Figure]:
        """Values of the places the sentence names as rows (领先第2名166B, 是第10名的2.9倍, 榜首)."""
        out = []
        for other in self.claims:
            if other is claim or other.kind not in ("rank", "first") or not other.values:
                continue
            if not _RANK_AS_ROW.match(self.text, other.end) and not self.is_place(other) and (
                    other.kind == "rank" or _OWN_FIRST.search(other.quote) or _HOLDS_PLACE.search(self.text, max(self.s.start, other.start - 3), other.start)):
                continue  # 以3B的微弱优势首次登顶: the subject's own place, not another row
            value = self.c.relations.at_rank(board, column, week, rank=int(other.values[0].value))
            if value is not None:
                out.append(value)
        return out

    def _ratio_pairs(self, claim: Claim, named: list[Mention], board: str, column: str, week: int) -> list[tuple[Figure, Figure]]:
        """The sides A/B of A是B的N倍: B is what the sentence names nearest before 的N倍 (a name, a
        place such as 第10名 or 榜首, or a pronoun: 它, 前者); A is anything it named before B, or
        the subject the sentence carries from the one before."""
        relations = self.c.relations
        refs: list[tuple[int, Figure]] = []
        for m in named:
            if self.s.start <= m.start < claim.start and (v := self.value_of(board, m.entity.id, column, week)) is not None:
                refs.append((m.start, v))
        for other in self.claims:
            if other.kind in ("rank", "first") and other.end <= claim.start and other.values and \
                    self.is_place(other) and not any(p == other.end for p, _ in refs):
                if (v := relations.at_rank(board, column, week, rank=int(other.values[0].value))) is not None:
                    refs.append((other.start, v))
        earlier = [m.entity.id for m in named if m.start < self.s.start]
        pronouns = set()
        rows = sorted(refs, key=lambda r: r[0])
        for pronoun in _ONE_PRONOUN.finditer(self.text, self.s.start, claim.start):
            local = [v for p, v in rows if p < pronoun.start()]
            if pronoun.group() in ("前者", "后者") and len(local) >= 2:
                # 榜首领先第二名185B，约为后者的1.36倍: the pair is the sentence's own rows, places included.
                refs.append((pronoun.start(), local[-2] if pronoun.group() == "前者" else local[-1]))
                continue
            before_it = [m.entity.id for m in named if m.end <= pronoun.start()]
            distinct = list(dict.fromkeys(reversed(before_it)))
            meant = distinct[1:2] if pronoun.group() == "前者" else distinct[:1]
            refs += [(pronoun.start(), v) for e in meant if (v := self.value_of(board, e, column, week)) is not None]
            if pronoun.group() in ("它", "其"):
                pronouns.add(pronoun.start())
        refs.sort(key=lambda r: r[0])
        prior = max((c.end for c in self.claims if c.end <= claim.start and c is not claim), default=0)
        if not refs or week == 0 and LAST_WEEK.search(self.text, max(refs[-1][0], prior), claim.start):
            return []  # 约为上周的3.2倍 is a change, not a ratio between two rows (从上周的2.5倍缩小到1.6倍: the 上周 is the earlier figure's)
        # Figures written in the sentence for this column: a row's value the text gives itself.
        last = next((c for c in self.claims if c.values and _BRACKET_OF.fullmatch(self.text, c.end, claim.start)), None)
        stated = None
        if last is not None:
            # The bracket right before 的N倍 gives the base's own figures: 是第2名Anthropic（1060B）的1.6倍
            # compares amounts, whatever else the sentence names.
            opened = max(self.text.rfind("（", self.s.start, last.start), self.text.rfind("(", self.s.start, last.start))
            inside = [c for c in self.claims if c.values and opened < c.start and c.end <= last.end]
            stated = next((c for c in inside if c.kind in _WRITTEN_KINDS.get(column, ())), None)
            if stated is None or week != 0:
                return []  # a figure written for this week is no base for last week's values
        wanted_role = "prev" if week == 1 else "now"
        # A gap written before is a side (差距约138B，约为榜首的19%) unless a metric word turns to a
        # row's own value (领先第二名约294B，调用量是第二名的1.5倍).
        written = [c for i, c in enumerate(self.claims) if c.values and c.end <= claim.start and c.kind in _WRITTEN_KINDS.get(column, ())
                   and self.roles.get(i, "now") == wanted_role
                   and not (_RELATION_WORDS["gap"].search(self.text[max(self.s.start, c.start - 8) : c.start])
                            and metric_word(self.text[c.end : claim.start]))]
        bases = [refs[-1][1]]
        sides = [v for _, v in refs[:-1]]
        if stated is not None:
            # 63.7M，约是Groq版（9.9M）的6.4倍: the base is the figure written for it.
            bases = [stated.values[0]]
            sides = [v for _, v in refs]
        elif refs[-1][0] in pronouns:
            # 只有281 tok/s…，榜首速度约是它的3.2倍: 它 may stand for a figure written before it.
            bases += [c.values[0] for c in written if c.end <= refs[-1][0]][-1:]
        sides += [c.values[0] for c in written if c is not stated]
        if len(refs) == 1 and stated is None:
            sides += [v for e in reversed(earlier[-2:]) if (v := self.value_of(board, e, column, week)) is not None]
        return [(side, base) for side in sides for base in bases if side is not base]

    def _written_metric(self, claim: Claim) -> set[Metric]:
        """The metric of the figure written nearest before a multiple whose words name none
        (以390 tok/s垫底，仅为榜首的三分之一 compares speeds); tokens if there is none."""
        kinds = {"speed": Metric.speed, "price": Metric.price, "amount": Metric.tokens}
        before = [c for c in self.claims if c.end <= claim.start and c.kind in kinds]
        found = {kinds[before[-1].kind]} if before else {Metric.tokens}
        based = next((c for c in self.claims if c.values and _BRACKET_OF.fullmatch(self.text, c.end, claim.start)), None)
        if based is not None and based.kind == "percent":
            found.add(Metric.share)  # 约为第二名OpenAI（14.2%）的2.5倍: the base's share is written
        return found

    def metrics_for(self, claim: Claim) -> set[Metric]:
        words = self.metric_words(claim)
        if claim.kind in ("rank",):
            return {Metric.requests_rank} if Metric.requests in words else {Metric.rank}
        if claim.kind == "amount":
            if _BARE_TOKENS.fullmatch(claim.quote) and "每秒" in self.text[self.clause_start(claim) : claim.start]:
                return {Metric.speed}  # 每秒1,012和936 tokens: tokens a second
            if Metric.requests in words or "次" in claim.quote or "request" in claim.quote:
                return {Metric.requests}
            if claim.quote.rstrip().endswith(("M", "K")):
                return {Metric.tokens, Metric.requests}  # Llama 4 Maverick（58.7M）: millions are requests as often as tokens
            return {Metric.tokens}
        if claim.kind == "speed":
            return {Metric.speed}
        if claim.kind == "price":
            return {Metric.price}
        if claim.kind == "percent" and claim.signed and (opened := self.bracket_start(claim)) is not None:
            prior = next((c for c in reversed(self.claims) if c.end <= opened - 1), None)
            if prior is not None and prior.kind in ("amount", "speed", "price") and not self.text[prior.end : opened - 1].strip():
                # 从457B涨到553B（+21%）: a signed percentage bracketed after an amount is that amount's change.
                return self.metrics_for(prior) | ({Metric.growth} if prior.kind == "amount" else set())
        if claim.kind in ("percent", "points"):
            allowed = {Metric.share, Metric.growth, Metric.score, Metric.tokens, Metric.requests, Metric.speed, Metric.price}
            chosen = (words & allowed) or allowed
            if claim.kind == "percent" and _SHARE_VERB.search(self.text, max(self.clause_start(claim), claim.start - 6), claim.start):
                chosen = chosen | {Metric.share}  # 调用量139B，占8.9%: a share, whatever metric the clause named before
            if chosen == {Metric.growth} and _CHANGE_SIZE.search(self.text, self.clause_start(claim), claim.start):
                # 请求量由11.8M增至31.7M，增幅169%: a size of change takes the metric the sentence spoke of.
                chosen |= metric_word(self.text[self.s.start : self.clause_start(claim)]) & allowed
            if Metric.growth in chosen or Metric.tokens in chosen:
                # The published growth is the relative change of the tokens: 上周暴涨136%.
                chosen = chosen | {Metric.tokens, Metric.growth}
            return chosen
        if claim.kind == "plain" and claim.quote.endswith("分"):
            return {Metric.score}  # 调用量榜第6，LMArena文本榜1484分: 分 is a score, whatever metric came before
        if claim.kind == "plain" and claim.signed and (opened := self.bracket_start(claim)) is not None:
            prior = next((c for c in reversed(self.claims) if c.end <= opened - 1), None)
            if prior is not None and prior.kind != "plain" and not self.text[prior.end : opened - 1].strip():
                return self.metrics_for(prior)  # 995 tok/s（+39）: the change of the figure it follows
        if claim.kind == "plain" and (arrow := SHARED_UNIT.match(self.text, claim.end)) is not None:
            after = next((c for c in self.claims if c.start == arrow.end()), None)
            if after is not None and (after.kind != "plain" or SHARED_UNIT.match(self.text, after.end)):
                return self.metrics_for(after)  # 588→736 tok/s, 每秒1,012和936 tokens: the unit written once is both figures'
        if claim.kind == "plain" and not metric_word_after(self.text[claim.end : claim.end + 6]) \
                and not metric_word(self.text[self.clause_start(claim) : claim.start]):
            prior = next((c for c in reversed(self.claims) if c.end <= self.clause_start(claim) and c.start >= self.s.start), None)
            if prior is not None and prior.kind in ("speed", "price", "amount"):
                return self.metrics_for(prior)  # A每秒1110 tokens最快，B 1051紧随: a bare number runs on with the figure before it
        if claim.kind == "plain":
            # A bare number takes the metric its words name (调用量较上周变化0), else its board's
            # (| 模型速度 | Qwen3 32B 995 |), else it is a score.
            board, outright = self.board_context(claim.start)
            if not outright and self.section_board is not None:
                board, outright = self.section_board, True  # under 图4：吞吐量前九（tok/s）, 提速16%至1088 is a speed
            main = {Metric(str(self.c.boards[board].metric))} if board and outright and str(self.c.boards[board].metric) in Metric.__members__ else set()
            return (words - {Metric.rank, Metric.requests_rank}) or main - {Metric.rank} or {Metric.score}
        return set()


def _amount(value: float, column: str) -> str:
    """A gap as a reader writes it: tokens in house style, other figures plainly."""
    return format_tokens(value) if column == "tokens" else f"{value:g}"
