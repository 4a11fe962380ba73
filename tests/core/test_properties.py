"""Properties of the contract's API on generated returns, their mutants, and any Python value.

The reference verdict is jsonschema (``function_return.core.diagnose._Validator``, which judges as
the contract does) on the contract's schema, together with the JSON-form check. ``is_valid``,
``validate`` and ``parse`` must give it; ``validate`` raises nothing but
``ReturnValidationError``; no call changes its input; every error's JSON Pointer resolves in
the input. Budgets are the hypothesis profiles of ``strategies`` (``make fuzz`` runs more).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import PROFILE, Mutant, anything, function_return_objects, mutants, returns

from conftest import ROOT
from function_return import ReturnValidationError, is_valid, parse, to_dict, validate
from function_return.core.diagnose import _Validator
from function_return.core.jsonsafe import is_json
from function_return.core.schema import schema

REFERENCE = {lenient: _Validator(schema(lenient=lenient)) for lenient in (False, True)}
NAMING_THE_KEY = {"additionalProperties", "propertyNames"}


def reference(value: Any, *, lenient: bool) -> bool:
    """The contract's verdict: a JSON form, and valid under jsonschema."""
    return is_json(value) and bool(REFERENCE[lenient].is_valid(value))


def snapshot(value: Any) -> str:
    """A picture of ``value`` that changes when any part of it does (NaN included)."""
    return repr(value)


def resolve(value: Any, pointer: str) -> bool:
    """Return True when the JSON Pointer names a real location in ``value``."""
    if pointer == "":
        return True
    node = value
    for raw in pointer[1:].split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            if token not in node:
                return False
            node = node[token]
        elif isinstance(node, (list, tuple)):
            if not token.isdigit() or int(token) >= len(node):
                return False
            node = node[int(token)]
        else:
            return False
    return True


def judge(value: Any, *, lenient: bool) -> list[Any] | None:
    """Check every path's verdict against the reference; return the errors (None if valid).

    Asserts: ``is_valid``, ``validate`` and (strict) ``parse`` agree with the reference;
    ``validate`` raises only ``ReturnValidationError``, with at least one error, each at a
    pointer that resolves in ``value``; the value is left as it was.
    """
    before = snapshot(value)
    expected = reference(value, lenient=lenient)
    assert is_valid(value, lenient=lenient) is expected
    found: list[Any] | None = None
    try:
        validate(value, lenient=lenient)
    except ReturnValidationError as exc:
        found = exc.errors
    assert (found is None) is expected, (value, found)
    if not lenient:
        try:
            parse(value)
            parsed = True
        except ReturnValidationError:
            parsed = False
        assert parsed is expected
    for error in found or []:
        assert resolve(value, error.path), (error, value)
        assert error.message and error.keyword and error.schema_path.startswith("#")
    assert snapshot(value) == before
    return found


# ---------------------------------------------------------------- valid returns


@PROFILE
@given(returns())
def test_every_generated_return_is_valid_by_every_path(value: Any) -> None:
    assert reference(value, lenient=False)
    assert judge(value, lenient=False) is None
    assert judge(value, lenient=True) is None


@PROFILE
@given(returns(numbers_only=True))
def test_to_dict_of_parse_gives_the_value_back(value: Any) -> None:
    before = snapshot(value)
    assert to_dict(parse(value)) == value
    assert snapshot(value) == before


@PROFILE
@given(function_return_objects())
def test_parse_normalises_duration_strings_and_to_dict_stays_valid(value: Any) -> None:
    plain = to_dict(parse(value))
    assert is_valid(plain)
    assert parse(plain) == parse(value)
    assert "s" not in json.dumps(_durations(plain))


def _durations(value: Any) -> list[Any]:
    """Every duration in a parsed return's plain form (they are all numbers after parse)."""
    keys = {
        "timeout",
        "vad_timeout",
        "first_digit_timeout",
        "inter_digit_timeout",
        "interruption_window",
        "max_extension_duration",
        "frequency",
    }
    found = []
    stack = [value.get("listen", {})] if isinstance(value, dict) else []
    while stack:
        node = stack.pop()
        for key, item in node.items():
            if key in keys:
                found.append(item)
            elif isinstance(item, dict):
                stack.append(item)
    return found


# ---------------------------------------------------------------- mutants


def _around(pointer: str, path: str) -> bool:
    return path == pointer or path.startswith(pointer + "/")


@PROFILE
@given(mutants())
def test_every_path_agrees_on_mutants_and_errors_name_the_place_changed(mutant: Mutant) -> None:
    for lenient in (False, True):
        found = judge(mutant.value, lenient=lenient)
        if found is None:
            continue
        parent = mutant.pointer.rsplit("/", 1)[0]
        if mutant.kind == "drop":
            # The key is gone: the object that held it says what it misses.
            assert all(e.path == parent and e.keyword in {"required", "minProperties"}
                       for e in found), (mutant, found)  # fmt: skip
        elif mutant.kind == "misspell":
            for e in found:
                if e.path == mutant.pointer:
                    assert e.keyword in NAMING_THE_KEY, (mutant, e)
                else:
                    assert e.path == parent and e.keyword in {"required", "minProperties"}, (mutant, e)  # fmt: skip
            assert (
                lenient
                or any(e.path == mutant.pointer for e in found)
                or all(e.keyword == "required" for e in found)
            )
        else:  # retype, nest, bound: the errors are at the changed value or inside it
            assert all(_around(mutant.pointer, e.path) for e in found), (mutant, found)


