"""The shapes of every input file: the board catalog, the entity registry, board snapshots, events.

These Pydantic models are the one definition of the data format; `writer schema` prints their
JSON Schemas and `data/README.md` describes them for editors.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    ValidationError,
    WithJsonSchema,
    model_validator,
)

from .limits import MAX_DIGITS, number_problem
from .numbers import Figure, parse_figure
from .storyrules import StoryRules


class Strict(BaseModel):
    """Base for everything read from outside: unknown keys are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _to_figure(raw: Any) -> Figure:
    if isinstance(raw, Figure):
        return raw
    if isinstance(raw, bool) or raw is None:
        raise ValueError("a number is required")
    if isinstance(raw, (int, float)):
        if not math.isfinite(raw) or abs(raw) >= 10.0 ** MAX_DIGITS:
            raise ValueError(f"{raw} is out of range: at most {MAX_DIGITS} digits")
        exponent = Decimal(str(raw)).as_tuple().exponent
        return Figure(float(raw), 10.0 ** min(0, int(exponent)))
    text = str(raw).strip()
    if not text:
        raise ValueError("a number is required, the cell is empty")
    problem = number_problem(text)
    if problem:
        raise ValueError(problem)
    figure, rest = parse_figure(text.rstrip("%"))
    if rest.strip():
        raise ValueError(f"'{text}' is not a number (unexpected '{rest.strip()}')")
    return figure


def _non_negative(raw: Any) -> Figure:
    figure = _to_figure(raw)
    if figure.value < 0:
        raise ValueError(f"{raw} is negative; this figure cannot be")
    return figure


_FIGURE_SCHEMA = {
    "anyOf": [
        {"type": "number"},
        {"type": "string", "pattern": r"^[+\-]?\$?[\d,.]+\s*(万亿|亿|万|[TBMKk])?%?$"},
    ],
    "description": "A number, optionally with a magnitude suffix: 582B, 1.48T, 5820亿, 774854487648.",
}

SignedFigure = Annotated[
    Figure,
    PlainValidator(_to_figure),
    PlainSerializer(lambda f: f.value, return_type=float),
    WithJsonSchema(_FIGURE_SCHEMA),
]
"""A number that may be negative (a growth rate)."""

Amount = Annotated[
    Figure,
    PlainValidator(_non_negative),
    PlainSerializer(lambda f: f.value, return_type=float),
    WithJsonSchema({**_FIGURE_SCHEMA, "description": "A non-negative number; " + _FIGURE_SCHEMA["description"]}),
]
"""A number that cannot be negative (tokens, shares, speeds, prices, scores)."""

Rank = Annotated[int, Field(ge=1, description="Position on the board, 1 = first.")]


class BoardKind(str, Enum):
    """The row shape of a board, which decides its CSV columns."""

    usage = "usage"
    author_share = "author_share"
    model_share = "model_share"
    throughput = "throughput"
    arena = "arena"
    benchmark = "benchmark"


class Board(Strict):
    """One leaderboard the report follows, as listed in `catalog.yaml`."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="File stem of the board's CSV in a week folder.")
    title: str = Field(description="Chinese title used in 榜单变化, e.g. 'OpenRouter整体模型调用量'.")
    source: str = Field(description="Who publishes it: OpenRouter, LMArena, Artificial Analysis, ...")
    kind: BoardKind = Field(description="Row shape; decides the CSV columns.")
    metric: str = Field(description="What the main figure measures, e.g. 'tokens', 'score', 'speed'.")
    unit: str = Field(description="Unit of the main figure as written in the report: tokens, %, tok/s, 分.")
    list_size: int = Field(ge=1, description="How many rows count as 'the list' (前十 = 10).")
    keywords: list[str] = Field(default_factory=list, description="Words that put a sentence on this board.")
    label: str = Field(description="Row label in the 排行榜 tables, e.g. '模型调用量' or '大语言模型 Text Arena'.")
    table: Literal["top3", "leaders", "none"] = Field(
        "leaders", description="top3: a row of the top-3 table; leaders: a row of the leading-companies table."
    )
    stories: dict[str, float | int | bool] | None = Field(
        None, description="This board's own story rules: any key of the kind's rules under the catalog's `stories`.")


class Catalog(Strict):
    """`catalog.yaml`: the boards, in the order the report presents them."""

    @model_validator(mode="after")
    def _every_board_has_story_rules(self) -> "Catalog":
        for board in self.boards:
            if board.kind not in self.stories:
                raise ValueError(f"no story rules for the board kind '{board.kind.value}' (board '{board.id}') under 'stories'")
            try:
                self.stories[board.kind].merged(board.stories)
            except ValidationError as exc:
                error = exc.errors()[0]
                raise ValueError(f"board '{board.id}', stories.{'.'.join(map(str, error['loc']))}: {error['msg']}") from None
        return self

    def story_rules(self, board: Board) -> StoryRules:
        """The story rules of one board: its kind's, with its own overrides."""
        return self.stories[board.kind].merged(board.stories)

    boards: list[Board]
    stories: dict[BoardKind, StoryRules] = Field(
        description="What counts as a story, per board kind (weights, thresholds, how many stories a board tells).")
    display: Literal["chinese", "english"] = Field(
        "chinese", description="Names in the report: chinese = the Chinese name (name_zh) where there is one; english = name.")


