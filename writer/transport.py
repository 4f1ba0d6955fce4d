"""The HTTP layer under the LLM client: one deadline per request and a cap on the response's size.

An HTTP client's timeout applies to each read, so an endpoint that sends a byte every few
seconds (or stalls after the headers) could hold a request for ever. Two guards keep every
request bounded:

- `LimitedTransport` wraps the client's transport: it counts the response body's bytes as they
  arrive and stops at `max_bytes` (`ResponseTooLarge`), and stops reading once the request's
  deadline has passed (a timeout);
- `within(seconds, call)` runs the request in a daemon thread and gives up waiting at the
  deadline, whatever the socket is doing; the abandoned request ends by itself at its next read.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

try:  # the openai client is built on httpx2 where installed, else on httpx
    import httpx2 as httpx
except ImportError:  # pragma: no cover
    import httpx  # type: ignore[no-redef]

T = TypeVar("T")


class ResponseTooLarge(httpx.TransportError):
    """The response body grew past the size cap."""


class DeadlineExceeded(httpx.ReadTimeout):
    """The whole request (connect and body) took longer than its deadline."""


class _LimitedStream(httpx.SyncByteStream):
    def __init__(self, inner: Any, deadline: float, max_bytes: int, request: Any) -> None:
        self.inner, self.deadline, self.max_bytes, self.request = inner, deadline, max_bytes, request

    def __iter__(self) -> Iterator[bytes]:
        received = 0
        for chunk in self.inner:
            received += len(chunk)
            if received > self.max_bytes:
                raise ResponseTooLarge(f"the response is larger than {self.max_bytes:,} bytes", request=self.request)
            if time.monotonic() > self.deadline:
                raise DeadlineExceeded("the response did not arrive within the deadline", request=self.request)
            yield chunk

    def close(self) -> None:
        self.inner.close()


class LimitedTransport(httpx.BaseTransport):
    """A transport whose responses stop at `max_bytes` and at `seconds` after the request started."""

    def __init__(self, seconds: float, max_bytes: int, inner: Any | None = None) -> None:
        self.seconds = seconds
        self.max_bytes = max_bytes
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: Any) -> Any:
        deadline = time.monotonic() + self.seconds
        response = self.inner.handle_request(request)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise ResponseTooLarge(f"the response declares {int(declared):,} bytes, more than {self.max_bytes:,}",
                                   request=request)
        return httpx.Response(status_code=response.status_code, headers=response.headers,
                              stream=_LimitedStream(response.stream, deadline, self.max_bytes, request),
                              extensions=response.extensions, request=request)

    def close(self) -> None:
        self.inner.close()


def http_client(seconds: float, max_bytes: int) -> Any:
    """An HTTP client for the openai client: per-read timeouts of `seconds`, and the limits above."""
    return httpx.Client(transport=LimitedTransport(seconds, max_bytes), timeout=httpx.Timeout(seconds),
                        follow_redirects=True)


class Overdue(Exception):
    """`within` stopped waiting at the deadline."""


def within(seconds: float, call: Callable[[], T]) -> T:
    """`call()`'s result, or Overdue once `seconds` have passed (the call is left to end by itself)."""
    box: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # handed to the waiting thread
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="writer-request", daemon=True).start()
    if not done.wait(seconds):
        raise Overdue(f"no complete answer within {seconds:g}s")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]
