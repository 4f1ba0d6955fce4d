"""The endpoint layer's limits without a network: cache faults, huge answers, malformed bodies, redaction."""

from __future__ import annotations

import json

import pytest

from writer.answers import BoardOut
from writer.errors import RequestRejected
from writer.llm import MAX_CACHED_CHARS, read_completion, NotACompletion
from writer.scrub import one_line, printable, redact

from .test_llm_client import ANSWER, KEY, MESSAGES, Stub, endpoint, status_error


def test_a_cache_that_cannot_be_written_warns_once_and_keeps_the_answer(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    ep = endpoint(Stub(ANSWER, ANSWER), cache=blocker)
    assert ep.complete(MESSAGES, BoardOut).content == ANSWER
    assert ep.complete([*MESSAGES, {"role": "user", "content": "again"}], BoardOut).content == ANSWER
    assert ep.cache is not None and len(ep.cache.warnings) == 1
    assert "cannot be written" in ep.cache.warnings[0] and "going on without it" in ep.cache.warnings[0]


@pytest.mark.parametrize("damage", ['{"content": 5}', '[1, 2]', '{"content": "x", "prompt_tokens": -3}',
                                    "[" * 100_000, '{"content": "x", "extra": 1}', "\udcff"])
def test_a_cache_entry_of_the_wrong_shape_is_asked_again(damage, tmp_path):
    endpoint(Stub(ANSWER), cache=tmp_path).complete(MESSAGES, BoardOut)
    next(tmp_path.rglob("*.json")).write_bytes(damage.encode("utf-8", "surrogateescape"))
    assert endpoint(Stub(ANSWER), cache=tmp_path).complete(MESSAGES, BoardOut).calls == 1


def test_a_huge_answer_is_used_but_not_cached(tmp_path):
    huge = json.dumps({"text": "很" * (MAX_CACHED_CHARS + 1)}, ensure_ascii=False)
    answer = endpoint(Stub(huge), cache=tmp_path).complete(MESSAGES, BoardOut)
    assert len(answer.content) > MAX_CACHED_CHARS
    assert not list(tmp_path.rglob("*.json"))


@pytest.mark.parametrize("body", [b"\xff\xfe", b"<html>", b"[]", b'"text"', b'{"choices": "many"}',
                                  b'{"choices": [{"message": {"content": 7}}]}', b"[" * 200_000,
                                  b'{"choices": [], "usage": {"prompt_tokens": -1}}'])
def test_a_body_that_is_not_a_chat_completion_is_refused(body):
    with pytest.raises(NotACompletion):
        read_completion(body)


def test_a_malformed_body_fails_the_endpoint_with_a_redacted_message():
    ep = endpoint(Stub(f'{{"error": "{KEY}"}}'.encode()))
    with pytest.raises(RequestRejected) as raised:
        ep.complete(MESSAGES, BoardOut)
    assert "not a usable chat completion" in str(raised.value) and KEY not in str(raised.value)
    assert ep.failure is not None


def test_an_answer_that_echoes_the_key_is_redacted_before_it_is_kept(tmp_path):
    echoed = json.dumps({"text": f"key {KEY}"})
    answer = endpoint(Stub(echoed), cache=tmp_path).complete(MESSAGES, BoardOut)
    assert KEY not in answer.content
    assert all(KEY not in p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.json"))


def test_a_401_that_echoes_the_key_is_redacted():
    ep = endpoint(Stub(status_error(401, f"Incorrect API key provided: {KEY}. Authorization: Bearer {KEY}")))
    with pytest.raises(RequestRejected) as raised:
        ep.complete(MESSAGES, BoardOut)
    assert KEY not in str(raised.value) and "[redacted]" in str(raised.value)


@pytest.mark.parametrize("text, hidden", [
    ("https://alice:s3cret@llm.example.com/v1", "s3cret"),
    ("Authorization: Bearer abcdefgh12345678", "abcdefgh12345678"),
    ('{"authorization": "Basic YWxpY2U6czNjcmV0"}', "YWxpY2U6czNjcmV0"),
    ("api_key=topsecretvalue", "topsecretvalue"),
    ("the key sk-proj-ABCDEFGH12345678 is wrong", "ABCDEFGH12345678"),
])
def test_credentials_of_every_shape_are_redacted(text, hidden):
    assert hidden not in redact(text)


def test_terminal_escape_sequences_and_control_characters_are_removed():
    assert printable("\x1b]0;title\x07\x1b[31mred\x1b[0m\x9b2J ok\x00\x08\tline\nnext") == "red ok\tline\nnext"
    assert one_line("a\nb\r\nc\u202ed") == "a b cd"


def test_a_small_gzip_answer_sent_anyway_is_inflated_and_read():
    import gzip

    import httpx2

    from writer.transport import LimitedTransport

    body = json.dumps({"choices": [{"message": {"content": "很好"}, "finish_reason": "stop"}]}, ensure_ascii=False).encode()

    def handler(request: httpx2.Request) -> httpx2.Response:
        assert request.headers["accept-encoding"] == "identity"
        return httpx2.Response(200, headers={"content-encoding": "gzip"}, content=gzip.compress(body))

    client = httpx2.Client(transport=LimitedTransport(5, 65536, inner=httpx2.MockTransport(handler)),
                           headers={"accept-encoding": "identity"})
    with client:
        response = client.post("http://stub/v1/chat/completions")
    assert read_completion(response.content)["content"] == "很好"
