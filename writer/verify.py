"""Verifying prose against the week's facts: every figure, for the right entity, metric and week.

`Checker` is built once per week from the facts; `Checker.check(text)` reads the text with
`claims.prepare` and decides, claim by claim, whether a fact licenses it:

- the subject is the entity the clause speaks about (the nearest name before the figure, a list
  bound by 分别, or the names that follow when none precede);
- the metric comes from the unit (B, %, tok/s, $) and the words around it (占比, 增长率, 得分);
- the role comes from the sentence (从X…至Y: X is last week, Y this week; 上周/本周; 提升N个百分点);
- the value must agree at the precision it is written with, or be derived from those values.

A figure that exists in the data for another entity, metric or week is reported as such.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .claims import Cell, Claim, Prepared, prepare
from .entities import Entities, alias_key
from .facts import AMOUNTS, Fact, FactKind, Facts, Metric, Value
from .findings import CheckResult, Problem, ProblemKind, Source, Verified
from .entities import Mention
from .models import Board, Entity, EntityKind
from .numbers import Figure, cn_to_int
from .reading import SentenceReader, Spans
from .wording import METRIC_LABELS, direction_word, metric_word, top_verb
from .wording import qualifier as bound_of

__all__ = ["Checker", "CheckResult", "Problem", "ProblemKind", "Source", "Verified"]

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


class Checker:
    """Checks texts against one week's facts."""

    def __init__(self, facts: Facts, entities: Entities, boards: list[Board], files: dict[str, str] | None = None) -> None:
        self.facts = facts
        self.entities = entities
        self.boards = {b.id: b for b in boards}
        self.files = files or {}
        self.board_names = Entities(
            Entity(id=b.id, name=b.title, kind=EntityKind.other, aliases=[*b.keywords, b.label]) for b in boards
        )
        self.index: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        self.boards_of: dict[str, list[str]] = defaultdict(list)
        self.events: list[Fact] = []
        self.events_of: dict[str, list[Fact]] = defaultdict(list)
        platforms = {alias_key(b.source) for b in boards}
        self.platform_ids = {e.id for e in entities.by_id.values() if alias_key(e.name) in platforms}
        self._skeletons: dict[str, dict[str, str]] | None = None
        self.listed_ranks: dict[str, int] = defaultdict(int)
        self.listed_ranks_prev: dict[str, int] = defaultdict(int)
        self.event_figures: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts.facts:
            if fact.metric is Metric.rank and fact.board and fact.now:
                self.listed_ranks[fact.board] = max(self.listed_ranks[fact.board], int(fact.now.value))
            if fact.metric is Metric.rank and fact.board and fact.prev:
                self.listed_ranks_prev[fact.board] = max(self.listed_ranks_prev[fact.board], int(fact.prev.value))
            if fact.kind in (FactKind.metric, FactKind.standing) and fact.board and fact.entity:
                self.index[(fact.board, fact.entity)].append(fact)
                if fact.board not in self.boards_of[fact.entity]:
                    self.boards_of[fact.entity].append(fact.board)
            elif fact.kind is FactKind.event:
                self.events.append(fact)
                for name in {fact.entity, *fact.others} - {None}:
                    self.events_of[name].append(fact)  # type: ignore[index]
            elif fact.kind is FactKind.event_figure:
                self.event_figures[fact.id.rsplit("/", 1)[0]].append(fact)

    # ---- entry point -------------------------------------------------------------------------

    def check(self, text: str, file: str | None = None) -> CheckResult:
        """Verify every figure of a Markdown text."""
        prepared = prepare(text, self.entities, prefer=lambda e: self.known(e.id))
        result = CheckResult(week=self.facts.week, file=file)
        by_sentence: dict[int, list[Claim]] = defaultdict(list)
        for claim in prepared.claims:
            by_sentence[claim.sentence].append(claim)
        boards = self.board_names.find(prepared.masked)
        board_mentions = Spans(boards)
        # "OpenRouter整体模型调用量": a name inside a board's title is part of the title.
        covered = bytearray(len(prepared.masked))
        for board in boards:
            covered[board.start : board.end] = b"\x01" * (board.end - board.start)
        mentions = Spans([m for m in prepared.mentions if not covered[m.start]])
        for sentence in prepared.sentences:
            claims = by_sentence.get(sentence.index, [])
            if not claims:
                continue
            reader = ClaimVerifier(self, prepared, sentence, claims, mentions, board_mentions)
            for claim, outcome in reader.run():
                if outcome is None:
                    continue
                result.numbers += 1
                line, column = prepared.position(claim.start)
                if outcome.ok:
                    result.verified.append(Verified(line=line, column=column, quote=claim.quote, facts=outcome.facts))
                else:
                    kind, message, source = outcome.problem  # type: ignore[misc]
                    result.problems.append(Problem(line=line, column=column, quote=claim.quote, kind=kind, message=message, source=source))
        for problem in self.check_tables(prepared) + self.check_names(prepared, mentions.items):
            result.problems.append(problem)
        result.problems.sort(key=lambda p: (p.line, p.column))
        return result

    # ---- lookups -------------------------------------------------------------------------------

    def facts_for(self, entity: str, board: str | None) -> list[Fact]:
        """The facts of an entity, on the context board if it is there, else on every board."""
        if board and (board, entity) in self.index:
            return self.index[(board, entity)]
        return [f for b in self.boards_of.get(entity, []) for f in self.index[(b, entity)]]

    def known(self, entity: str) -> bool:
        return entity in self.boards_of or any(entity == e.entity or entity in e.others for e in self.events)

    def source(self, fact: Fact, value: Value | None, role: str) -> Source:
        return Source(
            fact=fact.id,
            entity=fact.name,
            metric=METRIC_LABELS.get(fact.metric.value if fact.metric else "", fact.label or ""),
            value=f"{ROLE_LABELS.get(role, role)} {value.text}" if value else "not listed",
            file=self.files.get(fact.board or ""),
        )

    def who_has(self, figure: Figure, kinds: set[Metric], exclude: str | None) -> str | None:
        """Where else the written figure appears in the data: 'Gemini 2.5 Flash 本周调用量'."""
        for fact in self.facts.facts:
            if fact.metric not in kinds or fact.kind not in (FactKind.metric, FactKind.standing):
                continue
            for role, value in (("now", fact.now), ("prev", fact.prev)):
                if value is not None and value.figure().agrees_with(figure) and not (fact.entity == exclude and role == "now"):
                    return f"{fact.name} {ROLE_LABELS[role]}{METRIC_LABELS[fact.metric.value]}"  # type: ignore[union-attr]
        return None

    def check_tables(self, prepared: Prepared) -> list[Problem]:
        """排行榜 tables: each top-3 cell must hold its column's rank on its row's board, and each
        leading-companies cell must list companies of that board's top rows, in rank order."""
        problems: list[Problem] = []
        for header, rows in prepared.tables:
            rank_columns = {i: cn_to_int(h.strip("第名位")) for i, h in enumerate(header) if h.startswith("第") and h.endswith(("名", "位"))}
            for cells in rows:
                found = self._name_in(self.board_names, cells[0].text) if cells else None
                if found is None:
                    continue
                board = found.id
                if "领先公司" in header and len(cells) > 1:
                    problems += self.check_leaders(board, cells[1])
                    continue
                for i, cell in enumerate(cells[1:], start=1):
                    expected = rank_columns.get(i)
                    if expected:
                        problems += self.check_rank_cell(board, expected, cell)
        return problems

    def check_names(self, prepared: Prepared, mentions: list[Mention]) -> list[Problem]:
        """A week's name with its number changed (K2.6 for K2.5, DeepSeek-OCR 3 for DeepSeek-OCR 2)
        is not a name in the data: a number inside a name is still a number."""
        ends = {m.end: m for m in mentions}
        covered = bytearray(len(prepared.masked))
        for m in mentions:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        problems = []
        starts = {m.start: m for m in mentions}
        for run in _NAME_RUN.finditer(prepared.masked):
            start, end = run.start(), run.end()
            if covered[start]:
                # "MiniMax Music 3.0": the company's name is known, what follows it is not.
                mention = starts.get(start)
                if mention is None or mention.end >= end:
                    continue
                start = mention.end + len(prepared.masked[mention.end : end]) - len(prepared.masked[mention.end : end].lstrip(" -"))
            if not any(ch.isdigit() for ch in prepared.masked[start:end]) or covered[start]:
                continue
            before = next((ends[e] for e in (start, start - 1, start - 2)
                           if e in ends and not prepared.masked[e:start].strip(" -")), None)
            for begin in ((before.start,) if before else ()) + (start,):
                candidate = prepared.masked[begin:end].strip()
                key = alias_key(candidate)
                known = self.skeletons().get(_skeleton(key))
                # Only a near miss of exactly one name is flagged: GPT-5.1 may be a model we do not track.
                if known and len(known) == 1 and key not in known:
                    line, column = prepared.position(begin)
                    names = "、".join(sorted(known.values()))
                    problems.append(Problem(line=line, column=column, quote=candidate, kind=ProblemKind.unlicensed,
                                            message=f"{candidate} is not a name in this week's data (it has {names})"))
                    break
        return problems

    def skeletons(self) -> dict[str, dict[str, str]]:
        """Names of this week's entities by their shape with digits blanked: k# → {k2.5: K2.5}."""
        if self._skeletons is None:
            ids = {f.entity for f in self.facts.facts if f.entity} | {o for f in self.facts.facts for o in f.others}
            found: dict[str, dict[str, str]] = defaultdict(dict)
            for entity_id in ids:
                entity = self.entities.by_id.get(entity_id)
                if entity is None:
                    continue
                for spelling in Entities.spellings(entity):
                    key = alias_key(spelling)
                    if any(ch.isdigit() for ch in key):
                        found[_skeleton(key)][key] = spelling
            self._skeletons = dict(found)
        return self._skeletons

    def _name_in(self, names: Entities, text: str) -> Entity | None:
        """The entity a table cell names: the whole cell as a spelling, else the first name in it."""
        entity = names.resolve(text)
        if entity is not None and not self.known(entity.id):
            entity = names.resolve(text, {EntityKind.model, EntityKind.system}) or entity
        if entity is None:
            mentions = names.find(text, prefer=lambda e: self.known(e.id))
            entity = mentions[0].entity if mentions else None
        return entity

    def check_rank_cell(self, board: str, expected: int, cell: Cell) -> list[Problem]:
        entity = self._name_in(self.entities, cell.text)
        holder = self.rank_holder(board, expected)
        label = self.boards[board].label
        if entity is None:
            return [Problem(line=cell.line + 1, column=cell.column, quote=cell.text, kind=ProblemKind.table,
                            message=f"{label} 第{expected}名 is {holder}; '{cell.text}' is not a name the data knows")]
        rows = [f for f in self.index.get((board, entity.id), []) if f.metric is Metric.rank and f.now]
        # "gpt-oss-120b（SambaNova）": a provider named in the cell picks that row.
        named = {m.entity.id for m in self.entities.find(cell.text)} - {entity.id}
        served = [f for f in rows if f.qualifier in named]
        ranks = [int(f.now.value) for f in (served or rows)]
        actual = min(ranks, key=lambda r: abs(r - expected)) if ranks else None
        if actual == expected:
            return []
        return [Problem(line=cell.line + 1, column=cell.column, quote=cell.text, kind=ProblemKind.table,
                        message=f"{label} 第{expected}名 is {holder}, not {entity.name}" + (f" ({entity.name} is 第{actual})" if actual else ""))]

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one Checker per week, a handful of boards
    def leading_orgs(self, board: str) -> list[str]:
        """Companies of a board's listed rows, in rank order, each once."""
        size = self.boards[board].list_size
        ranked = sorted((int(f.now.value), f.org) for (b, _), facts in self.index.items() if b == board
                        for f in facts if f.metric is Metric.rank and f.now and f.org and f.now.value <= size)
        return list(dict.fromkeys(org for _, org in ranked))

    def check_leaders(self, board: str, cell: Cell) -> list[Problem]:
        """A list of companies (Google、xAI、…等) must be companies of the board's top rows, in rank order.
        A cell that is not a plain list of known companies (基于Claude…开发的开源系统) is prose, not checked."""
        items = [i.strip().removesuffix("等").strip() for i in re.split(r"[、,，]", cell.text) if i.strip()]
        named = [self.entities.resolve(i, {EntityKind.company}) for i in items]
        if not items or any(e is None or e.kind is not EntityKind.company for e in named):
            return []
        size = self.boards[board].list_size
        order = self.leading_orgs(board)
        label = self.boards[board].label
        leaders = "、".join(self.entities.by_id[o].name_zh or self.entities.by_id[o].name for o in order if o in self.entities.by_id)
        strangers = [item for item, e in zip(items, named) if e and e.id not in order]
        if strangers:
            return [Problem(line=cell.line + 1, column=cell.column, quote=cell.text, kind=ProblemKind.table,
                            message=f"{'、'.join(strangers)} not among the companies of {label}'s top {size} ({leaders})")]
        positions = [order.index(e.id) for e in named if e]
        complete = cell.text.rstrip().endswith("等") or len(positions) == len(order)
        if positions != list(range(len(positions))) or not complete:  # in rank order, none skipped; 等 may cut the tail
            return [Problem(line=cell.line + 1, column=cell.column, quote=cell.text, kind=ProblemKind.table,
                            message=f"{label}'s leading companies in rank order are {leaders}")]
        return []

    def rank_holder(self, board: str, rank: int) -> str:
        for (b, _), facts in self.index.items():
            for fact in facts:
                if b == board and fact.metric is Metric.rank and fact.now and int(fact.now.value) == rank:
                    return fact.name
        return "nobody"

