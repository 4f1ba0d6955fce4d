"""What the LLM must answer for each section, as Pydantic models that validate only what the checker passes.

`OverviewOut`, `EventsOut` and `BoardOut` are the answer shapes (their JSON Schemas are what the
endpoint is asked for). Their validators read the validation context — `{"checker": Checker,
"scope": Scope}` — and check the text where it will stand in the report: a board's text as
`### 3\\. 榜单变化` / `*   <board title>方面，<text>`, so the checker knows the section and the board.
Every figure the checker rejects becomes one problem, phrased for the model to fix:

    >>> BoardOut.model_validate_json(content, context={"checker": checker, "scope": scope})
    ValidationError: 「394B」：DeepSeek V3.2 本周调用量 is 464B, not 394B

`read_answer` turns raw content into a model: it drops <think> blocks and code fences first.
Never use `client.chat.completions.parse()` with these models: it validates without context.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .render import SECTION_TITLES
from .verify import Checker

HEADINGS = {kind: f"### {i}\\. {SECTION_TITLES[kind]}" for i, kind in enumerate(("overview", "events", "boards"), 1)}
BULLET = "*   "


@dataclass(frozen=True)
class EventScope:
    """An event a bullet must be about: its id and the names that identify it."""

    id: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Scope:
    """Where a section's text will stand in the report, and what it must be about."""

    kind: str
    """overview, events or boards: decides the heading the text is checked under."""
    intro: str = ""
    """What the report puts before the model's text (a board's '<title>方面，')."""
    subjects: tuple[str, ...] = ()
    """Entity ids a board bullet (or the overview) must name at least one of."""
    subject_names: tuple[str, ...] = ()
    """Their names, or other names that count (events' organisations and products)."""
    events: tuple[EventScope, ...] = ()


class Strict(BaseModel):
    """LLM output: unknown keys are an error, and the schema says so (additionalProperties: false)."""

    model_config = ConfigDict(extra="forbid")


def _context(info: ValidationInfo) -> tuple[Checker, Scope]:
    context = info.context
    if not isinstance(context, dict) or "checker" not in context or "scope" not in context:
        # chat.completions.parse() and plain model_validate() land here: they carry no facts.
        raise ValueError("validated without a checker: pass context={'checker': ..., 'scope': ...}")
    return context["checker"], context["scope"]


def clean_text(text: str, intro: str = "") -> str:
    """One line of prose: list markers, line breaks and a repeated intro removed."""
    text = re.sub(r"^\s*(?:[*\-+•]|\d+[.)])\s+", "", text.strip())
    text = re.sub(r"\s*\n\s*", " ", text)
    if intro and text.startswith(intro):
        text = text[len(intro):]
    elif intro and text.startswith(intro.rstrip("，,")):
        text = text[len(intro.rstrip("，,")):].lstrip("，,：: ")
    return text.strip()


def unverified(problems: list[str]) -> PydanticCustomError:
    """The error a validator raises: every problem, quoted for the re-ask."""
    return PydanticCustomError("unverified", "{summary}", {"summary": "; ".join(problems), "problems": problems})


def check_lines(checker: Checker, scope: Scope, texts: list[str]) -> list[list[str]]:
    """The checker's problems for each text, read in its place in the report."""
    lines = [(BULLET if scope.kind != "overview" else "") + scope.intro + t for t in texts]
    separator = "\n\n" if scope.kind == "overview" else "\n"
    head = HEADINGS[scope.kind] + "\n\n"
    starts = []
    line = head.count("\n") + 1
    for text in lines:
        starts.append(line)
        line += text.count("\n") + separator.count("\n")
    result = checker.check(head + separator.join(lines))
    found: list[list[str]] = [[] for _ in texts]
    for problem in result.problems:
        index = max((i for i, start in enumerate(starts) if start <= problem.line), default=0)
        found[index].append(f"「{problem.quote}」：{problem.message}")
    return found


_CJK = re.compile(r"[\u4e00-\u9fff]")


def chinese(text: str) -> bool:
    """The report is in Chinese: a text without a single Han character is not."""
    return bool(_CJK.search(text))


