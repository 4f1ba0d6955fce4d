"""Which of an entity's names the report prints: one name per entity, decided here and nowhere else.

The rule is `display` in `catalog.yaml`: `chinese` prints the Chinese name (`name_zh`) where an
entity has one and its `name` otherwise; `english` always prints `name`. Drafter, phrase
templates, tables and LLM prompts all ask `display_name`, so a company is 月之暗面 in the
bullets, the events and the tables alike. The checker resolves every spelling, so either verifies.
"""

from __future__ import annotations

from enum import Enum

from .entities import Entities
from .models import Entity


class DisplayRule(str, Enum):
    """How the report names entities."""

    chinese = "chinese"
    english = "english"


def pick(entity: Entity, rule: DisplayRule) -> str:
    """The one name `rule` gives an entity."""
    if rule is DisplayRule.chinese and entity.name_zh:
        return entity.name_zh
    return entity.name


def display_name(entities: Entities, name_or_id: str) -> str:
    """The report's name for an entity id or any spelling of it; unknown names are printed as given."""
    entity = entities.by_id.get(name_or_id) or entities.resolve(name_or_id)
    return pick(entity, DisplayRule(entities.display)) if entity is not None else name_or_id
