"""The endpoint layer without a network: retries, formats, the cache, with a stub in place of the client.

The stub plays back a list of outcomes (an openai exception, or answer text) and records every
request's parameters, so each test pins exactly which requests were sent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest
from openai.types.chat import ChatCompletion

from writer.answers import BoardOut
from writer.cache import AnswerCache
from writer.config import resolve
from writer.errors import EndpointDown, RequestRejected
from writer.llm import Endpoint, Mode, RetryPolicy

MESSAGES = [{"role": "system", "content": "你是撰稿人。"}, {"role": "user", "content": "写一条要点。"}]
KEY = "sk-stub-key-not-for-disk"


def status_error(status: int, message: str = "failed", headers: dict[str, str] | None = None, code: str | None = None) -> openai.APIStatusError:
    request = httpx2.Request("POST", "http://stub/v1/chat/completions")
    body = {"message": message, "type": "error", "code": code}
    response = httpx2.Response(status, request=request, headers=headers or {}, json={"error": body})
    kind = {400: openai.BadRequestError, 401: openai.AuthenticationError, 404: openai.NotFoundError,
            422: openai.UnprocessableEntityError, 429: openai.RateLimitError, 500: openai.InternalServerError}
    return kind.get(status, openai.InternalServerError if status >= 500 else openai.APIStatusError)(message, response=response, body=body)


def timeout() -> openai.APITimeoutError:
    return openai.APITimeoutError(request=httpx2.Request("POST", "http://stub/v1/chat/completions"))


def completion(content: str, finish_reason: str = "stop") -> ChatCompletion:
    return ChatCompletion.model_validate({
        "id": "chatcmpl-stub", "object": "chat.completion", "created": 0, "model": "stub",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    })


class Raw:
    """What `with_raw_response.create` returns: the HTTP response, whose body the endpoint reads itself."""

    def __init__(self, body: bytes) -> None:
        self.http_response = httpx2.Response(200, content=body)


class Stub:
    """Stands in for openai.OpenAI: `stub.chat.completions.with_raw_response.create(**params)` plays the next outcome."""

    def __init__(self, *outcomes: Any) -> None:
        self.outcomes = list(outcomes)
        self.sent: list[dict[str, Any]] = []
        self.chat = self
        self.completions = self
        self.with_raw_response = self

    def create(self, **params: Any) -> Raw:
        self.sent.append(params)
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        if isinstance(outcome, bytes):
            return Raw(outcome)
        return Raw(completion(outcome).model_dump_json().encode("utf-8"))

    def formats(self) -> list[str | None]:
        return [(p.get("response_format") or {}).get("type") for p in self.sent]


def endpoint(stub: Stub, cache: Path | None = None, sleeps: list[float] | None = None, attempts: int = 4) -> Endpoint:
    settings = resolve(base_url="http://stub/v1", model="stub-model", environ={"OPENAI_API_KEY": KEY})
    policy = RetryPolicy.immediate(attempts, sleep=(sleeps if sleeps is not None else []).append)
    return Endpoint(settings, policy=policy, cache=AnswerCache(cache) if cache else None, client=stub)  # type: ignore[arg-type]


ANSWER = json.dumps({"text": "DeepSeek V3.2调用量从364B增至464B"}, ensure_ascii=False)


def test_transient_errors_are_retried_and_every_request_is_counted():
    stub = Stub(status_error(503), timeout(), status_error(429, "slow down"), ANSWER)
    answer = endpoint(stub).complete(MESSAGES, BoardOut)
    assert (answer.content, answer.calls, answer.cached) == (ANSWER, 4, False)
    assert (answer.prompt_tokens, answer.completion_tokens) == (100, 20)


def test_retry_after_headers_are_honoured():
    sleeps: list[float] = []
    stub = Stub(status_error(429, headers={"retry-after-ms": "1500", "retry-after": "9"}),
                status_error(503, headers={"retry-after": "3"}), ANSWER)
    endpoint(stub, sleeps=sleeps).complete(MESSAGES, BoardOut)
    assert sleeps == [1.5, 3.0]


def test_backoff_grows_exponentially_with_jitter_when_the_server_says_nothing():
    sleeps: list[float] = []
    policy = RetryPolicy(attempts=4, seconds=600, initial=1.0, maximum=3.0, jitter=0.5, sleep=sleeps.append)
    settings = resolve(base_url="http://stub/v1", model="m", environ={})
    Endpoint(settings, policy=policy, client=Stub(status_error(500), status_error(502), status_error(504), ANSWER)).complete(  # type: ignore[arg-type]
        MESSAGES, BoardOut)
    assert [int(s) for s in sleeps] == [1, 2, 3]
    assert all(0 <= s - int(s) <= 0.5 for s in sleeps)


def test_retries_are_bounded_and_then_the_endpoint_is_down():
    stub = Stub(*[status_error(503, "upstream overloaded")] * 3)
    ep = endpoint(stub, attempts=3)
    with pytest.raises(EndpointDown) as caught:
        ep.complete(MESSAGES, BoardOut)
    assert caught.value.attempts == 3 and caught.value.exit_code == 3
    assert str(caught.value).startswith("stub-model at http://stub/v1 did not answer: HTTP 503: upstream overloaded (3 attempts in ")
    with pytest.raises(EndpointDown) as again:
        ep.complete(MESSAGES, BoardOut)
    assert again.value.attempts == 0 and len(stub.sent) == 3  # down for good: no further request


def test_a_retry_after_beyond_the_time_budget_gives_up_at_once():
    stub = Stub(status_error(429, headers={"retry-after": "3600"}), ANSWER)
    settings = resolve(base_url="http://stub/v1", model="m", environ={})
    ep = Endpoint(settings, policy=RetryPolicy(attempts=5, seconds=60, sleep=[].append), client=stub)  # type: ignore[arg-type]
    with pytest.raises(EndpointDown):
        ep.complete(MESSAGES, BoardOut)
    assert len(stub.sent) == 1


def test_insufficient_quota_is_not_retried():
    stub = Stub(status_error(429, "You exceeded your current quota", code="insufficient_quota"))
    with pytest.raises(RequestRejected) as caught:
        endpoint(stub).complete(MESSAGES, BoardOut)
    assert len(stub.sent) == 1 and caught.value.status == 429
    assert str(caught.value).endswith("the account's quota is used up: top it up or use another key")


def test_a_refused_key_fails_every_later_request_without_a_call():
    stub = Stub(status_error(401, "Incorrect API key provided"))
    ep = endpoint(stub)
    with pytest.raises(RequestRejected, match="the API key was refused: set OPENAI_API_KEY"):
        ep.complete(MESSAGES, BoardOut)
    with pytest.raises(RequestRejected):
        ep.complete(MESSAGES, BoardOut)
    assert len(stub.sent) == 1


def test_a_bad_request_fails_only_that_request():
    stub = Stub(status_error(400, "This model's maximum context length is 4096 tokens"), ANSWER)
    ep = endpoint(stub)
    with pytest.raises(RequestRejected, match="HTTP 400: This model's maximum context length"):
        ep.complete(MESSAGES, BoardOut)
    assert ep.failure is None
    assert ep.complete(MESSAGES, BoardOut).content == ANSWER


def test_json_schema_refused_falls_back_to_json_object_with_the_schema_and_is_remembered():
    refusal = status_error(500, "1 validation error: ('body', 'response_format', 'type') Input should be 'text' or 'json_object'")
    stub = Stub(refusal, ANSWER, ANSWER)
    ep = endpoint(stub)
    first = ep.complete(MESSAGES, BoardOut)
    assert (first.mode, first.calls) == (Mode.json_object_schema, 2)
    assert ep.complete(MESSAGES + [{"role": "user", "content": "again"}], BoardOut).calls == 1
    assert stub.formats() == ["json_schema", "json_object", "json_object"]
    assert stub.sent[1]["response_format"]["schema"] == BoardOut.model_json_schema()
    assert stub.sent[0]["response_format"]["json_schema"]["strict"] is True


def test_every_format_refused_ends_in_plain_text():
    stub = Stub(status_error(400, "This response_format type is unavailable now"),
                status_error(400, "response_format: unknown field 'schema'"),
                status_error(422, "json_object is not supported"), ANSWER)
    answer = endpoint(stub).complete(MESSAGES, BoardOut)
    assert (answer.mode, answer.calls) == (Mode.text, 4)
    assert stub.formats() == ["json_schema", "json_object", "json_object", None]


def test_a_cached_answer_makes_no_call_and_holds_no_key(tmp_path):
    first = Stub(ANSWER)
    endpoint(first, cache=tmp_path).complete(MESSAGES, BoardOut)
    second = Stub()
    answer = endpoint(second, cache=tmp_path).complete(MESSAGES, BoardOut)
    assert (answer.content, answer.calls, answer.cached) == (ANSWER, 0, True)
    assert second.sent == []
    files = list(tmp_path.rglob("*.json"))
    assert len(files) == 1 and KEY not in files[0].read_text(encoding="utf-8")


def test_the_cache_finds_an_answer_in_the_mode_an_earlier_run_learned(tmp_path):
    refusal = status_error(500, "Input should be 'text' or 'json_object'")
    endpoint(Stub(refusal, ANSWER), cache=tmp_path).complete(MESSAGES, BoardOut)
    rerun = Stub()
    assert endpoint(rerun, cache=tmp_path).complete(MESSAGES, BoardOut).cached
    assert rerun.sent == []


def test_no_cache_asks_again_and_refreshes_the_entry(tmp_path):
    endpoint(Stub(ANSWER), cache=tmp_path).complete(MESSAGES, BoardOut)
    settings = resolve(base_url="http://stub/v1", model="stub-model", environ={"OPENAI_API_KEY": KEY})
    fresh = Stub('{"text": "新的回答"}')
    answer = Endpoint(settings, policy=RetryPolicy.immediate(), cache=AnswerCache(tmp_path, read=False), client=fresh).complete(  # type: ignore[arg-type]
        MESSAGES, BoardOut)
    assert answer.calls == 1 and not answer.cached
    assert endpoint(Stub(), cache=tmp_path).complete(MESSAGES, BoardOut).content == '{"text": "新的回答"}'


def test_a_damaged_cache_entry_is_asked_again(tmp_path):
    endpoint(Stub(ANSWER), cache=tmp_path).complete(MESSAGES, BoardOut)
    next(tmp_path.rglob("*.json")).write_text("{not json", encoding="utf-8")
    assert endpoint(Stub(ANSWER), cache=tmp_path).complete(MESSAGES, BoardOut).calls == 1


def test_the_client_does_not_retry_by_itself():
    settings = resolve(base_url="http://stub/v1", model="m", environ={})
    assert Endpoint(settings).client.max_retries == 0
