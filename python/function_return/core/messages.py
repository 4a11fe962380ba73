"""The words of every schema error, in one place, and the order errors are reported in.

Both explainers use these: the one compiled from the schema (``generated/``, by
``codegen.explain``), which ``validate`` runs, and ``diagnose``, which rewrites jsonschema's
errors and serves as the reference the compiled one is tested against. Each function takes
what the failing keyword expected and the value it was given, and returns the message.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Any

from function_return.core.errors import ErrorDetail
from function_return.core.jsonsafe import safe_repr
from function_return.core.suggest import did_you_mean

PATTERN_MESSAGES = {
    "#/$defs/FunctionReturn/then/properties/utterance/pattern": (
        'with utterance_channel "DTMF" the utterance is played as key tones: only 0-9, * and #'
    ),
    "#/$defs/TextChat/propertyNames/pattern": (
        'expected one key "<provider>_integration" in lower case, such as "zendesk_integration"'
    ),
    "#/$defs/PhoneNumber/pattern": (
        "expected digits with an optional leading + (* and # allowed, at most 32 characters) "
        "or a sip:, sips: or tel: URI"
    ),
    "#/$defs/SipHeaders/propertyNames/pattern": "SIP header names hold only letters, digits and -",
    "#/$defs/Duration/anyOf/1/pattern": (
        'expected a duration: a number of seconds (1.5) or digits then "s" ("1.5s", up to 9 '
        'decimals; no "ms", "min" or spaces)'
    ),
    "#/$defs/AsrTimeout/anyOf/1/pattern": (
        "expected a duration of more than 0 and at most 60 seconds: a number (7) or digits "
        'then "s" ("7s", up to 9 decimals; no "ms", "min" or spaces)'
    ),
    "#/$defs/MaxExtensionDuration/anyOf/1/pattern": (
        'expected a duration from 0.5 to 5 seconds: a number (1.5) or digits then "s" ("1.5s", '
        'up to 9 decimals; no "ms", "min" or spaces)'
    ),
}
"""What each ``pattern`` of the schema means (a test checks that none is missing)."""

ANY_OF_EXPECTED = {
    "#/$defs/FunctionReturn/properties/handoff/anyOf": "true or a handoff object",
    "#/$defs/Dtmf/properties/num_digits/anyOf": "an integer from 1 to 32, or -1 for no limit",
    "#/$defs/Duration/anyOf": 'a number of seconds (0 or more) or a duration string such as "1.5s"',
    "#/$defs/AsrTimeout/anyOf": (
        'a number of seconds (more than 0, at most 60) or a duration string such as "7s"'
    ),
    "#/$defs/MaxExtensionDuration/anyOf": (
        'a number of seconds from 0.5 to 5 or a duration string such as "1.5s"'
    ),
}
"""What each ``anyOf`` of the schema accepts, in words (a test checks that none is missing)."""

EFFECTS_ANY_OF_EXPECTED = {
    "#/$defs/WriteMetricEffect/properties/value/anyOf": "a string, a number, a boolean or null",
}
"""What each ``anyOf`` of the effects' schema accepts, in words (tested likewise)."""

REQUIRED_REASONS = {
    "#/$defs/FunctionReturn/then/required": (
        ' (utterance_channel "DTMF" plays the utterance as key tones)'
    ),
    "#/$defs/Transition/then/required": " (goto_step names a step of goto_flow)",
}
"""Why a key is required, where the schema requires it only in some cases."""

_JSON_TYPES = (
    (bool, "boolean"),
    (type(None), "null"),
    (str, "string"),
    (int, "integer"),
    (float, "number"),
    (dict, "object"),
    ((list, tuple), "array"),
)

_HUGE = 10**100
"""Integers past this are shown as this (every bound of the schema is far smaller)."""

_DOUBLE_MAX = 1.7976931348623157e308


_NAMES = {bool: "boolean", type(None): "null", str: "string", int: "integer", float: "number"}
_NAMES |= {dict: "object", list: "array", tuple: "array"}


def json_type(value: Any) -> str:
    """The JSON type of ``value`` (the Python type's name for a value with no JSON form)."""
    name = _NAMES.get(type(value))
    if name is not None:
        return name
    for kind, name in _JSON_TYPES:
        if isinstance(value, kind):
            return name
    return type(value).__name__


def show(value: Any, limit: int = 60) -> str:
    """``value`` as JSON text, cut to ``limit`` characters ("..." at the end when cut).

    An integer past 10**100 is shown as 10**100 with its sign, as ``jsonsafe.judgeable``
    makes it.
    """
    kind = type(value)
    if value is None or kind is bool:
        text = "null" if value is None else "true" if value else "false"
    elif kind is str:
        text = encode_basestring(value)
    elif kind is int and -_HUGE <= value <= _HUGE:
        text = int.__repr__(value)
    elif kind is float and -_DOUBLE_MAX <= value <= _DOUBLE_MAX:
        text = float.__repr__(value)
    elif kind is int:
        text = int.__repr__(_HUGE if value > 0 else -_HUGE)
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False, default=repr)
        except Exception:  # no JSON form, too deep, or an integer past the digit limit
            text = safe_repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def got(value: Any) -> str:
    """``got integer 5``, ``got object``, ``got null``: what was given, for a message."""
    kind = _NAMES.get(type(value)) or json_type(value)
    if kind == "object" or kind == "array" or kind == "null":
        return f"got {kind}" if kind != "null" else "got null"
    return f"got {kind} {show(value)}"


