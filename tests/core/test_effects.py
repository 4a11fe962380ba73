"""The effects' schema and ``validate_effects``: the shape agreed with the runtime, written in
the keywords both engines share, dispatched on ``type``, and every case through every path."""

from __future__ import annotations

import doctest
import enum
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from test_schema import ANNOTATIONS, ASSERTIONS, NAMED_CHILDREN

from conftest import ROOT, load_json
from function_return import CONTRACT_VERSION, ReturnValidationError
from function_return.core import effects as effects_module
from function_return.core.diagnose import _Validator
from function_return.core.effects import effects_errors, effects_valid, validate_effects
from function_return.core.messages import EFFECTS_ANY_OF_EXPECTED

EFFECTS_FILE = ROOT / "schema" / "effects.schema.json"
SCHEMA = load_json(EFFECTS_FILE)
CASES = ROOT / "tests" / "effect_cases"
FORMAT = ROOT.parent / "notes" / "effects-format.md"

# The format agreed with the runtime (../notes/effects-format.md): each type, its fields, and
# which of them are required.
AGREED = {
    "say": ({"utterance"}, set()),
    "goto_flow": ({"flow"}, set()),
    "exit_flow": (set(), set()),
    "goto_step": ({"step"}, {"label"}),
    "set_variant": ({"variant"}, set()),
    "set_language": ({"language"}, set()),
    "set_voice": ({"voice"}, set()),
    "call_handoff": ({"destination"}, {"reason", "utterance", "sip_headers", "route"}),
    "set_asr_biasing": ({"keywords"}, set()),
    "clear_asr_biasing": (set(), set()),
    "send_sms": (set(), {"to", "from", "content", "template", "parameters"}),
    "write_metric": ({"name", "value", "write_once"}, set()),
    "discard_recording": (set(), set()),
    "goto_csat_flow": (set(), set()),
    "generate_external_event": (set(), {"send_to_llm", "data"}),
    "add_attachments": ({"attachments"}, set()),
    "set_response_suggestions": ({"suggestions"}, set()),
    "state": ({"name", "value"}, {"deleted"}),
}

# fastjsonschema and jsonschema implement allOf alike too; the effects dispatch with it.
EFFECTS_ASSERTIONS = ASSERTIONS | {"allOf"}


def _walk(node: Any, pointer: str = "#") -> list[tuple[str, dict[str, Any]]]:
    found = [(pointer, node)]
    for key, child in node.items():
        if key in NAMED_CHILDREN:
            for name, sub in child.items():
                found += _walk(sub, f"{pointer}/{key}/{name}")
        elif key in ("anyOf", "allOf"):
            for index, sub in enumerate(child):
                found += _walk(sub, f"{pointer}/{key}/{index}")
        elif key in ("not", "if", "then", "items", "propertyNames") or (
            key == "additionalProperties" and isinstance(child, dict)
        ):
            found += _walk(child, f"{pointer}/{key}")
    return found


SUBSCHEMAS = _walk(SCHEMA)


def _effect_defs() -> dict[str, dict[str, Any]]:
    """The definition of each effect type, by its ``type``."""
    return {
        node["properties"]["type"]["const"]: node
        for name, node in SCHEMA["$defs"].items()
        if name.endswith("Effect") and name != "Effect"
    }


def _case_files() -> list[Path]:
    return sorted(p for p in CASES.glob("*.json") if not p.name.endswith(".schema.json"))


CASE_LIST = [
    (f"{path.stem}: {group['description']}: {test['description']}", test)
    for path in _case_files()
    for group in load_json(path)
    for test in group["tests"]
]


# ---------------------------------------------------------------- the schema itself


def test_the_schema_is_valid_json_schema_2020_12_with_a_versioned_id() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$id"] == (
        f"https://function-return-contract.dev/schemas/{CONTRACT_VERSION}/effects.schema.json"
    )
    assert SCHEMA["description"].endswith(f"Contract version {CONTRACT_VERSION}.")


def test_only_keywords_both_engines_implement_alike_are_used() -> None:
    for pointer, node in SUBSCHEMAS:
        unknown = set(node) - EFFECTS_ASSERTIONS - ANNOTATIONS
        assert not unknown, f"{pointer} uses {unknown}"


def test_ref_has_only_annotations_beside_it() -> None:
    for pointer, node in SUBSCHEMAS:
        if "$ref" in node:
            assert set(node) <= {"$ref", "description", "title"}, pointer


