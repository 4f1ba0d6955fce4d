"""Rules per claim kind: does a fact of the week license this figure, as the sentence reads it?

`ClaimVerifier` runs over one sentence once `reading.SentenceReader` has resolved its context:
values (tokens, shares, growth, speed, price, scores) against the subject's facts at the written
precision, or a value derived from them; ranks and top-N claims; multiples (翻倍); places moved;
streaks; first place; event figures, dates and versions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..facts import AMOUNTS, Fact, Metric, Value
from ..entities import Mention
from ..figures import Claim
from ..findings import ProblemKind, Source
from ..models import Entity, EntityKind
from ..numbers import Figure, cn_to_int
from ..vocabulary import COUNTRY_GROUP, METRIC_LABELS, country_of, direction_word, metric_word, metric_word_after, top_verb
from ..vocabulary import qualifier as bound_of
from .reading import SentenceReader
from .relations import COLUMNS as RELATION_COLUMNS
from .relations import Relations
from .relations import gaps, ratios, shares, sums


@dataclass
class Candidate:
    """A value a claim could be checked against."""

    fact: Fact
    role: str
    value: Value


@dataclass
class Outcome:
    ok: bool
    facts: list[str] = field(default_factory=list)
    problem: tuple[ProblemKind, str, Source | None] | None = None


ROLE_LABELS = {"now": "本周", "prev": "上周", "change": "变化"}



class ClaimVerifier(SentenceReader):
    """Verifies the claims of one sentence against the facts, once the reader has resolved them."""

    def run(self) -> list[tuple[Claim, Outcome | None]]:
        bound = {**self.bind_places_before_names(), **self.bind_respectively(), **self.bind_ranges()}
        results: list[tuple[Claim, Outcome | None]] = []
        for index, claim in enumerate(self.claims):
            role = self.role(claim, index)
            self.roles[index] = role
            outcome = self.verify(claim, role, bound)
            results.append((claim, outcome))
            if outcome is not None and outcome.ok and self.affinity is None:
                board = outcome.facts[0].split("/", 1)[0] if outcome.facts else None
                self.affinity = board if board in self.c.boards else None
        return results

    def verify(self, claim: Claim, role: str, bound: dict[int, list[Entity]]) -> Outcome | None:
        """The claim's outcome; None only for structure (a lone 第一名 heading)."""
        if self._structure(claim):
            return None
        if id(claim) in self.ranges:
            return self.verify_range(claim, role)
        outcome = self._verify(claim, role, bound)
        if outcome is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: nothing in the data states or counts this", None))
        return outcome

    def _verify(self, claim: Claim, role: str, bound: dict[int, list[Entity]]) -> Outcome | None:
        if claim.kind == "date":
            return self.verify_date(claim)
        if claim.kind == "version":
            return self.verify_version(claim, bound, role)
        if claim.kind == "inout":
            return self.verify_inout(claim)
        if claim.kind == "days":
            return self.verify_days(claim)
        if claim.kind == "week_ordinal":
            return self.verify_week_ordinal(claim, bound)
        if claim.kind == "listing":
            return self.verify_listing(claim, bound)
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
            readings = [lambda: self.verify_board_count(claim, bound), lambda: self.verify_event_count(claim)]
            if self.board_at(claim.start) is None:
                readings.reverse()
            counted = self.verify_listed_count(claim) or self.verify_range_count(claim) or self.verify_country_count(claim) or \
                self.verify_threshold(claim) or \
                readings[0]() or readings[1]() or self.verify_spelled_count(claim, self.events_in_scope(claim))
            if counted is not None or not claim.quote[0].isdigit():
                return counted
        if claim.kind == "top" and claim.values and (in_order := self.verify_top_list(claim, role)) is not None:
            return in_order
        subjects = self.subjects(claim, bound)
        outcomes = [self.verify_for(claim, role, entity, qualifier) for entity, qualifier in subjects]
        if outcomes and all(o.ok for o in outcomes):
            return Outcome(True, [f for o in outcomes for f in o.facts])
        if claim.kind in ("rank", "first") and self.is_place(claim):
            return self.verify_place(claim, role)
        related = self.verify_relation(claim, role) or self.verify_group(claim, role) or self.verify_threshold(claim)
        if related is not None:
            return related
        if claim.kind == "top" and not subjects and claim.values and (same := _UNCHANGED_AFTER.match(self.text, claim.end)):
            return self.verify_unchanged(claim, same.group(1))
        if claim.kind == "top" and not subjects and claim.values and _SET_AFTER.match(self.text, claim.end):
            # 前十合计, 前十中, 前三名单: the top N as a group, which the board must list.
            board = self.board_at(claim.start)
            listed = [self.c.listed_ranks.get(b, 0) for b in ([board] if board else list(self.c.boards))]
            if any(n >= claim.values[0].value for n in listed):
                return Outcome(True, [f"{board or 'board'}/top{int(claim.values[0].value)}"])
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

    def verify_board_count(self, claim: Claim, bound: dict[int, list[Entity]]) -> Outcome | None:
        """Counts a board answers: a company's seats (Google占据四席, xAI两款模型), the companies of
        its list (前十由六家公司瓜分), and the rows it lists (本周共九个模型上榜)."""
        board = self.board_at(claim.start)
        wanted = int(claim.values[0].value)
        subjects = [e for e, _ in self.subjects(claim, bound)]
        companies = [e for e in subjects if e.kind is EntityKind.company]
        seats = claim.quote.endswith(("席", "款")) or self.text[claim.end : claim.end + 4].startswith(("模型", "系统", "组合"))
        if companies and seats:
            places = [board] if board else self.c.boards_of_members(companies[0].id)
            for board_id in places:
                if board_id and self.c.members(companies[0].id, board_id):
                    return self.verify_company(claim, "now", companies[0], board_id)
        if board is None:
            return None
        after = self.text[claim.end : claim.end + 6]
        sentence = self.text[self.s.start : self.s.end]
        limit = self._limit(board)
        if after.startswith(("公司", "家公司", "企业", "厂商")) or claim.quote.endswith("家") and "公司" in after:
            orgs = self.c.orgs_within(board, limit)
            if wanted == len(orgs):
                return Outcome(True, [f"{board}/orgs/top{limit}"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}前{limit}来自{len(orgs)}家公司，不是{claim.quote}", None))
        if _LISTED_WORDS.search(sentence) and after.startswith(("模型", "系统", "组合", "个模型", "款模型")):
            listed = self.c.listed_ranks.get(board, 0)
            if wanted == listed:
                return Outcome(True, [f"{board}/listed"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}本周列出{listed}行，不是{claim.quote}", None))
        return None

    def _the_board(self, claim: Claim) -> str | None:
        """The board the line names, or the dataset's only board."""
        return self.board_at(claim.start) or (next(iter(self.c.boards)) if len(self.c.boards) == 1 else None)

    def _limit(self, board: str) -> int:
        """The top N the sentence speaks of (前十中), else the board's whole list."""
        size = self.c.boards[board].list_size
        top = _TOP_N.search(self.text[self.s.start : self.s.end])
        return (int(top.group(1)) if top.group(1).isdigit() else cn_to_int(top.group(1)) or size) if top else size

    def country_group(self, claim: Claim, board: str) -> tuple[str, str, list[str] | None] | None:
        """The group of rows a country word names next to the claim or before it in its sentence
        (五家中国公司, 国产模型合计…): its words, its country, and the rows' entities (None: a company
        in scope has no country on record)."""
        found = COUNTRY_GROUP.match(self.text, claim.end) or next(
            (m for m in COUNTRY_GROUP.finditer(self.text, self.s.start, claim.start)), None)
        if found is None:
            return None
        code = country_of(found)
        return found.group(), code, self.c.country_rows(board, code, self._limit(board))

    def verify_country_count(self, claim: Claim) -> Outcome | None:
        """前十中有五家中国公司, 五款来自中国公司的模型: the rows (or their companies) of that country."""
        board = self._the_board(claim)
        group = None
        if board is not None and (COUNTRY_GROUP.match(self.text, claim.end) or
                                  COUNTRY_GROUP.search(self.text[max(self.s.start, claim.start - 8) : claim.start])):
            group = self.country_group(claim, board)
        if group is None or board is None:
            return None
        words, code, rows = group
        label = self.c.boards[board].label
        wanted = int(claim.values[0].value)
        clause_before = self.text[self.clause_start(claim) : claim.start]
        if not clause_before.strip() or any(0 <= claim.start - m.end <= 2 for m in self.mentions):
            # A与B两款中国模型; …，两家中国公司合计: the names just before, said to be of that country.
            named = list(dict.fromkeys(m.entity.id for m in reversed(self.line_mentions)
                                       if m.end <= claim.start and self._is_subject(m.entity, board)))[:wanted]
            countries = [self.c.entities.by_id[self._company_of(e)].country if self._company_of(e) in self.c.entities.by_id else None
                         for e in named]
            if len(named) == wanted and all(c == code for c in countries):
                return Outcome(True, [f"{board}/country/{words}"])
            return None
        if rows is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}{words}: the data does not say where every company on {label} is based", None))
        counted = rows
        if claim.quote.endswith("家") or words.endswith(("公司", "厂商", "企业")) and not self.text.startswith(("款", "个"), claim.end - 1):
            counted = list(dict.fromkeys(self._company_of(e) for e in rows))
        if wanted == len(counted):
            return Outcome(True, [f"{board}/country/{words}"])
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{label}前{self._limit(board)}中有{len(counted)}{claim.quote[-1]}{words}，不是{claim.quote}", None))

    def verify_inout(self, claim: Claim) -> Outcome | None:
        """两进两出: how many rows came into the list the line speaks of, and how many left it."""
        board = self.board_at(claim.start)
        if board is None:
            return None
        came, left = self.c.entries_exits(board, self._limit(board))
        if [int(v.value) for v in claim.values] == [len(came), len(left)]:
            return Outcome(True, [f"{board}/entries-exits"])
        return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}前{self._limit(board)}本周{len(came)}进{len(left)}出，不是{claim.quote}", None))

    def verify_days(self, claim: Claim) -> Outcome | None:
        """仅隔五天, 三天后的5月7日: days between two dates the sentence writes or two events of the
        names it speaks of; else a figure of an event (限时两天)."""
        days = self._dates_around(claim)
        wanted = int(claim.values[0].value) if claim.values else -1
        if self.text[max(self.s.start, claim.start - 1) : claim.start] == "第":
            # 本周第一天: the day the week's N-th day is, among the sentence's dates.
            first = self.c.facts.week - dt.timedelta(days=6)
            if first + dt.timedelta(days=wanted - 1) in days:
                return Outcome(True, [f"days/{first + dt.timedelta(days=wanted - 1)}"])
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: the week's day {wanted} is "
                                           f"{first + dt.timedelta(days=wanted - 1)}, not a date of this sentence", None))
        index = self.claims.index(claim)
        after = self.claims[index + 1] if index + 1 < len(self.claims) else None
        if after is not None and after.kind == "date" and after.date and after.start - claim.end <= 8:
            # 两天后的1月26日, 又过了两天，1月29日: counted from the week's event before it.
            year, month, day = after.date
            week = self.c.facts.week
            try:
                then = dt.date(year or week.year, month or week.month, day)
            except ValueError:
                then = None
            earlier = [e.date for e in self.c.events if e.date and then is not None and e.date < then]
            if earlier and then is not None and then - dt.timedelta(days=wanted) == max(earlier):
                return Outcome(True, [f"days/{then}"])  # from the week's event just before it
        gaps = sorted({abs((a - b).days) for a in days for b in days if a != b})
        if _WITHIN.match(self.text, claim.end):
            # 五天里冒出六条新闻: the span of the week's events.
            dated = [e.date for e in self.c.events if e.date]
            gaps += [(max(dated) - min(dated)).days] if dated else []
        if wanted in gaps:
            return Outcome(True, [f"days/{wanted}"])
        for event in self.events_in_scope(claim):
            for figure in self.c.event_figures.get(event.id, []):
                if figure.now is not None and "天" in figure.now.text and int(figure.now.value) == wanted:
                    return Outcome(True, [figure.id])  # 限时两天: a span the event itself states
        if len(days) >= 2:
            spans = "、".join(str(g) for g in gaps)
            return Outcome(False, problem=(ProblemKind.wrong_value, f"{claim.quote}: the dates here are {spans} days apart", None))
        return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: no two dates here to count the days between", None))

    def verify_listing(self, claim: Claim, bound: dict[int, list[Entity]]) -> Outcome | None:
        """首次上榜 (never listed in the weeks before), 重回榜单 (listed before, not last week)."""
        back = bool(_RETURN.search(claim.quote))
        board = self.board_at(claim.start)
        subjects = self.subjects(claim, bound) + [(e, None) for e in self.alternatives(claim, bound)]
        for entity, _ in subjects:
            for board_id in [board] if board in self.c.boards_of.get(entity.id, []) else self.c.boards_of.get(entity.id, []):
                ranks = self.c.relations.ranks(board_id, entity.id)
                if not ranks or ranks[0] is None:
                    continue
                listed_before = any(r is not None for r in ranks[1:])
                if back and ranks[1:2] == [None] and listed_before or not back and not listed_before and len(ranks) > 1:
                    return Outcome(True, [f"{board_id}/{entity.id}/listing"])
        if not subjects:
            return None
        name = subjects[0][0].name
        return Outcome(False, problem=(ProblemKind.top_n, f"{name}: the weeks the data holds do not show {'a return to' if back else 'a first time on'} the list", None))

    def verify_week_ordinal(self, claim: Claim, bound: dict[int, list[Entity]]) -> Outcome | None:
        """新年第二周 (the week's place in its year or month), 上榜第二周 (how many weeks in a row the
        name has been on its board)."""
        n = int(claim.values[0].value) if claim.values else 0
        week = self.c.facts.week
        before = self.text[max(self.s.start, claim.start - 6) : claim.start]
        if _OF_YEAR.search(before) or _OF_MONTH.search(before):
            day = week.timetuple().tm_yday if _OF_YEAR.search(before) else week.day
            held = (day - 1) // 7 + 1
            if held == n:
                return Outcome(True, [f"week/{week}"])
            return Outcome(False, problem=(ProblemKind.wrong_week, f"{claim.quote}: the week ending {week} is week {held}", None))
        board = self.board_at(claim.start)
        if _ON_BOARD.search(before):
            for entity, _ in self.subjects(claim, bound):
                for board_id in [board] if board else self.c.boards_of.get(entity.id, []):
                    ranks = self.c.relations.ranks(board_id, entity.id)
                    run = next((i for i, r in enumerate(ranks) if r is None), len(ranks))
                    if run == n and run < len(ranks):
                        return Outcome(True, [f"{board_id}/{entity.id}/listed{run}"])
        return None

    def _dates_around(self, claim: Claim) -> set[dt.date]:
        """The days the claim's sentence writes (5月7日, 自13日起), and the dates of the events of the
        names it mentions."""
        week = self.c.facts.week
        found: set[dt.date] = set()
        month = week.month
        for other in self.claims:
            if other.kind != "date" or not other.date or other.unit_word == "weekday":
                continue
            year, named_month, day = other.date
            month = named_month or month
            try:
                found.add(dt.date(year or week.year, month, day))
            except ValueError:
                continue
        names = {m.entity.id for m in self.line_mentions}
        found |= {e.date for name in names for e in self.c.events_of.get(name, []) if e.date}
        return found

    def _company_of(self, entity_id: str) -> str:
        entity = self.c.entities.by_id.get(entity_id)
        return (entity.maker if entity and entity.maker else None) or entity_id

    def _verb_window(self, claim: Claim) -> str:
        """The words right before 前N where a verb says in or out: four characters, or a few English words."""
        start = self.clause_start(claim)
        window = self.text[max(start, claim.start - 4) : claim.start]
        if window.strip()[-1:].isascii():
            window = self.text[max(start, claim.start - 18) : claim.start]
        return window

    def verify_company(self, claim: Claim, role: str, company: Entity, board: str) -> Outcome:
        """A company's models on a board: how many are listed (四席, 两款), whether they hold the top
        places (包揽前三), their places (分别排在第1和第5), and what they add up to (合计1601B)."""
        week = 1 if role == "prev" else 0
        size = self.c.boards[board].list_size
        members = self.c.members(company.id, board)
        ranks = sorted(int(v.value) for f in members if (v := f.prev if week else f.now) is not None and v.value <= size)
        fact_id = f"{board}/company/{company.id}"
        sentence = self.text[self.s.start : self.s.end]
        top = _TOP_IN.search(sentence)
        limit = (int(top.group(1)) if top.group(1).isdigit() else cn_to_int(top.group(1)) or size) if top else size
        within = [r for r in ranks if r <= limit]
        label = self.c.boards[board].label
        holds = f"{company.name_zh or company.name}在{label}前{size}中有{len(ranks)}席（第{'、'.join(map(str, ranks)) or '—'}名）"
        if claim.kind == "count":
            allowed = {len(within), len(ranks)}
            if _OTHER_BEFORE.search(self.text[max(self.s.start, claim.start - 3) : claim.start]):
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
            elif claim.kind == "out" or verb == "exit" or _NONE_IN.search(sentence):
                held = not any(r <= n for r in ranks)
            else:
                held = any(r <= n for r in ranks)
            if held:
                return Outcome(True, [fact_id])
            return Outcome(False, problem=(ProblemKind.top_n, f"{holds}，与{claim.quote}不符", None))
        if claim.kind == "rank":
            if int(claim.values[0].value) in ranks:
                return Outcome(True, [fact_id])
            return Outcome(False, problem=(ProblemKind.wrong_entity, f"{holds}，没有{claim.quote}", None))
        if claim.kind == "first":
            if 1 in ranks:
                return Outcome(True, [fact_id])
            return Outcome(False, problem=(ProblemKind.top_n, f"{holds}，没有第一名", None))
        related = self.verify_relation(claim, role, extra=[f.entity for f in members if f.entity])
        if related is not None:
            return related
        own = self.value_of(board, company.id, "tokens", week) if claim.kind == "amount" else None
        if own is not None and _within(own, Figure(abs(claim.values[0].value), claim.values[0].step), None):
            return Outcome(True, [f"{fact_id}/tokens"])  # Anthropic两款模型（1044B）: its models' sum
        return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: {company.name} is not on {label}; the checker cannot tell which of its models this is", None))

    def verify_group(self, claim: Claim, role: str) -> Outcome | None:
        """A group's total, last week's total and the change between them, where the sentence adds
        up (前十合计4064B，较上周4384.2B减320.2B，-7.3%; 前三…合计3126B，份额53.4%，较上周54.7%降1.3个百分点):
        the names listed before the sum, else the top N the sentence names."""
        sentence_before = self.text[self.s.start : claim.start]
        if not claim.values or not _RELATION_WORDS["sum"].search(sentence_before):
            return None
        relations = self.c.relations
        board = self.board_at(claim.start)
        named = [m.entity.id for m in self.mentions if m.start < claim.start and m.start not in self.qualified
                 and self._is_subject(m.entity, None)]
        names = list(dict.fromkeys(named))
        boards = [board] if board else list(dict.fromkeys(b for e in names for b in self.c.boards_of.get(e, []))) or list(self.c.boards)
        figure = Figure(abs(claim.values[0].value), claim.values[0].step)
        bound = bound_of(self.text[max(self.s.start, claim.start - 16) : claim.start], self.text[claim.end : claim.end + 2])
        for board_id in boards:
            for column in ("tokens", "share", "requests"):
                pair = []
                for week in (0, 1):
                    if len(names) >= 2:
                        values = [relations.value(board_id, e, column, week) for e in names]
                        pair.append(sums([v for v in values if v])[-1] if all(values) else None)
                    else:
                        totals = relations.totals(board_id, column, week, self._totals_named())
                        if totals and self._totals_named():
                            pair.append(totals[-1].figure)
                        else:
                            # 调用量合计5470B，较上周的5333B增加137B: the whole board, Others included.
                            pair.append(totals[0].figure if totals and len(names) < 2 and not names else None)
                now, prev = pair
                candidates: list[Figure] = []
                if claim.kind == "amount" and column != "share" or claim.kind == "percent" and column == "share":
                    candidates += [f for f in ((prev,) if role == "prev" else (now,)) if f is not None]
                went = self.direction(claim)
                if now is not None and prev is not None and (went, now.value < prev.value) not in (("up", True), ("down", False)):
                    # 较上周减少约1740亿 for a total that grew: the words contradict the data.
                    if claim.kind == "amount" and column != "share" or claim.kind == "points" and column == "share":
                        candidates.append(Figure(abs(now.value - prev.value), now.step + prev.step))
                    if claim.kind == "percent" and column != "share" and prev.value:
                        candidates.append(Figure(abs(100 * (now.value / prev.value - 1)), 100 * (now.step + prev.step) / prev.value))
                if any(_within(c, figure, bound) for c in candidates):
                    return Outcome(True, [f"relation/{board_id}/{column}/group"])
        return None

    def _past_week(self, claim: Claim) -> dt.date | None:
        """The earlier week a sentence places a claim in (4月11日那一周…, 5月16日以674B居首时, 两周前)."""
        for other in self.claims:
            if other.kind == "weeks_ago" and other.end <= claim.start and other.values:
                weeks = sorted({s.week for snaps in self.c.relations.snapshots.values() for s in snaps}, reverse=True)
                n = int(other.values[0].value)
                if n < len(weeks):
                    return weeks[n]
            if other.kind == "date" and other.end <= claim.start and other.date and other.unit_word != "weekday":
                year, month, day = other.date
                if month is None:
                    continue
                try:
                    week = self.c.relations.week_of(dt.date(year or self.c.facts.week.year, month, day))
                except ValueError:
                    continue  # 13月5日 is no date: the date's own check says so
                if week is not None and week < self.c.facts.week:
                    return week
        return None

    def verify_relation(self, claim: Claim, role: str, extra: list[str] | None = None) -> Outcome | None:
        """A value derived from the rows of the entities the line names, where its words say how:
        a sum (合计, 共), a gap (领先, 差距, 仅差), a ratio (是…的N倍), a share of a total (占前十…),
        or a value of an earlier week (4月11日…, 此前, 一度)."""
        relations = self.c.relations
        if not claim.values or claim.kind not in _RELATION_KINDS:
            return None
        before = self.text[max(self.s.start, self.clause_start(claim) - 12, claim.start - 40) : claim.start]
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        after = self.text[claim.end : min(claim.end + 8, clause_end)]
        around = before + " " + after
        # Words that end right before the figure (差, 共) are looked for in `before` alone.
        words = {kind for kind, pattern in _RELATION_WORDS.items() if pattern.search(around) or pattern.search(before)}
        if self.s.start < claim.start and any(c.kind == "date" and c.end <= claim.start for c in self.claims):
            words.add("history")
        if not words:
            return None
        figure = Figure(abs(claim.values[0].value), claim.values[0].step)
        bound = bound_of(before[-16:], after[:2])
        metrics = (self.metric_words(claim) | self._written_metric(claim)) if claim.kind == "multiple" else self.metrics_for(claim)
        columns: list[str] = [m.value for m in metrics if m.value in RELATION_COLUMNS]
        if claim.kind == "percent" and "share" in words and self._stated_totals(claim):
            # 按前十合计4243B计，其份额约11.6%: a share worked out from the amounts.
            columns += [c for c in ("tokens", "requests") if c not in columns]
        named = [m for m in self.line_mentions
                 if m.start < self.s.end and self._is_subject(m.entity, None) and m.start not in self.qualified]
        names = list(dict.fromkeys([*(m.entity.id for m in named), *(extra or [])]))
        board = self._the_board(claim)
        boards: list[str] = [board] if board else list(dict.fromkeys(b for e in names for b in self.c.boards_of.get(e, [])))
        for board_id, column, week in self._relation_weeks(boards, columns, names, role):
            values = [v for e in names if (v := relations.value(board_id, e, column, week)) is not None]
            values += self._ranked_values(claim, board_id, column, week)
            group = self.country_group(claim, board_id) if {"sum", "share"} & words else None
            members = [v for e in (group[2] or []) if (v := relations.value(board_id, e, column, week))] if group else []
            if claim.kind == "multiple" and claim.unit_word == "fraction" and "share" in words and column in _ADDITIVE:
                # 占前十总量的近一半, 约占三分之一: the named rows' (or a country's rows') part of a total.
                listed = [v for e in (extra or self._named_before(claim, named)) if (v := relations.value(board_id, e, column, week))]
                parts = ([sums(listed)[-1]] if len(listed) >= 2 else listed[-1:]) + ([sums(members)[-1]] if members else [])
                totals = [d.figure for d in relations.totals(board_id, column, week, self._totals_named())]
                if any(_fraction_holds(part.value / whole.value, claim.values[0].value, bound)
                       for part in parts for whole in totals if whole.value):
                    return Outcome(True, [f"relation/{board_id}/{column}/part"])
            if claim.kind == "multiple":
                # A是B的N倍: the subject over the name nearest before 的N倍; 仅为榜首的三分之一 the
                # same ratio the other way round.
                target = claim.values[0].value
                if claim.unit_word == "fraction" and "share" in words:
                    continue  # 约占前十总量的一半 is a part of a total, checked above, not a ratio of two rows
                if 0 < target < 1:
                    target = 1 / target
                tolerance = 0.06 if _ESTIMATE.search(before) else 0.03
                side = _ratio_bound(before[-8:]) or ("above" if _MORE_AFTER.match(self.text, claim.end) else None)
                if claim.values[0].value < 1 and side in ("above", "below"):
                    side = {"above": "below", "below": "above"}[side]  # 不到榜首的五分之一: more than five times over
                if "ratio" in words and any(abs(r - target) <= tolerance * target + 0.05 or side == "above" and r > target
                                            or side == "below" and r < target
                                            for pair in self._ratio_pairs(claim, named, board_id, column, week)
                                            for r in ratios(list(pair))):
                    return Outcome(True, [f"relation/{board_id}/{column}/ratio"])
                continue
            totals = [d.figure for d in relations.totals(board_id, column, week, self._totals_named())] if column in _ADDITIVE else []
            before_names = extra or self._named_before(claim, named)
            if not before_names and _ONE_PRONOUN.search(self.text, self.s.start, claim.start):
                # 其份额约11.6%: the pronoun stands for one of the names just before the sentence.
                before_names = list(dict.fromkeys(m.entity.id for m in reversed(named) if m.start < self.s.start))[:3]
            listed = [v for e in before_names if (v := relations.value(board_id, e, column, week))]
            # Like with like: a gap or sum of amounts is an amount, of percentages a percentage
            # (or points); a percentage of amounts is a share of their total or a relative change.
            same = _CLAIM_COLUMNS.get(claim.kind, set())
            candidates: list[Figure] = []
            top_sum = _TOP_SUM.search(before) is not None  # 前十合计约…: this week's top N, not the names'
            if top_sum and week != (1 if role == "prev" else 0):
                continue
            if column in same:
                if "sum" in words and len(listed) >= 2 and column in _ADDITIVE and not top_sum:
                    candidates.append(sums(listed)[-1])
                if "sum" in words:
                    candidates += totals
                lead = _LEAD.search(before[-8:])
                here = [m.entity.id for m in named if self.s.start <= m.start < claim.start]
                subject = relations.value(board_id, here[0], column, week) if here else None
                others = [v for e in here[1:] if (v := relations.value(board_id, e, column, week)) is not None]
                if "gap" in words and lead and subject is not None and len(others) == 1:
                    # 上周还落后4分, 领先第二名185B: the sentence's subject is ahead or behind.
                    ahead = lead.group(1) is not None
                    gap = subject.value - others[0].value
                    if (gap > 0) == ahead and gap != 0:
                        candidates.append(Figure(abs(gap), subject.step + others[0].step))
                    elif _within(Figure(abs(gap), subject.step + others[0].step), figure, bound):
                        return Outcome(False, problem=(ProblemKind.direction, f"{claim.quote}: "
                                       f"{self.c.entities.by_id[here[0]].name if here[0] in self.c.entities.by_id else here[0]} is "
                                       f"{'behind' if ahead else 'ahead'} by {abs(gap):g}, not {'ahead' if ahead else 'behind'}", None))
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
                            if _within(Figure(gap_now, this[0].step + this[1].step), figure, bound) and \
                                    (gap_now > gap_was) != (size == "wider") and gap_now != gap_was:
                                return Outcome(False, problem=(ProblemKind.direction, f"{claim.quote}: the gap went "
                                               f"{gap_was:g} → {gap_now:g}, it {'narrowed' if gap_now < gap_was else 'widened'}", None))
                    candidates += gaps(values)
                    for entity in names if len(values) < 2 else ():
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
                    for n in self._totals_named() or ():
                        # 前六名之间的差距: the first place's value over the N-th's.
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
            if claim.kind == "percent" and column in ("tokens", "requests"):
                if "share" in words:
                    candidates += shares(listed[-1:], totals) + (shares([sums(listed)[-1]], totals) if len(listed) >= 2 else [])
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
                    candidates.append(sums(members)[-1])
                if claim.kind in ("percent", "fraction", "cheng") and column in ("tokens", "requests"):
                    candidates += shares([sums(members)[-1]], totals)
            if any(_near_bound(c, figure, bound) for c in candidates):
                return Outcome(True, [f"relation/{board_id}/{column}"])
        return None

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
        return Figure(sum(f.value for f in found), sum(f.step for f in found))

    def _stated_totals(self, claim: Claim) -> list[Figure]:
        """Totals the sentence writes before the claim (前九合计4.22T, 按前十合计4243B计)."""
        if claim.quote.endswith("成"):
            return []  # 逾五成 is too loose to tell one name's share from another's
        return [c.values[0] for c in self.claims if c.kind == "amount" and c.values and c.end <= claim.start
                and claim.start - c.end <= 12 and _SUM_STATED.search(self.text[max(self.s.start, c.start - 6) : c.start])]

    def _relation_weeks(self, boards: list[str], columns: list[str], names: list[str], role: str) -> list[tuple[str, str, int]]:
        """(board, column, week) to derive from: last week's for a figure about last week, and also
        last week's where the names have no row this week (两者上周…，合计105B after both left)."""
        out = []
        for board in boards:
            for column in columns:
                if role == "prev":
                    out.append((board, column, 1))
                    continue
                out.append((board, column, 0))
                if any(self.c.relations.value(board, e, column, 0) is None and self.c.relations.value(board, e, column, 1)
                       for e in names):
                    out.append((board, column, 1))
        return out

    def _totals_named(self) -> set[int] | None:
        """The top-N groups the sentence speaks of (前十合计, 前三): their totals, and no others."""
        found = {int(n) if n.isdigit() else (cn_to_int(n) or 0) for n in _TOP_N.findall(self.text[self.s.start : self.s.end])}
        return found or None

    def _named_before(self, claim: Claim, named: list[Mention]) -> list[str]:
        """Entities named in the sentence before the claim, in order, each once: what a sum adds up;
        for 两家合计 / 二者共 with no name in the sentence, the last two named on the line before."""
        here = list(dict.fromkeys(m.entity.id for m in named if self.s.start <= m.start < claim.start))
        counted = _GROUP_COUNT.search(self.text[self.s.start : claim.start])
        n = (cn_to_int(counted.group(1)) or 0) if counted else 0
        if len(here) >= n:
            return here
        # 两家合计 with one of the two named in this sentence: the rest are the names just before it.
        earlier = [e for e in dict.fromkeys(m.entity.id for m in reversed(named) if m.start < self.s.start) if e not in here]
        missing = n - len(here)
        return list(reversed(earlier[:missing])) + here if len(earlier) >= missing else []

    def _ranked_values(self, claim: Claim, board: str, column: str, week: int) -> list[Figure]:
        """Values of the places the sentence names as rows (领先第2名166B, 是第10名的2.9倍, 榜首)."""
        out = []
        for other in self.claims:
            if other is claim or other.kind not in ("rank", "first") or not other.values:
                continue
            if other.kind == "rank" and not _RANK_AS_ROW.match(self.text, other.end) and not self.is_place(other):
                continue
            value = self.c.relations.at_rank(board, column, week, rank=int(other.values[0].value))
            if value is not None:
                out.append(value)
        return out

    def is_place(self, claim: Claim) -> bool:
        """A place named as the object of a comparison, not a rank of the subject: 领先第2名166B,
        仅为榜首的三分之一, 与榜首只差0.42个百分点, 榜首的速度是它的2.6倍."""
        before = self.text[max(self.s.start, claim.start - 8) : claim.start]
        if _PLACE_OBJECT.search(before) and not _NAME_AFTER.match(self.text, claim.end):
            return True
        if claim.kind == "rank" and self.place_range(claim) is not None:
            return True
        clause = self.text[self.clause_start(claim) : claim.start]
        return claim.kind == "first" and _PLACE_SUBJECT.fullmatch(clause) is not None and \
            (self.text.startswith("的", claim.end) or bool(metric_word(self.text[claim.end : claim.end + 4])))

    def verify_unchanged(self, claim: Claim, what: str) -> Outcome:
        """前九名单与上周相同 (no row came or left), 前六名的排名均未变化 (every place kept)."""
        board = self.board_at(claim.start)
        n = int(claim.values[0].value)
        if board is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the sentence names no board", None))
        came, left = self.c.entries_exits(board, n)
        moved = [] if what.endswith("单") else [f.name for (b, _), facts in self.c.index.items() if b == board for f in facts
                                                if f.metric is Metric.rank and f.now is not None and f.now.value <= n
                                                and (f.prev is None or f.prev.value != f.now.value)]
        if not came and not left and not moved:
            return Outcome(True, [f"{board}/top{n}/unchanged"])
        changed = "、".join([self.c.entities.by_id[e].name if e in self.c.entities.by_id else e for e in came + left] + moved)
        return Outcome(False, problem=(ProblemKind.top_n, f"{self.c.boards[board].label}前{n}本周有变化（{changed}），不是{claim.quote}{what}未变", None))

    def verify_threshold(self, claim: Claim) -> Outcome | None:
        """本周有三组组合突破1000 tok/s, 没有任何组合突破1000 tok/s, 唯一超过一万亿tokens的模型: how
        many rows of the board cross the figure; both the count and the figure are checked by it."""
        board = self.board_at(claim.start)
        clause_start = self.clause_start(claim)
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        bound = next((c for c in self.claims if clause_start <= c.start < clause_end and c.kind in _THRESHOLD_KINDS and c.values
                      and _CROSS.search(self.text[max(clause_start, c.start - 3) : c.start])), None)
        if board is None or bound is None or (claim is not bound and claim.kind != "count"):
            return None
        if claim is bound:
            count = next((c for c in self.claims if clause_start <= c.start < bound.start and c.kind == "count" and c.values), None)
            none = _NONE_CROSS.search(self.text[clause_start : bound.start])
            only = _ONLY.search(self.text[clause_start : clause_end])
            if count is None and not none and not only:
                return None
            wanted = 0 if none else 1 if only and count is None else int(count.values[0].value)  # type: ignore[union-attr]
        else:
            wanted = int(claim.values[0].value)
        column = next((m.value for m in self.metrics_for(bound) if m.value in RELATION_COLUMNS), None)
        if column is None:
            return None
        below = bool(_CROSS_DOWN.search(self.text[max(clause_start, bound.start - 3) : bound.start]))
        line = bound.values[0].value
        crossing = [v for v in self.c.relations.listed_values(board, column) if (v.value < line if below else v.value > line)]
        if len(crossing) == wanted:
            return Outcome(True, [f"{board}/{column}/beyond{line:g}"])
        return Outcome(False, problem=(ProblemKind.wrong_value, f"{self.c.boards[board].label}本周有{len(crossing)}个上榜条目{'低于' if below else '超过'}{bound.quote}，不是{wanted}个", None))

    def verify_event_count(self, claim: Claim) -> Outcome | None:
        """本周六大发布, 五家公司共发布六项, 两家中国公司先后开源, 一周之内两度下调价格: counts of
        the week's events (of the kind the sentence names: 开源, 降价), of their companies, or of
        the events of the names it speaks of (两度, 两次)."""
        sentence = self.text[self.s.start : self.s.end]
        if self.s.section != "events" and not _EVENT_VERB.search(sentence) and not _EVENT_NOUN.match(self.text, claim.end):
            return None
        if _LAST_WEEK.search(self.text[self.s.start : claim.start]):
            return None  # 上周两次…: events of an earlier week, which the week's data does not hold
        unit = claim.quote[-1]
        if unit not in "家次度" and not _EVENT_NOUN.match(self.text, claim.end):
            return None  # 3个量化版本, 40余项基准评测: the event's own figures, not a count of events
        events = list(self.c.events)
        kind = _EVENT_KIND.search(sentence)
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
            if not first.values or not last.values or not _PLACE_RANGE.fullmatch(self.text, first.end, last.start):
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
                     and m.start not in self.qualified and self._is_subject(m.entity, board)}
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
        for pronoun in _ONE_PRONOUN.finditer(self.text, self.s.start, claim.start):
            before_it = [m.entity.id for m in named if m.end <= pronoun.start()]
            distinct = list(dict.fromkeys(reversed(before_it)))
            meant = distinct[1:2] if pronoun.group() == "前者" else distinct[:1]
            refs += [(pronoun.start(), v) for e in meant if (v := self.value_of(board, e, column, week)) is not None]
            if pronoun.group() in ("它", "其"):
                pronouns.add(pronoun.start())
        refs.sort(key=lambda r: r[0])
        if not refs or week == 0 and _LAST_WEEK.search(self.text, refs[-1][0], claim.start):
            return []  # 约为上周的3.2倍 is a change, not a ratio between two rows
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
        written = [c for i, c in enumerate(self.claims) if c.values and c.end <= claim.start and c.kind in _WRITTEN_KINDS.get(column, ())
                   and self.roles.get(i, "now") == wanted_role]
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
        return {kinds[before[-1].kind]} if before else {Metric.tokens}

    def _may_be_event_figure(self, claim: Claim, subjects: list[tuple[Entity, str | None]]) -> bool:
        """Event figures license a number in the events section, or elsewhere where no leaderboard
        metric is named (Qwen本周调用量为1.7B stays a board claim)."""
        if self.s.section == "boards":
            return False
        if self.s.section == "events":
            return True
        return not self.metric_words(claim)

    def verify_top_list(self, claim: Claim, role: str) -> Outcome | None:
        """前三：A、B、C, 前三名依次为A、B与C: the top N, named in order."""
        opened = _TOP_LIST.match(self.text, claim.end)
        board = self._the_board(claim)
        if opened is None or board is None:
            return None
        n = int(claim.values[0].value)
        names: list[Entity] = []
        for m in self.mentions:
            if m.start >= opened.end() and m.start not in self.qualified and self._is_subject(m.entity, board) \
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

    def verify_listed_count(self, claim: Claim) -> Outcome | None:
        """A、B、C三家, DeepSeek、Xiaomi…和MiniMax，一共五席: a count of the names its clause lists."""
        clause = self.clause_start(claim)
        listed = {m.entity.id for m in self.mentions if clause <= m.start < claim.start and m.start not in self.qualified}
        if len(listed) >= 2 and len(listed) == int(claim.values[0].value):
            return Outcome(True, [f"count/{len(listed)}"])
        if not self.text[clause : claim.start].strip() and _GROUP_COUNT.fullmatch(claim.quote) and \
                self._named_before(claim, [m for m in self.line_mentions if self._is_subject(m.entity, None)]):
            # …Anthropic则从17.8%升至18.1%，两家差距缩小到5.9个百分点: the names just before it.
            return Outcome(True, [f"count/{int(claim.values[0].value)}"])
        return None

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
            listed = "; ".join(f"{f.label} {f.now.text}" for f in counts if f.now)
            return Outcome(False, problem=(
                ProblemKind.event_figure, f"{claim.quote} is not a count of {events[0].name} (its counts: {listed})",
                Source(fact=events[0].id, entity=events[0].name, metric="figures", value=listed),
            ))
        named = {m.entity.id for m in self.mentions if m.start not in self.qualified and self.c.known(m.entity.id)
                 and not self._family(m, self.board_at(m.start))}
        if len(named) >= 2:
            if len(named) == int(wanted.value):
                return Outcome(True, [f"count/{len(named)}"])
            return Outcome(False, problem=(
                ProblemKind.wrong_value, f"the sentence names {len(named)} entities, not {claim.quote}", None,
            ))
        return None

    def _structure(self, claim: Claim) -> bool:
        """A lone rank word on its own line is a table heading (第一名), not a claim."""
        rest = self.text[self.s.start : self.s.end].strip()
        return claim.kind in ("rank", "top") and rest == claim.quote

    def verify_for(self, claim: Claim, role: str, entity: Entity, qualifier: str | None) -> Outcome:
        board, named = self.board_context(claim.start)
        if entity.kind is EntityKind.company:
            # Google占据前十中四席, Google四款模型合计1601B: a company on a board of models is its models there.
            own = self.c.boards_of.get(entity.id, [])
            models_named = _MODELS_OF.search(self.text[self.s.start : self.s.end])
            if own and board not in own and claim.kind not in ("count", "top", "out", "rank", "first") and not models_named:
                # 公司层面，Google的份额…: a company's own figures are on its own board.
                board, named = None, False
            places = [board] if board else ([] if own else self.c.boards_of_members(entity.id))
            for board_id in places:
                if (board_id, entity.id) not in self.c.index and self.c.members(entity.id, board_id):
                    return self.verify_company(claim, role, entity, board_id)
        if named and board and (board, entity.id) not in self.c.index:
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
        if claim.kind in ("top", "out"):
            return self.verify_top(claim, role, entity, facts)
        if claim.kind == "multiple":
            return self.verify_multiple(claim, entity, facts)
        if claim.kind == "streak":
            return self.verify_streak(claim, entity, facts)
        if claim.kind == "places":
            return self.verify_places(claim, entity, facts)
        if claim.kind == "first":
            return self.verify_first(claim, entity, facts)
        metrics = self.metrics_for(claim)
        preferred = self.metric_words(claim)
        candidates = sorted(self.candidates(claim, role, facts, metrics), key=lambda c: c.fact.metric not in preferred)
        if not candidates:
            kinds = "/".join(sorted(METRIC_LABELS[m.value] for m in metrics)) or "figure"
            return Outcome(False, problem=(ProblemKind.wrong_metric, f"{claim.quote}: the data has no {kinds} of {entity.name} this could be", None))
        figure = self.signed_figure(claim, role)
        if _GAP_BEFORE.search(self.text[max(self.s.start, claim.start - 8) : claim.start]):
            # 周增长率由+68%转为-42%，相差110个百分点: a gap is a size, whatever the direction.
            figure = figure + [Figure(-f.value, f.step) for f in figure]
        bound = bound_of(self.text[max(self.s.start, claim.start - 16) : claim.start], self.text[claim.end : claim.end + 2]) \
            if claim.kind not in ("rank", "streak") else None
        for cand in candidates:
            truth = cand.value.figure()
            if bound in ("above", "below") and not claim.signed:
                truth = Figure(abs(truth.value), truth.step)  # 降幅不到三成: a bound on the size of a fall
            if any(_within(truth, f, bound) for f in figure):
                direction = self.check_direction(claim, role, cand)
                if direction:
                    return direction
                return Outcome(True, [cand.fact.id])
        return self.explain(claim, role, entity, candidates, figure, metrics)

    def metrics_for(self, claim: Claim) -> set[Metric]:
        words = self.metric_words(claim)
        if claim.kind in ("rank",):
            return {Metric.requests_rank} if Metric.requests in words else {Metric.rank}
        if claim.kind == "amount":
            if Metric.requests in words or "次" in claim.quote or "request" in claim.quote:
                return {Metric.requests}
            return {Metric.tokens}
        if claim.kind == "speed":
            return {Metric.speed}
        if claim.kind == "price":
            return {Metric.price}
        if claim.kind in ("percent", "points"):
            allowed = {Metric.share, Metric.growth, Metric.score, Metric.tokens, Metric.requests, Metric.speed, Metric.price}
            chosen = (words & allowed) or allowed
            if Metric.growth in chosen or Metric.tokens in chosen:
                # The published growth is the relative change of the tokens: 上周暴涨136%.
                chosen = chosen | {Metric.tokens, Metric.growth}
            return chosen
        if claim.kind == "plain":
            # A bare number takes the metric its words name (调用量较上周变化0), else it is a score.
            return (words - {Metric.rank, Metric.requests_rank}) or {Metric.score}
        return set()

    def candidates(self, claim: Claim, role: str, facts: list[Fact], metrics: set[Metric]) -> list[Candidate]:
        """Values of the subject's facts that the claim, given its kind and role, may state.

        个百分点 is always a change of a percentage; a percentage of an amount, or any percentage
        said as a change (增长27%), is a relative change; ranks are never changes.
        """
        out: list[Candidate] = []
        for fact in facts:
            if fact.metric not in metrics:
                continue
            percent_metric = fact.metric in (Metric.share, Metric.growth) or (fact.metric is Metric.score and fact.unit == "%")
            if claim.kind == "points":
                if percent_metric and fact.change is not None:
                    out.append(Candidate(fact, "change", fact.change))
                continue
            if claim.kind == "percent" and fact.metric in AMOUNTS and role == "prev":
                continue  # last week's relative change is last week's growth, not a change we hold
            if claim.kind == "percent" and role == "change" and fact.metric is Metric.growth and fact.prev is not None and \
                    _LAST_WEEK.search(self.text[self.clause_start(claim) : claim.start]):
                out.append(Candidate(fact, "prev", fact.prev))  # 上周调用量暴涨136%: last week's growth
            elif claim.kind == "percent" and role == "change" and fact.metric is Metric.growth and fact.now is not None and \
                    Metric.growth not in self.metric_words(claim):
                out.append(Candidate(fact, "now", fact.now))  # 调用量增长79%: the week's published growth
            if claim.kind == "percent" and (role == "change" or fact.metric in AMOUNTS):
                if fact.rel_change is not None:
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
        return out

    def signed_figure(self, claim: Claim, role: str) -> list[Figure]:
        """The claim's value with the sign its words give it (下降52% is -52)."""
        figure = claim.values[0]
        if claim.signed or figure.value == 0:
            return [figure]
        if role == "change" or claim.kind == "points":
            if self.direction(claim) == "down":
                return [Figure(-figure.value, figure.step)]
        if claim.kind == "percent" and _DECLINE_NAME.search(self.text[self.clause_start(claim) : claim.start]):
            return [Figure(-figure.value, figure.step)]  # 跌幅52% is a growth of -52%
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
        size = word in ("wider", "narrower")
        if size:
            # 由-1%扩大至-3%: a size grew, whichever its sign.
            delta = abs(cand.fact.now.value) - abs(cand.fact.prev.value)
            word = "up" if word == "wider" else "down"
        if (word == "up" and delta < 0) or (word == "down" and delta > 0):
            label = METRIC_LABELS[cand.fact.metric.value]  # type: ignore[union-attr]
            moved = ("narrowed" if delta < 0 else "widened") if size else ("fell" if delta < 0 else "rose")
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

    def verify_top(self, claim: Claim, role: str, entity: Entity, facts: list[Fact]) -> Outcome:
        """前N, 闯入前N, 跌出前N, N名之外: what the rank says about the top N.

        An entity missing from a week's snapshot is only known to rank below what the snapshot
        lists: 跌出前十 cannot be verified against a source that lists nine.
        """
        rank_facts = [f for f in facts if f.metric is Metric.rank]
        if not rank_facts:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{entity.name} has no rank this week", None))
        n = int(claim.values[0].value) if claim.values else 0
        kind = "out" if claim.kind == "out" else top_verb(self._verb_window(claim)) or "in"
        before = self.text[max(self.clause_start(claim), claim.start - 8) : claim.start]
        if kind == "enter" and (_FIRST_TIME.search(before) or _RETURN.search(before)):
            # 首次进入 is a debut, 重回 a return: the weeks before last say which.
            returning = bool(_RETURN.search(before))
            for rank_fact in rank_facts:
                if self._top_holds(rank_fact, kind, n, role):
                    older = self.c.relations.ranks(rank_fact.board or "", entity.id)[2:]
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
            if self._top_holds(rank_fact, kind, n, role):
                return Outcome(True, [rank_fact.id])
        rank_fact = rank_facts[0]
        want = {"out": f"outside the top {n}", "enter": f"newly inside the top {n}",
                "exit": f"dropped out of the top {n}", "in": f"inside the top {n}"}[kind]
        where = f"{rank_fact.prev.text if rank_fact.prev else 'unlisted'} → {rank_fact.now.text if rank_fact.now else 'unlisted'}"
        board = rank_fact.board or ""
        covered = min(self.c.listed_ranks.get(board, 0), self.c.listed_ranks_prev.get(board, 0) or self.c.listed_ranks.get(board, 0))
        unknown = f" (the data lists only the top {covered})" if (rank_fact.now is None or rank_fact.prev is None) and n > covered else ""
        return Outcome(False, problem=(
            ProblemKind.unlicensed if unknown else ProblemKind.top_n,
            f"{entity.name} is not known to be {want}: its rank went {where}{unknown}",
            self.c.source(rank_fact, rank_fact.now, "now"),
        ))

    def _top_holds(self, fact: Fact, kind: str, n: int, role: str) -> bool:
        board = fact.board or ""
        now = fact.now.value if fact.now else None
        prev = fact.prev.value if fact.prev else None

        def below(value: float | None, listed: int) -> bool:
            # Unlisted means below the listed ranks: below the top n only if n is within them.
            return value > n if value is not None else n <= listed

        def within(value: float | None) -> bool:
            return value is not None and value <= n

        now_listed, prev_listed = self.c.listed_ranks.get(board, 0), self.c.listed_ranks_prev.get(board, 0)
        if kind == "out":
            return below(prev, prev_listed) if role == "prev" else below(now, now_listed)
        if kind == "enter":
            return within(now) and below(prev, prev_listed)
        if kind == "exit":
            return within(prev) and below(now, now_listed)
        return within(prev) if role == "prev" else within(now)

    def verify_multiple(self, claim: Claim, entity: Entity, facts: list[Fact]) -> Outcome:
        """翻倍, 翻两番, N倍: the ratio of this week's to last week's value (约3倍 is an estimate)."""
        metrics = self.metric_words(claim) or {Metric.tokens}
        if Metric.growth in metrics:
            metrics = metrics | {Metric.tokens}  # 增幅108%，翻了一倍多: the growth is of the tokens
        before = self.text[self.clause_start(claim) : claim.start]
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
        bound = _ratio_bound(before[-8:]) or ("above" if _MORE_AFTER.match(self.text, claim.end) else None)
        if claim.unit_word == "fraction" and _DECLINE_NAME.search(before[-8:]):
            # 降幅超过一半: what is left is less than half.
            targets = [1 - t for t in targets]
            bound = {"above": "below", "below": "above"}.get(bound or "", bound)
        about = bound == "about" or bool(_ESTIMATE.search(before))
        low, high = (0.85, 1.15) if about else (0.95, 1.3) if claim.unit_word != "fraction" else (0.9, 1.1)
        for fact in facts:
            if fact.metric in metrics and fact.ratio is not None:
                ratio = fact.ratio
                if bound == "above" and any(ratio > t for t in targets) or bound == "below" and any(ratio < t for t in targets) \
                        or bound not in ("above", "below") and any(low * t <= ratio < high * t for t in targets):
                    return Outcome(True, [fact.id])
                return Outcome(False, problem=(
                    ProblemKind.wrong_value,
                    f"{entity.name} {METRIC_LABELS[fact.metric.value]} went {fact.prev.text} → {fact.now.text} "  # type: ignore[union-attr]
                    f"(×{fact.ratio:.2f}), not {claim.quote}",
                    self.c.source(fact, fact.now, "now"),
                ))
        return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: no week-over-week figure for {entity.name}", None))

    def verify_first(self, claim: Claim, entity: Entity, facts: list[Fact]) -> Outcome:
        """榜首, 登顶, 请求量最高, 圆点最大: first place, on the metric the words name; 失去榜首: no longer."""
        words = metric_word(claim.quote) or (self.metric_words(claim) & {Metric.requests})
        metric = Metric.requests_rank if Metric.requests in words else Metric.rank
        ranks = [f for f in facts if f.metric is metric]
        if words - {Metric.requests}:
            ranks = [f for f in ranks if any(g.metric in words for g in self.c.index[(f.board or "", entity.id)])] or ranks
        lost = bool(_LOST.search(self.text[max(self.s.start, claim.start - 4) : claim.start]) or
                    _ENDED_RUN.search(self.text[self.clause_start(claim) : claim.start]))
        past = self._past_week(claim)
        if past is not None:
            # 4月11日那一周它还是榜首: first in an earlier week the sentence names.
            for board in dict.fromkeys(f.board for f in ranks if f.board):
                if self.c.relations.rank_on(board, entity.id, past) == 1:
                    return Outcome(True, [f"{board}/{entity.id}/rank@{past}"])
        before = self.text[max(self.s.start, claim.start - 6) : claim.start]
        debut, back = bool(_FIRST_TIME.search(before)), bool(_RETURN.search(before))
        for fact in ranks:
            now, prev = (int(v.value) if v else None for v in (fact.now, fact.prev))
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
            ProblemKind.top_n, f"{entity.name} is {'still' if lost else 'not'} first ({METRIC_LABELS[fact.metric.value]} {went}), not {claim.quote}",  # type: ignore[union-attr]
            self.c.source(fact, fact.now, "now"),
        ))

    def verify_places(self, claim: Claim, entity: Entity, facts: list[Fact]) -> Outcome:
        """上升五位, 下滑7位: places gained or lost, against the change of the rank."""
        rank = next((f for f in facts if f.metric is Metric.rank and f.change is not None), None)
        word = direction_word(self.text[max(self.s.start, claim.start - 6) : claim.start].replace("前进", "升").replace("后退", "降"))
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

    def verify_streak(self, claim: Claim, entity: Entity, facts: list[Fact]) -> Outcome:
        """连续3周增长, 连续五周位居榜首, 连续四周排在第4, 结束了连续四周的下滑: the run of weeks,
        in either direction or at a place, over every week the data holds."""
        wanted = int(claim.values[0].value)
        clause_end = next((e for s, e in self.s.clauses if s <= claim.start <= e), self.s.end)
        after = self.text[claim.end : clause_end]
        before = self.text[self.clause_start(claim) : claim.start]
        ended = bool(_STREAK_ENDED.search(before) or _STREAK_BEFORE.match(after) or _STREAK_EARLIER.search(before))
        condition = _streak_condition(after, before)
        if condition is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the words do not say what went on for {claim.quote}", None))
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
            columns: list[str] = named or [str(metric)]
            if "tokens" in columns and "growth" not in columns:
                columns = columns + ["growth"]
            for column in columns:
                # 周增长率连续3周下降: the rate itself fell; 调用量连续3周下降: the growth was negative.
                as_sign = column == "growth" and "growth" not in named
                length, whole = _streak_length(self.c.relations, board_id, entity.id, column, condition, 1 if ended else 0, as_sign)
                if ended and _streak_length(self.c.relations, board_id, entity.id, column, condition, 0, as_sign)[0] > 0:
                    length = -1  # 结束了连续四周的…: a run that goes on this week has not ended
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

    # ---- events, dates, versions ---------------------------------------------------------------

    def events_in_scope(self, claim: Claim | None = None) -> list[Fact]:
        """Events a figure may belong to: those of the nearest name before it in its sentence
        (DeepSeek于1.27…，MiniMax于1.29… pairs each date with its own event), else of any name
        in the sentence, else of any name on the line."""
        def of(names: set[str]) -> list[Fact]:
            found = [e for name in sorted(names) for e in self.c.events_of.get(name, [])]
            return list({e.id: e for e in found}.values())

        if claim is not None:
            before = [m for m in self.mentions if m.end <= claim.start and m.entity.id in self.c.events_of]
            if before:
                return of({before[-1].entity.id})
            here = of({m.entity.id for m in self.mentions})
            if here:
                return here
        return of({m.entity.id for m in self.line_mentions})

    def verify_event_figure(self, claim: Claim, events: list[Fact]) -> Outcome | None:
        if not events or not claim.values or claim.kind in ("rank", "top", "out", "points", "multiple", "streak", "places", "first"):
            return None
        figure = claim.values[0]
        figures = [f for e in events for f in self.c.event_figures.get(e.id, [])]
        named = self.labelled_figures(claim, [f for f in figures if _same_dimension(claim, f)])
        if named:
            figures = named
        for fact in figures:
            if fact.now and fact.now.figure().agrees_with(figure) and _same_dimension(claim, fact):
                return Outcome(True, [fact.id])
        listed = "; ".join(f"{f.label} {f.now.text}" for f in figures if f.now) or "no figures"
        return Outcome(False, problem=(
            ProblemKind.event_figure,
            f"{claim.quote} is not a figure of {events[0].name} (its figures: {listed})",
            Source(fact=events[0].id, entity=events[0].name, metric="figures", value=listed),
        ))

    def labelled_figures(self, claim: Claim, figures: list[Fact]) -> list[Fact]:
        """The figures whose label words stand nearest the claim (延迟 … 97ms → 最低延迟).

        Only words that belong to one figure's label count, and only within a few characters of
        the claim; otherwise every figure of the event is a candidate.
        """
        words: dict[str, list[Fact]] = defaultdict(list)
        for fact in figures:
            for word in _label_words(fact.label or ""):
                if fact not in words[word]:
                    words[word].append(fact)
        start, end = max(self.s.start, claim.start - _NEAR), min(self.s.end, claim.end + _NEAR)
        before, after = self.text[start : claim.start].lower(), self.text[claim.end : end].lower()
        best: tuple[int, list[Fact]] = (_NEAR + 1, [])
        for word, owners in words.items():
            if len(owners) != 1:
                continue
            distances = [len(before) - before.rfind(word) - len(word)] if word in before else []
            distances += [after.find(word)] if word in after else []
            for distance in distances:
                if distance < best[0]:
                    best = (distance, owners)
                elif distance == best[0] and owners[0] not in best[1]:
                    best = (distance, best[1] + owners)
        return best[1]

    def verify_weekday(self, claim: Claim) -> Outcome:
        """周六, 星期二: the weekday of the event in question, or of a day of the week."""
        wanted = int(claim.values[0].value)
        events = [e for e in self.events_in_scope(claim) if e.date]
        days = [e.date for e in events if e.date] or [self.c.facts.week - dt.timedelta(days=d) for d in range(7)]
        match = next((d for d in days if d.weekday() == wanted), None)
        if match is not None:
            fact = next((e for e in events if e.date == match), None)
            return Outcome(True, [fact.id] if fact else [f"week/{self.c.facts.week}"])
        event = events[0]
        return Outcome(False, problem=(
            ProblemKind.event_date,
            f"{event.name} happened on {event.date} (周{'一二三四五六日'[event.date.weekday()]}), not {claim.quote}",  # type: ignore[union-attr]
            Source(fact=event.id, entity=event.name, metric="date", value=str(event.date)),
        ))

    def verify_date(self, claim: Claim) -> Outcome | None:
        if claim.unit_word == "weekday":
            return self.verify_weekday(claim)
        year, month, day = claim.date or (None, 0, 0)
        events = self.events_in_scope(claim)
        week = self.c.facts.week
        index = self.claims.index(claim)
        ends = [c for c in (self.claims[index - 1] if index else None, self.claims[index + 1] if index + 1 < len(self.claims) else None)
                if c is not None and c.kind == "date"]
        if any(_PLACE_RANGE.fullmatch(self.text, min(c.end, claim.end), max(c.start, claim.start)) for c in ends):
            # 在1月24日至1月29日间: an end of a span, which may be any event's date or the week's end.
            events = self.events_in_scope(None)
            try:
                written = dt.date(year or week.year, month or week.month, day)
            except ValueError:
                written = None
            if written is not None and (any(e.date == written for e in events) or written == week):
                return Outcome(True, [f"week/{week}"])
        if month is not None and _WEEK_REFERENCE.match(self.text, claim.end):
            # 4月11日那一周, 5月16日以来: a week of the data's history, not an event.
            try:
                named = self.c.relations.week_of(dt.date(year or week.year, month, day))
            except ValueError:
                named = None
            if named is not None:
                return Outcome(True, [f"week/{named}"])
        if month is not None and year is None and self.s.section != "events" and not events:
            # 4月11日它还位居榜首, 较6月6日的37.3B: the very day an earlier week of the data ends
            # names that week, in a sentence about the boards and no event.
            try:
                named = self.c.relations.week_of(dt.date(week.year, month, day))
            except ValueError:
                named = None
            if named is not None and named < week and named == dt.date(week.year, month, day):
                return Outcome(True, [f"week/{named}"])
        # Who the date is about: the nearest company or product named before it (字节于1.24日发布…).
        actor = next((m.entity for m in reversed(self.mentions) if m.end <= claim.start
                      and m.entity.kind in (EntityKind.company, EntityKind.product, EntityKind.model)
                      and m.entity.id not in self.c.platform_ids), None)
        if actor is not None and events and not any(actor.id == e.entity or actor.id in e.others for e in events):
            event = events[0]
            owner = self.c.entities.by_id.get(event.entity or "")
            return Outcome(False, problem=(
                ProblemKind.wrong_entity,
                f"{event.name} is {owner.name_zh or owner.name if owner else event.entity}'s event, not {actor.name_zh or actor.name}'s",
                Source(fact=event.id, entity=event.name, metric="organisation", value=str(event.entity)),
            ))
        if actor is not None and not events and actor.kind is EntityKind.company:
            # A company with no event this week: the date can only be the week's own.
            allowed = [week, week - dt.timedelta(days=6), week + dt.timedelta(days=1)]
            if not any(d.day == day and (month is None or d.month == month) for d in allowed):
                return Outcome(False, problem=(
                    ProblemKind.event_date,
                    f"{claim.quote}: the data has no event of {actor.name_zh or actor.name} this week", None,
                ))
        candidates = {e.date: e for e in events if e.date}
        # A date among an event's own figures (自13日起生效) is that event's too.
        for event in events:
            for figure in self.c.event_figures.get(event.id, []):
                stated = _figure_date(figure, event)
                if stated is not None:
                    candidates.setdefault(stated, figure)
        allowed = [] if events else [week, week - dt.timedelta(days=6), week + dt.timedelta(days=1)]
        if not events and year is None and month is not None:
            # A date with no event named nearby may be any event's; a full date stands for the week.
            allowed += [e.date for e in self.c.events if e.date]
        for date in list(candidates) + allowed:
            if date.day == day and (month is None or date.month == month) and (year is None or year == date.year):
                fact = candidates.get(date)
                return Outcome(True, [fact.id] if fact else [f"week/{week}"])
        if events:
            event = events[0]
            return Outcome(False, problem=(
                ProblemKind.event_date,
                f"{event.name} happened on {event.date:%m.%d} ({event.date}), not {claim.quote}",
                Source(fact=event.id, entity=event.name, metric="date", value=str(event.date)),
            ))
        return Outcome(False, problem=(ProblemKind.event_date, f"{claim.quote} is neither this week ({week}) nor the date of an event", None))

    def verify_version(self, claim: Claim, bound: dict[int, list[Entity]], role: str) -> Outcome | None:
        """'更新v3.1': a version label checked against the row's version, where the data has one."""
        subjects = self.subjects(claim, bound)
        label = "version_prev=" if role == "prev" else "version="
        for entity, _ in subjects:
            for fact in self.c.facts_for(entity.id, self.board_at(claim.start)):
                versions = [s.split("=", 1)[1] for s in fact.status if s.startswith(label)]
                if versions:
                    if claim.quote.lower() in (v.lower() for v in versions):
                        return Outcome(True, [fact.id])
                    return Outcome(False, problem=(
                        ProblemKind.wrong_value,
                        f"{entity.name} is version {versions[0]} {ROLE_LABELS[role if role == 'prev' else 'now']}, not {claim.quote}",
                        self.c.source(fact, fact.now, "now"),
                    ))
        return None


