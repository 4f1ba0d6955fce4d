"""Entity resolution for imports: slugs, dated variants and names map to entities; nothing merges silently."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from writer.importers.entities_file import MARKER, updated_text
from writer.importers.resolve import Resolver, Slug
from writer.load import open_dataset
from writer.models import Entity, EntityKind

from .conftest import DATA

REGISTRY = """\
# A small registry in both styles the real one uses.
entities:
  - {id: anthropic, name: Anthropic, kind: company}
  - {id: google, name: Google, kind: company, aliases: [谷歌]}
  - {id: x-ai, name: xAI, kind: company}
  - {id: xiaomi, name: Xiaomi, kind: company}
  - {id: openai, name: OpenAI, kind: company}
  - {id: moonshotai, name: MoonshotAI, kind: company, aliases: [Moonshot, Kimi]}
  - id: claude-sonnet-4.5
    name: Claude Sonnet 4.5
    kind: model
    maker: anthropic
    aliases: [claude-sonnet-4-5, Sonnet 4.5]
  - id: claude-opus-4.5
    name: Claude Opus 4.5
    kind: model
    maker: anthropic

  # trailing comment kept
  - {id: gemini-3-pro-preview, name: Gemini 3 Pro Preview, kind: model, maker: google, aliases: [Gemini 3 Pro, google/gemini-3-pro-preview-20251117]}
  - {id: grok-4.1-fast, name: Grok 4.1 Fast, kind: model, maker: x-ai}
  - {id: mimo-v2-flash, name: MiMo V2 Flash, kind: model, maker: xiaomi}
  - {id: mimo-v2-flash-free, name: MiMo V2 Flash (free), kind: model, maker: xiaomi}
  - {id: gpt-oss-120b, name: gpt-oss-120b, kind: model, maker: openai}
  - {id: kimi-k2.5, name: Kimi K2.5, kind: model, maker: moonshotai}
  - {id: kimi-k2-0905, name: Kimi K2 0905, kind: model, maker: moonshotai}
