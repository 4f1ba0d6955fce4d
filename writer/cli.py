"""The `writer` command line: parse, call, print. Errors are rendered here, once."""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import typer

from .errors import UsageError, WriterError
from .scrub import printable

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Draft the weekly LLM-leaderboard report (大模型榜单周报) and verify every number in it.",
)

F = TypeVar("F", bound=Callable[..., Any])

DataOption = typer.Option(None, "--data", help="Dataset folder (default: $WRITER_DATA, else ./data).", show_default=False)
WeekOption = typer.Option(..., "--week", help="Week ending date, YYYY-MM-DD, or 'latest'.")
PromptsOption = typer.Option(None, "--prompts", help="Templates folder (default: $WRITER_PROMPTS, else the bundled prompts/).", show_default=False)


def handle_errors(func: F) -> F:
    """Turn expected failures into one line on stderr and their exit status."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except WriterError as exc:
            typer.echo(f"error: {printable(str(exc))}", err=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


def check_language(lang: str | None) -> str:
    """zh or en: the flag, else $WRITER_LANG, else zh."""
    chosen = (lang or os.environ.get("WRITER_LANG") or "zh").strip().lower()
    if chosen not in ("zh", "en"):
        raise UsageError(f"--lang must be zh or en, not '{chosen}'")
    return chosen


def data_path(data: Path | None) -> Path:
    return data or Path(os.environ.get("WRITER_DATA") or "data")


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


class FactsFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
@handle_errors
def draft(
    week: str = WeekOption,
    data: Path = DataOption,
    out: Path = typer.Option(None, "--out", help="Drafts folder (default: $WRITER_OUT, else ./drafts).", show_default=False),
    prompts: Path = PromptsOption,
    model: str = typer.Option(None, "--model", help="LLM model name (default: $WRITER_MODEL, else the config file).", show_default=False),
    base_url: str = typer.Option(None, "--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8765/v1 (default: $OPENAI_BASE_URL, else the config file, else OpenAI when a key is set).", show_default=False),
    config: Path = typer.Option(None, "--config", help="TOML config file (default: $WRITER_CONFIG; optional).", show_default=False),
    max_reasks: int = typer.Option(None, "--max-reasks", help="Re-asks per failing section before it falls back  [default: 2]", show_default=False),
    concurrency: int = typer.Option(None, "--concurrency", help="Sections drafted at once  [default: 10]", show_default=False),
    timeout: float = typer.Option(None, "--timeout", help="Seconds per request  [default: 60]", show_default=False),
    cache_dir: Path = typer.Option(None, "--cache-dir", help="Answer cache (default: $WRITER_CACHE, else ./.writer-cache).", show_default=False),
    no_cache: bool = typer.Option(False, "--no-cache", help="Ask the endpoint again even for answers in the cache."),
    force: bool = typer.Option(False, "--force", help="Replace a report.md an editor changed (it is kept as report.md.bak)."),
    no_charts: bool = typer.Option(False, "--no-charts", help="Draw no charts (OUT/WEEK/charts/) and embed none."),
    ci: bool = typer.Option(False, "--ci", help="Unattended: one JSON summary on stdout (writer schema summary), plain lines on stderr, no colours or live progress."),
) -> None:
    """Draft a week's report into OUT/WEEK/report.md and draft.json.

    A report.md an editor changed since it was drafted is never overwritten: the new draft goes
    beside it as report.new.md and draft.new.json, unless --force, which keeps the edited file as
    report.md.bak (or report.md.<time>.bak) and replaces it. review.html shows the draft for review.

    Charts of the OpenRouter boards are drawn into OUT/WEEK/charts/ (SVG and PNG) and embedded
    in the report, each with alt text stating its main figures; --no-charts skips them.

    With an LLM configured, the LLM writes the overview, the event bullets and each board's
    榜单变化 bullet; the 排行榜 tables stay deterministic. Every section is checked against the
    week's data; a failing section is re-asked with its problems (--max-reasks), then falls back
    to the deterministic text. draft.json and the closing summary say which sections fell back
    and why, and the calls, re-asks and tokens of each section.

    Each setting comes from its flag, else the environment (OPENAI_API_KEY, OPENAI_BASE_URL,
    WRITER_MODEL, WRITER_CACHE), else the TOML config file (--config or WRITER_CONFIG; keys:
    base_url, model, api_key_env, max_reasks, concurrency, timeout, max_tokens, temperature,
    cache_dir, retry_attempts, retry_seconds, [price] prompt/completion in USD per million
    tokens), else its default. The key is never a flag: set OPENAI_API_KEY, or name another
    variable with api_key_env. A local server needs no key.

    With no base URL and no key, the deterministic drafter writes every section from the phrase
    templates in prompts/drafter/.

    Exit status: 0 drafted and verified; 1 the report has unverified numbers; 2 bad input or
    configuration; 3 the LLM endpoint failed (the draft is still written, deterministically).

    --ci is for scheduled jobs: stdout carries only the run summary as JSON (status, exit_code,
    week, model, sections and how each was written, re-asks, fell back, figures verified / wrong /
    unchecked / confirmed, calls, tokens, cost, paths written, duration); stderr the same in
    plain lines. The exit status is the same.

    \b
    Examples:
      writer draft --week 2026-01-31
      writer draft --week 2026-01-31 --base-url http://127.0.0.1:8765/v1 --model gemma-3-270m
    """
    from .config import resolve
    from .drafts import save_draft
    from .targets import check_draft_folder, write_failed
    from .templates import prompts_dir
    from .weekly import assemble, open_week

    say = functools.partial(typer.echo, err=True) if ci else typer.echo
    started = time.monotonic()
    try:
        settings = resolve(base_url=base_url, model=model, config=config, max_reasks=max_reasks, concurrency=concurrency,
                           timeout=timeout, cache_dir=cache_dir, no_cache=no_cache)
        folder = prompts_dir(prompts)
        ctx = open_week(data_path(data), week)
        target = (out or Path(os.environ.get("WRITER_OUT") or "drafts")) / f"{ctx.week.date:%Y-%m-%d}"
        check_draft_folder(target)
        if not no_charts:
            from .charts import chart_specs

            ctx.charts = chart_specs(ctx)
        failure = None
        outcomes = None
        if settings is None:
            from .drafter import draft_sections

            sections = draft_sections(ctx.week, ctx.deltas, ctx.stories, ctx.facts, ctx.dataset.entities, folder)
            result_draft, _, result = assemble(ctx, sections, "deterministic", folder)
            typer.echo("No LLM configured: drafted with the deterministic drafter (phrase templates in prompts/drafter/).", err=True)
            typer.echo("To draft with an LLM, set OPENAI_BASE_URL (and OPENAI_API_KEY) and WRITER_MODEL.", err=True)
        else:
            from .console import DraftProgress, print_draft_summary
            from .drafting import draft_with_llm

            with DraftProgress(live=False if ci else None, color=not ci) as progress:
                llm = draft_with_llm(ctx, settings, folder, progress)
            result_draft, result, failure, outcomes = llm.draft, llm.result, llm.failure, llm.outcomes
            if not ci:
                print_draft_summary(result_draft.usage, result_draft.sections, result_draft.cost_usd, llm.seconds, failure is not None)
            for warning in llm.warnings:
                typer.echo(f"warning: {printable(warning)}", err=True)
        try:
            written = save_draft(result_draft, target, folder, force=force)
        except OSError as exc:
            raise write_failed(target, exc) from None
        report = written.report
        paths = [written.report, written.data]
        charts: list[Path] = []
        if ctx.charts:
            from .charts import CHARTS_DIR, render_charts

            charts = render_charts(ctx.charts, target / CHARTS_DIR)
        from .render import write_atomic
        from .review import review_page, review_path

        page = review_path(written.report)
        write_atomic(page, review_page(written.report.read_text(encoding="utf-8"), result, ctx, result_draft,
                                       file=str(written.report), prompts=folder))
        paths += [page, *charts]
    except WriterError as exc:
        if not ci:
            raise
        from .summary import failed_summary

        typer.echo(failed_summary(str(exc), time.monotonic() - started).model_dump_json(indent=2))
        typer.echo(f"error: {printable(str(exc))}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if written.kept is not None:
        typer.echo(f"{written.kept} 在成稿后被编辑过，已原样保留；新稿写在它旁边（{written.report.name}、{written.data.name}）。"
                   f"要用新稿替换它，请运行 writer draft --force（编辑过的版本会留作备份）。", err=True)
    if written.backup is not None:
        typer.echo(f"已用新稿替换编辑过的 {written.report}；编辑过的版本保存为 {written.backup}。", err=True)
    if ci:
        from .prompting import section_ids
        from .summary import human_lines, run_summary, section_runs

        summary = run_summary(draft=result_draft, result=result, model=settings.model if settings else None,
                              sections=section_runs(section_ids(ctx), outcomes), llm_error=str(failure) if failure else None,
                              paths=[str(p) for p in paths], seconds=time.monotonic() - started)
        for line in human_lines(summary):
            typer.echo(line, err=True)
        typer.echo(summary.model_dump_json(indent=2))
        raise typer.Exit(summary.exit_code)
    say(f"wrote {written.report}")
    say(f"wrote {written.data}")
    say(f"wrote {page}")
    if charts:
        say(f"wrote {len(charts)} charts in {target / CHARTS_DIR}")
    say(f"check: {result.summary()}")
    if failure is not None:
        typer.echo(f"error: {printable(str(failure))}", err=True)
        typer.echo("The whole draft fell back to the deterministic drafter; it was still written and checked.", err=True)
        raise typer.Exit(failure.exit_code)
    if not result.ok:
        for problem in result.problems:
            typer.echo(printable(f"  {report}:{problem.line}:{problem.column}: {problem.quote}: {problem.message}"), err=True)
        raise typer.Exit(1)


class PromptFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
@handle_errors
def prompt(
    week: str = WeekOption,
    section: str = typer.Option(..., "--section", help="overview, events, or a board id (e.g. openrouter-models)."),
    data: Path = DataOption,
    prompts: Path = PromptsOption,
    format: PromptFormat = typer.Option(PromptFormat.text, "--format", help="text (one message after another) or json (the messages as sent)."),
) -> None:
    """Print the messages an LLM section is asked with, rendered from prompts/llm/.

    For editors debugging a prompt: the system message (house style) and the section's user
    message, with the facts it may quote and the JSON Schema of its answer.

    Example: writer prompt --week 2026-01-31 --section openrouter-models
    """
    from .prompting import section_plan
    from .templates import prompts_dir
    from .weekly import open_week

    ctx = open_week(data_path(data), week)
    plan = section_plan(ctx, section, prompts_dir(prompts))
    if format is PromptFormat.json:
        typer.echo(json.dumps(plan.messages, ensure_ascii=False, indent=2))
        return
    for message in plan.messages:
        typer.echo(f"--- {message['role']} ---")
        typer.echo(printable(message["content"]))
        typer.echo("")


@app.command()
@handle_errors
def check(
    file: Path = typer.Argument(..., help="Markdown file to check ('-' for standard input).", show_default=False),
    week: str = typer.Option(None, "--week", help="Week ending date, YYYY-MM-DD, or 'latest' (default: the week in the report's front matter).", show_default=False),
    data: Path = DataOption,
    format: CheckFormat = typer.Option(CheckFormat.text, "--format", help="text, json, or github (workflow annotations)."),
    fix_footer: bool = typer.Option(False, "--fix-footer", help="Rewrite the report's closing line to what this check finds."),
    lang: str = typer.Option(None, "--lang", help="Language of the messages: zh or en (default: $WRITER_LANG, else zh).", show_default=False),
) -> None:
    """Verify every number in a Markdown report against a week's data.

    A number passes only if it matches, at the precision it is written with, a value of the
    entity its clause speaks about, for the metric its words and unit imply, in the week its
    sentence gives it (从X…至Y: X last week, Y this week), or a value derived from those.

    With --fix-footer, the closing line (本稿由 writer …) is rewritten to state what this check
    finds; the check then leaves the old closing line out.

    Every figure gets a verdict: verified (a fact of the week matches it), wrong (a confident
    reading contradicts the data; the message says what the data holds, with its file and line),
    or unchecked (no confident reading; the message says why). Figures an editor vouched for in
    the week's confirmed.yaml are counted apart. Messages are Chinese sentences (--lang en, or
    WRITER_LANG=en, for English).

    Exit status: 0 every number verified, 1 some are wrong or unchecked, 2 bad input or usage.

    Example: writer check drafts/2026-01-31/report.md   (the week comes from its front matter)
    """
    from .load import read_text
    from .render import week_of
    from .weekly import open_week

    language = check_language(lang)
    if fix_footer and str(file) == "-":
        raise UsageError("--fix-footer rewrites a file: give a file, not '-'")
    from .limits import read_stdin

    text = read_stdin(sys.stdin.buffer) if str(file) == "-" else read_text(file)
    week = week or week_of(text) or ""
    if not week:
        raise UsageError(f"{file} has no week in its front matter (a line 'week: YYYY-MM-DD'): give --week")
    ctx = open_week(data_path(data), week)
    if fix_footer:
        from .footer import refresh_footer

        result, changed = refresh_footer(file, text, ctx)
        if changed:
            typer.echo(f"已更新 {file} 的结尾说明，使其与本次核对结果一致。", err=True)
    else:
        result = ctx.check_report(text, str(file))
    if format is CheckFormat.json:
        typer.echo(result.model_dump_json(indent=2))
    elif format is CheckFormat.github:
        for p in result.problems:
            said = p.message_zh if language == "zh" and p.message_zh else f"{p.quote}: {p.message}"
            message = said.replace("%", "%25").replace("\n", "%0A")
            typer.echo(printable(f"::error file={file},line={p.line},col={p.column},title=writer check::{message}"))
        typer.echo(result.summary_zh() if language == "zh" else result.summary())
    else:
        for p in result.problems:
            if language == "zh" and p.message_zh:
                typer.echo(printable(f"{file}:{p.line}:{p.column}: {p.message_zh}"))
                continue
            where = f" [{p.source.fact}{', ' + p.source.file if p.source.file else ''}]" if p.source else ""
            typer.echo(printable(f"{file}:{p.line}:{p.column}: {p.quote}: {p.message}{where}"))
        typer.echo(result.summary_zh() if language == "zh" else result.summary())
    raise typer.Exit(0 if result.ok else 1)


@app.command()
@handle_errors
def review(
    file: Path = typer.Argument(..., help="The report to review (Markdown).", show_default=False),
    week: str = typer.Option(None, "--week", help="Week ending date (default: the week in the report's front matter).", show_default=False),
    data: Path = DataOption,
    out: Path = typer.Option(None, "--out", "-o", help="Where to write the page (default: beside FILE, report.md → review.html).", show_default=False),
    prompts: Path = PromptsOption,
) -> None:
    """Write the review page of a report: every figure marked by what the check found.

    One self-contained HTML file (no network): the report rendered, verified figures with their
    fact, values and data file and line on hover or keyboard focus, wrong ones in red with what
    the data says, a list of every problem linked to its place, and, with the draft.json beside
    FILE, who wrote each section and the draft's model, calls, tokens and cost. The report's
    closing line is brought up to date first. The page's template is prompts/review.html.j2.

    Exit status: 0 every number verified, 1 some did not, 2 bad input or usage.

    Example: writer review drafts/2026-01-31/report.md
    """
    from .review import review_file

    reviewed = review_file(file, data_path(data), week=week, out=out, prompts=prompts)
    if reviewed.footer_updated:
        typer.echo(f"已更新 {file} 的结尾说明，使其与本次核对结果一致。", err=True)
    typer.echo(f"wrote {reviewed.page}")
    typer.echo(f"check: {reviewed.result.summary()}")
    raise typer.Exit(0 if reviewed.result.ok else 1)


@app.command()
@handle_errors
def facts(
    week: str = WeekOption,
    data: Path = DataOption,
    board: str = typer.Option(None, "--board", help="Only this board's facts.", show_default=False),
    format: FactsFormat = typer.Option(FactsFormat.table, "--format", help="table (for people) or json (for machines)."),
) -> None:
    """Print the facts of a week: every figure a report may quote, and the stories they make.

    Example: writer facts --week 2026-01-31 --board openrouter-models
    """
    from .weekly import open_week

    ctx = open_week(data_path(data), week)
    if board and ctx.dataset.board(board) is None:
        raise UsageError(f"unknown board '{board}' (boards: {', '.join(b.id for b in ctx.dataset.catalog.boards)})")
    selected = [f for f in ctx.facts.facts if not board or f.board == board]
    stories = {b: s for b, s in ctx.stories.items() if not board or b == board}
    if format is FactsFormat.json:
        payload = {
            "week": str(ctx.facts.week),
            "previous_week": str(ctx.facts.prev_week) if ctx.facts.prev_week else None,
            "facts": [f.model_dump(mode="json", exclude_defaults=True) for f in selected],
            "stories": {b: [s.model_dump(mode="json") for s in items] for b, items in stories.items()},
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from .console import print_facts

    print_facts(ctx.facts, selected, stories)


@app.command()
def schema(name: str = typer.Argument(None, help="One schema by name; all when omitted.", show_default=False)) -> None:
    """Print the JSON Schemas of the input files (and of facts, drafts and check results).

    Example: writer schema row-usage
    """
    from .facts import Facts
    from .models import input_schemas
    from .render import Draft
    from .fetch import FetchConfig
    from .summary import RunSummary
    from .verify import CheckResult

    schemas = input_schemas()
    schemas.update({"facts": Facts.model_json_schema(), "draft": Draft.model_json_schema(), "check-result": CheckResult.model_json_schema(),
                    "summary": RunSummary.model_json_schema(), "fetch-config": FetchConfig.model_json_schema()})
    if name is None:
        typer.echo(json.dumps(schemas, ensure_ascii=False, indent=2))
        return
    if name not in schemas:
        typer.echo(f"error: no schema named '{name}' (schemas: {', '.join(schemas)})", err=True)
        raise typer.Exit(2)
    typer.echo(json.dumps(schemas[name], ensure_ascii=False, indent=2))


def main() -> None:
    """Console entry point."""
    app()


@app.command("import")
@handle_errors
def import_(
    source: str = typer.Argument(..., help="openrouter-weekly, openrouter-daily, openrouter-endpoints, lmarena or artificial-analysis.", show_default=False),
    files: list[Path] = typer.Argument(..., help="The source's own export files.", show_default=False),
    data: Path = DataOption,
    week: str = typer.Option(None, "--week", help="Week ending date YYYY-MM-DD, for sources whose files carry none.", show_default=False),
    board: str = typer.Option(None, "--board", help="Target board, where a source serves several (artificial-analysis).", show_default=False),
) -> None:
    """Import a source's own export into the week folders of the data.

    Rows go through the same models and validation as hand-made files; nothing is written unless
    every affected week folder loads. Unknown models and companies are added to entities.yaml with
    a warning. Importing the same file again changes nothing; a different file for the same week
    and board replaces that board's snapshot. Exit status: 0 imported, 2 bad input or usage.

    Example: writer import openrouter-weekly ../shared/real-data/openrouter-weekly/*.json --data data/openrouter-real
    """
    from .importers import import_files

    result = import_files(source, files, data_path(data), week=week, board=board)
    for warning in result.warnings:
        typer.echo(f"warning: {printable(warning)}", err=True)
    for line in result.lines():
        typer.echo(printable(line))


@app.command()
@handle_errors
def fetch(
    week: str = typer.Option(None, "--week", help="Week ending date YYYY-MM-DD (default: the last Sunday, UTC).", show_default=False),
    data: Path = DataOption,
    config: Path = typer.Option(None, "--config", help="Fetch config, TOML (default: $WRITER_FETCH_CONFIG, else ./fetch.toml).", show_default=False),
    save: Path = typer.Option(None, "--save", help="Keep the downloaded files in this folder (default: a temporary folder, removed).", show_default=False),
) -> None:
    """Download the sources' own exports from the URLs in the fetch config, then import each.

    Requests carry a User-Agent naming writer (and the config's contact), time out after
    `timeout` seconds and are retried on timeouts, connection errors, 429 and 5xx (`attempts`,
    `backoff`). Each source is imported with its `writer import` importer; a source that fails
    leaves the others imported.

    Exit status: 0 every source fetched and imported; 2 bad config or usage, or a source whose
    response its importer rejects (a format change); 3 a source did not answer.

    Example: writer fetch --config fetch.toml --week 2026-02-01
    """
    import datetime as dt

    from .fetch import config_path, fetch_all, read_fetch_config

    chosen = None
    if week is not None:
        try:
            chosen = dt.date.fromisoformat(week)
        except ValueError:
            raise UsageError(f"--week '{week}' is not a date: use YYYY-MM-DD") from None
    report = fetch_all(read_fetch_config(config_path(config)), data_path(data), chosen, save)
    for result in report.results:
        for warning in result.warnings:
            typer.echo(f"warning: {warning}", err=True)
        for line in result.lines:
            typer.echo(line)
        if result.error:
            typer.echo(f"error: {result.error}", err=True)
    if report.exit_code:
        raise typer.Exit(report.exit_code)


@app.command()
@handle_errors
def publish(
    file: Path = typer.Argument(..., help="The report to publish (its front matter names the week).", show_default=False),
    data: Path = DataOption,
    out: Path = typer.Option(None, "--out", help="Folder for report.html and the blog post (default: the report's folder).", show_default=False),
    prompts: Path = PromptsOption,
    force: bool = typer.Option(False, "--force", help="Publish even with wrong or unchecked figures; the page and the post say so."),
    date: str = typer.Option(None, "--date", help="The post's date, ISO 8601 (default: now, UTC).", show_default=False),
) -> None:
    """Publish a checked report: report.html (one self-contained page) and a blog post.

    The report is checked against the week of its front matter first: a wrong or unchecked
    figure refuses the publication (exit 1), unless --force, which is printed and recorded in the
    page's metadata, on the page and in the post's front matter. report.html has every style
    inline (the WeChat and Zhihu editors drop <style> blocks) and the charts embedded as data:
    URIs; WEEK-weekly-report.md is the Markdown under a front matter with layout, title and date.

    Exit status: 0 published; 1 the report has figures that did not verify (nothing written
    without --force); 2 bad input or usage.

    Example: writer publish drafts/2026-01-31/report.md
    """
    import datetime as dt

    from .publish import forced_note, read_report, write_publication
    from .weekly import open_week

    when = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    if date is not None:
        try:
            when = dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
        except ValueError:
            raise UsageError(f"--date '{date}' is not an ISO 8601 date or time") from None
    report = read_report(file)
    result = open_week(data_path(data), report.week).check_report(report.text, str(file))
    for p in result.problems:
        typer.echo(f"{file}:{p.line}:{p.column}: {p.quote}: {p.message}", err=True)
    forced = None
    if result.problems:
        if not force:
            typer.echo(f"error: {file}: {len(result.problems)} figures did not verify ({len(result.wrong)} wrong, "
                       f"{len(result.unchecked)} unchecked): not published (--force publishes anyway and says so)", err=True)
            raise typer.Exit(1)
        forced = forced_note(result)
        typer.echo(f"warning: published with --force: {forced}", err=True)
    published = write_publication(report, result, out or file.parent, forced, when, prompts)
    typer.echo(f"check: {result.summary()}")
    typer.echo(f"wrote {published.html}")
    typer.echo(f"wrote {published.post}")


@app.command("new-week")
@handle_errors
def new_week(
    week: str = typer.Option(None, "--week", help="Week ending date YYYY-MM-DD (default: the last week + 7 days).", show_default=False),
    data: Path = DataOption,
) -> None:
    """Start a week's folder from the last week: its board files as a starting point, an empty events.yaml.

    Prints (in Chinese) what to fill in. Never overwrites an existing week folder (exit 2).

    Example: writer new-week --week 2026-02-07
    """
    from .load import open_dataset
    from .newweek import start_week

    created = start_week(open_dataset(data_path(data)), _week_date(week) if week else None)
    typer.echo(f"已从 {created.source} 新建 {created.folder}。请填写：")
    for number, item in enumerate(created.todo, 1):
        typer.echo(f"  {number}. {item}")


@app.command("validate")
@handle_errors
def validate_(
    week: str = typer.Option("latest", "--week", help="Week ending date YYYY-MM-DD, or 'latest'."),
    data: Path = DataOption,
    format: FactsFormat = typer.Option(FactsFormat.table, "--format", help="table (one line per problem) or json (the problems as a list)."),
) -> None:
    """Check a week's data against every rule of data/README.md, and list every problem at once.

    Each problem names the file, line and field and says what is wrong (in Chinese). Exit
    status: 0 no errors (warnings, such as a board identical to last week's, are printed), 2 errors.

    Example: writer validate --week 2026-01-31
    """
    from .load import open_dataset
    from .validation import validate_week

    dataset = open_dataset(data_path(data))
    date = dataset.resolve_week(week)
    problems = validate_week(dataset, date)
    errors = sum(p.severity.value == "error" for p in problems)
    if format is FactsFormat.json:
        typer.echo(json.dumps([p.model_dump(mode="json") for p in problems], ensure_ascii=False, indent=2))
        raise typer.Exit(2 if errors else 0)
    for p in problems:
        label = "错误" if p.severity.value == "error" else "警告"
        where = p.file + (f"，第 {p.line} 行" if p.line is not None else "") + (f"，字段 {p.field}" if p.field else "")
        typer.echo(f"{label}：{where}：{p.message}")
    warnings = len(problems) - errors
    typer.echo(f"{date} 这一周：{errors} 个错误，{warnings} 个警告。")
    if errors:
        raise typer.Exit(2)


def _week_date(week: str):
    """A YYYY-MM-DD option as a date; anything else is a usage error."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(week)
    except ValueError:
        raise UsageError(f"'{week}' is not a week: use YYYY-MM-DD") from None