_NEAR = 8
_LOST = re.compile(r"失去|痛失|丢失|失掉|交出|让出|丢掉|失守|跌下|告别")



_RELATION_KINDS = {"amount", "percent", "points", "plain", "speed", "price", "multiple"}
_RELATION_WORDS = {
    "sum": re.compile(r"合计|共计|总计|总和|加起来|之和|相加|累计|一共|两者共|二者共|共(?=\s*(?:约|计|有|达|\d|[一二两三四五六七八九]))|共\s*(?:约|近|逾|达)?\s*$|总量|总调用量"),
    "gap": re.compile(r"领先|差距|相差|仅差|之差|差值|差了|多出|高出|低出|少了|多了|优势|拉开|落后|超出|差\s*$|^\s*之差|[多少高低快慢贵]\s*(?:约|近|逾|了|出)?\s*$|便宜\s*(?:约|了)?\s*$"),
    "ratio": re.compile(r"的\s*$|是|为|相当于"),
    "share": re.compile(r"占|份额|成$|比重"),
    "threshold": re.compile(r"门槛|最后一名|末位|入围线|垫底"),
    "history": re.compile(r"此前|曾|一度|还以|那一周|之前|周前|以来|峰值|高点|最高|起|当时|彼时|上上周|两周前"),
}
_STREAK_ENDED = re.compile(r"结束|终结|中断|打破|止住|告别")
_STREAK_BEFORE = re.compile(r"[^，。；]*?之后")
_STREAK_EARLIER = re.compile(r"(?:此前|之前|上周前)(?:已)?\s*$")
_STREAK_UP = re.compile(r"正增长|增长|上涨|上升|走高|攀升|增加|提升|回升|扩大")
_STREAK_DOWN = re.compile(r"负增长|下滑|下降|下跌|减少|萎缩|失血|走低|回落|缩水|下挫|收缩")
_STREAK_FIRST = re.compile(r"榜首|居首|第一|登顶|领跑|头名|夺冠|称王|第1(?!\d)|霸榜|领先|统治|称霸|头把交椅|王座|卫冕")
_STREAK_LAST = re.compile(r"垫底|末位|最后一名|倒数第一")
_STREAK_PLACE = re.compile(r"(?:排在|位列|位居|稳居|排名|停在|保持)?\s*第\s*(\d+|[一二两三四五六七八九十]+)")
_STREAK_TOP = re.compile(r"前\s*(\d+|[一二三四五六七八九十]+)")
_STREAK_LISTED = re.compile(r"上榜|在榜|榜上|入榜|在列")
_STREAK_SAME = re.compile(r"停留|持平|不变|未变|原地")


