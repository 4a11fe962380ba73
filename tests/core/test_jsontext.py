"""The CLI's fast JSON reader: orjson where it can, the standard library's verdict everywhere."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from function_return import is_valid
from function_return.core.jsontext import NotJSON, fast_loads

TEXTS = [
    '{"utterance": "Goodbye!", "hangup": true}',
    "-0.0",
    "1e999",
    "[1.7976931348623157e308, 5e-324, 0.1]",
    '"\\ud800"',
    '"\\ud83d\\ude00 caf\\u00e9"',
    '{"a": 1, "a": 2}',
    " \n\t[] \n",
    '"\ufeff"',
    "[" * 2000 + "]" * 2000,
]
NOT_JSON = [
    "NaN",
    "[Infinity]",
    "-Infinity",
    "{'a': 1}",
    "[1,]",
    '"\x01"',
    "\ufeff{}",
    "",
    "01",
    "[1] x",
]


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1 is not 1.0; -0.0 is not 0.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, float):
        return math.copysign(1, a) == math.copysign(1, b) and (
            a == b or (math.isnan(a) and math.isnan(b))
        )
    return bool(a == b)


def _stdlib(text: str) -> Any:
    return json.loads(text, parse_constant=lambda name: (_ for _ in ()).throw(NotJSON(name)))


LONG_INTEGERS = [
    "123456789012345678901234567890",
    '{"listen": {"dtmf": {"num_digits": 12345678901234567890123}}}',
    '{"listen": {"smart_vad": {"max_extensions": -99999999999999999999}}}',
    '{"listen": {"asr": {"timeout": 100000000000000000000000}}}',
    '{"agentic_dial": {"config_patch": {"destinations": [{"phone_number": "1", "metadata": {"n": 99999999999999999999999}}]}}}',
]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_loads_gives_exactly_what_the_standard_library_gives(text: str) -> None:
    try:
        expected = _stdlib(text)
    except RecursionError:
        with pytest.raises(RecursionError):
            fast_loads(text)
        return
    assert _same(fast_loads(text), expected)


@pytest.mark.parametrize("text", LONG_INTEGERS)
def test_an_integer_past_64_bits_changes_no_verdict(text: str) -> None:
    assert is_valid(fast_loads(text)) is is_valid(_stdlib(text))


@pytest.mark.parametrize("text", NOT_JSON)
def test_fast_loads_rejects_what_is_not_json(text: str) -> None:
    with pytest.raises(ValueError):
        fast_loads(text)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES, st.booleans())
def test_fast_loads_agrees_with_the_standard_library_on_any_json_text(
    value: Any, ascii_only: bool
) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    expected = _stdlib(text)
    if _has_long_integer(expected):
        assert is_valid(fast_loads(text)) is is_valid(expected)
    else:
        assert _same(fast_loads(text), expected)


def _has_long_integer(value: Any) -> bool:
    if isinstance(value, dict):
        return any(map(_has_long_integer, value.values()))
    if isinstance(value, list):
        return any(map(_has_long_integer, value))
    return type(value) is int and value.bit_length() > 63