def type_message(expected: str | list[str], value: Any) -> str:
    """``type``: the type (or types) expected, and what was given."""
    names = " or ".join(expected) if isinstance(expected, list) else expected
    article = "an" if names[0] in "aeiou" else "a"
    return f"expected {article} {names}; {got(value)}"


def root_message(value: Any) -> str:
    """The root is neither a string, an object nor null."""
    return f"expected a string, an object or null; {got(value)}"


@lru_cache(maxsize=64)
def _listed(choices: tuple[str, ...]) -> str:
    return ", ".join(json.dumps(c) for c in choices)


def enum_message(choices: Iterable[Any], value: Any) -> str:
    """``enum``: the choices, what was given, and the nearest choice to it."""
    names = [str(c) for c in choices]
    return f"expected one of {_listed(tuple(names))}; {got(value)}{did_you_mean(value, names)}"


def const_message(expected: Any, value: Any) -> str:
    """``const``: the one value allowed, and what was given."""
    return f"expected {show(expected)}; {got(value)}"


_BOUND_WORDS = {
    "minimum": "at least",
    "maximum": "at most",
    "exclusiveMinimum": "more than",
    "exclusiveMaximum": "less than",
}
BOUNDS = tuple(_BOUND_WORDS)
"""The keywords that bound a number."""


def bound_message(keyword: str, expected: Any, value: Any) -> str:
    """``minimum``, ``maximum``, ``exclusiveMinimum``, ``exclusiveMaximum``."""
    return f"expected {_BOUND_WORDS[keyword]} {show(expected)}; {got(value)}"


def length_message(keyword: str, expected: int, value: Any) -> str:
    """``minLength`` and ``maxLength`` of a string."""
    if keyword == "minLength" and expected == 1:
        return f"expected a non-empty string; {got(value)}"
    words = "at least" if keyword == "minLength" else "at most"
    return f"expected {words} {expected} characters; got {len(value)}"


def pattern_message(location: str, pattern: str, value: Any) -> str:
    """``pattern``: what the pattern means, what was given and, for a duration, the fix."""
    hint = PATTERN_MESSAGES.get(location, f"expected a string matching {pattern}")
    return f"{hint}; {got(value)}{_duration_meant(location, pattern, value)}"


def size_message(keyword: str, expected: int, names: Iterable[str], value: Any) -> str:
    """``minProperties`` and ``maxProperties``; ``names``: the properties the object knows."""
    if keyword == "minProperties" and expected == 1:
        listed = ", ".join(names)
        if listed:
            return f"expected at least one of {listed}; got an empty object"
        return "expected a non-empty object"
    if keyword == "maxProperties" and expected == 1:
        return f"expected exactly one key; got {len(value)}: {', '.join(map(str, value))}"
    words = "at least" if keyword == "minProperties" else "at most"
    return f"expected {words} {expected} keys; got {len(value)}"


def unknown_key_message(key: str, known: list[str]) -> str:
    """``additionalProperties: false``: the key, and the nearest known one (or all of them)."""
    hint = did_you_mean(key, known) or f"; expected one of: {', '.join(known)}"
    return f"unknown key {show(key)}{hint}"


def required_message(location: str, name: str) -> str:
    """``required``: the missing key and, where the schema says why, the reason."""
    return f'missing required key "{name}"{REQUIRED_REASONS.get(location, "")}'


def at_most_one_message(names: list[str], value: Any) -> str:
    """``not`` of ``anyOf`` groups of required keys: at most one of ``names``."""
    present = [n for n in names if isinstance(value, dict) and n in value]
    return f"expected at most one of {', '.join(names)}; got {' and '.join(present)}"


def any_of_message(expected: str, value: Any) -> str:
    """``anyOf`` (or ``type``, when no branch takes the value's type): what it accepts."""
    return f"expected {expected}; {got(value)}"


def key_message(location: str, keyword: str, key: str, fallback: str) -> str:
    """``propertyNames``: the key and why it is not allowed (``fallback``: jsonschema's words)."""
    hint = PATTERN_MESSAGES.get(location) or (
        "keys must not be empty" if keyword == "minLength" else fallback
    )
    return f"key {show(key)} is not allowed: {hint}"


_DURATION_UNITS = {"ms": 0.001, "msec": 0.001, "millisecond": 0.001, "milliseconds": 0.001}
_DURATION_UNITS |= dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1.0)
_DURATION_UNITS |= dict.fromkeys(("m", "min", "mins", "minute", "minutes"), 60.0)


def _duration_meant(location: str, pattern: str, value: Any) -> str:
    """``; did you mean "0.75s"?`` for a duration written another way ("750ms", "2 sec")."""
    if "/$defs/" not in location or ("Duration" not in location and "Timeout" not in location):
        return ""
    import re

    written = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]+)\s*", str(value))
    if written is None or written[2].lower() not in _DURATION_UNITS:
        return ""
    seconds = float(written[1]) * _DURATION_UNITS[written[2].lower()]
    text = f"{seconds:.9f}".rstrip("0").rstrip(".") + "s"
    if text == value or re.fullmatch(pattern.removeprefix("^").removesuffix("$"), text) is None:
        return ""
    return f'; did you mean "{text}"?'


def ordered(found: list[ErrorDetail]) -> list[ErrorDetail]:
    """``found`` ordered by location, less the records that repeat an earlier one's pointer,
    keyword and message.

    A conditional branch may restate a property's type for strict readers (ajv); a value of
    the wrong type then breaks both, and saying it once is enough.
    """
    if len(found) == 1:
        return found
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for record in sorted(found, key=lambda e: (e.path, e.schema_path)):
        key = (record.path, record.keyword, record.message)
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept
