"""Generated bad input (hypothesis) thrown at the loader, two importers and `writer check`: every outcome
is exit 0, 1 or 2 with a message — never a traceback, a hang or a partial write."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from writer.cli import app

from .conftest import DATA

WEEK = "2026-01-31"
SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
FEW = settings(SETTINGS, max_examples=8)
"""A draft costs about half a second: fewer examples for the drafting test."""

# Characters that matter to the parsers: separators, quotes, digits of other scripts, units, controls.
TRICKY = st.sampled_from(list(',"\'\n\r\t;:#-[]{}<>&|\\.%$ 0123456789BTK亿万０１９٠٩e+') + ["\x00", "\x1b[31m", "\u202e", "NaN", "1e999"])
TEXT = st.lists(st.one_of(TRICKY, st.text(max_size=4)), max_size=60).map("".join)


def run(*args: str | Path, stdin: str | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=stdin)


def assert_clean_outcome(result, allowed=(0, 1, 2)) -> None:
    assert result.exit_code in allowed, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    if result.exit_code == 2:
        assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@SETTINGS
@given(body=TEXT)
def test_generated_csv_rows_load_or_fail_with_one_message(data_copy, body):
    path = data_copy / "weeks" / WEEK / "openrouter-models.csv"
    path.write_text("rank,model,author,tokens,growth\n1,Claude Sonnet 4.5,Anthropic,705B,2\n" + body, encoding="utf-8",
                    errors="surrogatepass")
    assert_clean_outcome(run("facts", "--week", WEEK, "--data", data_copy, "--format", "json"), allowed=(0, 2))


@FEW
@given(body=TEXT)
def test_generated_events_yaml_drafts_or_fails_with_nothing_written(data_copy, tmp_path, body):
    (data_copy / "weeks" / WEEK / "events.yaml").write_text("events:\n  - " + body, encoding="utf-8", errors="surrogatepass")
    out = tmp_path / "out"
    shutil.rmtree(out, ignore_errors=True)
    result = run("draft", "--week", WEEK, "--data", data_copy, "--out", out)
    assert_clean_outcome(result)
    if result.exit_code == 2:
        assert not out.exists(), "nothing may be written on bad input"


JSON_VALUE = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT),
                          lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
                          max_leaves=12)
MODEL = st.fixed_dictionaries({"rank": JSON_VALUE, "slug": JSON_VALUE, "name": JSON_VALUE,
                               "total_tokens": JSON_VALUE, "percent_change": JSON_VALUE})


@SETTINGS
@given(models=st.lists(MODEL, max_size=4), raw=st.one_of(st.none(), TEXT))
def test_generated_json_imports_all_or_nothing(tmp_path, models, raw):
    import json

    data = tmp_path / "data"
    if not data.exists():
        data.mkdir()
        shutil.copy(DATA / "catalog.yaml", data)
        shutil.copy(DATA / "entities.yaml", data)
    before = tree(data)
    source = tmp_path / "2026-02-01.json"
    text = raw if raw is not None else json.dumps({"date": "2026-02-01", "models": models}, ensure_ascii=False)
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    result = run("import", "openrouter-weekly", source, "--data", data)
    assert_clean_outcome(result, allowed=(0, 2))
    if result.exit_code == 2:
        assert tree(data) == before, "a failed import must change nothing"
    shutil.rmtree(data / "weeks", ignore_errors=True)


LMARENA = (Path(__file__).parent / "fixtures" / "import" / "lmarena-leaderboard.csv").read_text(encoding="utf-8")


@SETTINGS
@given(rows=st.lists(TEXT, max_size=4), at=st.integers(min_value=0, max_value=12))
def test_generated_lmarena_csv_imports_all_or_nothing(tmp_path, rows, at):
    data = tmp_path / "data"
    if not data.exists():
        data.mkdir()
        shutil.copy(DATA / "catalog.yaml", data)
        shutil.copy(DATA / "entities.yaml", data)
    before = tree(data)
    lines = LMARENA.splitlines()
    source = tmp_path / "leaderboard.csv"
    source.write_text("\n".join(lines[:at] + rows + lines[at:]) + "\n", encoding="utf-8", errors="surrogatepass")
    result = run("import", "lmarena", source, "--data", data)
    assert_clean_outcome(result, allowed=(0, 2))
    if result.exit_code == 2:
        assert tree(data) == before, "a failed import must change nothing"
    shutil.rmtree(data / "weeks", ignore_errors=True)


@SETTINGS
@given(text=TEXT)
def test_generated_markdown_is_checked_with_exit_0_or_1(text):
    result = run("check", "-", "--week", WEEK, "--data", DATA, stdin=text)
    assert_clean_outcome(result, allowed=(0, 1))
    assert "\x1b" not in result.output
