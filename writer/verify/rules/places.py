"""Rules for places on a board: ranks and stretches of ranks, top-N claims and lists, places moved,
first place, streaks over the weeks the data holds, debuts and returns, entries and exits."""

from __future__ import annotations

import re
from typing import Callable

from ...facts import Fact, Metric
from ...figures import Claim
from ...findings import ProblemKind
from ...models import Entity, EntityKind
from ...numbers import Figure, cn_to_int
from ...vocabulary import (
    METRIC_LABELS,
    direction_word,
    metric_word,
    top_verb,
)
from ...load import OTHERS_ID
from ..reading import LAST_WEEK_FRAME
from ..relations import COLUMNS as RELATION_COLUMNS
from ..relations import Relations
from .events import PLACE_RANGE, EventRules
from .outcome import Outcome

_LOST = re.compile(r"失去|痛失|丢失|失掉|交出|让出|丢掉|失守|跌下|告别")
_STREAK_ENDED = re.compile(r"结束|终结|中断|打破|止住|告别")
_IN_ALL = re.compile(r"(?:有|一共|总共|累计|共)\s*+$")  # 十八周中它有十七周在榜: weeks held in all, not in a row
_STAY_VERBS = "待了|坐了|呆了|当了"
_STAYED = re.compile(_STAY_VERBS + "|只坐|仅坐")
_PLACE_TO_STAY = re.compile(r"\s*+(?:里|上|中|之中|位置上)?\s*+(?:只|仅|才|一共|共|总共|前后)?\s*+(?:" + _STAY_VERBS + r")\s*+")
# 在连续三周第一之后退居第二, 在连续两周增长后掉头: the run was before this week.
_STREAK_BEFORE = re.compile(r"[^，。；]*?(?:之后|以后|后(?=\s*+(?:首次|首度|掉头|转|回落|下滑|下降|被|跌|退)))")
# 此前连续三周, 此前它已连续三周在榜: the run that ended last week.
_STREAK_EARLIER = re.compile(r"(?:此前|之前|上周前)(?!的)[^，。；的]{0,8}?(?:已经?|曾经?|一度)?\s*+$")
# 前两名, 前10 name a top N; 前两周, 前三天 name time.
TOP_NUMBER = r"(?:前|头部|(?<![A-Za-z])(?i:top)[ \-]?)\s*+(\d++|[一二两三四五六七八九十]++)(?!\s*+(?:周|天|日|个?月|年|次|期|季|轮|届|[.．]\d|进\s*+(?:\d|[一二两三四五六七八九十])))"
TOP_N = re.compile(TOP_NUMBER)
LAST_WEEK = re.compile(r"上一?周|前一周|last week")


def top_count(found: re.Match[str] | None, default: int) -> int:
    """The N of a 前N (or of a count such as 十款) a pattern found, else the default."""
    if found is None:
        return default
    n = found.group(1)
    return int(n) if n.isdigit() else (cn_to_int(n) or default)

# 连续两周-13%, 连续2周+2%: a signed change after the run is its direction.
_STREAK_UP = re.compile(r"正增长|增长|提速|加速|变快|上涨|上升|走高|放量|攀升|增加|提升|回升|扩大|(?<![A-Za-z0-9])\+(?=\d)")
_STREAK_DOWN = re.compile(r"负增长|下滑|放缓|减速|变慢|下降|下跌|减少|萎缩|失血|走低|回落|缩水|缩量|下挫|收缩|掉(?!出|队)|(?<![A-Za-z0-9])[-−](?=\d)")
# 上周的榜首, 上周刚登顶的, 从榜首滑到第7: the first place is last week's.
_LAST_WEEKS = re.compile(r"(?:上一?周\s*+(?:的|刚|才|还|曾)?|(?<![跃冲登升])[从由]\s*+(?:昔日的?)?)\s*+$")
_RATE_WORD = re.compile(r"增长率|增速|增长速度|growth rate")
_STREAK_SHORT = {"涨": "上涨", "升": "上升", "增": "增加", "跌": "下跌", "降": "下降", "减": "减少", "挫": "下挫"}
_STREAK_FIRST = re.compile(r"榜首|居首|最快|(?:调用量|用量)最(?:多|高|大)|第一|登顶|领跑|头名|夺冠|称王|第1(?!\d)|霸榜|领先|统治|称霸|头把交椅|王座|卫冕|连霸|连冠|连胜|蝉联|榜一")
_THAT_PLACE = re.compile(r"\s*+(?:都|均|一直)?\s*+(?:排在|位于|停在|守在|待在|处在|处于|坐在)?\s*+(?:这一|这个|该|同一|此)\s*+(?:位置|名次|位次|排名)")
_STREAK_LAST = re.compile(r"垫底|末位|最后一名|倒数第一")
_STREAK_PLACE = re.compile(r"(?:排在|位列|位居|稳居|排名|停在|保持)?\s*+(?:(?:第|#|No\.\s?)\s*+(\d+|[一二两三四五六七八九十]+)|(次席|亚军|季军))")
_STREAK_ENDED_AFTER = re.compile(r"\s*+(?:的)?\s*+(?:榜首|榜一|第一|头名|领跑|霸榜|头把交椅|增长|下滑)?\s*+(?:纪录|势头|之旅|地位|宝座|王座)?\s*+"
                                 r"(?:就这么|就此|宣告|也|便|就|被|遭)?\s*+(?:终结|结束|中断|打破|告终|告一段落|画上句号|戛然而止|丢了|丢掉|失守|不保|易主)")
_BOARD_WORDS_BEFORE = re.compile(r"(?:整体|模型|调用量|市占率|编程|榜单|榜|速度|份额|公司|请求量)+的?\s*+$")
_HOLDER_AFTER = re.compile(r"\s*+(?:名|的)?\s*+(?:把交椅|的位置|位置|宝座)?\s*+(?:(没|未|并未|没有|仍未)\s*+(?:换人|易主|变|换)|(?:换了?主人|换人|易主|换了人|换主|更替|易位))")
_FALL_AFTER = re.compile(r"\s*+(?:位置)?\s*+(?:一口气|一路|直接|已|被)?\s*+(?:滑|跌|降|退|掉|落|跌落|下滑|挤)")
_RUN_TO_PLACE = re.compile(r"\s*+(?:的)?\s*+(?:位居|位列|排名|排在|稳居|霸占|占据|坐在|坐稳|守在|盘踞)?\s*+")
# 榜首也让给了X, 两周的榜首就此结束, 榜首地位不保: first place lost this week, said after it.
_FIRST_LOST_AFTER = re.compile(r"\s*+(?:之位|位置|地位|宝座|头衔)?\s*+(?:也|则|便|已|就)?\s*+(?:就此)?\s*+"
                               r"(?:结束|终结|告终|告一段落|让给|让出|拱手|易主|旁落|不保|被(?!挤|拉|压))")
# 连续五周的榜首位置，这周被X拿走; 这位连续五周第一的纪录，这周断了; 连续两周的榜首也让给了X: a run at a place lost this week.
_PLACE_LOST_AFTER = re.compile(r"[^。；]{0,16}?(?:(?:这周|本周)[^，。；]{0,12}?(?:断了|被[^，。；]{0,24}?(?:超过|反超|超越|取代|拿走|夺走|抢走|终结|打断|挤下)|易主|丢|失守)"
                               r"|(?:也|已|便)?(?:让给|让出|拱手))")
