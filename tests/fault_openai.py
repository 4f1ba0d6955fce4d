"""A fault-injecting OpenAI-compatible server for the fault tests: an http.server in a thread on 127.0.0.1.

Every POST answers with one fault, chosen when the server starts:

    with FaultyOpenAI("drip") as server:      # server.url → http://127.0.0.1:PORT/v1
        ...

| fault          | what the client gets                                                        |
|----------------|-----------------------------------------------------------------------------|
| drip           | 200 and headers at once, then one byte of the body every 50 ms, never done   |
| stall          | 200 and headers at once, then nothing until the server stops                 |
| bad-bytes      | 200, a JSON-looking body that is not UTF-8                                   |
| not-completion | 200, JSON that is not a chat completion ({"object": "list", "data": []})     |
| html           | 200, an HTML page (a proxy's login page)                                      |
| huge           | 200, 1 MB of a chat completion, no Content-Length (the cap has to count)     |
| huge-declared  | 200, Content-Length of 4 MB (refused before reading)                         |
| gzip-bomb      | 200, 40 KB of gzip that inflates to 40 MB, though no compression was asked   |
| brotli         | 200, a body in an encoding writer does not inflate                           |
| echo-key       | 401 whose message echoes the Authorization header and the URL's credentials  |
| escapes        | 401 whose message holds terminal escape sequences (title, colour, clear)     |

`server.requests` counts what was asked.
"""

from __future__ import annotations

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31mred\x1b[0m\x9b1m\x07"
HUGE = json.dumps({"choices": [{"message": {"role": "assistant", "content": "很" * (1024 * 1024 // 3)}}]},
                  ensure_ascii=False).encode()
FAULTS = ("drip", "stall", "bad-bytes", "not-completion", "html", "huge", "huge-declared", "gzip-bomb", "brotli",
          "echo-key", "escapes")
BOMB = gzip.compress(b'{"choices": [{"message": {"content": "' + b" " * (40 * 1024 * 1024) + b'"}}]}')


class FaultyOpenAI:
    """An OpenAI-compatible server on 127.0.0.1 that answers every request with `fault`."""

    def __init__(self, fault: str) -> None:
        assert fault in FAULTS, fault
        self.fault = fault
        self.requests = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, address: None  # type: ignore[method-assign]  # a client that hangs up is the point
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FaultyOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length") or 0)
                self.rfile.read(length)
                with server._lock:
                    server.requests += 1
                try:
                    getattr(self, "fault_" + server.fault.replace("-", "_"))()
                except OSError:
                    pass  # the client gave up, as it should

            def send(self, status: int, body: bytes, content_type: str = "application/json", length: int | None = None) -> None:
                self.send_response(status)
                self.send_header("content-type", content_type)
                if length is not None:
                    self.send_header("content-length", str(length))
                else:
                    self.send_header("connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.write(body)

            def fault_drip(self) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", "60000")
                self.end_headers()
                while not server.stopping.wait(0.05):
                    self.wfile.write(b" ")
                    self.wfile.flush()

            def fault_stall(self) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", "1000")
                self.end_headers()
                self.wfile.flush()
                server.stopping.wait(30)

            def fault_bad_bytes(self) -> None:
                body = b'{"choices": [{"message": {"content": "\xff\xfe\xc3\x28"}}]}'
                self.send(200, body, length=len(body))

            def fault_not_completion(self) -> None:
                body = json.dumps({"object": "list", "data": []}).encode()
                self.send(200, body, length=len(body))

            def fault_html(self) -> None:
                body = b"<html><body><h1>Sign in</h1></body></html>"
                self.send(200, body, "text/html", length=len(body))

            def fault_huge(self) -> None:
                self.send(200, HUGE)  # no content-length: read until the connection closes

            def fault_huge_declared(self) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(4 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"{" + b" " * 65536)

            def fault_gzip_bomb(self) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-encoding", "gzip")
                self.send_header("content-length", str(len(BOMB)))
                self.end_headers()
                self.wfile.write(BOMB)

            def fault_brotli(self) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-encoding", "br")
                self.send_header("content-length", "4")
                self.end_headers()
                self.wfile.write(b"\x0b\x01\x80\x03")

            def fault_echo_key(self) -> None:
                said = f"invalid credentials: {self.headers.get('authorization')} (basic: {self.headers.get('x-echo', '')})"
                self.error(401, said + f" for http://user:hunter2pass@{self.headers.get('host')}/v1")

            def fault_escapes(self) -> None:
                self.error(401, f"{ESCAPES}bad key{ESCAPES}")

            def error(self, status: int, message: str) -> None:
                body = json.dumps({"error": {"message": message, "type": "invalid_request_error", "code": None}}).encode()
                self.send(status, body, length=len(body))

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler
