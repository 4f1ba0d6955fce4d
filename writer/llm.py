"""One chat completion from any OpenAI-compatible endpoint: cached, retried, in the best format it takes.

`Endpoint.complete(messages, Output)` asks for an answer shaped like the Pydantic model `Output`:

- from the on-disk cache when the same request was answered before (no call at all);
- with `response_format` json_schema (the model's generated schema), falling back to json_object
  with the schema attached (llama.cpp's grammar), then bare json_object, then plain text, whenever
  the endpoint refuses a format; what was refused is remembered for the rest of the run;
- retrying transient failures only (connection errors and timeouts, 429 except
  insufficient_quota, 408, 409, 5xx) with exponential backoff and jitter, honouring
  Retry-After, bounded in attempts and in total time. The client's own retries are off.

Every request is bounded: one deadline (`timeout`) covers connecting and the whole body however
slowly it arrives, and the body is capped at `max_response_bytes` (`transport`). A timeout is
transient; a body that is too large, not UTF-8, not JSON or not a chat completion is a permanent
failure of the endpoint. Whatever the endpoint says is redacted (`scrub`) before it is kept.

It returns the raw answer; whether the answer is any good is the caller's business (re-asking is
not retrying). When the endpoint fails for good (retries exhausted, key or model refused) it
raises EndpointDown or RequestRejected, and every later request on the same Endpoint fails at
once without a call; a 400/413/422 only fails the request that caused it.
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import openai
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from tenacity import (
    RetryCallState,
    RetryError,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_any,
    stop_before_delay,
)
from tenacity.stop import stop_base

from .cache import AnswerCache, request_key
from .config import Settings
from .errors import EndpointDown, LLMError, RequestRejected
from .scrub import redact, redact_url
from .transport import Overdue, UnusableResponse, http_client, within


class Mode(str, Enum):
    """How an answer's structure is requested, most to least constrained."""

    json_schema = "json_schema"
    json_object_schema = "json_object+schema"
    json_object = "json_object"
    text = "text"


def response_format(mode: Mode, output: type[BaseModel]) -> dict[str, Any] | None:
    """The `response_format` request parameter for a mode (None: leave it out)."""
    schema = output.model_json_schema()
    if mode is Mode.json_schema:
        return {"type": "json_schema", "json_schema": {"name": output.__name__, "schema": schema, "strict": True}}
    if mode is Mode.json_object_schema:
        return {"type": "json_object", "schema": schema}
    if mode is Mode.json_object:
        return {"type": "json_object"}
    return None


@dataclass
class Answer:
    """What the endpoint (or the cache) answered to one request."""

    content: str
    finish_reason: str | None
    refusal: str | None
    prompt_tokens: int
    completion_tokens: int
    mode: Mode
    calls: int = 0
    """Requests sent for this answer, retried and refused ones included (0 from the cache)."""
    cached: bool = False


def _no_wait_sleep(seconds: float) -> None:
    """A sleep that records nothing and waits for nothing (tests)."""


