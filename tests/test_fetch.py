"""`writer fetch` against a local HTTP server (127.0.0.1, a thread of the test): no test touches the internet.

The server answers with the files `writer import` is tested on, in the sources' own formats:
the real community weekly snapshot (../shared/real-data via tests/fixtures/import/openrouter-weekly)
and the fixtures written from the documented shapes of the other sources (tests/fixtures/import/README.md).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from writer.cli import app

from .conftest import ROOT

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

FIXTURES = ROOT / "tests" / "fixtures" / "import"
WEEK = "2026-02-01"


@dataclass
class Route:
    """What the server answers on one path: a body, or a status, or a delay before answering."""

    body: bytes = b""
    content_type: str = "application/json"
    status: int = 200
    delay: float = 0.0
    fail_first: int = 0
    """Answer 503 to this many requests before the real answer."""


@dataclass
class Server:
    routes: dict[str, Route]
    seen: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    url: str = ""

    def handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                path = self.path.split("?", 1)[0]
                server.seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(path)
                if route is None:
                    self.send_error(404)
                    return
                time.sleep(route.delay)
                earlier = sum(1 for p, _ in server.seen if p.split("?", 1)[0] == path) - 1
                status = 503 if earlier < route.fail_first else route.status
                body = route.body if status == 200 else b'{"error": "unavailable"}'
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client timed out and left

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


@pytest.fixture
def serve() -> Iterator[Callable[[dict[str, Route]], Server]]:
    started: list[ThreadingHTTPServer] = []

    def start(routes: dict[str, Route]) -> Server:
        server = Server(routes)
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), server.handler())
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        server.url = f"http://127.0.0.1:{httpd.server_address[1]}"
        started.append(httpd)
        return server

    yield start
    for httpd in started:
        httpd.shutdown()
        httpd.server_close()


def official_routes() -> dict[str, Route]:
    """The official sources' exports, as the server serves them."""
    read = lambda name: (FIXTURES / name).read_bytes()  # noqa: E731
    return {
        "/api/v1/datasets/rankings-daily": Route(read("openrouter-daily-2026-01-19_2026-02-01.json")),
        "/api/v1/models/openai/gpt-oss-120b/endpoints": Route(read("openrouter-endpoints-openai-gpt-oss-120b.json")),
        "/api/v1/models/qwen/qwen3-32b/endpoints": Route(read("openrouter-endpoints-qwen-qwen3-32b.json")),
        "/leaderboard/latest.csv": Route(read("lmarena-leaderboard.csv"), "text/csv"),
        "/api/v2/data/media/text-to-image": Route(read("aa-text-to-image.json")),
    }


def official_config(url: str, **settings: object) -> str:
    head = "".join(f"{key} = {value}\n" for key, value in {"timeout": 2, "attempts": 2, "backoff": 0, **settings}.items())
    return head + f'''contact = "mailto:editors@example.org"

[sources.openrouter-rankings]
importer = "openrouter-daily"
urls = ["{url}/api/v1/datasets/rankings-daily?start_date={{start}}&end_date={{week}}"]
headers = {{ Authorization = "Bearer $OPENROUTER_API_KEY" }}

[sources.openrouter-endpoints]
importer = "openrouter-endpoints"
urls = ["{url}/api/v1/models/openai/gpt-oss-120b/endpoints", "{url}/api/v1/models/qwen/qwen3-32b/endpoints"]
files = ["gpt-oss-120b.json", "qwen3-32b.json"]

[sources.lmarena]
importer = "lmarena"
urls = ["{url}/leaderboard/latest.csv"]

[sources.aa-text-to-image]
importer = "artificial-analysis"
board = "aa-text-to-image"
urls = ["{url}/api/v2/data/media/text-to-image"]
headers = {{ x-api-key = "$AA_API_KEY" }}
'''


def fetch(config: str, data: Path, *args: str) -> object:
    Path("fetch.toml").write_text(config, encoding="utf-8")
    env = {"OPENROUTER_API_KEY": "or-test-key", "AA_API_KEY": "aa-test-key"}
    return CliRunner().invoke(app, ["fetch", "--data", str(data), *args], env=env)


def errors(result) -> list[str]:
    """The error lines on stderr (new entities the importers add are warnings around them)."""
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


def test_fetch_downloads_each_source_and_runs_its_importer(serve, data_copy):
    server = serve(official_routes())
    target = data_copy / "fetched"
    result = fetch(official_config(server.url), target, "--week", WEEK)
    assert result.exit_code == 0, result.output
    week = target / "weeks" / WEEK
    assert sorted(p.name for p in week.iterdir()) == ["aa-text-to-image.csv", "lmarena-text-to-image.csv",
                                                        "lmarena-text.csv", "lmarena-webdev.csv",
                                                        "openrouter-authors.csv", "openrouter-models.csv",
                                                        "openrouter-throughput.csv"]
    assert (week / "openrouter-throughput.csv").read_text(encoding="utf-8").splitlines()[0] == \
        "rank,model,provider,speed,price,requests"
    paths = [path for path, _ in server.seen]
    assert "/api/v1/datasets/rankings-daily?start_date=2026-01-19&end_date=2026-02-01" in paths
    assert f"openrouter-rankings: fetched {server.url}/api/v1/datasets/rankings-daily?start_date=2026-01-19&end_date=2026-02-01" \
        in result.stdout