class ClaimVerifier(SentenceReader):
    """Verifies the claims of one sentence against the facts, once the reader has resolved them."""

    def run(self) -> list[tuple[Claim, Outcome | None]]:
        bound = self.bind_respectively()
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
        if claim.kind == "date":
            return self.verify_date(claim)
        if claim.kind == "version":
            return self.verify_version(claim, bound, role)
        if self._structure(claim):
            return None
        if claim.kind == "count":
            counted = self.verify_spelled_count(claim, self.events_in_scope(claim))
            if counted is not None or not claim.quote[0].isdigit():
                return counted
        subjects = self.subjects(claim, bound)
        outcomes = [self.verify_for(claim, role, entity, qualifier) for entity, qualifier in subjects]
        if outcomes and all(o.ok for o in outcomes):
            return Outcome(True, [f for o in outcomes for f in o.facts])
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

    def _may_be_event_figure(self, claim: Claim, subjects: list[tuple[Entity, str | None]]) -> bool:
        """Event figures license a number in the events section, or elsewhere where no leaderboard
        metric is named (Qwen本周调用量为1.7B stays a board claim)."""
        if self.s.section == "boards":
            return False
        if self.s.section == "events":
            return True
        return not self.metric_words(claim)

    def verify_spelled_count(self, claim: Claim, events: list[Fact]) -> Outcome | None:
        """两个版本, 三大热门模型: a count in words, checked where something counts it.

        Against the counts recorded for the event in question, or against the names the sentence
        lists (三大热门模型… A、B与C); with nothing to count against, it is not read as a claim.
        """
        wanted = claim.values[0]
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
                named = "/".join(sorted(METRIC_LABELS[m.value] for m in words))
                return Outcome(False, problem=(
                    ProblemKind.wrong_metric, f"{entity.name} is on no board ranked by {named}; {claim.quote} cannot be its rank", None,
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
        bound = bound_of(self.text[max(self.s.start, claim.start - 16) : claim.start], self.text[claim.end : claim.end + 2]) \
            if claim.kind not in ("rank", "streak") else None
        for cand in candidates:
            if any(_within(cand.value.figure(), f, bound) for f in figure):
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
            if Metric.growth in chosen:
                chosen = chosen | {Metric.tokens}
            return chosen
        if claim.kind == "plain":
            return (words & {Metric.score, Metric.speed, Metric.price}) or {Metric.score}
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
        if (word == "up" and delta < 0) or (word == "down" and delta > 0):
            label = METRIC_LABELS[cand.fact.metric.value]  # type: ignore[union-attr]
            moved = "fell" if delta < 0 else "rose"
            return Outcome(False, problem=(
                ProblemKind.direction,
                f"{cand.fact.name} {label} {moved} ({cand.fact.prev.text} → {cand.fact.now.text}); "
                f"the words before {claim.quote} say it went {'up' if word == 'up' else 'down'}",
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
        before = self.text[max(self.clause_start(claim), claim.start - 4) : claim.start]
        kind = "out" if claim.kind == "out" else top_verb(before) or "in"
        for rank_fact in rank_facts:
            if self._top_holds(rank_fact, kind, n, role):
                return Outcome(True, [rank_fact.id])
        rank_fact = rank_facts[0]
        want = {"out": f"outside the top {n}", "enter": f"newly inside the top {n}",
                "exit": f"dropped out of the top {n}", "in": f"inside the top {n}"}[kind]
        where = f"{rank_fact.prev.text if rank_fact.prev else 'unlisted'} → {rank_fact.now.text if rank_fact.now else 'unlisted'}"
        covered = self.c.listed_ranks.get(rank_fact.board or "", 0)
        unknown = f" (the data lists only the top {covered})" if (rank_fact.now is None or rank_fact.prev is None) and n > covered else ""
        return Outcome(False, problem=(
            ProblemKind.top_n,
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
        if "番" in claim.quote:
            targets = [2.0 ** (claim.values[0].value if claim.values else 1)]
        elif claim.values:
            targets = [claim.values[0].value, claim.values[0].value + 1]  # 增长了两倍 is said of ×2 and ×3
        else:
            targets = [2.0]
        about = bool(_ESTIMATE.search(self.text[self.clause_start(claim) : claim.start]))
        low, high = (0.85, 1.15) if about else (0.95, 1.3)
        for fact in facts:
            if fact.metric in metrics and fact.ratio is not None:
                if any(low * t <= fact.ratio < high * t for t in targets):
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
        words = metric_word(claim.quote)
        metric = Metric.requests_rank if Metric.requests in words else Metric.rank
        ranks = [f for f in facts if f.metric is metric]
        if words - {Metric.requests}:
            ranks = [f for f in ranks if any(g.metric in words for g in self.c.index[(f.board or "", entity.id)])] or ranks
        lost = bool(_LOST.search(self.text[max(self.s.start, claim.start - 4) : claim.start]))
        for fact in ranks:
            now, prev = (int(v.value) if v else None for v in (fact.now, fact.prev))
            if (lost and prev == 1 and now != 1) or (not lost and now == 1):
                return Outcome(True, [fact.id])
        fact = ranks[0] if ranks else None
        if fact is None:
            return Outcome(False, problem=(ProblemKind.unlicensed, f"{claim.quote}: {entity.name} has no such ranking", None))
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
        """连续3周下滑: the number of straight weeks the metric went down, ending this week."""
        metrics = self.metric_words(claim) or {f.metric for f in facts if f.streak}
        wanted = int(claim.values[0].value)
        streaks = [f for f in facts if f.metric in metrics]
        for fact in streaks:
            if fact.streak == wanted:
                return Outcome(True, [fact.id])
        best = max(streaks, key=lambda f: f.streak, default=None)
        label = METRIC_LABELS[best.metric.value] if best and best.metric else ""
        return Outcome(False, problem=(
            ProblemKind.wrong_value,
            f"{entity.name} {label} has gone down {best.streak if best else 0} weeks in a row, not {claim.quote}",
            self.c.source(best, best.now, "now") if best else None,
        ))

    # ---- events, dates, versions ---------------------------------------------------------------

    def events_in_scope(self, claim: Claim | None = None) -> list[Fact]:
        """Events a figure may belong to: those of the nearest name before it in its sentence
        (DeepSeek于1.27…，MiniMax于1.29… pairs each date with its own event), else of any name
        in the sentence, else of any name on the line."""
        def of(names: set[str]) -> list[Fact]:
            return [e for name in names for e in self.c.events_of.get(name, [])]

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

    def verify_date(self, claim: Claim) -> Outcome | None:
        year, month, day = claim.date or (None, 0, 0)
        events = self.events_in_scope(claim)
        week = self.c.facts.week
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
_LOST = re.compile(r"失去|让出|丢掉|失守|跌下|告别")
_NAME_RUN = re.compile(r"[A-Za-z][A-Za-z0-9.\-_]*(?:[ \t][A-Za-z0-9][A-Za-z0-9.\-_]*){0,3}")
_DIGITS = re.compile(r"\d+(?:\.\d+)*")


def _skeleton(key: str) -> str:
    return _DIGITS.sub("#", key)

_ESTIMATE = re.compile(r"约|近|大约|将近|接近|左右|about|around|nearly|roughly")
_DECLINE_NAME = re.compile(r"(?:降幅|跌幅|下降幅度|下跌幅度)[^，,；;。]*$")
APPROXIMATELY = 0.06


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
