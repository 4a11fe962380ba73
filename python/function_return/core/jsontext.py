"""JSON text in and out: strict reading, plain reasons for what cannot be read, safe writing.

One rule for every reader (the CLI's files, the server's request bodies): NaN and Infinity are
not JSON; a value nested too deeply is refused; the reason names the line and column. One rule
for every writer: text that always encodes as UTF-8.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


class NotJSON(ValueError):
    """Input that is not JSON text."""


def _reject_constant(name: str) -> Any:
    raise NotJSON(f"{name} is not valid JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def loads(text: str | bytes) -> Any:
    """Parse JSON text strictly: NaN and Infinity are not JSON.

    A UTF-8 byte order mark at the start is ignored (RFC 8259 allows it): one rule for the
    server's request bodies and the CLI's files.
    """
    if isinstance(text, bytes | bytearray):
        text = bytes(text).removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    return _DECODER.decode(text.removeprefix("\ufeff"))


def fast_loads(text: str) -> Any:
    """Parse JSON text for a verdict: orjson where it can, else ``loads``.

    orjson is several times faster. It refuses what the standard library refuses (NaN, lone
    surrogates, numbers past a double): those go to ``loads``, which has the last word. It
    reads an integer past 64 bits as a float, which changes no verdict (every integer field
    is bounded far below that, and a float with no fraction is an integer in JSON Schema) but
    would change an error message: an invalid value is parsed again by ``loads`` to explain it.
    """
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return _DECODER.decode(text)


def not_json_reason(exc: BaseException) -> str:
    """Why text is not JSON, from what ``loads`` raised: the message, line and column."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
    return str(exc)


def cannot_read_reason(exc: OSError | UnicodeDecodeError) -> str:
    """Why a file could not be read: the system's words for an ``OSError``, else the error."""
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def json_text(value: Any) -> str:
    """Return ``value`` as JSON text that encodes as UTF-8.

    Non-ASCII characters are kept as they are, unless a lone surrogate (which JSON's ``\\u``
    escapes allow, but UTF-8 cannot carry) forces the escaped form.
    """
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value)
    return text
