"""Rules per claim kind: does a fact of the week license this figure, as the sentence reads it?

`ClaimVerifier` runs over one sentence once `reading.SentenceReader` has resolved its context:
values (tokens, shares, growth, speed, price, scores) against the subject's facts at the written
precision, or a value derived from them; ranks and top-N claims; multiples (翻倍); places moved;
streaks; first place; event figures, dates and versions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...facts import AMOUNTS, Fact, Metric, metric_order
from ...figures import Claim
from ...findings import ExemptReason, ProblemKind
from ...models import Entity, EntityKind
from ...numbers import Figure, cn_to_int, format_tokens
from ...vocabulary import (
    COMPARE_WORDS,
    COUNTRY_GROUP,
    METRIC_LABELS,
    country_of,
)
from ..reading import CHANGE_NOUN_AFTER, LEFT_LIST
from ..relations import COLUMNS as RELATION_COLUMNS
from ..text import CAPTION
from .counts import BOARDS_AFTER, CountRules
from .derived import COMPANY_PLACE_BEFORE, LAST_WEEK, MORE_AFTER
from .events import written_date
from .outcome import ESTIMATE, ROLE_LABELS, Candidate, Outcome, is_within, near_bound, ratio_bound
from .places import TOP_NUMBER

_UNCHANGED_AFTER = re.compile(r"\s*+名?\s*+(?:家|款|个)?\s*+(?:公司|厂商|模型)?\s*+(?:的)?\s*+(名单|单|次|阵容|成员|排名|座次|格局|次序|顺序|名次)?\s*+(?:均|都|全部|完全|仍|依旧|本周)?\s*+(?:与上周|和上周|同上周|跟上周)?\s*+(?:完全|均|都|也|同样|依然|仍然)?\s*+"
                              r"(?:相同|一致|不变|未变|保持不变|没有变化|无变化|无变动|没有变动|未发生变化|没变|未有变化|一模一样|纹丝不动|原封不动|原封未动|如出一辙|无一变动|无一变化)")
# 少约206B, 多出27B, 相差601B: words that make an amount a difference.
_DIFFERENCE_BEFORE = re.compile(r"(?:少|多|减少|增加|缩水|相差|差距?|差了|高出|低了|高了|领先|落后|净增|净减|下降|上升|增长|回落)了?\s*+(?:约|近|逾|超过|不到)?\s*+$")
_THAN = re.compile(r"比|较|相比|对比")
_LAST_WEEK_WAS = re.compile(r"[，,；;（(]\s*+(?:而)?\s*+(?:上一?周|前一周)\s*+(?:则|还|仅|只|也)?\s*+(?:为|是|有|仅为|只有|仅有)\s*+$")
_SINCE_LAST_WEEK = re.compile("|".join(map(re.escape, COMPARE_WORDS)))  # vocabulary.yaml's roles.compare
_MORE_LESS = re.compile(r"(多|高|领先|超出|超过)|(少|低|落后|不及)")
_EARLIER_PERCENT = re.compile(r"(?:上一?周|由|从)\s*+(?:的|约|为)?\s*+$")
_WEEKS_SPAN = re.compile(r"([两三四五六七八九十]|(?<![\w.])\d+)\s*+周(?!前|后|内|来|以来|增|涨|跌|环比|度|年)")
_LIST_JOIN = re.compile(r"\s*+[、，,和与及]\s*+")
_SERIES_HEAD = re.compile(r"\s*+(?:分别|依次|先后)?\s*+(?:为|是|排|排在|排名|位列|居|:|：)?\s*+(?:第)?")
# 前十阵容迎来新面孔, 前九有新模型, 前十换血: a row came into the top N.
_NEWCOMER_AFTER = re.compile(r"\s*+名?\s*+(?:的)?\s*+(?:名单|阵容|成员)?\s*+(?:中|里|内)?\s*+(?:本周)?\s*+(?:还|也)?\s*+"
                             r"(?:(?:有|迎来|出现|来了|多了|添了)了?\s*+(?:一[位个张名款]|几[位个张名款]|[两三四]?[位个张名款])?\s*+(?:新面孔|新成员|新模型|新人)|(?:来了一次|迎来|出现)?\s*+换血)")
# 数据源仅列前九, 源数据本期只列前九, 本期源数据仍为前九: a statement of how much the source lists.
# 先看榜首。, 再看第四。, 这周看的还是前九名。: a place the text turns to next, as a signpost.
_LOOK_AT = re.compile(r"(?:先|再|来|就|接着|然后|最后|还是|这周|本周|一起)\s*+看\s*+(?:的(?:还|也)?是)?\s*+(?:一下|一眼)?\s*+$")
_PLACE_OBJECT_BEFORE = re.compile(r"(?:与|和|跟|同|大于|小于|高于|低于|紧咬|逼近|追赶|直逼)\s*+(?:新科|新晋|现任)?\s*+$")
_SIGNPOST_END = re.compile(r"\s*+名?\s*+(?:[。！？!?：:；;]|$)")
_SOURCE_LISTS = re.compile(r"(?:数据源|源数据|数据|榜单|本期|本周)[^，。；]{0,6}(?:仅|只|仍)?\s*+(?:列出?|披露|收录|公布|给出|为|提供)了?\s*+$")
_GROUP_IN_TOP = re.compile(r"\s*+(?:公司|厂商|模型|家公司|款模型)?\s*+(?:均|都|全部?)?\s*+(?:进入?了?|杀进|挤进|跻身|位列|入围|同登|齐聚|登上|新进|新晋|闯入|在)\s*+"
                           r"(?:(?:OpenRouter|LMArena)?\s*+(?:整体|模型)*(?:调用量|市占率|编程调用量|吞吐量|文本竞技场)\s*+(?:榜单?)?\s*+)?")
_LISTING_AFTER = re.compile(r"[ \t]*+名?[ \t]*+(?:一览|速览|榜单|名单|汇总|：|:|$)", re.M)
_ALL_OF = re.compile(r"\s*+名?\s*+(?:全部|全都|均|都|清一色)\s*+(?:为|是|来自)\s*+")
_HELD_BY = re.compile(r"\s*+(?:名|席|位)?\s*+(?:仍|依然|依旧|仍然|均|全部|全都|都)?\s*+(?:由|被)\s*+")
_SWEPT = re.compile(r"\s*+(?:包揽|独占|垄断|占据|把持|囊括)")
_SPREAD_JOIN = re.compile(r"\s*+(?:至|到|~|～|-|—)\s*+")
_SPREAD_END = re.compile(r"\s*+(?:之间|区间|以内|范围内)")
_SPREAD_START = re.compile(r"(?:均在|都在|介于|集中在|分布在|挤在)\s*+$")
# 前十从1492分到1454分, 柱高从644B到398B: a span told from one end to the other, in either order.
_SPREAD_FROM = re.compile(r"(?:从|由)\s*+$")
# 跨度38分, 极差246B right after a span: the distance between its two ends.
_SPAN_WIDTH = re.compile(r"(?:跨度|极差|首尾相差|首尾差|落差|相差)\s*+(?:为|是|达|仅|只有|约|近)?\s*+$")
_PLACE_SPAN = re.compile(r"第\s*+(\d+|[一二三四五六七八九十]+)\s*+(?:名)?\s*+(?:至|到|-|~)\s*+第?\s*+(\d+|[一二三四五六七八九十]+)\s*+名?"
                         r"|" + TOP_NUMBER + r"\s*+名?")
_GROUP_SUM_AFTER = re.compile(r"\s*+(?:名|家|款|个|位)?\s*+(?:模型|公司|厂商)?\s*+(?:调用量|份额|占比)?\s*+(?:合计|总计|共计|总和|加起来)")
# **1.58T** —— 首周调用量, - 3 ｜ 新进前十的模型数: a figure opening its line, then what it is.
_CARD = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?P<figure>[^\s*—–|｜:：]{1,16}?)(?:\*\*)?[ \t]*(?:——|—|–|--|\||｜|:|：)[ \t]*(?P<what>\S.*)$")
_CLAUSE_MARK = re.compile(r"[，,。；;]")
# Where a clause's statement or question ends: a question mark makes it a question.
_QUESTION_END = re.compile(r"[？?。！!；;\n]")
_COUNTED_WITHIN = re.compile(r"\s*+名?\s*+(?:中|里|之中|当中)\s*+(?:更是|则|也|仍|只|仅|共)?\s*+(?:有|占据?了?|占了|拿下|包揽)?\s*+")
_SET_AFTER = re.compile(r"\s*+(?:名)?\s*+(?:调用量|得分|分数|速度)?\s*+(?:全|均|都)?\s*+(?:挤在|介于|集中在|分布在|从(?=\s*+\d))|\s*+(?:名)?\s*+(?:单)?\s*+(?:家|款|个)?\s*+(?:模型|公司|系统)?\s*+(?:本周|上周)?\s*+(?:调用量|份额)?\s*+(?:口径|合计|总计|共计|总量|集中度|总和|整体|总体|全体|中|里|之中|当中|内|名单|门槛|的|排名|格局|依次|分别|为|是|之间|平均|首尾|共|只差|仅差|相差|差距|拿走|拿下|占据|占去|吃下|：|:|[）)]|(?=(?:\d+|[一二两三四五六七八九十]+)\s*+[进涨]))")
# 约占前九总量的两成: a part of a whole, never a change.
_PART_OF_WHOLE = re.compile(r"(?:占|吃下|拿下|拿走|分走|揽下|贡献了?)[^，。；]{0,12}的\s*+(?:约|近|逾|超过|不到|仅)?\s*+$")
_GAP_BEFORE = re.compile(r"相差|差距|差了|之差|摆动|差值|落差")
_NEUTRAL_CHANGE = re.compile(r"(?<![上下])变化|变动|波动|振幅")
_MODELS_OF = re.compile(r"[款席]|旗下|模型|系列")
_GROWTH_VERB = re.compile(r"增长了?|增加了?|上涨了?|提升了?|上升了?|暴涨了?|激增了?|飙升了?|增幅达?")
_DECLINE_AFTER = re.compile(r"\s*+的?\s*+(?:周|环比|单周)?\s*+(?:降幅|跌幅|减幅)")
_OF_A_TOTAL = re.compile(r"(?:总量|合计|总和|总调用量|全榜|整体)的\s*+(?:约|近|逾|超过|不到|仅)?\s*+$")
# 占国产六席合计的约40%: a part of some other whole than the listed total.
_OTHER_WHOLE = re.compile(r"合计的|之和的|总和的|" + COUNTRY_GROUP.pattern)
_JUST_PAST = re.compile(r"出头|有余|不到")
# 138.08B，也就是一千三百八十亿出头; 4064B tokens（四万零六百四十亿）: the same figure said again.
_SAID_AGAIN = re.compile(r"\s*+(?:[，,]\s*+)?(?:也就是|也即|即|亦即|换算成|折合|约合)\s*+(?:约|大约|近)?\s*+")
_ROSE_BY = re.compile(r"(?:涨|增长|增加|(?<!差不)多|升|提升|上升)了?\s*+(?:约|近|逾|超过)?$")
_FELL_BY = re.compile(r"(?:跌|降|下降|下滑|减少|少|缩水)了?\s*+(?:约|近|逾|超过)?$")
_MOVED_TO_PLACE = re.compile(r"(?:升|降|跌|滑|退|跃|掉|落|爬)[升落至到居回]?\s*+(?:至|到)\s*+$")
# 两款4.6模型, 2.5系列: a number that is part of the names of the models counted or named after it.
_VERSION_LIKE = re.compile(r"\d+(?:\.\d+)?")
_COUNTED_BEFORE = re.compile(r"(?:\d+|[两二三四五六七八九十])\s*+款\s*+$")
_NAME_PART_AFTER = re.compile(r"\s*+(?:系列|家族)")
_DECLINE_NAME = re.compile(r"(?:降幅|跌幅|下降幅度|下跌幅度|降量|缩减量|减少量|减量)[^，,；;。]*$")


def _unchanged_aspect(same: re.Match[str]) -> str:
    """What a top N is said to keep: its order (前六名不变), or its members (前十家公司与上周相同, 名单未变)."""
    return same.group(1) or ("名单" if re.search(r"公司|厂商|模型", same.group()) else "排名")


class ClaimVerifier(CountRules):
    """Verifies the claims of one sentence against the facts, once the reader has resolved them."""

    def run(self) -> list[tuple[Claim, Outcome | None]]:
        bound = {**self.bind_place_subjects(), **self.bind_places_before_names(), **self.bind_bracketed_list(), **self.bind_respectively(),
                 **self.bind_ranges()}
        results: list[tuple[Claim, Outcome | None]] = []
        for index, claim in enumerate(self.claims):
            role = self.role(claim, index)
            self.roles[index] = role
            outcome = self.verify(claim, role, bound)
            results.append((claim, outcome))
            if outcome is not None and outcome.ok and self.affinity is None:
                # openrouter-models/deepseek-v3.2/tokens, relation/openrouter-models/tokens/group: the board named first.
                parts = outcome.facts[0].split("/")[:2] if outcome.facts else []
                self.affinity = next((p for p in parts if p in self.c.boards), None)
        return results

    def verify(self, claim: Claim, role: str, bound: dict[int, list[Entity]]) -> Outcome | None:
        """The claim's outcome; None only for structure (a lone 第一名 heading)."""
        if self._structure(claim):
            return None
        if id(claim) in self.ranges:
            return self.verify_range(claim, role)
        if (part := self.verify_name_part(claim)) is not None:
            return part
        if claim.kind in ("rank", "top") and self.after_ended_run(claim):
            role = "prev"  # 连续五周第一的纪录，这周断了: the place held until last week
        outcome = self._verify(claim, role, bound)
        if (outcome is None or not outcome.ok) and self._asked(claim):
            return Outcome(True, exempt=ExemptReason.question)
        if (outcome is None or not outcome.ok) and (card := self.verify_card(claim)) is not None:
            return card
        if claim.unit_word == "order" and (outcome is None or not outcome.ok):
            # | 名次 | … | 减少 |: the table numbers its rows in the order of one of its own columns.
            return Outcome(True, ["table/order"])
        if outcome is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: nothing in the data states or counts this", None))
        if not outcome.ok and id(claim) in self.carried and outcome.problem:
            # 上周它…: whom 它 stands for is a guess; a figure that does not fit it is unchecked, not wrong.
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the sentence names no one, and it does not fit "
                                           f"the name the lines above end on ({outcome.problem[1]})", None))
        return outcome

    def verify_week_series(self, claim: Claim) -> Outcome | None:
        """三周分别为371.7B、367.5B和377.9B, 三周排第2、第2、第3, …三周…；B则依次排第4、第5、第6: a list
        of as many figures as the weeks the sentence names before it, for the one row named before
        the list in its part of the sentence: that row's value in each of those weeks, oldest first."""
        # The weeks may be named in the paragraph's sentence before (…三周分别为…；B则依次排第4、第5、第6).
        para = self.text.rfind("\n", 0, self.s.start) + 1
        before = self.text[para : claim.start]
        spans = list(_WEEKS_SPAN.finditer(before))
        if not spans or not claim.values:
            return None
        said = spans[-1]
        weeks = int(said.group(1)) if said.group(1).isdigit() else cn_to_int(said.group(1)) or 0
        listed = max((before.rfind(w) for w in ("分别", "依次", "先后")), default=-1)
        run = [c for c in self.claims if c.kind == claim.kind and c.values and c.start >= para + max(said.end(), listed)]
        for i in range(1, len(run)):
            if not _LIST_JOIN.fullmatch(self.text, run[i - 1].end, run[i].start):
                run = run[:i]
                break
        if claim not in run or len(run) != weeks or weeks < 2:
            return None
        opened = run[0].start - para
        head = before[said.end() : opened] if said.end() <= opened else ""
        if not _SERIES_HEAD.fullmatch(head) and not (listed >= said.end() and _SERIES_HEAD.fullmatch(before[listed:opened])):
            return None
        part = para + max(before.rfind(mark, 0, opened) for mark in "；;。")
        named = list(dict.fromkeys(m.entity.id for m in self.all_mentions.between(part, run[0].start) if self.is_row_name(m)))
        board = self._the_board(claim)
        if board is None or len(named) != 1:
            return None
        back = weeks - 1 - run.index(claim)
        if claim.kind == "rank":
            rank = self.c.relations.rank_now(board, named[0], back)
            if rank is None:
                return None
            held, shown = rank == int(claim.values[0].value), f"第{rank}"
        else:
            column = "tokens" if claim.kind == "amount" else "share"
            value = self.c.relations.value(board, named[0], column, back)
            if value is None:
                return None
            held = value.agrees_with(claim.values[0])
            if not held and claim.kind == "percent":
                return None  # 三周分别增长5%、7%和9%: a run of percentages may be rates, not shares
            shown = format_tokens(value.value) if column == "tokens" else f"{value.value:g}%"
        if held:
            return Outcome(True, [f"{board}/{named[0]}/week-{back}"])
        name = self.c.entities.by_id[named[0]].name
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: {name} had {shown} {back} weeks before this one", None))

    def verify_name_part(self, claim: Claim) -> Outcome | None:
        """Anthropic的两款4.6模型, 其中三款2.5系列: a bare number after a count of models, or before
        系列/模型, is the part of their names the company's listed models share, where they do."""
        if claim.kind != "plain" or not _VERSION_LIKE.fullmatch(claim.quote.strip()) or not (
                _COUNTED_BEFORE.search(self.text, max(self.s.start, claim.start - 4), claim.start) or _NAME_PART_AFTER.match(self.text, claim.end)):
            return None
        makers = {m.entity.id if m.entity.kind is EntityKind.company else m.entity.maker
                  for m in self.mentions if self.s.start <= m.start < claim.start}
        number = re.compile(rf"(?<![\d.]){re.escape(claim.quote.strip())}(?![\d.])")
        for entity in self.c.entities.by_id.values():
            if entity.maker in makers and entity.id in self.c.boards_of and number.search(entity.name):
                return Outcome(True, [f"name/{entity.maker}/{claim.quote.strip()}"])
        return None

    def verify_absence(self, claim: Claim, bound: dict[int, list[Entity]]) -> Outcome | None:
        """缺席两周后重回前十, 时隔两周重回: the weeks a row listed this week was off its board before
        (时隔 may count the week it left as well)."""
        wanted = int(claim.values[0].value)
        gap_words = "时隔" in self.text[max(self.s.start, claim.start - 3) : claim.start]
        board = self._the_board(claim)
        for entity, _ in self.subjects(claim, bound):
            for board_id in [board] if board else self.c.boards_of.get(entity.id, []):
                weeks = self.c.relations.snapshots.get(board_id, [])
                listed = [any(e.entity == entity.id for e in w.entries) for w in weeks]
                earlier = next((i for i in range(1, len(listed)) if listed[i]), None)
                if not listed or not listed[0] or earlier is None:
                    continue
                absent = earlier - 1
                if absent == wanted or gap_words and earlier == wanted:
                    return Outcome(True, [f"{board_id}/{entity.id}/absent{wanted}"])
                label = self.c.boards[board_id].label
                said = f"缺席了{absent}周" if absent else "上周仍在榜"
                return Outcome(False, problem=(ProblemKind.wrong_value, f"{entity.name}在{label}上{said}，不是{claim.quote}", None))
        return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: no row named here left its board and came back", None))

    def verify_card(self, claim: Claim) -> Outcome | None:
        """**1.58T** —— Grok 4.1 Fast (free)首周调用量: a figure that opens its line and is then said
        what it is, read as the description's first clause stating it (…首周调用量为1.58T). A further
        reading only: it can verify a figure, never make one wrong."""
        start = self.p.line_starts[claim.line]
        end = self.p.original.find("\n", start)
        line = self.p.original[start : end if end >= 0 else len(self.p.original)]
        card = _CARD.match(line)
        if card is None or self.c.reading_card or claim.kind in ("top", "out") \
                or not (start + card.start("figure") <= claim.start and claim.end <= start + card.end("figure")):
            return None
        # The card's head is figures alone (713B, -42%, 第1→第7), not a sentence ending on a colon.
        inside = [c for c in self.claims if start + card.start("figure") <= c.start and c.end <= start + card.end("figure")]
        rest_of_head = card.group("figure")
        for c in inside:
            rest_of_head = rest_of_head.replace(c.quote, "", 1)
        if rest_of_head.strip(" →->~～至+周款家个席次天名") != "":  # 11周: a unit the head claim left out
            return None
        what = card.group("what")
        cut = _CLAUSE_MARK.search(what)
        head, rest = (what[: cut.start()], what[cut.start() :]) if cut else (what, "")
        self.c.reading_card = True  # the description is read once, never as a card of its own
        try:
            result = self.c.check(f"{head}为{card.group('figure')}{rest}")
        finally:
            self.c.reading_card = False
        at = len(head) + 1 + claim.start - (start + card.start("figure"))
        found = next((v for v in result.verified if v.line == 1 and v.column - 1 <= at < v.column - 1 + len(v.quote)), None)
        return Outcome(True, [*found.facts, "card"]) if found is not None else None

    def _verify(self, claim: Claim, role: str, bound: dict[int, list[Entity]]) -> Outcome | None:
        if claim.kind in ("amount", "rank", "percent") and (series := self.verify_week_series(claim)) is not None:
            return series
        if claim.kind in ("amount", "percent", "speed", "price") and (again := self.verify_said_again(claim)) is not None:
            return again
        if claim.kind in ("points", "amount") and self.difference_of_written(claim):
            return Outcome(True, ["arithmetic/written"])
        if claim.kind == "amount" and self.difference_with_named(claim):
            return Outcome(True, ["arithmetic/written-named"])
        if claim.kind == "points" and self.change_of_written_percent(claim, bound):
            return Outcome(True, ["arithmetic/last-week"])
        if claim.kind == "count" and (again := self.said_again_of_last_week(claim, bound)) is not None:
            return again
        if claim.kind == "date":
            return self.verify_date(claim)
        if claim.kind == "version":
            return self.verify_version(claim, bound, role)
        if claim.kind == "inout":
            return self.verify_inout(claim)
        if claim.kind == "updown":
            return self.verify_updown(claim)
        if claim.kind == "digits":
            return self.verify_digits(claim, role, bound)
        if claim.kind == "count" and claim.values and (share := self.verify_per_n(claim, bound)) is not None:
            return share
        if claim.kind in ("count", "places") and claim.values and (gap := self.verify_place_gap(claim)) is not None:
            return gap
        if claim.kind == "count" and claim.values and (boards := self.verify_boards_count(claim)) is not None:
            return boards
        if claim.kind in ("first", "rank") and (counter := self.claim_before(claim)) is not None and counter.kind == "count" and counter.values \
                and (found := BOARDS_AFTER.match(self.text, counter.end)) is not None and found.end() >= claim.end:
            return Outcome(True, [f"first-on/{counter.quote}"])  # 拿下两个榜首: the count says on how many boards; it is checked
        if claim.kind == "days":
            return self.verify_days(claim)
        if claim.kind == "week_ordinal":
            return self.verify_week_ordinal(claim, bound)
        if claim.kind == "listing":
            return self.verify_listing(claim, bound)
        if claim.kind == "only_mover":
            return self.verify_only_mover(claim, bound)
        if claim.kind == "extreme":
            return self.verify_extreme_mover(claim, bound)
        if claim.kind == "weeks":
            # 两周均在榜, 三周累计: a stretch of weeks the data must hold.
            board = self.board_at(claim.start)
            held = max((len(self.c.relations.snapshots.get(b, [])) for b in ([board] if board else self.c.boards)), default=0)
            n = int(claim.values[0].value) if claim.values else 0
            if 0 < n <= held:
                return Outcome(True, [f"week/span{n}"])
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the data does not hold {n} weeks", None))
        if claim.kind == "absent":
            return self.verify_absence(claim, bound)
        if claim.kind == "weeks_ago":
            # 两周前, 较三周前的775B: a week the data must hold; the figures it dates are checked there.
            board = self.board_at(claim.start)
            held = max((len(self.c.relations.snapshots.get(b, [])) for b in ([board] if board else self.c.boards)), default=0)
            n = int(claim.values[0].value) if claim.values else 0
            if 0 < n < held:
                return Outcome(True, [f"week/-{n}"])
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the data does not go back {n} weeks", None))
        if claim.kind == "count":
            # A line that names no board counts events before a company's seats (六项模型或产品).
            readings = [lambda: self.verify_board_count(claim, bound, role), lambda: self.verify_event_count(claim)]
            if self.board_at(claim.start) is None:
                readings.reverse()
            counted = self.verify_rest(claim) or self.verify_rest_of_written(claim) or self.verify_movers_count(claim) or self.verify_listed_count(claim) or self.verify_range_count(claim) or self.verify_country_count(claim, role) or \
                self.verify_brand_count(claim) or self.verify_moved_count(claim) or \
                self.verify_threshold(claim, role) or \
                readings[0]() or readings[1]() or self.verify_spelled_count(claim, self.events_in_scope(claim))
            if counted is not None or not claim.quote[0].isdigit():
                return counted
        if claim.kind in ("amount", "percent", "speed", "price", "plain") and (spread := self.verify_spread(claim)) is not None:
            return spread
        if claim.kind == "top" and claim.values and (group := self._country_of_all(claim)) is not None and (board := self._the_board(claim)):
            # 前三名全部为中国模型: every row of the top N is of that country.
            n = int(claim.values[0].value)
            rows = self.c.country_rows(board, country_of(group), n, 1 if role == "prev" else 0)
            held = min(n, self.c.listed_ranks.get(board, 0))
            if rows is not None and len(rows) == held:
                return Outcome(True, [f"{board}/top{n}/{group.group()}"])
            return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}前{n}中{group.group()}有"
                                           f"{len(rows) if rows is not None else '?'}个，不是全部", None))
        if claim.kind == "top" and claim.values and (in_order := self.verify_top_list(claim, role)) is not None:
            return in_order
        if claim.kind == "top" and claim.values and _GROUP_SUM_AFTER.match(self.text, claim.end) and (listed := self.top_listed(claim)):
            return listed  # 前五家合计份额73.4%: the top N is the group added up, whoever the sentence names
        if claim.kind == "top" and claim.values and (same := _UNCHANGED_AFTER.match(self.text, claim.end)) and \
                (same.group(1) or not any(self.clause_start(claim) <= m.start < claim.start for m in self.mentions)):
            # 前六名的座次和上周一模一样, 前四名不变，A连续四周居首: the group is the subject
            return self.verify_unchanged(claim, _unchanged_aspect(same))
        if claim.kind == "top" and claim.values and _NEWCOMER_AFTER.match(self.text, claim.end) \
                and not any(self.clause_start(claim) <= m.start < claim.start for m in self.mentions):
            return self.verify_newcomer(claim)  # …升至第9，前十阵容迎来新面孔: the group is the subject
        if claim.kind in ("first", "rank") and (holder := self.verify_place_holder(claim)) is not None:
            return holder
        if claim.kind == "rank" and (swapped := self.verify_swapped_places(claim)) is not None:
            return swapped
        beyond = self.verify_top_beyond(claim) if claim.kind in ("top", "rank", "amount", "percent", "speed", "plain", "price") else None
        if beyond is not None:
            return beyond
        averaged = self.verify_average(claim, role) or self.verify_movers_change(claim) or self.verify_change_part(claim) \
            or self.verify_run_values(claim) or self.verify_rest(claim)
        if averaged is not None:
            return averaged
        counter = self.claim_before(claim)
        if claim.kind == "top" and claim.values and counter is not None and counter.kind == "count" \
                and _GROUP_IN_TOP.fullmatch(self.text, counter.end, claim.start) \
                and not any(self.clause_start(counter) <= m.start < counter.start for m in self.mentions) \
                and (listed := self.top_listed(claim)):
            return listed  # 国产五家进前十: the top N is where a group no name stands for is counted; the count says how many
        if claim.kind == "top" and claim.values and counter is not None and counter.kind == "count" and counter.values \
                and _GROUP_IN_TOP.fullmatch(self.text, counter.end, claim.start) and (seated := self.verify_seats_within(claim, counter)):
            return seated
        if claim.kind in ("first", "rank", "top") and claim.values and _LOOK_AT.search(self.text, max(self.s.start, claim.start - 8), claim.start) \
                and _SIGNPOST_END.match(self.text, claim.end):
            return self.verify_signpost(claim)
        if claim.kind in ("first", "rank") and claim.values and (other := self.verify_place_as_object(claim)) is not None:
            return other
        if claim.kind == "top" and claim.values and (scope := _COUNTED_WITHIN.match(self.text, claim.end)) \
                and (after := self.claim_after(claim)) is not None and after.kind == "count" and after.start == scope.end() \
                and (listed := self.top_listed(claim)):
            return listed  # 前十中有六款…, 在前五名中更是占据四席, 前九中八款: the top N is where the count is counted
        subjects = self.subjects(claim, bound)
        if claim.kind == "top" and claim.quote.endswith("强") and claim.values and len(subjects) != int(claim.values[0].value) \
                and (listed := self.top_listed(claim)) is not None:
            return listed  # 头部格局向三强并立演变: the leading rows as a group, unless the sentence names them all
        outcomes = [self.verify_for(claim, role, entity, qualifier) for entity, qualifier in subjects]
        if outcomes and all(o.ok for o in outcomes):
            return Outcome(True, [f for o in outcomes for f in o.facts])
        if claim.kind in ("rank", "first") and self.is_place(claim) and not (claim.kind == "rank" and id(claim) in bound):
            return self.verify_place(claim, role)  # a place 分别 binds to a name is that name's, not a place of the board
        related = self.verify_then_ratio(claim, [e for e, _ in subjects] + self.alternatives(claim, bound)) or self.verify_relation(claim, role) or self.verify_group(claim, role) or self.verify_leader_share(claim, role) \
            or self.verify_threshold(claim)
        if related is not None:
            return related
        if claim.kind == "top" and not subjects and claim.values and (same := _UNCHANGED_AFTER.match(self.text, claim.end)):
            return self.verify_unchanged(claim, _unchanged_aspect(same))
        if claim.kind == "top" and not subjects and claim.values and _SOURCE_LISTS.search(self.text, self.s.start, claim.start):
            return self.verify_list_size(claim)  # 数据源仅列前九: the rows the source lists
        heading = self.in_heading(claim)
        if claim.kind == "top" and not subjects and claim.values and (heading or _SET_AFTER.match(self.text, claim.end) or claim.quote.endswith("强")):
            # 前十合计, 前十中, 前三名单, 三强混战, a heading's Top 10: the top N as a group, which the board must list.
            if (listed := self.top_listed(claim)) is not None:
                return listed
        for entity in self.alternatives(claim, bound):
            other = self.verify_for(claim, role, entity, None)
            if other.ok:
                return other
        events = self.events_in_scope(claim)
        if not subjects and not events:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: no entity in this sentence has data to check it against", None))
        event = self.verify_event_figure(claim, events) if self._may_be_event_figure(claim, subjects) else None
        if event is not None and event.ok:
            return event
        failed = next((o for o in outcomes if not o.ok), None)
        if failed is not None and (failed.problem and failed.problem[0] is not ProblemKind.unlicensed or event is None):
            return failed
        return event or failed

    def difference_of_written(self, claim: Claim) -> bool:
        """份额由8.0%升至9.4%，提高1.4个百分点; 占24.0%，较上周的22.0%提升2.0个百分点; 1.24T，比上周的
        1.45T少约206B: points (or an amount after a word of difference) that are the difference of
        the last two percentages (or amounts) the sentence wrote before them, in the direction from
        the earlier one (after 由/从/上周) to the later; each of those is checked on its own."""
        if not claim.values:
            return False
        operand = "percent" if claim.kind == "points" else "amount"
        if operand == "amount" and not _DIFFERENCE_BEFORE.search(self.text, max(self.s.start, claim.start - 6), claim.start):
            return False
        written = [c for c in self.claims if c.kind == operand and c.values and self.s.start <= c.start and c.end <= claim.start]
        if len(written) < 2:
            return False
        a, b = (self._as_data(c.values[0]) if operand == "amount" else c.values[0] for c in written[-2:])
        figure = claim.values[0]
        if abs(abs(a.value - b.value) - abs(figure.value)) > max(figure.step, a.step, b.step) / 2 + 1e-9:
            return False
        compared = _THAN.search(self.text, written[-2].end, written[-1].start)
        said = _MORE_LESS.search(self.text, max(self.s.start, claim.start - 6), claim.start)
        if compared is not None and said is not None:
            # 344B，仅比Grok 4.1 Fast（345B）多约1.2B: the first is more (or less) than the one after 比.
            return a.value != b.value and (a.value > b.value) == (said.group(1) is not None)
        signed = "up" if claim.quote.startswith("+") else "down" if claim.quote.startswith(("-", "−", "负")) else None
        way = signed or self.direction(claim)
        if way not in ("up", "down"):
            return operand == "percent"
        # 由8.0%升至9.4%, 占65.5%，较上周的53.4%: the one after 由/从/上周 is the earlier week's.
        earlier = [_EARLIER_PERCENT.search(self.text, max(self.s.start, c.start - 5), c.start) is not None for c in written[-2:]]
        if earlier.count(True) != 1:
            return False
        old, new = (a, b) if earlier[0] else (b, a)
        return new.value != old.value and (new.value > old.value) == (way == "up")

    def difference_with_named(self, claim: Claim) -> bool:
        """其上周以311B排在第10，比本周的Gemini 2.5 Flash仅少2B: an amount after a word of difference
        is the gap between the amount the clause wrote and the row named after 比, in the week
        written before that name (this week unless 上周), the way 多/少 says."""
        if not claim.values or not _DIFFERENCE_BEFORE.search(self.text, max(self.s.start, claim.start - 6), claim.start):
            return False
        written = next((c for c in reversed(self.claims) if c.kind == "amount" and c.values and self.s.start <= c.start and c.end <= claim.start), None)
        if written is None:
            return False
        than = _THAN.search(self.text, written.end, claim.start)
        named = next((m for m in self.mentions if than is not None and than.end() <= m.start < claim.start), None)
        board = self.board_at(claim.start) or self.line_board
        if named is None or board is None:
            return False
        week = 1 if LAST_WEEK.search(self.text, than.end(), named.start) else 0  # type: ignore[union-attr]
        other = self.value_of(board, named.entity.id, "tokens", week)
        said = _MORE_LESS.search(self.text, max(self.s.start, claim.start - 6), claim.start)
        if other is None or said is None:
            return False
        mine = self._as_data(written.values[0])
        gap = mine.value - other.value
        if gap == 0 or (gap > 0) != (said.group(1) is not None):
            return False
        return near_bound(Figure(abs(gap), max(mine.step, other.step)), claim.values[0], self.bound_near(claim))

    def change_of_written_percent(self, claim: Claim, bound: dict[int, list[Entity]]) -> bool:
        """占前九总量的24.0%，较上周提升2.0个百分点: points after a percentage and a comparison with last
        week are its change since then, so the percentage less (or more) the points must read, the
        same way, as last week's."""
        prior = next((c for c in reversed(self.claims) if c.kind == "percent" and c.values and self.s.start <= c.start and c.end <= claim.start), None)
        if not claim.values or prior is None or _SINCE_LAST_WEEK.search(self.text, prior.end, claim.start) is None:
            return False
        signed = "up" if claim.quote.startswith("+") else "down" if claim.quote.startswith(("-", "−", "负")) else None
        way = signed or self.direction(claim)
        if way not in ("up", "down"):
            return False
        now = self._verify(prior, "now", bound)
        if now is None or not now.ok:
            return False
        figure, moved = prior.values[0], abs(claim.values[0].value)
        then = Figure(figure.value - moved if way == "up" else figure.value + moved, max(figure.step, claim.values[0].step))
        at = self.claims.index(prior)
        self.claims[at] = replace(prior, values=[then], quote=f"{then.value:g}%")
        try:
            before = self._verify(self.claims[at], "prev", bound)
        finally:
            self.claims[at] = prior
        return before is not None and before.ok

    def said_again_of_last_week(self, claim: Claim, bound: dict[int, list[Entity]]) -> Outcome | None:
        """六家厂商有模型上榜，上周为五家; 超过一万亿的模型共有四款，上周仅为两款: a count after 上周为
        is the sentence's earlier count, read the same way, for last week."""
        if _LAST_WEEK_WAS.search(self.text, max(self.s.start, claim.start - 8), claim.start) is None:
            return None
        earlier = next((c for c in reversed(self.claims) if c.kind == "count" and c.values and self.s.start <= c.start and c.end <= claim.start), None)
        if earlier is None or not claim.values:
            return None
        at = self.claims.index(earlier)
        self.claims[at] = replace(earlier, values=list(claim.values), quote=claim.quote)
        try:
            before = self._verify(self.claims[at], "prev", bound)
        finally:
            self.claims[at] = earlier
        return Outcome(True, [*before.facts, "last-week"]) if before is not None and before.ok else None

    def _as_data(self, written: Figure) -> Figure:
        """A written amount as the data holds it, exactly, where it is a value of a row the line names
        or a total of the board, this week or last (1.25T is Grok Code Fast 1's 1,248.6B); else as written."""
        board = self.board_at(self.s.start) or self.line_board
        if board is None:
            return written
        values = [v for m in self.line_mentions for w in (0, 1) if (v := self.c.relations.value(board, m.entity.id, "tokens", w))]
        values += [d.figure for w in (0, 1) for d in self.c.relations.totals(board, "tokens", w)]
        found = next((v for v in values if v.agrees_with(written)), None)
        return Figure(found.value, 0.0) if found is not None else written

    def verify_said_again(self, claim: Claim) -> Outcome | None:
        """138.08B，也就是一千三百八十亿出头: the figure just written, said again in another spelling;
        it must say the same (the first one is checked on its own)."""
        index = self.claims.index(claim)
        last = self.claims[index - 1] if index else None
        if last is None or last.kind != claim.kind or not last.values or not claim.values \
                or not _SAID_AGAIN.fullmatch(self.text, last.end, claim.start):
            return None
        truth, written = Figure(last.values[0].value, 0.0), claim.values[0]
        bound = self.bound_near(claim)
        just = _JUST_PAST.match(self.text, claim.end)
        if just is not None:
            # 出头 is less than one written step over; 不到 less than one step under.
            under = just.group() == "不到"
            same = written.value - written.step < truth.value < written.value if under else \
                written.value <= truth.value < written.value + written.step
        else:
            same = is_within(truth, written, bound)
        if same:
            return Outcome(True, [f"restates/{last.quote}"])
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote} does not say {last.quote} again", None))

    def verify_digits(self, claim: Claim, role: str, bound: dict[int, list[Entity]]) -> Outcome | None:
        """两位数增长, 三位数的涨幅: the subject's growth (or relative change) has that many digits."""
        digits = int(claim.values[0].value)
        low, high = 10 ** (digits - 1), 10**digits
        seen: list[str] = []
        for entity, _ in self.subjects(claim, bound):
            for fact in self.c.facts_for(entity.id, self.board_at(claim.start)):
                value = (fact.prev if role == "prev" else fact.now) if fact.metric is Metric.growth else \
                    fact.rel_change if fact.metric in AMOUNTS and role != "prev" else None
                if value is None:
                    continue
                if low <= abs(value.value) < high:
                    return Outcome(True, [fact.id])
                seen.append(f"{entity.name} {value.text}")
        if not seen:
            return None
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{'、'.join(dict.fromkeys(seen))}：不是{claim.quote}", None))

    def top_listed(self, claim: Claim) -> Outcome | None:
        """The top N as a group: right when the board in scope (or any board) lists N rows."""
        board = self.board_at(claim.start)
        listed = [self.c.listed_ranks.get(b, 0) for b in ([board] if board else list(self.c.boards))]
        if any(n >= claim.values[0].value for n in listed):
            return Outcome(True, [f"{board or 'board'}/top{int(claim.values[0].value)}"])
        return None

    def verify_spread(self, claim: Claim) -> Outcome | None:
        """第2至第5名的四个模型调用量均在351B至353B之间, 前十从1492分到1454分: the lowest and the highest
        of those rows; 跨度38分 right after them: the distance between the two."""
        pairs = [(a, b) for a, b in zip(self.claims, self.claims[1:]) if a.kind == b.kind
                 and a.values and b.values and _SPREAD_JOIN.fullmatch(self.text, a.end, b.start)
                 and (_SPREAD_END.match(self.text, b.end) and _SPREAD_START.search(self.text, max(self.s.start, a.start - 6), a.start)
                      or _SPREAD_FROM.search(self.text, max(self.s.start, a.start - 2), a.start))]
        pair = next((p for p in pairs if claim in p), None)
        width = None
        if pair is None and (width := _SPAN_WIDTH.search(self.text, max(self.s.start, claim.start - 8), claim.start)) is not None:
            pair = next((p for p in reversed(pairs) if p[1].end <= claim.start and p[1].kind == claim.kind), None)
        board = self._the_board(claim)
        places = list(_PLACE_SPAN.finditer(self.text, self.s.start, pair[0].start)) if pair is not None else []
        if pair is None or board is None or not places:
            return None
        span = [g for g in places[-1].groups() if g]
        low, high = (int(g) if g.isdigit() else cn_to_int(g) or 0 for g in (["1", span[0]] if len(span) == 1 else span))
        column = next((m.value for m in metric_order(self.metrics_for(claim)) if m.value in RELATION_COLUMNS), None)
        values = [self.c.relations.at_rank(board, column, 0, rank=r) for r in range(low, high + 1)] if column else []
        if not values or None in values:
            return None
        ends = (min(values, key=lambda f: f.value), max(values, key=lambda f: f.value))  # type: ignore[union-attr]
        falling = pair[0].values[0].value > pair[1].values[0].value  # 从1492分到1454分: high end first
        low_end = (claim is pair[0]) != falling
        truth = ends[0] if low_end else ends[1]
        if width is not None:
            truth = Figure(ends[1].value - ends[0].value, ends[1].step + ends[0].step)  # type: ignore[union-attr]
        written = claim.values[0]
        if truth is not None and is_within(truth, Figure(abs(written.value), written.step), None):
            return Outcome(True, [f"{board}/places{low}-{high}/{'width' if width else 'low' if low_end else 'high'}"])
        shown = [format_tokens(f.value) if column in ("tokens", "requests") else f"{f.value:g}" for f in ends]  # type: ignore[union-attr]
        return Outcome(False, problem=(ProblemKind.wrong_value, f"places {low}–{high} hold {shown[0]} to {shown[1]}, not {claim.quote}", None))

    def _asked(self, claim: Claim) -> bool:
        """A place word in a question that names no one (LMArena文本榜换了榜首？有谁跌出前十？第一是第二的多少倍？)."""
        if claim.kind not in ("first", "top", "rank", "out") or any(ch.isdigit() for ch in claim.quote):
            return False
        end = _QUESTION_END.search(self.text, claim.end)
        start = max(self.s.start, self.text.rfind("\n", 0, claim.start) + 1)  # a question and its answer may share a sentence
        return end is not None and end.group() in "？?" and not any(start <= m.start < end.start() for m in self.mentions)

    def _structure(self, claim: Claim) -> bool:
        """A lone rank word on its own line is a table heading (第一名), as is one in a heading that
        names no one (## 测评榜单第一名一览), not a claim."""
        rest = self.text[self.s.start : self.s.end].strip()
        if claim.kind in ("rank", "first") and self.in_heading(claim) and not self.mentions:
            return _LISTING_AFTER.match(self.text, claim.end) is not None
        return claim.kind in ("rank", "top", "first") and rest.strip("*_ ") == claim.quote  # 第一名, **榜首** on its own line

    def in_heading(self, claim: Claim) -> bool:
        """The claim stands in a Markdown heading or a chart's caption."""
        start = self.p.line_starts[claim.line]
        return self.p.original[start : start + 7].lstrip().startswith("#") or CAPTION.match(self.p.original[start : start + 12]) is not None

    def verify_place_as_object(self, claim: Claim) -> Outcome | None:
        """跌幅大于榜首, 和榜首仍差1660亿, 与新科榜首的差距, 紧咬榜首: a place the subject is compared
        with stands for the row that holds it, which is not the subject; the board must list it."""
        word = _PLACE_OBJECT_BEFORE.search(self.text, max(self.s.start, claim.start - 4), claim.start)
        if word is None or any(claim.end <= m.start <= claim.end + 1 for m in self.mentions) \
                or any(c.end <= word.start() and not self.text[c.end : word.start()].strip(" 名位") for c in self.claims if c is not claim):
            return None  # 分别是第8和第1: two places listed, not a place compared with
        board = self._the_board(claim)
        subject = next((m.entity.id for m in reversed(self.mentions) if self.s.start <= m.start < claim.start), None)
        wanted = int(claim.values[0].value)
        if board is None or subject is None or self.c.listed_ranks.get(board, 0) < wanted \
                or self.c.relations.rank_now(board, subject) == wanted:
            return None
        return Outcome(True, [f"{board}/place{wanted}"])

    def verify_signpost(self, claim: Claim) -> Outcome:
        """先看榜首。, 再看第四。, 这周看前十。: a place (or top N) the text turns to, which the board must list."""
        board = self._the_board(claim)
        boards = [board] if board else [b for b in self.c.boards if self.c.listed_ranks.get(b)]
        wanted = int(claim.values[0].value)
        following = [m.entity.id for m in self.line_mentions if claim.end <= m.start][:2]
        if claim.kind != "top" and following:
            # 再看第四。gpt-oss-120b…: the place is the one the next name holds.
            for board_id in boards:
                ranks = [(e, r) for e in following if (r := self.c.relations.rank_now(board_id, e)) is not None]
                if any(r == wanted for _, r in ranks):
                    return Outcome(True, [f"{board_id}/place{wanted}"])
                if ranks:
                    return Outcome(False, problem=(ProblemKind.top_n, f"{claim.quote}: the row named next, "
                                                   f"{self._name(ranks[0][0])}, stands at 第{ranks[0][1]}", None))
        held = [b for b in boards if self.c.listed_ranks.get(b, 0) >= wanted]
        if held:
            return Outcome(True, [f"{held[0]}/listed"])
        listed = "、".join(f"{self.c.boards[b].label}{self.c.listed_ranks.get(b, 0)}行" for b in boards) or "没有上榜行"
        return Outcome(False, problem=(ProblemKind.top_n, f"本周数据列出{listed}，没有{claim.quote}", None))

    def verify_list_size(self, claim: Claim) -> Outcome:
        """数据源仅列前九, 源数据本期只列前九: how many rows the source lists on the board."""
        board = self._the_board(claim)
        boards = [board] if board else [b for b in self.c.boards if self.c.listed_ranks.get(b)]
        wanted = int(claim.values[0].value)
        if any(self.c.listed_ranks.get(b, 0) == wanted for b in boards):
            return Outcome(True, [f"{board or boards[0] if boards else 'board'}/listed"])
        listed = "、".join(f"{self.c.boards[b].label}{self.c.listed_ranks.get(b, 0)}行" for b in boards) or "没有上榜行"
        return Outcome(False, problem=(ProblemKind.top_n, f"本周数据列出{listed}，不是{claim.quote}", None))

    def verify_for(self, claim: Claim, role: str, entity: Entity, qualifier: str | None) -> Outcome:
        board, named = self.board_context(claim.start)
        if entity.kind is EntityKind.company:
            # Google占据前十中四席, Google四款模型合计1601B: a company on a board of models is its models there.
            own = self.c.boards_of.get(entity.id, [])
            models_named = _MODELS_OF.search(self.text[self.s.start : self.s.end])
            if own and board not in own and (claim.kind not in ("count", "top", "out", "rank", "first") and not models_named
                                             or COMPANY_PLACE_BEFORE.search(self.text, max(self.s.start, claim.start - 6), claim.start)):
                # 公司层面，Google的份额…, 仍居厂商第一, 厂商榜第6: a company's own figures are on its own board.
                board, named = None, False
            places = [board] if board else ([] if own else self.c.boards_of_members(entity.id))
            for board_id in places:
                if (board_id, entity.id) not in self.c.index and self.c.members(entity.id, board_id):
                    return self.verify_company(claim, role, entity, board_id)
        if named and board and (board, entity.id) not in self.c.index:
            if claim.kind in ("top", "out") and claim.values and role != "prev" and self.denies_place(claim) \
                    and (self.c.listed_ranks.get(board, 0) >= claim.values[0].value or self.c.lists_the_rest.get(board, (False, False))[0]):
                return Outcome(True, [f"{board}/{entity.id}/unlisted"])  # 字节不在市占率前十: not listed, so outside
            return Outcome(False, problem=(
                ProblemKind.wrong_entity,
                f"{entity.name} is not on {self.c.boards[board].label} this week or last; {claim.quote} cannot be its figure",
                None,
            ))
        facts = self.c.facts_for(entity.id, board)
        if board is None and claim.kind in ("rank", "top", "out"):
            # 调用量…排名第5: a rank read with a metric word belongs to a board that has that metric.
            words = self.metric_words(claim) - {Metric.score}
            boards = [b for b in self.c.boards_of.get(entity.id, []) if any(f.metric in words for f in self.c.index[(b, entity.id)])]
            if boards:
                facts = [f for b in boards for f in self.c.index[(b, entity.id)]]
            elif words:
                labels = "/".join(sorted(METRIC_LABELS[m.value] for m in words))
                return Outcome(False, problem=(
                    ProblemKind.wrong_metric, f"{entity.name} is on no board ranked by {labels}; {claim.quote} cannot be its rank", None,
                ))
        if qualifier and any(f.qualifier for f in facts):
            facts = [f for f in facts if f.qualifier == qualifier]
            if not facts:
                provider = self.c.entities.by_id.get(qualifier)
                return Outcome(False, problem=(
                    ProblemKind.wrong_entity,
                    f"the data has no {entity.name} row served by {provider.name if provider else qualifier}",
                    None,
                ))
        if not facts:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the data has no figures for {entity.name} this week", None))
        past = self._past_week(claim) if claim.kind == "rank" and claim.values else None
        if past is not None:
            # 两周前它还以377B排在第10: the place it held in the week the sentence names.
            for board_id in dict.fromkeys(f.board for f in facts if f.board):
                if self.c.relations.rank_on(board_id, entity.id, past) == int(claim.values[0].value):
                    return Outcome(True, [f"{board_id}/{entity.id}/rank@{past}"])
        if claim.kind in ("top", "out"):
            return self.verify_top(claim, role, entity, facts)
        if claim.kind == "multiple":
            return self.verify_multiple(claim, entity, facts)
        if claim.kind == "streak":
            return self.verify_streak(claim, entity, facts, qualifier)
        if claim.kind == "places":
            return self.verify_places(claim, entity, facts)
        if claim.kind == "first":
            return self.verify_first(claim, entity, facts, role)
        metrics = self.metrics_for(claim)
        preferred = self.metric_words(claim)
        candidates = sorted(self.candidates(claim, role, facts, metrics), key=lambda c: c.fact.metric not in preferred)
        if not candidates and Metric.share in metrics and (board := self.board_at(claim.start) or self._the_board(claim)) \
                and self.c.relations.value(board, entity.id, "tokens", 0) is not None and not self._stated_totals(claim) \
                and not _OTHER_WHOLE.search(self.text, self.clause_start(claim), claim.start) \
                and self.part_holds(claim, 1 if role == "prev" else 0, entity.id, board):
            return Outcome(True, [f"{board}/{entity.id}/part"])  # 份额从上周的19.2%升到29.4%: its part of the listed total
        if not candidates:
            kinds = "/".join(sorted(METRIC_LABELS[m.value] for m in metrics)) or "figure"
            return Outcome(False, problem=(ProblemKind.wrong_metric, f"{claim.quote}: the data has no {kinds} of {entity.name} this could be", None))
        figure = self.signed_figure(claim, role)
        window = self.text[max(self.s.start, claim.start - 8) : claim.start]
        if _GAP_BEFORE.search(window) or not claim.signed and _NEUTRAL_CHANGE.search(window):
            # 周增长率由+68%转为-42%，相差110个百分点 (一周变化33个百分点): a gap is a size, whatever the direction.
            figure = figure + [Figure(-f.value, f.step) for f in figure]
        bound = self.bound_near(claim) \
            if claim.kind not in ("rank", "streak") else None
        just = _JUST_PAST.match(self.text, claim.end) is not None  # 三千五百亿出头 is just over, not any amount over
        for cand in candidates:
            truth = cand.value.figure()
            sizes = figure
            if bound in ("above", "below") and not claim.signed:
                # 降幅不到三成, 少了两千亿出头: a bound on the size of a fall
                truth = Figure(abs(truth.value), truth.step)
                sizes = [Figure(abs(f.value), f.step) for f in figure]
            if any(near_bound(truth, f, bound) if just else is_within(truth, f, bound) for f in sizes):
                direction = self.check_direction(claim, role, cand)
                if direction:
                    return direction
                return Outcome(True, [cand.fact.id])
        return self.explain(claim, role, entity, candidates, figure, metrics)

    def candidates(self, claim: Claim, role: str, facts: list[Fact], metrics: set[Metric]) -> list[Candidate]:
        """Values of the subject's facts that the claim, given its kind and role, may state.

        个百分点 is always a change of a percentage; a percentage of an amount, or any percentage
        said as a change (增长27%), is a relative change; ranks are never changes.
        """
        out: list[Candidate] = []
        part = claim.kind == "percent" and _PART_OF_WHOLE.search(self.text, self.clause_start(claim), claim.start) is not None
        left = LEFT_LIST.search(self.text, self.s.start, self.s.end) is not None
        for fact in facts:
            if fact.metric not in metrics or part and fact.metric is Metric.growth:
                continue
            percent_metric = fact.metric in (Metric.share, Metric.growth) or (fact.metric is Metric.score and fact.unit == "%")
            if claim.kind == "points":
                if percent_metric and fact.change is not None:
                    out.append(Candidate(fact, "change", fact.change))
                continue
            # A percentage of an amount, a speed or a price is a relative change (736 tok/s（+25%）).
            relative = fact.metric in AMOUNTS or fact.metric in (Metric.speed, Metric.price)
            if claim.kind == "percent" and relative and role == "prev":
                continue  # last week's relative change is last week's growth, not a change we hold
            if claim.kind == "percent" and role == "change" and fact.metric is Metric.growth and fact.prev is not None and \
                    LAST_WEEK.search(self._undescribed(self.clause_start(claim), claim.start)):
                # 上周调用量暴涨136%: last week's growth (上周排第2的X微跌3% is this week's: 上周 describes X)
                out.append(Candidate(fact, "prev", fact.prev))
            elif claim.kind == "percent" and role == "change" and fact.metric is Metric.growth and fact.now is not None and \
                    Metric.growth not in self.metric_words(claim):
                out.append(Candidate(fact, "now", fact.now))  # 调用量增长79%: the week's published growth
            if claim.kind == "percent" and (role == "change" or relative):
                if fact.rel_change is not None and not part:
                    out.append(Candidate(fact, "change", fact.rel_change))
                continue
            if claim.kind == "percent" and not percent_metric:
                continue
            if role == "change":
                if fact.change is not None and fact.metric not in (Metric.rank, Metric.requests_rank):
                    out.append(Candidate(fact, "change", fact.change))
                continue
            value = fact.prev if role == "prev" else fact.now
            if value is not None:
                out.append(Candidate(fact, "prev" if role == "prev" else "now", value))
            elif role == "now" and fact.prev is not None and left:
                out.append(Candidate(fact, "prev", fact.prev))  # MiniMax以219B跌出前十: a row that left has only last week's
        return out

    def signed_figure(self, claim: Claim, role: str) -> list[Figure]:
        """The claim's value with the sign its words give it (下降52% is -52)."""
        figure = claim.values[0]
        if claim.signed or figure.value == 0:
            return [figure]
        if role == "change" or claim.kind == "points":
            if self.direction(claim) == "down":
                return [Figure(-figure.value, figure.step)]
        if (claim.kind == "percent" or role == "change") and (_DECLINE_NAME.search(self.text[self.clause_start(claim) : claim.start])
                                        or _DECLINE_AFTER.match(self.text, claim.end)):
            return [Figure(-figure.value, figure.step)]  # 跌幅52%, 4%的周降幅: a growth of -52%, of -4%
        return [figure]

    def check_direction(self, claim: Claim, role: str, cand: Candidate) -> Outcome | None:
        """增至 a smaller number, 降至 a larger one, 升至 a worse rank: the words contradict the data."""
        if role != "now" or cand.fact.prev is None or cand.fact.now is None:
            return None
        word = self.direction(claim)
        if word is None:
            return None
        delta = cand.fact.now.value - cand.fact.prev.value
        if cand.fact.metric in (Metric.rank, Metric.requests_rank):
            delta = -delta
        if cand.fact.metric is Metric.growth and CHANGE_NOUN_AFTER.match(self.text, claim.end):
            delta = cand.fact.now.value  # 以7%的增幅: the growth's own sign, not how the rate moved since last week
        size = word in ("wider", "narrower")
        if size:
            # 由-1%扩大至-3%: a size grew, whichever its sign.
            delta = abs(cand.fact.now.value) - abs(cand.fact.prev.value)
            word = "up" if word == "wider" else "down"
        # 升至第3 for a row that was third already: a move the verb right before the place says took place.
        moved_place = cand.fact.metric in (Metric.rank, Metric.requests_rank) and delta == 0 and not size \
            and _MOVED_TO_PLACE.search(self.text, max(self.s.start, claim.start - 5), claim.start) is not None
        if (word == "up" and delta < 0) or (word == "down" and delta > 0) or moved_place:
            label = METRIC_LABELS[cand.fact.metric.value]  # type: ignore[union-attr]
            moved = ("narrowed" if delta < 0 else "widened") if size else ("fell" if delta < 0 else "rose" if delta > 0 else "stayed")
            return Outcome(False, problem=(
                ProblemKind.direction,
                f"{cand.fact.name} {label} {moved} ({cand.fact.prev.text} → {cand.fact.now.text}); "
                f"the words before {claim.quote} say it {('widened' if word == 'up' else 'narrowed') if size else 'went ' + word}",
                self.c.source(cand.fact, cand.fact.now, "now"),
            ))
        return None

    def explain(self, claim: Claim, role: str, entity: Entity, candidates: list[Candidate],
                figure: list[Figure], metrics: set[Metric]) -> Outcome:
        """Say what the data holds instead, and where the written figure comes from if anywhere."""
        best = candidates[0]
        label = METRIC_LABELS[best.fact.metric.value]  # type: ignore[union-attr]
        other_role = "prev" if best.role == "now" else "now"
        other = best.fact.prev if best.role == "now" else best.fact.now
        kind = ProblemKind.wrong_value
        note = ""
        points = best.fact.change if best.fact.metric in (Metric.share, Metric.growth) else None
        if other is not None and best.role in ("now", "prev") and other.figure().agrees_with(figure[0]):
            kind, note = ProblemKind.wrong_week, f" ({claim.quote} is {ROLE_LABELS[other_role]}'s)"
        elif claim.kind == "percent" and points is not None and abs(points.value) > 0 and \
                Figure(abs(points.value), points.step).agrees_with(Figure(abs(figure[0].value), figure[0].step)):
            kind, note = ProblemKind.wrong_metric, f" (a change of {points.text} is written 个百分点, not %)"
        else:
            for cand in candidates[1:]:
                if cand.value.figure().agrees_with(figure[0]):
                    kind = ProblemKind.wrong_metric
                    note = f" ({claim.quote} is its {ROLE_LABELS.get(cand.role, '')}{METRIC_LABELS[cand.fact.metric.value]})"  # type: ignore[union-attr]
                    break
            else:
                holder = self.c.who_has(figure[0], metrics, entity.id)
                if holder:
                    kind, note = ProblemKind.wrong_entity, f" ({claim.quote} is {holder})"
        message = f"{best.fact.name} {ROLE_LABELS.get(best.role, '')}{label} is {best.value.text}, not {claim.quote}{note}"
        return Outcome(False, problem=(kind, message, self.c.source(best.fact, best.value, best.role)))

    def _country_of_all(self, claim: Claim) -> re.Match[str] | None:
        """The country group a top N wholly belongs to: 前三名全部为中国模型, 前四席仍由美国公司包揽."""
        whole = _ALL_OF.match(self.text, claim.end)
        if whole is not None:
            return COUNTRY_GROUP.match(self.text, whole.end())
        held = _HELD_BY.match(self.text, claim.end)
        group = COUNTRY_GROUP.match(self.text, held.end()) if held else None
        return group if group is not None and _SWEPT.match(self.text, group.end()) else None

    def _dated_before_week(self, claim: Claim) -> bool:
        """The sentence writes, before the claim, a date of a week before this one (较12月7日的879B)."""
        week = self.c.facts.week
        for other in self.claims:
            if other.kind == "date" and other.end <= claim.start and other.date:
                year, month, day = other.date
                if month is None:
                    continue
                try:
                    when = written_date(year, month, day, week)
                except ValueError:
                    continue
                if when < week - dt.timedelta(days=6):
                    return True
        return False

    def verify_multiple(self, claim: Claim, entity: Entity, facts: list[Fact]) -> Outcome:
        """翻倍, 翻两番, N倍: the ratio of this week's to last week's value (约3倍 is an estimate)."""
        metrics = self.metric_words(claim) or {Metric.tokens}
        if Metric.growth in metrics:
            metrics = metrics | {Metric.tokens}  # 增幅108%，翻了一倍多: the growth is of the tokens
        before = self.text[self.clause_start(claim) : claim.start]
        if claim.unit_word == "fraction" and _OF_A_TOTAL.search(before):
            # 超过前九总量的三分之一: a part of a total, which the relations check, not this week over last
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: a part of a total, not a change of {entity.name}", None))
        if "番" in claim.quote:
            targets = [2.0 ** (claim.values[0].value if claim.values else 1)]
        elif claim.quote.startswith("翻") and "倍" in claim.quote:
            targets = [2.0]  # 翻倍, 翻了一倍: doubled
        elif claim.unit_word == "fraction":
            targets = [claim.values[0].value]
        elif claim.values:
            # 增长两倍 is growth of 200% (×3); 是上周的两倍 and 达到两倍 are ×2.
            grew = _GROWTH_VERB.search(before[-6:]) is not None
            targets = [claim.values[0].value + (1 if grew else 0)]
        else:
            targets = [2.0]
        bound = ratio_bound(before[-8:]) or ("above" if MORE_AFTER.match(self.text, claim.end) else None)
        if claim.unit_word == "fraction" and _ROSE_BY.search(before[-6:]):
            targets = [1 + t for t in targets]  # 涨了一半: half as much again
        elif claim.unit_word == "fraction" and (_DECLINE_NAME.search(before[-8:]) or _FELL_BY.search(before[-6:])):
            # 降幅超过一半: what is left is less than half.
            targets = [1 - t for t in targets]
            bound = {"above": "below", "below": "above"}.get(bound or "", bound)
        about = bound == "about" or bool(ESTIMATE.search(before))
        low, high = (0.85, 1.15) if about else (0.95, 1.3) if claim.unit_word != "fraction" else (0.9, 1.1)
        if claim.unit_word == "fraction" and targets[0] != claim.values[0].value:
            low, high = 1 - 0.05 / targets[0], 1 + 0.05 / targets[0]  # a change by a fraction: within five points

        def holds(ratio: float) -> bool:
            return bound == "above" and any(ratio > t for t in targets) or bound == "below" and any(ratio < t for t in targets) \
                or bound not in ("above", "below") and any(low * t <= ratio < high * t for t in targets)

        past = self._past_week(claim)
        if past is not None:
            # 较3月9日的1.87T已缩水逾一半: the ratio to the week the sentence names, not to last week.
            for fact in facts:
                if fact.metric in metrics and fact.board and fact.now is not None:
                    then = dict(self.c.relations.history(fact.board, entity.id, fact.metric.value)).get(past)
                    if then is None or not then.value:
                        continue
                    if holds(fact.now.value / then.value):
                        return Outcome(True, [fact.id, f"history/{past.isoformat()}"])
                    return Outcome(False, problem=(
                        ProblemKind.wrong_value,
                        f"{entity.name} {METRIC_LABELS[fact.metric.value]} went {format_tokens(then.value) if fact.metric in AMOUNTS else then.value} ({past.isoformat()}) → {fact.now.text} "
                        f"(×{fact.now.value / then.value:.2f}), not {claim.quote}",
                        self.c.source(fact, fact.now, "now"),
                    ))
        if past is None and self._dated_before_week(claim):
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the data holds no week for the date it is measured from", None))
        for fact in facts:
            if fact.metric in metrics and fact.ratio is not None:
                if holds(fact.ratio):
                    return Outcome(True, [fact.id])
                return Outcome(False, problem=(
                    ProblemKind.wrong_value,
                    f"{entity.name} {METRIC_LABELS[fact.metric.value]} went {fact.prev.text} → {fact.now.text} "  # type: ignore[union-attr]
                    f"(×{fact.ratio:.2f}), not {claim.quote}",
                    self.c.source(fact, fact.now, "now"),
                ))
        return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: no week-over-week figure for {entity.name}", None))
