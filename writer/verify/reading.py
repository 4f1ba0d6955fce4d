"""Reading one sentence: who each figure is about, which board, which week, which metric.

`SentenceReader` resolves the context of a sentence's claims for the checker: the subject (the
nearest name before a figure, the list 分别 refers to, a family such as GPT-5系列, the name a
的-phrase modifies, or the names that follow when none precede), the board in discussion, the role
(从X…至Y: X last week, Y this week; 上周/本周; 增加了N is a change) and the metric words.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from ..entities import Mention, alias_key
from ..facts import Metric
from ..figures import Claim
from ..load import OTHERS_ID
from ..models import Entity, EntityKind
from ..vocabulary import (
    COMPARE_WORDS,
    LIST_WORDS,
    qualifier,
    after_role_word,
    direction_word,
    last_week_word,
    metric_word,
    metric_word_after,
    role_word,
)
from .text import Prepared, Sentence, is_heading_line

if TYPE_CHECKING:
    from .checker import Checker

# A week named right after a figure: 464B（本周）、364B（上周）.
_WEEK_AFTER = re.compile(r"\s*+(?:[（(]\s*+(上周|本周|last week|this week)\s*+[）)]|(last week|this week)\b)", re.I)
_RANGE = re.compile(r"\s*+(?:名|位)?\s*+(?:至|到|~|～|-|－|—)\s*+")
_MOVED_FROM = re.compile(r"\s*+(?:名|位)?\s*+(?:直接|一举|一口气|径直|再度|又)?\s*+(?:[升跌降滑跃退掉跳回攀涨增减缩挤冲爬](?:\S{0,2}?(?:至|到)|上|进|入))")
_SUM_BEFORE = re.compile(r"合计|共计|总计|两者共|二者共|一共|加起来")
_CONTEXT = 800
_HEAD = 40
_RANK_TO_NAME = re.compile(r"\s*+(?:名|位)?\s*+(?:的|之)?\s*+")
# Verbs that make the name after them an object: the sentence's subject is still who moves.
_OBJECT_VERB = re.compile(r"(?:超过|超越|反超|超|压过|力压|领先|落后于|仅次于|次于|不及|逊于|低于|高于|快于|慢于|紧随|紧跟|紧追|不敌|击败|取代|挤下|挤掉|与|和|同|跟着|随着|比|对|因|因为|由于)\s*+"
                          r"(?:第\s*+[\d一二两三四五六七八九十]+\s*+名?\s*+(?:的)?|[A-Za-z][\w .]{0,12}(?:上的|版的?|的)"
                          r"|(?:上一?周|此前|昔日)\s*+的?\s*+(?:榜首|头名|冠军|第一名?)?|榜首|头名)?\s*+$")
# 谷歌的X, 阶跃星辰旗下X: the words between a maker and its own model.
_MAKER_OF = re.compile(r"\s*+(?:旗下|家)?\s*+的\s*+|\s*+旗下\s*+")
# A被B反超，退到第六: the name after 被 is who acted; the sentence's subject is still who moves.
_PASSIVE_AGENT = re.compile(r"被\s*+$")
_MAKER_METRIC = re.compile(r"(?:厂商|公司|厂家)\s*+(?:的)?\s*+(?:份额|市占率|占比|调用量|排名)")
NAME_JOIN = re.compile(r"\s*+(?:[（(][^）)]{0,24}[）)])?\s*+[和与及、]\s*+")
_JOINED_VERB = re.compile(r"\s*+(?:[（(][^）)]{0,24}[）)])?\s*+(?:则|也|都|均|皆|双双|同时|一起|一同|先后)?\s*+(?:跌出|掉出|退出|滑出|跌落|被挤出|挤出|进入|闯入|新进|重回|重返|挤进|杀入|跻身|位列|位居|同列|入围|形成)了?\s*+")
# 约为Anthropic（960B）的1.5倍, 仅为X的一半: the name is the base of a ratio, an object.
_RATIO_BASE_AFTER = re.compile(r"\s*+(?:[（(][^）)]{0,24}[）)])?\s*+的\s*+(?:约|近)?\s*+(?:[\d.]+|[一二两三四五六七八九十]+|[一二两三四五六七八九十]+分之[一二三四五六七八九]|一半|半数)\s*+(?:倍|成|%|分之)?")
# 答：约九千九百多亿, the figure that opens an answer; 少了多少？, a question about a size.
_ASKS_GAP = re.compile(r"(?:相?差|差距|领先|落后|拉开)[^，。；？]{0,4}?多少|差距有?多大")
_ANSWER_HEAD = re.compile(r"\s*+(?:\*\*)?(?:答|A)?\s*+[：:]?\s*+(?:\*\*)?\s*+(?:约|大约|将近|近|逾|超过|不到|差不多|大概)?\s*+")
_ASKS_HOW_MUCH = re.compile(r"多少|多大|几成|几倍")
_AFTER_RUN = re.compile(r"\s*+(?:之后|以后)")
_CHANGE_NOUN = re.compile(r"(?:降幅|增幅|涨幅|跌幅|增量|降量|减量|缩减量|减少量|增加量|变化量?)\s*+$")
_LISTED_PLACE = re.compile(r"\s*+[、,，]\s*+第?\s*+")
# Groq上的Qwen3 32B, SambaNova版Llama 3.3 70B Instruct: a provider written before the model it serves.
_SERVED_BY = re.compile(r"\s*+(?:平台)?\s*+(?:(?:上的|提供的|托管的|的)?\s*+版(?:本)?的?|上的|提供的|托管的|部署的|家的|的)\s*+")
_COMPARED_TO = re.compile(r"(?:比|较|与|和|跟|同)\s*+$")  # 比SambaNova版快: the version compared with
_VERSION_OF = re.compile(r"\s*+(?:上的|提供的|托管的|的)?\s*+版(?:本)?")
# 上周，…; 上周我们写过，…: a first clause that only says the sentence is about last week.
# 上周冲上第2, 上周以+123%的增速冲上第2: 上周 as the time of what the clause says, not after 从/较/比.
_FRAME_LAST_WEEK = re.compile(r"(?<![从由较比与和跟同自])(?:上一?周|上星期)(?![的之])(?=[^，。；,]*?(?:冲上|跃上|跳上|升至|升到|跃居|升居|挤进|杀进|冲到|冲至|登上))")
_WEEK_NOW = re.compile(r"本周|这周|这一周|如今|目前|现在|[从由]")
LAST_WEEK_FRAME = re.compile(r"\s*+(?:在)?\s*+(?:上一?周|上星期|一周前|一周之前)[^，。；,\d]{0,8}[，,]")
_OPENS_LAST_WEEK = re.compile(r"\s*+(?:它|其|该模型)?\s*+(?:上一?周|上星期)")
_PLACE_GAP = re.compile(r"\s*+名?\s*+[、和与及]\s*+第?\s*+")
_LIST_GAP = re.compile(r"\s*+[、和与及]\s*+")
# 却因Cerebras版gpt-oss-120b…而重回第一: the name after 因 is the cause, not the subject.
LEFT_LIST = re.compile(r"跌出|掉出|退出|出局|落榜|被挤出|下榜")
"""Words saying a row left the list, wherever they stand in a sentence."""
_DROPPED = re.compile(LEFT_LIST.pattern + r"|未进|未能进")
def without_owners(names: list[Entity]) -> list[Entity]:
    """A list's names without the companies whose own models it names (OpenAI旗下的GPT-5.2与GPT-5.2-Codex,
    xAI的Grok 4.1 Fast和Anthropic的Claude Opus 4.6): the models are the list."""
    makers = {e.maker for e in names if e.maker}
    return [e for e in names if not (e.kind is EntityKind.company and e.id in makers)]


_COUNT_CHANGE = re.compile(r"(?:减少了?|增加了?|少了?|多了?|新增了?|多出了?)\s*+$")
_CAUSE = re.compile(r"(?:因|因为|由于)[^，。；、]{0,12}$")
_WITH_LAST_WEEK = re.compile(r"(?:与|和|跟|同|较|比|相比)\s*+上一?周")
_BRACKET_END = re.compile(r"[）)]")
_SIDE_BY_SIDE = re.compile(r"\s*+(?:对|vs\.?|VS|比)\s*+")
_TURNED_FROM = re.compile(r"^\s*+的[^，。；\d]{0,6}?(?=转为|变为|变成|成为|转成|转而)")
_ONE_OF_TWO = re.compile(r"前者|后者")
_PRONOUN = re.compile(r"后者|前者|二者|两者|它|(?<![尤极及与何])其(?!中|他|余|实)|该模型|这款|(?<![至因如由于对在彼从])此(?![前外后次时刻处类种举轮番间])")
# A sentence about a group (前九合计, 两个加起来, 集中度) is not about the names the line above ends on.
_GROUP_WORD = re.compile(r"合计|加起来|总量|总和|整体|集中度|两个|两家|两款|二者|两者|几家|各家|全部")
CHANGE_NOUN_AFTER = re.compile(r"\s*+的?\s*+(?:周|环比|单周)?\s*+(?:(增幅|涨幅|升幅|增速)|(降幅|跌幅|减幅))")
_THAN_LAST_WEEK = re.compile(r"比上一?周\s*+(?:的\s*+)?(?:约|大约)?\s*+([低少慢高多快])\s*+(?:了|出)?\s*+(?:约|近|逾)?\s*+$")
_HEADER_DATE = re.compile(r"(\d{1,2})\s*+(?:/|月|-)\s*+(\d{1,2})\s*+日?")
# 吞吐量：…, 编程榜方面，…: a board's name as the label a line opens on.
_LABEL_AFTER = re.compile(r"\s*+(?:榜单?)?\s*+(?:[:：]|方面)")
_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# 588→736 tok/s, 1,012和936 tokens, 700至800 tok/s: a unit written once, after the last figure.
SHARED_UNIT = re.compile(r"\s*+(?:→|->|⟶|⇒|和|与|及|、|至|到|~|～)\s*+")
ARROW_AFTER = re.compile(r"\s*+(?:→|->|⟶|⇒)")
# How far before a figure a direction verb makes it a change (English verbs are longer).
_TAIL = 12


class Spans:
    """Mentions sorted by position, sliced by offsets in logarithmic time."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def between(self, start: int, end: int) -> list[Mention]:
        return self.items[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]


