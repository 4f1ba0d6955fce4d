"""Rules for events and the calendar: event figures, dates and versions, days between events, weeks
named by their place in a year or month, and the week a past reference names."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from ...facts import Fact
from ...figures import Claim
from ...findings import ProblemKind, Source
from ...models import Entity, EntityKind
from ..reading import SentenceReader
from ...numbers import Figure, cn_to_int
from ..text import is_heading_line
from .outcome import ROLE_LABELS, Outcome, is_within, label_words, near_bound, same_dimension

_NEAR = 8
_DATE_JOIN = re.compile(r"\s*+(?:至|到|、|和|与|及|-|–|～|~)\s*+")
_LEFT_AFTER_CUT = re.compile(r"(?:降价|下调|降|减)[^，。；]{0,6}后")
_RATIO_WORD = re.compile(r"是|为|相当于|的\s*+(?:近|约|逾)?\s*+$")
_EVENT_MORE_LESS = re.compile(r"比[^，。；]{1,30}?(?:(多出?|高出?|大)|(少|低|小))了?\s*+(?:约|近)?\s*+$")
_EVENT_APART = re.compile(r"(?:相差|差距为?|差了|之差为?)\s*+(?:约|近)?\s*+$")
_SUM_WORD = re.compile(r"合计|总计|共计|加起来|两者共|一共")
_DAY = re.compile(r"^(?:(\d{4})[年/\-.])?(?:(\d{1,2})[月/\-.])?(\d{1,2})[日号]?$")


def written_date(year: int | None, month: int, day: int, near: dt.date) -> dt.date:
    """The date a text writes, its year (where it writes none) the one that puts it nearest the
    week: 12月28日 in a report of 2026-01-04 is 2025-12-28. Raises ValueError for no such day."""
    if year is not None:
        return dt.date(year, month, day)
    candidates = []
    for y in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError(f"no day {month}-{day}")
    return min(candidates, key=lambda d: abs((d - near).days))


def event_verb(event: Fact) -> str | None:
    """The action an event's title opens with (发布, 开源, 下调), as editors title events."""
    match = _TITLE_VERB.match(event.name)
    return match.group() if match else None


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


_OF_YEAR = re.compile(r"(?:新年|今年|本年|年内|开年|\d{4}年)\s*+$")
_OF_MONTH = re.compile(r"(?:本月|这个月|\d{1,2}月|[一二三四五六七八九十]+月)(?:的)?\s*+$")
_ON_BOARD = re.compile(r"(?:上榜|入榜|登榜|在榜)(?:的)?\s*+$")
_WITHIN = re.compile(r"\s*+(?:里|内|之内|间|之间|当中)")
_ANNOUNCED_AFTER = re.compile(r"[^。；;\n]{0,12}?(?:宣布|发布|公布|推出|开源|上线|官宣)")
_FROM_DAY = re.compile(r"\s*+(?:起|开始|生效|执行)")
_CLAUSE_AFTER = re.compile(r"[^，,。；;\n]{0,16}")
_TITLE_VERB = re.compile(r"^[\u4e00-\u9fff]{2}")
PLACE_RANGE = re.compile(r"\s*+名?\s*+(?:至|到|~|～|—|-)\s*+")
_UP_TO = re.compile(r"(?:截至|截止|截止到)\s*+$")
_WEEKS_LATER = re.compile(r"([一二两三四五六七八九\d])\s*+个?\s*+(?:周|星期)(?:之?后|过后)")
_WEEK_REFERENCE = re.compile(r"\s*+(?:的一周|那一?周|这一?周|当周|所在的?一?周|以来|起|至今|的榜单|那期|时)")


