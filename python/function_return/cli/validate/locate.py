"""Where a JSON Pointer's value starts in JSON text: its line, for reports on ``.json`` files."""

from __future__ import annotations

import json
import re
from json.decoder import scanstring  # type: ignore[attr-defined]

from function_return.core.pointer import split

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(text: str, index: int) -> int:
    end: int = _SPACE.match(text, index).end()  # type: ignore[union-attr]
    return end


def offset(text: str, pointer: str) -> int | None:
    """Return where the value at ``pointer`` starts in ``text`` (valid JSON), or None.

    As ``json.loads`` keeps the last of repeated keys, so does this.
    """
    index = _skip(text, 0)
    try:
        for token in split(pointer):
            if text.startswith("{", index):
                index = _member(text, _skip(text, index + 1), token)
            elif text.startswith("[", index) and token.isdigit():
                index = _element(text, _skip(text, index + 1), int(token))
            else:
                return None
            if index < 0:
                return None
    except (ValueError, IndexError, RecursionError):
        return None
    return index


def _member(text: str, index: int, name: str) -> int:
    found = -1
    while not text.startswith("}", index):
        key, index = scanstring(text, index + 1)
        index = _skip(text, _skip(text, index) + 1)  # past the colon
        if key == name:
            found = index
        index = _skip(text, _DECODER.raw_decode(text, index)[1])
        if text.startswith(",", index):
            index = _skip(text, index + 1)
    return found


def _element(text: str, index: int, position: int) -> int:
    for _ in range(position):
        if text.startswith("]", index):
            return -1
        index = _skip(text, _DECODER.raw_decode(text, index)[1])
        if not text.startswith(",", index):
            return -1
        index = _skip(text, index + 1)
    return -1 if text.startswith("]", index) else index


def line_of(text: str, pointer: str) -> int | None:
    """Return the line (from 1) where the value at ``pointer`` starts, or None."""
    where = offset(text, pointer)
    return None if where is None else text.count("\n", 0, where) + 1