_DAY = re.compile(r"^(?:(\d{4})[年/\-.])?(?:(\d{1,2})[月/\-.])?(\d{1,2})[日号]?$")


def _figure_date(figure: Fact, event: Fact) -> dt.date | None:
    """The date an event figure states ('13日', '1月13日', '2026-01-13'), in the event's month."""
    if figure.now is None or event.date is None:
        return None
    match = _DAY.match(figure.now.text.strip())
    if not match or figure.unit not in ("", "date", "count", "amount") and "日" not in figure.now.text:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        return dt.date(year or event.date.year, month or event.date.month, day or 1)
    except ValueError:
        return None


def _streak_condition(after: str, before: str) -> tuple[str, int] | None:
    """What the run is of: ('up'|'down'|'same'|'first'|'place'|'top'|'listed', n)."""
    for text in (after, before):
        if _STREAK_DOWN.search(text):
            return ("down", 0)
        if _STREAK_UP.search(text):
            return ("up", 0)
        if _STREAK_SAME.search(text):
            return ("same", 0)
        if _STREAK_FIRST.search(text):
            return ("place", 1)
        if _STREAK_LAST.search(text):
            return ("last", 0)
        place = _STREAK_PLACE.search(text)
        if place:
            n = place.group(1)
            return ("place", int(n) if n.isdigit() else (cn_to_int(n) or 0))
        top = _STREAK_TOP.search(text)
        if top:
            n = top.group(1)
            return ("top", int(n) if n.isdigit() else (cn_to_int(n) or 0))
        if _STREAK_LISTED.search(text):
            return ("listed", 0)
    return None