_STREAK_OWN = re.compile(r"连([涨跌升降增减挫])")
_STREAK_WON = re.compile(r"连冠|连霸|霸榜|连胜")  # 五连冠 is a run at first place; 蝉联两周第二 is not
_STREAK_LISTED = re.compile(r"上榜|在榜|榜上|入榜|在列")
_STREAK_SAME = re.compile(r"停留|持平|不变|未变|原地")


def _streak_condition(after: str, before: str) -> tuple[str, int] | None:
    """What the run is of: ('up'|'down'|'same'|'first'|'place'|'top'|'listed', n), from the word
    nearest the figure (连续两周领跑的X下降9%: a run at first place, not of the fall after it)."""
    nearest: Callable[..., tuple[int, tuple[str, int]]]
    for text, nearest in ((after, min), (before, max)):
        found: list[tuple[int, tuple[str, int]]] = []
        for pattern, kind in ((_STREAK_DOWN, "down"), (_STREAK_UP, "up"), (_STREAK_SAME, "same"), (_STREAK_FIRST, "first"),
                              (_STREAK_LAST, "last"), (_STREAK_PLACE, "place"), (TOP_N, "top"), (_STREAK_LISTED, "listed")):
            match = pattern.search(text)
            if match is None:
                continue
            if kind in ("place", "top"):
                n = match.group(1) or ("3" if match.group(2) == "季军" else "2")
                condition = (kind, int(n) if n.isdigit() else (cn_to_int(n) or 0))
            else:
                condition = ("place", 1) if kind == "first" else (kind, 0)
            found.append((match.start() if nearest is min else match.end(), condition))
        if found:
            return nearest(found, key=lambda f: f[0])[1]  # on a tie the first of the order above (a direction)
    return None


def _streak_length(relations: Relations, board: str, entity: str, column: str, condition: tuple[str, int],
                   offset: int, as_sign: bool = False, qualifier: str | None = None, in_all: bool = False) -> tuple[int, bool]:
    """How many weeks in a row, ending `offset` weeks ago, the condition held (or, `in_all`, in how
    many of the weeks the data holds); and whether the count reaches the first week the data holds
    (so it may be longer)."""
    kind, n = condition
    if kind in ("place", "top", "listed", "last"):
        ranks = relations.ranks(board, entity, qualifier)[offset:]
        lasts = relations.last_ranks(board)[offset:]
        length = 0
        for rank, last in zip(ranks, lasts):
            held = rank is not None and (rank == n if kind == "place" else rank <= n if kind == "top"
                                         else rank == last if kind == "last" else True)
            if not held and not in_all:
                return length, False
            length += held
        return length, True
    weeks = len(relations.snapshots.get(board, []))
    if column == "rank":
        # 排名连续三周下滑: a place is better the smaller it is, so a rise is a smaller number.
        values = [Figure(-r, 1.0) if r is not None else None for r in relations.ranks(board, entity, qualifier)[offset:]]
    else:
        values = [relations.value(board, entity, column, i, qualifier) for i in range(offset, weeks)]
    length = 0
    if as_sign:
        for value in values:
            if value is None or not ((value.value > 0) if kind == "up" else (value.value < 0) if kind == "down" else value.value == 0):
                return length, False
            length += 1
        return length, True
    for newer, older in zip(values, values[1:]):
        if newer is None:
            return length, False
        if older is None:
            return length, True  # unlisted that week: the run may go on beyond what the data shows
        moved = newer.value - older.value
        if not ((moved > 0) if kind == "up" else (moved < 0) if kind == "down" else moved == 0):
            return length, False
        length += 1
    return length, True


# 连续两周负增长: the growth was below zero each week, however the rate itself moved.
_SIGN_AFTER = re.compile(r"\s*+(?:录得|出现|保持|维持|为|是)?\s*+(?:负增长|正增长|为负|为正)")
# 排名已连续三周下滑, 名次连续两周上升: a run of places moving, not of the amount.
_RANK_TOPIC = re.compile(r"(?:排名|名次|位次)\s*+(?:已经?|则|也|均|都|更是?)?\s*+$")
_HELD_AT = re.compile(r"\s*+(?:保持|维持|稳定|停留)\s*+(?:在|于)?\s*+")
# 结束了连续四周的榜首之旅: a run at the top that ended this week.
_ENDED_RUN = re.compile(r"(?:结束|终结|告别|中断)了?[^，。；]{0,10}的?$")
_TOP_LIST = re.compile(r"\s*+名?\s*+(?:依次为|依次是|分别为|分别是|为|是|：|:)\s*+")
_LIST_INTRO = re.compile(r"\s*+名?\s*+(?:之间)?\s*+[^，。；]{0,12}?(?:：|:|——|—)")
_MOVE_FROM = re.compile(r"[从由]\s*+$")
# A place as the object of a comparison, and a place as the subject (榜首的速度…).
_PLACE_OBJECT = re.compile(r"(?:超过|超越|反超|压过|力压|领先|落后于?|不敌|击败|取代|挤下|挤掉|与|和|同|比|对|距离?|(?<![距远])离|"
                           r"仅次于|逊于|低于|高于|不及|追近|逼近|是|为|不到|不足|相当于|只有)\s*+(?:本周|上周|当周)?\s*+(?:的)?\s*+(?:新|原|老)?\s*+$")
_NAME_AFTER = re.compile(r"\s*+名?\s*+(?:的\s*+)?(?!优势|差距|距离|领先|份额|调用量|速度|得分|分数|水平|倍|还|更|都|也|要|略|稍|高|低|多|少|快|慢)"
                         r"[A-Za-z\u4e00-\u9fff](?<![的之间仅只差相约近达零一二两三四五六七八九十])")
_NEAR_MISS = re.compile(r"差一点|差点|险些|几乎|一度险")
# 榜首领先第二名185B: the first place as the row that leads.
_PLACES_CONTESTED = re.compile(r"\s*+名?(?:\s*+[、和与及]\s*+第?\s*+[\d一二三四五六七八九十]+\s*+名?)*\s*+(?:之争|的争夺|争夺战|之间的)")
# 第8、第9名, 第5/6: places joined in a run; what follows a run of places makes them positions
# compared (差距仅约0.2B, 之和, 咬得很紧) or swapped (上演了一次互换), and 互换第9、第10位 names them.
_PLACE_JOIN = re.compile(r"\s*+名?\s*+[、和与及/]\s*+")
_PAIR_AFTER = re.compile(r"\s*+(?:名|位)?\s*+(?:的)?\s*+(?:两柱|两根柱子|两组|两名|两位|二者|两者|之间|之和|加起来|合计|仅差|只差|相差|差距|差了|咬得|打成|的平均|相邻|都没动|均未变)")
_PLACES_ADDED = re.compile(r"之和|加起来|合计")
_SWAP_AFTER = re.compile(r"\s*+(?:名|位)?\s*+(?:上演了?(?:一次|一场)?|发生了?|出现了?)?\s*+(?:互换|交换|对调|易位|换位)")
_SWAP_BEFORE = re.compile(r"(?:互换|交换|对调|易位|换位)了?\s*+(?:位置|名次|排名|座次)?\s*+(?:，|,)?\s*+(?:分列|分别为)?\s*+$")
_PLACE_LEADS = re.compile(r"\s*+名?\s*+(?:领先|高出|多出|超出|比|与|和|同|vs\.?|VS|对比|(?:差不多|大约|约|几乎)?\s*+(?:是|为|相当于)\s*+(?:它|其|对方)的)")
# 第5名为1.04T, 榜首的调用量为3.96T: what a place opening its clause is said to have.
_PLACE_AS_SUBJECT = re.compile(r"\s*+名?\s*+(?:的\s*+(?:调用量|份额|占比|得分|分数|速度|请求量)|(?:调用量|份额|占比|得分|分数|速度|请求量))?\s*+"
                               r"(?:则|仍|依然)?\s*+(?:为|是|达到?|有|仅为?|只有)")
