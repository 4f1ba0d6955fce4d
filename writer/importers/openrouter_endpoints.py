"""OpenRouter `GET /api/v1/models/{author}/{slug}/endpoints` → openrouter-throughput rows.

One response per model; give the files of every model the week's board should show:

    {"data": {"id": "openai/gpt-oss-120b", "name": "OpenAI: gpt-oss-120b",
              "endpoints": [{"provider_name": "Groq", "tag": "groq",
                             "pricing": {"prompt": "0.00000015", "completion": "0.00000075", ...},
                             "throughput_last_30m": {"p50": 936.2, "p75": ..., ...}, ...}]}}

- speed: `throughput_last_30m.p50`, tokens per second, to one decimal. An endpoint without a
  throughput figure (null: no recent traffic) is skipped, and said so.
- price: blended dollars per million tokens, (3 × prompt + 1 × completion) / 4, as Artificial
  Analysis blends them; the API gives dollars per token. Written to the cent, or to three
  significant figures below $0.10/M.
- requests: the endpoint's `requests` or `request_count` when the export has one; the documented
  API has no request counts, so the column is usually empty.
- Rows are ranked by speed across all the files (1 = fastest). When a provider serves a model
  twice (two quantizations), its faster endpoint is kept.
The responses carry no date: give the week with --week.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from ..errors import DataError
from .context import Context
from .records import Record, read_json
from .store import BoardImport

BOARD = "openrouter-throughput"
PER_MILLION = Decimal(1_000_000)


def read(files: list[Path], ctx: Context) -> list[BoardImport]:
    week = ctx.require_week("openrouter-endpoints")
    rows: dict[tuple[str, str], tuple[Decimal, Decimal, int | None]] = {}  # (model, provider) → figures
    names: dict[str, str] = {}
    skipped: list[str] = []
    for path in files:
        top = Record(read_json(path), path)
        model_record = top.child("data")
        assert model_record is not None
        slug = model_record.text("id")
        maker = ctx.resolver.company(slug.split("/", 1)[0] if "/" in slug else "unknown", where=f"{path.name}, data.id")
        model = ctx.resolver.model(slug, model_record.maybe_text("name"), maker, where=f"{path.name}, data.id")
        names[model.id] = model.name
        endpoints = model_record.get("endpoints")
        if not isinstance(endpoints, list):
            raise model_record.error("endpoints", "expected a list of endpoints")
        for index, raw in enumerate(endpoints):
            endpoint = Record(raw, path, f"data.endpoints[{index}]")
            provider_name = endpoint.text("provider_name")
            throughput = endpoint.child("throughput_last_30m", required=False)
            speed = throughput.amount("p50", required=False) if throughput else None
            if speed is None:
                skipped.append(f"{model.name} on {provider_name}")
                continue
            pricing = endpoint.child("pricing")
            assert pricing is not None
            prompt, completion = pricing.amount("prompt"), pricing.amount("completion")
            assert prompt is not None and completion is not None
            price = (3 * prompt + completion) / 4 * PER_MILLION
            counted = [name for name in ("requests", "request_count") if endpoint.has(name)]
            requests = endpoint.count(counted[0]) if counted else None
            host = ctx.resolver.provider(provider_name, where=f"{path.name}, {endpoint.where}")
            key = (model.id, host.name)
            if key not in rows or rows[key][0] < speed:
                rows[key] = (speed, price, requests)
    if skipped:
        ctx.notes.append(f"openrouter-endpoints: skipped {len(skipped)} endpoints without a throughput figure: {', '.join(skipped)}")
    if not rows:
        raise DataError("no endpoint with a throughput figure (throughput_last_30m.p50) in these files", path=files[0])
    ranked = sorted(rows.items(), key=lambda kv: (-kv[1][0], kv[1][1], names[kv[0][0]], kv[0][1]))
    out = []
    for rank, ((model_id, provider), (speed, price, requests)) in enumerate(ranked, start=1):
        out.append({"rank": str(rank), "model": names[model_id], "provider": provider, "speed": _speed(speed),
                    "price": _price(price), "requests": "" if requests is None else str(requests)})
    return [BoardImport(board=BOARD, week=week, rows=out, source=files[0])]


def _speed(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _price(value: Decimal) -> str:
    if value >= Decimal("0.1") or value == 0:
        return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    digits = Decimal(1).scaleb(value.adjusted() - 2)  # three significant figures
    return format(value.quantize(digits, rounding=ROUND_HALF_UP), "f")
