"""`writer fetch`: download the sources' own exports, then import each with its importer.

    config = read_fetch_config(Path("fetch.toml"))
    report = fetch_all(config, data=Path("data"), week=None, save=None)

The URLs live in a TOML file (`FetchConfig`), never in code:

    # fetch.toml
    timeout = 30                         # seconds per request
    attempts = 3                         # per URL, on timeouts, connection errors, 429 and 5xx
    backoff = 2                          # seconds before the first retry, doubled after each
    contact = "mailto:editors@example.org"   # added to the User-Agent

    [sources.openrouter-rankings]
    importer = "openrouter-daily"        # a `writer import` source
    urls = ["https://openrouter.ai/api/v1/datasets/rankings-daily?start_date={start}&end_date={week}"]
    headers = { Authorization = "Bearer $OPENROUTER_API_KEY" }   # $NAME: read from the environment

`{week}` is the week (`--week`, else the last Sunday, UTC) and `{start}` the day 13 days before it
(two weeks of daily rows: this week and the one it is compared with). Each source is fetched and
imported on its own: one that fails leaves the others imported. A source that does not answer
(after its retries) is a `SourceUnreachable` (exit 3); a response its importer rejects — the
source changed its format — is the importer's `DataError` (exit 2).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from tenacity import RetryError, Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from .errors import ConfigError, SourceUnreachable, WriterError

CONFIG_VARIABLE = "WRITER_FETCH_CONFIG"
DEFAULT_CONFIG = "fetch.toml"
Importer = Literal["openrouter-weekly", "openrouter-daily", "openrouter-endpoints", "lmarena", "artificial-analysis"]
SUFFIXES = {"application/json": ".json", "text/csv": ".csv", "application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl"}
_ENV_REFERENCE = re.compile(r"\$([A-Z_][A-Z0-9_]*)")


class SourceConfig(BaseModel):
    """One source: where its exports are and which importer reads them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    importer: Importer = Field(description="The `writer import` source that reads these files.")
    urls: list[str] = Field(min_length=1, description="Where to download; {week} and {start} are filled in.")
    board: str | None = Field(None, description="The board, for importers that serve several (artificial-analysis).")
    headers: dict[str, str] = Field(default_factory=dict, description="Extra request headers; $NAME is read from the environment.")
    files: list[str] = Field(default_factory=list, description="File names to save each URL as (default: the URL's last path segment).")


class FetchConfig(BaseModel):
    """`fetch.toml`: the sources and how politely to ask them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    timeout: float = Field(30.0, gt=0, description="Seconds per request.")
    attempts: int = Field(3, ge=1, le=10, description="Tries per URL on timeouts, connection errors, 429 and 5xx.")
    backoff: float = Field(2.0, ge=0, description="Seconds before the first retry; doubled after each.")
    contact: str | None = Field(None, description="How the source can reach us, added to the User-Agent.")
    sources: dict[str, SourceConfig] = Field(min_length=1)


@dataclass
class SourceResult:
    """What fetching one source did."""

    name: str
    files: list[Path] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    """One line: which source failed and why."""
    exit_code: int = 0


@dataclass
class FetchReport:
    """Every source's result; the exit code is the worst of them."""

    results: list[SourceResult]

    @property
    def exit_code(self) -> int:
        codes = [r.exit_code for r in self.results if r.error is not None]
        return 2 if 2 in codes else max(codes, default=0)


