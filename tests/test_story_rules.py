"""What counts as a story, stated as properties on generated weeks of the model-usage board.

Each week is written from a documented shape (rank, model, author, tokens, growth) with models of
`data/entities.yaml` and growth computed from the tokens, so the loader's rules hold.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import DATA
from writer.errors import DataError
from writer.load import open_dataset
from writer.weekly import open_week

BOARD = "openrouter-models"
WEEKS = ["2026-03-01", "2026-03-08", "2026-03-15", "2026-03-22", "2026-03-29", "2026-04-05"]


def models() -> list[tuple[str, str]]:
    """(model, author) pairs of real entities, to fill generated boards."""
    entities = open_dataset(DATA).entities
    found = []
    for entity in entities.by_id.values():
        if entity.kind.value == "model" and entity.maker and "(free)" not in entity.name:
            found.append((entity.name, entities.get(entity.maker).name))
    return found[:16]


MODELS = models()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "generated"
    (folder / "weeks").mkdir(parents=True)
    shutil.copyfile(DATA / "entities.yaml", folder / "entities.yaml")
    catalog = yaml.safe_load((DATA / "catalog.yaml").read_text(encoding="utf-8"))
    catalog["boards"] = [b for b in catalog["boards"] if b["id"] == BOARD]
    (folder / "catalog.yaml").write_text(yaml.safe_dump(catalog, allow_unicode=True), encoding="utf-8")
    return folder


def write_weeks(root: Path, weeks: list[dict[str, int]]) -> None:
    """One board file per week from {model: tokens}; ranks by tokens, growth from last week's tokens."""
    previous: dict[str, int] = {}
    for date, tokens in zip(WEEKS, weeks):
        lines = ["rank,model,author,tokens,growth"]
        authors = dict(MODELS)
        for rank, (model, value) in enumerate(sorted(tokens.items(), key=lambda kv: -kv[1]), 1):
            growth = round(100 * (value / previous[model] - 1)) if model in previous else ""
            lines.append(f"{rank},{model},{authors[model]},{value},{growth}")
        (root / "weeks" / date).mkdir()
        (root / "weeks" / date / f"{BOARD}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        previous = tokens


def base(n: int = 10) -> dict[str, int]:
    """A top n with clearly separated token counts (600B, 550B, …)."""
    return {model: (600 - 50 * i) * 10**9 for i, (model, _) in enumerate(MODELS[:n])}


def stories(root: Path, week: str | None = None):
    return open_week(root, week or "latest").stories[BOARD]


def weight_of(found, model: str) -> float:
    entity = open_dataset(DATA).entities.resolve(model).id
    return max((s.weight for s in found if entity in s.entities), default=0.0)


def test_an_unchanged_board_tells_nothing(root):
    write_weeks(root, [base(), base()])
    assert stories(root) == []


@pytest.mark.parametrize("seed", range(5))
def test_a_bigger_change_weighs_more(tmp_path, seed):
    rng = random.Random(seed)
    model = MODELS[rng.randrange(3, 8)][0]
    small, big = sorted(rng.sample(range(5, 40), 2))
    weights = []
    for change in (small, big):
        folder = tmp_path / f"change-{change}"
        (folder / "weeks").mkdir(parents=True)
        for name in ("catalog.yaml", "entities.yaml"):
            shutil.copyfile(DATA / name, folder / name)
        now = base()
        now[model] = round(now[model] * (1 - change / 100) / 10**9) * 10**9
        write_weeks(folder, [base(), now])
        weights.append(weight_of(stories(folder), model))
    assert weights[1] > weights[0], (model, small, big, weights)


@pytest.mark.parametrize("seed", range(8))
def test_no_board_tells_more_stories_than_its_cap(root, seed):
    rng = random.Random(seed)
    weeks = []
    for _ in WEEKS[:3]:
        chosen = rng.sample(MODELS, 10)
        weeks.append({model: rng.randrange(100, 2000) * 10**9 for model, _ in chosen})
    write_weeks(root, weeks)
    dataset = open_dataset(root)
    cap = dataset.catalog.story_rules(dataset.catalog.boards[0]).max_stories
    assert 0 < len(stories(root)) <= cap
    catalog = yaml.safe_load((root / "catalog.yaml").read_text(encoding="utf-8"))
    catalog["boards"][0]["stories"] = {"max_stories": 2}
    (root / "catalog.yaml").write_text(yaml.safe_dump(catalog, allow_unicode=True), encoding="utf-8")
    assert len(stories(root)) <= 2


def test_a_change_of_leader_leads_and_names_the_dethroned_leader(root):
    now = base()
    first, second = MODELS[0][0], MODELS[1][0]
    now[first], now[second] = 540 * 10**9, 610 * 10**9
    write_weeks(root, [base(), base(), now])
    lead = stories(root)[0]
    entities = open_dataset(root).entities
    assert lead.kind.value == "new_leader"
    assert lead.entities == [entities.resolve(second).id, entities.resolve(first).id]


def test_a_leaders_collapse_leads_even_when_it_keeps_first_place(root):
    before = base()
    leader, riser = MODELS[0][0], MODELS[5][0]
    before[leader] = 1500 * 10**9
    now = dict(before)
    now[leader] = 900 * 10**9   # -40%, still first by far
    now[riser] = 560 * 10**9    # +60%, from 6th to 2nd
    write_weeks(root, [before, now])
    found = stories(root)
    entities = open_dataset(root).entities
    assert found[0].entities == [entities.resolve(leader).id]
    assert entities.resolve(riser).id in found[1].entities


def test_a_slip_caused_only_by_newcomers_above_is_not_a_story(root):
    catalog = yaml.safe_load((root / "catalog.yaml").read_text(encoding="utf-8"))
    catalog["boards"][0]["stories"] = {"max_stories": 20}  # every candidate, not just the top five
    (root / "catalog.yaml").write_text(yaml.safe_dump(catalog, allow_unicode=True), encoding="utf-8")
    before = base(10)
    now = {m: t for m, t in before.items() if m not in {m for m, _ in MODELS[7:10]}}
    newcomers = [m for m, _ in MODELS[10:13]]
    for model in newcomers:
        now[model] = 520 * 10**9  # all three land above ranks 3-7
    write_weeks(root, [before, now])
    told = {e for s in stories(root) for e in s.entities}
    entities = open_dataset(root).entities
    steady = entities.resolve(MODELS[4][0]).id  # 400B both weeks, from 5th to 8th
    assert steady not in told
    assert {entities.resolve(m).id for m in newcomers} <= told


def test_the_exit_of_a_long_standing_member_outweighs_a_newcomers_exit(tmp_path):
    veteran, newcomer, other, filler = (m for m, _ in MODELS[9:13])

    def scenario(name: str, tenth: list[str]) -> float:
        folder = tmp_path / name
        (folder / "weeks").mkdir(parents=True)
        for file in ("catalog.yaml", "entities.yaml"):
            shutil.copyfile(DATA / file, folder / file)
        weeks = [{**base(9), model: 130 * 10**9} for model in tenth]
        write_weeks(folder, weeks + [{**base(9), filler: 100 * 10**9}])
        return weight_of(stories(folder), tenth[-1])

    # The same exit, from the same place with the same tokens: after four weeks, or after one.
    assert scenario("veteran", [veteran] * 4) > scenario("newcomer", [other] * 3 + [newcomer]) > 0


def test_a_small_models_big_rebound_is_noise(root):
    before = base()
    leader, small = MODELS[0][0], MODELS[9][0]
    before[leader], before[small] = 1500 * 10**9, 100 * 10**9
    now = {**before, small: 130 * 10**9}  # +30%, still tenth, under a third of the list's average
    write_weeks(root, [before, now])
    assert open_dataset(root).entities.resolve(small).id not in {e for s in stories(root) for e in s.entities}


def test_an_unknown_story_rule_of_a_board_is_an_error_naming_board_and_key(root):
    catalog = yaml.safe_load((root / "catalog.yaml").read_text(encoding="utf-8"))
    catalog["boards"][0]["stories"] = {"max_storys": 2}
    (root / "catalog.yaml").write_text(yaml.safe_dump(catalog, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError, match="board 'openrouter-models', stories.max_storys"):
        open_dataset(root)
