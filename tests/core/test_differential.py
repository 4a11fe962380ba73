"""Every fast-path backend gives jsonschema's verdict: on every case, corpus value and mutant.

The reference is jsonschema on the whole schema (judging as the contract does: a tuple is an
array, ``$`` ends the string) together with the JSON-form check: the contract judges values
as the JSON they become. Each backend (the specialised validator compiled from the schema,
fastjsonschema's compiled validators, jsonschema-rs) must give the reference's verdict.
"""

from __future__ import annotations

import copy
import math
from collections import defaultdict
from decimal import Decimal
from enum import StrEnum
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import corpus, iter_cases
from function_return.core.diagnose import _Validator
from function_return.core.jsonsafe import MAX_DEPTH, is_json
from function_return.core.schema import schema
from function_return.core.validate import BACKENDS as ALL_BACKENDS
from function_return.core.validate import checker, native_built

# The compiled build (``make native``) where it is built; tests/core/test_native.py builds it.
BACKENDS = [n for n in ALL_BACKENDS if n != "specialised-native" or native_built()]
REFERENCE = {lenient: _Validator(schema(lenient=lenient)) for lenient in (False, True)}
CHECKS = {
    (name, lenient): checker(name, lenient=lenient) for name in BACKENDS for lenient in (0, 1)
}
CORPUS = [r["value"] for name in ("real_returns", "doc_example_returns", "real_returns_other")
          for r in corpus(name)]  # fmt: skip


def reference(value: Any, lenient: bool) -> bool:
    """The contract's verdict: valid under jsonschema, and a JSON form."""
    return is_json(value) and bool(REFERENCE[lenient].is_valid(value))


def verdicts(value: Any, lenient: bool) -> dict[str, bool]:
    """Each backend's verdict on ``value``."""
    return {name: CHECKS[name, lenient](value) for name in BACKENDS}


def assert_agree(value: Any, lenient: bool) -> bool:
    """Assert that every backend gives the reference's verdict; return that verdict."""
    expected = reference(value, lenient)
    got = verdicts(value, lenient)
    assert got == dict.fromkeys(BACKENDS, expected), (value, lenient, expected, got)
    return expected


CASES = iter_cases()


