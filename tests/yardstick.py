"""The yardstick of what counts as a story: independent editors' picks against our offline drafts.

`tests/editors/editor-*.yaml` list, per real OpenRouter week, the stories each editor chose (a
model and a kind of change). A pick is **told** when the offline draft's model-usage bullet
names the model and, in that model's own words of the bullet (from its name to the next model's
name, or to the end of the clause), says that kind of change:

| kind | words that tell it |
|---|---|
| `new_leader` | 登上榜首 / 登顶 |
| `entered`, `re_entered` | 新进 / 重回 / 进入 (an entry, new or returning) |
| `left` | 跌出 |
| `surge` | the tokens went up: 增至 / 激增至 / 翻倍至 |
| `drop` | the tokens went down: 降至 / 骤降至 (in 调用量从…) |
| `rank_up` | 排名由…升至 / 位列 after a rise / 登上榜首 |
| `rank_down` | 排名由…降至 / 滑落至 |
| `streak` | 连续N周 |

Models are matched by the editor's slug, then name (without the "Author: " prefix), through
`entities.yaml`. Agreement between the editors is the ceiling: the share of one editor's picks
that the other also picked (same week, same model, same kind family: entered and re_entered are
one family, drop and rank_down another, surge and rank_up a third).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from writer.drafter import board_paragraph
from writer.weekly import WeekContext, open_week

ROOT = Path(__file__).resolve().parent.parent
EDITORS = ROOT / "tests" / "editors"
REAL = ROOT / "data" / "openrouter-real"
BOARD = "openrouter-models"

WORDS: dict[str, re.Pattern[str]] = {
    "new_leader": re.compile(r"登上榜首|登顶"),
    "entered": re.compile(r"新进|重回|进入"),
    "re_entered": re.compile(r"新进|重回|进入"),
    "left": re.compile(r"跌出"),
    "surge": re.compile(r"调用量从[^，；]*?(增至|激增至|翻倍至)"),
    "drop": re.compile(r"调用量从[^，；]*?(降至|骤降至)"),
    "rank_up": re.compile(r"排名由第\d+升至|升至第1|登上榜首"),
    "rank_down": re.compile(r"排名由第\d+(降至|滑落至)"),
    "streak": re.compile(r"连续\d+周"),
}
FAMILY = {"entered": "entry", "re_entered": "entry", "drop": "down", "rank_down": "down",
          "surge": "up", "rank_up": "up"}


@dataclass(frozen=True)
class Pick:
    """One story an editor chose: the week, the model (canonical id) and the kind of change."""

    editor: str
    week: str
    model: str
    kind: str
    why: str = ""


@dataclass
class Score:
    """How many of one editor's picks the drafts tell, and which they miss."""

    editor: str
    picks: int = 0
    told: int = 0
    missed: list[Pick] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.told / self.picks if self.picks else 0.0


def load_picks(context: WeekContext) -> dict[str, list[Pick]]:
    """Every editor's picks, models resolved to canonical ids."""
    entities = context.dataset.entities
    found: dict[str, list[Pick]] = {}
    for path in sorted(EDITORS.glob("editor-*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        editor = str(data["editor"])
        picks = []
        for week, items in data["weeks"].items():
            for item in items:
                entity = entities.resolve(item.get("slug") or "") or entities.resolve(item["model"].split(": ", 1)[-1])
                if entity is None:
                    raise ValueError(f"{path.name}, {week}: unknown model {item['model']!r}")
                picks.append(Pick(editor, str(week), entity.id, item["kind"], item.get("why", "")))
        found[editor] = picks
    return found


def bullet(context: WeekContext) -> str:
    """The offline draft's model-usage bullet of a week ('' when the board tells nothing)."""
    bd = next(bd for bd in context.deltas if bd.board.id == BOARD)
    paragraph = board_paragraph(bd, context.stories.get(BOARD, []), context.facts, context.dataset.entities, None)
    return paragraph.text if paragraph else ""


def spans(context: WeekContext, text: str) -> dict[str, str]:
    """Each model's own words in a bullet: from its name to the next model's name or the clause's end.

    A name followed only by a list separator (A、B与C跌出前九) shares the words of the names after it.
    """
    words: dict[str, str] = {}
    for clause in text.split("；"):
        mentions = [m for m in context.dataset.entities.find(clause) if m.entity.kind.value in ("model", "other")]
        for i, mention in enumerate(mentions):
            j = i + 1
            while j < len(mentions) and re.fullmatch(r"\s*[、与和及,，]\s*", clause[mentions[j - 1].end:mentions[j].start]):
                j += 1
            end = mentions[j].start if j < len(mentions) else len(clause)
            stop = mentions[j - 1].end if j - 1 > i else mention.end
            words[mention.entity.id] = words.get(mention.entity.id, "") + "；" + clause[mention.start:stop] + clause[stop:end]
    return words


def tells(words: dict[str, str], pick: Pick) -> bool:
    """Whether the bullet names the pick's model with its kind of change."""
    said = words.get(pick.model)
    return said is not None and WORDS[pick.kind].search(said) is not None


def measure(data: Path = REAL) -> tuple[dict[str, Score], dict[str, list[str]]]:
    """Each editor's score over the real weeks, and each week's bullet."""
    contexts: dict[str, WeekContext] = {}
    picks = None
    scores: dict[str, Score] = {}
    bullets: dict[str, list[str]] = {}
    for week_dir in sorted((data / "weeks").iterdir()):
        contexts[week_dir.name] = open_week(data, week_dir.name)
    first = next(iter(contexts.values()))
    picks = load_picks(first)
    words = {week: spans(ctx, bullet(ctx)) for week, ctx in contexts.items()}
    bullets = {week: [bullet(ctx)] for week, ctx in contexts.items()}
    for editor, items in picks.items():
        score = scores.setdefault(editor, Score(editor))
        for pick in items:
            score.picks += 1
            if tells(words.get(pick.week, {}), pick):
                score.told += 1
            else:
                score.missed.append(pick)
    return scores, bullets


def agreement(picks: dict[str, list[Pick]], exact: bool = False) -> dict[tuple[str, str], float]:
    """For each ordered pair of editors (a, b): the share of a's picks that b also picked."""
    def key(p: Pick) -> tuple[str, str, str]:
        return (p.week, p.model, p.kind if exact else FAMILY.get(p.kind, p.kind))

    result = {}
    for a, mine in picks.items():
        for b, theirs in picks.items():
            if a != b:
                other = {key(p) for p in theirs}
                result[(a, b)] = sum(key(p) in other for p in mine) / len(mine)
    return result
