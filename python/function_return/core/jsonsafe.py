"""Whether a Python value has a JSON form: the contract judges values as the JSON they become.

JSON has strings, numbers, booleans, null, arrays (lists or tuples here) and objects with
string keys. Bytes, sets, NaN, non-string keys, other objects, circular references and nesting
past ``MAX_DEPTH`` have none. A number must fit a double (``DOUBLE_MAX``), as I-JSON (RFC 7493)
asks: JavaScript reads ``1e309`` as Infinity, Go refuses it, Python reads it as ``inf``; so an
infinity, or an integer past that range, has no JSON form either.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from function_return.core.errors import ErrorDetail
from function_return.core.pointer import escape

MAX_DEPTH = 100
"""Containers nested deeper than this are rejected (no real return comes near it)."""

DOUBLE_MAX = sys.float_info.max
"""The largest magnitude a JSON number may have: the largest finite double."""


def _plain(value: Any, depth: int = 0) -> bool:
    """Return True when ``value`` is plain JSON data of the exact builtin types.

    False means "look closer": subclasses (an IntEnum, a StrEnum, an OrderedDict) serialise as
    their base type, so ``_problems`` has the last word.
    """
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return True
    if kind is int or kind is float:
        return bool(-DOUBLE_MAX <= value <= DOUBLE_MAX)  # False for NaN too
    if kind is dict or kind is list or kind is tuple:
        if depth >= MAX_DEPTH:
            return False
        # A string, boolean or null part is plain: no call for it (most parts are strings).
        if kind is dict:
            for key, item in value.items():
                if type(key) is not str:
                    return False
                part = type(item)
                if not (part is str or part is bool or item is None or _plain(item, depth + 1)):
                    return False
            return True
        for item in value:
            part = type(item)
            if not (part is str or part is bool or item is None or _plain(item, depth + 1)):
                return False
        return True
    return False


def is_plain(value: Any) -> bool:
    """Return True when ``value`` is JSON data of the exact builtin types only (no subclass)."""
    return _plain(value)


def is_json(value: Any) -> bool:
    """Return True when ``value`` has a JSON form."""
    return _plain(value) or not _problems(value)


def _out_of_range(number: float) -> str:
    """The message for a number no double holds (an infinity, or an integer past the range)."""
    if isinstance(number, float):
        got = repr(number)
    else:
        sign = "a negative" if number < 0 else "an"
        # str() of an integer past 4,300 digits raises (Python's limit): count those by bits.
        digits = f"{len(str(abs(number)))}" if number.bit_length() <= 14000 else "over 4,000"
        got = f"{sign} integer of {digits} digits"
    return (
        f"expected a number within a double's range (magnitude at most {DOUBLE_MAX!r}); got {got}"
    )


def _describe(value: Any) -> str:
    if isinstance(value, float):
        return f"{value!r} (JSON numbers are finite)"
    name = type(value).__name__
    return f"{name} {_short(value)}" if isinstance(value, (bytes, bytearray)) else name


def safe_repr(value: Any) -> str:
    """Return ``repr(value)``, or a description by type when that fails.

    A ``repr`` can raise: an integer past Python's digit limit does, and so may a class of the
    caller's. An error message must not.
    """
    try:
        return repr(value)
    except Exception:
        if isinstance(value, int):
            return f"<an integer of {value.bit_length()} bits>"
        return f"<{type(value).__name__} object>"


def _short(value: Any, limit: int = 40) -> str:
    text = safe_repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def unreadable(path: str, exc: BaseException) -> ErrorDetail:
    """The error of a part whose own methods fail: named by the exception's type only (its
    message may hold a secret)."""
    reason = type(exc).__name__[:100]
    return ErrorDetail(path, "#json/type", "json", f"cannot be read as JSON ({reason})")


def _problems(value: Any) -> list[ErrorDetail]:
    """Return one error for each part of ``value`` that has no JSON form, outermost first."""
    errors: list[ErrorDetail] = []
    # Iterative, so that values nested far past the interpreter's recursion limit are fine.
    stack: list[tuple[Any, str, int, frozenset[int]]] = [(value, "", 0, frozenset())]
    while stack:
        item, path, depth, ancestors = stack.pop()
        if isinstance(item, bool) or item is None or isinstance(item, str):
            continue
        if isinstance(item, (int, float)):
            if isinstance(item, float) and math.isnan(item):
                errors.append(
                    ErrorDetail(
                        path, "#json/finite", "json", f"expected a finite number; got {item!r}"
                    )
                )
            elif not -DOUBLE_MAX <= item <= DOUBLE_MAX:
                errors.append(ErrorDetail(path, "#json/finite", "json", _out_of_range(item)))
            continue
        if not isinstance(item, (dict, list, tuple)):
            errors.append(
                ErrorDetail(
                    path, "#json/type", "json", f"expected a JSON value; got {_describe(item)}"
                )
            )
            continue
        if id(item) in ancestors:
            errors.append(
                ErrorDetail(
                    path, "#json/cycle", "json", "circular reference: the value contains itself"
                )
            )
            continue
        if depth >= MAX_DEPTH:
            errors.append(
                ErrorDetail(
                    path, "#json/depth", "json", f"nested more than {MAX_DEPTH} levels deep"
                )
            )
            continue
        inner = ancestors | {id(item)}
        try:  # a container's own methods may fail (an items() or __iter__ that raises)
            parts = list(item.items()) if isinstance(item, dict) else list(enumerate(item))
        except Exception as exc:
            errors.append(unreadable(path, exc))
            continue
        if isinstance(item, dict):
            children = []
            for key, child in parts:
                if not isinstance(key, str):
                    errors.append(
                        ErrorDetail(
                            path,
                            "#json/keys",
                            "json",
                            f"object keys must be strings; got {type(key).__name__} {_short(key)}",
                        )
                    )
                    continue
                children.append((child, f"{path}/{escape(key)}", depth + 1, inner))
            stack.extend(reversed(children))
        else:
            stack.extend(
                (child, f"{path}/{index}", depth + 1, inner) for index, child in reversed(parts)
            )
    return errors


_HUGE = 10**100
"""Integers beyond this stand in for longer ones: every bound of the schema is far smaller."""


def judgeable(value: Any) -> Any:
    """Return a copy of ``value`` that jsonschema can judge and print without failing.

    Parts without a JSON form (``json_problems`` reports them) become ``None``, and so do
    containers whose own methods fail, and
    nesting past ``MAX_DEPTH`` and a reference back to an ancestor; non-string keys are left
    out; subclasses of ``str``, ``int`` and ``float`` become the builtin; an integer too long
    to print becomes one of 101 digits with the same sign (on the same side of every bound).
    Every other part keeps its place, so the pointers of the errors found stay the same.
    """

    def walk(item: Any, depth: int, ancestors: frozenset[int]) -> Any:
        if item is None or isinstance(item, bool):
            return None if item is None else bool(item)
        if isinstance(item, str):
            return str.__str__(item)
        if isinstance(item, int):
            number = int.__index__(item)
            return number if -_HUGE <= number <= _HUGE else (_HUGE if number > 0 else -_HUGE)
        if isinstance(item, float):
            return float.__float__(item) if math.isfinite(item) else None
        if not isinstance(item, (dict, list, tuple)) or depth >= MAX_DEPTH:
            return None
        if id(item) in ancestors:
            return None
        inner = ancestors | {id(item)}
        try:  # a container whose own methods fail stands as None, like any unreadable part
            if isinstance(item, dict):
                pairs = [(k, c) for k, c in list(item.items()) if isinstance(k, str)]
                return {str.__str__(key): walk(child, depth + 1, inner) for key, child in pairs}
            children = list(item)
        except Exception:
            return None
        return [walk(child, depth + 1, inner) for child in children]

    return walk(value, 0, frozenset())


def json_problems(value: Any) -> list[ErrorDetail]:
    """Return the errors of every part of ``value`` that has no JSON form (empty if none)."""
    return [] if _plain(value) else _problems(value)


class NoJSON(Exception):
    """``as_json``: the value has no JSON form, or is plain data already."""


def as_json(value: Any) -> Any:
    """The plain data of the JSON text ``value`` becomes, for a value that is not plain.

    The fast checks judge the exact builtin types only: a subclass of ``dict``, ``list``,
    ``str``, ``int`` or ``float`` may lie (an ``__iter__`` that hides a key, an ``__eq__``
    that claims to be ``"SPEECH"``, a ``__len__`` or a comparison that says what the check
    wants) while ``json.dumps`` writes what it really holds. Such a value is written as JSON
    text and read back, and that is what is judged: "valid" means the JSON text is valid.

    Raises:
        NoJSON: ``value`` is plain already (the fast check's verdict stands), or has a part
            with no JSON form (``errors`` reports it).
    """
    try:
        if is_plain(value) or json_problems(value):
            raise NoJSON
        return json.loads(json.dumps(value, allow_nan=False))
    except NoJSON:
        raise
    except Exception:  # a container whose own methods fail, or a part json.dumps refuses
        raise NoJSON from None