class EventRules(SentenceReader):
    """Rules for events and the calendar."""

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
                then = written_date(year, month or week.month, day, week)
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
                found.add(written_date(year, month, day, week))
            except ValueError:
                continue
        names = {m.entity.id for m in self.line_mentions}
        found |= {e.date for name in names for e in self.c.events_of.get(name, []) if e.date}
        return found

    def _past_week(self, claim: Claim) -> dt.date | None:
        """The earlier week a sentence places a claim in (4月11日那一周…, 5月16日以674B居首时, 两周前),
        or a table column's date header."""
        headed = self.header_week(claim)
        if headed is not None and headed < self.c.facts.week:
            return headed
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
                    week = self.c.relations.week_of(written_date(year, month, day, self.c.facts.week))
                except ValueError:
                    continue  # 13月5日 is no date: the date's own check says so
                if week is not None and (later := _WEEKS_LATER.search(self.text, other.end, claim.start)) is not None:
                    # 2月16日那一周以1.44万亿登顶，一周后冲到2.57万亿: that many weeks after the date's.
                    week += dt.timedelta(weeks=int(later.group(1)) if later.group(1).isdigit() else cn_to_int(later.group(1)) or 0)
                if week is not None and week < self.c.facts.week:
                    return week
        return None

    def _may_be_event_figure(self, claim: Claim, subjects: list[tuple[Entity, str | None]]) -> bool:
        """Event figures license a number in the events section, or elsewhere where no leaderboard
        metric is named (Qwen本周调用量为1.7B stays a board claim)."""
        if self.s.section == "boards":
            return False
        if self.s.section == "events":
            return True
        # Ring-2输入价格下调75%: a name with no board figures this week has only its events' figures.
        return not self.metric_words(claim) or bool(subjects) and not any(self.c.facts_for(e.id, None) for e, _ in subjects)

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
        return of({m.entity.id for m in self.line_mentions}) or of(self.names_under_heading())

    def names_under_heading(self) -> set[str]:
        """In the events section, the names with events of the lines above a line naming no one, back
        to and with the heading they stand under (#### 本周要闻：腾讯Hunyuan Voice over - 6月1日开源，…)."""
        line, named = self.s.line, set()
        for _ in range(8):
            if line == 0 or self.s.section != "events":
                return set()
            line -= 1
            start, end = self.p.line_starts[line], self.p.line_starts[line + 1]
            named |= {m.entity.id for m in self.all_mentions.between(start, end) if m.entity.id in self.c.events_of}
            if is_heading_line(self.p.original[start:end].strip()):
                return named
        return set()

    def verify_event_figure(self, claim: Claim, events: list[Fact]) -> Outcome | None:
        related = self.verify_event_relation(claim) if events else None
        if related is not None:
            return related
        if not events or not claim.values or claim.kind in ("rank", "top", "out", "points", "multiple", "streak", "places", "first"):
            return None
        figure = claim.values[0]
        figures = [f for e in events for f in self.c.event_figures.get(e.id, [])]
        named = self.labelled_figures(claim, [f for f in figures if same_dimension(claim, f)])
        if named:
            figures = named
        for fact in figures:
            # 提速幅度超过八成 of 76% is false: a bound written with the figure holds against it; an
            # event's figure is quoted, so 约98ms of 97ms is not the figure.
            bound = self.bound_near(claim)
            holds = is_within(fact.now.figure(), Figure(figure.value, figure.step), bound) if fact.now and bound in ("above", "below") \
                else bool(fact.now and fact.now.figure().agrees_with(figure))
            if holds and same_dimension(claim, fact):
                return Outcome(True, [fact.id])
        listed = "; ".join(f"{f.label} {f.now.text}" for f in figures if f.now) or "no figures"
        return Outcome(False, problem=(
            ProblemKind.event_figure,
            f"{claim.quote} is not a figure of {events[0].name} (its figures: {listed})",
            Source(fact=events[0].id, entity=events[0].name, metric="figures", value=listed),
        ))

    def verify_event_relation(self, claim: Claim) -> Outcome | None:
        """What the events' own figures make: a sum (两者合计8个), a ratio of two of them (参数规模
        是对方的近17倍), a part said in tenths (提速76%，幅度超过七成), or what a cut leaves (降价75%后
        只相当于原来的四分之一). None where no such words stand before the figure."""
        if not claim.values:
            return None
        before = self.text[self.clause_start(claim) : claim.start]
        # 开源Seed Vision，参数规模235B；其参数规模约为Hunyuan Voice的16.8倍: the line's events.
        names = {m.entity.id for m in self.line_mentions if m.start < self.s.end}
        figures = [f for e in {e.id: e for n in names for e in self.c.events_of.get(n, [])}.values()
                   for f in self.c.event_figures.get(e.id, []) if f.now is not None]
        written = claim.values[0].value
        bound = self.bound_near(claim)
        if claim.kind == "multiple" and claim.unit_word == "fraction" or claim.kind == "multiple" and "成" in claim.quote:
            percents = [f.now.value for f in figures if f.unit in ("percent",) and f.now is not None]
            if _LEFT_AFTER_CUT.search(before):
                percents = [100 - p for p in percents]  # 降价75%后的价格只相当于原来的四分之一
            wanted = Figure(100 * written, 100 * (claim.values[0].step or 0.1 * written))
            if any(near_bound(Figure(p, 0.0), wanted, bound) for p in percents):
                return Outcome(True, ["event/relation/part"])
            return None
        same = [f for f in figures if same_dimension(claim, f) or claim.kind == "multiple"]
        pairs = [(a.now.value, b.now.value) for a in same for b in same if a is not b and a.unit == b.unit  # type: ignore[union-attr]
                 and b.now is not None and b.now.value]
        if claim.kind == "multiple" and _RATIO_WORD.search(before):
            target = written if written >= 1 else 1 / written
            if any(abs(a / b - target) <= 0.06 * target + 0.05 or bound == "below" and target - 1 < a / b < target
                   for a, b in pairs):
                return Outcome(True, ["event/relation/ratio"])
            return None
        if _SUM_WORD.search(before) and claim.kind != "multiple":
            figure = Figure(written, claim.values[0].step)
            if any(Figure(a + b, 0.0).agrees_with(figure) for a, b in pairs):
                return Outcome(True, ["event/relation/sum"])
        said = _EVENT_MORE_LESS.search(before)
        apart = _EVENT_APART.search(before) is not None
        if (said is not None or apart) and claim.kind != "multiple":
            # 量化版本达5个，比同日开源的Aurora-1多出2个, 两款开源模型的参数相差163B: the gap between two
            # events' figures, the way 多/少 says.
            figure = Figure(written, claim.values[0].step)
            if any(Figure(abs(a - b) if said is None else a - b if said.group(1) else b - a, 0.0).agrees_with(figure) for a, b in pairs):
                return Outcome(True, ["event/relation/gap"])
        return None

    def labelled_figures(self, claim: Claim, figures: list[Fact]) -> list[Fact]:
        """The figures whose label words stand nearest the claim (延迟 … 97ms → 最低延迟).

        Only words that belong to one figure's label count, and only within a few characters of
        the claim; otherwise every figure of the event is a candidate.
        """
        words: dict[str, list[Fact]] = defaultdict(list)
        for fact in figures:
            for word in label_words(fact.label or ""):
                if fact not in words[word]:
                    words[word].append(fact)
        start, end = max(self.s.start, claim.start - _NEAR), min(self.s.end, claim.end + _NEAR)
        before, after = self.text[start : claim.start].lower(), self.text[claim.end : end].lower()
        after = re.split(r"[，,。；;]", after, maxsplit=1)[0]  # 下调75%，推理速度提升76%: the next clause's words are its own
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
        if claim.unit_word == "month":
            return self.verify_month(claim)
        year, month, day = claim.date or (None, 0, 0)
        events = self.events_in_scope(claim)
        week = self.c.facts.week
        index = self.claims.index(claim)
        before = self.claims[index - 1] if index else None
        if month is None and before is not None and before.kind == "date" and before.date and before.date[1] \
                and _DATE_JOIN.fullmatch(self.text, before.end, claim.start):
            year, month = before.date[0], before.date[1]  # 12月7日至21日, 11月16日、23日: the month written before
        ends = [c for c in (self.claims[index - 1] if index else None, self.claims[index + 1] if index + 1 < len(self.claims) else None)
                if c is not None and c.kind == "date"]
        if any(PLACE_RANGE.fullmatch(self.text, min(c.end, claim.end), max(c.start, claim.start)) for c in ends):
            # 在1月24日至1月29日间: an end of a span, which may be any event's date or the week's end.
            events = self.events_in_scope(None)
            try:
                written = written_date(year, month or week.month, day, week)
            except ValueError:
                written = None
            if written is not None and (any(e.date == written for e in events) or written == week):
                return Outcome(True, [f"week/{week}"])
        if month is not None and _WEEK_REFERENCE.match(self.text, claim.end):
            # 4月11日那一周, 5月16日以来: a week of the data's history, not an event.
            try:
                written = written_date(year, month, day, week)
                named = self.c.relations.week_of(written)
            except ValueError:
                named = None
            if named is not None and (named == written or not _UP_TO.search(self.text, max(0, claim.start - 3), claim.start)):
                return Outcome(True, [f"week/{named}"])  # 截至1月31日的一周 names the week by its last day
        if month is not None and year is None and self.s.section != "events" and not events:
            # 4月11日它还位居榜首, 较6月6日的37.3B: the very day an earlier week of the data ends
            # names that week, in a sentence about the boards and no event.
            try:
                named = self.c.relations.week_of(written_date(None, month, day, week))
            except ValueError:
                named = None
            if named is not None and named < week and named == written_date(None, month, day, week):
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
        # 7月5日开源Aurora-1: the action written after the date picks the event that did it.
        acted = [e for e in events if (verb := event_verb(e)) and verb in self._clause_after(claim)]
        events = acted or events
        candidates = {e.date: e for e in events if e.date}
        # A date among an event's own figures (自13日起生效) is that event's too, unless the words make it
        # the day of the news itself (于6月9日宣布, 6月9日，蚂蚁集团宣布…, 6月9日将价格下调).
        announced = (_ANNOUNCED_AFTER.match(self.text, claim.end) is not None or bool(acted)) \
            and not _FROM_DAY.match(self.text, claim.end)
        for event in [] if announced else events:
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

    def _clause_after(self, claim: Claim) -> str:
        """The words after a claim up to the end of its clause, a few at most; the next line and
        clause are their own (7月4日，蚂蚁集团再次下调 reads on past the comma after a date)."""
        start = claim.end + (self.text.startswith("，", claim.end) or self.text.startswith(",", claim.end))
        match = _CLAUSE_AFTER.match(self.text, start)
        return match.group() if match else ""

    def verify_month(self, claim: Claim) -> Outcome:
        """2025年11月中旬有记录以来, 去年十一月: a month the data holds a week or an event of."""
        year, month, _ = claim.date or (None, 0, 0)
        week = self.c.facts.week
        said = self.text[max(0, claim.start - 2) : claim.start]
        if said in ("去年", "今年"):
            year = week.year - (said == "去年")
        held = {s.week for snapshots in self.c.relations.snapshots.values() for s in snapshots}
        held |= {e.date for e in self.c.events if e.date} | {week}
        if any(d.month == month and (year is None or d.year == year) for d in held):
            return Outcome(True, [f"month/{year}-{month:02d}" if year else f"month/{month:02d}"])
        return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: the data holds no week or event of that month", None))

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
