"""What every command reports, the same way: exit codes, status words, records, JSON output.

``validate``, ``check`` and ``contract-test`` (and ``explain``) share it, so that an exit code
and a JSON report mean the same thing whichever command wrote them.
"""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from function_return.core.errors import ErrorDetail

OK, INVALID, ERROR = 0, 1, 2
"""The exit codes: 0 all good, 1 something breaks the contract, 2 usage or unreadable input."""

STATUS_WORDS = {OK: "ok", INVALID: "invalid", ERROR: "error"}
"""The ``status`` of a JSON report, by exit code."""


def exit_code(*, unreadable: bool, failed: bool) -> int:
    """2 when an input could not be judged, else 1 when something failed, else 0."""
    return ERROR if unreadable else INVALID if failed else OK


def clip(text: str, limit: int) -> str:
    """``text`` for a message: at most ``limit`` characters, the last an "…" when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plural(count: int, word: str) -> str:
    """``"1 value"``, ``"2 values"``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def error_record(error: ErrorDetail, **where: Any) -> dict[str, Any]:
    """One error of a value as a JSON record, after its location (``file``, ``line``...)."""
    return {**where, **error.as_dict()}


def write_json(document: dict[str, Any], out: TextIO, *, plain: bool = False) -> None:
    """Write a JSON report: indented, keys sorted, text as it is (``\\u`` escapes when it
    holds a lone surrogate, which UTF-8 cannot carry).

    ``plain``: the document holds strings, integers, booleans, null, lists and objects only
    (no float, which orjson would write in its own way): orjson writes it, the same bytes
    ``json`` would write, many times faster. What orjson refuses (a lone surrogate, an
    integer past 64 bits) is written by ``json``.
    """
    if plain:
        import orjson

        try:
            data = orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
        except TypeError:  # orjson.JSONEncodeError
            pass
        else:
            out.write(data.decode("utf-8") + "\n")
            return
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(document, indent=2, sort_keys=True)
    out.write(text + "\n")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Control characters (terminal escapes, line breaks), lone surrogates and bidi overrides."""


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` safe to print on a terminal: control characters (an ANSI escape, a line break
    that could forge a line of the report), lone surrogates (which UTF-8 cannot carry) and
    bidirectional overrides written as ``\\xNN`` or ``\\uNNNN``. ``lines=True`` keeps the line
    breaks of a text of several lines."""
    if lines:
        return "\n".join(printable(line) for line in text.split("\n"))
    return _UNPRINTABLE.sub(lambda m: _escape(m.group()), text)
