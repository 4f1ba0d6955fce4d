"""Writing what the importer learned back into `entities.yaml`, keeping the file as editors wrote it.

New entities are appended at the end, one flow-style line each, under a marker comment. A new
alias of an existing entity is added to that entity's own line or block, touching nothing else.
The result is parsed again and compared with the old file: apart from the additions every entity
must be exactly as before, or nothing is written.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..models import Entity

MARKER = "# ---------------------------------------------------------------- added by `writer import`"


def _flow(value: Any) -> str:
    """A value as YAML flow text on one line."""
    text: str = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10**9)
    return text.strip()


def _entity_dict(entity: Entity) -> dict[str, Any]:
    data: dict[str, Any] = {"id": entity.id, "name": entity.name, "kind": entity.kind.value}
    if entity.name_zh:
        data["name_zh"] = entity.name_zh
    if entity.maker:
        data["maker"] = entity.maker
    if entity.aliases:
        data["aliases"] = list(entity.aliases)
    return data


def updated_text(text: str, new: list[Entity], aliases: dict[str, list[str]]) -> str:
    """The file with the aliases added to existing entries and the new entities appended."""
    lines = text.splitlines()
    for entity_id, extra in aliases.items():
        lines = _add_aliases(lines, entity_id, extra)
    if new:
        indent = next((m.group(1) for line in lines if (m := re.match(r"^(\s*)- ", line))), "  ")
        if MARKER not in text:
            lines += ["", indent + MARKER]
        lines += [f"{indent}- {_flow(_entity_dict(e))}" for e in new]
    result = "\n".join(lines) + "\n"
    _verify(text, result, new, aliases)
    return result


def _entry_start(lines: list[str], entity_id: str) -> int:
    pattern = re.compile(r"^\s*-\s*(\{\s*)?id:\s*['\"]?" + re.escape(entity_id) + r"['\"]?\s*([,}]|$)")
    for index, line in enumerate(lines):
        if pattern.match(line):
            return index
    raise ValueError(f"entity '{entity_id}' not found in entities.yaml")


def _add_aliases(lines: list[str], entity_id: str, extra: list[str]) -> list[str]:
    start = _entry_start(lines, entity_id)
    line = lines[start]
    indent = line[: len(line) - len(line.lstrip())]
    if line.lstrip().startswith("- {"):
        # Flow entry: re-dump the mapping of this one line with the longer alias list.
        body = line.lstrip()[2:]
        data = yaml.safe_load(body)
        if not isinstance(data, dict) or "#" in body[body.rfind("}"):]:
            raise ValueError(f"cannot edit the entry of '{entity_id}' safely")
        data["aliases"] = [*(data.get("aliases") or []), *extra]
        return [*lines[:start], f"{indent}- {_flow(data)}", *lines[start + 1 :]]
    # Block entry: keys on the following lines, indented deeper than the dash.
    key_indent = indent + "  "
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(key_indent)):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    for index in range(start + 1, end):
        match = re.match(r"^(\s*)aliases:\s*(\[.*\])\s*$", lines[index])
        if match:
            current = yaml.safe_load(match.group(2)) or []
            lines = [*lines[:index], f"{match.group(1)}aliases: {_flow([*current, *extra])}", *lines[index + 1 :]]
            return lines
        if re.match(r"^\s*aliases:", lines[index]):
            raise ValueError(f"cannot edit the aliases of '{entity_id}' safely (write them as [a, b])")
    return [*lines[:end], f"{key_indent}aliases: {_flow(extra)}", *lines[end:]]


def _verify(old: str, new_text: str, added: list[Entity], aliases: dict[str, list[str]]) -> None:
    """The edited file must hold the old entities (plus their new aliases) and the new ones, nothing else."""
    before = {e["id"]: e for e in (yaml.safe_load(old) or {}).get("entities", [])}
    after = {e["id"]: e for e in (yaml.safe_load(new_text) or {}).get("entities", [])}
    expected = {k: dict(v) for k, v in before.items()}
    for entity_id, extra in aliases.items():
        expected[entity_id]["aliases"] = [*(expected[entity_id].get("aliases") or []), *extra]
    for entity in added:
        expected[entity.id] = _entity_dict(entity)
    if after != expected:
        changed = sorted(k for k in set(after) | set(expected) if after.get(k) != expected.get(k))
        raise ValueError(f"editing entities.yaml would change more than intended ({', '.join(changed[:5])})")
