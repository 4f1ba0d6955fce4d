"""From a source's spelling of a model or company to a canonical entity, or a new one.

OpenRouter names a model by a permaslug such as `anthropic/claude-4.5-sonnet-20250929` (author
prefix, dated release, optional `:free` variant) and by a display name that may or may not carry
an "Anthropic: " prefix. A model is looked up by its slug forms first (strong evidence), then by
its bare slug and display name (weak evidence: "Gemini 3 Pro" may be an alias of the preview).
A weak match is refused when the entity already carries a slug of the same author that names a
different model, or is made by someone else: then the model is new. A variant (`:free`) is always
a model of its own, so "MiMo V2 Flash (free)" never merges with "MiMo V2 Flash".

Unknown models and companies become new entities (with a warning); every slug spelling that
resolved is kept as an alias so later weeks resolve the same way even when the display name
changes ("MoonshotAI: Kimi K2.5" → "Kimi K2.5 0127").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..entities import Entities, alias_key
from ..load import Dataset
from ..models import Entity, EntityKind

# A release date at the end of a permaslug: -20250929. Shorter suffixes (-0905, -2507) are kept:
# they tell model versions apart (Kimi K2 0905, Qwen3 ... 2507).
_DATED = re.compile(r"-20\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")
# Display-name suffixes that name a routing option, not a different model.
_ROUTING = re.compile(r"\s*\((exacto|nitro|floor)\)\s*$", re.IGNORECASE)
_ID_CHARS = re.compile(r"[^a-z0-9.+_-]+")

MODEL_KINDS = {EntityKind.model}
COMPANY_KINDS = {EntityKind.company}
PROVIDER_KINDS = {EntityKind.provider, EntityKind.company}


@dataclass(frozen=True)
class Slug:
    """An OpenRouter slug taken apart: author/rest:variant, and rest without its release date."""

    text: str
    author: str | None
    rest: str
    variant: str | None
    base: str

    @classmethod
    def parse(cls, text: str) -> Slug:
        text = text.strip()
        author, _, rest = text.rpartition("/")
        rest, _, variant = rest.partition(":")
        return cls(text=text, author=author.lower() or None, rest=rest, variant=variant.lower() or None,
                   base=_DATED.sub("", rest))

    @property
    def identity(self) -> tuple[str | None, frozenset[str], str | None]:
        """What makes two slugs the same model: author, the words of the undated name, variant.

        Word order and four-digit release tags are ignored, so the public slug
        `anthropic/claude-sonnet-4.5` is the permaslug `anthropic/claude-4.5-sonnet-20250929`, and
        `moonshotai/kimi-k2.5` is `moonshotai/kimi-k2.5-0127`; `gemini-3-pro` is not `gemini-3-pro-preview`.
        """
        words = frozenset(w for w in re.split(r"[-_/]+", self.base.lower()) if w and not re.fullmatch(r"\d{4}", w))
        return (self.author, words, self.variant)

    def forms(self) -> list[str]:
        """Full spellings, most specific first: with and without the release date."""
        tail = f":{self.variant}" if self.variant else ""
        prefix = f"{self.author}/" if self.author else ""
        return list(dict.fromkeys([self.text, f"{prefix}{self.base}{tail}"]))

    def bare(self) -> list[str]:
        """Spellings without the author: claude-4.5-sonnet, mimo-v2-flash-free."""
        if self.variant:
            return list(dict.fromkeys([f"{self.base}-{self.variant}", f"{self.rest}-{self.variant}"]))
        return list(dict.fromkeys([self.rest, self.base]))


def display_name(name: str | None, variant: str | None) -> str | None:
    """A source's display name without its "Author: " prefix or routing suffix, with its variant."""
    if not name:
        return None
    name = name.strip()
    if ": " in name:
        name = name.split(": ", 1)[1].strip()
    name = _ROUTING.sub("", name)
    if variant and f"({variant})" not in name.lower():
        name = f"{name} ({variant})"
    return name or None


def _words(text: str) -> frozenset[str]:
    """The words of a name, in any order: 'Claude Sonnet 4.5' = 'claude-4.5-sonnet'."""
    return frozenset(w for w in re.split(r"[\s\-_/()\[\]]+", text.lower()) if w)


def make_id(text: str) -> str:
    return _ID_CHARS.sub("-", text.lower()).strip("-._+") or "entity"


