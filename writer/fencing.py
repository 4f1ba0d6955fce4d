"""Data in prompts, fenced so it cannot pass for instructions or forge structure.

Every value a prompt takes from data (names, event titles and details, figure labels, board
titles) is written by the `data` template filter as a JSON string literal on one line:

    {{ e.title | data }}   →   "发布文心5.0"

A line break inside a value is `\\n`, a quote is `\\"`, and `<` / `>` are `\\u003c` / `\\u003e`, so
a value can neither start another list item (a newline in a detail cannot forge another event)
nor close the quotes around it nor open a tag. The system message tells the model that quoted
text is data, never instructions (`prompts/llm/system.md.j2`).
"""

from __future__ import annotations

import json
import re
from typing import Any

# Beyond what JSON escapes itself: tag brackets, C1 controls, line and paragraph separators, bidi overrides.
_ESCAPED = re.compile("[<>\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def data_literal(value: Any) -> str:
    """`value` as a one-line JSON string literal that no text inside it can break out of."""
    text = value if isinstance(value, str) else str(value)
    return _ESCAPED.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json.dumps(text, ensure_ascii=False))
