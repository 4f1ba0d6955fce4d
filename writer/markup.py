"""Text from data, made inert where it lands in `report.md`.

Names, event titles and details come from data files and imports, and LLM answers from an
endpoint: in Markdown that is later shown as HTML, `<script>`, `<img onerror=…>` or a
`[link](javascript:…)` would run. `inert` keeps the text readable and its names and figures
where the checker finds them, and removes only what makes markup:

- `<` and `>` become `&lt;` and `&gt;` (no tag, no autolink);
- `&` that starts an entity (`&#58;`, `&lt;`) becomes `&amp;` (no smuggled characters);
- `](` becomes `]\\(` (no inline link or image, whatever its scheme);
- line breaks become spaces (one paragraph stays one paragraph).
"""

from __future__ import annotations

import re
from typing import Any

_ENTITY = re.compile(r"&(?=#\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")


def inert(text: str) -> str:
    """`text` with HTML tags, entities, inline links and line breaks made harmless for Markdown."""
    text = _ENTITY.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;").replace("](", "]\\(")
    return re.sub(r"[\r\n\u2028\u2029]+", " ", text)


def inert_section(section: Any) -> Any:
    """A copy of a report section (`render.Section`) whose paragraph texts and table cells are inert."""
    paragraphs = [p.model_copy(update={"text": inert(p.text)}) for p in section.paragraphs]
    tables = [t.model_copy(update={"title": inert(t.title) if t.title else t.title,
                                   "header": [inert(h) for h in t.header],
                                   "rows": [[inert(c) for c in row] for row in t.rows]}) for t in section.tables]
    return section.model_copy(update={"paragraphs": paragraphs, "tables": tables})
