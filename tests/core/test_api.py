"""The public API: its names, its errors, and values that are not plain JSON."""

from __future__ import annotations

import copy
import enum
import json
import subprocess
import sys
from collections import OrderedDict
from typing import Any

import pytest

import function_return
from function_return import ReturnValidationError, is_valid, parse, to_dict, validate
from function_return.models import Dtmf, FunctionReturn, Handoff, Listen, Refer


def test_config_error_is_public_and_raised_for_a_bad_configuration() -> None:
    assert issubclass(function_return.ConfigError, ValueError)
    assert function_return.ConfigError.__module__ == "function_return"
    with pytest.raises(function_return.ConfigError, match="/variants"):
        function_return.lint({"variant": "x"}, config={"variants": "orleans"})


def test_the_version_has_one_source() -> None:
    from importlib.metadata import version

    assert version("function-return-contract") == function_return.__version__


def _errors(value: Any, **options: Any) -> list[tuple[str, str]]:
    with pytest.raises(ReturnValidationError) as raised:
        validate(value, **options)
    assert not is_valid(value, **options)
    return [(e.path, e.keyword) for e in raised.value.errors]


def test_public_names_are_pinned() -> None:
    assert sorted(function_return.__all__) == sorted(
        [
            "CONTRACT_VERSION",
            "ConfigError",
            "ErrorDetail",
            "ReturnValidationError",
            "__version__",
            "is_valid",
            "parse",
            "to_dict",
            "validate",
        ]
        + [
            name
            for name in ("Finding", "lint", "checked", "explain", "Explanation", "backend")
            if name in function_return.__all__
        ]
    )


def test_importing_the_package_does_not_import_jsonschema_or_compile_anything() -> None:
    code = (
        "import sys, function_return\n"
        "function_return.is_valid({'utterance': 'hi', 'hangup': True})\n"
        "heavy = ('jsonschema', 'datamodel_code_generator', 'cattrs')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_return_validation_error_is_a_value_error_listing_every_error() -> None:
    with pytest.raises(ValueError) as raised:
        validate({"utterence": "hi", "hangup": "yes"})
    error = raised.value
    assert isinstance(error, ReturnValidationError)
    assert [(e.path, e.keyword) for e in error.errors] == [
        ("/hangup", "type"),
        ("/utterence", "additionalProperties"),
    ]
    assert 'did you mean "utterance"?' in str(error)
    assert error.errors[0].schema_path == "#/$defs/FunctionReturn/properties/hangup/type"


def test_lenient_accepts_unknown_keys_but_nothing_else() -> None:
    assert is_valid({"utterance": "hi", "new_field": 1}, lenient=True)
    assert is_valid({"listen": {"asr": {"timeout": 5, "future": True}}}, lenient=True)
    assert _errors({"utterance": "hi", "hangup": "yes", "x": 1}, lenient=True) == [
        ("/hangup", "type")
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"utterance": b"hi"}, [("/utterance", "json")]),
        ({"utterance": float("nan")}, [("/utterance", "json")]),
        ({"listen": {"asr": {"timeout": float("inf")}}}, [("/listen/asr/timeout", "json")]),
        (
            {"listen": {"asr": {"custom_biases": {"pizza": float("nan")}}}},
            [("/listen/asr/custom_biases/pizza", "json")],
        ),
        (
            {"handoff": {"text_chat": {"zendesk_integration": {"tags": {1, 2}}}}},
            [("/handoff/text_chat/zendesk_integration/tags", "json")],
        ),
        ({"handoff": {"bye": {"sip_headers": {1: "x"}}}}, [("/handoff/bye/sip_headers", "json")]),
        ({1: "x"}, [("", "json")]),
        ({"utterance": object()}, [("/utterance", "json")]),
        (b"hello", [("", "json")]),
        ({"a~b/c": 1}, [("/a~0b~1c", "additionalProperties")]),
        (set(), [("", "json")]),
        (1.5, [("", "type")]),
        (10**400, [("", "json")]),  # past a double's range: no JSON number
        ({"listen": {"dtmf": {"num_digits": 10**400}}}, [("/listen/dtmf/num_digits", "json")]),
        ({"listen": {"asr": {"vad_timeout": 10**309}}}, [("/listen/asr/vad_timeout", "json")]),
    ],
)
def test_values_without_a_json_form_are_errors_at_their_pointer(
    value: Any, expected: list[tuple[str, str]]
) -> None:
    assert _errors(value) == expected


def test_a_value_that_contains_itself_is_an_error_not_a_crash() -> None:
    value: dict[str, Any] = {"handoff": {"text_chat": {"zendesk_integration": {}}}}
    value["handoff"]["text_chat"]["zendesk_integration"]["self"] = value
    errors = _errors(value)
    assert errors == [("/handoff/text_chat/zendesk_integration/self", "json")]


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    deep: Any = {}
    for _ in range(100_000):
        deep = {"x": deep}
    value = {
        "agentic_dial": {
            "config_patch": {"destinations": [{"phone_number": "1", "metadata": deep}]}
        }
    }
    errors = _errors(value)
    assert len(errors) == 1 and errors[0][1] == "json"
    assert errors[0][0].startswith("/agentic_dial/config_patch/destinations/0/metadata/x/x/")


def test_a_ten_megabyte_utterance_is_valid() -> None:
    assert is_valid({"utterance": "a" * 10_000_000})


