"""A fake OpenAI-compatible server for the drafting benchmark: a fixed latency per call, valid answers.

Every POST /v1/chat/completions waits `latency` seconds, then answers the section it recognises
in the prompt with the deterministic drafter's text (which verifies), as the JSON the section's
schema asks for. Sections listed in `inject` get a wrong figure in their first answer, so the
drafter re-asks them once. Token counts are estimates (characters / 2), the same for first asks
and re-asks, so their ratio is meaningful.

Run alone: python bench/fake_openai.py --latency 0.5 --port 8799   (Ctrl-C to stop)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from writer.drafter import draft_sections  # noqa: E402
from writer.drafting import deterministic_paragraphs  # noqa: E402
from writer.prompting import section_ids, section_plan  # noqa: E402
from writer.weekly import WeekContext, open_week  # noqa: E402


def section_answers(ctx: WeekContext) -> dict[str, str]:
    """Section id → a JSON answer holding the deterministic text."""
    paragraphs = deterministic_paragraphs(draft_sections(ctx.week, ctx.deltas, ctx.stories, ctx.facts, ctx.dataset.entities))
    answers = {}
    for sid in section_ids(ctx):
        plan = section_plan(ctx, sid)
        if plan.kind == "events":
            payload: dict[str, Any] = {"bullets": [{"event_id": p.event, "text": p.text} for p in paragraphs[sid]]}
        else:
            payload = {"text": paragraphs[sid][0].text[len(plan.scope.intro):]}
        answers[sid] = json.dumps(payload, ensure_ascii=False)
    return answers


def wrong(answer: str) -> str:
    """The answer with its first amount or percentage off by 7 (582B → 589B, 89.37% → 96.37%)."""
    return re.sub(r"(\d+(?:\.\d+)?)([BT%])", lambda m: f"{float(m.group(1)) + 7:g}{m.group(2)}", answer, count=1)


class FakeOpenAI:
    """The server, in a thread; `calls` counts the requests it answered."""

    def __init__(self, ctx: WeekContext, latency: float, inject: set[str] | None = None, port: int = 0) -> None:
        self.answers = section_answers(ctx)
        self.titles = {b.title: b.id for b in ctx.dataset.catalog.boards}
        self.latency = latency
        self.inject = inject or set()
        self.calls = 0
        self.lock = threading.Lock()
        ThreadingHTTPServer.request_queue_size = 128  # the default 5 drops concurrent connects (1 s SYN retry)
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self.handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def section(self, messages: list[dict[str, str]]) -> str:
        first = next((m["content"] for m in messages if m["role"] == "user"), "")
        board = re.search(r"写「\"?(.+?)\"?」这一条要点", first)
        if board:
            return f"boards/{self.titles[board.group(1)]}"
        return "overview" if "本周概览" in first else "events"

    def reply(self, body: dict[str, Any]) -> dict[str, Any]:
        time.sleep(self.latency)
        with self.lock:
            self.calls += 1
        messages = body["messages"]
        section = self.section(messages)
        content = self.answers[section]
        if section in self.inject and len(messages) <= 2:
            content = wrong(content)
        prompt = sum(len(m["content"]) for m in messages) // 2
        return {
            "id": f"chatcmpl-fake-{self.calls}", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": len(content) // 2, "total_tokens": prompt + len(content) // 2},
        }

    def handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
                data = json.dumps(fake.reply(body), ensure_ascii=False).encode("utf-8")
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--latency", type=float, default=0.5, help="seconds added to every call")
    parser.add_argument("--port", type=int, default=8799)
    parser.add_argument("--week", default="2026-01-31")
    parser.add_argument("--inject", default="", help="comma-separated section ids whose first answer is wrong")
    args = parser.parse_args()
    ctx = open_week(ROOT / "data", args.week)
    with FakeOpenAI(ctx, args.latency, set(filter(None, args.inject.split(","))), args.port) as fake:
        print(f"serving {fake.url} (latency {args.latency}s); Ctrl-C to stop", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
