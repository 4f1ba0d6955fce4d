"""Every error `writer` raises on purpose, caught once at the CLI edge.

    WriterError                 base; `exit_code` is what the CLI exits with
    ├── DataError               bad input data: file, row, field and what is wrong (exit 2)
    │   └── NoSuchWeek          a week with no folder in the data
    ├── UsageError              a bad command-line value (exit 2)
    ├── ConfigError             bad or missing LLM configuration (exit 2)
    ├── PromptError             a prompt template that fails to render (exit 2)
    ├── SourceUnreachable       a source `writer fetch` downloads from did not answer (exit 3)
    └── LLMError                the LLM endpoint failed for good (exit 3)
        ├── EndpointDown        transient errors outlasted the retry budget
        └── RequestRejected     the endpoint refused the request for good (key, model, parameters)

Anything else that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations

from pathlib import Path


class WriterError(Exception):
    """Base of every expected failure; its message is shown to the user as is."""

    exit_code = 2


class DataError(WriterError):
    """Bad input data, located as precisely as we can (file, row, field)."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.row = row
        self.field = field
        self.reason = message
        where = []
        if self.path:
            where.append(self.path)
        if row is not None:
            where.append(f"line {row}")
        if field:
            where.append(f"field '{field}'")
        super().__init__(f"{', '.join(where)}: {message}" if where else message)


class NoSuchWeek(DataError):
    """The requested week has no folder in the data."""


class UsageError(WriterError):
    """A command-line value that cannot be used."""


class ConfigError(WriterError):
    """Missing or contradictory LLM configuration."""


class PromptError(WriterError):
    """A prompt template that cannot be rendered (missing variable, syntax)."""


class SourceUnreachable(WriterError):
    """A source did not answer `writer fetch` (timeouts, connection errors, HTTP errors) after its retries."""

    exit_code = 3


class LLMError(WriterError):
    """The LLM endpoint failed in a way retries cannot fix."""

    exit_code = 3

    def __init__(self, message: str, *, attempts: int = 0) -> None:
        self.attempts = attempts
        super().__init__(message)


class EndpointDown(LLMError):
    """Transient failures (429, 5xx, timeouts) outlasted the retry budget."""


class RequestRejected(LLMError):
    """The endpoint answered with a permanent error (401, 403, 404, a 400 that is not about the format)."""

    def __init__(self, message: str, *, status: int | None = None, attempts: int = 1) -> None:
        self.status = status
        super().__init__(message, attempts=attempts)
