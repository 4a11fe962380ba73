"""The schema compiler (``codegen.compile``) on small schemas of its own, apart from the contract."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.compile import SUPPORTED, CompileError, compile_module


def _checker(schema: dict[str, Any]) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(compile_module({"check": schema}), "<compiled>", "exec"), namespace)
    return namespace["check"]


SMALL = {
    "$defs": {"Name": {"type": "string", "minLength": 1, "pattern": "^[a-z]+$"}},
    "type": "object",
    "properties": {
        "name": {"$ref": "#/$defs/Name"},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "tags": {"type": "array", "items": {"enum": ["a", "b"]}},
    },
    "required": ["name"],
    "additionalProperties": False,
}


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ({"name": "ada"}, True),
        ({"name": "ada", "age": 36, "tags": ["a", "b"]}, True),
        ({"name": "ada", "age": 36.0}, True),  # a float with no fraction is an integer
        ({}, False),  # required
        ({"name": ""}, False),  # minLength
        ({"name": "Ada"}, False),  # pattern
        ({"name": "ada", "age": -1}, False),  # minimum
        ({"name": "ada", "age": 151}, False),  # maximum
        ({"name": "ada", "age": True}, False),  # a boolean is not an integer
        ({"name": "ada", "tags": ["c"]}, False),  # enum in items
        ({"name": "ada", "extra": 1}, False),  # additionalProperties
        ({"name": "ada", 1: 2}, False),  # a key that is not a string has no JSON form
        ("ada", False),  # type
    ],
)
def test_a_compiled_small_schema_judges_like_the_schema_says(value: Any, valid: bool) -> None:
    assert _checker(SMALL)(value) is valid


def test_the_compiled_check_never_raises_on_values_without_a_json_form() -> None:
    check = _checker({"type": "object"})
    circular: dict[str, Any] = {}
    circular["self"] = circular
    for value in (circular, {"x": float("nan")}, {"x": {1, 2}}, {"x": b"bytes"}):
        assert check(value) is False


@pytest.mark.parametrize("keyword", ["oneOf", "prefixItems", "unevaluatedProperties", "format"])
def test_an_unsupported_keyword_is_a_compile_error_naming_its_location(keyword: str) -> None:
    assert keyword not in SUPPORTED
    schema = {"type": "object", "properties": {"x": {keyword: []}}}
    with pytest.raises(CompileError, match=rf"#/properties/x.*{keyword}"):
        compile_module({"check": schema})


def test_keywords_beside_a_ref_are_a_compile_error() -> None:
    schema = {"$defs": {"A": {"type": "string"}}, "$ref": "#/$defs/A", "minLength": 1}
    with pytest.raises(CompileError, match="beside \\$ref"):
        compile_module({"check": schema})


def test_a_remote_reference_is_a_compile_error() -> None:
    with pytest.raises(CompileError, match="only local references"):
        compile_module({"check": {"$ref": "https://example.com/schema.json"}})


def test_the_output_is_the_same_for_the_same_schema() -> None:
    assert compile_module({"check": SMALL}) == compile_module({"check": SMALL})
