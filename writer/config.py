"""LLM settings: each one from its flag, else the environment, else the config file, else a default.

`resolve()` is the one place that decides, and it records where every value came from. The
environment is read when `resolve()` runs, never at import. The optional config file is TOML,
named by `--config` or `WRITER_CONFIG`:

    # writer.toml
    base_url = "https://api.deepseek.com/v1"
    model = "deepseek-chat"
    api_key_env = "DEEPSEEK_API_KEY"   # the variable holding the key: keys never live in files
    max_reasks = 2
    concurrency = 10
    timeout = 60                       # seconds per request
    max_tokens = 1500                  # per answer
    temperature = 0.3                  # omit to use the endpoint's default
    cache_dir = ".writer-cache"
    retry_attempts = 5                 # per request, on 429 / 5xx / timeouts
    retry_seconds = 120                # total time budget per request
    max_response_bytes = 2000000       # a larger response is an endpoint failure
    [price]                            # USD per million tokens; enables draft.json's cost_usd
    prompt = 0.28
    completion = 0.42

No base URL and no key: no LLM (`resolve` returns None). A base URL without a key is a local
server (a placeholder key is sent). A key without a base URL is OpenAI. A key or base URL without a
model is a ConfigError naming WRITER_MODEL and --model, raised before any request.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError, DataError
from .load import read_text

OPENAI_BASE_URL = "https://api.openai.com/v1"
PLACEHOLDER_KEY = "no-key-needed"

# Setting → the environment variable that may hold it.
ENVIRONMENT = {
    "api_key": "OPENAI_API_KEY",
    "base_url": "OPENAI_BASE_URL",
    "model": "WRITER_MODEL",
    "cache_dir": "WRITER_CACHE",
}
CONFIG_VARIABLE = "WRITER_CONFIG"
MAX_TIMEOUT = 3600.0
"""Seconds: the longest deadline a request may be given."""

DEFAULTS: dict[str, Any] = {
    "base_url": None,
    "model": None,
    "max_reasks": 2,
    "concurrency": 10,
    "timeout": 60.0,
    "max_tokens": 1500,
    "temperature": None,
    "cache_dir": ".writer-cache",
    "retry_attempts": 5,
    "retry_seconds": 120.0,
    "max_response_bytes": 2_000_000,
}


class Prices(BaseModel):
    """What the endpoint charges, in USD per million tokens."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt: float = Field(ge=0, allow_inf_nan=False, description="USD per million prompt tokens.")
    completion: float = Field(ge=0, allow_inf_nan=False, description="USD per million completion tokens.")

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.prompt + completion_tokens * self.completion) / 1e6


class ConfigFile(BaseModel):
    """The optional TOML config file; every key may be omitted."""

    model_config = ConfigDict(extra="forbid")

    base_url: str | None = None
    model: str | None = None
    api_key_env: str | None = Field(default=None, description="Name of the environment variable that holds the key.")
    max_reasks: int | None = Field(default=None, ge=0)
    concurrency: int | None = Field(default=None, ge=1)
    timeout: float | None = Field(default=None, gt=0, le=MAX_TIMEOUT, allow_inf_nan=False)
    max_tokens: int | None = Field(default=None, ge=16)
    temperature: float | None = Field(default=None, ge=0, le=2, allow_inf_nan=False)
    cache_dir: str | None = None
    retry_attempts: int | None = Field(default=None, ge=1)
    retry_seconds: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    max_response_bytes: int | None = Field(default=None, ge=1024)
    price: Prices | None = None


@dataclass(frozen=True)
class Settings:
    """Everything the LLM drafter needs to know about its endpoint and limits."""

    base_url: str
    model: str
    api_key: str = field(repr=False)
    max_reasks: int
    concurrency: int
    timeout: float
    max_tokens: int
    temperature: float | None
    cache_dir: Path
    use_cache: bool
    retry_attempts: int
    retry_seconds: float
    prices: Prices | None
    max_response_bytes: int = DEFAULTS["max_response_bytes"]
    sources: dict[str, str] = field(default_factory=dict)
    """Where each setting came from: a flag, a variable, the config file or 'default'."""


