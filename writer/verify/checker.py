"""The week's facts indexed for checking, and `Checker.check(text)`: every figure, for the right
entity, metric and week.

`Checker` is built once per week from the facts; `Checker.check(text)` reads the text with
`text.prepare` and decides, claim by claim (`rules.ClaimVerifier`), whether a fact licenses it:

- the subject is the entity the clause speaks about (the nearest name before the figure, a list
  bound by 分别, or the names that follow when none precede);
- the metric comes from the unit (B, %, tok/s, $) and the words around it (占比, 增长率, 得分);
- the role comes from the sentence (从X…至Y: X is last week, Y this week; 上周/本周; 提升N个百分点);
- the value must agree at the precision it is written with, or be derived from those values.

A figure that exists in the data for another entity, metric or week is reported as such.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict

from ..entities import Entities, Mention, alias_key
from ..facts import Fact, FactKind, Facts, Metric, Value
from ..figures import Claim, name_like
from ..findings import CheckResult, Exempt, ExemptReason, Problem, ProblemKind, Source, Verdict, Verified
from ..load import OTHERS_ID
from ..vocabulary import LEADER_HEADERS, NUMERAL_RUN, RANK_HEADERS, WIDE_DIGITS, discourse_counts, idioms_in
from ..models import Board, Confirmation, Entity, EntityKind
from ..numbers import Figure, cn_to_int
from ..vocabulary import METRIC_LABELS
from ..deltas import BoardDelta
from .comparisons import check_comparisons
from .confirmed import vouch
from .messages import chinese
from .reading import Spans
from .relations import Relations
from .rules import ROLE_LABELS, ClaimVerifier
from .text import CAPTION, RANK_COLUMN, Cell, Prepared, prepare

__all__ = ["Checker", "CheckResult", "Problem", "ProblemKind", "Source", "Verified"]


class Checker:
    """Checks texts against one week's facts."""

    def __init__(self, facts: Facts, entities: Entities, boards: list[Board], files: dict[str, str] | None = None,
                 deltas: list[BoardDelta] | None = None) -> None:
        self.facts = facts
        self.relations = Relations(deltas or [])
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
        # Boards whose source lumps the rows it does not list into an Others row, this week and last:
        # their listed rows are the whole list, and a row missing from it is outside it.
        self.lists_the_rest: dict[str, tuple[bool, bool]] = {}
        self.boards_with_data = {fact.board for fact in facts.facts if fact.board}
        self.event_figures: dict[str, list[Fact]] = defaultdict(list)
        self.reading_card = False  # while a card's description is checked for its figure
        for fact in facts.facts:
            if fact.metric is Metric.rank and fact.board and fact.now:
                self.listed_ranks[fact.board] = max(self.listed_ranks[fact.board], int(fact.now.value))
            if fact.metric is Metric.rank and fact.board and fact.prev:
                self.listed_ranks_prev[fact.board] = max(self.listed_ranks_prev[fact.board], int(fact.prev.value))
            if fact.entity == OTHERS_ID and fact.board and fact.kind is FactKind.metric:
                now, prev = self.lists_the_rest.get(fact.board, (False, False))
                self.lists_the_rest[fact.board] = (now or fact.now is not None, prev or fact.prev is not None)
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

    def check(self, text: str, file: str | None = None, confirmed: list[Confirmation] | None = None) -> CheckResult:
        """Verify every figure of a Markdown text.

        `confirmed` are the figures the week's editors vouch for (confirmed.yaml); inline markers
        (`5000B<!-- 已确认：官方博客 -->`) count too. Neither is ever passed for an LLM's answers.
        """
        prepared = prepare(text, self.entities, prefer=lambda e: self.known(e.id))
        result = CheckResult(week=self.facts.week, file=file)
        by_sentence: dict[int, list[Claim]] = defaultdict(list)
        for claim in prepared.claims:
            by_sentence[claim.sentence].append(claim)
        boards = self.board_names.find(prepared.masked)
        # xAI旗下编程模型X on a week without a coding board: the words describe the model, not a board.
        board_mentions = Spans([b for b in boards if b.entity.id in self.boards_with_data])
        blanked = list(prepared.masked)
        for board in boards:
            if prepared.masked[board.start : board.end] == board.entity.name:
                blanked[board.start : board.end] = " " * (board.end - board.start)
        prepared.metric_text = "".join(blanked)
        # "OpenRouter整体模型调用量": a name inside a board's title is part of the title.
        covered = bytearray(len(prepared.masked))
        for board in boards:
            covered[board.start : board.end] = b"\x01" * (board.end - board.start)
        found = [m for m in prepared.mentions if not covered[m.start]]
        mentions = Spans(found + self.brand_mentions(prepared.masked, found))
        accounted = bytearray(len(prepared.masked))
        section_boards = self.section_boards(prepared, board_mentions)
        line_boards: dict[int, str] = {}
        lines = prepared.original.split("\n")
        for sentence in prepared.sentences:
            claims = by_sentence.get(sentence.index, [])
            if not claims:
                continue
            reader = ClaimVerifier(self, prepared, sentence, claims, mentions, board_mentions)
            reader.section_board = section_boards[sentence.line]
            reader.line_board = line_boards.get(sentence.line)
            for claim, outcome in reader.run():
                if reader.affinity and not _HEADING.match(lines[sentence.line].strip()):
                    line_boards[sentence.line] = reader.affinity  # a headline's clauses are each their own story
                line, column = prepared.position(claim.start)
                accounted[claim.start : claim.end] = b"\x01" * (claim.end - claim.start)
                if outcome is None or outcome.exempt is not None:
                    reason = outcome.exempt if outcome is not None and outcome.exempt else ExemptReason.structure
                    result.exempt.append(Exempt(line=line, column=column, quote=claim.quote, reason=reason))
                    continue
                result.numbers += 1
                if outcome.ok:
                    result.verified.append(Verified(line=line, column=column, quote=claim.quote, facts=outcome.facts))
                else:
                    kind, message, source = outcome.problem  # type: ignore[misc]
                    verdict = Verdict.unchecked if kind is ProblemKind.unlicensed else Verdict.wrong
                    result.problems.append(Problem(line=line, column=column, quote=claim.quote, kind=kind, message=message,
                                                   source=source, verdict=verdict))
        for problem in self.check_tables(prepared) + self.check_names(prepared, mentions.items) + \
                check_comparisons(self, prepared, mentions.items, board_mentions):
            result.problems.append(problem)
        self.account(prepared, accounted, result)
        restate_headings(prepared, result)
        if confirmed is not None:
            vouch(result, prepared, confirmed)
        result.problems.sort(key=lambda p: (p.line, p.column))
        for problem in result.problems:
            problem.message_zh = chinese(problem)
        result.exempt.sort(key=lambda e: (e.line, e.column))
        return result

    def account(self, prepared: Prepared, accounted: bytearray, result: CheckResult) -> None:
        """No invisible figure: every numeral of the text is a checked claim, or exempt with its
        reason (structure, name, idiom), or reported as unchecked."""
        for mention in prepared.mentions:
            accounted[mention.start : mention.end] = b"\x02" * (mention.end - mention.start)
        for idiom in idioms_in(prepared.masked):
            accounted[idiom.start() : idiom.end()] = b"\x03" * (idiom.end() - idiom.start())
        for told in discourse_counts(prepared.masked):
            accounted[told.start() : told.end()] = b"\x04" * (told.end() - told.start())
        reasons = {2: ExemptReason.name, 3: ExemptReason.idiom, 4: ExemptReason.discourse}
        name_ends = {m.end for m in prepared.mentions}
        for run in NUMERAL_RUN.finditer(prepared.original.translate(WIDE_DIGITS)):
            start, end = run.start(), run.end()
            line, column = prepared.position(start)
            if prepared.masked[start:end].strip() == "":
                result.exempt.append(Exempt(line=line, column=column, quote=run.group(), reason=ExemptReason.structure))
                continue
            marks = set(accounted[start:end])
            if 1 in marks:
                # 第五一口气: a claim and an idiom share the run; the idiom's part is exempt as such.
                for part in re.finditer(rb"[\x02-\x04]+", bytes(accounted[start:end])):
                    piece = prepared.original[start + part.start() : start + part.end()]
                    line_, column_ = prepared.position(start + part.start())
                    result.exempt.append(Exempt(line=line_, column=column_, quote=piece, reason=reasons[max(part.group())]))
                continue
            if marks - {0}:
                result.exempt.append(Exempt(line=line, column=column, quote=run.group(), reason=reasons[max(marks - {0})]))
                continue
            known = any(start - gap in name_ends and not prepared.masked[start - gap : start].strip() for gap in (1, 2))
            if run.group()[0].isdigit() and name_like(prepared.masked, start, end, "plain", known):
                # Llama 5, Nova-2: a number glued to a name we do not know is still part of a name.
                result.exempt.append(Exempt(line=line, column=column, quote=run.group(), reason=ExemptReason.name))
                continue
            quote = prepared.original[max(0, start - 2) : end + 2].strip()
            result.numbers += 1
            result.problems.append(Problem(
                line=line, column=column, quote=run.group(), kind=ProblemKind.unreadable, verdict=Verdict.unchecked,
                message=f"{quote}: the checker cannot tell what this number states, so it is unchecked",
            ))

    # ---- lookups -------------------------------------------------------------------------------

    def members(self, company: str, board: str) -> list[Fact]:
        """Rank facts of a board's rows whose company is `company` (its models, systems or products)."""
        found = []
        for (b, entity_id), facts in self.index.items():
            if b != board:
                continue
            entity = self.entities.by_id.get(entity_id)
            for fact in facts:
                if fact.metric is Metric.rank and (fact.org == company or (entity is not None and entity.maker == company)):
                    found.append(fact)
        return found

    @functools.cached_property
    def brands(self) -> re.Pattern[str] | None:
        """Brand words that open the names of two or more models (Claude, Gemini, GPT) and name no
        entity themselves: 两款Claude, 三款Gemini模型合计."""
        counts: dict[str, int] = defaultdict(int)
        for entity in self.entities.by_id.values():
            if entity.kind is EntityKind.model:
                first = _BRAND_TOKEN.match(entity.name)
                if first:
                    counts[first.group().lower()] += 1
        words = [w for w, n in counts.items() if n >= 2 and len(w) >= 3 and self.entities.resolve(w) is None]
        if not words:
            return None
        return re.compile("(?<![A-Za-z0-9])(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")(?![A-Za-z0-9])", re.I)

    def brand_mentions(self, text: str, found: list[Mention]) -> list[Mention]:
        """跟MiMo只差30亿: a brand word alone names the one model of that brand the boards list this
        week and last, when there is only one."""
        if self.brands is None:
            return []
        taken = bytearray(len(text))
        for m in found:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        named: list[Mention] = []
        for match in self.brands.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            only = self._only_model_of(match.group(1).lower())
            if only is not None:
                named.append(Mention(match.start(), match.end(), self.entities.by_id[only]))
        return named

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one Checker per week, a handful of brands
    def _only_model_of(self, brand: str) -> str | None:
        """The one model of the brand the boards list this week and last, if there is only one."""
        rows = {e for board in self.boards for week in (0, 1) for e in self.brand_rows(board, brand, 99, week)}
        return rows.pop() if len(rows) == 1 else None

    def brand_rows(self, board: str, brand: str, limit: int, week: int = 0) -> list[str]:
        """Entities of a board's top `limit` rows in a week whose names open with the brand word."""
        weeks = self.relations.snapshots.get(board, [])
        if week >= len(weeks):
            return []
        found = []
        for entry in weeks[week].entries:
            entity = self.entities.by_id.get(entry.entity or "")
            first = _BRAND_TOKEN.match(entity.name) if entity else None
            if entry.row.rank and entry.row.rank <= limit and first and first.group().lower() == brand.lower():
                found.append(entity.id)  # type: ignore[union-attr]
        return found

    def country_rows(self, board: str, country: str, limit: int, week: int = 0) -> list[str] | None:
        """Entities of a board's top `limit` rows this week (or last, week=1) whose company is based
        in `country` (!CN: outside China); None when a company among those rows has no country on record."""
        found = []
        for (b, entity_id), facts in self.index.items():
            if b != board:
                continue
            for fact in facts:
                rank = fact.now if week == 0 else fact.prev
                if fact.metric is not Metric.rank or rank is None or rank.value > limit:
                    continue
                entity = self.entities.by_id.get(entity_id)
                company_id = fact.org or (entity.maker if entity else None) or entity_id
                company = self.entities.by_id.get(company_id)
                if company is None or company.country is None:
                    return None
                if company.country == country or country.startswith("!") and company.country != country[1:]:
                    found.append(entity_id)
        return found

    def entries_exits(self, board: str, limit: int) -> tuple[list[str], list[str]]:
        """Rows that came into a board's top `limit` this week, and rows that left it."""
        came, left = [], []
        for (b, entity_id), facts in self.index.items():
            for fact in facts:
                if b != board or fact.metric is not Metric.rank:
                    continue
                now = fact.now is not None and fact.now.value <= limit
                before = fact.prev is not None and fact.prev.value <= limit
                if now and not before:
                    came.append(entity_id)
                elif before and not now:
                    left.append(entity_id)
        return came, left

    def orgs_within(self, board: str, limit: int, week: int = 0) -> list[str]:
        """The companies of a board's top `limit` rows this week (or last week, `week` 1)."""
        ranked = sorted((int(v.value), f.org) for (b, _), facts in self.index.items() if b == board
                        for f in facts if f.metric is Metric.rank and (v := f.prev if week else f.now) and f.org and v.value <= limit)
        return list(dict.fromkeys(org for _, org in ranked))

    def section_boards(self, prepared: Prepared, board_mentions: Spans) -> list[str | None]:
        """Per line, the board the heading above it names (## 编程赛道), if it names one."""
        found: list[str | None] = []
        board: str | None = None
        ends = prepared.line_starts[1:] + [len(prepared.masked)]
        for start, end in zip(prepared.line_starts, ends):
            line = prepared.original[start:end].strip()
            if _HEADING.match(line) or CAPTION.match(line):
                # The heading's own figures read its words; a heading naming two boards sets neither.
                found.append(board)
                named = {m.entity.id for m in board_mentions.between(start, end)}
                board = named.pop() if len(named) == 1 else None
                continue
            found.append(board)
        for header, rows in prepared.tables:
            rows = [cells for cells in rows if cells]
            better = self.table_board(header, rows, found[rows[0][0].line] if rows else None)
            if better is not None:
                for cells in rows:
                    found[cells[0].line] = better
        return found

    def table_board(self, header: list[str], rows: list[list[Cell]], section: str | None) -> str | None:
        """The board a table of ranked names belongs to when its places fit another board better
        than its section's (a usage table at the end of the programming section): None to keep it."""
        column = next((i for i, h in enumerate(header) if RANK_COLUMN.search(h.strip())), None)
        if column is None:
            return None
        fits: dict[str, int] = defaultdict(int)
        for cells in rows:
            place = re.fullmatch(r"\s*+第?\s*+(\d+)\s*+名?\s*+", cells[column].text) if column < len(cells) else None
            names = [m.entity.id for c in cells for m in self.entities.find(c.text, prefer=lambda e: self.known(e.id))]
            if place is None or not names:
                continue
            for board in self.boards_of.get(names[0], []):
                if self.relations.rank_now(board, names[0]) == int(place.group(1)):
                    fits[board] += 1
        best = max(fits, key=lambda b: fits[b], default=None)
        if best is None or best == section or fits[best] <= fits.get(section or "", 0) or fits[best] * 2 < len(rows):
            return None
        return best

    def boards_of_members(self, company: str) -> list[str]:
        """Boards where the company has rows of its models (or systems)."""
        return list(dict.fromkeys(b for (b, _), facts in self.index.items() for f in facts if f.org == company))

    def facts_for(self, entity: str, board: str | None) -> list[Fact]:
        """The facts of an entity, on the context board if it is there, else on every board."""
        if board and (board, entity) in self.index:
            return self.index[(board, entity)]
        return [f for b in self.boards_of.get(entity, []) for f in self.index[(b, entity)]]

    def known(self, entity: str) -> bool:
        return entity in self.boards_of or any(entity == e.entity or entity in e.others for e in self.events)

    def source(self, fact: Fact, value: Value | None, role: str) -> Source:
        week_index = 1 if role == "prev" else 0
        date = self.facts.prev_week if week_index else self.facts.week
        board = self.boards.get(fact.board or "")
        return Source(
            fact=fact.id,
            entity=fact.name,
            metric=METRIC_LABELS.get(fact.metric.value if fact.metric else "", fact.label or ""),
            value=f"{ROLE_LABELS.get(role, role)} {value.text}" if value else "not listed",
            file=self.relations.file(fact.board or "", week_index) or self.files.get(fact.board or ""),
            line=self.relations.line(fact.board or "", fact.entity or "", week_index, fact.qualifier),
            board=board.title if board else None,
            week=f"{'上周' if week_index else '本周'}（截至{date}）" if date else None,
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
            rank_columns = {i: n for i, h in enumerate(header) if (n := _rank_header(h))}
            for cells in rows:
                found = self._name_in(self.board_names, cells[0].text) if cells else None
                if found is None:
                    continue
                board = found.id
                if any(h.strip() in LEADER_HEADERS for h in header) and len(cells) > 1:
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
            return [Problem(line=cell.line + 1, column=cell.column, quote=cell.text, kind=ProblemKind.table, verdict=Verdict.unchecked,
                            message=f"{label} 第{expected}名 is {holder}; '{cell.text}' is not a name the data knows")]
        rows = [f for f in self.index.get((board, entity.id), []) if f.metric is Metric.rank and f.now]
        # "gpt-oss-120b（SambaNova）": a provider named in the cell picks that row.
        named = {m.entity.id for m in self.entities.find(cell.text)} - {entity.id}
        served = [f for f in rows if f.qualifier in named]
        ranks = [int(f.now.value) for f in (served or rows) if f.now]
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


_NAME_RUN = re.compile(r"[A-Za-z][A-Za-z0-9.\-_]*(?:[ \t](?:[A-Za-z][A-Za-z0-9.\-_]*|\d[\d.]*(?![\d.]*\s*+[分位名个%BTMK万亿倍周天秒款席家项])(?:[A-Za-z0-9.\-_]*))){0,3}")
_DIGITS = re.compile(r"\d+(?:\.\d+)*")
_BRAND_TOKEN = re.compile(r"[A-Za-z]+")
# A Markdown heading, or a line that is bold and nothing else (**编程赛道**).
_HEADING = re.compile(r"#{1,6}\s|\*\*[^*]+\*\*[:：]?$")


def restate_headings(prepared: Prepared, result: CheckResult) -> None:
    """A heading's figure that its own section states and verifies is verified with it: a headline
    restates (三、编程场景：由三席增至四席 above 中国模型本周占四席); only the very same spelling counts."""
    lines = prepared.original.split("\n")
    headings = [i + 1 for i, line in enumerate(lines) if _HEADING.match(line.strip())]
    if not headings:
        return
    heading_lines = set(headings)
    by_quote: dict[str, list[Verified]] = defaultdict(list)
    for verified in result.verified:
        by_quote[verified.quote].append(verified)
    kept = []
    for problem in result.problems:
        if problem.line not in heading_lines or problem.kind is ProblemKind.table:
            kept.append(problem)
            continue
        end = headings[bisect.bisect_right(headings, problem.line)] if headings[-1] > problem.line else len(lines) + 1
        same = next((v for v in by_quote.get(problem.quote, []) if problem.line < v.line < end), None)
        if same is None:
            kept.append(problem)
            continue
        result.verified.append(Verified(line=problem.line, column=problem.column, quote=problem.quote,
                                        facts=[*same.facts, f"restates/line{same.line}"]))
    result.problems = kept
    result.verified.sort(key=lambda v: (v.line, v.column))


def _skeleton(key: str) -> str:
    return _DIGITS.sub("#", key)


def _rank_header(header: str) -> int | None:
    """The place a table column holds, from its header: 第一名, 第2位, Top 3, No.1, #2."""
    for pattern in RANK_HEADERS:
        match = pattern.fullmatch(header.strip())
        if match:
            n = match.group(1)
            return int(n) if n.isdigit() else cn_to_int(n)
    return None