@dataclass(frozen=True)
class RetryPolicy:
    """How transient failures are retried: bounded in attempts and in total seconds."""

    attempts: int = 5
    seconds: float = 120.0
    initial: float = 1.0
    """First backoff in seconds; each later one doubles, up to `maximum`."""
    maximum: float = 30.0
    jitter: float = 1.0
    """Up to this many seconds of random extra wait, so parallel sections do not retry in step."""
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(attempts=settings.retry_attempts, seconds=settings.retry_seconds)

    @classmethod
    def immediate(cls, attempts: int = 4, sleep: Callable[[float], None] = _no_wait_sleep) -> RetryPolicy:
        """No waiting at all (Retry-After is still read and handed to `sleep`); for tests."""
        return cls(attempts=attempts, seconds=3600.0, initial=0.0, maximum=0.0, jitter=0.0, sleep=sleep)

    def wait(self, state: RetryCallState) -> float:
        """Retry-After (or retry-after-ms) when the server sends one, else backoff with jitter."""
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after(exc)
        if asked is not None:
            return asked
        backoff: float = min(self.maximum, self.initial * 2 ** (state.attempt_number - 1))
        return backoff + random.uniform(0, self.jitter)


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait, from retry-after-ms or retry-after (seconds)."""
    response = getattr(exc, "response", None)
    if response is None:
        return None
    for header, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = response.headers.get(header)
        if raw:
            try:
                return max(0.0, float(raw) / divisor)
            except ValueError:
                continue  # an HTTP date: fall back to our own backoff
    return None


def transient(exc: BaseException) -> bool:
    """Worth retrying: the same request may well succeed in a moment."""
    if isinstance(exc, openai.APIConnectionError) and isinstance(exc.__cause__, UnusableResponse):
        return False
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.RateLimitError):
        return exc.code != "insufficient_quota"
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409) or exc.status_code >= 500
    return False


class FormatRefused(Exception):
    """The endpoint does not accept this response_format (internal: try the next mode)."""

    def __init__(self, sent: int) -> None:
        super().__init__(f"response_format refused after {sent} request(s)")
        self.sent = sent


REQUEST_ERRORS = (400, 413, 422)
"""Statuses that condemn this request (too long, malformed), not the endpoint."""

_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "schema")


def refuses_format(exc: openai.APIStatusError) -> bool:
    """A 400/422/500 that complains about response_format (llama.cpp: 500 "Input should be 'text' or 'json_object'")."""
    if exc.status_code not in (400, 422, 500, 501):
        return False
    said = f"{exc.message} {exc.body}".lower()
    return any(word in said for word in _FORMAT_WORDS)


def describe(exc: BaseException) -> str:
    """One line about a failed request, for error messages."""
    if isinstance(exc, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(exc, openai.APIConnectionError) and isinstance(exc.__cause__, UnusableResponse):
        return str(exc.__cause__)
    if isinstance(exc, openai.APIConnectionError):
        return f"connection failed ({exc.__cause__ or exc.message})"
    if isinstance(exc, openai.APIStatusError):
        said = exc.body.get("message") if isinstance(exc.body, dict) else None
        detail = said if isinstance(said, str) and said else re.sub(r"^Error code: \d+ - ", "", exc.message)
        return f"HTTP {exc.status_code}: {detail.strip().splitlines()[0][:160] if detail.strip() else 'no detail'}"
    return str(exc)


class Endpoint:
    """One model at one base URL, shared by all sections of a run (thread-safe)."""

    def __init__(self, settings: Settings, *, policy: RetryPolicy | None = None, cache: AnswerCache | None = None,
                 client: openai.OpenAI | None = None) -> None:
        self.settings = settings
        self.policy = policy or RetryPolicy.from_settings(settings)
        self.cache = cache
        self.client = client or openai.OpenAI(
            base_url=settings.base_url, api_key=settings.api_key, max_retries=0, timeout=settings.timeout,
            http_client=http_client(settings.timeout, settings.max_response_bytes),
        )
        self.name = f"{settings.model} at {redact_url(settings.base_url)}"
        self.failure: LLMError | None = None
        self._refused: set[Mode] = set()
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the client's connections (a request abandoned at its deadline included)."""
        close = getattr(self.client, "close", None)
        if callable(close):
            close()

    def modes(self) -> list[Mode]:
        """The modes still worth trying, best first."""
        with self._lock:
            return [m for m in Mode if m not in self._refused]

    def params(self, messages: list[dict[str, str]], output: type[BaseModel], mode: Mode) -> dict[str, Any]:
        params: dict[str, Any] = {"model": self.settings.model, "messages": messages, "max_tokens": self.settings.max_tokens}
        if self.settings.temperature is not None:
            params["temperature"] = self.settings.temperature
        fmt = response_format(mode, output)
        if fmt is not None:
            params["response_format"] = fmt
        return params

    def complete(self, messages: list[dict[str, str]], output: type[BaseModel]) -> Answer:
        """An answer to `messages`, asking for `output`'s shape; LLMError when the endpoint is gone."""
        modes = self.modes()
        for mode in modes:
            hit = self.cache.get(request_key(self.params(messages, output, mode))) if self.cache else None
            if hit is not None:
                return _answer(hit, mode, calls=0, cached=True)
        calls = 0
        for mode in modes:
            if mode not in self.modes():
                continue  # another section found it refused meanwhile
            params = self.params(messages, output, mode)
            try:
                response, sent = self._send(params)
            except FormatRefused as refused:
                calls += refused.sent
                with self._lock:
                    self._refused.add(mode)
                continue
            except LLMError as exc:
                raise counted(exc, calls + exc.attempts) from exc.__cause__
            calls += sent
            entry = response
            if self.cache is not None and len(entry["content"]) <= MAX_CACHED_CHARS:
                self.cache.put(request_key(params), entry)
            return _answer(entry, mode, calls=calls, cached=False)
        raise RequestRejected(f"{self.name} accepted no response format (tried {', '.join(m.value for m in modes)})")

    def _send(self, params: dict[str, Any]) -> tuple[Any, int]:
        """One request with transient failures retried; returns the response and the requests sent."""
        if self.failure is not None:
            raise counted(self.failure, 0)
        sent = 0
        started = time.monotonic()
        retrying = Retrying(
            stop=stop_any(stop_after_attempt(self.policy.attempts), stop_before_delay(self.policy.seconds), _Down(self)),
            wait=self.policy.wait,
            retry=retry_if_exception(transient),
            sleep=self.policy.sleep,
        )
        try:
            for attempt in retrying:
                with attempt:
                    sent += 1
                    try:
                        return self._ask(params), sent
                    except openai.APIStatusError as exc:
                        if "response_format" in params and refuses_format(exc):
                            raise FormatRefused(sent) from exc
                        raise
        except RetryError as exc:
            last = exc.last_attempt.exception()
            if self.failure is not None:  # another section found the endpoint down first
                raise counted(self.failure, sent) from last
            failure: LLMError = EndpointDown(
                f"{self.name} did not answer: {self.redact(describe(last)) if last else 'no response'} "
                f"({sent} attempt{'s' if sent != 1 else ''} in {time.monotonic() - started:.0f}s). "
                "Check that the server is up and reachable, or draft without an LLM "
                "(unset OPENAI_BASE_URL and OPENAI_API_KEY).",
                attempts=sent,
            )
            self._fail(failure)
            raise failure from last
        except openai.APIStatusError as exc:
            failure = rejected(self.name, exc, sent, self.redact)
            if exc.status_code not in REQUEST_ERRORS:
                self._fail(failure)  # a bad key or model fails every request alike
            raise failure from exc
        except FormatRefused:
            raise
        except (openai.APIError, NotACompletion) as exc:  # too large, or not a chat completion at all
            failure = RequestRejected(self.redact(
                f"{self.name} answered something that is not a usable chat completion: {describe(exc)}. "
                "Check that --base-url / OPENAI_BASE_URL points at an OpenAI-compatible /v1 endpoint "
                "(and max_response_bytes in the config file, for a larger answer)."), attempts=sent)
            self._fail(failure)
            raise failure from exc
        except Exception as exc:  # the client choked on the response: the endpoint's fault, not ours
            failure = RequestRejected(self.redact(
                f"{self.name} answered something that could not be read ({type(exc).__name__}: {exc})"), attempts=sent)
            self._fail(failure)
            raise failure from exc
        raise AssertionError("unreachable: tenacity either returns or raises")

    def _ask(self, params: dict[str, Any]) -> dict[str, Any]:
        """One request within the deadline; the answer's parts we keep, redacted."""
        try:
            raw = within(self.settings.timeout, lambda: self.client.chat.completions.with_raw_response.create(**params))
        except Overdue:
            raise openai.APITimeoutError(request=_request(self.settings.base_url)) from None
        return self._redacted(read_completion(raw.http_response.content))

    def redact(self, text: str) -> str:
        """`text` without the key or any other credential."""
        return redact(text, [self.settings.api_key])

    def _redacted(self, entry: dict[str, Any]) -> dict[str, Any]:
        for name in ("content", "refusal"):
            if isinstance(entry.get(name), str):
                entry[name] = self.redact(entry[name])
        return entry

    def _fail(self, failure: LLMError) -> None:
        with self._lock:
            if self.failure is None:
                self.failure = failure