_DESCRIBING = re.compile(r"[^，。；、\d]{0,6}?的\s*+")  # 连续三周领先的X: a phrase ending in 的 that describes the name after it
# 上周排第2的X: a place may stand in the description, never an amount.
_DESCRIBED_WEEK = re.compile(r"(?:上一?周|此前|之前)(?:[^，。；、\d]|第\s*+\d{1,2}\s*+(?=名|位|的)){0,8}?的\s*+")
_GAP_HEADER = re.compile(r"差距|领先|落后|相差|之差")
_CHANGE_HEADER = re.compile(r"变化|变动|增减|涨跌|环比|差值|增量|减量|增加|减少|降量|Δ|change", re.I)


class SentenceReader:
    """Resolves and verifies the claims of one sentence."""

    def __init__(self, checker: Checker, prepared: Prepared, sentence: Sentence, claims: list[Claim],
                 mentions: Spans, board_mentions: Spans) -> None:
        self.c = checker
        self.p = prepared
        self.s = sentence
        self.claims = claims
        self.text = prepared.masked
        self.mentions = mentions.between(sentence.start, sentence.end)
        line_start = prepared.line_starts[sentence.line]
        line_end = prepared.line_starts[sentence.line + 1] if sentence.line + 1 < len(prepared.line_starts) else len(self.text)
        # The rest of the line is context, within a few sentences' reach: a checker that read the
        # whole line for every sentence would take quadratic time on one long line.
        near_start, near_end = max(line_start, sentence.start - _CONTEXT), min(line_end, sentence.end + _CONTEXT)
        self.line_mentions = mentions.between(near_start, near_end)
        self.all_mentions = mentions
        self.board_mentions = board_mentions
        self.board_here = board_mentions.between(sentence.start, sentence.end)
        head = board_mentions.between(line_start, line_start + 1 + _HEAD)[:1]
        self.board_line = [*(m for m in head if m.start < near_start), *board_mentions.between(near_start, near_end)]
        self.line_start = line_start
        self.roles: dict[int, str] = {}
        self.ranges: dict[int, list[tuple[Entity, int]]] = {}
        """Claims that end a range of places (第8至第10), with each name and its place."""
        self.affinity: str | None = None
        self.line_board: str | None = None
        """The board an earlier sentence of this line verified its figures on: a paragraph's claims about a
        board as a whole (6涨4跌) are about that one."""
        """The board this sentence's figures have verified on so far: the next ones prefer it."""
        self.carried: set[int] = set()
        """Claims whose subject comes from the lines above: a guess, never grounds for 'wrong'."""
        self.section_board: str | None = None
        """The board the heading of this sentence's section names: preferred where nothing nearer names one."""
        self.qualified = self._qualified_mentions()
        self.aside = set(self.qualified) | self._makers_after_models()
        """Names that qualify the name before them (its provider, its maker) rather than stand as subjects."""
        self._metric_words: dict[int, set[Metric]] = {}
        self._usable: dict[str | None, list[Mention]] = {}
        self._families: dict[tuple[int, str | None], list[Entity]] = {}

    # ---- context -------------------------------------------------------------------------------

    def board_at(self, offset: int) -> str | None:
        """The board the text is talking about at this offset."""
        return self.board_context(offset)[0]

    def board_context(self, offset: int) -> tuple[str | None, bool]:
        """The board in discussion at an offset, and whether the text names it outright.

        Named outright: in this sentence before the figure, or as the head of a 榜单变化 bullet
        ("<board>方面，…"); a figure there must belong to that board. Otherwise a board named
        earlier on the line, or the one this sentence's figures verified on, is only preferred.
        """
        here = [m for m in self.board_here if m.start < offset]
        clause = next(((a, b) for a, b in self.s.clauses if a <= offset <= b), None)
        if here and (clause is None or here[-1].start >= clause[0]):
            return here[-1].entity.id, True
        later = [m for m in self.board_here if clause and clause[0] <= m.start <= clause[1]]
        if later:  # named later in the clause: "…ranked #5 on OpenRouter model usage"
            return later[0].entity.id, True
        if here:
            return here[-1].entity.id, True
        earlier = [m for m in self.board_line if m.start < offset]
        if earlier:
            head = earlier[0]
            if self.s.section == "boards" and not self.text[self.line_start : head.start].strip():
                return head.entity.id, True
            if earlier[-1] is head and _LABEL_AFTER.match(self.text, head.end) and not _WORDS.search(self.text, self.line_start, head.start):
                return head.entity.id, True  # 7️⃣ 吞吐量：…: a line labelled with a board's name is about it, until it names another
            return earlier[-1].entity.id, False
        return self.affinity or self.section_board, False

    def line_subjects(self, n: int) -> list[str]:
        """The first name of each of the n lines right above this sentence's line (a list's items),
        in order; empty unless each of them opens with a name."""
        found: list[str] = []
        line = self.s.line
        while len(found) < n and line > 0:
            line -= 1
            start, end = self.p.line_starts[line], self.p.line_starts[line + 1]
            if not self.text[start:end].strip():
                return []
            first = next((m for m in self.all_mentions.between(start, end) if self._is_subject(m.entity, None)), None)
            if first is None or self.text[start : first.start].strip(" -*0123456789.、）)（(") != "":
                return []
            found.insert(0, first.entity.id)
        return found if len(found) == n else []

    def header_week(self, claim: Claim) -> dt.date | None:
        """The data's week a table column's date header names (| 1/17 | 1月24日 |), if it does."""
        header = self.p.header_at(claim.start)
        found = _HEADER_DATE.fullmatch(header.strip()) if header else None
        if found is None:
            return None
        month, day = int(found.group(1)), int(found.group(2))
        try:
            return self.c.relations.week_of(dt.date(self.c.facts.week.year - (month > self.c.facts.week.month), month, day))
        except ValueError:
            return None

    def bracket_start(self, claim: Claim) -> int | None:
        """Where the bracket the claim stands in opens (just after the bracket), if it does."""
        window = self.text[max(self.s.start, claim.start - 40) : claim.start]
        opened = max(window.rfind("（"), window.rfind("("))
        if opened < 0 or max(window.rfind("）"), window.rfind(")")) > opened:
            return None
        return claim.start - len(window) + opened + 1

    def claim_before(self, claim: Claim) -> Claim | None:
        """The sentence's figure just before this one, if there is one."""
        index = self.claims.index(claim)
        return self.claims[index - 1] if index > 0 else None

    def claim_after(self, claim: Claim) -> Claim | None:
        """The sentence's figure just after this one, if there is one."""
        index = self.claims.index(claim)
        return self.claims[index + 1] if index + 1 < len(self.claims) else None

    def _undescribed(self, start: int, end: int) -> str:
        """The text with 上周 blanked where it describes the name after it (与上周几乎持平的DeepSeek V3.2):
        a week inside a name's description is no frame for the figures around it."""
        text = self.text[start:end]
        for frame in reversed(list(_DESCRIBED_WEEK.finditer(self.text, start, end))):
            if any(m.start == frame.end() for m in self.mentions):
                text = text[: frame.start() - start] + " " * (frame.end() - frame.start()) + text[frame.end() - start :]
        return text

    def joined_before(self) -> Sentence | None:
        """The sentence before this one, when a semicolon joins them (A…；与B的差距…)."""
        if self.s.index == 0 or self.text[self.s.start - 1 : self.s.start] not in ("；", ";"):
            return None
        return self.p.sentences[self.s.index - 1]

    def bound_near(self, claim: Claim) -> str | None:
        """above, below or about: what the words right around the figure make of it (逾五成, 近三成, 左右)."""
        return qualifier(self.text[max(self.s.start, claim.start - 16) : claim.start], self.text[claim.end : claim.end + 2])

    def clause_start(self, claim: Claim) -> int:
        if claim.clause < len(self.s.clauses):
            return self.s.clauses[claim.clause][0]
        return self.s.start

    def subjects(self, claim: Claim, bound: dict[int, list[Entity]]) -> list[tuple[Entity, str | None]]:
        """Who the claim is about, with a provider qualifier where one is named."""
        if id(claim) in bound:
            return [(e, None) for e in bound[id(claim)]]
        board = self.board_at(claim.start)
        usable = self._usable.get(board)
        if usable is None:
            usable = self._usable[board] = [m for m in self.mentions if self._is_subject(m.entity, board) and m.start not in self.aside]
        if claim.kind in ("top", "first"):
            # 前十加Others合计, 高于榜首: the Others row holds no place (前十之外的其他 is outside them).
            usable = [m for m in usable if m.entity.id != OTHERS_ID]
        owner = self._owner_after(claim, usable)
        if owner is not None:
            return [(owner.entity, self._qualifier(owner, self.s.end, claim.start))]
        named = self._named_right_after(claim, usable)
        if named is not None:
            return [(named.entity, self._qualifier(named, self.s.end, claim.start))]
        which = self._one_of_two(claim, usable)
        if which is not None:
            return [(which.entity, self._qualifier(which, self.s.end, claim.start))]
        before = [m for m in usable if m.end <= claim.start]
        if before and claim.kind in ("top", "out") and _JOINED_VERB.fullmatch(self.text, before[-1].end, claim.start):
            # A和B都跌出了前十, A与B跌出前九: the top N is said of every name the list joins.
            joined = [before[-1]]
            for m in reversed(before[:-1]):
                if not NAME_JOIN.fullmatch(self.text, m.end, joined[-1].start):
                    break
                joined.append(m)
            if len(joined) >= 2:
                return [(m.entity, None) for m in reversed(joined)]
        if before:
            mention = before[-1]
            qualifier = self._qualifier(mention, claim.start, claim.start)
            members = self._family(mention, board)
            if members:
                return [(e, None) for e in members]
            return [(mention.entity, qualifier)]
        if _PRONOUN.search(self.text, self.s.start, claim.start):
            # 它本周调用量达2.57万亿，…约为第二名Kimi K2.5的2.5倍: 它 is the name above, not the object named later.
            earlier = [m for m in self.line_mentions if m.end <= self.s.start and self._is_subject(m.entity, board)]
            if earlier:
                return [(earlier[-1].entity, None)]
            carried = self.carried_subject(board)
            if carried is not None:
                self.carried.add(id(claim))
                return [(carried.entity, None)]
        after = [m for m in usable if m.start >= claim.end]
        if after:
            if claim.kind in ("top", "out"):
                return [(m.entity, None) for m in after]
            return [(after[0].entity, self._qualifier(after[0], self.s.end, claim.start))]
        earlier = [m for m in self.line_mentions if m.end <= self.s.start and self._is_subject(m.entity, board)]
        if earlier:
            return [(earlier[-1].entity, None)]
        # 上周它排第八: a pronoun stands for the name the lines above end on, through the rest of a
        # line that names no one (上周它排第八；这周三千七百亿左右).
        carried = self.carried_subject(board) if _PRONOUN.search(self.text, self.line_start, self.s.end) else None
        if carried is None:
            return []
        self.carried.add(id(claim))
        return [(carried.entity, None)]

    def carried_subject(self, board: str | None) -> Mention | None:
        """The last name of the paragraph lines just above, for a line that names no one (上周它排第八，
        一千八百亿不到；): up to three lines back, not past a heading or a line naming no one."""
        named = self.names_above(board)
        return named[-1] if named else None

    def names_above(self, board: str | None) -> list[Mention]:
        """The names of the nearest line above that names any, up to three lines back and not past
        a heading: who a line naming no one goes on about."""
        line = self.s.line
        for _ in range(3):
            if line == 0:
                return []
            line -= 1
            start, end = self.p.line_starts[line], self.p.line_starts[line + 1]
            text = self.p.original[start:end].strip()
            if not text:
                continue
            if is_heading_line(text):
                return []
            named = [m for m in self.all_mentions.between(start, end) if self._is_subject(m.entity, board)]
            return named
        return []

    def _one_of_two(self, claim: Claim, usable: list[Mention]) -> Mention | None:
        """A与B分列第8、第9，后者是在缺席一周后重回前九: 前者 or 后者 in the claim's clause, with no name
        after it, stands for the first or the second of the last two names before it."""
        said = list(_ONE_OF_TWO.finditer(self.text, self.clause_start(claim), claim.start))
        if not said or any(said[-1].end() <= m.start < claim.start for m in usable):
            return None
        word = said[-1]
        pair: list[Mention] = []
        for m in reversed([m for m in usable if m.end <= word.start()]):
            if not pair or m.entity.id != pair[0].entity.id:
                pair.insert(0, m)
            if len(pair) == 2:
                break
        if len(pair) < 2:
            return None
        return pair[1] if word.group() == "后者" else pair[0]

    def _named_right_after(self, claim: Claim, usable: list[Mention]) -> Mention | None:
        """'第2名Gemini 3 Flash Preview', '第二名的Anthropic', '榜首JoinAgent': a place written before
        its name is that name's."""
        if claim.kind not in ("rank", "first"):
            return None
        gap = _RANK_TO_NAME.match(self.text, claim.end)
        at = gap.end() if gap else claim.end
        found = next((m for m in usable if m.start == at), None)
        provider = next((m for m in self.mentions if m.start == at), None) if found is None else None
        if provider is not None and (served := _SERVED_BY.match(self.text, provider.end)) is not None:
            found = next((m for m in usable if m.start == served.end()), None)  # 上周第一的SambaNova版Llama 3.3 70B Instruct
        return found

    def alternatives(self, claim: Claim, bound: dict[int, list[Entity]]) -> list[Entity]:
        """Other plausible subjects, tried when the first reading does not verify: the sentence's
        subject when the nearest name is an object (A反超B，升至第N; A与B互换，升至第4), and the
        names a pronoun stands for (后者, 前者, 二者, 它)."""
        if id(claim) in bound:
            return []
        board = self.board_at(claim.start)
        usable = [m for m in self.mentions if self._is_subject(m.entity, board) and m.start not in self.aside]
        if self._one_of_two(claim, usable) is not None:
            return []  # 后者 says which of the two
        before = [m for m in usable if m.end <= claim.start]
        found: list[Entity] = []
        if before and (_OBJECT_VERB.search(self.text[max(self.s.start, before[-1].start - 20) : before[-1].start])
                       or _PASSIVE_AGENT.search(self.text, max(self.s.start, before[-1].start - 3), before[-1].start)
                       or _CAUSE.search(self.text[max(self.s.start, before[-1].start - 14) : before[-1].start])
                       or (base := _RATIO_BASE_AFTER.match(self.text, before[-1].end)) is not None and base.end() <= claim.start):
            found += [m.entity for m in before[:-1]]
        if before and _MAKER_METRIC.search(self.text, self.clause_start(claim), claim.start):
            # Claude Opus 4.5…，厂商份额也由17.4%升至17.6%: the maker of the model named, on the companies' board.
            makers = [self.c.entities.by_id.get(m.entity.maker or "") for m in reversed(before)]
            found += [e for e in makers if e is not None]
        window = self.text[self.s.start : claim.start]
        if _PRONOUN.search(window) or not before:
            earlier = [m.entity for m in self.line_mentions if m.end <= self.s.start and self._is_subject(m.entity, board)]
            found += list(reversed(earlier[-3:]))
            if not earlier and not usable and not any(c.kind == "top" for c in self.claims) \
                    and not _GROUP_WORD.search(self.text, self.s.start, self.s.end):
                # 差距：1.58T vs 979B, under a line naming the two: the names the line above ends on
                found += [m.entity for m in reversed(self.names_above(board)[-2:])]
        primary = {e.id for e, _ in self.subjects(claim, bound)}
        unique = {e.id: e for e in reversed(found)}
        return [unique[i] for i in dict.fromkeys(e.id for e in found) if i not in primary]

    def _owner_after(self, claim: Claim, usable: list[Mention]) -> Mention | None:
        """'以464B位列第4的DeepSeek V3.2': a figure in a 的-phrase belongs to the name the phrase modifies."""
        opened = self.bracket_start(claim)
        if opened is not None and any(m.end == opened - 1 for m in usable):
            return None  # Gemini 3 Pro Preview（155B，第8）和…的X: the bracket is its name's
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        at = self.text.find("的", claim.end, clause_end)
        while at >= 0:
            owner = next((m for m in usable if m.start == at + 1), None)
            if owner is not None:
                between = [m for m in usable if claim.end <= m.start < at]
                return None if between else owner
            at = self.text.find("的", at + 1, clause_end)
        return None

    def _is_subject(self, entity: Entity, board: str | None) -> bool:
        if entity.kind is EntityKind.provider or entity.id in self.c.platform_ids:
            return False  # 在OpenRouter上的调用量: the platform is where, not whom
        return self.c.known(entity.id) or entity.kind in (EntityKind.model, EntityKind.company, EntityKind.system)

    def _qualified_mentions(self) -> dict[int, Mention]:
        """Providers named right after a model — 'GPT-OSS-120B（Groq提供）', also when the provider
        is a company (xAI): start of the provider mention → the provider mention."""
        found: dict[int, Mention] = {}
        for model, other in zip(self.mentions, self.mentions[1:]):
            gap = self.text[model.end : other.start].strip(" \t|｜")
            after = self.text[other.end : other.end + 2]
            if model.entity.kind is EntityKind.model and gap in ("", "(", "（") and (
                other.entity.kind is EntityKind.provider or after.startswith("提供")
            ):
                found[other.start] = other
            if model.entity.kind is EntityKind.provider and other.entity.kind is EntityKind.model \
                    and _SERVED_BY.fullmatch(self.text, model.end, other.start):
                found[model.start] = model  # Groq上的Qwen3 32B: the provider before the model it serves
        return found

    def _makers_after_models(self) -> set[int]:
        """A company named right after its own model — a table's company column (| Grok 4 | xAI |),
        'Claude Opus 4.5（Anthropic）' — says whose model it is; the figures after it stay the model's."""
        found: set[int] = set()
        for model, other in zip(self.mentions, self.mentions[1:]):
            gap = self.text[model.end : other.start].strip(" \t|｜/·（(，,")
            if (model.entity.kind is EntityKind.model and other.entity.kind is EntityKind.company
                    and model.entity.maker == other.entity.id and not gap):
                found.add(other.start)
            # 谷歌的Gemini 2.5 Flash Lite, 阶跃星辰旗下的Step 3.5 Flash: the maker before its model says whose it is.
            if (model.entity.kind is EntityKind.company and other.entity.kind is EntityKind.model
                    and other.entity.maker == model.entity.id and _MAKER_OF.fullmatch(self.text, model.end, other.start)):
                found.add(model.start)
        return found

    def _qualifier(self, mention: Mention, limit: int, claim_at: int) -> str | None:
        """The provider named right after a model mention (Qwen3 32B（Groq）), or right before it
        (Groq上的Qwen3 32B, SambaNova 提供的 Llama 3.3 70B Instruct), or a provider's 版本 named
        after it and before the figure at `claim_at`, if any."""
        version = [m for m in self.mentions if mention.end <= m.start < limit and m.end <= claim_at and m.entity.kind is EntityKind.provider
                   and _VERSION_OF.match(self.text, m.end) and not _COMPARED_TO.search(self.text, max(0, m.start - 3), m.start)]
        if version:
            return version[-1].entity.id  # 比它在Groq上的版本（844 tok/s）快: the row the provider serves
        for other in self.mentions:
            if mention.end <= other.start < min(limit, mention.end + 4) and other.start in self.qualified:
                return other.entity.id
            if other.end <= mention.start and other.start in self.qualified \
                    and _SERVED_BY.fullmatch(self.text, other.end, mention.start):
                return other.entity.id
        return None

    def _family(self, mention: Mention, board: str | None) -> list[Entity]:
        """'GPT-5系列' stands for the board's entities whose names start with 'GPT-5'."""
        if not self.text[mention.end : mention.end + 2].startswith("系列"):
            return []
        key = (mention.start, board)
        if key not in self._families:
            self._families[key] = self._family_members(mention, board)
        return self._families[key]

    def _family_members(self, mention: Mention, board: str | None) -> list[Entity]:
        prefix = alias_key(mention.entity.name)
        by_board: dict[str, list[Entity]] = defaultdict(list)
        for (b, entity_id) in self.c.index:
            entity = self.c.entities.by_id.get(entity_id)
            if entity and entity.id != mention.entity.id and alias_key(entity.name).startswith(prefix):
                by_board[b].append(entity)
        if board:
            return by_board.get(board, [])
        # No board named: the family is where most of its members are (GPT-5系列双模型 → programming).
        return max(by_board.values(), key=len, default=[])

    def bind_ranges(self) -> dict[int, list[Entity]]:
        """'A、B、C依次排在第8至第10': a range of places over as many names, in order; both ends of
        the range are bound to the whole list, each name to its place."""
        bound: dict[int, list[Entity]] = {}
        for first, last in zip(self.claims, self.claims[1:]):
            if first.kind != "rank" or last.kind != "rank" or not first.values or not last.values:
                continue
            if not _RANGE.fullmatch(self.text[first.end : last.start]):
                continue
            low, high = int(first.values[0].value), int(last.values[0].value)
            names = self.list_before(first.start)
            if high > low and len(names) == high - low + 1:
                self.ranges[id(first)] = self.ranges[id(last)] = list(zip(names, range(low, high + 1)))
                bound[id(first)], bound[id(last)] = [names[0]], [names[-1]]
        return bound

    def bind_places_before_names(self) -> dict[int, list[Entity]]:
        """'上周位列第五、第七、第九的A、B和C': places listed before the names they belong to, in order."""
        bound: dict[int, list[Entity]] = {}
        run: list[Claim] = []
        for claim in self.claims + [None]:  # type: ignore[list-item]
            if claim is not None and claim.kind == "rank" and (not run or _PLACE_GAP.fullmatch(self.text, run[-1].end, claim.start)):
                run.append(claim)
                continue
            if len(run) >= 2 and self.text.startswith("的", run[-1].end):
                names = []
                for m in self.mentions:
                    if m.start > run[-1].end and m.start not in self.aside and m.entity not in names:
                        names.append(m.entity)
                if len(names) >= len(run):
                    bound.update({id(c): [e] for c, e in zip(run, names)})
            run = [claim] if claim is not None and claim.kind == "rank" else []
        return bound

    def bind_respectively(self) -> dict[int, list[Entity]]:
        """'A与B分别以X和Y…第8、第9位': the i-th figure of each kind belongs to the i-th name."""
        bound: dict[int, list[Entity]] = {}
        lowered = self.text[self.s.start : self.s.end].lower()
        at = next((i for i in (lowered.find(w) for w in LIST_WORDS) if i >= 0), -1)
        english = at < 0 and "respectively" in lowered
        if at < 0 and not english:
            return bound
        at = self.s.end if english else self.s.start + at
        names = self.list_before(at)
        if len(names) < 2:
            return bound
        groups: dict[str, list[Claim]] = defaultdict(list)
        units = self.shared_units()
        for claim in self.claims:
            # 分列第6、第7，DeepSeek的调用量已连续四周下滑: a name after the list starts a new subject.
            # 分列第3、第4：前者几乎持平，后者增长6%: so does 前者 or 后者.
            if (claim.start > at or english) and not any(at < m.start < claim.start for m in self.mentions) \
                    and not _ONE_OF_TWO.search(self.text, at, claim.start):
                groups[units[id(claim)]].append(claim)
        for kind, claims in groups.items():
            if len(claims) > len(names):
                # 分别以55B和50B…合计105B: the figures after a sum word are the sum's, not the list's.
                sums = [c for c in claims if _SUM_BEFORE.search(self.text[max(self.s.start, c.start - 8) : c.start])]
                if sums:
                    claims = [c for c in claims if c.start < sums[0].start]
            if len(claims) > len(names):
                # 依次为24.0%、18.1%、11.3%、10.6%，…的63.9%: the run of figures the list word introduces.
                run = claims[:1]
                for claim in claims[1:]:
                    if not _LIST_GAP.fullmatch(self.text, run[-1].end, claim.start):
                        break
                    run.append(claim)
                if len(run) == len(names):
                    claims = run
            if len(claims) == len(names):
                for claim, entity in zip(claims, names):
                    bound[id(claim)] = [entity]
            elif len(claims) == 1:
                bound[id(claims[0])] = names
        return bound

    def shared_units(self) -> dict[int, str]:
        """The kind of each claim, a bare number taking the unit written once after a run of them
        (1012、936和736 tok/s, 分别为3.0、1.8、1.5个百分点)."""
        units: dict[int, str] = {}
        following = ""
        for before, claim in zip([None, *reversed(self.claims)], reversed(self.claims)):
            joined = before is not None and claim.kind == "plain" and (found := SHARED_UNIT.match(self.text, claim.end)) is not None \
                and found.end() == before.start
            following = following if joined else claim.kind
            units[id(claim)] = following
        return units

    def bind_bracketed_list(self) -> dict[int, list[Entity]]:
        """'A、B、C（上周第5、7、9）': a bracket holding as many places as the names listed right before it,
        in their order."""
        bound: dict[int, list[Entity]] = {}
        ranks = [c for c in self.claims if c.kind == "rank"]
        groups: dict[int, list[Claim]] = defaultdict(list)
        for claim in ranks:
            opened = self.bracket_start(claim)
            if opened is not None:
                groups[opened].append(claim)
        for opened, claims in groups.items():
            before = [m for m in self.mentions if m.end <= opened - 1 and m.start not in self.aside]
            if len(claims) < 2 or not before or self.text[before[-1].end : opened - 1].strip() \
                    or not all(_LISTED_PLACE.fullmatch(self.text, a.end, b.start) for a, b in zip(claims, claims[1:])):
                continue  # （第1→第2）is a move, not a list
            names = self.list_before(opened - 1)
            if len(names) == len(claims) and names[-1] == before[-1].entity:
                for claim, entity in zip(claims, names):
                    bound[id(claim)] = [entity]
        return bound

    def list_before(self, at: int) -> list[Entity]:
        """The nearest clause before `at` that names two or more entities: the list 分别 refers to."""
        board = self.board_at(at)
        for start, end in reversed(self.s.clauses):
            if start > at:
                continue
            names: list[Entity] = []
            for m in self.mentions:
                if start <= m.start < min(end, at) and self._is_subject(m.entity, board) and not self._family(m, board):
                    if m.entity not in names:
                        names.append(m.entity)
            names = without_owners(names)
            if len(names) >= 2:
                return names
        # 二者分列第二、第三 after a name in each clause: the names of the sentence so far.
        names = []
        for m in self.mentions:
            if m.start < at and self._is_subject(m.entity, board) and not self._family(m, board) and m.entity not in names:
                names.append(m.entity)
        names = without_owners(names)
        return names if len(names) >= 2 else []

    def role(self, claim: Claim, index: int) -> str:
        """now, prev or change: a direction verb right before the figure (增加了100B) makes it a
        change; otherwise the nearest role word before it in its clause (从/由/上周 → last week,
        至/到/本周 → this week); otherwise the role of the figure before it in the same clause."""
        header = self.p.header_at(claim.start)
        if header is not None and ARROW_AFTER.match(self.text, claim.end):
            return "prev"  # | 份额变化 | 4.9%→8.2% |: the figure before the arrow is last week's
        if header is not None and not self._earlier_in_cell(claim, index):
            # | 上周 | 本周 | 变化 |: a cell's first figure takes its column's week or change.
            headed = self.header_week(claim)
            if headed is not None:
                weeks = sorted({s.week for snaps in self.c.relations.snapshots.values() for s in snaps}, reverse=True)
                return "prev" if len(weeks) > 1 and headed == weeks[1] else "now"
            if Metric.growth in metric_word(header):
                return "now"
            if any(word in header for word in COMPARE_WORDS):
                return "change"  # | 环比 |, | 较上周 |: a column of changes, not of last week's values
            column_role = role_word(header)
            if column_role:
                return column_role
            if _CHANGE_HEADER.search(header) and not _GAP_HEADER.search(header):
                return "change"
            return "now"
        if claim.signed and claim.kind in ("amount", "speed", "price") and claim.quote[:1] in "+-−":
            return "change"  # Gemini 3 Flash Preview（+171B）: a signed amount is a change
        if claim.signed and claim.kind == "plain" and claim.quote[:1] in "+-−" and (opened := self.bracket_start(claim)) is not None \
                and index > 0 and not self.text[self.claims[index - 1].end : opened - 1].strip():
            return "change"  # 995 tok/s（+39）: a signed number bracketed after a figure is its change
        start = self.clause_start(claim)
        paired = self._paired_with_last_week(claim)
        if paired is not None:
            return paired
        if self.asked_change(claim) is not None:
            return "change"  # 问：它一周少了多少？ 答：九千九百多亿: the answer is the size of the change asked about
        tail = after_role_word(self.text[max(start, claim.start - _TAIL) : claim.start])
        opened = self.bracket_start(claim)
        if opened is not None and claim.kind in ("amount", "percent", "points") and _CHANGE_NOUN.search(self.text, max(start, opened - 8), opened - 1):
            return "change"  # 一家的降幅（940B）: the bracket gives the change its noun names
        tail = re.split(r"[（(]", tail)[-1]  # 萎缩（占比16.4%）: the bracket states a value, not the change
        if ARROW_AFTER.match(self.text, claim.end) or claim.kind == "rank" and _MOVED_FROM.match(self.text, claim.end):
            return "prev"  # 364B→464B; 第7升至第4
        moved = _MOVED_FROM.match(self.text, claim.end) if claim.kind in ("amount", "speed", "price", "percent", "plain") else None
        if moved is not None and index + 1 < len(self.claims) and self.claims[index + 1].kind == claim.kind \
                and not self.text[moved.end() : self.claims[index + 1].start].strip(" 约近了"):
            return "prev"  # 582B直接掉到280B: the value it moved from
        if claim.kind in ("rank", "first") and _AFTER_RUN.match(self.text, claim.end) and "连续" in self.text[start : claim.start]:
            return "prev"  # 在连续三周第一之后退居第二: the run was before this week
        if claim.kind == "count" and _COUNT_CHANGE.search(tail):
            return "change"  # 较上周少一席, 增加两款: seats gained or lost
        bounded = qualifier(tail, "") in ("above", "below")  # 跌破300B, 突破1000B: a bound on the value, not a change
        if claim.kind in ("percent", "points", "amount", "speed", "price", "plain") and not bounded and (
                direction_word(tail) and not role_word(tail) or tail.rstrip().endswith(("多", "少"))
                or _THAN_LAST_WEEK.search(self.text, max(start, claim.start - _TAIL), claim.start)):
            return "change"  # 增加了100B; 比上周394B多99B; 比上周快了212 tok/s
        marked = _WEEK_AFTER.match(self.text, claim.end)
        if marked:
            return "prev" if (marked.group(1) or marked.group(2)).lower() in ("上周", "last week") else "now"
        frame = LAST_WEEK_FRAME.match(self.text, self.s.start)
        if frame is not None and not any(self.s.start <= m.start < frame.end() for m in self.mentions) \
                and role_word(self.text[frame.end() : claim.start], weak=False) != "now":
            return "prev"  # 上周我们写过，A以623B登顶: a sentence framed in last week stays there
        previous_end = self.claims[index - 1].end if index > 0 and self.claims[index - 1].clause == claim.clause else start
        between = self._undescribed(max(start, previous_end), claim.start)
        same_clause = index > 0 and self.claims[index - 1].clause == claim.clause and self.claims[index - 1].kind != "date"
        # 上周xAI以610B排第三、OpenAI以600B排第四: a weak 以 does not undo the clause's 上周.
        kind = role_word(between, weak=not (same_clause and self.roles.get(index - 1) == "prev"))
        if kind == "now" and claim.kind in ("rank", "first") and self._framed_last_week(claim, start):
            return "prev"  # 上周以+123%的增速冲上第2: the verb moved it there last week
        if kind:
            return kind
        if index > 0 and self.roles.get(index - 1) == "prev" and self.claims[index - 1].clause == claim.clause \
                and direction_word(between) and claim.kind == self.claims[index - 1].kind:
            return "now"  # 由第5跃居第一: the verb moves from last week's figure to this week's
        if index > 0 and self.claims[index - 1].clause == claim.clause and self.claims[index - 1].kind != "date":
            inherited = self.roles.get(index - 1, "now")
            last = self.claims[index - 1]
            gap = _RANK_TO_NAME.match(self.text, last.end)
            named_at = gap.end() if gap else last.end
            if last.kind in ("first", "rank", "streak", "top") and inherited == "prev" and claim.kind not in ("first", "rank", "top") and \
                    any(m.start == named_at or _DESCRIBING.fullmatch(self.text, last.end, m.start) for m in self.mentions) \
                    and not _DROPPED.search(self.text, last.end, claim.start) and self._listed_now(last.end, claim):
                # 上周榜首Gemini 2.5 Pro调用量（672B）, 上周第一的SambaNova版Llama…以978 tok/s,
                # 此前连续三周领先的X（294B）: last week's place or run names whom; the value is this
                # week's, where the row still has one.
                return "now"
            opened = self.bracket_start(claim)
            if inherited == "change" and opened is not None and not self.text[self.claims[index - 1].end : opened - 1].strip() \
                    and claim.kind != self.claims[index - 1].kind:
                return "now"  # 涨了7%（822B）: the bracket gives the value the change led to
            # A place is never a change: after 减少126 tok/s，而重回第一 the place is this week's.
            return "now" if inherited == "change" and claim.kind in ("rank", "first", "top") else inherited
        if _OPENS_LAST_WEEK.match(self.text, self.s.start) and role_word(self.text[self.s.start : claim.start], weak=False) == "prev" \
                and not any(self.text[m.start - 1 : m.start] == "的" and m.start < self.s.clauses[0][1] for m in self.mentions):
            # (上周还排第六的Kimi K2.5，调用量…: 上周 qualifies the name, and the sentence is about now)
            return "prev"  # 上周它还排第四，调用量三千五百亿出头: a sentence that opens on last week stays there
        return "now"

    def _framed_last_week(self, claim: Claim, start: int) -> bool:
        """The clause sets the move that ends on this place in last week: 上周 as a time word before
        the verb (上周冲上第2), not the week of a place it moved from (从上周的第5, 较上周) or of a
        place that describes a name (上周第5的X)."""
        frame = _FRAME_LAST_WEEK.search(self.text, start, claim.start)
        if frame is None or _WEEK_NOW.search(self.text, frame.end(), claim.start):
            return False
        return not any(c.kind in ("rank", "first") and frame.end() <= c.start and c.end <= claim.start for c in self.claims if c is not claim)

    def _paired_with_last_week(self, claim: Claim) -> str | None:
        """与上周基本持平（429B对428B）: a bracket setting two figures side by side after a comparison
        with last week holds this week's first, then last week's."""
        opened = self.bracket_start(claim)
        if opened is None or not _WITH_LAST_WEEK.search(self.text, self.clause_start(claim), opened):
            return None
        closing = _BRACKET_END.search(self.text, claim.end)
        pair = [c for c in self.claims if opened <= c.start and (closing is None or c.end <= closing.start())]
        if len(pair) != 2 or not _SIDE_BY_SIDE.fullmatch(self.text, pair[0].end, pair[1].start) or pair[0].kind != pair[1].kind:
            return None
        return "now" if claim is pair[0] else "prev"

    def _listed_now(self, start: int, claim: Claim) -> bool:
        """The first name between `start` and the figure has a row this week on the figure's board."""
        board = self.board_at(claim.start)
        named = next((m for m in self.mentions if start <= m.start < claim.start and self._is_subject(m.entity, board)), None)
        return named is not None and (board is None or self.c.relations.rank_now(board, named.entity.id) is not None)

    def _earlier_in_cell(self, claim: Claim, index: int) -> bool:
        """Another figure stands before this one in its table cell (1.58T→585B)."""
        if index == 0:
            return False
        before = self.claims[index - 1]
        cell_text = self.text[before.end : claim.start]
        return before.line == claim.line and "|" not in cell_text

    def metric_words(self, claim: Claim) -> set[Metric]:
        """Metrics the words next to the figure name (a word right after it wins: 8.9%占比)."""
        cached = self._metric_words.get(id(claim))
        if cached is None:
            text = self.p.metric_text
            cached = metric_word_after(text[claim.end : claim.end + 6])
            header = self.p.header_at(claim.start)
            if not cached and header is not None:
                # | 周增长 | 涨跌 |: a percentage under a word of change is the growth rate.
                cached = metric_word(header) or ({Metric.growth} if claim.kind == "percent" and (
                    _CHANGE_HEADER.search(header) or direction_word(header)) else set())
            opened = self.bracket_start(claim)
            if not cached and opened is not None:
                cached = metric_word(text[opened : claim.start])
            if not cached:
                start = self.clause_start(claim)
                cached = metric_word(self._unboarded(start, claim.start)) or metric_word(self._unboarded(self.s.start, start))
                if opened is not None and claim.kind == "percent" and cached:
                    # 调用量是第二名X（208B，15.8%）的1.6倍: a percentage in a name's bracket may be
                    # its share, whatever the words outside the bracket speak of.
                    cached = {*cached, Metric.share}
            self._metric_words[id(claim)] = cached
        return set(cached)

    def _unboarded(self, start: int, end: int) -> str:
        """The metric text between two offsets, in a table row with the names of boards blanked:
        | 编程调用量 | names a board, not the metric of the figures after it."""
        text = self.p.metric_text[start:end]
        if self.p.header_at(end) is None:
            return text  # in prose, 市场占比 names the metric as well as the board
        for m in self.board_here:
            if start <= m.start and m.end <= end:
                text = text[: m.start - start] + " " * (m.end - m.start) + text[m.end - start :]
        return text

    def count_change(self, claim: Claim) -> str | None:
        """up or down for a count of seats gained or lost (多一席, 减少两款), else None."""
        found = _COUNT_CHANGE.search(self.text, self.clause_start(claim), claim.start)
        return None if found is None else "down" if "少" in found.group() else "up"

    def asked_change(self, claim: Claim) -> str | None:
        """up or down, when the figure opens the answer to a question about the size of a change
        (问：它一周少了多少？ 答：九千九百多亿); None otherwise."""
        asked = self.text.rfind("？", self.s.start, claim.start)
        if asked < 0 or not _ANSWER_HEAD.fullmatch(self.text, asked + 1, claim.start) \
                or not _ASKS_HOW_MUCH.search(self.text, self.s.start, asked):
            return None
        return direction_word(self.text[self.s.start : asked])

    def asked_gap(self, claim: Claim) -> bool:
        """The figure opens the answer to a question about a gap (两家差多少？两百二十多亿)."""
        asked = self.text.rfind("？", self.s.start, claim.start)
        return asked >= 0 and _ANSWER_HEAD.fullmatch(self.text, asked + 1, claim.start) is not None \
            and _ASKS_GAP.search(self.text, self.s.start, asked) is not None

    def direction(self, claim: Claim) -> str | None:
        """up or down: the nearest direction word between the figure and what came before it in
        its clause (the figure before, or a week word: 上周大涨后本周仅280B says nothing of 280B)."""
        start = self.clause_start(claim)
        earlier = [c for c in self.claims if c.clause == claim.clause and c.end <= claim.start]
        if earlier:
            start = max(start, earlier[-1].end)
        window = self.text[start : claim.start]
        if earlier:
            # 从上周+35%的高增长转为-14%: the words after 的 describe the earlier figure, not this one.
            window = _TURNED_FROM.sub("", window)
        found = direction_word(window[last_week_word(window):]) or self.asked_change(claim)
        header = self.p.header_at(claim.start)
        if found is None and header is not None and _CHANGE_HEADER.search(header) and not _GAP_HEADER.search(header) \
                and Metric.growth not in metric_word(header):
            found = direction_word(header)  # | 减少 |: an unsigned figure under a word of falling is a fall
        than = _THAN_LAST_WEEK.search(window)
        if found is None and than is not None:
            return "down" if than.group(1) in "低少慢" else "up"  # 周增速比上周低6个百分点
        noun = CHANGE_NOUN_AFTER.match(self.text, claim.end)
        if found is None and noun is not None:
            return "up" if noun.group(1) else "down"  # 以431B、4%的周降幅退居第十
        if found is None and earlier and _LIST_GAP.fullmatch(window) and earlier[-1].kind == claim.kind:
            # 分别周降9%、8%: the second figure of a list takes the first one's verb.
            return self.direction(earlier[-1])
        if found is None and earlier and self.roles.get(self.claims.index(earlier[-1])) == "prev":
            # "fell from 364B to 464B": the verb stands before the from-figure.
            before = self.text[self.clause_start(claim) : earlier[-1].start]
            found = direction_word(before[last_week_word(before):])
        return found

    # ---- verification --------------------------------------------------------------------------