@PROFILE
@given(mutants(returns()))
def test_mutated_strings_and_none_at_the_root_are_judged_alike(mutant: Mutant) -> None:
    for lenient in (False, True):
        judge(mutant.value, lenient=lenient)


# ---------------------------------------------------------------- anything at all


@PROFILE
@given(anything)
def test_any_python_value_gets_a_verdict_and_only_a_return_validation_error(value: Any) -> None:
    for lenient in (False, True):
        judge(value, lenient=lenient)


@PROFILE
@given(st.dictionaries(st.sampled_from(["utterance", "listen", "handoff", "hangup"]), anything))
def test_any_value_under_the_contracts_keys_gets_a_verdict(value: Any) -> None:
    for lenient in (False, True):
        judge(value, lenient=lenient)


# ---------------------------------------------------------------- hostile objects, bounded

HOSTILE = textwrap.dedent(
    """
    import json, sys, time
    sys.path.insert(0, "tests")
    from function_return import ReturnValidationError, is_valid, validate
    from strategies import LoudRepr, Opaque

    deep = {}
    for _ in range(100_000):
        deep = {"x": deep}
    deep_list = []
    for _ in range(100_000):
        deep_list = [deep_list]
    looped = {"handoff": {"text_chat": {"zendesk_integration": {}}}}
    looped["handoff"]["text_chat"]["zendesk_integration"]["me"] = looped
    selfish = []
    selfish.append(selfish)
    big = "9" * 10_000_000
    cases = {
        "bytes": {"utterance": b"hi"},
        "set": {"listen": {"asr": {"keywords": {"pizza"}}}},
        "custom class": {"handoff": Opaque()},
        "repr raises": {"utterance": LoudRepr()},
        "nan": {"listen": {"barge_in": {"interruption_window": float("nan")}}},
        "huge int": {"listen": {"smart_vad": {"max_extensions": 10**5000}}},
        "huge int at the root": -(10**5000),
        "self reference": looped,
        "list containing itself": selfish,
        "100,000 deep in metadata": {"agentic_dial": {"config_patch": {"destinations": [
            {"phone_number": "1", "metadata": deep}]}}},
        "100,000 deep where an object is expected": {"listen": deep_list},
        "100,000 deep at the root": deep_list,
        "10 MB phone number": {"handoff": {"refer": {"phone_number": big}}},
        "10 MB enum value": {"listen": {"channel": big}},
        "10 MB unknown key": {big: True},
        "10 MB DTMF utterance": {"utterance_channel": "DTMF", "utterance": big + "x"},
    }
    def short(path):
        return path if len(path) <= 60 else f"{path[:30]}...{path[-12:]} ({len(path)} chars)"

    report = {}
    for name, value in cases.items():
        assert is_valid(value) is False, name
        try:
            validate(value)
        except ReturnValidationError as exc:
            report[name] = [[short(e.path), e.keyword, len(e.message)] for e in exc.errors]
    print(json.dumps(report))
    """
)

EXPECTED = {
    "bytes": [["/utterance", "json"]],
    "set": [["/listen/asr/keywords", "json"]],
    "custom class": [["/handoff", "json"]],
    "repr raises": [["/utterance", "json"]],
    "nan": [["/listen/barge_in/interruption_window", "json"]],
    "huge int": [["/listen/smart_vad/max_extensions", "json"]],
    "huge int at the root": [["", "json"]],
    "self reference": [["/handoff/text_chat/zendesk_integration/me", "json"]],
    "list containing itself": [["", "type"], ["/0", "json"]],
    # Nesting is cut at 100 levels: the pointer names the container at depth 100.
    "100,000 deep in metadata": [
        ["/agentic_dial/config_patch/des.../x/x/x/x/x/x (240 chars)", "json"]
    ],
    "100,000 deep where an object is expected": [
        ["/listen", "type"],
        ["/listen/0/0/0/0/0/0/0/0/0/0/0/.../0/0/0/0/0/0 (205 chars)", "json"],
    ],
    "100,000 deep at the root": [
        ["", "type"],
        ["/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0.../0/0/0/0/0/0 (200 chars)", "json"],
    ],
    "10 MB phone number": [
        ["/handoff/refer/phone_number", "maxLength"],
        ["/handoff/refer/phone_number", "pattern"],
    ],
    "10 MB enum value": [["/listen/channel", "enum"]],
    "10 MB unknown key": [
        ["/99999999999999999999999999999...999999999999 (10000001 chars)", "additionalProperties"]
    ],
    "10 MB DTMF utterance": [["/utterance", "pattern"]],
}


def test_hostile_python_objects_get_errors_at_their_pointers_in_bounded_time() -> None:
    # A separate interpreter, so that a hang is a failed test (the limit is a guard against
    # hanging, far above what the checks take) rather than a stuck suite.
    result = subprocess.run(
        [sys.executable, "-c", HOSTILE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert {name: [e[:2] for e in errors] for name, errors in report.items()} == EXPECTED
    messages = {name: max(e[2] for e in errors) for name, errors in report.items()}
    assert all(length < 300 for name, length in messages.items() if name != "10 MB unknown key")


@pytest.mark.parametrize("lenient", [False, True])
def test_a_misspelt_top_level_key_is_named_at_its_own_pointer(lenient: bool) -> None:
    value = {"utterence": "Thanks!", "hangup": True}
    found = judge(value, lenient=lenient)
    if lenient:
        assert found is None
    else:
        assert found is not None
        assert [(e.path, e.keyword) for e in found] == [("/utterence", "additionalProperties")]