_PLACE_SUBJECT = re.compile(r"\s*+(?:[-*•]\s*+)?(?:本周|上周|如今|目前|而|但)?\s*+")
WEAK_ENTER = re.compile(r"(?<![首新闯杀挤冲升])(?:进入|跻身|入围|进)\s*+了?\s*+$")
_NOT_IN = re.compile(r"(?:(?:不|未|没有?|尚未|仍未|并未|并不|还不|还没有?|未能|没能)\s*+(?:在|进|进入|跻身|入围?|挤进|闯入|杀入|冲进|冲入)|无缘)\s*+$")
_NOT_IN_BOARD = re.compile(_NOT_IN.pattern.removesuffix(r"\s*+$") + r"([^，,。；;：:\d]{0,14})$")
_DENIED_AFTER = re.compile(r"\s*+名?\s*+(?:里|中|内|之中|当中)\s*+(?:却|也|并|仍|还|都)?\s*+(?:没有|没|不见)\s*+(?:它|其|他们|它们|任何一款|任何一个|任何|一款|一个|一席)")
"""前十里却没有它, 在前九中没有任何一款模型: the top N holds no place for the name said before it."""
# 上周才首次进入前十, 上周刚挤进前九: the entry was last week's (上周第5的X跌出 dates the place, not the move).
_ENTERED_LAST_WEEK = re.compile(r"上一?周\s*+(?:才|刚|刚刚|方才)?\s*+(?:首次|首度|第一次|重新|再度)?\s*+(?:进入|闯入|杀入|杀进|挤进|跻身|冲进|冲入|进)\s*+$")
_FORMER = re.compile(r"(?:曾经|昔日|往日|前任|曾)\s*+的?\s*+$")  # 曾经的榜首: a place held before this week
FIRST_TIME = re.compile(r"首次|首度|第一次|初次|新晋")  # 新进 is new since last week, not a debut
_RETURN = re.compile(r"重回|重返|回到|再度|再次|重新")
# 前进/跳了/越过 gain places, 后退/退/让出 lose them (a 位 count's direction words).
_PLACE_WORDS = re.compile(r"(前进|跳了?|往上挪?|↑|越过|超越了?)|(后退|退|往下挪?|↓|挤下|挤落|让出|丢了|丢掉)")
_NAMED_AFTER = re.compile(r"[^，。；：:]{0,10}?[：:]")  # 掉出去的是两位：…, 两位上周的前三：…


_KEPT = re.compile(r"守住|保住|留在")
_NAMED_AFTER_CLAIM = re.compile(r"\s*+的\s*+(?:还有|也有|是|为|包括|则是|则有|分别是)\s*+")
_LEFT_LIST = re.compile(r"跌出|掉出|滑出|退出|离开|跌落|落到")