class _Down(stop_base):
    """Stop retrying once another section has found the endpoint down for good."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint

    def __call__(self, state: RetryCallState) -> bool:
        return self.endpoint.failure is not None


def counted(failure: LLMError, attempts: int) -> LLMError:
    """The same failure, saying how many requests this caller sent (the endpoint's own copy keeps its count)."""
    copy = type(failure).__new__(type(failure))
    copy.__dict__.update(failure.__dict__)
    copy.args = failure.args
    copy.attempts = attempts
    return copy


def rejected(name: str, exc: openai.APIStatusError, attempts: int,
             clean: Callable[[str], str] = redact) -> RequestRejected:
    """A permanent HTTP error as a RequestRejected that says what to do about it (credentials redacted)."""
    status = exc.status_code
    hint = {
        401: "the API key was refused: set OPENAI_API_KEY (or the config file's api_key_env) to a valid key",
        402: "the account cannot pay for this request: check its balance",
        403: "the key may not use this model: check the key's permissions",
        404: "unknown model or URL: check --model / WRITER_MODEL and --base-url / OPENAI_BASE_URL",
        429: "the account's quota is used up: top it up or use another key",
    }.get(status, "the request was refused")
    return RequestRejected(clean(f"{name}: {describe(exc)}; {hint}"), status=status, attempts=attempts)


MAX_CACHED_CHARS = 200_000
"""Answers longer than this are not cached: no section needs one, and the cache stays small."""


class NotACompletion(Exception):
    """A 200 response whose body is not a chat completion (not UTF-8, not JSON, wrong shape)."""


# Endpoints add fields of their own to a completion: unknown keys are ignored, known ones checked.
class _Message(BaseModel):
    model_config = ConfigDict(extra="ignore")
    content: str | None = None
    refusal: str | None = None


class _Choice(BaseModel):
    model_config = ConfigDict(extra="ignore")
    message: _Message | None = None
    finish_reason: str | None = None


class _Usage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    prompt_tokens: int | None = Field(None, ge=0)
    completion_tokens: int | None = Field(None, ge=0)


class ChatCompletion(BaseModel):
    """The parts of a chat completion `writer` reads."""

    model_config = ConfigDict(extra="ignore")
    choices: list[_Choice]
    usage: _Usage | None = None


def read_completion(body: bytes) -> dict[str, Any]:
    """The parts of a chat completion body we keep (and cache); NotACompletion when it is none."""
    try:
        data = json.loads(body.decode("utf-8"))
        completion = ChatCompletion.model_validate(data)
    except UnicodeDecodeError as exc:
        raise NotACompletion(f"the body is not UTF-8 (byte {exc.start})") from None
    except (ValueError, RecursionError) as exc:
        what = "not a chat completion" if isinstance(exc, ValidationError) else "not JSON"
        raise NotACompletion(f"the body is {what}: {body[:80]!r}") from None
    choice = completion.choices[0] if completion.choices else None
    message = choice.message if choice is not None else None
    usage = completion.usage
    return {
        "content": (message.content if message is not None else None) or "",
        "finish_reason": choice.finish_reason if choice is not None else None,
        "refusal": message.refusal if message is not None else None,
        "prompt_tokens": (usage.prompt_tokens if usage else 0) or 0,
        "completion_tokens": (usage.completion_tokens if usage else 0) or 0,
    }


def _request(url: str) -> Any:
    from .transport import httpx

    return httpx.Request("POST", f"{url}/chat/completions")


def _answer(entry: dict[str, Any], mode: Mode, *, calls: int, cached: bool) -> Answer:
    return Answer(
        content=str(entry.get("content") or ""),
        finish_reason=entry.get("finish_reason"),
        refusal=entry.get("refusal"),
        prompt_tokens=int(entry.get("prompt_tokens") or 0),
        completion_tokens=int(entry.get("completion_tokens") or 0),
        mode=mode,
        calls=calls,
        cached=cached,
    )