class EntityKind(str, Enum):
    """What an entity is; decides where it may stand in a row."""

    company = "company"
    model = "model"
    system = "system"
    provider = "provider"
    product = "product"
    other = "other"


class Entity(Strict):
    """One model, company, agent system or product, with every spelling it goes by."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.\-_+]*$", description="Canonical id, lower case.")
    name: str = Field(description="Display name used in drafts.")
    kind: EntityKind
    name_zh: str | None = Field(None, description="Chinese display name where the report uses one (百度).")
    aliases: list[str] = Field(default_factory=list, description="Other spellings, matched case-insensitively.")
    maker: str | None = Field(None, description="Id of the company that makes it (models).")
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$",
                                description="Where a company is based, as an ISO 3166 code (CN, US): what 中国公司 counts.")


class EntityRegistry(Strict):
    """`entities.yaml`: canonical entities and their aliases."""

    entities: list[Entity]


class Row(Strict):
    """Base of every board row; `rank` is empty only for the 'Others' row of share boards."""

    rank: Rank | None = None


class UsageRow(Row):
    """OpenRouter model usage: weekly tokens and week-over-week growth."""

    rank: Rank
    model: str
    author: str
    tokens: Amount = Field(description="Tokens this week: 582B, 1.48T or a plain integer.")
    growth: SignedFigure | None = Field(None, description="Week-over-week growth in percent, as published.")


class AuthorShareRow(Row):
    """OpenRouter market share by author; one row may be 'Others' (no rank)."""

    author: str
    tokens: Amount
    share: Amount = Field(description="Percent of the board's total tokens, as published (9.4).")


class ModelShareRow(Row):
    """OpenRouter category usage (programming): tokens and share per model; 'Others' allowed."""

    model: str
    author: str | None = None
    tokens: Amount
    share: Amount = Field(description="Percent of the category's total tokens, as published.")


class ThroughputRow(Row):
    """OpenRouter throughput: one row per (model, provider), ranked by speed."""

    rank: Rank
    model: str
    provider: str
    speed: Amount = Field(description="Throughput in tokens per second.")
    price: Amount = Field(description="Blended price in dollars per million tokens.")
    requests: Amount | None = Field(None, description="Request volume in the week (the bubble size); empty when the source has none.")


class ArenaRow(Row):
    """LMArena / Artificial Analysis arenas: a rating per model."""

    rank: Rank
    model: str
    org: str
    score: Amount = Field(description="Arena score or ELO.")
    preliminary: bool = Field(False, description="Rating still preliminary (pre-release testing).")


class BenchmarkRow(Row):
    """Benchmark boards (GAIA, SWE-bench Lite, ...): a score per system."""

    rank: Rank
    system: str
    org: str
    score: Amount = Field(description="Score in percent.")
    version: str | None = Field(None, description="Version label of the submission, e.g. v3.1.")


ROW_MODELS: dict[BoardKind, type[Row]] = {
    BoardKind.usage: UsageRow,
    BoardKind.author_share: AuthorShareRow,
    BoardKind.model_share: ModelShareRow,
    BoardKind.throughput: ThroughputRow,
    BoardKind.arena: ArenaRow,
    BoardKind.benchmark: BenchmarkRow,
}

# Which column names the row's subject entity, per row shape.
SUBJECT_FIELD: dict[BoardKind, str] = {
    BoardKind.usage: "model",
    BoardKind.author_share: "author",
    BoardKind.model_share: "model",
    BoardKind.throughput: "model",
    BoardKind.arena: "model",
    BoardKind.benchmark: "system",
}


class Event(Strict):
    """One news event of the week, written by an editor in `events.yaml`."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.\-_]*$")
    date: dt.date
    org: str = Field(description="Who did it: an entity id or alias (百度, Qwen, MoonshotAI).")
    title: str = Field(description="What happened, in a few words: 发布文心5.0.")
    details: list[str] = Field(default_factory=list, description="Details in the editor's words; figures as in `figures`.")
    figures: dict[str, str] = Field(
        default_factory=dict, description="Figures the details quote, label → value with unit: {参数量: 2.4万亿}."
    )
    entities: list[str] = Field(default_factory=list, description="Products and models the event names.")
    source: str | None = Field(None, pattern=r"^https?://", description="Where it was announced.")


class EventFile(Strict):
    """`events.yaml` of a week."""

    events: list[Event] = Field(default_factory=list)


class Confirmation(Strict):
    """A figure the data cannot confirm that an editor vouches for."""

    quote: str = Field(min_length=1, description="The figure exactly as the report writes it: 逾四万亿tokens.")
    reason: str = Field(min_length=1, description="Why it is right: where it comes from.")
    by: str | None = Field(None, description="Who vouches for it.")


class ConfirmedFile(Strict):
    """`confirmed.yaml` of a week: figures editors vouch for (never applied to an LLM's answers)."""

    confirmed: list[Confirmation] = Field(default_factory=list)


def input_schemas() -> dict[str, dict[str, Any]]:
    """JSON Schemas of every input file shape, by name."""
    schemas: dict[str, dict[str, Any]] = {
        "catalog": Catalog.model_json_schema(),
        "confirmed": ConfirmedFile.model_json_schema(),
        "entities": EntityRegistry.model_json_schema(),
        "events": EventFile.model_json_schema(),
    }
    for kind, model in ROW_MODELS.items():
        schemas[f"row-{kind.value}"] = model.model_json_schema()
    return schemas
