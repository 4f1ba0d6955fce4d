"""Canonical entities and their spellings: resolving a table cell, and finding names in prose.

Matching ignores case, spaces, hyphens and underscores ("GPT-OSS-120B" = "gpt-oss-120b" =
"gpt oss 120b"), and always prefers the longest name, so "GPT-5.2-Codex" is never read as
"GPT-5.2" followed by "-Codex".
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .models import Entity, EntityKind

_DROP = set(" \t-_·\u3000\\")
_DROP_RE = re.compile("[" + re.escape("".join(sorted(_DROP))) + "]")
_FOLD = str.maketrans({"（": "(", "）": ")", "［": "[", "］": "]", "，": ","})


_DROP_TABLE = str.maketrans({ch: None for ch in _DROP})


def alias_key(text: str) -> str:
    """The comparison key of a name: lower case, separators and Markdown escapes dropped."""
    return text.translate(_FOLD).lower().translate(_DROP_TABLE)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@dataclass(frozen=True)
class Mention:
    """A name found in text, at original offsets [start, end)."""

    start: int
    end: int
    entity: Entity


def _trie_regex(keys: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any key, longest first, built from a trie so scanning stays linear-ish."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return re.compile(build(trie)) if trie else re.compile(r"(?!x)x")


class Entities:
    """The entity registry: lookup by any spelling, and name-finding in prose."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.by_id: dict[str, Entity] = {}
        self._by_key: dict[str, Entity] = {}
        self._homonyms: dict[str, list[Entity]] = {}
        self._lock = threading.Lock()
        self._pattern: re.Pattern[str] | None = None
        self.display = "chinese"
        """The catalog's naming rule (`naming.DisplayRule`), set when the dataset is opened."""
        self._short: set[str] = set()
        for entity in entities:
            self.add(entity)
        self.add_short_names()

    def add_short_names(self) -> None:
        """A model's name without its brand word (Opus 4.6, M2.5, V3.2) or its tier (Step 3.5 Flash
        for Step 3.5 Flash (free)), where no other entity has it: writers drop them once it is clear."""
        found: dict[str, list[Entity]] = {}
        for entity in self.by_id.values():
            tier = re.fullmatch(r"(.+?)\s*+\((?:free|beta|preview)\)", entity.name)
            if entity.kind is EntityKind.model and tier is not None:
                found.setdefault(alias_key(tier.group(1)), []).append(entity)  # Step 3.5 Flash for Step 3.5 Flash (free)
            brand, _, rest = entity.name.partition(" ")
            # 2.5 Flash Lite, 3 Pro Preview after a Gemini: a number and a word or more of the name.
            numbered = re.fullmatch(r"\d+(?:\.\d+)?(?: [A-Za-z][\w.-]*)+", rest) is not None and len(alias_key(rest)) >= 6
            if entity.kind is EntityKind.model and (rest[:1].isalpha() or numbered) and any(c.isdigit() for c in rest) \
                    and len(alias_key(rest)) >= 3:
                found.setdefault(alias_key(rest), []).append(entity)
        for key, named in found.items():
            if len(named) == 1 and key not in self._by_key:
                self._by_key[key] = named[0]
                self._short.add(key)
        self._pattern = None

    def add(self, entity: Entity) -> None:
        """Register an entity; a spelling may name two entities only if they differ in kind."""
        self.by_id[entity.id] = entity
        for spelling in self.spellings(entity):
            key = alias_key(spelling)
            if key in self._short:
                self._short.discard(key)  # a spelling given outright wins over a short name
                self._by_key.pop(key)
            other = self._by_key.get(key)
            if other is not None and other.id != entity.id:
                if other.kind is entity.kind:
                    raise ValueError(f"the spelling '{spelling}' names both '{other.id}' and '{entity.id}'")
                # "Shawn Agent" the system and "ShawnAgent" the team: the column decides.
                self._homonyms.setdefault(key, [other]).append(entity)
                continue
            self._by_key[key] = entity
        self._pattern = None

    @staticmethod
    def spellings(entity: Entity) -> list[str]:
        """Every spelling of an entity: id, name, Chinese name and aliases."""
        names = [entity.id, entity.name, *entity.aliases]
        if entity.name_zh:
            names.append(entity.name_zh)
        return [n for n in names if alias_key(n)]

    def resolve(self, name: str, kinds: set[EntityKind] | None = None) -> Entity | None:
        """The entity a spelling names (of one of `kinds` where a spelling names several), or None."""
        key = alias_key(name)
        if kinds and key in self._homonyms:
            return next((e for e in self._homonyms[key] if e.kind in kinds), self._by_key.get(key))
        return self._by_key.get(key)

    def get(self, entity_id: str) -> Entity:
        """The entity with this canonical id."""
        return self.by_id[entity_id]

    def ad_hoc(self, name: str, kind: EntityKind = EntityKind.product) -> Entity:
        """Resolve a name, registering it as a new entity when nobody knows it (event products)."""
        found = self.resolve(name)
        if found is not None:
            return found
        slug = re.sub(r"[^a-z0-9.+_-]+", "-", name.lower()).strip("-") or f"name-{len(self.by_id)}"
        while slug in self.by_id:
            slug += "-x"
        entity = Entity(id=slug, name=name, kind=kind)
        self.add(entity)
        return entity

    def find(self, text: str, prefer: Callable[[Entity], bool] | None = None) -> list[Mention]:
        """Every entity name in the text, longest match first, left to right, never overlapping.

        Where a spelling names several entities, the first one `prefer` accepts is chosen.
        """
        lowered = text.translate(_FOLD).lower()
        # Names are matched in the text with separators dropped ("gpt oss 120b" = "gpt-oss-120b");
        # `origin` maps positions in that key text back to the text.
        keyed = lowered.translate(_DROP_TABLE)
        origin = _Origin(lowered)
        with self._lock:  # sections are checked in threads: compile the name index once
            if self._pattern is None:
                self._pattern = _trie_regex(self._by_key)
        mentions: list[Mention] = []
        pos = 0
        while True:
            match = self._pattern.search(keyed, pos)
            if match is None:
                break
            found = self._longest_at(text, keyed, origin, match.start(), match.end())
            if found is None:
                pos = match.start() + 1
                continue
            stop, entity = found
            if prefer is not None and not prefer(entity):
                entity = next((e for e in self._homonyms.get(keyed[match.start() : stop], []) if prefer(e)), entity)
            mentions.append(Mention(origin(match.start()), origin(stop - 1) + 1, entity))
            pos = stop
        return mentions

    def _longest_at(self, text: str, keyed: str, origin: "_Origin", start: int, end: int) -> tuple[int, Entity] | None:
        """The longest key starting at `start` whose ends fall on word boundaries in the text."""
        first = origin(start)
        if _is_word_char(text[first]) and first > 0 and _is_word_char(text[first - 1]):
            return None
        for stop in range(end, start, -1):
            entity = self._by_key.get(keyed[start:stop])
            if entity is None:
                continue
            last = origin(stop - 1)
            after = text[last + 1 : last + 3]
            if _is_word_char(text[last]) and after[:1] and _is_word_char(after[0]):
                continue
            if text[last].isdigit() and len(after) == 2 and after[0] == "." and after[1].isdigit():
                continue
            return stop, entity
        return None


class _Origin:
    """Maps a position in the separator-free key text to the position in the text it came from."""

    def __init__(self, lowered: str) -> None:
        drops = [m.start() for m in _DROP_RE.finditer(lowered)]
        # A key position k lies after every drop whose own key position (drop index - drops before it) is <= k.
        self._keyed_drops = [d - j for j, d in enumerate(drops)]

    def __call__(self, k: int) -> int:
        return k + bisect.bisect_right(self._keyed_drops, k)
