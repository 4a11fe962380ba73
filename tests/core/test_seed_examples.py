"""Every example on the platform's page (../shared/spec/return-values.txt) is valid."""

from __future__ import annotations

import json

from conftest import SCHEMA_FILE, load_json, page_examples
from function_return import is_valid, parse, to_dict, validate

EXAMPLES = page_examples()


def test_the_page_has_twelve_examples() -> None:
    assert len(EXAMPLES) == 12


def test_every_page_example_is_valid() -> None:
    for example in EXAMPLES:
        validate(example)
        assert is_valid(example)


def test_page_examples_round_trip_through_parse() -> None:
    for example in EXAMPLES:
        assert to_dict(parse(example)) == example


def test_schema_examples_are_the_page_examples() -> None:
    canonical = sorted(json.dumps(e, sort_keys=True) for e in EXAMPLES)
    assert (
        sorted(json.dumps(e, sort_keys=True) for e in load_json(SCHEMA_FILE)["examples"])
        == canonical
    )