@pytest.mark.parametrize(("group", "test"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_backend_agrees_with_jsonschema_on_the_case(
    group: dict[str, Any], test: dict[str, Any]
) -> None:
    assert assert_agree(test["data"], group.get("lenient", False)) is test["valid"]


def test_every_backend_agrees_with_jsonschema_on_every_corpus_value() -> None:
    assert len(CORPUS) > 1400
    valid = [assert_agree(value, lenient) for value in CORPUS for lenient in (False, True)]
    assert any(valid) and not all(valid)  # the corpus holds both kinds


def test_every_backend_agrees_on_the_schema_examples() -> None:
    for example in schema()["examples"]:
        assert assert_agree(example, False) is True


# -- values that have no JSON form, at every kind of place -----------------------------------


def _metadata(inner: Any) -> dict[str, Any]:
    return {"agentic_dial": {"config_patch": {"destinations": [{"phone_number": "1", "metadata": inner}]}}}  # fmt: skip


def _provider(inner: Any) -> dict[str, Any]:
    return {"handoff": {"text_chat": {"zendesk_integration": inner}}}


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"a": value}
    return value


class Channel(StrEnum):
    """A str subclass: serialises as its value."""

    DTMF = "DTMF"


_CYCLE: dict[str, Any] = {}
_CYCLE["self"] = _CYCLE

NOT_PLAIN = [
    pytest.param({"listen": {"asr": {"timeout": math.nan}}}, False, id="nan timeout"),
    pytest.param({"listen": {"asr": {"vad_timeout": math.inf}}}, False, id="infinite duration"),
    pytest.param({"listen": {"asr": {"custom_biases": {"a": math.inf}}}}, False, id="inf weight"),
    pytest.param(_metadata({"x": math.nan}), False, id="nan in metadata"),
    pytest.param(_metadata({"x": -math.inf}), False, id="-inf in metadata"),
    pytest.param(_metadata({1: "x"}), False, id="int key in metadata"),
    pytest.param(_metadata({"x": b"bytes"}), False, id="bytes in metadata"),
    pytest.param(_metadata({"x": {1, 2}}), False, id="set in metadata"),
    pytest.param(_metadata({"x": Decimal(1)}), False, id="decimal in metadata"),
    pytest.param(_metadata(_CYCLE), False, id="cycle in metadata"),
    pytest.param(_provider({"x": [object()]}), False, id="object in provider settings"),
    pytest.param(_metadata({"x": (1, [2.5, "a"], None)}), True, id="tuple in metadata"),
    pytest.param(_metadata({"x": 10**40}), True, id="big int in metadata"),
    pytest.param({"listen": {"asr": {"keywords": ("a", "b")}}}, True, id="tuple of keywords"),
    pytest.param({"listen": {"channel": Channel.DTMF}}, True, id="str enum member"),
    pytest.param({"listen": {"dtmf": {"num_digits": 6.0}}}, True, id="integral float"),
    pytest.param({"listen": {"dtmf": {"num_digits": 6.5}}}, False, id="fractional float"),
    pytest.param({"listen": {"dtmf": {"num_digits": True}}}, False, id="bool is no integer"),
    pytest.param({"hangup": 1}, False, id="int is no boolean"),
    pytest.param({"handoff": 1}, False, id="1 is not true"),
    pytest.param({"utterance_channel": "DTMF", "utterance": "12#\n"}, False, id="newline at end"),
    pytest.param({"handoff": {"refer": {"phone_number": "tel:1\x1c2"}}}, False, id="py space"),
    pytest.param({"handoff": {"refer": {"phone_number": "tel:1\ufeff2"}}}, True, id="bom"),
]


@pytest.mark.parametrize(("value", "valid"), NOT_PLAIN)
def test_every_backend_agrees_on_values_that_are_not_plain_json(value: Any, valid: bool) -> None:
    assert assert_agree(value, False) is valid
    assert assert_agree(value, True) is valid


@pytest.mark.parametrize("lenient", [False, True])
def test_free_form_nesting_is_bounded_at_the_same_depth_by_every_backend(lenient: bool) -> None:
    # The metadata object sits at depth 5; its deepest container at depth 5 + n.
    deepest_allowed = MAX_DEPTH - 1 - 5
    assert assert_agree(_metadata(_nested(deepest_allowed)), lenient) is True
    assert assert_agree(_metadata(_nested(deepest_allowed + 1)), lenient) is False


def test_unknown_keys_are_walked_for_a_json_form_in_lenient_mode() -> None:
    assert assert_agree({"future_field": {"a": [1, 2.5]}}, True) is True
    assert assert_agree({"future_field": {"a": [1, math.nan]}}, True) is False
    assert assert_agree({"listen": {"future": {1: 2}}}, True) is False
    assert assert_agree({"listen": {"future": _nested(MAX_DEPTH)}}, True) is False
    assert assert_agree({"future_field": 1}, False) is False


# -- mutants ------------------------------------------------------------------------------------


CASE_SEEDS = [t["data"] for _, g, t in CASES if t["valid"] and isinstance(t["data"], dict)]
CORPUS_SEEDS = [v for v in CORPUS if isinstance(v, dict) and v and reference(v, False)]
SEEDS = CASE_SEEDS + CORPUS_SEEDS


def _pools(seeds: list[Any]) -> tuple[dict[str, list[Any]], dict[str, list[str]]]:
    """Every value seen under each key (to splice near-valid parts into other places), and
    every key seen in an object found under each key (to set keys where they belong)."""
    parts: dict[str, list[Any]] = defaultdict(list)
    children: dict[str, set[str]] = defaultdict(set)
    stack: list[tuple[Any, str]] = [(seed, "") for seed in seeds]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, dict):
            for key, item in node.items():
                parts[key].append(item)
                children[parent].add(key)
                stack.append((item, key))
        elif isinstance(node, list):
            stack.extend((item, parent) for item in node)
    return parts, {key: sorted(names) for key, names in children.items()}