def test_every_property_and_def_is_described() -> None:
    for pointer, node in SUBSCHEMAS:
        for name, sub in node.get("properties", {}).items():
            conditional = re.search(r"/(if|then|not)(/|$)", pointer)
            assert "description" in sub or conditional, f"{pointer}/{name}"
    for name, node in SCHEMA["$defs"].items():
        assert re.fullmatch(r"[A-Z][A-Za-z]+", name), name
        assert node.get("description"), name


def test_every_effect_rejects_unknown_keys() -> None:
    # Effect only dispatches: each type's own definition closes the object.
    for pointer, node in SUBSCHEMAS:
        conditional = re.search(r"/(if|then|not)(/|$)", pointer)
        if "properties" in node and not conditional and pointer != "#/$defs/Effect":
            assert node.get("additionalProperties") is False, pointer


def test_every_any_of_branch_has_its_own_type_and_a_message() -> None:
    any_ofs = {f"{p}/anyOf": node["anyOf"] for p, node in SUBSCHEMAS if "anyOf" in node}
    assert set(any_ofs) == set(EFFECTS_ANY_OF_EXPECTED)
    for branches in any_ofs.values():
        assert all("type" in branch for branch in branches)


def test_the_types_and_fields_are_exactly_the_agreed_format() -> None:
    defs = _effect_defs()
    assert set(defs) == set(AGREED)
    for kind, (required, optional) in AGREED.items():
        node = defs[kind]
        assert set(node["properties"]) == {"type"} | required | optional, kind
        assert set(node["required"]) == {"type"} | required, kind
        assert node["additionalProperties"] is False, kind


def test_the_agreed_format_file_names_every_type() -> None:
    if not FORMAT.exists():
        pytest.skip("the format notes are not beside the checkout")
    table = re.findall(r"^\| `([a-z_]+)` \|", FORMAT.read_text(encoding="utf-8"), re.MULTILINE)
    assert set(table) == set(AGREED)


def test_the_dispatch_covers_every_type_once_and_the_enum_lists_them() -> None:
    effect = SCHEMA["$defs"]["Effect"]
    enum_ = effect["properties"]["type"]["enum"]
    dispatched = [branch["if"]["properties"]["type"]["const"] for branch in effect["allOf"]]
    assert dispatched == enum_
    assert set(enum_) == set(AGREED)
    for branch in effect["allOf"]:
        kind = branch["if"]["properties"]["type"]["const"]
        target = branch["then"]["$ref"].rsplit("/", 1)[1]
        assert SCHEMA["$defs"][target]["properties"]["type"]["const"] == kind


def test_the_schema_examples_are_valid() -> None:
    assert len(SCHEMA["examples"]) >= 3
    for example in SCHEMA["examples"]:
        validate_effects(example)


def test_the_bundle_inlines_the_schema_under_components() -> None:
    bundle = json.loads((ROOT / "generated" / "openapi.bundled.json").read_text("utf-8"))
    components = bundle["components"]["schemas"]
    assert components["Effects"]["items"] == {"$ref": "#/components/schemas/Effect"}
    for name in SCHEMA["$defs"]:
        assert name in components, name
    response = components["ExecuteResponse"]
    assert response["properties"]["effects"] == {"$ref": "#/components/schemas/Effects"}
    assert response["properties"]["state"] == {"$ref": "#/components/schemas/State"}
    assert "effects" not in response["required"] and "state" not in response["required"]


def test_the_documented_execute_responses_carry_valid_effects() -> None:
    bundle = json.loads((ROOT / "generated" / "openapi.bundled.json").read_text("utf-8"))
    examples = bundle["components"]["schemas"]["ExecuteResponse"]["examples"]
    assert any("effects" in example for example in examples)
    for example in examples:
        validate_effects(example.get("effects", []))


def test_the_generated_module_holds_the_schema_text() -> None:
    from function_return_generated.effects_schema import SCHEMA_TEXT

    text = EFFECTS_FILE.read_text(encoding="utf-8")
    assert text == SCHEMA_TEXT


# ---------------------------------------------------------------- the cases


def test_case_files_match_their_meta_schema() -> None:
    meta = load_json(CASES / "effect-case-file.schema.json")
    assert _case_files()
    for path in _case_files():
        jsonschema.Draft202012Validator(meta).validate(load_json(path))