@dataclass
class Resolver:
    """Resolves spellings against a dataset's registry and records what it had to add."""

    dataset: Dataset
    new: list[Entity] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def entities(self) -> Entities:
        return self.dataset.entities

    # ------------------------------------------------------------------ companies and providers
    def company(self, *spellings: str | None, where: str = "", kinds: set[EntityKind] = COMPANY_KINDS,
                kind: EntityKind = EntityKind.company) -> Entity:
        """The company (or provider) any of the spellings names; a new one when none does."""
        names = [s.strip() for s in spellings if s and s.strip()]
        if not names:
            raise ValueError("no spelling to resolve")
        for name in names:
            found = self.entities.resolve(name, kinds)
            if found is not None and found.kind in kinds:
                return found
        display = names[-1]
        entity = self._register(Entity(id=self._free_id(make_id(names[0])), name=display, kind=kind, name_zh=None,
                                       maker=None, aliases=[n for n in names[:-1] if alias_key(n) != alias_key(display)]))
        self.warnings.append(
            f"new {kind.value} '{entity.name}' (id {entity.id}) added to {self.dataset.entities_path}"
            f"{f' from {where}' if where else ''}: check its name"
        )
        return entity

    def provider(self, name: str, where: str = "") -> Entity:
        return self.company(name, where=where, kinds=PROVIDER_KINDS, kind=EntityKind.provider)

    # ------------------------------------------------------------------ models
    def model(self, slug: str | None, name: str | None, maker: Entity | None, where: str = "",
              strong_names: bool = False, avoid: frozenset[str] = frozenset()) -> Entity:
        """The model a slug and/or display name names; a new entity when none does.

        `strong_names`: the display name is the source's own identifier (LMArena, Artificial
        Analysis), not a label that may drift, so an exact name match is trusted.
        `avoid`: entities another row of the same list already is; a row that would resolve to
        one of them (two dated releases listed side by side) is a model of its own.
        """
        parsed = Slug.parse(slug) if slug else None
        variant = parsed.variant if parsed else None
        label = display_name(name, variant) if not strong_names else (name or "").strip() or None
        strong = parsed.forms() if parsed else []
        if strong_names and label:
            strong.append(label)
        for spelling in strong:
            found = self._model_named(spelling)
            if found is not None and found.id not in avoid:
                return self._remember(found, parsed)
        weak = (parsed.bare() if parsed else []) + ([label] if label and not strong_names else [])
        for spelling in weak:
            found = self._model_named(spelling) or (self._same_words(parsed, maker) if spelling == weak[-1] else None)
            if found is None or found.id in avoid:
                continue
            conflict = self._conflict(found, parsed, maker)
            if conflict:
                self.warnings.append(f"'{spelling}'{f' ({where})' if where else ''} looks like {found.name} "
                                     f"({found.id}) but {conflict}: kept apart as a new model")
                break
            return self._remember(found, parsed)
        return self._new_model(parsed, label, maker, where)

    def knows(self, slug: str) -> bool:
        """True when a slug is already a spelling of a model (resolve such rows first)."""
        return any(self._model_named(form) is not None for form in Slug.parse(slug).forms())

    def _model_named(self, spelling: str) -> Entity | None:
        found = self.entities.resolve(spelling, MODEL_KINDS)
        return found if found is not None and found.kind in MODEL_KINDS else None

    def _same_words(self, slug: Slug | None, maker: Entity | None) -> Entity | None:
        """The one model of this maker whose name or id has exactly the slug's words (claude-4.5-sonnet)."""
        if slug is None or maker is None:
            return None
        wanted = _words(f"{slug.base} {slug.variant or ''}")
        found = {e.id: e for e in self.entities.by_id.values() if e.kind is EntityKind.model and e.maker == maker.id
                 and any(_words(s) == wanted for s in (e.id, e.name))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _conflict(self, entity: Entity, slug: Slug | None, maker: Entity | None) -> str | None:
        """Why a weak match must not be taken, or None when it may."""
        if maker is not None and entity.maker and entity.maker != maker.id:
            return f"it is made by {entity.maker}, not {maker.id}"
        if slug is None:
            return None
        known = [Slug.parse(a) for a in entity.aliases if "/" in a]
        same_author = [k for k in known if k.author == slug.author]
        if same_author and all(k.identity != slug.identity for k in same_author):
            return f"that entity is {same_author[0].text} on OpenRouter"
        return None

    def _remember(self, entity: Entity, slug: Slug | None) -> Entity:
        """Keep the slug spellings that resolved to the entity as its aliases."""
        if slug is None:
            return entity
        missing = [s for s in slug.forms()[:1] if self.entities.resolve(s, MODEL_KINDS) is None]
        if not missing:
            return entity
        updated = entity.model_copy(update={"aliases": [*entity.aliases, *missing]})
        self.entities.add(updated)
        if any(e.id == entity.id for e in self.new):
            self.new = [updated if e.id == entity.id else e for e in self.new]
        else:
            self.aliases.setdefault(entity.id, []).extend(missing)
        return updated

    def _new_model(self, slug: Slug | None, label: str | None, maker: Entity | None, where: str) -> Entity:
        name = label or (f"{slug.base}{f' ({slug.variant})' if slug.variant else ''}" if slug else "unnamed model")
        note = ""
        if self._model_named(name) is not None:
            # The display name already names another model: keep the slug in the name to tell them apart.
            name = f"{name} ({slug.rest if slug else 'new'})"
            note = "; its display name was taken by another model, so the slug was added to it"
        candidates = [make_id(label or name)]
        if slug:
            candidates.append(make_id(f"{slug.author or ''}-{slug.base}{'-' + slug.variant if slug.variant else ''}"))
        entity_id = next((c for c in candidates if not self._taken(c)), None) or self._free_id(candidates[-1])
        aliases = [s for s in (slug.forms()[:1] if slug else []) if not self._taken(s)]
        entity = self._register(Entity(id=entity_id, name=name, kind=EntityKind.model, name_zh=None,
                                       maker=maker.id if maker else None, aliases=aliases))
        self.warnings.append(
            f"new model '{entity.name}' (id {entity.id}{f', maker {entity.maker}' if entity.maker else ''}) added to "
            f"{self.dataset.entities_path}{f' from {where}' if where else ''}{note}"
        )
        return entity

    # ------------------------------------------------------------------ registry
    def _taken(self, spelling: str) -> bool:
        """True when a spelling already names an entity of any kind (ids and names must stay unique)."""
        return self.entities.resolve(spelling) is not None or spelling in self.entities.by_id

    def _free_id(self, base: str) -> str:
        candidate, n = base, 2
        while self._taken(candidate):
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def _register(self, entity: Entity) -> Entity:
        self.entities.add(entity)
        self.new.append(entity)
        return entity