POOL, CHILDREN = _pools(SEEDS)
NAMES = [*sorted(POOL), "utterence", "Listen", "phone", "x_integration", "X-Id", "bad key", ""]
STRINGS = [
    "", "DTMF", "SPEECH", "SPEECH_AND_DTMF", "speech", "12345", "+4420", "+", "12#*", "sip:a@b",
    "tel:", "tel:1 2", "tel:1\x1c2", "1.5s", "7s", "60s", "60.5s", "60.0s", "60.000000001s", "0s",
    "0.0s", "0.05s", "5.0s", "5.1s", "0.5s", "0.4s", "1.1234567890s", "#", "*", "0", "full",
    "partial", "NUMERIC", "zendesk_integration", "Zendesk_integration", "X-Header", "a" * 33,
    "1" * 33, "+" + "1" * 31, "+" + "1" * 32,
]  # fmt: skip
NUMBERS = [
    0, 1, -1, 32, 33, 20, 21, 6.0, -1.0, -2, 0.5, 0.49, 5, 5.01, 60, 60.5, 60.000001, -0.0,
    1e-9, 1e308, 10**30, math.nan, math.inf, -math.inf,
]  # fmt: skip


def _boundaries(root: dict[str, Any]) -> dict[str, list[Any]]:
    """For each property name in the schema, values on and around the edges of its schema."""
    found: dict[str, list[Any]] = defaultdict(list)

    def edges(node: Any, into: list[Any]) -> None:
        while isinstance(node, dict) and "$ref" in node:
            node = root["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        if not isinstance(node, dict):
            return
        for bound in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if bound in node:
                edge = node[bound]
                into += [edge, edge + 1e-6, edge - 1e-6, edge + 1, edge - 1, float(edge)]
        into += node.get("enum", []) + ([node["const"]] if "const" in node else [])
        if node.get("minLength") == 1:
            into += ["", "x"]
        if "maxLength" in node:
            into += ["sip:" + "a" * (node["maxLength"] - 4 + extra) for extra in (0, 1)]
        for branch in node.get("anyOf", []):
            edges(branch, into)

    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                edges(sub, found[name])
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(node)
    return dict(found)


BOUNDARIES = _boundaries(schema())

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=70),
    st.sampled_from(NUMBERS),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(STRINGS),
    st.text(max_size=6),
    st.sampled_from([b"x", frozenset({1}), Decimal("1.5"), Channel.DTMF]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(st.sampled_from(NAMES) | st.integers(0, 2), inner, max_size=3),
    ),
    max_leaves=6,
)


def _containers(node: Any) -> list[tuple[Any, str]]:
    """Every object and list in ``node``, each with the key it is found under."""
    found: list[tuple[Any, str]] = []
    stack: list[tuple[Any, str]] = [(node, "")]
    while stack:
        item, parent = stack.pop()
        if isinstance(item, dict):
            found.append((item, parent))
            stack.extend((child, key) for key, child in item.items() if isinstance(key, str))
        elif isinstance(item, list):
            found.append((item, parent))
            stack.extend((child, parent) for child in item)
    return found


def _mutate(data: st.DataObject, value: Any) -> Any:
    """Change one place of ``value``: set, splice, delete or append."""
    target, parent = data.draw(st.sampled_from(_containers(value)), label="where")
    operation = data.draw(
        st.sampled_from(["set", "splice", "splice", "splice", "delete", "append"])
    )
    if isinstance(target, dict):
        if operation == "delete" and target:
            del target[data.draw(st.sampled_from(sorted(target, key=repr)))]
            return value
        here = CHILDREN.get(parent, [])
        key = data.draw(
            st.sampled_from(here) | st.sampled_from(NAMES) if here else st.sampled_from(NAMES)
        )
        if operation == "splice" and POOL.get(key):
            target[key] = copy.deepcopy(data.draw(st.sampled_from(POOL[key]), label="part"))
        else:
            edges = st.sampled_from(BOUNDARIES.get(key) or STRINGS)
            target[key] = data.draw(edges | edges | scalars | values, label="value")
    else:
        item = data.draw(values, label="item")
        if operation == "append" or not target:
            target.append(item)
        else:
            target[data.draw(st.integers(0, len(target) - 1))] = item
    return value


@settings(
    max_examples=2500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_every_backend_agrees_with_jsonschema_on_mutated_values(data: st.DataObject) -> None:
    seeds = st.sampled_from(CASE_SEEDS) | st.sampled_from(CORPUS_SEEDS)
    value = copy.deepcopy(data.draw(seeds, label="seed"))
    for _ in range(data.draw(st.integers(1, 2), label="mutations")):
        value = _mutate(data, value)
    before = copy.deepcopy(value)
    assert_agree(value, data.draw(st.booleans(), label="lenient"))
    assert repr(value) == repr(before)  # no backend changes the value it judges