def read_config(path: Path) -> ConfigFile:
    """Parse the TOML config file; any problem is a ConfigError naming the file."""
    if not path.exists():
        raise ConfigError(f"config file not found: {path} (set by --config or {CONFIG_VARIABLE})")
    try:
        raw = tomllib.loads(read_text(path))  # a regular file within the limits: a FIFO or /dev/zero is refused
    except DataError as exc:
        raise ConfigError(str(exc)) from None
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise ConfigError(f"{path}: not a readable TOML file: {exc or 'nested too deeply'}") from None
    try:
        return ConfigFile.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"{path}: {problems}") from None


def pick(name: str, flag: Any, environ: Mapping[str, str], file: ConfigFile, file_label: str) -> tuple[Any, str]:
    """One setting and its source: the flag, else its environment variable, else the file, else the default."""
    if flag is not None:
        return flag, f"--{name.replace('_', '-')}"
    variable = ENVIRONMENT.get(name)
    if variable and environ.get(variable):
        return environ[variable], variable
    value = getattr(file, name, None)
    if value is not None:
        return value, file_label
    return DEFAULTS.get(name), "default"


def resolve(
    *,
    base_url: str | None = None,
    model: str | None = None,
    config: Path | None = None,
    max_reasks: int | None = None,
    concurrency: int | None = None,
    timeout: float | None = None,
    cache_dir: Path | None = None,
    no_cache: bool = False,
    environ: Mapping[str, str] | None = None,
) -> Settings | None:
    """The LLM settings from flags (the keyword arguments), the environment and the config file.

    Returns None when neither a base URL nor a key is configured: the deterministic drafter then.
    """
    env = os.environ if environ is None else environ
    config_path = config or (Path(env[CONFIG_VARIABLE]) if env.get(CONFIG_VARIABLE) else None)
    file = read_config(config_path) if config_path else ConfigFile()
    label = str(config_path) if config_path else "config file"
    flags = {"base_url": base_url, "model": model, "max_reasks": max_reasks, "concurrency": concurrency,
             "timeout": timeout, "cache_dir": cache_dir, "max_tokens": None, "temperature": None,
             "retry_attempts": None, "retry_seconds": None, "max_response_bytes": None}
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for name, flag in flags.items():
        values[name], sources[name] = pick(name, flag, env, file, label)

    key, sources["api_key"] = env.get(ENVIRONMENT["api_key"]), ENVIRONMENT["api_key"]
    if not key and file.api_key_env:
        key, sources["api_key"] = env.get(file.api_key_env), file.api_key_env
        if not key:
            raise ConfigError(f"{label} names {file.api_key_env} for the API key, but that variable is not set")
    if not key and not values["base_url"]:
        return None
    if not values["model"]:
        raise ConfigError(
            "no model: set WRITER_MODEL or pass --model (e.g. --model deepseek-chat), or put model = \"...\" in the config file"
        )
    if not key:
        key, sources["api_key"] = PLACEHOLDER_KEY, "placeholder (local server)"
    if not values["base_url"]:
        values["base_url"], sources["base_url"] = OPENAI_BASE_URL, "default (OpenAI)"
    return Settings(
        base_url=str(values["base_url"]).rstrip("/"),
        model=str(values["model"]),
        api_key=key,
        max_reasks=_number(values, "max_reasks", int, 0),
        concurrency=_number(values, "concurrency", int, 1),
        timeout=_number(values, "timeout", float, 0.001, MAX_TIMEOUT),
        max_tokens=int(values["max_tokens"]),
        temperature=values["temperature"],
        cache_dir=Path(values["cache_dir"]),
        use_cache=not no_cache,
        retry_attempts=int(values["retry_attempts"]),
        retry_seconds=float(values["retry_seconds"]),
        prices=file.price,
        max_response_bytes=int(values["max_response_bytes"]),
        sources=sources,
    )


def _number(values: dict[str, Any], name: str, kind: type, minimum: float, maximum: float | None = None) -> Any:
    try:
        value = kind(values[name])
    except (TypeError, ValueError, OverflowError):
        raise ConfigError(f"--{name.replace('_', '-')} must be a number, not {values[name]!r}") from None
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"--{name.replace('_', '-')} must be a finite number of seconds, not {value}")
    if value < minimum:
        raise ConfigError(f"--{name.replace('_', '-')} must be at least {kind(minimum)}, not {value}")
    if maximum is not None and value > maximum:
        raise ConfigError(f"--{name.replace('_', '-')} must be at most {kind(maximum)}, not {value}")
    return value