class PlaceRules(EventRules):
    """Rules for places, top lists, streaks and listings."""

    def verify_range(self, claim: Claim, role: str) -> Outcome:
        """Each name of a range (依次排在第8至第10) at its place."""
        board = self.board_at(claim.start)
        for entity, place in self.ranges[id(claim)]:
            facts = [f for f in self.c.facts_for(entity.id, board) if f.metric is Metric.rank]
            value = [f.prev if role == "prev" else f.now for f in facts]
            if not any(v is not None and int(v.value) == place for v in value):
                held = "、".join(v.text for v in value if v is not None) or "未上榜"
                return Outcome(False, problem=(ProblemKind.wrong_value,
                                               f"{entity.name} is {held}, not 第{place} as the range {claim.quote} says", None))
        return Outcome(True, [f"{board or 'board'}/range"])

    def _the_board(self, claim: Claim) -> str | None:
        """The board the line names, or the one its paragraph's earlier sentences verified on, or the
        only board with rows this week."""
        named = self.board_at(claim.start) or self.line_board
        if named is not None:
            return named
        listed = [b for b in self.c.boards if self.c.listed_ranks.get(b)]
        return (listed[0] if len(listed) == 1 else None) or self._board_of_line_names()

    def _board_of_line_names(self) -> str | None:
        """The one board every model the line names is listed on this week (a paragraph about
        Claude Opus 4.5 and Google's models that names no board speaks of the models' usage); on a
        line naming no model, the one board its companies are all listed on."""
        named = [m for m in self.line_mentions if m.start not in self.aside]
        kind = EntityKind.model if any(m.entity.kind is EntityKind.model for m in named) else EntityKind.company
        rows = {m.entity.id for m in named if m.entity.kind is kind}
        shared = set.intersection(*(set(self.c.boards_of.get(e, [])) for e in rows)) if len(rows) >= 2 else set()
        listed = [b for b in shared if all(self.c.relations.rank_now(b, e) is not None for e in rows)]
        return listed[0] if len(listed) == 1 else None

    def _limit(self, board: str) -> int:
        """The top N the sentence speaks of (前十中), else the board's whole list (the rows it lists
        this week, when the source lists fewer than the board's size)."""
        return top_count(TOP_N.search(self.text[self.s.start : self.s.end]), self._limit_listed(board))

    def _limit_for(self, board: str, claim: Claim) -> int:
        """The top N a claim's group is within: the one in its clause (the nearest before it), else
        the first after it in the sentence, else the last before it outside brackets (前三中有两席属于
        中国厂商，…四家中国公司合计3.62万亿，占前十的47.8%: the sum is of the top ten), else the
        board's whole list."""
        clause = next(((a, b) for a, b in self.s.clauses if a <= claim.start <= b), (claim.start, claim.end))
        # 前十中有六款…（在前五名中更是占据四席）: the nearest before the claim in its clause.
        nearest = list(TOP_N.finditer(self.text, clause[0], claim.start))
        found = (nearest[-1] if nearest else None) or TOP_N.search(self.text, clause[0], clause[1]) \
            or TOP_N.search(self.text, claim.end, self.s.end)
        if found is None:
            # …前十中有六款（在前五名中占据四席），合计…: a top N in a bracket closed before the claim is an aside.
            before = [m for m in TOP_N.finditer(self.text, self.s.start, claim.start)
                      if not self._in_closed_bracket(m.start(), claim.start)]
            found = before[-1] if before else None
        return top_count(found, self._limit_listed(board))

    def _in_closed_bracket(self, at: int, end: int) -> bool:
        """The position stands inside a bracket of its sentence that closes before `end`."""
        opened = self.text.count("（", self.s.start, at) + self.text.count("(", self.s.start, at)
        closed = self.text.count("）", self.s.start, at) + self.text.count(")", self.s.start, at)
        return opened > closed and any(ch in "）)" for ch in self.text[at:end])

    def _limit_listed(self, board: str) -> int:
        """The rows the board lists this week (fewer than its size when the source lists fewer)."""
        return min(self.c.boards[board].list_size, self.c.listed_ranks.get(board) or self.c.boards[board].list_size)

    def verify_inout(self, claim: Claim) -> Outcome | None:
        """两进两出: how many rows came into the list the line speaks of, and how many left it."""
        board = self._the_board(claim)
        if board is None:
            return None
        came, left = self.c.entries_exits(board, self._limit(board))
        if [int(v.value) for v in claim.values] == [len(came), len(left)]:
            return Outcome(True, [f"{board}/entries-exits"])
        return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}前{self._limit(board)}本周{len(came)}进{len(left)}出，不是{claim.quote}", None))

    def verify_listing(self, claim: Claim, bound: dict[int, list[Entity]]) -> Outcome | None:
        """首次上榜 (never listed in the weeks before), 重回榜单 (listed before, not last week), 守住席位
        (listed last week and this)."""
        back = bool(_RETURN.search(claim.quote))
        kept = bool(_KEPT.search(claim.quote))
        left = bool(_LEFT_LIST.search(claim.quote))
        board = self.board_at(claim.start)
        subjects = self.subjects(claim, bound) + [(e, None) for e in self.alternatives(claim, bound)]
        if (named := _NAMED_AFTER_CLAIM.match(self.text, claim.end)) is not None:
            # 跌出榜单的还有X, 首次上榜的是A和B: the names after it, and only they.
            clause_end = next((e for s_, e in self.s.clauses if s_ <= named.end() <= e), self.s.end)
            after: list[tuple[Entity, str | None]] = [(m.entity, None) for m in self.mentions
                                                      if named.end() <= m.start < clause_end and m.start not in self.aside]
            subjects = after or subjects
        past = self._past_week(claim)  # 自2月16日首次上榜以来: the debut of a week the sentence names
        for entity, _ in subjects:
            for board_id in [board] if board in self.c.boards_of.get(entity.id, []) else self.c.boards_of.get(entity.id, []):
                ranks = self.c.relations.ranks(board_id, entity.id)
                if past is not None:
                    weeks = [snap.week for snap in self.c.relations.snapshots.get(board_id, [])]
                    ranks = ranks[weeks.index(past):] if past in weeks else []
                if left:
                    if ranks[:1] == [None] and ranks[1:2] not in ([None], []):
                        return Outcome(True, [f"{board_id}/{entity.id}/listing"])
                    continue
                if not ranks or ranks[0] is None:
                    continue
                listed_before = any(r is not None for r in ranks[1:])
                if kept:
                    if ranks[1:2] not in ([None], []):
                        return Outcome(True, [f"{board_id}/{entity.id}/listing"])
                    continue
                if back and ranks[1:2] == [None] and listed_before or not back and not listed_before and len(ranks) > 1:
                    return Outcome(True, [f"{board_id}/{entity.id}/listing"])
        if not subjects:
            return None
        name = subjects[0][0].name
        what = "leaving" if left else "a place kept on" if kept else "a return to" if back else "a first time on"
        return Outcome(False, problem=(ProblemKind.top_n, f"{name}: the weeks the data holds do not show {what} the list", None))

    def _verb_window(self, claim: Claim) -> str:
        """The words right before 前N where a verb says in or out: four characters, or a few English words."""
        start = self.clause_start(claim)
        end = claim.start
        board = next((m for m in self.board_here if 0 <= claim.start - m.end <= 1 and m.start >= start), None)
        if board is not None:
            end = board.start  # 首次进入OpenRouter模型市占率前十: the verb stands before the board's name
        else:
            named = _BOARD_WORDS_BEFORE.search(self.text, max(start, end - 12), end)
            end = named.start() if named else end  # 重回整体调用量前十: or before the words naming it
        window = self.text[max(start, end - 4) : end]
        if window.strip()[-1:].isascii():
            window = self.text[max(start, claim.start - 18) : claim.start]
        return window

    def bind_place_subjects(self) -> dict[int, list[Entity]]:
        """'第5名为1.04T', '榜首的调用量为3.96T': a place opening its clause, with no name after it,
        stands for the row that holds it; the place and the clause's figures after it are that row's."""
        bound: dict[int, list[Entity]] = {}
        for claim in self.claims:
            if claim.kind not in ("rank", "first") or claim.kind == "rank" and not claim.values:
                continue
            clause = next(((a, b) for a, b in self.s.clauses if a <= claim.start <= b), None)
            said = _PLACE_AS_SUBJECT.match(self.text, claim.end)
            if clause is None or said is None or _PLACE_SUBJECT.fullmatch(self.text, clause[0], claim.start) is None \
                    or any(claim.end <= m.start < said.end() + 2 for m in self.mentions):
                continue
            board = self._the_board(claim)
            weeks = self.c.relations.snapshots.get(board, []) if board else []
            week = 1 if LAST_WEEK.search(self.text, clause[0], claim.start) else 0
            place = 1 if claim.kind == "first" else int(claim.values[0].value)
            row = next((e for e in weeks[week].entries if e.row.rank == place), None) if len(weeks) > week else None
            entity = self.c.entities.by_id.get(row.entity) if row is not None and row.entity else None
            if entity is None:
                continue
            named = [m.start for m in self.mentions if claim.end <= m.start < clause[1]]
            until = min(named, default=clause[1])
            bound.update({id(c): [entity] for c in self.claims if c is claim or claim.end <= c.start and c.end <= until and c.kind not in ("rank", "first")})
        return bound

    def is_place(self, claim: Claim) -> bool:
        """A place named as the object of a comparison, not a rank of the subject: 领先第2名166B,
        仅为榜首的三分之一, 与榜首只差0.42个百分点, 榜首的速度是它的2.6倍."""
        before = self.text[max(self.s.start, claim.start - 8) : claim.start]
        if _PLACE_OBJECT.search(before) and not _NAME_AFTER.match(self.text, claim.end):
            return True
        if claim.kind == "rank" and self.place_range(claim) is not None:
            return True
        if claim.kind == "rank" and _PLACES_CONTESTED.match(self.text, claim.end):
            return True  # 第三、第四名之争: the places themselves, before the names that hold them
        run = self.place_run(claim) if claim.kind == "rank" else [claim]
        paired = _PAIR_AFTER.match(self.text, run[-1].end) if len(run) >= 2 else None
        if paired is not None:
            # 第8、第9名差距仅约0.2B: neighbouring positions compared, not the subject's; 比第二、第五名之和还多:
            # positions added up, any of them.
            places = [int(c.values[0].value) for c in run]
            return _PLACES_ADDED.search(paired.group()) is not None or all(b - a == 1 for a, b in zip(places, places[1:]))
        clause = self.text[self.clause_start(claim) : claim.start]
        if _PLACE_SUBJECT.fullmatch(clause) is None:
            return False
        if claim.kind == "rank" and not self.mentions:
            # 第二名与第五名仅差1.6B: places compared, in a sentence that names no one.
            return _PLACE_LEADS.match(self.text, claim.end) is not None
        joined = _PLACE_LEADS.match(self.text, claim.end)
        if claim.kind == "rank" and joined is not None and any(
                c.kind == "rank" and c.start >= joined.end() and not self.text[joined.end() : c.start].strip() for c in self.claims):
            return True  # 第1名与第10名Seed OSS 72B相差43分: two places compared, the second one named
        return claim.kind == "first" and \
            (self.text.startswith("的", claim.end) or bool(metric_word(self.text[claim.end : claim.end + 4]))
             or _PLACE_LEADS.match(self.text, claim.end) is not None)

    def place_run(self, claim: Claim) -> list[Claim]:
        """The places joined with the claim in one run (第4、第5, 第5/6), in order; just the claim alone."""
        ranks = [c for c in self.claims if c.kind == "rank" and c.values]
        if claim not in ranks:
            return [claim]
        at = ranks.index(claim)
        low = high = at
        while low > 0 and _PLACE_JOIN.fullmatch(self.text, ranks[low - 1].end, ranks[low].start):
            low -= 1
        while high + 1 < len(ranks) and _PLACE_JOIN.fullmatch(self.text, ranks[high].end, ranks[high + 1].start):
            high += 1
        return ranks[low : high + 1]

    def verify_swapped_places(self, claim: Claim) -> Outcome | None:
        """A与B互换第9、第10位, 第4、第5上演了一次互换: two rows traded these two places since last week."""
        run = self.place_run(claim)
        if claim.kind != "rank" or len(run) != 2 or not (_SWAP_AFTER.match(self.text, run[-1].end)
                                                        or _SWAP_BEFORE.search(self.text, self.s.start, run[0].start)):
            return None
        board = self._the_board(claim)
        if board is None:
            return None
        places = {int(c.values[0].value) for c in run}
        moves = {(r[1], r[0]) for e in self.c.entities.by_id if len(r := self.c.relations.ranks(board, e)) >= 2 and r[0] and r[1]}
        a, b = sorted(places)
        if (a, b) in moves and (b, a) in moves:
            return Outcome(True, [f"{board}/places{a}-{b}/swapped"])
        return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}上本周没有两行互换第{a}、第{b}名", None))

    def verify_place_holder(self, claim: Claim) -> Outcome | None:
        """榜首没换人, 第二把交椅换了主人: whether the row at a place is the one there last week."""
        said = _HOLDER_AFTER.match(self.text, claim.end)
        board = self._the_board(claim)
        if said is None or board is None or not claim.values and claim.kind != "first" \
                or any(self.clause_start(claim) <= m.start < claim.start for m in self.mentions):
            return None
        place = 1 if claim.kind == "first" else int(claim.values[0].value)
        weeks = self.c.relations.snapshots.get(board, [])
        if len(weeks) < 2:
            return None
        if Metric.requests in metric_word(self.text[max(self.s.start, claim.start - 4) : claim.start]):
            # 请求量榜首易主: the place by requests, not the board's own order
            ordered = [sorted((e for e in w.entries if e.entity and getattr(e.row, "requests", None) is not None),
                              key=lambda e: -getattr(e.row, "requests").value) for w in weeks[:2]]
            rows = [o[place - 1] if len(o) >= place else None for o in ordered]
        else:
            rows = [next((e for e in w.entries if e.row.rank == place), None) for w in weeks[:2]]
        if None in rows:
            # 第99名易主 on a board of ten: no row there to have kept or changed
            week = "本周" if rows[0] is None else "上周"
            return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}{week}没有第{place}名，"
                                           f"说不上{claim.quote}{said.group()}", None))
        keys = [(r.entity, r.qualifier) if r else None for r in rows]
        holders = [r.entity if r else None for r in rows]
        same = keys[0] is not None and keys[0] == keys[1]
        if same == (said.group(1) is not None):
            return Outcome(True, [f"{board}/place{place}/{'kept' if same else 'changed'}"])
        names = [self.c.entities.by_id[h].name if h in self.c.entities.by_id else str(h) for h in holders]
        return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}第{place}名上周是{names[1]}，本周是{names[0]}，"
                                       f"不是{'没换人' if said.group(1) else '换了人'}", None))

    def verify_unchanged(self, claim: Claim, what: str) -> Outcome:
        """前九名单与上周相同 (no row came or left), 前六名的排名均未变化 (every place kept)."""
        board = self.board_at(claim.start) or self._the_board(claim)
        n = int(claim.values[0].value)
        if board is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the sentence names no board", None))
        listed = self.c.listed_ranks.get(board, 0)
        if 0 < listed < n:
            return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}本周只列出前{listed}，说不上{claim.quote}", None))
        came, left = self.c.entries_exits(board, n)
        moved = [] if what.endswith("单") or what in ("阵容", "成员") else [f.name for (b, _), facts in self.c.index.items() if b == board for f in facts
                                                if f.metric is Metric.rank and f.now is not None and f.now.value <= n
                                                and (f.prev is None or f.prev.value != f.now.value)]
        if not came and not left and not moved:
            return Outcome(True, [f"{board}/top{n}/unchanged"])
        changed = "、".join(dict.fromkeys([self.c.entities.by_id[e].name if e in self.c.entities.by_id else e for e in came + left] + moved))
        return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}前{n}本周有变化（{changed}），不是{claim.quote}{what}未变", None))

    def verify_newcomer(self, claim: Claim) -> Outcome:
        """前十阵容迎来新面孔, 前九有新模型, 前十换血: a row that was not in the top N last week is now."""
        board = self.board_at(claim.start) or self._the_board(claim)
        if board is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the sentence names no board", None))
        n = int(claim.values[0].value)
        came, _ = self.c.entries_exits(board, n)
        if came:
            return Outcome(True, [f"{board}/top{n}/entries"])
        return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}前{n}本周没有新进的模型，名单与上周相同，不是{claim.quote}有新面孔", None))

    def verify_range_count(self, claim: Claim) -> Outcome | None:
        """第3到第8名之间，六个模型: a count of the places of a range just before it."""
        ranges = [r for c in self.claims if c.end <= claim.start and c.kind == "rank" and (r := self.place_range(c))]
        if not ranges:
            return None
        low, high = ranges[-1]
        if int(claim.values[0].value) == high - low + 1:
            return Outcome(True, [f"{self.board_at(claim.start) or 'board'}/places{low}-{high}"])
        return Outcome(False, problem=(ProblemKind.wrong_value, f"第{low}至第{high}名是{high - low + 1}个位置，不是{claim.quote}", None))

    def place_range(self, claim: Claim) -> tuple[int, int] | None:
        """The places of a range the claim ends (第3到第8名之间, 第2至第4名——A、B与C), when it is a
        stretch of the board rather than a move (从第2至第5) or places bound to names."""
        for first, last in zip(self.claims, self.claims[1:]):
            if claim is not first and claim is not last or first.kind != "rank" or last.kind != "rank":
                continue
            if not first.values or not last.values or not PLACE_RANGE.fullmatch(self.text, first.end, last.start):
                continue
            if _MOVE_FROM.search(self.text[max(self.s.start, first.start - 3) : first.start]) or id(first) in self.ranges:
                continue
            low, high = int(first.values[0].value), int(last.values[0].value)
            if high > low:
                return low, high
        return None

    def verify_place(self, claim: Claim, role: str) -> Outcome:
        """A place is right when the board lists it in the week the sentence speaks of; a stretch of
        places followed by as many names (第3至第5名：A、B与C) is those names in order."""
        board = self.board_at(claim.start)
        stretch = self.place_range(claim) if claim.kind == "rank" else None
        if stretch is not None and _LIST_INTRO.match(self.text, claim.end):
            low, high = stretch
            after = {m.entity.id: m.entity for m in self.mentions if m.start > claim.end
                     and m.start not in self.aside and self._is_subject(m.entity, board)}
            names = list(after.values())
            if len(names) >= high - low + 1:
                for entity, place in zip(names, range(low, high + 1)):
                    ranks = self.c.relations.ranks(board, entity.id) if board else []
                    held = ranks[1 if role == "prev" else 0] if len(ranks) > (1 if role == "prev" else 0) else None
                    if held is not None and held != place:
                        return Outcome(False, problem=(ProblemKind.wrong_entity,
                                                       f"{entity.name} is 第{held}, not 第{place} as {claim.quote} lists it", None))
        listed = self.c.listed_ranks_prev if role == "prev" else self.c.listed_ranks
        place = int(claim.values[0].value)
        boards = [board] if board else list(self.c.boards)
        if any(listed.get(b, 0) >= place for b in boards):
            return Outcome(True, [f"{board or 'board'}/place{place}"])
        return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the board lists no such place", None))

    def verify_top_list(self, claim: Claim, role: str) -> Outcome | None:
        """前三：A、B、C, 前三名依次为A、B与C: the top N, named in order."""
        opened = _TOP_LIST.match(self.text, claim.end)
        board = self._the_board(claim)
        if opened is None or board is None:
            return None
        n = int(claim.values[0].value)
        names: list[Entity] = []
        for m in self.mentions:
            if m.start >= opened.end() and m.start not in self.aside and self._is_subject(m.entity, board) \
                    and all(e.id != m.entity.id for e in names):
                names.append(m.entity)
        if len(names) < n:
            return None
        week = 1 if role == "prev" else 0
        for place, entity in enumerate(names[:n], start=1):
            ranks = self.c.relations.ranks(board, entity.id)
            held = ranks[week] if week < len(ranks) else None
            if held != place:
                return Outcome(False, problem=(ProblemKind.top_n, f"{entity.name} is {'第' + str(held) if held else 'unlisted'}, "
                                               f"not 第{place} as {claim.quote} lists it", None))
        return Outcome(True, [f"{board}/top{n}/order"])

    def verify_top(self, claim: Claim, role: str, entity: Entity, facts: list[Fact]) -> Outcome:
        """前N, 闯入前N, 跌出前N, N名之外: what the rank says about the top N.

        An entity missing from a week's snapshot is only known to rank below what the snapshot
        lists: 跌出前十 cannot be verified against a source that lists nine.
        """
        rank_facts = [f for f in facts if f.metric is Metric.rank]
        if claim.kind == "out" and entity.id == OTHERS_ID:
            return Outcome(True, [f"{claim.quote}/others"])  # 前十之外的「其他」: the rest is outside by definition
        if not rank_facts:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{entity.name} has no rank this week", None))
        n = int(claim.values[0].value) if claim.values else 0
        kind = "out" if claim.kind == "out" else top_verb(self._verb_window(claim)) or "in"
        before = self.text[max(self.clause_start(claim), claim.start - 8) : claim.start]
        if self.denies_place(claim):
            kind = "out"  # 上周不在前十, 未能进入前三, 无缘前十: a denial is a claim of being outside
        if kind == "exit" and _NEAR_MISS.search(before):
            kind = "in"  # 差一点跌出前十: it did not; it is still inside
        last_week = kind == "enter" and role == "prev" and _ENTERED_LAST_WEEK.search(self.text, self.clause_start(claim), claim.start) is not None
        if kind == "enter" and (FIRST_TIME.search(before) or _RETURN.search(before)):
            # 首次进入 is a debut, 重回 a return: the weeks before last say which.
            returning = bool(_RETURN.search(before))
            for rank_fact in rank_facts:
                if self._top_holds(rank_fact, kind, n, role, last_week):
                    older = self.c.relations.ranks(rank_fact.board or "", entity.id)[3 if last_week else 2 :]
                    was_in = any(r is not None and r <= n for r in older)
                    if was_in == returning:
                        return Outcome(True, [rank_fact.id])
                    return Outcome(False, problem=(
                        ProblemKind.top_n,
                        f"{entity.name} {'was never in' if returning else 'was already in'} the top {n} in the weeks the data holds before last; "
                        f"{claim.quote} is {'a debut' if not returning else 'a return'} only {'if it had been there' if returning else 'if it had not'}",
                        self.c.source(rank_fact, rank_fact.now, "now"),
                    ))
        for rank_fact in rank_facts:
            if self._top_holds(rank_fact, kind, n, role, last_week):
                return Outcome(True, [rank_fact.id])
        if kind == "enter" and WEAK_ENTER.search(before) and not FIRST_TIME.search(before):
            # 仅Gemini 3 Flash Preview一款进入前三: 进入 and 跻身 also say where a row stands, new or not.
            board = self._the_board(claim)  # on the board the text speaks of only: gpt-oss-120b进入前三 is no speed claim
            held = next((f for f in rank_facts if board and f.board == board and self._top_holds(f, "in", n, role)), None)
            if held is not None:
                return Outcome(True, [held.id])
        rank_fact = rank_facts[0]
        want = {"out": f"outside the top {n}", "enter": f"newly inside the top {n}",
                "exit": f"dropped out of the top {n}", "in": f"inside the top {n}", "stay": f"inside the top {n} both weeks"}[kind]
        where = f"{rank_fact.prev.text if rank_fact.prev else 'unlisted'} → {rank_fact.now.text if rank_fact.now else 'unlisted'}"
        board = rank_fact.board or ""
        covered = min(self.c.listed_ranks.get(board, 0), self.c.listed_ranks_prev.get(board, 0) or self.c.listed_ranks.get(board, 0))
        unknown = f" (the data lists only the top {covered})" if (rank_fact.now is None or rank_fact.prev is None) and n > covered else ""
        return Outcome(False, problem=(
            ProblemKind.unlicensed if unknown else ProblemKind.top_n,
            f"{entity.name} is not known to be {want}: its rank went {where}{unknown}",
            self.c.source(rank_fact, rank_fact.now, "now"),
        ))

    def denies_place(self, claim: Claim) -> bool:
        """The words around a top N deny a place in it (不在前十, 还未进入市占率前十 with the board's name
        between, 不在前十之列, 前十里却没有它)."""
        start = self.clause_start(claim)
        denial = _NOT_IN_BOARD.search(self.text[start : claim.start])
        # Only a board's name may stand between the denial and the top N, never another name.
        if denial is not None and not any(start + denial.start(1) <= m.start < claim.start for m in self.mentions):
            return True
        return bool(_DENIED_AFTER.match(self.text, claim.end))

    def _top_holds(self, fact: Fact, kind: str, n: int, role: str, entered_last_week: bool = False) -> bool:
        board = fact.board or ""
        now = fact.now.value if fact.now else None
        prev = fact.prev.value if fact.prev else None

        def below(value: float | None, listed: int, rest: bool) -> bool:
            # Unlisted means below the listed ranks: below the top n only if n is within them, or if
            # the week's Others row says the listed rows are the whole list.
            return value > n if value is not None else n <= listed or rest and n <= self.c.boards[board].list_size

        def within(value: float | None) -> bool:
            return value is not None and value <= n

        now_listed, prev_listed = self.c.listed_ranks.get(board, 0), self.c.listed_ranks_prev.get(board, 0)
        now_rest, prev_rest = self.c.lists_the_rest.get(board, (False, False))
        if kind == "out":
            return below(prev, prev_listed, prev_rest) if role == "prev" else below(now, now_listed, now_rest)
        if kind == "enter" and entered_last_week and fact.entity:
            # 上周才首次进入前十: the move was last week's, from the week before it.
            ranks = self.c.relations.ranks(board, fact.entity)
            lasts = self.c.relations.last_ranks(board)
            if len(ranks) < 3 or len(lasts) < 3:
                return False
            return within(prev) and below(float(ranks[2]) if ranks[2] is not None else None, lasts[2], False)
        if kind == "enter":
            return within(now) and below(prev, prev_listed, prev_rest)
        if kind == "exit":
            return within(prev) and below(now, now_listed, now_rest)
        if kind == "stay":
            return within(prev) and within(now)
        return within(prev) if role == "prev" else within(now)

    def verify_first(self, claim: Claim, entity: Entity, facts: list[Fact], role: str = "now") -> Outcome:
        """榜首, 登顶, 请求量最高, 圆点最大: first place, on the metric the words name; 失去榜首: no longer;
        上周的榜首: last week's."""
        words = metric_word(claim.quote) or (self.metric_words(claim) & {Metric.requests})
        metric = Metric.requests_rank if Metric.requests in words else Metric.rank
        ranks = [f for f in facts if f.metric is metric]
        if words - {Metric.requests}:
            ranks = [f for f in ranks if any(g.metric in words for g in self.c.index[(f.board or "", entity.id)])] or ranks
        lost = bool(_LOST.search(self.text[max(self.s.start, claim.start - 4) : claim.start]) or
                    _ENDED_RUN.search(self.text[self.clause_start(claim) : claim.start]) or
                    _FIRST_LOST_AFTER.match(self.text, claim.end))
        past = self._past_week(claim)
        if past is not None:
            # 4月11日那一周它还是榜首: first in an earlier week the sentence names.
            for board in dict.fromkeys(f.board for f in ranks if f.board):
                if self.c.relations.rank_on(board, entity.id, past) == 1:
                    return Outcome(True, [f"{board}/{entity.id}/rank@{past}"])
        before = self.text[max(self.s.start, claim.start - 6) : claim.start]
        if _FORMER.search(before):
            # 曾经的榜首X, 昔日榜首: first in some earlier week the data holds, not this one.
            for board in dict.fromkeys(f.board for f in ranks if f.board):
                earlier = self.c.relations.ranks(board, entity.id)[1:]
                if 1 in earlier and self.c.relations.rank_now(board, entity.id) != 1:
                    return Outcome(True, [f"{board}/{entity.id}/rank@earlier"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{entity.name}: the weeks the data holds before this one never have it first", None))
        if self.after_ended_run(claim):
            # 连续五周的榜首位置，这周被…拿走; 连续五周第一的纪录，这周断了: first place until last week.
            held = [f for f in ranks if f.prev is not None and int(f.prev.value) == 1]
            if held:
                return Outcome(True, [held[0].id])
        debut, back = bool(FIRST_TIME.search(before)), bool(_RETURN.search(before))
        # 上周的榜首X: last week's first place (a move 从第4跃上榜首 ends this week).
        last_weeks = role == "prev" and ((found := _LAST_WEEKS.search(before)) is not None
                                         and ("周" in found.group() or _FALL_AFTER.match(self.text, claim.end) is not None)  # 从榜首滑到第7, not 从榜首到第十名
                                         or LAST_WEEK_FRAME.match(self.text, self.s.start) is not None)  # 上周，A以623B登顶
        named = next((m for m in self.mentions if claim.end <= m.start <= claim.end + 1), None)
        if last_weeks and not lost and named is not None and named.entity.id != entity.id:
            # X反超上周的榜首Y: the place is Y's, last week.
            boards = dict.fromkeys(f.board for f in ranks if f.board)
            if any(self.c.relations.ranks(b, named.entity.id)[1:2] == [1] for b in boards):
                return Outcome(True, [f"{b}/{named.entity.id}/rank" for b in boards][:1])
        for fact in ranks:
            now, prev = (int(v.value) if v else None for v in (fact.now, fact.prev))
            if last_weeks and not lost:
                if prev == 1:
                    return Outcome(True, [fact.id])
                continue
            if (lost and prev == 1 and now != 1) or (not lost and now == 1):
                if not lost and (debut or back):
                    # 首次登顶 is a first time at the top, 重回榜首 a return: the weeks before last say which.
                    was_first = 1 in self.c.relations.ranks(fact.board or "", entity.id)[1:]
                    if was_first == back:
                        return Outcome(True, [fact.id])
                    return Outcome(False, problem=(
                        ProblemKind.top_n, f"{entity.name} {'was never' if back else 'was already'} first in the weeks the data holds; "
                        f"{claim.quote} is {'a return' if back else 'a first time'} only {'if it had been' if back else 'if it had not'}",
                        self.c.source(fact, fact.now, "now")))
                return Outcome(True, [fact.id])
        if not ranks:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: {entity.name} has no such ranking", None))
        fact = ranks[0]
        went = f"{fact.prev.text if fact.prev else 'unlisted'} → {fact.now.text if fact.now else 'unlisted'}"
        return Outcome(False, problem=(
            ProblemKind.top_n, f"{entity.name} {'was not first last week' if lost and (fact.prev is None or int(fact.prev.value) != 1) else 'is still first' if lost else 'is not first'} "
            f"({METRIC_LABELS[fact.metric.value]} {went}), not {claim.quote}",  # type: ignore[union-attr]
            self.c.source(fact, fact.now, "now"),
        ))

    def verify_places(self, claim: Claim, entity: Entity, facts: list[Fact]) -> Outcome:
        """上升五位, 下滑7位: places gained or lost, against the change of the rank."""
        rank = next((f for f in facts if f.metric is Metric.rank and f.change is not None), None)
        before = self.text[max(self.s.start, claim.start - 6) : claim.start]
        word = direction_word(_PLACE_WORDS.sub(lambda m: "升" if m.group(1) else "降", before))
        named = _NAMED_AFTER.match(self.text, claim.end)
        if word is None and named is not None:
            # 掉出去的是两位：上周第八的A，和上周第九的B: the rows the sentence goes on to name.
            # the names listed after the colon: in its first clause, or (…的A，和…的B) to the sentence's end
            stop = next((e for s_, e in self.s.clauses if s_ <= named.end() + 1 <= e), self.s.end)
            for end in (stop, self.s.end):
                listed = {m.entity.id for m in self.mentions if named.end() <= m.start < end and m.entity.id in self.c.boards_of}
                if len(listed) == int(claim.values[0].value):
                    return Outcome(True, [f"count/{len(listed)}"])
        if word is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: not a rank change (no 上升/下滑 before it)", None))
        if rank is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: {entity.name} has no rank in both weeks", None))
        moved = claim.values[0].value * (1 if word == "up" else -1)
        if rank.change and rank.change.value == moved:
            return Outcome(True, [rank.id])
        return Outcome(False, problem=(
            ProblemKind.wrong_value,
            f"{entity.name} 排名 went {rank.prev.text} → {rank.now.text} ({rank.change.text if rank.change else '0'} places), not {claim.quote}",  # type: ignore[union-attr]
            self.c.source(rank, rank.now, "now"),
        ))

    def _held_at(self, claim: Claim, entity: Entity) -> Outcome | None:
        """周增长率连续两周保持+16%: the weeks in a row the metric stood at the figure written after it."""
        at = _HELD_AT.match(self.text, claim.end)
        value = next((c for c in self.claims if at and c.start == at.end() and c.values), None)
        if at is None or value is None:
            return None
        column = "growth" if value.kind == "percent" and Metric.growth in metric_word(self.text[self.clause_start(claim) : value.end]) \
            else {"percent": "share", "amount": "tokens", "speed": "speed", "price": "price"}.get(value.kind)
        written = value.values[0]
        for board_id in self.c.boards_of.get(entity.id, []):
            weeks = len(self.c.relations.snapshots.get(board_id, []))
            length = 0
            for week in range(weeks):
                found = self.c.relations.value(board_id, entity.id, column, week) if column else None
                if found is None or not found.agrees_with(written):
                    break
                length += 1
            if length == int(claim.values[0].value):
                return Outcome(True, [f"{board_id}/{entity.id}/streak"])
        return None

    def after_ended_run(self, claim: Claim) -> bool:
        """A place written right after a run that was over before this week (连续五周第一的纪录，这周断了)."""
        run = next((c for c in self.claims if c.kind == "streak" and (_RUN_TO_PLACE.fullmatch(self.text, c.end, claim.start)
                                                                       or _PLACE_TO_STAY.fullmatch(self.text, claim.end, c.start))), None)
        # 仅坐1周榜首, 在榜首只待了两周: a stay told as over (the row may still hold the place, then it verifies as now).
        return run is not None and (self._run_ended(run) or self._place_lost_after(run)
                                    or _STAYED.search(self.text, self.clause_start(run), run.end) is not None)

    def _place_lost_after(self, run: Claim) -> bool:
        """The words after a run at a place say it was lost this week, of the run's own subject (no
        other name stands between: …，Kimi K2.5则让出第六 is another row's)."""
        lost = _PLACE_LOST_AFTER.match(self.text, run.end, self.s.end)
        return lost is not None and not any(run.end <= m.start < lost.end() and not self.text[max(0, m.start - 3) : m.start].strip().endswith("被")
                                           for m in self.mentions)

    def _run_ended(self, claim: Claim) -> bool:
        """The run a streak claim names was over before this week: 五连霸终结, 连续五周的纪录就此终结,
        在连续三周第一之后, 此前连续三周."""
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        after = self.text[claim.end : clause_end]
        before = self.text[self.clause_start(claim) : claim.start]
        return bool(_STREAK_ENDED.search(before) or _STREAK_BEFORE.match(after) or _STREAK_EARLIER.search(before)
                    or _STREAK_ENDED_AFTER.match(after))

    def verify_streak(self, claim: Claim, entity: Entity, facts: list[Fact], qualifier: str | None = None) -> Outcome:
        """连续3周增长, 连续五周位居榜首, 连续四周排在第4, 结束了连续四周的下滑: the run of weeks,
        in either direction or at a place, over every week the data holds."""
        wanted = int(claim.values[0].value)
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        after = self.text[claim.end : clause_end]
        before = self.text[self.clause_start(claim) : claim.start]
        ended = self._run_ended(claim)
        held = self._held_at(claim, entity)
        if held is not None:
            return held
        # 连降四周, 五连跌: the direction is in the figure's own words; 五连冠, 蝉联两周: so is first place.
        short = _STREAK_OWN.search(claim.quote)
        condition = _streak_condition(_STREAK_SHORT.get(short.group(1), "") if short else "", "") or \
            (("place", 1) if _STREAK_WON.search(claim.quote) else None) or \
            _streak_condition(re.sub(r"第?[\d.,零〇一二两三四五六七八九十百]+", "", claim.quote), "") or _streak_condition(after, before)
        if condition is None and _THAT_PLACE.match(self.text, claim.end):
            # 稳居第3，已连续两周排在这一位置: the place the sentence wrote before.
            place = next((c for c in reversed(self.claims) if c.kind == "rank" and c.values and self.s.start <= c.start and c.end <= claim.start), None)
            condition = ("place", int(place.values[0].value)) if place is not None else None
        if condition is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the words do not say what went on for {claim.quote}", None))
        if condition[0] in ("first", "place", "top") and self._place_lost_after(claim):
            ended = True
        words = self.metric_words(claim)
        boards = [b for b in self.c.boards_of.get(entity.id, [])]
        board = self.board_at(claim.start)
        if board in boards:
            boards = [board]  # the board the line speaks of, not a run on another board
        found: list[int] = []
        complete = True
        for board_id in boards:
            metric = self.c.boards[board_id].metric
            named: list[str] = [m.value for m in words if m.value in RELATION_COLUMNS]
            if "growth" in named and Metric.growth not in metric_word(self.text[self.clause_start(claim) : clause_end]) \
                    and not _RATE_WORD.search(self.text, self.s.start, claim.start):
                # 跌幅33%，已连续2周下降: the size of a fall named in an earlier clause, not the rate as the
                # sentence's topic (周增长率由+18%转为-52%，且已连续3周下降); the run is of the amount.
                named = [c for c in named if c != "growth"] or ["tokens"]
            ranked = condition[0] in ("up", "down") and _RANK_TOPIC.search(before) is not None
            columns: list[str] = ["rank"] if ranked else named or [str(metric)]
            if "tokens" in columns and "growth" not in columns:
                columns = columns + ["growth"]
            # 周增长率连续3周下降: the rate itself fell; 调用量连续3周下降: the growth was negative.
            tries = [(c, c == "growth" and ("growth" not in named or _SIGN_AFTER.match(after) is not None)) for c in columns]
            if tries == [("growth", False)] and any(metric in metric_word(self.text[start:end]) for start, end in self.s.clauses if end <= claim.start):
                # 调用量从484B降至409B，周增长率由-6%扩大至-16%，已连续7周下降: the amount the sentence
                # moved first may be what fell, as well as the rate.
                tries.append(("growth", True))
            for column, as_sign in tries:
                length, whole = _streak_length(self.c.relations, board_id, entity.id, column, condition, 1 if ended else 0, as_sign, qualifier,
                                               in_all=_IN_ALL.search(before) is not None)
                if ended and _streak_length(self.c.relations, board_id, entity.id, column, condition, 0, as_sign, qualifier)[0] > 0:
                    length = -1  # 结束了连续四周的…: a run that goes on this week has not ended
                if length == 0 and not ended and self.c.relations.rank_now(board_id, entity.id) is None \
                        and self.c.relations.ranks(board_id, entity.id)[1:2] not in ([None], []):
                    # 此前连续四周在榜，调用量连跌三周，本周跌出前十: a row gone from the list ran until last week.
                    length, whole = _streak_length(self.c.relations, board_id, entity.id, column, condition, 1, as_sign, qualifier)
                if length == 0 and not ended and _STAYED.search(before + claim.quote):
                    # 退居第2，它在榜首只待了两周: a stay told as over is the run that ended last week.
                    length, whole = _streak_length(self.c.relations, board_id, entity.id, column, condition, 1, as_sign, qualifier)
                if length == wanted:
                    return Outcome(True, [f"{board_id}/{entity.id}/streak"])
                found.append(length)
                complete = complete and not whole
        if found and not complete and wanted > min(found):
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the data does not go back far enough to count {entity.name}'s run", None))
        runs = "、".join(str(n) for n in dict.fromkeys(found)) or "0"
        return Outcome(False, problem=(
            ProblemKind.wrong_value, f"{entity.name}: the run the words describe lasts {runs} weeks in the data, not {claim.quote}", None,
        ))
