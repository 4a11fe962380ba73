"""The compiled explainer reports exactly what the jsonschema explainer reports.

``validate`` explains a failure with the explainer compiled from the schema
(``codegen.explain``); ``core.diagnose`` finds the errors with jsonschema and rewrites them.
The two must give the same records (pointer, schema location, keyword, message), in the same
order, on every case, every corpus record, and twenty thousand seeded mutants of valid values
(over ten thousand of them invalid): misspelt, added and dropped keys, wrong types, numbers
out of range or past a double's, near misses of enums, emptied, wrapped and grown
containers, huge keys, subclasses, and parts with no JSON form.
"""

from __future__ import annotations

from typing import Any

import pytest
from mutants import mutants

from conftest import corpus, iter_cases
from function_return.core.diagnose import diagnose
from function_return.core.schema import schema
from function_return.core.validate import errors, is_valid

CASES = iter_cases()
CORPUS = [r["value"] for name in ("real_returns", "doc_example_returns", "real_returns_other")
          for r in corpus(name)]  # fmt: skip
MUTANTS = 20_000


def _seeds() -> list[Any]:
    found = [test["data"] for _, _, test in CASES if test["valid"]]
    found += [value for value in CORPUS if isinstance(value, dict)]
    found += schema()["examples"]
    return [value for value in found if is_valid(value)]


def _records(value: Any, lenient: bool, explain: Any) -> list[tuple[str, str, str, str]]:
    return [(e.path, e.schema_path, e.keyword, e.message) for e in explain(value, lenient=lenient)]


def _differences(values: list[tuple[Any, bool]]) -> list[Any]:
    found = []
    for value, lenient in values:
        compiled = _records(value, lenient, errors)
        reference = _records(value, lenient, diagnose)
        if compiled != reference:
            found.append((value, lenient, compiled, reference))
    return found


@pytest.mark.parametrize(("group", "test"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_compiled_explainer_agrees_on_the_case(
    group: dict[str, Any], test: dict[str, Any]
) -> None:
    lenient = group.get("lenient", False)
    assert _records(test["data"], lenient, errors) == _records(test["data"], lenient, diagnose)


def test_the_compiled_explainer_agrees_on_every_corpus_record() -> None:
    assert len(CORPUS) > 1400
    assert _differences([(value, lenient) for value in CORPUS for lenient in (False, True)]) == []


def test_the_compiled_explainer_agrees_on_seeded_mutants() -> None:
    made = mutants(_seeds(), MUTANTS, seed=17)
    values = [(value, index % 3 == 0) for index, value in enumerate(made)]
    invalid = sum(not is_valid(value, lenient=lenient) for value, lenient in values)
    assert invalid >= 10_000  # over half the mutants break the contract somewhere
    assert _differences(values) == []
