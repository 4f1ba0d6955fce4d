"""Seeded generator of plausible synthetic weeks, for measuring the checker beyond the sample.

    python bench/synth.py OUT_DIR --seed 3 [--weeks 6]

writes a dataset folder (catalog.yaml, entities.yaml, weeks/<date>/...) that `writer` loads like
`data/`: six boards (model usage, company share, programming share, throughput, an arena, a
benchmark) over consecutive weeks, with entries, exits, re-entries, swaps, streaks, a new model
that nobody has written about, an Others row, and a few events a week. Same seed, same bytes.
The names are the sample's entities plus a few invented ones, so that prose about these weeks
meets names no edition has used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

INVENTED = [
    {"id": "nova-lite-3", "name": "Nova Lite 3", "kind": "model", "maker": "amazon-synth"},
    {"id": "ling-flash-2", "name": "Ling Flash 2", "kind": "model", "maker": "ant-synth"},
    {"id": "seed-oss-72b", "name": "Seed OSS 72B", "kind": "model", "maker": "bytedance"},
    {"id": "hunyuan-t2", "name": "Hunyuan T2", "kind": "model", "maker": "tencent"},
]
INVENTED_COMPANIES = [
    {"id": "amazon-synth", "name": "Amazon", "name_zh": "亚马逊", "kind": "company", "aliases": ["AWS"], "country": "US"},
    {"id": "ant-synth", "name": "Ant Group", "name_zh": "蚂蚁集团", "kind": "company", "aliases": ["蚂蚁", "inclusionAI"], "country": "CN"},
]


@dataclass
class Model:
    id: str
    name: str
    maker: str
    tokens: float  # latent weekly tokens, in B
    trend: float
    born: int = 0  # first week it exists
    coding: float = 0.0
    score: float = 0.0


@dataclass
class World:
    rng: random.Random
    models: list[Model]
    names: dict[str, str]
    history: dict[int, dict[str, float]] = field(default_factory=dict)


def _fmt_tokens(b: float) -> str:
    return f"{b:.0f}B" if b >= 100 else f"{b:.1f}B"


def _read_tokens(text: str) -> float:
    return float(text[:-1])


def _entities() -> tuple[list[dict], dict[str, dict]]:
    doc = yaml.safe_load((ROOT / "data" / "entities.yaml").read_text(encoding="utf-8"))
    ents = doc["entities"]
    return ents, {e["id"]: e for e in ents}


def build(out: Path, seed: int, weeks: int = 6) -> list[str]:
    """Write a synthetic dataset into OUT and return its week dates."""
    rng = random.Random(seed)
    ents, by_id = _entities()
    companies = {e["id"] for e in ents if e["kind"] == "company"}
    # Text models that the sample's LLM boards list: image models would be implausible here.
    listed = {line.split(",")[1] for f in (ROOT / "data" / "weeks").glob("*/openrouter-*.csv")
              if f.stem != "openrouter-throughput" for line in f.read_text(encoding="utf-8").splitlines()[1:]}
    pool = sorted((e for e in ents if e["kind"] == "model" and e["name"] in listed and "free" not in e["id"]),
                  key=lambda e: e["id"])
    rng.shuffle(pool)
    pool = pool[:18]
    models = [
        Model(e["id"], e["name"], e["maker"], tokens=rng.uniform(60, 700), trend=rng.uniform(-0.08, 0.1),
              coding=rng.choice([0.0, 0.0, rng.uniform(0.15, 0.6)]), score=rng.uniform(1380, 1495))
        for e in pool
    ]
    # Newcomers appear mid-series (one of them straight into the top five).
    for i, e in enumerate(INVENTED):
        models.append(Model(e["id"], e["name"], e["maker"], tokens=rng.uniform(150, 650) if i == 0 else rng.uniform(80, 300),
                            trend=rng.uniform(0.05, 0.3), born=rng.randint(1, weeks - 1),
                            coding=rng.uniform(0.1, 0.5), score=rng.uniform(1420, 1500)))
    first = dt.date(2026, 4, 4) + dt.timedelta(weeks=rng.randint(0, 20))
    dates = [(first + dt.timedelta(weeks=w)).isoformat() for w in range(weeks)]

    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "data" / "catalog.yaml", out / "catalog.yaml")
    doc = {"entities": ents + INVENTED_COMPANIES + INVENTED + _products(ents)}
    (out / "entities.yaml").write_text(
        "# Synthetic dataset entities: the sample's, plus invented companies, models and products.\n"
        + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")

    prev_written: dict[str, float] = {}
    for w, date in enumerate(dates):
        for m in models:
            if w > m.born:
                shock = rng.choice([1.0] * 8 + [rng.uniform(1.3, 2.2), rng.uniform(0.4, 0.75)])
                m.tokens = max(5.0, m.tokens * (1 + m.trend + rng.gauss(0, 0.06)) * shock)
                m.score += rng.choice([0, 0, 1, 2, -1, -3, 5])
        alive = [m for m in models if w >= m.born]
        folder = out / "weeks" / date
        folder.mkdir(parents=True, exist_ok=True)
        written = _usage(folder, alive, prev_written, by_id)
        prev_written = written
        _authors(folder, alive, by_id, rng)
        _programming(folder, alive, by_id)
        _throughput(folder, rng, w, seed)
        _arena(folder, alive, by_id, w)
        _gaia(folder, rng, seed, w)
        _events(folder, rng, date, w)
    return dates


def _usage(folder: Path, alive: list[Model], prev: dict[str, float], by_id: dict[str, dict]) -> dict[str, float]:
    top = sorted(alive, key=lambda m: -m.tokens)[:10]
    rows = ["rank,model,author,tokens,growth"]
    written: dict[str, float] = {}
    for r, m in enumerate(top, 1):
        t = _fmt_tokens(m.tokens)
        written[m.id] = _read_tokens(t)
        growth = ""
        if m.id in prev:
            growth = str(round(100 * (written[m.id] / prev[m.id] - 1)))
        rows.append(f"{r},{m.name},{_company_name(by_id, m.maker)},{t},{growth}")
    # Keep every model's written tokens, listed or not, so growth is known when it comes back.
    for m in alive:
        written.setdefault(m.id, _read_tokens(_fmt_tokens(m.tokens)))
    (folder / "openrouter-models.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return written


def _share_rows(items: list[tuple[str, float]], extra_cols: dict[str, str], header: str, others: float) -> str:
    written = [(n, float(_fmt_tokens(t)[:-1])) for n, t in items]
    others_w = float(_fmt_tokens(others)[:-1])
    total = sum(t for _, t in written) + others_w
    rows = [header]
    for r, (n, t) in enumerate(written, 1):
        mid = f",{extra_cols[n]}" if extra_cols else ""
        rows.append(f"{r},{n}{mid},{_fmt_tokens(t)},{100 * t / total:.1f}")
    mid = "," if extra_cols else ""
    rows.append(f",Others{mid},{_fmt_tokens(others_w)},{100 * others_w / total:.1f}")
    return "\n".join(rows) + "\n"


def _authors(folder: Path, alive: list[Model], by_id: dict[str, dict], rng: random.Random) -> None:
    per: dict[str, float] = {}
    for m in alive:
        per[m.maker] = per.get(m.maker, 0.0) + m.tokens * 1.35
    top = sorted(per.items(), key=lambda kv: -kv[1])[:10]
    others = sum(per.values()) * 0.12 + 300
    items = [(_company_name(by_id, c), t) for c, t in top]
    (folder / "openrouter-authors.csv").write_text(_share_rows(items, {}, "rank,author,tokens,share", others), encoding="utf-8")


def _programming(folder: Path, alive: list[Model], by_id: dict[str, dict]) -> None:
    coders = sorted((m for m in alive if m.coding), key=lambda m: -m.tokens * m.coding)[:10]
    items = [(m.name, m.tokens * m.coding) for m in coders]
    cols = {m.name: _company_name(by_id, m.maker) for m in coders}
    others = sum(t for _, t in items) * 0.35
    (folder / "openrouter-programming.csv").write_text(
        _share_rows(items, cols, "rank,model,author,tokens,share", others), encoding="utf-8")


def _company_name(by_id: dict[str, dict], cid: str) -> str:
    if cid in by_id:
        return by_id[cid]["name"]
    return next(c["name"] for c in INVENTED_COMPANIES if c["id"] == cid)


THROUGHPUT = [
    ("gpt-oss-120b", "Groq"), ("gpt-oss-120b", "Cerebras"), ("Qwen3 32B", "Cerebras"),
    ("Llama 3.3 70B Instruct", "SambaNova"), ("Kimi K2 0905", "Groq"), ("gpt-oss-safeguard-20b", "Groq"), ("Qwen3 32B", "Groq"),
    ("Gemini 2.5 Flash Lite", "Google Vertex"), ("Llama 4 Maverick", "SambaNova"),
]


def _throughput(folder: Path, rng: random.Random, w: int, seed: int) -> None:
    base = random.Random(seed * 97)
    rows = []
    for model, provider in THROUGHPUT:
        speed = base.uniform(180, 1100) * (1 + rng.gauss(0, 0.08))
        price = round(base.uniform(0.05, 0.9), 2)
        requests = base.uniform(0.8, 70) * (1 + rng.gauss(0, 0.1))
        rows.append((speed, model, provider, price, requests))
    rows.sort(key=lambda r: -r[0])
    lines = ["rank,model,provider,speed,price,requests"]
    for r, (speed, model, provider, price, requests) in enumerate(rows, 1):
        lines.append(f"{r},{model},{provider},{speed:.0f},{price:.2f},{requests:.1f}M")
    (folder / "openrouter-throughput.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _arena(folder: Path, alive: list[Model], by_id: dict[str, dict], w: int) -> None:
    top = sorted(alive, key=lambda m: -round(m.score))[:10]
    lines = ["rank,model,org,score,preliminary"]
    used: set[int] = set()
    for r, m in enumerate(top, 1):
        score = round(m.score)
        while score in used:  # distinct scores keep the ranking unambiguous
            score -= 1
        used.add(score)
        lines.append(f"{r},{m.name},{_company_name(by_id, m.maker)},{score},{'true' if m.born == w else 'false'}")
    (folder / "lmarena-text.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


GAIA = [("JoinAgent", "JoinAI"), ("AIQ Research Agent", "Nvidia"), ("Shuqian Agent", "Suzhou AI Lab&Shuqian Tech"),
        ("Shawn Agent", "ShawnAgent"), ("Co-Sight", "ZTE-AICloud"), ("LR Agent", "LR AILab"),
        ("Lenovo DeepAgent", "LR AILab of Lenovo CTO Org"), ("JoinAgent Lite", "JoinAI")]


def _gaia(folder: Path, rng: random.Random, seed: int, w: int) -> None:
    base = random.Random(seed * 31)
    scores = {s: base.uniform(78, 92) + w * rng.choice([0, 0, 0.3, 0.8]) for s, _ in GAIA}
    lines = ["rank,system,org,score,version"]
    for r, (system, org) in enumerate(sorted(GAIA, key=lambda g: -scores[g[0]]), 1):
        lines.append(f"{r},{system},{org},{min(scores[system], 99):.2f},")
    (folder / "gaia.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


EVENT_TEMPLATES = [
    ("release", "{org}", "发布{product}", ["{product}上下文窗口扩展至{ctx}K tokens", "官方称推理速度较上一代提升{speed}%"],
     {"上下文窗口": "{ctx}K tokens", "推理速度提升": "{speed}%"}),
    ("open-source", "{org}", "开源{product}", ["{product}以Apache 2.0协议开源，参数规模{params}B", "同时开放{n}个量化版本"],
     {"参数规模": "{params}B", "量化版本数": "{n}个"}),
    ("price-cut", "{org}", "下调{product}价格", ["{product}输入价格下调{cut}%", "降价自{day}日起生效"],
     {"降价幅度": "{cut}%", "生效日": "{day}日"}),
]

LICENSES = [{"id": "apache-2.0-synth", "name": "Apache 2.0", "kind": "other"}]
PRODUCTS = [
    {"id": "aurora-synth-1", "name": "Aurora-1", "kind": "product", "maker": "amazon-synth"},
    {"id": "ring-synth-2", "name": "Ring-2", "kind": "product", "maker": "ant-synth"},
    {"id": "seed-vision-synth", "name": "Seed Vision", "kind": "product", "maker": "bytedance"},
    {"id": "hunyuan-voice-synth", "name": "Hunyuan Voice", "kind": "product", "maker": "tencent"},
]


def _products(ents: list[dict]) -> list[dict]:
    return PRODUCTS + LICENSES


def _events(folder: Path, rng: random.Random, date: str, w: int) -> None:
    end = dt.date.fromisoformat(date)
    events = []
    for i in range(rng.randint(1, 3)):
        kind, org_t, title_t, details_t, figures_t = rng.choice(EVENT_TEMPLATES)
        product = rng.choice(PRODUCTS)
        org = {"amazon-synth": "亚马逊", "ant-synth": "蚂蚁集团", "bytedance": "字节", "tencent": "腾讯"}[product["maker"]]
        day = end - dt.timedelta(days=rng.randint(0, 6))
        values = {"org": org, "product": product["name"], "ctx": rng.choice([128, 256, 512, 1000]),
                  "speed": rng.randint(15, 80), "params": rng.choice([7, 14, 32, 72, 235]), "n": rng.randint(2, 5),
                  "cut": rng.choice([20, 30, 50, 75]), "day": min(end.day, day.day + 1)}
        events.append({
            "id": f"{product['id']}-{kind}-{w}-{i}",
            "date": day.isoformat(),
            "org": org,
            "title": title_t.format(**values),
            "details": [d.format(**values) for d in details_t],
            "figures": {k: v.format(**values) for k, v in figures_t.items()},
            "entities": [product["name"]] + (["Apache 2.0"] if kind == "open-source" else []),
        })
    text = "# Synthetic events, generated from templates (bench/synth.py).\n"
    text += yaml.safe_dump({"events": events}, allow_unicode=True, sort_keys=False, width=200)
    (folder / "events.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--weeks", type=int, default=6)
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    dates = build(args.out, args.seed, args.weeks)
    print(f"{args.out}: weeks {', '.join(dates)}")


if __name__ == "__main__":
    main()