def _streak_length(relations: "Relations", board: str, entity: str, column: str, condition: tuple[str, int],
                   offset: int, as_sign: bool = False) -> tuple[int, bool]:
    """How many weeks in a row, ending `offset` weeks ago, the condition held; and whether the run
    reaches the first week the data holds (so it may be longer)."""
    kind, n = condition
    if kind in ("place", "top", "listed", "last"):
        ranks = relations.ranks(board, entity)[offset:]
        lasts = relations.last_ranks(board)[offset:]
        length = 0
        for rank, last in zip(ranks, lasts):
            held = rank is not None and (rank == n if kind == "place" else rank <= n if kind == "top"
                                         else rank == last if kind == "last" else True)
            if not held:
                return length, False
            length += 1
        return length, True
    weeks = len(relations.snapshots.get(board, []))
    values = [relations.value(board, entity, column, i) for i in range(offset, weeks)]
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


_GROUP_COUNT = re.compile(r"([两二三四五])(?:家|者|款|个|位)")
_RANK_AS_ROW = re.compile(r"\s*名?\s*(?:的|之|[（(]|[A-Za-z\u4e00-\u9fff])")
# A place as the object of a comparison, and a place as the subject (榜首的速度…).
# Pronouns that stand for one name (二者, 两者 stand for a pair).
_ONE_PRONOUN = re.compile(r"前者|后者|它|其(?!中|他|余|实|后)")
_WRITTEN_KINDS = {"tokens": ("amount",), "requests": ("amount",), "speed": ("speed",), "price": ("price",), "score": ("plain",)}
_LAST_WEEK = re.compile(r"上一?周|前一周|last week")
_BRACKET_OF = re.compile(r"\s*[）)]\s*的\s*(?:约|近|逾|超过|不到|接近|大约)?\s*")
_UNCHANGED_AFTER = re.compile(r"\s*名?\s*(?:的)?\s*(名单|单|排名|座次|格局)?\s*(?:均|都|全部|完全|仍|依旧)?\s*(?:与上周|和上周|同上周)?\s*(?:完全|均|都)?\s*(?:相同|一致|不变|未变|没有变化|未发生变化|没变|未有变化)")
# 结束了连续四周的榜首之旅: a run at the top that ended this week.
_ENDED_RUN = re.compile(r"(?:结束|终结|告别|中断)了?[^，。；]{0,10}的?$")
_THRESHOLD_KINDS = ("amount", "speed", "price", "percent", "plain")
_CROSS = re.compile(r"(?:突破|超过|高于|逾|跌破|低于|不足|不到)\s*(?:了)?\s*$")
_CROSS_DOWN = re.compile(r"(?:跌破|低于|不足|不到)\s*(?:了)?\s*$")
_NONE_CROSS = re.compile(r"没有任何|没有一|无一|均未|都未|没有")
_ONLY = re.compile(r"唯一|仅有一|只有一|一[个款组家](?!以上)")
_SUM_STATED = re.compile(r"(?:合计|总计|共计|总量|总和)\s*(?:约|近|逾|达|为)?\s*$")
_OF_YEAR = re.compile(r"(?:新年|今年|本年|年内|开年|\d{4}年)\s*$")
_OF_MONTH = re.compile(r"(?:本月|这个月|\d{1,2}月|[一二三四五六七八九十]+月)(?:的)?\s*$")
_ON_BOARD = re.compile(r"(?:上榜|入榜|登榜|在榜)(?:的)?\s*$")
_WITHIN = re.compile(r"\s*(?:里|内|之内|间|之间|当中)")
# Who is ahead in a gap: 领先/高出/多出 (the subject), 落后/低于/少 (the other).
_LEAD = re.compile(r"(?:(领先|高出|多出|超出|高|多|快|贵)|(落后|低于|低出|少|慢|便宜|不及))\s*(?:了|约|近|逾|达|仅|只)?\s*$")
_MORE_AFTER = re.compile(r"多|有余|以上")
_TOP_LIST = re.compile(r"\s*名?\s*(?:依次为|依次是|分别为|分别是|为|是|：|:)\s*")
_OTHER_BEFORE = re.compile(r"(?:另外|另|其余|其他|其它)\s*$")
_EVENT_VERB = re.compile(r"发布|开源|推出|上线|降价|下调|新品|更新")
_EVENT_NOUN = re.compile(r"\s*(?:重要|重磅|主要)?\s*(?:发布|新品|模型或产品|产品|事件|动作|消息|新闻|动态|新模型|开源)")
_EVENT_KINDS = {"开源": ("开源",), "降价": ("降价", "下调"), "下调": ("降价", "下调"), "上线": ("上线",)}
_EVENT_KIND = re.compile("|".join(_EVENT_KINDS))
_LIST_INTRO = re.compile(r"\s*名?\s*(?:之间)?\s*[^，。；]{0,12}?(?:：|:|——|—)")
_PLACE_RANGE = re.compile(r"\s*名?\s*(?:至|到|~|～|—|-)\s*")
_MOVE_FROM = re.compile(r"[从由]\s*$")
_PLACE_OBJECT = re.compile(r"(?:超过|超越|反超|压过|力压|领先|落后于?|不敌|击败|取代|挤下|挤掉|与|和|同|比|对|距离?|"
                           r"仅次于|逊于|低于|高于|不及|追近|逼近|是|为|不到|不足|相当于|只有)\s*(?:本周|上周|当周)?\s*$")
