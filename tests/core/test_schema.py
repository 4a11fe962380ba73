"""The schema itself: well formed, described, and written in the keywords both engines share."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from conftest import SCHEMA_FILE, load_json
from function_return import CONTRACT_VERSION, is_valid
from function_return.core.messages import ANY_OF_EXPECTED, PATTERN_MESSAGES

SCHEMA = load_json(SCHEMA_FILE)

# Keywords that fastjsonschema 2.22 and jsonschema 4.26 implement alike (see
# ../shared/spec/pitfalls.md): no unevaluated*, prefixItems, dependent*, min/maxContains, format.
ASSERTIONS = {
    "type", "enum", "const", "properties", "additionalProperties", "required", "propertyNames",
    "minProperties", "maxProperties", "items", "minItems", "maxItems", "minLength", "maxLength",
    "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "anyOf", "not",
    "if", "then", "$ref",
}  # fmt: skip
ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "examples"}
NAMED_CHILDREN = {"properties", "$defs"}  # their keys are names, not keywords


def _walk(node: Any, pointer: str = "#") -> list[tuple[str, dict[str, Any]]]:
    """Every subschema with its location."""
    found = [(pointer, node)]
    for key, child in node.items():
        if key in NAMED_CHILDREN:
            for name, sub in child.items():
                found += _walk(sub, f"{pointer}/{key}/{name}")
        elif key in ("anyOf",):
            for index, sub in enumerate(child):
                found += _walk(sub, f"{pointer}/{key}/{index}")
        elif key in ("not", "if", "then", "items", "propertyNames") or (
            key == "additionalProperties" and isinstance(child, dict)
        ):
            found += _walk(child, f"{pointer}/{key}")
    return found


SUBSCHEMAS = _walk(SCHEMA)


def test_schema_is_valid_json_schema_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_id_carries_the_contract_version() -> None:
    assert re.fullmatch(r"https://[^ ]+/\d+\.\d+\.\d+/function_return\.schema\.json", SCHEMA["$id"])
    assert f"/{CONTRACT_VERSION}/" in SCHEMA["$id"]


def test_only_keywords_both_engines_implement_alike_are_used() -> None:
    for pointer, node in SUBSCHEMAS:
        unknown = set(node) - ASSERTIONS - ANNOTATIONS
        assert not unknown, f"{pointer} uses {unknown}"


def test_ref_has_only_annotations_beside_it() -> None:
    # fastjsonschema ignores every keyword beside a $ref.
    for pointer, node in SUBSCHEMAS:
        if "$ref" in node:
            assert set(node) <= {"$ref", "description", "title"}, pointer


def test_every_property_has_a_description() -> None:
    for pointer, node in SUBSCHEMAS:
        for name, sub in node.get("properties", {}).items():
            # A conditional branch restates a described property.
            conditional = re.search(r"/(if|then|not)(/|$)", pointer)
            assert "description" in sub or conditional, f"{pointer}/{name}"


def test_defs_are_pascal_case_and_described() -> None:
    for name, node in SCHEMA["$defs"].items():
        assert re.fullmatch(r"[A-Z][A-Za-z]+", name), name
        assert node.get("description"), name


def test_objects_reject_unknown_keys() -> None:
    for pointer, node in SUBSCHEMAS:
        if "properties" in node and not re.search(r"/(if|then|not)(/|$)", pointer):
            assert node.get("additionalProperties") is False, pointer


def test_every_pattern_and_any_of_has_a_message() -> None:
    patterns = {f"{p}/pattern" for p, node in SUBSCHEMAS if "pattern" in node}
    # The root's anyOf is settled by type dispatch before any schema work, and an anyOf under
    # "not" is said by the "not" message: neither reaches the anyOf messages.
    any_ofs = {
        f"{p}/anyOf" for p, node in SUBSCHEMAS if "anyOf" in node and p != "#" and "/not" not in p
    }
    assert patterns == set(PATTERN_MESSAGES)
    assert any_ofs == set(ANY_OF_EXPECTED)


def test_schema_examples_are_valid() -> None:
    assert len(SCHEMA["examples"]) >= 12
    for example in SCHEMA["examples"]:
        assert is_valid(example), example


def _as_string(seconds: Decimal) -> str:
    return f"{seconds:f}s"


DECIMALS = st.decimals(min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False)


@given(DECIMALS)
def test_bounded_duration_strings_accept_exactly_the_numbers_in_range(seconds: Decimal) -> None:
    for field, value_of in (
        ("timeout", lambda v: {"listen": {"asr": {"timeout": v}}}),
        (
            "max_extension_duration",
            lambda v: {"listen": {"smart_vad": {"max_extension_duration": v}}},
        ),
    ):
        as_number = is_valid(value_of(float(seconds)))
        assert is_valid(value_of(_as_string(seconds))) is as_number, (field, seconds)