def read_fetch_config(path: Path) -> FetchConfig:
    """Parse and validate the fetch config; any problem is a ConfigError naming the file and the key."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"fetch config not found: {path} (set it with --config or {CONFIG_VARIABLE})") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not a readable TOML file: {exc}") from None
    try:
        return FetchConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"{path}: {problems}") from None


def config_path(flag: Path | None) -> Path:
    """--config, else $WRITER_FETCH_CONFIG, else ./fetch.toml."""
    return flag or Path(os.environ.get(CONFIG_VARIABLE) or DEFAULT_CONFIG)


def last_sunday(today: dt.date) -> dt.date:
    """The week a fetch is for by default: the last Sunday on or before today."""
    return today - dt.timedelta(days=(today.weekday() + 1) % 7)


def user_agent(config: FetchConfig) -> str:
    """A polite User-Agent: who we are and, when configured, how to reach us."""
    from .weekly import writer_version

    contact = f"; +{config.contact}" if config.contact else ""
    return f"writer/{writer_version()} (weekly LLM leaderboard report{contact})"


def expand_headers(headers: dict[str, str], source: str) -> dict[str, str]:
    """Header values with $NAME read from the environment; a missing variable is a ConfigError."""

    def value(match: re.Match[str]) -> str:
        found = os.environ.get(match.group(1))
        if not found:
            raise ConfigError(f"{source}: the header needs ${match.group(1)}, which is not set")
        return found

    return {name: _ENV_REFERENCE.sub(value, text) for name, text in headers.items()}


def transient(exc: BaseException) -> bool:
    """Worth another try: timeouts, connection errors, 408, 429 and 5xx."""
    if isinstance(exc, urllib.error.HTTPError):
        return exc.code in (408, 429) or exc.code >= 500
    return isinstance(exc, (urllib.error.URLError, TimeoutError, ConnectionError))


def describe(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, TimeoutError) or isinstance(exc, TimeoutError) or "timed out" in str(reason):
        return "timed out"
    return str(reason)


def download(url: str, headers: dict[str, str], config: FetchConfig, source: str) -> tuple[bytes, str]:
    """GET one URL with retries; the body and its Content-Type. Raises SourceUnreachable."""
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(config), **headers})
    retrying = Retrying(stop=stop_after_attempt(config.attempts), retry=retry_if_exception(transient),
                        wait=wait_exponential(multiplier=config.backoff, max=60), reraise=False)
    try:
        for attempt in retrying:
            with attempt:
                with urllib.request.urlopen(request, timeout=config.timeout) as response:
                    return response.read(), response.headers.get_content_type()
    except RetryError as exc:
        cause = exc.last_attempt.exception() or exc
        raise SourceUnreachable(f"{source}: {url}: {describe(cause)} after {config.attempts} attempt"
                                f"{'s' if config.attempts != 1 else ''} ({config.timeout:g}s each)") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError, ValueError) as exc:
        raise SourceUnreachable(f"{source}: {url}: {describe(exc)}") from None
    raise AssertionError("unreachable")  # pragma: no cover - Retrying either returns or raises


def file_name(url: str, content_type: str, index: int, chosen: list[str]) -> str:
    """The name to save a response as: the configured one, else the URL's last segment with a suffix for its type."""
    if index < len(chosen):
        return chosen[index]
    stem = Path(urllib.parse.urlparse(url).path).name or "response"
    if not Path(stem).suffix:
        stem += SUFFIXES.get(content_type, ".json")
    return stem


def fill(url: str, week: dt.date) -> str:
    return url.replace("{week}", f"{week:%Y-%m-%d}").replace("{start}", f"{week - dt.timedelta(days=13):%Y-%m-%d}")


def fetch_source(name: str, source: SourceConfig, config: FetchConfig, data: Path, week: dt.date,
                 week_given: bool, folder: Path) -> SourceResult:
    """Download one source's files into `folder/name/`, then import them; failures land in `error`."""
    from .importers import import_files

    result = SourceResult(name)
    target = folder / name
    target.mkdir(parents=True, exist_ok=True)
    try:
        headers = expand_headers(source.headers, name)
        for index, raw_url in enumerate(source.urls):
            url = fill(raw_url, week)
            body, content_type = download(url, headers, config, name)
            path = target / file_name(url, content_type, index, source.files)
            path.write_bytes(body)
            result.files.append(path)
            result.lines.append(f"{name}: fetched {url} ({len(body):,} bytes) → {path.name}")
        # Sources whose exports carry no date are imported for the week; the others name their own.
        needs_week = week_given or source.importer in ("openrouter-endpoints", "artificial-analysis")
        imported = import_files(source.importer, result.files, data, week=f"{week:%Y-%m-%d}" if needs_week else None,
                                board=source.board)
    except WriterError as exc:
        result.error = str(exc) if str(exc).startswith(f"{name}: ") else f"{name}: {exc}"
        result.exit_code = exc.exit_code
        return result
    result.warnings += imported.warnings
    result.lines += [f"{name}: {line}" for line in imported.lines()]
    return result


def fetch_all(config: FetchConfig, data: Path, week: dt.date | None = None, save: Path | None = None,
              today: dt.date | None = None) -> FetchReport:
    """Fetch and import every configured source; downloads go to `save`, else a temporary folder."""
    chosen = week or last_sunday(today or dt.datetime.now(dt.timezone.utc).date())
    folder = save or Path(tempfile.mkdtemp(prefix="writer-fetch-"))
    try:
        return FetchReport([fetch_source(name, source, config, data, chosen, week is not None, folder)
                            for name, source in config.sources.items()])
    finally:
        if save is None:
            shutil.rmtree(folder, ignore_errors=True)
