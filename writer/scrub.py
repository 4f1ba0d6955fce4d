"""What others said, made safe to show or store: secrets redacted, terminal control sequences removed.

An endpoint may echo the API key in an error message, a base URL may carry `user:pass@`, and an
endpoint or a data file may hold escape sequences that repaint or retitle a terminal. Everything
an endpoint says passes `redact` before it is stored (draft.json, the cache) or shown; everything
shown on a terminal passes `printable`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

REDACTED = "[redacted]"

_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s@:]*(?::[^/\s@]*)?@")
_AUTHORIZATION = re.compile(r"(?i)\b((?:proxy-)?authorization\b[\"']?\s*[:=]\s*[\"']?)(?:(?:bearer|basic|token)\s+)?[^\s\"',;}]+")
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=\-]{8,}")
_KEY_SHAPES = re.compile(r"\b(?:sk|pk|rk)-[A-Za-z0-9_\-]{8,}")
_API_KEY_FIELD = re.compile(r"(?i)\b((?:api[_-]?key|x-api-key|access[_-]?token)[\"']?\s*[:=]\s*[\"']?)[^\s\"',;}]+")

# CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), other two-byte escapes, then any remaining control
# character except tab and newline; C1 controls (U+0080–U+009F) and bidirectional overrides too.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with the given secrets, URL credentials, Authorization values and key-shaped tokens replaced."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _URL_CREDENTIALS.sub(lambda m: f"{m.group(1)}{REDACTED}@", text)
    text = _AUTHORIZATION.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    text = _API_KEY_FIELD.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return _KEY_SHAPES.sub(REDACTED, text)


def redact_url(url: str) -> str:
    """A URL without its `user:pass@` part."""
    return _URL_CREDENTIALS.sub(lambda m: f"{m.group(1)}{REDACTED}@", url)


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """`text` without terminal escape sequences and control characters (tabs kept; newlines unless told)."""
    cleaned = _ESCAPES.sub("", text.replace("\r\n", "\n"))
    return cleaned if keep_newlines else cleaned.replace("\n", " ")


def one_line(text: str) -> str:
    """`text` as one printable line: line breaks become spaces."""
    return printable(text, keep_newlines=False)
