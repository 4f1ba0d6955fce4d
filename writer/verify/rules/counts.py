"""Rules for counts over sets: rows of a board, companies of a country, rows beyond a threshold, names
listed before a count, and the week's events by kind and company."""

from __future__ import annotations

import re

from ...facts import Fact, Metric, metric_order
from ...figures import Claim
from ...findings import ProblemKind, Source
from ...models import Entity, EntityKind
from ...numbers import Figure, cn_to_int, format_tokens
from ...vocabulary import COUNTRY_GROUP, STAYED_ON_LIST, country_of, direction_word, metric_word, top_verb
from ..relations import COLUMNS as RELATION_COLUMNS
from ..relations import total
from ..reading import without_owners
from .derived import GROUP_COUNT, LAST_WEEK, LEAVERS, NEWCOMERS, OTHER_BEFORE, DerivedRules
from .places import FIRST_TIME, TOP_N, WEAK_ENTER
from .outcome import Outcome, fraction_holds, near_bound

# 涨幅最大, 排名下滑最多: the way a superlative of change goes, and whether it is of places.
_EXTREME = re.compile(r"(?P<rank>排名|名次)?\s*+(?P<way>.+?)\s*+(?:也|则|同样|亦)?\s*+最(?P<most>.)(?:明显|显著)?.*")
# 九款模型中, 10款里: a group counted before the part of it a count speaks of.
_GROUP_OF = re.compile(r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*+(?:款|个)\s*+[^，。；]{0,6}?(?:之中|当中|中|里)")
_FALLING = re.compile(r"跌|降|下|回落|流失")
_PRONOUN = re.compile(r"它|其|前者|后者")
_THRESHOLD_KINDS = ("amount", "speed", "price", "percent", "plain")
_CROSS = re.compile(r"(?:突破|超过|高于|逾|(?<![超越经度通不没低高难])过|跌破|低于|不足|不到)\s*+(?:了)?\s*+$")
_STAYED_ON = "|".join(map(re.escape, STAYED_ON_LIST))
# 存量六款, 六款老面孔中, 名单还是上周那九款: the rows listed this week and last.
_INCUMBENTS = re.compile(r"存量|老面孔|留榜|连续在榜|两周均在榜|两周都在榜|" + _STAYED_ON + r"|还是上一?周那")
# 八款模型为存量模型, 十款均为连续在榜: the count is of the rows listed both weeks.
_INCUMBENTS_AFTER = re.compile(r"\s*+(?:模型)?\s*+(?:为|是|均为|都是|均是|属于|都为)?\s*+(?:存量|老面孔|连续在榜|留榜|" + _STAYED_ON + r")")
_INCUMBENTS_END = re.compile(r"(?:存量|留榜|连续在榜|两周均在榜|两周都在榜|" + _STAYED_ON + r"|还是上一?周那)\s*+$")
_RUN_TO_BRACKET = re.compile(r"\s*+(?:的)?\s*+(?:正增长|增长|上涨|上升|下滑|下降|下跌|走高|走低|回落|攀升)?\s*+")
_SERVED_ROWS = re.compile(r"\s*+(?:个|组)?\s*+(?:托管)?\s*+(?:组合|条目|提供方条目)")
# 两个托管条目, 两家供应商: a model's rows, one for each provider serving it.
_MODEL_ROWS = re.compile(r"\s*+(?:个|家)?\s*+(?:托管\s*+条目|托管\s*+组合|提供方条目|供应商|提供方|托管方)")
_PART_BEFORE = re.compile(r"占|总量|合计|总和|之和|加起来|加在一起|一共|共计")
# 27.3% → 25.8% → 22.8%: the figures of a chain of weeks.
# 每10个token里就有2个多来自…, 每三次调用就有一次: M in every N.
_PER_N = re.compile(r"每\s*+(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*+(?:个|次)\s*+[^，。；]{0,8}?(?:tokens?|调用|请求|次)[^，。；]{0,4}?[，,]?\s*+(?:就|便|都)?\s*+有\s*+"
                    r"(近|约|大约|将近|超过|逾|不到|不足)?\s*+(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*+(?:个|次)(多|出头)?")
# 除X和Y之外, 若剔除X，: the names set aside before 其余 (the rest of the list).
_SET_ASIDE = re.compile(r"(?:除了?|剔除|去掉|不算|扣除|扣掉|刨去|刨除|排除|拿掉|减去)掉?")
_SET_ASIDE_END = re.compile(r"之外|以外|外|[，,；;]")
_REST = re.compile(r"(?:其余|剩下的?|剩余的?)")
# 四者之中, 这九款模型中, 七款连续在榜的模型中: a group whose size is written, that a rest is taken from.
_GROUP_OF_WRITTEN = re.compile(r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*+(?:者|款|个|家|席)[^，。；、]{0,10}?(?:之中|当中|中|里)")
_MAGNITUDE_LINE = re.compile(r"(?:过|超过|突破|破|逾|上)\s*+(万亿|千亿|百亿)(?!\s*+[\d一二两三四五六七八九十])|(万亿)(?=俱乐部)")
_SPAN_AFTER = re.compile(r"\s*+(?:tokens?)?\s*+(?:的)?\s*+(?:区间|范围|之内|以内|之间|差距)")
_ARROW = re.compile(r"\s*+(?:→|->|➝|⇒|至)\s*+")
# 前四名都在1.2T以上, 第5名起均不超过1.04T: a line every row of some places is on one side of.
_ALL_BEYOND = re.compile(r"\s*+名?\s*+(?:起|及以后|以后|之后)?\s*+(?:模型|家|款|个)?\s*+(?:都|均|全部|全都|皆|一律)\s*+"
                         r"(?:在|超过|高于|不低于|达到|突破|不超过|低于|不足|不到)?\s*+(?:约)?\s*+")
_BEYOND_DOWN = re.compile(r"不超过|低于|不足|不到")
_NOT_OVER = re.compile(r"不超过")
_FROM_ON = re.compile(r"\s*+名?\s*+(?:起|及以后|以后|之后)")
_CROSS_DOWN = re.compile(r"(?:跌破|低于|不足|不到)\s*+(?:了)?\s*+$")
_NONE_CROSS = re.compile(r"没有任何|没有一|无一|均未|都未|没有")
_ONLY = re.compile(r"唯一|仅有一|只有一|一[个款组家](?!以上)")
_EVENT_VERB = re.compile(r"发布|开源|推出|上线|降价|下调|新品|更新")
_EVENT_NOUN = re.compile(r"\s*+(?:重要|重磅|主要|重点)?\s*+新?\s*+(?:发布|新品|模型或产品|产品|事件|动作|消息|新闻|动态|新模型|开源|更新|进展)")
_EVENT_KINDS = {"开源": ("开源",), "降价": ("降价", "下调"), "下调": ("降价", "下调"), "上线": ("上线",)}
_EVENT_KIND = re.compile("|".join(_EVENT_KINDS))
_KIND_AFTER = re.compile(r"\s*+(?:为|是|属于|涉及)\s*+(?:" + "|".join(_EVENT_KINDS) + ")")
_LISTED_WORDS = re.compile(r"上榜|列出|入榜|在榜|榜单只|名单|(?:仅|只|共|本期|本周)\s*+列")
# 九款模型上榜, 共九个提供方条目: the rows a count of listed rows counts; 只列出八家, 仅列九项:
# the count right after the verb of listing.
_LISTED_NOUN = re.compile(r"\s*+(?:个|款)?\s*+(?:提供方|托管)?\s*+(?:(条目)|模型|系统|组合)")
# 十款合计6409B with no name in its clause: the count is of the rows the board lists.
_ROWS_ADDED = re.compile(r"\s*+(?:模型|组合|条目)?\s*+(?:合计|总计|共计|加总|总[\u4e00-\u9fff]{0,3}?量|均值|平均)")
_LISTED_VERB = re.compile(r"(?<![系排并序行陈分位])列出?了?\s*+$")
_MOVED_AFTER = re.compile(r"\s*+(?:模型|个模型|款模型|组合|个组合)?\s*+(?:速度|调用量|份额|得分|分数|请求量)?\s*+(?:较上周|比上周|环比)?\s*+(?:均|都|全部|皆|则)?\s*+(?:实现了?|录得)?\s*+"
                          r"(?:在|是)?\s*+(?:(正增长|增长|上涨|上升|增加|走高|提速|加速|涨)|(负增长|下降|下滑|下跌|回落|减少|走低|降速|减速|跌(?!出)|降)|(持平|不变|未变))")
# 下滑的四款模型里，有三款来自Google: the rows counted come from a company named after the count.
_FROM_AFTER = re.compile(r"\s*+(?:模型)?\s*+(?:均|都|全部|全都)?\s*+(?:来自|出自|属于)\s*+")
# 九款中仅三款实现增长，其中两款…: the last way of moving the sentence wrote before a count.
_WAY_SAID = re.compile(r"(负增长|下降|下滑|下跌|回落|减少|走低)|(正增长|增长|上涨|上升|走高)")
_BOTH_WEEKS = re.compile(r"两周(?:均|都|皆)在榜|连续两周在榜|连续在榜|两周都上榜|" + _STAYED_ON + r"|有(?:环比|周?增长率?|可比)数据|有环比|可比的|两周都有数据")
# Google在榜模型由四个减至三个: a count of a company's rows, with 个.
_SEATS_BEFORE = re.compile(r"在榜模型|上榜模型|席位|模型数")
_FROM_BEFORE = re.compile(r"[由从]\s*+(?:上一?周的?)?\s*+$")  # 由七席降至六席: the count moved from
# 由上周的三款扩至六款上榜, 八家上榜: the count of the rows listed, said before the word of listing
# (三款上榜模型 counts some of them).
_LISTED_AFTER = re.compile(r"\s*+(?:模型|公司|厂商)?\s*+(?:(?:增至|增加到|增加至|减至|降至|变为|升至|扩大到|扩至|缩减到|缩至)\s*+"
                           r"(?:\d+|[一二两三四五六七八九十]+)\s*+[家款个]\s*+(?:模型|公司|厂商)?\s*+)?(?:上榜|在榜|入榜)(?!\s*+的?\s*+(?:模型|公司|厂商|系统))")
# 上榜公司由8家增至10家, 在榜模型数从3款增至6款: the count of the rows listed, named before it.
_LISTED_BEFORE = re.compile(r"(?:上榜|在榜|入榜|入围)(?:的)?\s*+(?:公司|厂商|模型|条目|系统)?(?:数量?)?\s*+(?:[由从]\s*+(?:上一?周的?)?\s*+"
                            r"(?:\d+|[一二两三四五六七八九十]+)\s*+[家款个]?\s*+(?:增至|增加到|增加至|减至|降至|变为|升至|扩大到|扩至|扩容到|缩减到|缩至)|[由从]\s*+(?:上一?周的?)?)?\s*+$")
_ROWS_AMONG = re.compile(r"(?:模型|个模型|款模型|个条目|席位|个席位|系统|个系统|组合|个组合|(?<=[款个家]))\s*+(?:中(?![国文小资外])|之中|当中|里|(?=(?:\d+|[一二两三四五六七八九十])\s*+[涨升])|(?=的?平均))")
_BOTH_AMONG = re.compile(r"\s*+(?:个|款)?\s*+(?:" + _BOTH_WEEKS.pattern + r")\s*+的?(?:" + _ROWS_AMONG.pattern + ")")  # 六个有环比数据的模型中
# 六款下降模型合计减少…, 增长模型合计增加…: a sum over the rows that moved one way.
_MOVERS_SUM = re.compile(r"(?:(?:\d+|[一二两三四五六七八九十]+)\s*+(?:个|款|家)\s*+)?(?:(增长|上升|上涨|走高)|(下降|下滑|下跌|走低))的?\s*+"
                         r"(?:模型|公司|厂商|条目)\s*+(?:合计|共|一共|总共)")
# 占降幅逾九成, 占全部降量约95%, 约占前十总增量152B的65%: a part of a whole change (增 or 降).
_CHANGE_WHOLE = re.compile(r"(?:占|贡献了?)[^，。；;]{0,12}?(?:(增量|增幅|涨幅|增长量|增加量)|降幅|降量|跌幅|减量|减少量|缩减量|下降量)")
_GROUP_AFTER = re.compile(r"\s*+(?:个|款|家)?\s*+(?:模型|公司|厂商)?\s*+(?:加起来|加在一起|合计|一共|共计|都|均|一起|同时|的合计)")
_SUMMED = re.compile(r"合计|共计|一共|总共|两者|二者|加起来|加总")
# 上涨三款、下跌六款, 下滑的有三款: a count after the word of the way its rows moved.
_WAY_BEFORE = re.compile(r"(?:(上涨|上升|增长|走高|正增长)|(下跌|下降|下滑|减少|回落|负增长))(?:的(?:有|是|共)?)?\s*+$")
_WAY = re.compile(r"(增量|增长|涨幅|上涨|上升)|(降量|跌幅|下降|下滑|下跌|减少)")
_QUOTED = re.compile(r"「[^」]+」|“[^”]+”|『[^』]+』")


_PLACE_GAP_BEFORE = re.compile(r"(?:相差|相隔|隔了|隔着|差了|相距|差距为?|拉开了?)\s*+$")
_PLACE_GAP_AFTER = re.compile(r"\s*+(?:名次|位次|个名次|个位次)")


BOARDS_AFTER = re.compile(r"\s*+(?:(?P<kind>图像|文生图|测评|评测|基准|竞技场|编程|调用量|用量)\s*+)?(?:(?P<first>榜首|冠军|第一(?!名?[的之]|次|时间|批|梯队))|(?P<board>榜单|榜)\s*+(?P<top>榜首|第一|冠军)?)")
_FIRST_LATER = re.compile(r"排名第一|第一名|居首|登顶|夺冠|榜首|第一")
_BOARD_KINDS = {"图像": ("图",), "文生图": ("文生图",), "测评": ("benchmark",), "评测": ("benchmark",), "基准": ("benchmark",), "竞技场": ("arena",), "编程": ("编程", "Code", "LiveCodeBench", "SWE"),
                "调用量": ("usage", "author_share", "model_share"), "用量": ("usage", "author_share", "model_share")}


_WEEK_RIGHT_BEFORE = re.compile(r"(?:上一?周|前一周)\s*+(?:的|有|为|是|仅有|只有)?\s*+$")


class CountRules(DerivedRules):
    """Rules for counts over sets of rows, companies and events."""

    def verify_boards_count(self, claim: Claim) -> Outcome | None:
        """四个榜单, 三个图像榜, GPT-5.2 (high)拿下三个榜首 / 在三个榜单排名第一: how many boards (of the kind
        the words name), or on how many of them the name before the count is first."""
        found = BOARDS_AFTER.match(self.text, claim.end)
        if found is None:
            return None
        wanted = int(claim.values[0].value)
        listed = [b for b in self.c.boards if self.c.listed_ranks.get(b)]
        if found.group("kind"):
            words = _BOARD_KINDS[found.group("kind")]
            listed = [b for b in listed if any(w in self.c.boards[b].title or w == str(self.c.boards[b].kind.value) for w in words)]
        later = _FIRST_LATER.search(self.text, found.end(), next((e for s_, e in self.s.clauses if s_ <= claim.start <= e), self.s.end))
        if later is not None and any(c.kind == "count" and found.end() <= c.start < later.start() for c in self.claims):
            later = None  # 四个榜里拿了三个第一: the firsts are the later count's
        first = found.group("first") or found.group("top") or later
        # Google拿下…和HLE（Gemini 3 Pro，37.52%）三个第一: the name in a bracket is an aside.
        named = [m.entity for m in self.mentions if self.s.start <= m.start < claim.start
                 and self.text.rfind("（", self.s.start, m.start) <= self.text.rfind("）", self.s.start, m.start)]
        if first and named:
            entity = named[-1]
            said = self.text[self.s.start : claim.start]
            kinds = [w for word, words in _BOARD_KINDS.items() if word in said for w in words]
            if kinds and not found.group("kind") and not self.board_mentions.between(self.clause_start(claim), claim.start):
                # OpenAI仅图像和评测两类就拿下七个第一: the kinds of board the clause names before the count.
                listed = [b for b in listed if any(w in self.c.boards[b].title or w == str(self.c.boards[b].kind.value) for w in kinds)]
            holders = [b for b in listed if self._first_is(b, entity)]
            if wanted == len(holders):
                return Outcome(True, [f"{entity.id}/first-on/{len(holders)}"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{entity.name}本周在{len(holders)}个榜单排名第一，不是{claim.quote}", None))
        named_boards = {m.entity.id for m in self.board_line} | {m.entity.id for m in self.board_here}
        # 四个榜单 under a table of four boards: the boards its section has named so far.
        section = self.p.original.rfind("\n#", 0, claim.start) + 1
        in_section = {m.entity.id for m in self.board_mentions.between(section, claim.start)}
        if wanted in (len(listed), len(named_boards), len(in_section)):
            return Outcome(True, [f"boards/{wanted}"])
        return None

    def _first_is(self, board: str, entity: Entity) -> bool:
        """The entity holds first place on the board this week, or, for a company, one of its rows does."""
        weeks = self.c.relations.snapshots.get(board, [])
        leaders = [e.entity for e in weeks[0].entries if e.row.rank == 1] if weeks else []
        return entity.id in leaders or entity.kind is EntityKind.company and any(self._company_of(leader) == entity.id for leader in leaders)

    def verify_place_gap(self, claim: Claim) -> Outcome | None:
        """一个第2、一个第9，隔了七个名次; A与B相差七位: the distance between the last two places the
        sentence writes, else between the places of the last two rows it names."""
        if not _PLACE_GAP_BEFORE.search(self.text, max(self.s.start, claim.start - 4), claim.start):
            return None
        if claim.kind == "count" and not _PLACE_GAP_AFTER.match(self.text, claim.end):
            return None
        wanted = int(claim.values[0].value)
        written = [int(c.values[0].value) for c in self.claims
                   if c.kind == "rank" and c.values and c.sentence == claim.sentence and c.end <= claim.start]
        if len(written) >= 2:
            gap = abs(written[-1] - written[-2])
        else:
            board = self._the_board(claim)
            named = list(dict.fromkeys(m.entity.id for m in self.mentions
                                       if self.s.start <= m.start < claim.start and self.is_row_name(m)))[-2:]
            weeks = self.c.relations.snapshots.get(board, []) if board else []
            places = [self.c.relations.rank_on(board, e, weeks[0].week) for e in named] if board and weeks else []
            if len(places) < 2 or None in places:
                return None
            gap = abs(places[0] - places[1])  # type: ignore[operator]
        if gap == wanted:
            return Outcome(True, [f"places/gap{gap}"])
        return Outcome(False, problem=(ProblemKind.wrong_value, f"两者的名次相差{gap}位，不是{claim.quote}", None))

    def verify_board_count(self, claim: Claim, bound: dict[int, list[Entity]], role: str = "now") -> Outcome | None:
        """Counts a board answers: a company's seats (Google占据四席, xAI两款模型), the companies of
        its list (前十由六家公司瓜分), and the rows it lists (本周共九个模型上榜)."""
        board = self.board_at(claim.start)
        wanted = int(claim.values[0].value)
        subjects = [e for e, _ in self.subjects(claim, bound)]
        companies = [e for e in subjects if e.kind is EntityKind.company]
        if _ROWS_AMONG.match(self.text, claim.end) and not any(self.clause_start(claim) <= m.start < claim.start
                                                               and m.entity.kind is EntityKind.company for m in self.mentions):
            companies = []  # 九款模型中…其中两款来自Google: the rows listed, not Google's seats
        seats = claim.quote.endswith(("席", "款", "兄弟", "姐妹")) or claim.unit_word == "seats" or self.text[claim.end : claim.end + 4].startswith(("模型", "系统", "组合")) \
            or claim.quote.endswith("个") and _SEATS_BEFORE.search(self.text, self.clause_start(claim), claim.start) is not None
        if companies and seats:
            company = companies[0]
            outright = self.board_context(claim.start)[1]
            # 谷歌前十占四席 after its own row verified 前十: seats are on a board of models, not the companies' board.
            places = [board] if board and (outright or self._models_of(company.id, board)) else self.c.boards_of_members(company.id)
            for board_id in places:
                if board_id and self._models_of(company.id, board_id):
                    return self.verify_company(claim, role, company, board_id)
            home = self._the_board(claim)
            if wanted == 0 and home is not None and not self._models_of(company.id, home) \
                    and self.c.relations.rank_now(home, company.id) is None:
                return Outcome(True, [f"{home}/company/{company.id}/none"])  # Meta无一席: none of its models is listed
        named = {m.entity.id: m.entity for m in self.mentions if m.end <= claim.start and m.entity.kind is EntityKind.provider
                 and m.start >= self.clause_start(claim) - 20}
        provider = next(iter(named.values())) if len(named) == 1 else None  # Groq与Cerebras两个…: the names, not a provider's rows
        if provider is not None and claim.quote.endswith(("席", "个", "款", "组")) and not _ROWS_AMONG.match(self.text, claim.end):
            counted = self.verify_provider_count(claim, provider, board)
            if counted is not None:
                return counted
        served = self.verify_served_count(claim, board)
        if served is not None:
            return served
        board = self._the_board(claim)  # 榜上十款模型6涨4跌: the board the paragraph speaks of
        if board is None and _SERVED_ROWS.match(self.text, claim.end):
            # 九个组合中最低价格: the rows a provider serves are counted on the board that lists providers.
            board = next((b for b, weeks in self.c.relations.snapshots.items() if weeks and any(e.qualifier for e in weeks[0].entries)), None)
        if board is None:
            return None
        after = self.text[claim.end : claim.end + 6]
        sentence = self.text[self.s.start : self.s.end]
        limit = self._limit(board)
        if _BOTH_WEEKS.search(sentence) and (_ROWS_AMONG.match(self.text, claim.end) or _BOTH_AMONG.match(self.text, claim.end)) \
                or _INCUMBENTS.search(self.text, max(self.s.start, claim.start - 6), claim.start) and _INCUMBENTS_END.search(self.text, self.s.start, claim.start) \
                or _INCUMBENTS_AFTER.match(self.text, claim.end):
            # 两周均在榜的9款模型中: the rows listed this week and last.
            both = self._rows_both_weeks(board, limit)
            if int(claim.values[0].value) == len(both):
                return Outcome(True, [f"{board}/listed-both-weeks"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}前{limit}中两周都在榜的有{len(both)}个，不是{claim.quote}", None))
        if (after.startswith(("公司", "家公司", "企业", "厂商")) or claim.quote.endswith("家") and "公司" in after) \
                and COUNTRY_GROUP.match(self.text, claim.end) is None:  # 四家中国公司 counts a country's, not all
            last = role == "prev"
            orgs = self.c.orgs_within(board, limit, 1 if last else 0)
            if wanted == len(orgs):
                return Outcome(True, [f"{board}/orgs/top{limit}"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}{'上周' if last else ''}前{limit}来自{len(orgs)}家公司，不是{claim.quote}", None))
        if (_LISTED_BEFORE.search(self.text, max(self.clause_start(claim), claim.start - 16), claim.start) or _LISTED_AFTER.match(self.text, claim.end)) \
                and not any(self.clause_start(claim) <= m.start < claim.start for m in self.mentions):
            # 上榜公司由8家增至10家, 上榜从3款增至6款: the rows the board lists, last week's after 由/从.
            last = role == "prev" or _FROM_BEFORE.search(self.text, max(self.s.start, claim.start - 4), claim.start) is not None \
                or LAST_WEEK.search(self.text, max(self.s.start, claim.start - 4), claim.start) is not None
            listed = (self.c.listed_ranks_prev if last else self.c.listed_ranks).get(board, 0)
            if wanted == listed:
                return Outcome(True, [f"{board}/listed"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}{'上周' if last else '本周'}列出{listed}行，不是{claim.quote}", None))
        noun = _LISTED_NOUN.match(self.text, claim.end)
        # Groq与Cerebras两个托管条目 counts the names before it, not the board's rows.
        unnamed = not any(self.clause_start(claim) <= m.start < claim.start for m in self.mentions)
        if noun and (noun.group(1) and unnamed or _LISTED_WORDS.search(sentence)) or _LISTED_VERB.search(self.text, self.s.start, claim.start) or \
                _ROWS_AMONG.match(self.text, claim.end) or unnamed and _ROWS_ADDED.match(self.text, claim.end):  # 九款模型中仅三款…: the rows the board lists
            last = role == "prev" or LAST_WEEK.search(self.text, max(self.s.start, claim.start - 3), claim.start) is not None
            listed = (self.c.listed_ranks_prev if last else self.c.listed_ranks).get(board, 0)
            if wanted == listed:
                return Outcome(True, [f"{board}/listed"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}{'上周' if last else '本周'}列出{listed}行，不是{claim.quote}", None))
        return None

    def rows_that_moved(self, board: str, limit: int, up: bool, flat_within: float = 0.0, column: str | None = None) -> list[str]:
        """The board's top `limit` rows this week whose main figure (or `column`) rose (or fell) since
        last week, by at least `flat_within` percent."""
        weeks = self.c.relations.snapshots.get(board, [])
        column = column or str(self.c.boards[board].metric)
        found = []
        for entry in weeks[0].entries if weeks else []:
            if not entry.row.rank or entry.row.rank > limit or entry.entity is None:
                continue
            now, before = (self.c.relations.value(board, entry.entity, column, w, entry.qualifier) for w in (0, 1))
            if now is None or before is None or now.value == before.value or (now.value > before.value) != up:
                continue
            if not before.value or abs(100 * (now.value / before.value - 1)) >= flat_within:
                found.append(entry.entity)
        return found

    def _amount_column(self, board: str) -> str:
        """The column a board's amounts are in: tokens where it has them, else its own metric."""
        return "tokens" if self.c.relations.totals(board, "tokens", 0) else str(self.c.boards[board].metric)

    def verify_movers_change(self, claim: Claim) -> Outcome | None:
        """六款下降模型合计减少1,677B, 增长模型合计增加约414B: the changes of the rows that fell (or
        rose) since last week, added up."""
        found = next(reversed(list(_MOVERS_SUM.finditer(self.text, self.clause_start(claim), claim.start))), None)
        board = self._the_board(claim)
        if claim.kind != "amount" or not claim.values or found is None or board is None \
                or any(found.end() <= m.start < claim.start for m in self.mentions):
            return None  # 两款下降模型合计减少358B，其中Claude Opus 4.5减少56B: 56B is the name's
        up = found.group(1) is not None
        column = self._amount_column(board)
        changes = [f for e in self.rows_that_moved(board, self._limit(board), up, column=column)
                   if (f := self.c.relations.moved_by(board, e, column))]
        moved = total(changes)
        if changes and near_bound(moved, Figure(abs(claim.values[0].value), claim.values[0].step), self.bound_near(claim)):
            return Outcome(True, [f"{board}/moved/{'up' if up else 'down'}/sum"])
        word = "上升" if up else "下降"
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: the {len(changes)} rows of "
                                       f"{self.c.boards[board].label} that {'rose' if up else 'fell'} ({word}) changed by {format_tokens(moved.value)} in all", None))

    def verify_only_mover(self, claim: Claim, bound: dict[int, list[Entity]]) -> Outcome | None:
        """唯一下滑的是DeepSeek V3.2, X是唯一上涨的模型: the named row is the only one of the list that
        moved that way, by its figures of both weeks or by its published growth."""
        board = self._the_board(claim)
        named = [e for e, _ in self.subjects(claim, bound)]
        if board is None or not named:
            return None
        up = direction_word(claim.quote) != "down"
        limit = self._limit(board)
        weeks = self.c.relations.snapshots.get(board, [])
        moved = self.rows_that_moved(board, limit, up)
        published = [e.entity for e in weeks[0].entries if e.row.rank and e.row.rank <= limit and e.entity
                     and (g := getattr(e.row, "growth", None)) is not None and g.value and (g.value > 0) == up] if weeks else []
        if any(rows == [named[0].id] for rows in (moved, published)):
            return Outcome(True, [f"{board}/moved/{'up' if up else 'down'}/only"])
        names = "、".join(self.c.entities.by_id[e].name for e in moved if e in self.c.entities.by_id) or "没有"
        return Outcome(False, problem=(ProblemKind.wrong_entity, f"{self.c.boards[board].label}前{limit}本周{'上升' if up else '下降'}的是{names}，不只是{named[0].name}一个"
                                       if named[0].id in moved else f"{self.c.boards[board].label}前{limit}本周{'上升' if up else '下降'}的是{names}，不是{named[0].name}", None))

    def verify_extreme_mover(self, claim: Claim, bound: dict[int, list[Entity]]) -> Outcome | None:
        """涨幅最大的是X, X是前十中跌幅最深的一款, 名次下滑最多: the named row moved furthest (or, with
        最小/最少, least far) that way among the rows the sentence speaks of: the list's top N, those
        of a country it names, or those its line names (四者之中…). Relative change and amount both
        count, as writers use either; a company off the board moves by its models added up."""
        word = _EXTREME.fullmatch(claim.quote)
        named = [e for e, _ in self.subjects(claim, bound)]
        if word is None or not named:
            return None
        last = max((m.end for m in self.line_mentions if m.entity == named[0] and m.end <= claim.start), default=claim.start)
        if _PRONOUN.search(self.text, last, claim.start):
            # 它也是下滑幅度最大的模型, 前者…为降幅最大者: the pronoun may stand for any name before it.
            named += [m.entity for m in self.line_mentions if m.end <= last]
        # 增长最快的是OpenAI的GPT-5.2-Codex: any name of the claim's clause may be the one meant.
        clause = next(((a, b) for a, b in self.s.clauses if a <= claim.start <= b), (claim.start, claim.end))
        named += [m.entity for m in self.mentions if clause[0] <= m.start <= clause[1]]
        named = list({e.id: e for e in named}.values())
        # 月之暗面的Kimi K2.5: the company that owns a named model is not a candidate of its own.
        named = [e for e in named if not any(m.maker == e.id for m in named)] or named
        said = self._the_board(claim)
        up = _FALLING.search(word.group("way")) is None
        least = word.group("most") in ("小", "少")
        rank = bool(word.group("rank") or re.search(r"(?:排名|名次)\s*+$", self.text[self.s.start : claim.start]))
        failed: tuple[str, Entity, dict[str, float]] | None = None
        for entity in named:
            # xAI是份额流失最多的一家 on a line about models: a company's moves are on its own board.
            board = said if said and self.c.relations.rank_now(said, entity.id) is not None else \
                next((b for b in self.c.boards if self.c.relations.rank_now(b, entity.id) is not None), said)
            if board is None:
                continue
            held = self._moved_furthest(claim, board, entity, up, least, rank)
            if held is True:
                return Outcome(True, [f"{board}/{entity.id}/extreme"])
            if held and failed is None:
                failed = (board, entity, held)
        if failed is None:
            return None
        board, entity, moves = failed
        pick = (min if least else max)(moves, key=lambda r: (1 if up else -1) * moves[r])
        rows = "companies" if entity.kind is EntityKind.company and self.c.relations.rank_now(board, entity.id) is None else "rows"
        label = self.c.boards[board].label
        moved = f"{moves[pick]:+.0f}位" if rank else f"{moves[pick]:+.1f}%"
        return Outcome(False, problem=(
            ProblemKind.wrong_value,
            f"{claim.quote}: among the {len(moves)} {rows} of {label} the sentence speaks of, the one that moved "
            f"{'least' if least else 'most'} {'up' if up else 'down'} is {self._name(pick)} ({moved}), not {entity.name}",
            Source(fact=f"{board}/{pick}/extreme", entity=self._name(pick), board=label,
                   metric=f"{'排名' if rank else ''}{'涨' if up else '跌'}幅", value=f"{moved}，是句中所说{len(moves)}{'家' if rows == 'companies' else '行'}里{'最小' if least else '最大'}的"),
        ))

    def _moved_furthest(self, claim: Claim, board: str, entity: Entity, up: bool, least: bool, rank: bool) -> bool | dict[str, float]:
        """True when the entity moved furthest (or least far) that way among the rows in scope, by
        any measure; else the moves of the whole scope, to say who did."""
        limit = self._limit_for(board, claim)
        weeks = self.c.relations.snapshots.get(board, [])
        rows = [e.entity for e in weeks[0].entries if e.entity and e.row.rank and e.row.rank <= limit] if weeks else []
        scope = COUNTRY_GROUP.search(self.text, self.s.start, claim.start)
        if scope is not None:
            kept = self.c.country_rows(board, country_of(scope), limit)
            rows = [r for r in rows if kept is None or r in kept]
        line_rows = [r for r in dict.fromkeys(m.entity.id for m in self.line_mentions) if r in rows]
        companies = entity.kind is EntityKind.company and self.c.relations.rank_now(board, entity.id) is None
        sign = 1 if up else -1
        first: dict[str, float] = {}
        for kept in [rows] + ([line_rows] if len(line_rows) >= 2 else []):
            measures = [self._rank_moves(board, kept)] if rank else \
                [self._company_moves(board, kept, how) if companies else self._moves(board, kept, how == "relative")
                 for how in ("relative", "amount", "share")]
            for moves in measures:
                first = first or moves
                if len(moves) < 2:
                    continue
                signed = {row: sign * move for row, move in moves.items()}
                mover = signed.get(entity.id)
                ahead = [v for v in signed.values() if v > 0]
                if mover is not None and (mover > 0 and ahead and (mover >= max(ahead) - 1e-9 if not least else mover <= min(ahead) + 1e-9)
                                          or least and up and mover <= min(signed.values()) + 1e-9):  # 增幅最小: the lowest, even a fall
                    return True
        return first

    def _moves(self, board: str, rows: list[str], relative: bool) -> dict[str, float]:
        """How far each row's main figure moved since last week: in percent (its published growth
        where it has one) or in amount."""
        column = str(self.c.boards[board].metric)
        moves = {}
        for row in rows:
            now, before = (self.c.relations.value(board, row, column, w) for w in (0, 1))
            growth = self.c.relations.value(board, row, "growth")
            if relative and growth is not None:
                moves[row] = growth.value
            elif now is not None and before is not None and (before.value or not relative):
                moves[row] = 100 * (now.value / before.value - 1) if relative else now.value - before.value
        return moves

    def _company_moves(self, board: str, rows: list[str], how: str) -> dict[str, float]:
        """How far each company's listed models moved since last week, added up: in percent, in
        amount, or in points of the list's total."""
        column = self._amount_column(board)
        limit = max((self.c.relations.rank_now(board, r) or 0 for r in rows), default=0)
        sums = [self._company_totals(board, week, column, limit) for week in (0, 1)]
        totals = [sum(by_company.values()) for by_company in sums]
        moves = {}
        for company in set(sums[0]) | set(sums[1]):
            now, before = sums[0].get(company, 0.0), sums[1].get(company, 0.0)
            if how == "relative" and before:
                moves[company] = 100 * (now / before - 1)
            elif how == "amount":
                moves[company] = now - before
            elif how == "share" and all(totals):
                moves[company] = 100 * (now / totals[0] - before / totals[1])
        return moves

    def _rank_moves(self, board: str, rows: list[str]) -> dict[str, float]:
        """How many places each row listed both weeks climbed since last week (a fall is negative)."""
        moves = {}
        for row in rows:
            now, before = (self.c.relations.rank_now(board, row, w) for w in (0, 1))
            if now is not None and before is not None:
                moves[row] = float(before - now)
        return moves

    def _name(self, entity: str) -> str:
        """An entity's display name."""
        found = self.c.entities.by_id.get(entity)
        return found.name if found else entity

    def verify_per_n(self, claim: Claim, bound: dict[int, list[Entity]]) -> Outcome | None:
        """每10个token里就有2个多来自Kimi K2.5, 大约每4个编程token就有1个来自榜外模型: M in every N
        is a share, at the precision of a count of N (两个多: at least 2 in 10, under 3)."""
        said = next((m for m in _PER_N.finditer(self.text, self.s.start, self.s.end) if m.start() <= claim.start < m.end()), None)
        board = self._the_board(claim)
        if said is None or board is None:
            return None
        every, some = (int(n) if n.isdigit() else cn_to_int(n) or 0 for n in (said.group(1), said.group(3)))
        if not every or some > every:
            return None
        named = [m.entity for m in self.mentions if said.end() <= m.start <= said.end() + 4] \
            or [e for e, _ in self.subjects(claim, bound)]
        relations = self.c.relations
        column = self._amount_column(board)
        whole = [d.figure.value for d in relations.totals(board, column, 0)]
        loose = said.group(2) or ""
        low, high = (some / every, (some + 1) / every) if said.group(4) else \
            (some / every, 1.0) if loose in ("超过", "逾") else (0.0, some / every) if loose in ("不到", "不足") else \
            (some / every - 0.5 / every, some / every + (0.0 if loose in ("近", "将近") else 0.5 / every))
        for entity in named:
            share = relations.value(board, entity.id, "share")
            own = relations.value(board, entity.id, column)
            parts = ([share.value / 100] if share else []) + ([own.value / w for w in whole if w] if own else [])
            if any(low <= p < high for p in parts):
                return Outcome(True, [f"{board}/{entity.id}/per{every}"])
        if not named:
            return None
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{named[0].name}的份额不是每{every}个中{loose}{some}个{said.group(4) or ''}", None))

    def verify_rest_of_written(self, claim: Claim) -> Outcome | None:
        """四者之中只有DeepSeek V3.2上升，其余三款均下降; 这九款模型中仅有三款实现增长，其余六款…: the
        rest of a group whose size the sentence wrote, less the rows it took out of it (a count
        written in between, else the names). The written counts are checked on their own."""
        rest = OTHER_BEFORE.search(self.text, max(self.s.start, claim.start - 4), claim.start)
        if rest is None or not claim.values:
            return None
        groups = list(_GROUP_OF_WRITTEN.finditer(self.text, self.s.start, rest.start()))
        if not groups:
            return None
        group = groups[-1]
        size = int(group.group(1)) if group.group(1).isdigit() else cn_to_int(group.group(1))
        taken_counts = [c for c in self.claims if c.kind == "count" and c.values and group.end() <= c.start and c.end <= rest.start()]
        if taken_counts:
            taken = int(taken_counts[-1].values[0].value)
        else:
            taken = len({m.entity.id for m in self.mentions if group.end() <= m.start < rest.start()})
        if not size or not taken or size - taken != int(claim.values[0].value):
            return None
        return Outcome(True, [f"arithmetic/rest/{size}-{taken}"])

    def verify_rest(self, claim: Claim) -> Outcome | None:
        """若剔除X，其余八款合计2.64万亿; 除X外其余模型共占…: the listed rows but the ones named as set
        aside, counted or added up."""
        rest = _REST.search(self.text, self.s.start, claim.start)
        board = self._the_board(claim)
        if rest is None or board is None or claim.kind not in ("count", "amount") or not claim.values:
            return None
        if claim.kind == "amount" and any(rest.end() <= m.start < claim.start and self.is_row_name(m) for m in self.mentions):
            return None  # 其余三款齐跌2%：A以4170亿…、B以3750亿…: the amount is the row named before it
        word = _SET_ASIDE.search(self.text, self.s.start, rest.start())
        if word is None:
            # A比榜上其余七款模型加起来（464.8B）还多: the rest is the rows but the sentence's subject, a further
            # reading of a sum only (a count of 其余 rows is often of a smaller set the sentence took).
            subject = next((m for m in self.mentions if m.start < rest.start() and self.is_row_name(m)), None)
            if subject is None or claim.kind != "amount":
                return None
            aside = [subject.entity.id]
        else:
            ends = _SET_ASIDE_END.search(self.text, word.end(), rest.start())
            aside = [m.entity.id for m in self.mentions if word.end() <= m.start < (ends.start() if ends else rest.start())]
        weeks = self.c.relations.snapshots.get(board, [])
        if not aside or not weeks:
            return None
        limit = self._limit(board)
        rows = [e.entity for e in weeks[0].entries if e.row.rank and e.row.rank <= limit and e.entity]
        if _INCUMBENTS_AFTER.match(self.text, claim.end):
            rows = [e for e in rows if e in set(self._rows_both_weeks(board, limit))]  # 其余七款留榜模型: of those listed both weeks
        if claim.kind == "count" and (brand := self.brand_near(claim)) is not None:
            rows = [e for e in rows if e in set(self.c.brand_rows(board, brand, limit))]  # 其余三款Gemini: of that brand
        kept = [e for e in rows if e not in aside]
        if len(kept) == len(rows):
            return None  # the names set aside are not on the list: no rest of it
        if claim.kind == "count":
            if int(claim.values[0].value) == len(kept):
                return Outcome(True, [f"{board}/top{limit}/rest"])
            if word is None:
                return None
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}前{limit}除去{len(rows) - len(kept)}行后还有{len(kept)}行，不是{claim.quote}", None))
        column = self._amount_column(board)
        values = [v for e in kept if (v := self.c.relations.value(board, e, column))]
        summed = total(values)
        if len(values) == len(kept) and near_bound(summed, claim.values[0], self.bound_near(claim)):
            return Outcome(True, [f"{board}/top{limit}/rest/{column}"])
        if word is None:
            return None
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: the other {len(kept)} rows of {self.c.boards[board].label} add up to {format_tokens(summed.value)}", None))

    def verify_change_part(self, claim: Claim) -> Outcome | None:
        """MiMo一家减302B，占降幅逾九成; 三款合计减少1,589B，占全部降量约95%: a change (the names', or
        the amount written before) as a part of the list's whole change: its net change, or what the
        rows that moved that way moved in all."""
        found = next(reversed(list(_CHANGE_WHOLE.finditer(self.text, self.clause_start(claim), claim.start))), None)
        board = self._the_board(claim)
        if claim.kind not in ("percent", "multiple") or claim.kind == "multiple" and claim.unit_word != "fraction" \
                or not claim.values or found is None or board is None:
            return None
        relations = self.c.relations
        column = self._amount_column(board)
        limit = self._limit(board)
        # 两款国产模型合计贡献…的近九成 after A…；B…: the names of the sentences a semicolon joins.
        joined = self.joined_before()
        mentions = self.all_mentions.between(joined.start if joined else self.s.start, found.start())
        named = [f for e in dict.fromkeys(m.entity.id for m in mentions) if (f := relations.moved_by(board, e, column))]
        # Each part and whole with whether the sentence wrote it: two written figures make arithmetic.
        parts = [(Figure(abs(c.values[0].value), c.values[0].step), True) for c in self.claims
                 if c.kind == "amount" and c.values and c.end <= found.start()] + [(f, False) for f in named]
        if len(named) >= 2:
            summed = (total(named), False)
            # 两款…合计贡献: the names together, not one of them
            parts = [summed] if _SUMMED.search(self.text, self.clause_start(claim), found.start()) else [*parts, summed]
        wholes = [(Figure(abs(c.values[0].value), c.values[0].step), True) for c in self.claims
                  if c.kind == "amount" and c.values and found.start() <= c.start < claim.start]
        up = found.group(1) is not None
        for tops in ({limit}, None):
            totals = [[d.figure for d in relations.totals(board, column, w, tops)] for w in (0, 1)]
            # 占降幅: a net change is a whole only if the list as a whole moved that way
            wholes += [(Figure(abs(a.value - b.value), a.step + b.step), False) for a, b in zip(*totals) if (a.value > b.value) == up]
        movers = [f for e in self.rows_that_moved(board, limit, up=up, column=column) if (f := relations.moved_by(board, e, column))]
        if movers:
            wholes.append((total(movers), False))
        if not parts or not any(w.value for w, _ in wholes):
            return None
        written = claim.values[0]
        bound = self.bound_near(claim)
        for part, part_written in parts:
            for whole, whole_written in ((w, ww) for w, ww in wholes if w.value):
                ratio = part.value / whole.value
                if claim.kind == "multiple" and fraction_holds(ratio, written.value, bound) or claim.kind == "percent" and \
                        near_bound(Figure(100 * ratio, 100 * (part.step + ratio * whole.step) / whole.value), written, bound):
                    return Outcome(True, ["arithmetic/written" if part_written and whole_written else f"{board}/change/part"])
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: no change the sentence names is that part of "
                                       f"{self.c.boards[board].label}'s whole change", None))

    def verify_run_values(self, claim: Claim) -> Outcome | None:
        """连续第三周增长（7%、4%、25%）: a bracket after a run, with a figure for each of its weeks, oldest
        first (or newest first), each the week's growth (or value) of the run's subject."""
        opened = self.bracket_start(claim)
        if opened is None or claim.kind not in ("percent", "amount"):
            return None
        run = next((c for c in reversed(self.claims) if c.kind == "streak" and c.values and c.end <= opened - 1
                    and _RUN_TO_BRACKET.fullmatch(self.text, c.end, opened - 1)), None)
        figures = [c for c in self.claims if c.kind == claim.kind and self.bracket_start(c) == opened]
        board = self._the_board(claim)
        # 份额已连续三周下滑（27.3% → 25.8% → 22.8% → 16.4%）: one more figure than changes, each
        # week's own value, joined by arrows.
        levels = run is not None and len(figures) == int(run.values[0].value) + 1 and all(
            _ARROW.fullmatch(self.text, a.end, b.start) for a, b in zip(figures, figures[1:]))
        if run is None or board is None or len(figures) != int(run.values[0].value) and not levels:
            return None
        subject = next((e for e, _ in self.subjects(run, {})), None)
        if subject is None:
            return None
        column = "growth" if claim.kind == "percent" else "tokens"
        if levels:
            words = self.metric_words(run) | metric_word(self.text[self.s.start : run.start])
            column = "share" if claim.kind == "percent" and Metric.share in words else "tokens" if claim.kind == "amount" else ""
            runs: list[tuple[Entity, list[Figure]]] = []
            for entity in [subject, *self.alternatives(run, {})]:
                history = [f for _, f in self.c.relations.history(board, entity.id, column)][: len(figures)] if column else []
                if len(history) == len(figures):
                    runs.append((entity, list(reversed(history))))  # oldest first, as arrows run
            if not runs:
                return None

            def fits(truth: Figure, figure: Claim) -> bool:
                return near_bound(truth, Figure(abs(figure.values[0].value), figure.values[0].step), None)

            # The name whose weeks most of the chain fits (the run's subject on a tie); only the
            # figures it does not fit are wrong.
            owner, weeks = max(runs, key=lambda r: sum(fits(t, f) for t, f in zip(r[1], figures)))
            if fits(weeks[figures.index(claim)], claim):
                return Outcome(True, [f"{board}/{owner.id}/{column}/run"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: {owner.name}'s last {len(figures)} weeks were "
                                           + " → ".join(format_tokens(t.value) if column == "tokens" else f"{t.value:g}%" for t in weeks), None))
        skip = 1 if self._run_ended(run) else 0  # 在连续两周增长（284%、23%）之后: the weeks before this one
        history = [f for _, f in self.c.relations.history(board, subject.id, column)][skip : skip + len(figures)]
        if claim.kind == "percent" and len(history) < len(figures):
            amounts = [f for _, f in self.c.relations.history(board, subject.id, "tokens")][skip : skip + len(figures) + 1]
            history = [Figure(100 * (a.value / b.value - 1), 100 * (a.step + b.step) / b.value)
                       for a, b in zip(amounts, amounts[1:]) if b.value]
        if len(history) < len(figures):
            return None
        def holds(truth: Figure, figure: Claim) -> bool:
            value = figure.values[0].value if figure.signed else abs(figure.values[0].value) * (1 if truth.value >= 0 else -1)
            return near_bound(truth, Figure(value, figure.values[0].step), None)

        # Oldest first, or newest first: the order that fits more of the figures; only those it does not fit are wrong.
        order = max((list(reversed(history)), history), key=lambda o: sum(holds(t, f) for t, f in zip(o, figures)))
        if holds(order[figures.index(claim)], claim):
            return Outcome(True, [f"{board}/{subject.id}/{column}/run"])
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: {subject.name}'s last {len(figures)} weeks were "
                                       + "、".join(f"{t.value:.0f}" for t in reversed(history)), None))

    def verify_updown(self, claim: Claim) -> Outcome | None:
        """6涨4跌, 7涨2跌1持平: how many of the list's rows rose, fell and stayed flat since last week
        (by the published growth where the board has it, else by the two weeks' values, flat within 0.5%)."""
        board = self._the_board(claim)
        weeks = self.c.relations.snapshots.get(board, []) if board else []
        if board is None or not weeks:
            return None
        limit = self._limit(board)
        wanted = [int(v.value) for v in claim.values]
        named = list(dict.fromkeys(m.entity.id for m in self.line_mentions if self.s.start <= m.start
                                   and self.c.relations.rank_now(board, m.entity.id) is not None))
        if len(named) == sum(wanted) >= 2:
            # 两款4.6一升一降：A…，B…: the moves of the rows the sentence names, in amount or in place.
            column = str(self.c.boards[board].metric)
            values = [[v.value if (v := self.c.relations.value(board, e, column, w)) else None for w in (0, 1)] for e in named]
            places = [[-r if r else None for r in (self.c.relations.ranks(board, e) + [None, None])[:2]] for e in named]
            for pairs in (values, places):
                moved = [(now > before) - (now < before) for now, before in pairs if now is not None and before is not None]
                if [moved.count(1), moved.count(-1), moved.count(0)][: len(wanted)] == wanted:
                    return Outcome(True, [f"{board}/moves/named"])
        published = [0, 0, 0]  # up, down, flat
        for entry in weeks[0].entries:
            growth = getattr(entry.row, "growth", None)
            if entry.row.rank and entry.row.rank <= limit and entry.entity is not None and growth is not None:
                published[0 if growth.value > 0 else 1 if growth.value < 0 else 2] += 1
        # Amounts within half a percent are flat; a score that moved one point moved.
        flat = 0.5 if str(self.c.boards[board].metric) in ("tokens", "requests") else 0.0
        up, down = (len(self.rows_that_moved(board, limit, way, flat_within=flat)) for way in (True, False))
        both = self._rows_both_weeks(board, limit)
        readings = [published, [up, down, len(both) - up - down]]
        if _INCUMBENTS.search(self.text, self.s.start, claim.start):
            # 存量六款排名0升5降1平: the rows listed both weeks, by place or by the published growth.
            ranks = [self.c.relations.ranks(board, e)[:2] for e in both]
            moves = [(b > a) - (b < a) for a, b in ranks if a and b]
            readings.append([moves.count(1), moves.count(-1), moves.count(0)])
            grown = [g.value for e in weeks[0].entries if e.entity in both and (g := getattr(e.row, "growth", None)) is not None]
            readings.append([sum(g > 0 for g in grown), sum(g < 0 for g in grown), sum(g == 0 for g in grown)])
        if any(moves[: len(wanted)] == wanted for moves in readings):
            return Outcome(True, [f"{board}/moves"])
        up, down, flat = readings[0] if any(readings[0]) else readings[1]
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}前{limit}本周{up}涨{down}跌"
                                       f"{f'{flat}持平' if flat else ''}，不是{claim.quote}", None))

    def verify_moved_count(self, claim: Claim) -> Outcome | None:
        """六款下降模型, 九款模型中仅三款实现正增长, 上涨三款、下跌六款: how many listed rows rose or fell
        (those named before it in the sentence aside, after 其余)."""
        moved = _MOVED_AFTER.match(self.text, claim.end) or _WAY_BEFORE.search(self.text, max(self.s.start, claim.start - 8), claim.start)
        board = self._the_board(claim)
        source = _FROM_AFTER.match(self.text, claim.end)
        maker = next((m.entity for m in self.mentions if source is not None and m.start == source.end()
                      and m.entity.kind is EntityKind.company), None)
        up: bool | None = None
        if moved is None and maker is not None:
            said = list(_WAY_SAID.finditer(self.text, self.s.start, claim.start))
            if not said:
                return None
            up = said[-1].group(2) is not None
        elif moved is not None:
            up = moved.group(1) is not None
        if up is None or board is None or not self.c.relations.snapshots.get(board):
            return None
        # 8家上涨 on the companies' board: of their shares, or of their amounts where the words name none.
        named_columns = {m.value for m in metric_word(self.text[self.clause_start(claim) : next((e for s_, e in self.s.clauses if s_ <= claim.start <= e), self.s.end)])} & set(RELATION_COLUMNS) - {"growth"}
        main = str(self.c.boards[board].metric)
        columns = sorted(named_columns, key=lambda c: c != main) or [main] + \
            (["tokens"] if main != "tokens" and self.c.relations.totals(board, "tokens", 0) else [])
        if moved is not None and moved.lastindex == 3:
            # 1家持平, 1个持平: rows listed both weeks at the same figure (or a published growth of zero).
            both = self._rows_both_weeks(board, self._limit(board))
            flat = [[e for e in both if (a := self.c.relations.value(board, e, c, 0)) and (b := self.c.relations.value(board, e, c, 1))
                     and a.value == b.value] for c in columns]
            flat.append([e for e in both if (g := self.c.relations.value(board, e, "growth")) is not None and g.value == 0])
            if any(len(rows) == int(claim.values[0].value) for rows in flat):
                return Outcome(True, [f"{board}/moved/flat"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}本周有{len(flat[0])}个上榜条目持平，不是{claim.quote}", None))
        readings = [self.rows_that_moved(board, self._limit(board), up=up, column=c) for c in columns]
        # 十款模型中有六款下滑、四款增长: a row new to the list moved too, by the growth the source publishes,
        # unless the sentence counts only the rows listed both weeks (连续在榜的九款中, 9款模型中 of nine of them).
        scope = _GROUP_OF.search(self.text, self.s.start, claim.start)
        of_incumbents = _INCUMBENTS.search(self.text, self.s.start, claim.start) is not None or scope is not None \
            and (cn_to_int(scope.group(1)) if not scope.group(1).isdigit() else int(scope.group(1))) == len(self._rows_both_weeks(board, self._limit(board))) < self._limit(board)
        if not of_incumbents:
            readings.append([e.entity for e in self.c.relations.snapshots[board][0].entries if e.entity and e.row.rank
                             and e.row.rank <= self._limit(board) and (g := getattr(e.row, "growth", None)) is not None
                             and g.value and (g.value > 0) == up])
        company = maker or next((m.entity for m in reversed(self.mentions) if self.s.start <= m.start < claim.start
                                 and m.entity.kind is EntityKind.company), None)
        if company is not None:
            # Google的两款模型都在下滑: the company's rows that moved.
            members = {f.entity for f in self.c.members(company.id, board)}
            readings = [[e for e in r if e in members] for r in readings]
        rows = next((r for r in readings if len(r) == int(claim.values[0].value)), readings[0])
        rest = OTHER_BEFORE.search(self.text[max(self.s.start, claim.start - 3) : claim.start]) is not None
        if rest:
            named = {m.entity.id for m in self.mentions if m.end <= claim.start}
            rows = [e for e in rows if e not in named]
            if int(claim.values[0].value) != len(rows):
                return None  # 四者之中…其余三款: the rest of a group the checker cannot see
        if int(claim.values[0].value) == len(rows):
            return Outcome(True, [f"{board}/moved/{'up' if up else 'down'}"])
        word = "上升" if up else "下降"
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}本周有{len(rows)}个上榜条目{word}，不是{claim.quote}", None))

    def _rows_both_weeks(self, board: str, limit: int) -> list[str]:
        """Rows of the board's top `limit` this week that were listed last week too."""
        weeks = self.c.relations.snapshots.get(board, [])
        if len(weeks) < 2:
            return []
        before = {e.entity for e in weeks[1].entries if e.row.rank}
        return [e.entity for e in weeks[0].entries if e.row.rank and e.row.rank <= limit and e.entity in before]

    def verify_served_count(self, claim: Claim, board: str | None) -> Outcome | None:
        """gpt-oss-120b的两个托管条目, Qwen3 32B两家供应商: the rows of a model the board lists once
        for each provider that serves it."""
        if _MODEL_ROWS.match(self.text, claim.end) is None:
            return None
        model = next((m.entity for m in reversed(self.mentions) if self.clause_start(claim) <= m.start < claim.start), None)
        if model is None:
            return None
        for board_id in [board] if board else self.c.boards_of.get(model.id, []):
            weeks = self.c.relations.snapshots.get(board_id, [])
            rows = [e for e in (weeks[0].entries if weeks else []) if e.entity == model.id]
            if not any(e.qualifier for e in rows):
                continue
            if int(claim.values[0].value) == len(rows):
                return Outcome(True, [f"{board_id}/{model.id}/providers"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board_id].label}上{model.name}有{len(rows)}个托管条目，不是{claim.quote}", None))
        return None

    def verify_provider_count(self, claim: Claim, provider: Entity, board: str | None) -> Outcome | None:
        """Groq在前十中占据四席: the rows a provider serves, on the board the line speaks of or the
        one board whose rows name providers."""
        boards = [board] if board else [b for b, weeks in self.c.relations.snapshots.items()
                                         if weeks and any(e.qualifier == provider.id for e in weeks[0].entries)]
        if len(boards) != 1:
            return None
        weeks = self.c.relations.snapshots.get(boards[0], [])
        limit = self._limit(boards[0])
        rows = [e for e in (weeks[0].entries if weeks else []) if e.qualifier == provider.id and e.row.rank and e.row.rank <= limit]
        if not rows and board is not None:
            return None
        if int(claim.values[0].value) == len(rows):
            return Outcome(True, [f"{boards[0]}/provider/{provider.id}"])
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[boards[0]].label}前{limit}中有{len(rows)}个{provider.name}条目，不是{claim.quote}", None))

    def verify_seats_within(self, top: Claim, counter: Claim) -> Outcome | None:
        """Cerebras两款模型均在前六, Anthropic三款模型都进了前十: that many of the name's rows stand within the top N."""
        owner = next((m.entity for m in reversed(self.mentions) if self.clause_start(counter) <= m.start < counter.start
                      and m.entity.kind in (EntityKind.provider, EntityKind.company)), None)
        board = self._the_board(top)
        if owner is None or board is None:
            return None
        weeks = self.c.relations.snapshots.get(board, [])
        if owner.kind is EntityKind.provider:
            ranks = [e.row.rank for e in (weeks[0].entries if weeks else []) if e.qualifier == owner.id]
        else:
            ranks = [self.c.relations.rank_now(board, e) for e in self._models_of(owner.id, board)]
        n = int(top.values[0].value)
        within = sum(1 for r in ranks if r and r <= n)
        if not ranks:
            return None
        if within >= int(counter.values[0].value):
            return Outcome(True, [f"{board}/top{n}/{owner.id}"])
        return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}前{n}中{owner.name}只有{within}个，不到{counter.quote}", None))

    def verify_brand_count(self, claim: Claim) -> Outcome | None:
        """两款Claude, 三款Gemini模型: the board's rows whose names open with the brand; with 跌出 or
        进入 in the clause, the ones that left or came into the list."""
        brand = self.brand_near(claim)
        if brand is None:
            return None
        held = [b for b in self.c.boards if self.c.brand_rows(b, brand, 99, 0) or self.c.brand_rows(b, brand, 99, 1)]
        board = self._the_board(claim)
        if board not in held:
            # 调用量方面，两款Claude…: the one board the brand has rows on, this week or last.
            board = held[0] if len(held) == 1 else None
        if board is None:
            return None
        limit = self._limit(board)
        now, prev = (set(self.c.brand_rows(board, brand, limit, week)) for week in (0, 1))
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        verb = top_verb(self.text[claim.end : clause_end])
        allowed = {"exit": len(prev - now), "enter": len(now - prev), "stay": len(now & prev)}.get(verb or "", len(now))
        week = "本周"
        if not verb and (LAST_WEEK.search(self.text, claim.end, clause_end) or _WEEK_RIGHT_BEFORE.search(self.text, max(self.s.start, claim.start - 5), claim.start)):
            allowed, week = len(prev), "上周"  # 两款GPT模型上周的合计, 比上周两款Gemini的约1.10万亿多
        label = self.c.boards[board].label
        if int(claim.values[0].value) == allowed:
            return Outcome(True, [f"{board}/brand/{brand}"])
        top = TOP_N.search(self.text, claim.end, clause_end)
        if verb == "enter" and top is not None and WEAK_ENTER.search(self.text, claim.end, top.start()) \
                and not FIRST_TIME.search(self.text, self.clause_start(claim), top.start()) and int(claim.values[0].value) == len(now):
            return Outcome(True, [f"{board}/brand/{brand}"])  # 共有四款Gemini进入前九: 进入 also says where the rows stand, new or not
        what = {"exit": "跌出", "enter": "进入", "stay": "留在"}.get(verb or "", "位于")
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{label}{week}有{allowed}款{brand}模型{what}前{limit}，不是{claim.quote}", None))

    def verify_country_count(self, claim: Claim, role: str = "now") -> Outcome | None:
        """前十中有五家中国公司, 五款来自中国公司的模型, 海外五家: the rows (or their companies) of that
        country, this week or last."""
        board = self._the_board(claim)
        near = self.country_near(claim) if board is not None else None
        if near is None or board is None:
            return None
        words, code = near
        wanted = int(claim.values[0].value)
        limit = self._limit_for(board, claim)
        if wanted > limit:
            limit = self.c.boards[board].list_size  # 前三家拿走近六成，国产五家…: the five are not within the three
        # 上周为五席, 由上周的四款: last week's rows, where a week word stands right before the count.
        last_week = role == "prev" and (LAST_WEEK.search(self.text[max(self.s.start, claim.start - 6) : claim.start]) is not None
                                         or _FROM_BEFORE.search(self.text, max(self.s.start, claim.start - 2), claim.start) is not None)
        rows = self.c.country_rows(board, code, limit, 1 if last_week else 0)
        label = self.c.boards[board].label
        if role == "change":
            # 较上周的四席减少一席: the seats the country gained or lost since last week.
            before = self.c.country_rows(board, code, limit, 1)
            went = self.count_change(claim)
            if rows is not None and before is not None and abs(len(rows) - len(before)) == wanted and \
                    (went is None or (went == "up") == (len(rows) > len(before))):
                return Outcome(True, [f"{board}/country/{words}/change"])
            return None
        clause_before = self.text[self.clause_start(claim) : claim.start]
        adjacent = any(0 <= claim.start - m.end <= 2 and not any(ch in "，,；;：:" for ch in self.text[m.end : claim.start]) for m in self.mentions)
        if not clause_before.strip() or adjacent:
            # A与B两款中国模型; …，两家中国公司合计: the names just before, said to be of that country.
            named = list(dict.fromkeys(m.entity.id for m in reversed(self.line_mentions)
                                       if m.end <= claim.start and self._is_subject(m.entity, board)))[:wanted]
            countries = [self.c.entities.by_id[self._company_of(e)].country if self._company_of(e) in self.c.entities.by_id else None
                         for e in named]
            if len(named) == wanted and all(c == code for c in countries):
                return Outcome(True, [f"{board}/country/{words}"])
            if adjacent:
                return None
            # 六家国产公司合计…, 算上MiniMax，四家中国公司合计…: else the board's rows of that country.
        if rows is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}{words}: the data does not say where every company on {label} is based", None))
        counted = rows
        if claim.quote.endswith("家") or words.endswith(("公司", "厂商", "企业")) and not claim.quote.endswith(("款", "个", "席", "位")):
            counted = list(dict.fromkeys(self._company_of(e) for e in rows))
        if wanted == len(counted):
            return Outcome(True, [f"{board}/country/{words}"])
        if OTHER_BEFORE.search(self.text, max(self.s.start, claim.start - 4), claim.start):
            # Kimi K2.5登顶。…另外两家中国公司也在加码: the country's rows but those the text named before.
            earlier = {m.entity.id for m in self.all_mentions.between(0, self.s.start)}
            earlier |= {self._company_of(e) for e in earlier}
            if wanted == len([e for e in counted if e not in earlier]) < len(counted):
                return Outcome(True, [f"{board}/country/{words}/rest"])
        way = _WAY.search(self.text, self.s.start, self.s.end)
        if way is not None and wanted == len(set(rows) & set(self.rows_that_moved(board, limit, up=way.group(1) is not None))):
            return Outcome(True, [f"{board}/country/{words}/moved"])  # 跌幅榜：三款中国模型贡献了…降量
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{label}前{limit}中有{len(counted)}{claim.quote[-1]}{words}，不是{claim.quote}", None))

    def verify_top_beyond(self, claim: Claim) -> Outcome | None:
        """前四名都在1.2T以上, 前三均超过89%, 第5名起均不超过1.04T: every row of those places is on
        that side of the line; the places and the line are checked together."""
        pair = next(((t, b) for t, b in zip(self.claims, self.claims[1:]) if claim in (t, b) and t.kind in ("top", "rank")
                     and t.values and b.kind in _THRESHOLD_KINDS and b.values
                     and _ALL_BEYOND.fullmatch(self.text, t.end, b.start)), None)
        board = self._the_board(claim)
        if pair is None or board is None:
            return None
        top, line = pair
        after = self.text[line.end : line.end + 4]
        below = bool(_BEYOND_DOWN.search(self.text, top.end, line.start)) or after.lstrip().startswith(("以下", "之下"))
        if top.kind == "rank" and not _FROM_ON.match(self.text, top.end):
            return None
        n = int(top.values[0].value)
        column = next((m.value for m in metric_order(self.metrics_for(line)) if m.value in RELATION_COLUMNS
                       and self.c.relations.listed_values(board, m.value)), None)
        weeks = self.c.relations.snapshots.get(board, [])
        if column is None or not weeks:
            return None
        rows = [e for e in weeks[0].entries if e.row.rank and (e.row.rank <= n if top.kind == "top" else e.row.rank >= n)]
        values = [v for e in rows if (v := getattr(e.row, column, None)) is not None]
        if not values:
            return None
        mark = line.values[0].value
        held = all((v.value <= mark if _NOT_OVER.search(self.text, top.end, line.start) else v.value < mark) if below
                   else v.value >= mark for v in values)
        if held:
            return Outcome(True, [f"{board}/{column}/{'top' if top.kind == 'top' else 'from'}{n}/{'below' if below else 'beyond'}{mark:g}"])
        return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}{top.quote}{'起' if top.kind == 'rank' else ''}有不在{line.quote}"
                                       f"{'以下' if below else '以上'}的", None))

    def verify_threshold(self, claim: Claim, role: str = "now") -> Outcome | None:
        """本周有三组组合突破1000 tok/s, 没有任何组合突破1000 tok/s, 唯一超过一万亿tokens的模型: how
        many rows of the board cross the figure; both the count and the figure are checked by it."""
        board = self.board_at(claim.start)
        clause_start = self.clause_start(claim)
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        bound = next((c for c in self.claims if clause_start <= c.start < clause_end and c.kind in _THRESHOLD_KINDS and c.values
                      and _CROSS.search(self.text[max(clause_start, c.start - 3) : c.start])), None)
        if bound is None and claim.kind == "count":
            # 周用量过万亿的模型增至四款（上周为两款）, 万亿俱乐部扩至三席: a line written as a word of magnitude.
            said = _MAGNITUDE_LINE.search(self.text, self.s.start, claim.start)
            board = board or self._the_board(claim)
            if said is None or board is None or not self.c.relations.listed_values(board, "tokens"):
                return None
            week = 1 if role == "prev" or LAST_WEEK.search(self.text, max(self.s.start, claim.start - 5), claim.start) else 0
            word = said.group(1) or said.group(2)
            line = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10}[word]
            crossing = [v for v in self.c.relations.listed_values(board, "tokens", week) if v.value >= line]
            if len(crossing) == int(claim.values[0].value):
                return Outcome(True, [f"{board}/tokens/beyond{line:g}"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}{'上周' if week else '本周'}有{len(crossing)}个上榜条目过{word}，不是{claim.quote}", None))
        board = board or self._the_board(claim)
        if board is None or bound is None or (claim is not bound and claim.kind != "count"):
            return None
        if _SPAN_AFTER.match(self.text, bound.end):
            return None  # 压缩在不足16亿tokens的区间内: a spread of the rows, not a line they cross
        if claim is not bound and "、" in self.text[claim.end : bound.start]:
            return None  # 五席、逾五成: two figures listed, not a count of rows beyond a line
        if _PART_BEFORE.search(self.text, clause_start, bound.start):
            return None  # 一个模型就吃下前十总量的逾两成: a part of a total, not rows beyond a line
        if claim is bound:
            count = next((c for c in self.claims if clause_start <= c.start < bound.start and c.kind == "count" and c.values
                          and "、" not in self.text[c.end : bound.start]), None) or \
                next((c for c in self.claims if bound.end <= c.start < clause_end and c.kind == "count" and c.values
                      and "、" not in self.text[bound.end : c.start]), None)  # 超过1T的模型有四款
            none = _NONE_CROSS.search(self.text[clause_start : bound.start])
            only = _ONLY.search(self.text[clause_start : clause_end])
            if count is None and not none and not only:
                return None
            wanted = 0 if none else 1 if only and count is None else int(count.values[0].value)  # type: ignore[union-attr]
        else:
            wanted = int(claim.values[0].value)
        # 超过两成 is a line on a column of percentages (a share, a growth), never on the amounts
        percent = {Metric.share, Metric.growth, Metric.score} if bound.kind == "percent" else set(Metric)
        column = next((m.value for m in metric_order(self.metrics_for(bound) & percent) if m.value in RELATION_COLUMNS
                       and self.c.relations.listed_values(board, m.value)), None)
        if column is None:
            return None
        below = bool(_CROSS_DOWN.search(self.text[max(clause_start, bound.start - 3) : bound.start]))
        line = bound.values[0].value
        week = 1 if role == "prev" and claim.kind == "count" else 0
        crossing = [v for v in self.c.relations.listed_values(board, column, week) if (v.value < line if below else v.value > line)]
        if len(crossing) == wanted:
            return Outcome(True, [f"{board}/{column}/beyond{line:g}"])
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}{'上周' if week else '本周'}有{len(crossing)}个上榜条目{'低于' if below else '超过'}{bound.quote}，不是{wanted}个", None))

    def verify_event_count(self, claim: Claim) -> Outcome | None:
        """本周六大发布, 五家公司共发布六项, 两家中国公司先后开源, 一周之内两度下调价格: counts of
        the week's events (of the kind the sentence names: 开源, 降价), of their companies, or of
        the events of the names it speaks of (两度, 两次)."""
        sentence = self.text[self.s.start : self.s.end]
        if self.s.section != "events" and not _EVENT_VERB.search(sentence) and not _EVENT_NOUN.match(self.text, claim.end):
            return None
        if LAST_WEEK.search(self.text[self.s.start : claim.start]):
            return None  # 上周两次…: events of an earlier week, which the week's data does not hold
        unit = claim.quote[-1]
        if unit not in "家次度" and not _EVENT_NOUN.match(self.text, claim.end) and not _KIND_AFTER.match(self.text, claim.end):
            return None  # 3个量化版本, 40余项基准评测: the event's own figures, not a count of events
        events = list(self.c.events)
        # The kind the count's own words name (…六项发布，其中…开源 counts every release; 三项事件中有两项为降价:
        # 降价 is the second count's kind, not the first's).
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        following = next((c.start for c in self.claims if c.start > claim.start and c.kind == "count"), clause_end)
        kind = _EVENT_KIND.search(self.text, claim.end, min(clause_end, following)) or \
            _EVENT_KIND.search(self.text, max(self.s.start, claim.start - 4), claim.start)
        if kind is not None:
            words = _EVENT_KINDS[kind.group()]
            events = [e for e in events if any(w in e.name for w in words)]
        clause = {m.entity.id for m in self.mentions if self.clause_start(claim) <= m.start < claim.start} & set(self.c.events_of)
        if unit in "次度" or len(clause) == 1:
            # 两度下调Ring-2价格, 其中阿里巴巴独占两项: the events of the name the clause speaks of.
            named = clause or {m.entity.id for m in self.line_mentions}
            events = [e for e in events if {e.entity, *e.others} & named]
        companies = unit == "家" or self.text.startswith(("公司", "家公司", "厂商"), claim.end)
        counted = len({e.entity for e in events}) if companies else len(events)
        if int(claim.values[0].value) == counted:
            return Outcome(True, [f"events/{'companies' if companies else 'count'}"])
        what = "家公司" if companies else "项事件"
        return Outcome(False, problem=(ProblemKind.wrong_value, f"本周数据中有{counted}{what}{kind.group() if kind else ''}，不是{claim.quote}", None))

    def _models_of(self, company: str, board: str) -> list[str]:
        """The rows of a company's models on a board (none on the companies' own board)."""
        return [f.entity for f in self.c.members(company, board) if f.entity and f.entity != company]

    def verify_movers_count(self, claim: Claim) -> Outcome | None:
        """两款新上榜模型, 跌出的两款模型: how many rows came into the list, or left it."""
        board = self._the_board(claim)
        if board is None:
            return None
        for pattern, side in ((NEWCOMERS, 0), (LEAVERS, 1)):
            found = next((m for m in pattern.finditer(self.text, self.s.start, self.s.end) if m.start() <= claim.start < m.end()), None)
            if found is not None and any(0 <= found.start() - m.end <= 1 for m in self.mentions):
                continue  # Anthropic两款新模型, A与B两个新面孔: the names before it are what it counts
            if found is not None:
                rows = self.c.entries_exits(board, self._limit(board))[side]
                if int(claim.values[0].value) == len(rows):
                    return Outcome(True, [f"{board}/{'entries' if side == 0 else 'exits'}"])
                what = "新进" if side == 0 else "跌出"
                return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}本周{what}{len(rows)}个，不是{claim.quote}", None))
        return None

    def verify_listed_count(self, claim: Claim) -> Outcome | None:
        """A、B、C三家, DeepSeek、Xiaomi…和MiniMax，一共五席: a count of the names its clause lists."""
        clause = self.clause_start(claim)
        listed = {m.entity.id for m in self.mentions if clause <= m.start < claim.start and m.start not in self.aside}
        if len(listed) >= 2 and len(listed) == int(claim.values[0].value):
            return Outcome(True, [f"count/{len(listed)}"])
        if not self.text[clause : claim.start].strip() and GROUP_COUNT.fullmatch(claim.quote) and \
                int(claim.values[0].value) in self._names_so_far(claim):
            # …Anthropic则从17.8%升至18.1%，两家差距缩小到5.9个百分点: the names just before it.
            return Outcome(True, [f"count/{int(claim.values[0].value)}"])
        again = next((c for c in reversed(self.claims) if c.kind == "count" and c.values and c.end <= clause
                      and c.sentence == claim.sentence), None)
        if again is not None and again.values[0].value == claim.values[0].value and not self.text[clause : claim.start].strip() \
                and _GROUP_AFTER.match(self.text, claim.end):
            return Outcome(True, [f"restates/{again.quote}"])  # 三个模型在榜，三个加起来…: the group counted before
        if not any(m.start < claim.start for m in self.mentions) and _GROUP_AFTER.match(self.text, claim.end):
            # A和B都在前五…。两个加起来九千亿出头: a group named in a sentence just before, counted again.
            for back in range(self.s.index - 1, max(-1, self.s.index - 4), -1):
                earlier = self.p.sentences[back]
                names = without_owners(list({m.entity.id: m.entity for m in self.all_mentions.between(earlier.start, earlier.end)
                                             if m.start not in self.aside and self.c.known(m.entity.id)}.values()))
                if len(names) >= 2:
                    if len(names) == int(claim.values[0].value):
                        return Outcome(True, [f"count/{len(names)}"])
                    break
        return None

    def _names_so_far(self, claim: Claim) -> set[int]:
        """How many rows a count at a clause's start may take up: the names from the start of this
        sentence, of the one before, of the two before (Google…；Anthropic…，两家合计; …A把B挤到第四。
        两家差多少？), or of the paragraph, each without the makers of the models it names."""
        counts = set()
        for index in range(self.s.index, max(-1, self.s.index - 3), -1):
            sentence = self.p.sentences[index]
            if sentence.line != self.s.line:
                break
            names = without_owners(list({m.entity.id: m.entity for m in self.all_mentions.between(sentence.start, claim.start)
                                         if m.start not in self.aside and self._is_subject(m.entity, None)}.values()))
            counts.add(len(names))
        line = without_owners(list({m.entity.id: m.entity for m in self.all_mentions.between(self.line_start, claim.start)
                                    if m.start not in self.aside and self._is_subject(m.entity, None)}.values()))
        return counts | {len(line)}

    def verify_spelled_count(self, claim: Claim, events: list[Fact]) -> Outcome | None:
        """两个版本, 三大热门模型: a count in words, checked where something counts it.

        Against the counts recorded for the event in question, or against the names the sentence
        lists (三大热门模型… A、B与C); with nothing to count against, it is not read as a claim.
        """
        wanted = claim.values[0]
        sentence = self.text[self.s.start : self.s.end]
        # 「A」与「B」两大难题, 1.7B和0.6B两个尺寸: the sentence lists what it counts.
        items = [len(_QUOTED.findall(sentence)), sum(1 for c in self.claims if c is not claim and c.kind == "amount")]
        if int(wanted.value) in [n for n in items if n >= 2]:
            return Outcome(True, [f"count/{int(wanted.value)}"])
        counts = [f for e in events for f in self.c.event_figures.get(e.id, []) if f.unit == "count"]
        if events and self.s.section != "boards" and not counts:
            return None
        if counts and self.s.section != "boards":
            match = next((f for f in counts if f.now and f.now.figure().agrees_with(wanted)), None)
            if match:
                return Outcome(True, [match.id])
            related = self.verify_event_relation(claim)  # 分别开放3个和5个量化版本，两者合计8个
            if related is not None:
                return related
            listed = "; ".join(f"{f.label} {f.now.text}" for f in counts if f.now)
            return Outcome(False, problem=(
                ProblemKind.event_figure, f"{claim.quote} is not a count of {events[0].name} (its counts: {listed})",
                Source(fact=events[0].id, entity=events[0].name, metric="figures", value=listed),
            ))
        named = {m.entity.id for m in self.mentions if m.start not in self.aside and self.c.known(m.entity.id)
                 and not self._family(m, self.board_at(m.start))}
        # 小米MiMo: a company and its own model named together are one name.
        named -= {self._company_of(e) for e in named if self._company_of(e) != e}
        if len(named) >= 2:
            if len(named) == int(wanted.value):
                return Outcome(True, [f"count/{len(named)}"])
            return Outcome(False, problem=(
                ProblemKind.wrong_value, f"the sentence names {len(named)} entities, not {claim.quote}", None,
            ))
        return None