def names_any(checker: Checker, text: str, ids: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """The text names one of these entities (by any spelling) or contains one of these names."""
    if not ids and not names:
        return True
    if any(name and name in text for name in names):
        return True
    return any(m.entity.id in ids for m in checker.entities.find(text))


class OverviewOut(Strict):
    """本周概览: one paragraph."""

    text: str = Field(description="本周概览正文：一段话，不分段，不加标题。")

    @field_validator("text")
    @classmethod
    def _clean(cls, value: str) -> str:
        value = clean_text(value)
        if not value:
            raise ValueError("text is empty: write the overview paragraph")
        return value

    @model_validator(mode="after")
    def _verified(self, info: ValidationInfo) -> OverviewOut:
        checker, scope = _context(info)
        problems = [] if chinese(self.text) else ["write the text in simplified Chinese"]
        if not names_any(checker, self.text, scope.subjects, scope.subject_names):
            problems.append(f"the overview must be about this week: name some of {', '.join(scope.subject_names[:4])}")
        problems += check_lines(checker, scope, [self.text])[0]
        if problems:
            raise unverified(problems)
        return self


class EventBullet(Strict):
    """One 重点关注事件 bullet."""

    event_id: str = Field(description="The event's id, exactly as listed.")
    text: str = Field(description="该事件的一条要点：一句或几句话，不换行。")

    @field_validator("text")
    @classmethod
    def _clean(cls, value: str) -> str:
        value = clean_text(value)
        if not value:
            raise ValueError("text is empty: write the event's bullet")
        return value


class EventsOut(Strict):
    """重点关注事件: one bullet per event, in the order given."""

    bullets: list[EventBullet] = Field(description="Exactly one bullet per event.")

    @model_validator(mode="after")
    def _verified(self, info: ValidationInfo) -> EventsOut:
        checker, scope = _context(info)
        wanted = [e.id for e in scope.events]
        given = [b.event_id for b in self.bullets]
        problems = [f"event_id {i!r} is not one of this week's events ({', '.join(wanted)})" for i in given if i not in wanted]
        problems += [f"event {i!r} has more than one bullet: write exactly one" for i in dict.fromkeys(given) if given.count(i) > 1]
        problems += [f"event {i!r} has no bullet: write one" for i in wanted if i not in given]
        if problems:
            raise unverified(problems)
        order = {eid: n for n, eid in enumerate(wanted)}
        self.bullets.sort(key=lambda b: order[b.event_id])
        for bullet, event in zip(self.bullets, scope.events):
            if not chinese(bullet.text):
                problems.append(f"the bullet for {event.id} must be in simplified Chinese")
            elif not names_any(checker, bullet.text, (), event.names):
                problems.append(f"the bullet for {event.id} must name the event ({' or '.join(event.names[:2])})")
        for bullet, found in zip(self.bullets, check_lines(checker, scope, [b.text for b in self.bullets])):
            problems += [f"{bullet.event_id}: {p}" for p in found]
        if problems:
            raise unverified(problems)
        return self


class BoardOut(Strict):
    """One board's 榜单变化 bullet, after '<board title>方面，'."""

    text: str = Field(description="该榜单本周变化的要点：接在“<榜单名>方面，”之后的一句或几句话，不换行。")

    @field_validator("text")
    @classmethod
    def _clean(cls, value: str, info: ValidationInfo) -> str:
        scope = info.context.get("scope") if isinstance(info.context, dict) else None
        value = clean_text(value, scope.intro if isinstance(scope, Scope) else "")
        if not value:
            raise ValueError("text is empty: write the board's bullet")
        return value

    @model_validator(mode="after")
    def _verified(self, info: ValidationInfo) -> BoardOut:
        checker, scope = _context(info)
        problems = [] if chinese(self.text) else ["write the text in simplified Chinese"]
        if not names_any(checker, self.text, scope.subjects, scope.subject_names):
            problems.append(f"the text must be about this week's changes: name {', '.join(scope.subject_names[:3])}")
        problems += check_lines(checker, scope, [self.text])[0]
        if problems:
            raise unverified(problems)
        return self


Output = TypeVar("Output", bound=BaseModel)

_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S | re.I)
_FENCE = re.compile(r"```[ \t]*(?:json|JSON)?[ \t]*\n?(.*?)```", re.S)


def json_text(content: str, output: type[BaseModel]) -> str:
    """The JSON inside an answer: after any <think> block, inside any code fence, between the outer braces.

    An answer that is not JSON at all (it does not even start like JSON) becomes {"text": ...} when
    the model has a single text field: plain-text mode.
    """
    text = _THINK.sub("", content).strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    start, end = text.find("{"), text.rfind("}")
    if start >= 0 and end > start:
        return text[start : end + 1]
    if set(output.model_fields) == {"text"} and text and text[0] not in "{[":
        return json.dumps({"text": text}, ensure_ascii=False)
    return text


def read_answer(content: str, output: type[Output], context: dict[str, Any]) -> Output:
    """Validate an answer against the facts; raises pydantic's ValidationError with the problems.

    JSON with raw line breaks inside strings (small local models write them) is read leniently.
    """
    text = json_text(content, output)
    try:
        return output.model_validate_json(text, context=context)
    except ValidationError as exc:
        if not any(e["type"] == "json_invalid" for e in exc.errors()):
            raise
        try:
            data = json.loads(text, strict=False)
        except ValueError:
            raise exc from None
        return output.model_validate(data, context=context)


def problems_of(exc: ValidationError) -> list[str]:
    """Every problem in a failed validation, as lines for the re-ask."""
    problems: list[str] = []
    for error in exc.errors(include_url=False):
        if error["type"] == "unverified":
            problems.extend(error["ctx"]["problems"])
        elif error["type"] == "json_invalid":
            problems.append(f"the answer is not valid JSON ({error['ctx'].get('error', error['msg'])}): answer with one JSON object")
        else:
            where = ".".join(str(x) for x in error["loc"]) or "answer"
            problems.append(f"{where}: {error['msg'].removeprefix('Value error, ')}")
    return problems
