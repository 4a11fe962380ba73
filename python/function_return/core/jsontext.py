"""JSON text in and out: strict reading, plain reasons for what cannot be read, safe writing.

One rule for every reader (the CLI's files, the server's request bodies): NaN and Infinity are
not JSON; a value nested too deeply is refused; the reason names the line and column. One rule
for every writer: text that always encodes as UTF-8.
"""

from __future__ import annotations

import json
import math
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


def python_literal(text: str) -> Any:
    """Read a Python literal (what ``print`` shows of a dict) as JSON data; nothing is run.

    ``ast.literal_eval`` reads only literals (never ``eval``): ``True``, ``None``, single
    quotes, tuples (read as lists) and trailing commas. A part with no JSON form (a set, bytes,
    a complex number, a key that is not a string) is refused.

    Raises:
        NotJSON: the text is not a Python literal, or holds a part with no JSON form.
    """
    import ast

    tree: ast.Expression | None = None
    try:
        tree = ast.parse(text.strip(), mode="eval")
        value = ast.literal_eval(tree)
    except SyntaxError as exc:
        where = f" (line {exc.lineno})" if exc.lineno else ""
        raise NotJSON(f"not a Python literal: {exc.msg}{where}") from None
    except (ValueError, TypeError) as exc:
        literal: tuple[type[ast.AST], ...] = (ast.Expression, ast.Constant, ast.Dict, ast.List)
        literal += (ast.Tuple, ast.Set, ast.UnaryOp, ast.BinOp, ast.USub, ast.UAdd, ast.Add)
        literal += (ast.Sub, ast.Load)
        nodes = ast.walk(tree) if tree is not None else iter(())
        node = next((n for n in nodes if not isinstance(n, literal)), None)
        if node is not None and hasattr(node, "lineno"):
            shown = ast.unparse(node)
            shown = shown if len(shown) <= 40 else shown[:37] + "..."
            raise NotJSON(
                f"not a Python literal: {shown} is code, not a value (line {node.lineno}); "
                "nothing is run"
            ) from None
        raise NotJSON(f"not a Python literal: {exc}") from None
    except (RecursionError, MemoryError):
        raise NotJSON("not a Python literal: nested too deeply") from None
    try:
        return _as_json(value)
    except RecursionError:
        raise NotJSON("nested too deeply") from None


def _as_json(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        if isinstance(value, float) and not math.isfinite(value):
            raise NotJSON("NaN and Infinity are not JSON")
        return value
    if isinstance(value, list | tuple):
        return [_as_json(item) for item in value]
    if isinstance(value, dict):
        keys = [key for key in value if not isinstance(key, str)]
        if keys:
            raise NotJSON(f"the key {keys[0]!r} is not a string, so it has no JSON form")
        return {key: _as_json(item) for key, item in value.items()}
    raise NotJSON(f"a {type(value).__name__} ({value!r:.40}) has no JSON form")