_NAME_AFTER = re.compile(r"\s*名?\s*(?:的\s*)?[A-Za-z\u4e00-\u9fff](?<![的之间仅只差相约近达零一二两三四五六七八九十])")
_PLACE_SUBJECT = re.compile(r"\s*(?:本周|上周|如今|目前|而|但)?\s*")
_SET_AFTER = re.compile(r"\s*(?:名)?\s*(?:单)?\s*(?:家|款|个)?\s*(?:模型|公司|系统)?\s*(?:调用量|份额)?\s*(?:合计|总计|共计|总量|总和|中|里|之中|当中|内|名单|门槛|的|排名|格局|依次|分别|为|是|之间|：|:)")
_WEEK_REFERENCE = re.compile(r"\s*(?:那一?周|这一?周|当周|所在的?一?周|以来|起|至今|的榜单|那期|时)")
_GAP_BEFORE = re.compile(r"相差|差距|差了|之差|摆动|差值|落差")
_ADDITIVE = {"tokens", "requests", "share"}
_CLAIM_COLUMNS = {"amount": {"tokens", "requests"}, "percent": {"share", "growth", "score"}, "points": {"share", "growth", "score"},
                  "speed": {"speed"}, "price": {"price"}, "plain": {"score", "speed", "price"}}
_FIRST_TIME = re.compile(r"首次|首度|第一次|初次|新晋|新进")
_RETURN = re.compile(r"重回|重返|回到|再度|再次|重新")
_MODELS_OF = re.compile(r"[款席]|旗下|模型|系列")
_LISTED_WORDS = re.compile(r"上榜|列出|入榜|在榜|榜单只|名单")
_TOP_N = re.compile(r"前\s*(\d+|[一二三四五六七八九十]+)")
_TOP_SUM = re.compile(r"前\s*(?:\d+|[一二三四五六七八九十]+)\s*名?\s*(?:合计|总计|共计|总量|总和)\s*(?:约|近|逾|达|为)?\s*$")
_TOP_IN = re.compile(r"前\s*(\d+|[一二三四五六七八九十]+)\s*(?:名)?\s*(?:中|里|之中|内|当中)")
_SWEEP = re.compile(r"包揽|独揽|垄断|霸占")
_NONE_IN = re.compile(r"没有一席|无一|一席未|未有")
_QUOTED = re.compile(r"「[^」]+」|“[^”]+”|『[^』]+』")
_GROWTH_VERB = re.compile(r"增长了?|增加了?|上涨了?|提升了?|上升了?|暴涨了?|激增了?|飙升了?|增幅达?")
_BOUND_WORDS = {"超过": "above", "超": "above", "逾": "above", "高于": "above", "多于": "above", "不足": "below",
                "不到": "below", "低于": "below", "少于": "below", "约": "about", "近": "about", "接近": "about", "将近": "about"}