def test_requests_carry_a_polite_user_agent_and_the_configured_headers(serve, data_copy):
    server = serve(official_routes())
    assert fetch(official_config(server.url), data_copy / "fetched", "--week", WEEK).exit_code == 0
    headers = {path.split("?", 1)[0]: h for path, h in server.seen}
    agents = {h["user-agent"] for h in headers.values()}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("writer/") and agent.endswith("(weekly LLM leaderboard report; +mailto:editors@example.org)")
    assert headers["/api/v1/datasets/rankings-daily"]["authorization"] == "Bearer or-test-key"
    assert headers["/api/v2/data/media/text-to-image"]["x-api-key"] == "aa-test-key"


def test_the_community_weekly_series_is_fetched_and_refetching_changes_nothing(serve, data_copy):
    snapshot = FIXTURES / "openrouter-weekly" / f"{WEEK}.json"  # real data, copied from ../shared/real-data
    server = serve({f"/data/{WEEK}.json": Route(snapshot.read_bytes())})
    config = f'[sources.openrouter-weekly]\nimporter = "openrouter-weekly"\nurls = ["{server.url}/data/{{week}}.json"]\n'
    target = data_copy / "openrouter-real"
    result = fetch(config, target, "--week", WEEK)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith(f"openrouter-weekly: {WEEK} openrouter-models: unchanged")
    assert result.stdout.splitlines()[1].endswith("openrouter-models.csv already holds this snapshot)")


def test_a_source_that_times_out_is_exit_3_and_the_others_are_still_imported(serve, data_copy):
    routes = official_routes()
    routes["/leaderboard/latest.csv"] = Route(b"", "text/csv", delay=1.5)
    server = serve(routes)
    target = data_copy / "fetched"
    result = fetch(official_config(server.url, timeout=0.3), target, "--week", WEEK)
    assert result.exit_code == 3
    assert errors(result) == [f"error: lmarena: {server.url}/leaderboard/latest.csv: timed out after 2 attempts (0.3s each)"]
    assert sum(1 for path, _ in server.seen if path == "/leaderboard/latest.csv") == 2
    assert (target / "weeks" / WEEK / "openrouter-throughput.csv").exists()
    assert not (target / "weeks" / WEEK / "lmarena-text.csv").exists()


def test_a_server_error_is_retried_then_imported(serve, data_copy):
    routes = official_routes()
    routes["/api/v2/data/media/text-to-image"].fail_first = 1
    server = serve(routes)
    result = fetch(official_config(server.url), data_copy / "fetched", "--week", WEEK)
    assert result.exit_code == 0, result.output
    assert sum(1 for path, _ in server.seen if path == "/api/v2/data/media/text-to-image") == 2


def test_a_source_that_changed_its_format_is_a_clear_exit_2(serve, data_copy):
    routes = official_routes()
    # LMArena renames its rating column: the importer names the file, the line and the field.
    changed = (FIXTURES / "lmarena-leaderboard.csv").read_text(encoding="utf-8").replace(
        "model_name,organization,rating,", "model_name,organization,score,")
    routes["/leaderboard/latest.csv"] = Route(changed.encode("utf-8"), "text/csv")
    server = serve(routes)
    target = data_copy / "fetched"
    result = fetch(official_config(server.url), target, "--week", WEEK, "--save", "downloads")
    assert result.exit_code == 2
    # Line 11 is the first row of the publication the week takes (2026-01-30).
    assert errors(result) == ["error: lmarena: downloads/lmarena/latest.csv, line 11, field 'rating': missing: this field is required"]
    assert not (target / "weeks" / WEEK / "lmarena-text.csv").exists()
    assert Path("downloads/lmarena/latest.csv").read_text(encoding="utf-8") == changed


def test_a_config_with_an_unknown_importer_is_exit_2_naming_the_key(data_copy):
    result = fetch('[sources.x]\nimporter = "twitter"\nurls = ["http://127.0.0.1:9/x"]\n', data_copy)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: fetch.toml: sources.x.importer: Input should be 'openrouter-weekly'")


def test_a_header_naming_an_unset_variable_is_exit_2_before_any_request(serve, data_copy, monkeypatch):
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    server = serve(official_routes())
    Path("fetch.toml").write_text(official_config(server.url), encoding="utf-8")
    result = CliRunner().invoke(app, ["fetch", "--data", str(data_copy / "fetched"), "--week", WEEK], env={"AA_API_KEY": "k"})
    assert result.exit_code == 2
    assert errors(result) == ["error: openrouter-rankings: the header needs $OPENROUTER_API_KEY, which is not set"]
    assert not any(path.startswith("/api/v1/datasets") for path, _ in server.seen)
