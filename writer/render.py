"""The draft as data (`draft.json`) and as Markdown (`report.md`), written atomically.

A `Draft` holds the four sections of the report; every paragraph lists the facts it states, so a
reviewer (and later the HTML review page) can trace each number to its row in the data.
"""

from __future__ import annotations

import datetime as dt
import re
import os
import secrets
from enum import Enum
from pathlib import Path
from typing import Any, Literal

import yaml

from pydantic import BaseModel, Field

from .charts import ChartSpec
from .markup import inert_section
from . import vocabulary
from .templates import render

SectionId = Literal["overview", "events", "boards", "tables"]
SECTION_TITLES = vocabulary.SECTION_TITLES  # defined once, in writer/vocabulary.yaml


class Author(str, Enum):
    """Who wrote a piece of text."""

    deterministic = "deterministic"
    llm = "llm"


class Paragraph(BaseModel):
    """One paragraph or bullet, and the facts it states."""

    text: str
    facts: list[str] = Field(default_factory=list, description="Ids of the facts whose figures the text quotes.")
    board: str | None = Field(None, description="The board a 榜单变化 bullet is about.")
    event: str | None = Field(None, description="The event a 重点关注事件 bullet is about.")


class Table(BaseModel):
    """A Markdown table of the 排行榜 section."""

    title: str | None = None
    header: list[str]
    rows: list[list[str]]


class Section(BaseModel):
    """One of the report's four sections."""

    id: SectionId
    title: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    author: Author = Author.deterministic
    fell_back: str | None = Field(None, description="Why the LLM's text was replaced by the deterministic one.")


class SectionUsage(BaseModel):
    """LLM calls and tokens spent on one section."""

    section: str
    calls: int = 0
    reasks: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: int = 0


class Provenance(BaseModel):
    """Where the draft came from."""

    week: dt.date
    previous_week: dt.date | None
    data: str
    files: list[str]
    generated_at: dt.datetime
    generator: str = Field(description="'deterministic' or the LLM model name.")
    writer_version: str


class CheckSummary(BaseModel):
    """The checker's verdict on the rendered report."""

    numbers: int
    verified: int
    problems: list[str]
    wrong: int = 0
    unchecked: int = 0
    confirmed: int = Field(0, description="Figures the data cannot confirm that an editor vouched for.")


class Draft(BaseModel):
    """A complete weekly report draft."""

    title: str
    week: dt.date
    sections: list[Section]
    provenance: Provenance
    check: CheckSummary | None = None
    usage: list[SectionUsage] = Field(default_factory=list)
    cost_usd: float | None = None
    report_sha256: str | None = Field(None, description="sha256 of the report.md written with this draft: a different one was edited.")
    charts: list[ChartSpec] = Field(default_factory=list, description="The charts under charts/, with what each plots.")

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)


def to_markdown(draft: Draft, prompts: Path | None = None) -> str:
    """Render a draft with the editable report template (`prompts/report.md.j2`)."""
    from .footer import footer_line

    sections = [inert_section(s) for s in draft.sections]  # text from data and endpoints: no live markup
    return render("report.md.j2", prompts, draft=draft, sections=sections, markdown_table=markdown_table,
                  footer=lambda week, check: footer_line(week, check, prompts))


def markdown_table(table: Table) -> str:
    """A pipe table with escaped cells."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in table.header) + " |", "|" + "|".join("---" for _ in table.header) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never half of it; the umask applies."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created with os.open and mode 0o666 rather than mkstemp (always 0600), so the umask decides.
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_draft(draft: Draft, folder: Path, prompts: Path | None = None) -> tuple[Path, Path]:
    """Write report.md and draft.json into `folder` as a pair; an edited report.md is kept (see `drafts`)."""
    from .drafts import save_draft

    written = save_draft(draft, folder, prompts)
    return written.report, written.data


_FRONT = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def front_matter(text: str) -> tuple[dict[str, Any], int]:
    """A report's YAML front matter (empty when it has none or it does not parse) and where its body starts."""
    match = _FRONT.match(text.replace("\r\n", "\n"))
    if not match:
        return {}, 0
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, 0
    return (meta, match.end()) if isinstance(meta, dict) else ({}, 0)


def week_of(text: str) -> str | None:
    """The `week` of a report's front matter, if it has one."""
    week = front_matter(text)[0].get("week")
    return str(week) if week else None
