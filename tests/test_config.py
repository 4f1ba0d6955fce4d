"""LLM settings: flag → environment → config file → default, and the errors a user can act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from writer.config import OPENAI_BASE_URL, PLACEHOLDER_KEY, resolve
from writer.errors import ConfigError


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "writer.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_each_setting_comes_from_flag_then_environment_then_file_then_default(tmp_path):
    config = write_config(tmp_path, 'base_url = "http://file/v1"\nmodel = "file-model"\ncache_dir = "file-cache"\nmax_reasks = 5\n')
    env = {"OPENAI_BASE_URL": "http://env/v1", "WRITER_MODEL": "env-model", "OPENAI_API_KEY": "sk-env"}

    flags = resolve(base_url="http://flag/v1", model="flag-model", config=config, cache_dir=Path("flag-cache"),
                    max_reasks=1, environ=env)
    assert (flags.base_url, flags.model, flags.cache_dir, flags.max_reasks) == ("http://flag/v1", "flag-model", Path("flag-cache"), 1)

    environment = resolve(config=config, environ=env)
    assert (environment.base_url, environment.model, environment.cache_dir, environment.max_reasks) == (
        "http://env/v1", "env-model", Path("file-cache"), 5)
    assert environment.sources["model"] == "WRITER_MODEL" and environment.sources["max_reasks"] == str(config)

    file = resolve(config=config, environ={"OPENAI_API_KEY": "sk-env"})
    assert (file.base_url, file.model) == ("http://file/v1", "file-model")

    defaults = resolve(model="m", environ={"OPENAI_API_KEY": "sk-env"})
    assert (defaults.base_url, defaults.cache_dir, defaults.max_reasks, defaults.concurrency) == (
        OPENAI_BASE_URL, Path(".writer-cache"), 2, 10)


def test_config_file_named_by_the_environment_is_read(tmp_path):
    config = write_config(tmp_path, 'model = "from-file"\n')
    settings = resolve(base_url="http://local/v1", environ={"WRITER_CONFIG": str(config)})
    assert settings.model == "from-file"


def test_no_base_url_and_no_key_means_the_deterministic_drafter():
    assert resolve(environ={}) is None
    assert resolve(model="gpt-4o-mini", environ={"WRITER_MODEL": "x"}) is None


def test_a_local_server_needs_no_key():
    settings = resolve(base_url="http://127.0.0.1:8765/v1/", model="gemma-3-270m", environ={})
    assert settings.api_key == PLACEHOLDER_KEY
    assert settings.base_url == "http://127.0.0.1:8765/v1"


def test_a_key_without_a_model_is_an_error_naming_the_variable_and_the_flag():
    with pytest.raises(ConfigError) as caught:
        resolve(environ={"OPENAI_API_KEY": "sk-test"})
    assert str(caught.value).startswith("no model: set WRITER_MODEL or pass --model")
    assert caught.value.exit_code == 2


def test_api_key_env_names_the_variable_holding_the_key(tmp_path):
    config = write_config(tmp_path, 'base_url = "https://api.deepseek.com/v1"\nmodel = "deepseek-chat"\napi_key_env = "DEEPSEEK_API_KEY"\n')
    settings = resolve(config=config, environ={"DEEPSEEK_API_KEY": "sk-deepseek"})
    assert settings.api_key == "sk-deepseek" and settings.sources["api_key"] == "DEEPSEEK_API_KEY"
    with pytest.raises(ConfigError, match="names DEEPSEEK_API_KEY for the API key, but that variable is not set"):
        resolve(config=config, environ={})


def test_the_key_never_shows_in_the_settings_repr():
    settings = resolve(model="m", environ={"OPENAI_API_KEY": "sk-very-secret"})
    assert "sk-very-secret" not in repr(settings)


def test_prices_in_the_config_file_give_a_cost(tmp_path):
    config = write_config(tmp_path, 'model = "m"\n[price]\nprompt = 0.28\ncompletion = 0.42\n')
    settings = resolve(config=config, environ={"OPENAI_API_KEY": "sk"})
    assert settings.prices.cost(1_000_000, 500_000) == pytest.approx(0.49)


@pytest.mark.parametrize(("text", "message"), [
    ('model = "m"\nmodle = "typo"\n', "modle: Extra inputs are not permitted"),
    ("model = \n", "not a readable TOML file"),
    ('model = "m"\nconcurrency = 0\n', "concurrency: Input should be greater than or equal to 1"),
])
def test_a_bad_config_file_is_an_error_naming_the_file(tmp_path, text, message):
    config = write_config(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        resolve(config=config, environ={"OPENAI_API_KEY": "sk"})
    assert str(caught.value).startswith(str(config)) and message in str(caught.value)


def test_a_missing_config_file_is_an_error():
    with pytest.raises(ConfigError, match="config file not found: nowhere.toml"):
        resolve(config=Path("nowhere.toml"), environ={})


def test_the_environment_is_read_when_resolving_not_at_import(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://late/v1")
    monkeypatch.setenv("WRITER_MODEL", "late-model")
    settings = resolve()
    assert (settings.base_url, settings.model) == ("http://late/v1", "late-model")


def test_flag_values_below_their_minimum_are_errors():
    with pytest.raises(ConfigError, match="--concurrency must be at least 1, not 0"):
        resolve(base_url="http://x/v1", model="m", concurrency=0, environ={})
