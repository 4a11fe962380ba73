"""JSON Pointers: escaping round-trips, splitting, and resolving local references."""

from __future__ import annotations

import pytest

from function_return.core.pointer import escape, join, resolve, split, unescape


@pytest.mark.parametrize("token", ["a", "a/b", "m~n", "~1", "/~", "", "ü"])
def test_a_token_escapes_and_reads_back(token: str) -> None:
    assert unescape(escape(token)) == token
    assert split(join([token])) == [token]


def test_the_root_has_no_tokens_and_rfc_6901_examples_split() -> None:
    assert join([]) == "" and split("") == []
    assert split("/a~1b/m~0n/0") == ["a/b", "m~n", "0"]


def test_a_local_reference_resolves_through_objects_and_arrays() -> None:
    schema = {"$defs": {"a/b": {"items": [{"const": 1}, {"const": 2}]}}}
    assert resolve(schema, "#/$defs/a~1b/items/1") == {"const": 2}
    assert resolve(schema, "#") is schema


@pytest.mark.parametrize("ref", ["https://example.com/x", "other.json#/a", "#/missing"])
def test_a_remote_or_missing_reference_is_a_key_error(ref: str) -> None:
    with pytest.raises(KeyError):
        resolve({"a": 1}, ref)
