"""Values that lie about their content: "valid" always means the JSON text they become is valid.

Subclasses of ``dict``, ``str`` and ``int`` can answer a check one thing (an ``__iter__`` that
hides a key, an ``__eq__`` that claims to be ``"SPEECH"``, a ``__len__`` or a comparison that
says what the check wants) while ``json.dumps`` writes what they really hold. Each case here is
judged by that JSON text: invalid, at the pointer and keyword the text shows.
"""

from __future__ import annotations

import copy
import json
from enum import IntEnum, StrEnum
from typing import Any

import pytest

from function_return import ReturnValidationError, is_valid, validate
from function_return.core.validate import errors


class HidingDict(dict):  # type: ignore[type-arg]
    def __iter__(self) -> Any:
        return iter([key for key in dict.keys(self) if key != "hangup"])


class LyingGet(dict):  # type: ignore[type-arg]
    def __getitem__(self, key: Any) -> Any:
        return True if key == "hangup" else dict.__getitem__(self, key)


class ClaimsSpeech(str):
    def __eq__(self, other: object) -> bool:
        return other == "SPEECH" and type(other) is str

    def __hash__(self) -> int:
        return hash("SPEECH")


class LongerThanItIs(str):
    def __len__(self) -> int:
        return 5


class FitsEveryBound(int):
    def __le__(self, other: object) -> bool:
        return True

    def __ge__(self, other: object) -> bool:
        return True

    def __lt__(self, other: object) -> bool:
        return True

    def __gt__(self, other: object) -> bool:
        return True


LIARS = {
    "a key hidden from iteration": (
        lambda: HidingDict(utterance="Bye", hangup="yes"),
        "/hangup",
        "type",
    ),
    "a __getitem__ that lies": (
        lambda: LyingGet(utterance="Bye", hangup="yes"),
        "/hangup",
        "type",
    ),
    "a str whose __eq__ claims SPEECH": (
        lambda: {"utterance": "Hi", "utterance_channel": ClaimsSpeech("speech")},
        "/utterance_channel",
        "enum",
    ),
    "a str whose __len__ lies": (
        lambda: {"variant": LongerThanItIs("")},
        "/variant",
        "minLength",
    ),
    "an int whose comparisons lie": (
        lambda: {"listen": {"channel": "DTMF", "dtmf": {"num_digits": FitsEveryBound(99)}}},
        "/listen/dtmf/num_digits",
        "anyOf",
    ),
}


@pytest.mark.parametrize("name", list(LIARS))
@pytest.mark.parametrize("lenient", [False, True])
def test_a_lying_value_is_judged_by_the_json_it_becomes(name: str, lenient: bool) -> None:
    make, pointer, keyword = LIARS[name]
    value = make()
    before = json.dumps(value)
    assert not is_valid(value, lenient=lenient)
    with pytest.raises(ReturnValidationError) as caught:
        validate(value, lenient=lenient)
    assert (pointer, keyword) in [(e.path, e.keyword) for e in caught.value.errors]
    assert json.dumps(value) == before  # judged without changing the caller's value
    # The same verdict as on the plain data of its JSON text.
    assert not is_valid(json.loads(before), lenient=lenient)


def test_honest_subclasses_stay_valid() -> None:
    class Channel(StrEnum):
        SPEECH = "SPEECH"

    class Digits(IntEnum):
        FOUR = 4

    value = {
        "utterance": "Hi",
        "utterance_channel": Channel.SPEECH,
        "listen": {"channel": "DTMF", "dtmf": {"num_digits": Digits.FOUR}},
    }
    original = copy.deepcopy(value)
    assert is_valid(value)
    validate(value)
    assert errors(value) == []
    assert value == original


def test_a_container_whose_items_raise_is_reported_without_the_message() -> None:
    class Broken(dict):  # type: ignore[type-arg]
        def items(self) -> Any:
            raise RuntimeError("postgres://admin:hunter2@db/prod")

    value = Broken(utterance="x")
    found = errors(value)
    assert found and all("hunter2" not in e.message for e in found)