def _ratio_bound(window: str) -> str | None:
    """above, below or about: a bound word shortly before a ratio (不足上周的一半, 超过一倍)."""
    found = [(window.rfind(w), kind) for w, kind in _BOUND_WORDS.items() if w in window]
    return max(found)[1] if found else None


_ESTIMATE = re.compile(r"约|近|大约|将近|接近|左右|about|around|nearly|roughly")
_DECLINE_NAME = re.compile(r"(?:降幅|跌幅|下降幅度|下跌幅度)[^，,；;。]*$")
APPROXIMATELY = 0.06


def _fraction_holds(actual: float, written: float, bound: str | None) -> bool:
    """一半, 三分之一 as a part of a whole: within five points, either side the bound allows."""
    if bound == "above":
        return written <= actual <= written + 0.1
    if bound == "below":
        return written - 0.1 <= actual <= written
    return abs(actual - written) <= 0.05


def _near_bound(truth: Figure, written: Figure, bound: str | None) -> bool:
    """A derived figure against a bound: a writer who says 逾五成 of a relation means 50–60%, not 63%
    (with many relations to choose from, an open bound would hold for one of them by chance)."""
    band = max(written.step, 0.1 * abs(written.value))
    if bound == "above":
        return written.value <= truth.value < written.value + band or truth.agrees_with(written)
    if bound == "below":
        return written.value - band < truth.value < written.value
    return _within(truth, written, bound)


def _within(truth: Figure, written: Figure, bound: str | None) -> bool:
    """The written figure holds for the true one: equal at its precision, or as a bound or estimate."""
    if bound == "above":
        return truth.value > written.value or truth.agrees_with(written)
    if bound == "below":
        return truth.value < written.value
    if bound == "about":
        return truth.agrees_with(written) or abs(truth.value - written.value) <= APPROXIMATELY * abs(written.value)
    return truth.agrees_with(written)



def _label_words(label: str) -> set[str]:
    """Two-character Chinese words and Latin words of a figure label."""
    words = {label[i : i + 2] for i in range(len(label) - 1) if all("\u4e00" <= ch <= "\u9fff" for ch in label[i : i + 2])}
    return words | {w.lower() for w in re.findall(r"[A-Za-z]{3,}", label)}


_DIMENSIONS = {"duration": "time", "percent": "percent", "points": "percent", "price": "price", "speed": "speed", "count": "count"}


def _same_dimension(claim: Claim, fact: Fact) -> bool:
    """A figure in seconds cannot match one in tokens, even when the digits agree."""
    return _DIMENSIONS.get(claim.kind, "amount") == _DIMENSIONS.get(fact.unit, "amount")