def test_tuples_are_arrays_and_subclasses_serialise_as_their_base() -> None:
    class Channel(enum.StrEnum):
        SPEECH = "SPEECH"

    class Digits(enum.IntEnum):
        SIX = 6

    value = OrderedDict(
        listen={
            "channel": Channel.SPEECH,
            "asr": {"keywords": ("pizza", "pasta")},
            "dtmf": {"num_digits": Digits.SIX},
        }
    )
    validate(value)
    assert to_dict(parse(value)) == json.loads(json.dumps(value))
    assert _errors({"listen": {"asr": {"keywords": ("pizza", 1)}}}) == [
        ("/listen/asr/keywords/1", "type")
    ]


def test_bools_are_not_integers_and_integers_are_not_bools() -> None:
    assert _errors({"listen": {"dtmf": {"num_digits": True}}}) == [
        ("/listen/dtmf/num_digits", "type")
    ]
    assert _errors({"hangup": 1}) == [("/hangup", "type")]


def test_the_callers_value_is_never_modified() -> None:
    values = [
        {
            "listen": {"asr": {"timeout": "7s"}, "dtmf": {}},
            "handoff": {"text_chat": {"x_integration": {"a": [1]}}},
        },
        {"utterence": "typo", "listen": {"channel": "speech"}},
        {
            "agentic_dial": {
                "config_patch": {"destinations": [{"phone_number": "1", "metadata": {"k": [1, 2]}}]}
            }
        },
    ]
    for value in values:
        before = copy.deepcopy(value)
        is_valid(value)
        is_valid(value, lenient=True)
        try:
            validate(value)
            result = parse(value)
            assert isinstance(result, FunctionReturn)
            to_dict(result)["x"] = 1
        except ReturnValidationError:
            pass
        assert value == before


def test_parse_shares_no_mutable_state_with_its_input() -> None:
    value = {"handoff": {"text_chat": {"zendesk_integration": {"tags": ["vip"]}}}}
    result = parse(value)
    assert isinstance(result, FunctionReturn) and isinstance(result.handoff, Handoff)
    assert result.handoff.text_chat is not None
    result.handoff.text_chat["zendesk_integration"]["tags"].append("changed")
    assert value["handoff"]["text_chat"]["zendesk_integration"]["tags"] == ["vip"]


def test_parse_normalises_durations_to_float_seconds() -> None:
    result = parse(
        {
            "listen": {
                "asr": {"timeout": "7.25s", "vad_timeout": 2},
                "dtmf": {
                    "first_digit_timeout": "5s",
                    "inter_digit_timeout": 1.5,
                    "num_digits": 6.0,
                },
                "smart_vad": {"max_extension_duration": "0.500000000s"},
            }
        }
    )
    assert isinstance(result, FunctionReturn) and isinstance(result.listen, Listen)
    assert result.listen.asr is not None and result.listen.dtmf is not None
    assert result.listen.asr.timeout == 7.25 and type(result.listen.asr.timeout) is float
    assert result.listen.asr.vad_timeout == 2.0 and type(result.listen.asr.vad_timeout) is float
    assert result.listen.dtmf.first_digit_timeout == 5.0
    assert result.listen.dtmf.num_digits == 6 and type(result.listen.dtmf.num_digits) is int
    assert (
        result.listen.smart_vad is not None
        and result.listen.smart_vad.max_extension_duration == 0.5
    )


def test_parse_keeps_strings_none_and_handoff_true() -> None:
    assert parse("Say goodbye") == "Say goodbye"
    assert parse(None) is None
    result = parse({"handoff": True})
    assert isinstance(result, FunctionReturn) and result.handoff is True


def test_to_dict_leaves_out_unset_fields_and_checks_what_it_builds() -> None:
    built = FunctionReturn(
        utterance="Transferring you.", handoff=Handoff(refer=Refer(phone_number="+15551234"))
    )
    assert to_dict(built) == {
        "utterance": "Transferring you.",
        "handoff": {"refer": {"phone_number": "+15551234"}},
    }
    broken = FunctionReturn(listen=Listen(dtmf=Dtmf(num_digits=0)))
    with pytest.raises(ReturnValidationError) as raised:
        to_dict(broken)
    assert [(e.path, e.keyword) for e in raised.value.errors] == [
        ("/listen/dtmf/num_digits", "anyOf")
    ]
    with pytest.raises(ReturnValidationError):
        to_dict({"utterance": "a dict is not a parsed return"})  # type: ignore[arg-type]


def test_errors_render_as_pointer_and_message() -> None:
    with pytest.raises(ReturnValidationError) as raised:
        validate(True)
    assert (
        str(raised.value.errors[0])
        == "(root): expected a string, an object or null; got boolean true"
    )
    assert json.dumps([e.path for e in raised.value.errors]) == '[""]'


def test_a_mapping_whose_methods_fail_is_invalid_with_an_error_not_a_crash() -> None:
    class Broken(dict):  # type: ignore[type-arg]
        def items(self) -> Any:
            raise RuntimeError("cannot list items")

        def keys(self) -> Any:
            raise RuntimeError("cannot list keys")

        def __iter__(self) -> Any:
            raise RuntimeError("cannot iterate")

    value = Broken(utterance="hi")
    assert not is_valid(value)
    assert _errors(value) == [("", "json")]


def test_a_huge_unknown_key_gets_a_short_message() -> None:
    key = "k" * 1_000_000
    with pytest.raises(ReturnValidationError) as raised:
        validate({key: 1})
    (error,) = raised.value.errors
    assert error.path == "/" + key
    assert error.message.startswith('unknown key "kkk') and len(error.message) < 400
