"""A scripted OpenAI-compatible server for the LLM tests, and helpers to draft against it.

`ScriptedOpenAI` is an http.server in a thread that answers /v1/chat/completions from a script,
for the scenarios a real server will not produce on demand (429, 5xx, broken JSON, fences):

    server = scripted(lambda asked: completion(asked, answers[asked.section]))

The script sees each request as `Asked`: its body, the section it drafts, and how many requests
that section sent before. The `scripted` fixture lives in tests/llm_cassettes.py.
"""

from __future__ import annotations

import json
import re
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# ---- the scripted server -----------------------------------------------------------------------

@dataclass
class Reply:
    """What the scripted server answers to one request."""

    status: int = 200
    body: Any = None
    """A dict is sent as JSON, a str as it is."""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Asked:
    """One request as the script sees it."""

    body: dict[str, Any]
    section: str
    """overview, events, boards/<board id>, or '?' when the prompt names no section."""
    attempt: int
    """How many requests this section sent before this one (retries and re-asks included)."""

    @property
    def reask(self) -> int:
        """0 for a first ask, n for the n-th re-ask."""
        return max(0, (len(self.body.get("messages", [])) - 2) // 2)

    @property
    def response_format(self) -> str | None:
        fmt = self.body.get("response_format")
        return fmt.get("type") if isinstance(fmt, dict) else None


def completion(asked: Asked, content: str, finish_reason: str = "stop") -> Reply:
    """A chat completion; token counts are rough but deterministic (characters / 2)."""
    prompt = sum(len(m.get("content") or "") for m in asked.body.get("messages", [])) // 2
    return Reply(body={
        "id": f"chatcmpl-scripted-{asked.section}-{asked.attempt}",
        "object": "chat.completion",
        "created": 1795900000,
        "model": asked.body.get("model", "scripted"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": len(content) // 2, "total_tokens": prompt + len(content) // 2},
    })


def error(status: int, message: str, headers: dict[str, str] | None = None, kind: str = "server_error") -> Reply:
    return Reply(status=status, body={"error": {"message": message, "type": kind, "code": None}}, headers=headers or {})


def section_of(body: dict[str, Any], titles: dict[str, str]) -> str:
    """Which section a request drafts, from its first user message."""
    first = next((m.get("content") or "" for m in body.get("messages", []) if m.get("role") == "user"), "")
    board = re.search(r"写「\"?(.+?)\"?」这一条要点", first)
    if board:
        return f"boards/{titles.get(board.group(1), board.group(1))}"
    if "本周概览" in first:
        return "overview"
    if "重点关注事件" in first:
        return "events"
    return "?"


class ScriptedOpenAI:
    """An OpenAI-compatible server on 127.0.0.1 whose every answer comes from `script(asked)`."""

    def __init__(self, script: Callable[[Asked], Reply], titles: dict[str, str]) -> None:
        self.script = script
        self.titles = titles
        self.asked: list[Asked] = []
        self._counts: dict[str, int] = defaultdict(int)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> ScriptedOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, body: dict[str, Any]) -> Reply:
        section = section_of(body, self.titles)
        with self._lock:
            asked = Asked(body, section, self._counts[section])
            self._counts[section] += 1
            self.asked.append(asked)
        return self.script(asked)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                reply = server.answer(body) if self.path.endswith("/chat/completions") else error(404, "no such route")
                payload = reply.body if isinstance(reply.body, str) else json.dumps(reply.body, ensure_ascii=False)
                data = payload.encode("utf-8")
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


# ---- drafting helpers --------------------------------------------------------------------------

TEST_KEY = "sk-test-5f1c0de-never-in-a-cassette"
"""The API key the tests configure; test_cassettes_hold_no_key checks no cassette contains it."""


def llm_settings(url: str, **changes: Any) -> Any:
    """Settings as `writer draft --base-url URL` with OPENAI_API_KEY set would resolve them, then `changes`."""
    import dataclasses

    from writer.config import resolve

    settings = resolve(base_url=url, model=changes.pop("model", "scripted"), environ={"OPENAI_API_KEY": TEST_KEY})
    return dataclasses.replace(settings, **changes)


def deterministic_answers(ctx: Any) -> dict[str, str]:
    """Section id → a JSON answer holding the deterministic drafter's text (which verifies)."""
    from writer.drafter import draft_sections
    from writer.drafting import deterministic_paragraphs
    from writer.prompting import section_ids, section_plan

    base = draft_sections(ctx.week, ctx.deltas, ctx.stories, ctx.facts, ctx.dataset.entities)
    paragraphs = deterministic_paragraphs(base)
    answers = {}
    for sid in section_ids(ctx):
        plan = section_plan(ctx, sid)
        if plan.kind == "events":
            payload: dict[str, Any] = {"bullets": [{"event_id": p.event, "text": p.text} for p in paragraphs[sid]]}
        else:
            payload = {"text": paragraphs[sid][0].text[len(plan.scope.intro):]}
        answers[sid] = json.dumps(payload, ensure_ascii=False)
    return answers
