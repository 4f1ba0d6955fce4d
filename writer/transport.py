"""The HTTP layer under the LLM client: one deadline per request and a cap on the response's size.

An HTTP client's timeout applies to each read, so an endpoint that sends a byte every few
seconds (or stalls after the headers) could hold a request for ever. Two guards keep every
request bounded:

- `LimitedTransport` wraps the client's transport: it counts the response body's bytes as they
  arrive and stops at `max_bytes` (`ResponseTooLarge`), and stops reading once the request's
  deadline has passed (a timeout). Requests ask for no compression; a gzip or deflate body sent
  anyway is inflated here, counted after inflating (no decompression bomb), and any other
  encoding is refused;
- `within(seconds, call)` runs the request in a daemon thread and gives up waiting at the
  deadline, whatever the socket is doing; the abandoned request ends by itself at its next read.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

try:  # the openai client is built on httpx2 where installed, else on httpx
    import httpx2 as httpx
except ImportError:  # pragma: no cover
    import httpx  # type: ignore[no-redef]

T = TypeVar("T")


class UnusableResponse(httpx.TransportError):
    """A response writer will not read: retrying cannot help."""


class ResponseTooLarge(UnusableResponse):
    """The response body grew past the size cap."""


class DeadlineExceeded(httpx.ReadTimeout):
    """The whole request (connect and body) took longer than its deadline."""


class _LimitedStream(httpx.SyncByteStream):
    def __init__(self, inner: Any, deadline: float, max_bytes: int, request: Any, encoding: str = "") -> None:
        self.inner, self.deadline, self.max_bytes, self.request = inner, deadline, max_bytes, request
        # "gzip" → a gzip stream (wbits 31 + 16 also accepts zlib), "deflate" → a zlib stream.
        self.inflate = zlib.decompressobj(47 if encoding == "gzip" else 15) if encoding else None

    def __iter__(self) -> Iterator[bytes]:
        received = 0
        for chunk in self.inner:
            if time.monotonic() > self.deadline:
                raise DeadlineExceeded("the response did not arrive within the deadline", request=self.request)
            if self.inflate is not None:
                try:
                    chunk = self.inflate.decompress(chunk, self.max_bytes - received + 1)
                except zlib.error as exc:
                    raise httpx.DecodingError(f"the compressed response is damaged: {exc}", request=self.request) from None
            received += len(chunk)
            if received > self.max_bytes:
                raise ResponseTooLarge(f"the response is larger than {self.max_bytes:,} bytes", request=self.request)
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
        headers = httpx.Headers(response.headers)
        encoding = headers.pop("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "gzip", "x-gzip", "deflate", ""):
            response.close()
            raise UnusableResponse(f"the response is compressed with '{encoding}', which writer does not inflate "
                                   "(it asks for none)", request=request)
        kind = {"x-gzip": "gzip", "identity": ""}.get(encoding, encoding)
        if kind:
            headers.pop("content-length", None)  # the length of the compressed body
        stream = _LimitedStream(response.stream, deadline, self.max_bytes, request, kind)
        return httpx.Response(status_code=response.status_code, headers=headers, stream=stream,
                              extensions=response.extensions, request=request)

    def close(self) -> None:
        self.inner.close()


def http_client(seconds: float, max_bytes: int) -> Any:
    """An HTTP client for the openai client: per-read timeouts of `seconds`, and the limits above."""
    return httpx.Client(transport=LimitedTransport(seconds, max_bytes), timeout=httpx.Timeout(seconds),
                        follow_redirects=True, headers={"accept-encoding": "identity"})


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
