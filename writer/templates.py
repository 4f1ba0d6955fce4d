"""Where the editable text files live (`prompts/`) and how they are rendered (Jinja2, strict).

The folder is found in this order: `--prompts` / `WRITER_PROMPTS`, the copy packaged inside the
wheel (`writer/prompts`), then the repository's top-level `prompts/` for editable installs.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from .errors import PromptError
from .fencing import data_literal


def prompts_dir(override: Path | str | None = None) -> Path:
    """The folder holding the report, drafter and LLM templates."""
    configured = override or os.environ.get("WRITER_PROMPTS")
    if configured:
        path = Path(configured)
        if not path.is_dir():
            raise PromptError(f"prompts folder not found: {path}")
        return path
    package = Path(__file__).resolve().parent
    for candidate in (package / "prompts", package.parent / "prompts"):
        if candidate.is_dir():
            return candidate
    raise PromptError("prompts folder not found: reinstall writer, or set WRITER_PROMPTS")


@lru_cache(maxsize=8)
def environment(folder: Path) -> jinja2.Environment:
    """A Jinja environment over `folder` where any missing variable is an error."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    env.filters["data"] = data_literal
    return env


def render(name: str, folder: Path | None = None, **variables: Any) -> str:
    """Render one template file; a missing variable or syntax error becomes a PromptError."""
    folder = folder or prompts_dir()
    try:
        return environment(folder).get_template(name).render(**variables)
    except jinja2.TemplateNotFound as exc:
        raise PromptError(f"template not found: {folder / str(exc)}") from None
    except jinja2.UndefinedError as exc:
        raise PromptError(f"{folder / name}: {exc.message}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise PromptError(f"{exc.filename or folder / name}, line {exc.lineno}: {exc.message}") from None


def macro(name: str, macro_name: str, folder: Path | None = None, optional: bool = False) -> Any:
    """A macro defined in a template file (the drafter's phrase templates); None if optional and absent."""
    folder = folder or prompts_dir()
    try:
        module = environment(folder).get_template(name).module
    except jinja2.TemplateNotFound as exc:
        raise PromptError(f"template not found: {folder / str(exc)}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise PromptError(f"{exc.filename or folder / name}, line {exc.lineno}: {exc.message}") from None
    found = getattr(module, macro_name, None)
    if found is None:
        if optional:
            return None
        raise PromptError(f"{folder / name}: no macro named '{macro_name}'")

    def call(*args: Any) -> str:
        try:
            return str(found(*args))
        except jinja2.UndefinedError as exc:
            raise PromptError(f"{folder / name}, macro '{macro_name}': {exc.message}") from None

    return call
