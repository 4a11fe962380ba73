"""The case files in tests/cases/: every value through every validator path, errors exactly."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from conftest import CASES, case_files, iter_cases, load_json
from function_return import ReturnValidationError, is_valid, parse, validate
from function_return.core.diagnose import _Validator
from function_return.core.schema import schema

CASE_LIST = iter_cases()


def _reference(lenient: bool) -> Any:
    """jsonschema on the whole schema (root anyOf included), judging as the contract does."""
    return _Validator(schema(lenient=lenient))


def test_case_files_match_their_meta_schema() -> None:
    meta = load_json(CASES / "case-file.schema.json")
    for path in case_files():
        jsonschema.Draft202012Validator(meta).validate(load_json(path))


def test_there_are_at_least_150_cases() -> None:
    assert len(CASE_LIST) >= 150, len(CASE_LIST)


def test_every_def_has_valid_and_invalid_cases() -> None:
    names = {path.stem for path in case_files()}
    for name in schema()["$defs"]:
        assert name in names, f"tests/cases/{name}.json is missing"
        tests = [t for g in load_json(CASES / f"{name}.json") for t in g["tests"]]
        assert any(t["valid"] for t in tests), f"{name}: no valid case"
        assert any(not t["valid"] for t in tests), f"{name}: no invalid case"


@pytest.mark.parametrize(
    ("group", "test"), [c[1:] for c in CASE_LIST], ids=[c[0] for c in CASE_LIST]
)
def test_case(group: dict[str, Any], test: dict[str, Any]) -> None:
    lenient = group.get("lenient", False)
    data = test["data"]
    assert is_valid(data, lenient=lenient) is test["valid"]
    assert _reference(lenient).is_valid(data) is test["valid"]
    if test["valid"]:
        validate(data, lenient=lenient)
        if not lenient:
            parse(data)
        return
    with pytest.raises(ReturnValidationError) as raised:
        validate(data, lenient=lenient)
    got = sorted((e.path, e.keyword) for e in raised.value.errors)
    expected = sorted((e["instancePath"], e["keyword"]) for e in test["errors"])
    assert got == expected, raised.value
    if not lenient:
        with pytest.raises(ReturnValidationError):
            parse(data)
