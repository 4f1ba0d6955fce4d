"""Pytest plugin for the LLM tests: readable, key-free cassettes and a scripted server fixture.

Test modules load it with `pytest_plugins = ["tests.llm_cassettes"]`. It gives them:

- `vcr_config`: match on method, path and body (a prompt change breaks replay, on purpose; the
  port of the scripted server does not), only Content-Type and Accept kept among the request
  headers (so Authorization never reaches a cassette), key-bearing response headers dropped,
  compressed bodies decoded;
- a YAML cassette serializer that stores JSON bodies parsed, Chinese unescaped and long texts as
  block scalars, so a reviewer can read what was asked and answered;
- `scripted`: starts a `ScriptedOpenAI` server (tests/scripted_openai.py) for the test.

Cassettes are recorded with `pytest --record-mode=once` (see tests/test_drafting_cassettes.py)
and replayed with `--record-mode=none --block-network` everywhere else.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import yaml

from .scripted_openai import Asked, Reply, ScriptedOpenAI

KEPT_REQUEST_HEADERS = {"content-type", "accept"}
SECRET_WORDS = ("key", "token", "cookie", "organization", "project", "auth")


# ---- cassettes ---------------------------------------------------------------------------------

class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text and not text.startswith(" ") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _str)


def _parsed(body: Any) -> Any:
    """A JSON body as data ({json: ...}); anything else as it is."""
    if isinstance(body, bytes):
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            return body
    if isinstance(body, str) and body[:1] in "{[":
        try:
            return {"json": json.loads(body)}
        except ValueError:
            return body
    return body


def _unparsed(body: Any) -> Any:
    if isinstance(body, dict) and set(body) == {"json"}:
        return json.dumps(body["json"], ensure_ascii=False)
    return body


class ReadableYaml:
    """vcrpy serializer: JSON bodies parsed, Chinese as is; loads plain vcrpy cassettes too."""

    @staticmethod
    def serialize(cassette: dict[str, Any]) -> str:
        data = copy.deepcopy(cassette)
        for interaction in data.get("interactions", []):
            interaction["request"]["body"] = _parsed(interaction["request"].get("body"))
            body = interaction["response"].get("body") or {}
            if "string" in body:
                body["string"] = _parsed(body["string"])
        return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110)

    @staticmethod
    def deserialize(text: str) -> dict[str, Any]:
        data = yaml.safe_load(text)
        for interaction in data.get("interactions", []):
            interaction["request"]["body"] = _unparsed(interaction["request"].get("body"))
            body = interaction["response"].get("body") or {}
            if "string" in body:
                body["string"] = _unparsed(body["string"])
        return data


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_serializer("yaml", ReadableYaml())


def _scrub_request(request: Any) -> Any:
    request.headers = {k: v for k, v in request.headers.items() if k.lower() in KEPT_REQUEST_HEADERS}
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    for name in list(headers):
        if any(word in name.lower() for word in SECRET_WORDS):
            del headers[name]
    return response


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "path", "body"],
        "filter_headers": ["authorization"],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture
def titles(sample_week: Any) -> dict[str, str]:
    """Board title → board id, for `section_of`."""
    return {b.title: b.id for b in sample_week.dataset.catalog.boards}


@pytest.fixture
def scripted(titles: dict[str, str]) -> Iterator[Callable[[Callable[[Asked], Reply]], ScriptedOpenAI]]:
    """Start a scripted server: `server = scripted(script)`; stopped after the test."""
    servers: list[ScriptedOpenAI] = []

    def start(script: Callable[[Asked], Reply]) -> ScriptedOpenAI:
        server = ScriptedOpenAI(script, titles).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)
