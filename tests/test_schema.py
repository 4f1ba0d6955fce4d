"""Every data shape has one definition: the Pydantic models, whose JSON Schemas `writer schema` prints."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from writer.cli import app
from writer.models import ROW_MODELS, Catalog, EntityRegistry, EventFile, input_schemas


def test_schema_command_prints_the_generated_schemas():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    schemas = json.loads(result.output)
    assert schemas["row-usage"] == input_schemas()["row-usage"]
    assert {"catalog", "entities", "events", "facts", "draft", "check-result"} <= set(schemas)


def test_one_schema_by_name():
    result = CliRunner().invoke(app, ["schema", "row-author_share"])
    assert json.loads(result.output)["required"] == ["author", "tokens", "share"]


def test_unknown_schema_name_is_exit_2():
    result = CliRunner().invoke(app, ["schema", "nope"])
    assert result.exit_code == 2 and "no schema named 'nope'" in result.output


def test_input_files_reject_unknown_keys():
    for model in (Catalog, EntityRegistry, EventFile, *ROW_MODELS.values()):
        assert model.model_config.get("extra") == "forbid", model
