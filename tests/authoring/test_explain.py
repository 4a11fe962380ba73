"""``explain``: reviewed plans for every seed example and more, exactly; sources that resolve."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import ROOT, SCHEMA_FILE, corpus, load_json
from function_return import Explanation, ReturnValidationError, explain, is_valid
from function_return.authoring.explain import (
    _EFFECT_STEPS,
    ACTIONS,
    FIRST_DIGIT_TIMEOUT,
    INTER_DIGIT_TIMEOUT,
    Step,
)
from function_return.authoring.findings import TURN_CODES
from function_return.authoring.lint import lint

EXPLAIN_CASES = ROOT / "tests" / "explain_cases"
EFFECTS_FILE = ROOT / "schema" / "effects.schema.json"


def _case_files() -> list[Path]:
    return sorted(p for p in EXPLAIN_CASES.glob("*.json") if not p.name.endswith(".schema.json"))


CASES = [
    (f"{path.stem}: {case['description']}", case)
    for path in _case_files()
    for case in load_json(path)
]


def _resolve(value: Any, pointer: str) -> Any:
    """The part of ``value`` at the JSON Pointer ``pointer`` (KeyError/IndexError if none)."""
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


def test_case_files_match_their_meta_schema() -> None:
    meta = load_json(EXPLAIN_CASES / "explain-case.schema.json")
    for path in _case_files():
        jsonschema.Draft202012Validator(meta).validate(load_json(path))


def test_every_seed_example_has_a_reviewed_explanation() -> None:
    seeds = [case["data"] for case in load_json(EXPLAIN_CASES / "seed.json")]
    assert seeds == load_json(SCHEMA_FILE)["examples"]


def test_seed_examples_have_no_notes() -> None:
    for case in load_json(EXPLAIN_CASES / "seed.json"):
        assert explain(case["data"]).notes == (), case["description"]


@pytest.mark.parametrize("case", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_explanation_matches_the_reviewed_case(case: dict[str, Any]) -> None:
    explanation = explain(case["data"], effects=case.get("effects"))
    assert explanation.as_dict() == {"steps": case["steps"], "notes": case["notes"]}


TURNS = [case for _, case in CASES if case.get("effects")]


def test_there_are_turn_cases_with_every_type_of_effect_and_every_turn_code() -> None:
    kinds = {effect["type"] for case in TURNS for effect in case["effects"]}
    assert kinds == set(_EFFECT_STEPS)
    assert set(_EFFECT_STEPS) == set(
        load_json(EFFECTS_FILE)["$defs"]["Effect"]["properties"]["type"]["enum"]
    )
    codes = {note["code"] for case in TURNS for note in case["notes"]}
    assert set(TURN_CODES) | {"FR106", "FR202"} <= codes


def test_every_turn_step_and_note_points_into_the_effects_or_the_value() -> None:
    for case in TURNS:
        explanation = explain(case["data"], effects=case["effects"])
        for item in (*explanation.steps, *explanation.notes):
            if item.source.startswith("/effects/"):
                _resolve({"effects": case["effects"]}, item.source)
            else:
                _resolve(case["data"], item.source)
        assert {step.action for step in explanation.steps} <= set(ACTIONS)


def test_every_effect_is_the_source_of_a_step_in_order() -> None:
    for case in TURNS:
        sources = [step.source for step in explain(case["data"], effects=case["effects"]).steps]
        firsts = [
            next(
                n
                for n, s in enumerate(sources)
                if s == f"/effects/{i}" or s.startswith(f"/effects/{i}/")
            )
            for i in range(len(case["effects"]))
        ]
        assert firsts == sorted(firsts), case["description"]
        after = [n for n, s in enumerate(sources) if not s.startswith("/effects/")]
        assert all(first < n for first in firsts for n in after), case["description"]


def test_no_effects_and_an_empty_list_explain_the_return_alone() -> None:
    for value in VALID_VALUES[:50]:
        assert explain(value, effects=[]) == explain(value) == explain(value, effects=None)


def test_invalid_effects_are_errors_under_effects_with_the_value_errors_first() -> None:
    with pytest.raises(ReturnValidationError) as raised:
        explain({"utterence": "Hi"}, effects=[{"type": "exit_flow"}, {"type": "goto_flow"}])
    assert [(e.path, e.keyword) for e in raised.value.errors] == [
        ("/utterence", "additionalProperties"),
        ("/effects/1", "required"),
    ]
    assert str(raised.value).startswith("invalid function return and effects (2 errors)")
    with pytest.raises(ReturnValidationError) as raised:
        explain(None, effects={"type": "say", "utterance": "Hi"})
    assert [(e.path, e.keyword) for e in raised.value.errors] == [("/effects", "type")]
    assert str(raised.value).startswith("invalid effects (1 error)")


def test_with_a_configuration_names_in_the_effects_are_checked_too() -> None:
    config = {"variants": ["orleans"], "handoffs": {"CALL_CENTER": {"reasons": ["SPEAK_TO"]}}}
    effects = [
        {"type": "set_variant", "variant": "orleens"},
        {"type": "call_handoff", "destination": "CALL_CENTER", "reason": "SPEAK_T"},
        {"type": "call_handoff", "destination": "BILLING"},
        {"type": "set_variant", "variant": "orleans"},
    ]
    notes = explain(None, effects=effects, config=config).notes
    assert [(n.code, n.source) for n in notes] == [
        ("FR109", "/effects/0/variant"),
        ("FR109", "/effects/1/reason"),
        ("FR109", "/effects/2/destination"),
    ]
    assert 'did you mean "orleans"?' in notes[0].detail
    assert explain(None, effects=effects).notes == ()


def test_the_effects_are_never_modified() -> None:
    for case in TURNS:
        before = copy.deepcopy(case["effects"])
        explain(case["data"], effects=case["effects"])
        assert case["effects"] == before


def _valid_values() -> list[Any]:
    values = [case["data"] for _, case in CASES]
    for name in ("real_returns", "doc_example_returns"):
        values += [r["value"] for r in corpus(name) if r.get("literal") and is_valid(r["value"])]
    return values


VALID_VALUES = _valid_values()


def test_the_corpus_gives_hundreds_of_valid_values_to_explain() -> None:
    assert len(VALID_VALUES) > 500


def test_every_valid_value_explains_with_known_actions_and_sources_that_resolve() -> None:
    for value in VALID_VALUES:
        explanation = explain(value)
        assert explanation.steps, value
        for item in (*explanation.steps, *explanation.notes):
            _resolve(value, item.source)  # raises when the pointer is not in the value
        assert {step.action for step in explanation.steps} <= set(ACTIONS), value


def test_every_top_level_field_of_a_value_is_the_source_of_a_step() -> None:
    for value in VALID_VALUES:
        if not isinstance(value, dict):
            continue
        sources = [step.source for step in explain(value).steps]
        for key in value:
            if key == "utterance_channel" and "utterance" in value:
                continue  # it says how the utterance is played: part of the /utterance step
            assert any(s == f"/{key}" or s.startswith(f"/{key}/") for s in sources), (key, value)


def test_explain_does_not_modify_the_value() -> None:
    for value in VALID_VALUES:
        before = copy.deepcopy(value)
        explain(value)
        assert value == before


def test_a_typo_is_invalid_at_its_pointer() -> None:
    with pytest.raises(ReturnValidationError) as raised:
        explain({"utterence": "Thanks for calling!", "hangup": True})
    assert [(e.path, e.keyword) for e in raised.value.errors] == [
        ("/utterence", "additionalProperties")
    ]


def test_a_boolean_return_is_invalid_at_the_root() -> None:
    with pytest.raises(ReturnValidationError) as raised:
        explain(True)
    assert [e.path for e in raised.value.errors] == [""]
    assert raised.value.errors[0].keyword == "type"


def test_a_lower_case_channel_is_invalid_at_its_pointer() -> None:
    with pytest.raises(ReturnValidationError) as raised:
        explain({"utterance": "Your code?", "listen": {"channel": "dtmf"}})
    assert [(e.path, e.keyword) for e in raised.value.errors] == [("/listen/channel", "enum")]


def test_str_numbers_the_steps_then_lists_the_notes() -> None:
    explanation = explain({"listen": {"asr": {"timeout": 10}}})
    assert str(explanation).splitlines() == [
        "1. On the next turn, listens for speech (the default channel).",
        "2. Ignored (FR101): ASR settings take effect only together with an utterance; it would "
        "have: waits up to 10 s for the caller to speak.",
        f"warning {explanation.notes[0].code} at /listen/asr: {explanation.notes[0].detail}",
    ]


def test_to_json_is_as_dict_as_json_text() -> None:
    explanation = explain({"utterance": "Au revoir, à bientôt", "hangup": True})
    text = explanation.to_json()
    assert "à bientôt" in text
    assert json.loads(text) == explanation.as_dict()
    assert explanation.to_json(indent=None) == json.dumps(explanation.as_dict(), ensure_ascii=False)


def test_an_explanation_is_frozen() -> None:
    explanation = explain("Ask for the date.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        explanation.steps = ()  # type: ignore[misc]
    assert isinstance(explanation, Explanation)
    assert explanation.steps == (Step("prompt", explanation.steps[0].detail, ""),)


def test_duration_strings_are_said_in_seconds() -> None:
    steps = explain(
        {
            "utterance": "Your code?",
            "listen": {"channel": "DTMF", "dtmf": {"inter_digit_timeout": "0.25s"}},
        }
    ).steps
    details = [step.detail for step in steps if step.action == "dtmf"]
    assert details == [
        f"Waits up to {FIRST_DIGIT_TIMEOUT:g} s for the first key (the platform default).",
        "Waits up to 0.25 s between keys.",
    ]
    assert INTER_DIGIT_TIMEOUT == 2.0


def test_explaining_a_long_utterance_keeps_one_line_per_step() -> None:
    utterance = "line one\nline two\t" + "x" * 10_000
    text = str(explain({"utterance": utterance}))
    assert text.splitlines()[1] == "2. Ends the turn."
    assert len(text.splitlines()) == 2


def test_notes_are_the_lint_findings_less_the_informational_ones() -> None:
    for value in VALID_VALUES:
        expected = [
            (f.code, f.severity, f.path, f.message, f.hint)
            for f in lint(value)
            if f.severity != "info"
        ]
        got = [(n.code, n.severity, n.source, n.detail, n.hint) for n in explain(value).notes]
        assert got == expected, value


def test_with_a_configuration_a_variant_the_agent_lacks_is_noted_as_fr109() -> None:
    config = {"variants": ["orleans", "paris"]}
    value = {"utterance": "Let me connect you with the Orleans location.", "variant": "orlean"}
    explanation = explain(value, config=config)
    assert [(n.code, n.severity, n.source) for n in explanation.notes] == [
        ("FR109", "error", "/variant")
    ]
    assert explain(value).notes == ()
    assert explain({"variant": "paris"}, config=config).notes == ()


def test_a_configuration_that_breaks_its_schema_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="variants"):
        explain({"variant": "paris"}, config={"variants": "paris"})


def test_an_integral_float_is_explained_as_the_integer_it_is() -> None:
    explanation = explain(
        {
            "utterance": "Your code?",
            "listen": {
                "channel": "DTMF",
                "dtmf": {"num_digits": 4.0},
            },
        }
    )
    details = [step.detail for step in explanation.steps]
    assert "Collects 4 digits." in details
    assert not any("4.0" in detail for detail in details)