def test_every_effect_type_has_valid_and_invalid_cases() -> None:
    def kinds(data: Any) -> set[str]:
        if not isinstance(data, list):
            return set()
        return {e["type"] for e in data if isinstance(e, dict) and isinstance(e.get("type"), str)}

    valid = set().union(*(kinds(t["data"]) for _, t in CASE_LIST if t["valid"]))
    invalid = set().union(*(kinds(t["data"]) for _, t in CASE_LIST if not t["valid"]))
    assert set(AGREED) <= valid
    assert set(AGREED) <= invalid


@pytest.mark.parametrize("test", [c[1] for c in CASE_LIST], ids=[c[0] for c in CASE_LIST])
def test_case(test: dict[str, Any]) -> None:
    data = test["data"]
    assert effects_valid(data) is test["valid"]  # fastjsonschema's compiled validator
    assert _Validator(SCHEMA).is_valid(data) is test["valid"]  # jsonschema on the file
    if test["valid"]:
        validate_effects(data)
        return
    with pytest.raises(ReturnValidationError) as raised:
        validate_effects(data)
    got = sorted((e.path, e.keyword) for e in raised.value.errors)
    expected = sorted((e["instancePath"], e["keyword"]) for e in test["errors"])
    assert got == expected, raised.value
    assert str(raised.value).startswith("invalid effects (")


# ---------------------------------------------------------------- validate_effects


def test_pointers_go_under_the_root_asked_for() -> None:
    with pytest.raises(ReturnValidationError) as raised:
        validate_effects([{"type": "say", "utterance": "Hi"}, {"type": "goto_flow"}], at="/effects")
    assert [(e.path, e.keyword) for e in raised.value.errors] == [("/effects/1", "required")]
    assert effects_errors({}, at="/effects")[0].path == "/effects"


def test_an_unknown_type_suggests_the_one_meant() -> None:
    (error,) = effects_errors([{"type": "goto_flwo", "flow": "billing"}])
    assert (error.path, error.keyword) == ("/0/type", "enum")
    assert error.message.endswith('got string "goto_flwo"; did you mean "goto_flow"?')


def test_an_error_in_one_effect_points_at_its_field_not_at_a_choice() -> None:
    (error,) = effects_errors([{"type": "call_handoff", "destination": 7}])
    assert error.path == "/0/destination"
    assert error.schema_path == "#/$defs/CallHandoffEffect/properties/destination/type"
    assert error.message == "expected a string; got integer 7"


def test_values_without_a_json_form_are_errors_at_their_pointer() -> None:
    errors = effects_errors([{"type": "state", "name": "x", "value": float("nan")}])
    assert [(e.path, e.keyword) for e in errors] == [("/0/value", "json")]
    assert not effects_valid([{"type": "state", "name": "x", "value": {1, 2}}])


def test_tuples_and_subclasses_are_judged_as_the_json_they_become() -> None:
    class Kind(enum.StrEnum):
        SAY = "say"

    validate_effects(({"type": Kind.SAY, "utterance": "Hi"},))
    assert not effects_valid([{"type": Kind.SAY}])


def test_the_callers_effects_are_never_modified() -> None:
    effects = [{"type": "say"}, {"type": "state", "name": "x", "value": [1, {"a": None}]}]
    before = json.dumps(effects)
    effects_errors(effects)
    effects_valid(effects)
    assert json.dumps(effects) == before


def test_the_module_examples_pass_as_doctests() -> None:
    from function_return.authoring import explain as explain_module

    for module in (effects_module, explain_module):
        result = doctest.testmod(module)
        assert (result.failed, result.attempted > 0) == (0, True), module.__name__


def test_importing_the_package_loads_neither_validator_of_the_effects() -> None:
    code = (
        "import sys, function_return\n"
        "from function_return.core import effects\n"
        "heavy = ('jsonschema', 'fastjsonschema', 'function_return_generated.validator_effects')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_typing_view_of_the_dispatch_accepts_exactly_the_same_effects() -> None:
    from codegen.clients import typing_view

    view = typing_view({"components": {"schemas": SCHEMA["$defs"]}})["components"]["schemas"]
    assert "allOf" not in view["Effect"] and len(view["Effect"]["anyOf"]) == len(AGREED)
    as_union = _Validator({**SCHEMA, "$defs": view})
    as_written = _Validator(SCHEMA)
    values = [test["data"] for _, test in CASE_LIST]
    effects = [e for v in values if isinstance(v, list) for e in v if isinstance(e, dict)]
    # each effect's fields under every other type: mostly invalid, some valid
    values += [[{**effect, "type": kind}] for kind in AGREED for effect in effects]
    assert [as_union.is_valid(v) for v in values] == [as_written.is_valid(v) for v in values]