"""


@pytest.fixture
def resolver(tmp_path: Path) -> Resolver:
    root = tmp_path / "fresh"
    root.mkdir()
    shutil.copyfile(DATA / "catalog.yaml", root / "catalog.yaml")
    (root / "entities.yaml").write_text(REGISTRY, encoding="utf-8")
    return Resolver(open_dataset(root))


def company(resolver: Resolver, slug: str) -> Entity:
    return resolver.company(Slug.parse(slug).author or "")


def resolve(resolver: Resolver, slug: str, name: str | None = None) -> Entity:
    return resolver.model(slug, name, company(resolver, slug))


def test_dated_slug_and_prefixed_name_resolve_to_the_canonical_model(resolver):
    found = resolve(resolver, "anthropic/claude-4.5-sonnet-20250929", "Anthropic: Claude Sonnet 4.5")
    assert found.id == "claude-sonnet-4.5"
    assert resolver.aliases == {"claude-sonnet-4.5": ["anthropic/claude-4.5-sonnet-20250929"]}


def test_a_slug_alone_resolves_by_its_words(resolver):
    """The Data API gives only permaslugs: claude-4.5-opus has the words of Claude Opus 4.5."""
    assert resolve(resolver, "anthropic/claude-4.5-opus-20251124").id == "claude-opus-4.5"
    assert resolver.warnings == []


def test_free_variant_is_kept_apart_from_the_paid_model(resolver):
    free = resolve(resolver, "xiaomi/mimo-v2-flash-20251210:free", "Xiaomi: MiMo-V2-Flash")
    paid = resolve(resolver, "xiaomi/mimo-v2-flash-20251210", "Xiaomi: MiMo-V2-Flash")
    assert (free.id, paid.id) == ("mimo-v2-flash-free", "mimo-v2-flash")
    grok_free = resolve(resolver, "x-ai/grok-4.1-fast:free", "xAI: Grok 4.1 Fast")
    assert grok_free.id == "grok-4.1-fast-free" and grok_free.name == "Grok 4.1 Fast (free)"
    assert resolve(resolver, "x-ai/grok-4.1-fast", "xAI: Grok 4.1 Fast").id == "grok-4.1-fast"


def test_a_newer_version_is_a_new_model_not_a_merge(resolver):
    sonnet_46 = resolve(resolver, "anthropic/claude-4.6-sonnet-20260217", "Claude Sonnet 4.6")
    pro = resolve(resolver, "xiaomi/mimo-v2-pro-20260318", "Mimo V2 Pro")
    assert (sonnet_46.id, pro.id) == ("claude-sonnet-4.6", "mimo-v2-pro")
    assert resolver.warnings[0].startswith("new model 'Claude Sonnet 4.6' (id claude-sonnet-4.6, maker anthropic) added to ")


def test_routing_suffix_is_the_same_model(resolver):
    assert resolve(resolver, "openai/gpt-oss-120b", "OpenAI: gpt-oss-120b (exacto)").id == "gpt-oss-120b"


def test_a_name_shared_with_another_slug_is_kept_apart(resolver):
    """'Gemini 3 Pro' is an alias of the preview, whose OpenRouter slug is a different one."""
    found = resolve(resolver, "google/gemini-3-pro-20260301", "Google: Gemini 3 Pro")
    assert found.id != "gemini-3-pro-preview"
    assert found.name == "Gemini 3 Pro (gemini-3-pro-20260301)"
    assert any("kept apart as a new model" in w for w in resolver.warnings)


def test_public_slug_and_permaslug_are_the_same_model(resolver):
    resolve(resolver, "moonshotai/kimi-k2.5-0127", "MoonshotAI: Kimi K2.5")
    assert resolve(resolver, "moonshotai/kimi-k2.5", "MoonshotAI: Kimi K2.5").id == "kimi-k2.5"
    assert resolve(resolver, "moonshotai/kimi-k2-0905", "Kimi K2 0905").id == "kimi-k2-0905"


def test_a_model_of_another_maker_is_not_matched_by_name(resolver):
    found = resolve(resolver, "someone/claude-sonnet-4.5", "Someone: Claude Sonnet 4.5")
    assert found.id != "claude-sonnet-4.5"


def test_registry_edits_keep_the_file_and_add_only_aliases_and_entities(resolver):
    resolve(resolver, "anthropic/claude-4.5-sonnet-20250929", "Claude Sonnet 4.5")  # block entry with aliases
    resolve(resolver, "anthropic/claude-4.5-opus-20251124", "Claude Opus 4.5")  # block entry without aliases
    resolve(resolver, "x-ai/grok-4.1-fast", "Grok 4.1 Fast")  # flow entry without aliases
    resolve(resolver, "newlab/nova-7", "NewLab: Nova 7")  # new company and model
    text = updated_text(REGISTRY, resolver.new, resolver.aliases)
    assert "    aliases: [claude-sonnet-4-5, Sonnet 4.5, anthropic/claude-4.5-sonnet-20250929]\n" in text
    assert "    maker: anthropic\n    aliases: [anthropic/claude-4.5-opus-20251124]\n\n  # trailing comment kept\n" in text
    assert "  - {id: grok-4.1-fast, name: Grok 4.1 Fast, kind: model, maker: x-ai, aliases: [x-ai/grok-4.1-fast]}\n" in text
    assert text.endswith(f"  {MARKER}\n  - {{id: newlab, name: newlab, kind: company}}\n"
                         "  - {id: nova-7, name: Nova 7, kind: model, maker: newlab, aliases: [newlab/nova-7]}\n")
    assert text.startswith(REGISTRY.split("  - id: claude-sonnet-4.5")[0])
    assert len(yaml.safe_load(text)["entities"]) == len(yaml.safe_load(REGISTRY)["entities"]) + 2


def test_registry_edit_that_would_change_an_entry_is_refused():
    odd = REGISTRY.replace("  - {id: grok-4.1-fast, name: Grok 4.1 Fast, kind: model, maker: x-ai}",
                           "  - {id: grok-4.1-fast, name: Grok 4.1 Fast, kind: model, maker: x-ai}  # a comment")
    with pytest.raises(ValueError):
        updated_text(odd, [], {"grok-4.1-fast": ["x-ai/grok-4.1-fast"]})


def test_unknown_provider_and_company_are_registered_with_their_kind(resolver):
    assert resolver.provider("Groq2").kind is EntityKind.provider
    assert resolver.company("Google").id == "google"
    assert resolver.company("谷歌").id == "google"
