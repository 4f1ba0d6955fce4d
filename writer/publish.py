"""`writer publish`: a checked report as one self-contained HTML page and as a blog post.

    report = read_report(Path("drafts/2026-01-31/report.md"))
    result = open_week(data, report.week).checker.check(report.text, str(report.path))
    published = write_publication(report, result, out, forced=None, date=now)

The page (`report.html`) carries every style on its elements (the WeChat and Zhihu editors drop
<style> blocks and classes when a page is pasted) and every chart as a data: URI of its PNG, so it
is one file that survives pasting. The blog post keeps the report's Markdown under a front matter
with layout, title and date. Styles and layouts are files under `prompts/publish/`.
"""

from __future__ import annotations

import base64
import datetime as dt
import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError
from .findings import CheckResult
from .load import read_text
from .render import front_matter, write_atomic
from .templates import prompts_dir, render

PUBLISH_DIR = "publish"


@dataclass
class Report:
    """A report file: its front matter, its body and the week it is about."""

    path: Path
    text: str
    front: dict[str, Any]
    body: str

    @property
    def week(self) -> str:
        return str(self.front["week"])

    @property
    def title(self) -> str:
        return str(self.front.get("title") or f"大模型榜单周报（{self.week}）")


@dataclass
class Published:
    """The files a publication wrote."""

    html: Path
    post: Path


def read_report(path: Path) -> Report:
    """Read a report and its front matter; the week must be in it (`week: 2026-01-31`)."""
    text = read_text(path)
    front, body_start = front_matter(text)
    if not front.get("week"):
        raise DataError("no week in the front matter (a line 'week: YYYY-MM-DD' between the --- lines)", path=path)
    try:
        dt.date.fromisoformat(str(front["week"]))
    except ValueError:
        raise DataError(f"week '{front['week']}' in the front matter is not a date (YYYY-MM-DD)", path=path) from None
    return Report(path=path, text=text, front=front, body=text[body_start:])


def styles(prompts: Path | None = None) -> dict[str, str]:
    """The inline style of each element, from prompts/publish/styles.yaml."""
    path = prompts_dir(prompts) / PUBLISH_DIR / "styles.yaml"
    loaded = yaml.safe_load(read_text(path))
    if not isinstance(loaded, dict) or not all(isinstance(v, str) for v in loaded.values()):
        raise DataError("expected one 'element: CSS declarations' line per element", path=path)
    return loaded


def data_uri(path: Path) -> str:
    """The file as a data: URI, so the page needs nothing beside it."""
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def body_html(markdown: str, folder: Path, style: dict[str, str]) -> str:
    """The report body as HTML: each element styled inline, each local image embedded."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    tokens = md.parse(markdown)
    for token in _walk(tokens):
        if token.type == "image":
            src = str(token.attrGet("src") or "")
            if not re.match(r"^[a-z]+:", src):
                image = folder / src
                if not image.is_file():
                    raise DataError(f"the image {src} is not there (draw the charts with writer draft)", path=image)
                token.attrSet("src", data_uri(image))
        if token.nesting >= 0 and token.tag in style:
            token.attrSet("style", style[token.tag])
    return md.renderer.render(tokens, md.options, {})


def _walk(tokens: list[Any]) -> list[Any]:
    found = []
    for token in tokens:
        found.append(token)
        if token.children:
            found.extend(_walk(token.children))
    return found


def forced_note(result: CheckResult) -> str:
    """What --force published anyway, in one line."""
    wrong, unchecked = len(result.wrong), len(result.unchecked)
    quotes = "、".join(p.quote for p in result.problems[:5]) + ("……" if len(result.problems) > 5 else "")
    return f"{wrong} 个数字有误，{unchecked} 个数字无法核对（{quotes}）"


def write_publication(report: Report, result: CheckResult, out: Path, forced: str | None, date: dt.datetime,
                      prompts: Path | None = None) -> Published:
    """Write report.html and the blog post into `out`; `forced` records a publication with --force."""
    from .weekly import writer_version

    folder = prompts_dir(prompts)
    style = styles(folder)
    body = body_html(report.body, report.path.parent, style)
    page = render(f"{PUBLISH_DIR}/page.html.j2", folder, title=report.title, week=report.week, body=body,
                  styles=style, check=result.summary(), forced=forced, version=writer_version())
    post = render(f"{PUBLISH_DIR}/post.md.j2", folder, title=report.title, week=report.week, body=report.body.lstrip("\n"),
                  date=date.strftime("%Y-%m-%dT%H:%M:%SZ"), forced=forced)
    html_path, post_path = out / "report.html", out / f"{report.week}-weekly-report.md"
    write_atomic(html_path, page)
    write_atomic(post_path, post)
    return Published(html=html_path, post=post_path)
