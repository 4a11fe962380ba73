"""The corpus of real returns (../shared/corpus/): accepted and rejected as expected."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import ROOT, corpus, load_json
from function_return import ReturnValidationError, is_valid, parse, validate
from function_return.core.diagnose import _Validator
from function_return.core.schema import schema

EXPECTATIONS = load_json(ROOT / "tests" / "corpus_expectations.json")
REFERENCE = _Validator(schema())


def _outcome(value: Any) -> list[tuple[str, str]]:
    """The (pointer, keyword) pairs validate reports; empty when valid."""
    try:
        validate(value)
    except ReturnValidationError as exc:
        return sorted((e.path, e.keyword) for e in exc.errors)
    return []


def test_every_literal_real_return_is_valid() -> None:
    records = [r for r in corpus("real_returns") if r.get("literal")]
    assert len(records) >= 380
    rejected = [(r["source"], _outcome(r["value"])) for r in records if not is_valid(r["value"])]
    assert rejected == []


@pytest.mark.parametrize("name", ["doc_example_returns", "real_returns_other"])
def test_rejected_records_are_exactly_the_expected_ones(name: str) -> None:
    expected = {row["line"]: row for row in EXPECTATIONS[name]}
    for line, record in enumerate(corpus(name), start=1):
        if line in expected:
            row = expected[line]
            assert record["source"] == row["source"]
            want = sorted((e["instancePath"], e["keyword"]) for e in row["errors"])
            assert _outcome(record["value"]) == want, (line, record["source"])
        else:
            assert _outcome(record["value"]) == [], (line, record["source"])


def test_every_expectation_gives_a_reason() -> None:
    for name in ("doc_example_returns", "real_returns_other"):
        for row in EXPECTATIONS[name]:
            assert len(row["reason"]) > 20, row


@pytest.mark.parametrize("name", ["real_returns", "doc_example_returns", "real_returns_other"])
def test_fast_path_explaining_path_and_parse_agree_on_every_record(name: str) -> None:
    for record in corpus(name):
        value = record["value"]
        fast = is_valid(value)
        assert REFERENCE.is_valid(value) is fast, record["source"]
        assert (_outcome(value) == []) is fast, record["source"]
        if fast:
            parse(value)
        else:
            with pytest.raises(ReturnValidationError):
                parse(value)
