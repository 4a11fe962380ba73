"""Hypothesis strategies for function returns, written for this contract, and their mutations.

Valid returns are built from the schema's structure: each object of ``$defs`` becomes a
``fixed_dictionaries`` whose keys and required keys are read from the schema, with a value
strategy written here for each property (``object_of`` fails at import if the two drift
apart). Rules the schema states with ``if``/``then``, ``not`` or ``minProperties`` are built in
(a DTMF utterance holds only key tones, at most one SIP method, a step needs its flow).

``mutants`` takes a valid return and breaks it in one place: a key dropped, misspelt, retyped,
nested one level deeper, or a bound crossed. Each mutant carries the JSON Pointer of the place
changed, so that a test can ask the errors to name it (or an object around it).

Example budgets are hypothesis profiles: ``ci`` (the default, a few seconds) and ``fuzz`` (for
``make fuzz``), picked by the ``FUNCTION_RETURN_FUZZ`` environment variable.
"""

from __future__ import annotations

import copy
import math
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from function_return.core.pointer import escape
from function_return.core.schema import schema

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=4000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE_NAME = "fuzz" if os.environ.get("FUNCTION_RETURN_FUZZ") else "ci"
PROFILE = settings.get_profile(PROFILE_NAME)
"""The settings every property test runs with."""

DEFS: dict[str, Any] = schema()["$defs"]

# ---------------------------------------------------------------- leaves

texts = st.text(max_size=12)
"""Any string, unicode included (surrogates, controls, combining marks, right-to-left...)."""
names = st.text(min_size=1, max_size=12)
json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | texts  # fmt: skip
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
"""Free-form JSON, for the parts the contract passes through as they are."""
json_objects = st.dictionaries(texts, json_values, max_size=3)

_DIGITS = "0123456789"
_KEYS = "0123456789*#"


def _decimal_string(
    low: Decimal, high: Decimal | None, *, low_open: bool
) -> st.SearchStrategy[str]:
    """Duration strings such as ``"007.250s"`` whose value lies in the range."""
    whole = st.integers(0, int(high) if high is not None else 10**6)
    frac = st.text(_DIGITS, max_size=9)
    zeros = st.sampled_from(["", "", "0", "00"])

    def build(parts: tuple[str, int, str]) -> str:
        pad, number, fraction = parts
        return f"{pad}{number}" + (f".{fraction}" if fraction else "") + "s"

    def fits(text: str) -> bool:
        value = Decimal(text[:-1])
        above = value > low if low_open else value >= low
        return above and (high is None or value <= high)

    return st.tuples(zeros, whole, frac).map(build).map(lambda t: t if fits(t) else "1s")


def durations(
    low: float = 0, high: float | None = None, *, low_open: bool = False, numbers_only: bool
) -> st.SearchStrategy[Any]:
    """Durations in a range: numbers of seconds and, unless ``numbers_only``, strings."""
    floats = st.floats(
        min_value=low, max_value=high if high is not None else 1e9, exclude_min=low_open
    )
    ints = st.integers(
        math.floor(low) + (1 if low_open or low != int(low) else 0),
        int(high) if high is not None else 10**6,
    )
    numbers = ints | floats
    if numbers_only:
        return numbers
    bound = Decimal(str(high)) if high is not None else None
    return numbers | _decimal_string(Decimal(str(low)), bound, low_open=low_open)


phone_numbers = st.one_of(
    st.text(_KEYS, min_size=1, max_size=32),
    st.text(_KEYS, min_size=1, max_size=31).map(lambda s: "+" + s),
    st.tuples(
        st.sampled_from(["sip:", "sips:", "tel:"]),
        st.text(min_size=1, max_size=20).filter(lambda s: not any(c.isspace() for c in s)),
    ).map("".join),
)
header_names = st.text("ABCXYZabcxyz0129-", min_size=1, max_size=12)
sip_headers = st.dictionaries(header_names, texts, max_size=3)
providers = st.from_regex(r"\A[a-z][a-z0-9]{0,6}(_[a-z0-9]{1,4}){0,2}_integration\Z")

# ---------------------------------------------------------------- objects of $defs


def object_of(definition: str, node: dict[str, Any] | None = None, /, **values: Any) -> Any:
    """A strategy for the object ``$defs[definition]`` (or ``node``), a strategy per property.

    Raises:
        AssertionError: when ``values`` does not name exactly the schema's properties, so that
            a property added to the schema cannot go ungenerated.
    """
    node = node if node is not None else DEFS[definition]
    properties = set(node["properties"])
    assert set(values) == properties, (definition, sorted(properties ^ set(values)))
    required = set(node.get("required", []))
    return st.fixed_dictionaries(
        {k: v for k, v in values.items() if k in required},
        optional={k: v for k, v in values.items() if k not in required},
    )


@dataclass(frozen=True)
class Leaves:
    """The leaf strategies that differ between the two flavours of valid returns."""

    numbers_only: bool

    def duration(self) -> Any:
        return durations(numbers_only=self.numbers_only)


def _refer(leaves: Leaves) -> Any:
    return object_of("Refer", phone_number=phone_numbers, sip_headers=sip_headers)


def _invite(leaves: Leaves) -> Any:
    return object_of(
        "Invite",
        phone_number=phone_numbers,
        outbound_caller_id=names,
        outbound_endpoint=names,
        sip_headers=sip_headers,
    )


def _bye(leaves: Leaves) -> Any:
    return object_of("Bye", sip_headers=sip_headers)


text_chats = st.dictionaries(providers, json_objects, min_size=1, max_size=1)


@st.composite
def handoffs(draw: st.DrawFn, leaves: Leaves) -> dict[str, Any]:
    """A handoff object: destination, reason, utterance, and at most one SIP method."""
    value: dict[str, Any] = draw(
        object_of(
            "Handoff",
            type=names,
            reason=names,
            utterance=texts,
            refer=_refer(leaves),
            invite=_invite(leaves),
            bye=_bye(leaves),
            text_chat=text_chats,
        )
    )
    methods = [m for m in ("refer", "invite", "bye", "text_chat") if m in value]
    for extra in methods[1:]:
        del value[extra]
    return value


def listens(leaves: Leaves) -> Any:
    """A listen object with any of its settings."""
    duration = leaves.duration()
    asr = object_of(
        "Asr",
        timeout=durations(0, 60, low_open=True, numbers_only=leaves.numbers_only),
        vad_timeout=duration,
        keywords=st.lists(names, max_size=3),
        custom_biases=st.dictionaries(
            names,
            st.integers(1, 10**6) | st.floats(min_value=0, exclude_min=True, allow_infinity=False),
            max_size=3,
        ),
        fields=st.lists(st.sampled_from(DEFS["Asr"]["properties"]["fields"]["items"]["enum"])),
        corrections=st.lists(
            object_of(
                "AsrCorrection",
                regular_expression=names,
                replacement=texts,
                replacement_type=st.sampled_from(["full", "partial", "substring"]),
            ),
            max_size=2,
        ),
    )
    dtmf = object_of(
        "Dtmf",
        num_digits=st.integers(1, 32) | st.just(-1) | st.integers(1, 32).map(float),
        first_digit_timeout=duration,
        inter_digit_timeout=duration,
        finish_on_key=st.sampled_from(DEFS["Dtmf"]["properties"]["finish_on_key"]["enum"]),
        early_listening=st.booleans(),
        is_pii=st.booleans(),
    )
    return object_of(
        "Listen",
        listen=st.booleans(),
        delayed_response=st.booleans(),
        channel=st.sampled_from(["SPEECH", "DTMF", "SPEECH_AND_DTMF"]),
        asr=asr,
        dtmf=dtmf,
        barge_in=object_of("BargeIn", is_enabled=st.booleans(), interruption_window=duration),
        smart_vad=object_of(
            "SmartVad",
            is_enabled=st.booleans(),
            max_extensions=st.integers(1, 20),
            max_extension_duration=durations(0.5, 5, numbers_only=leaves.numbers_only),
        ),
        interjection=object_of("Interjection", enable=st.booleans(), frequency=duration),
    )


@st.composite
def transitions(draw: st.DrawFn) -> dict[str, Any]:
    """A flow transition: at least one key, and a step only with its flow."""
    value: dict[str, Any] = draw(
        object_of("Transition", goto_flow=names, goto_step=names, exit_flow=st.booleans())
    )
    if "goto_step" in value:
        value.setdefault("goto_flow", "main")
    return value or {"exit_flow": draw(st.booleans())}


agentic_dials = object_of(
    "AgenticDial",
    config_patch=object_of(
        "AgenticDial/config_patch",
        DEFS["AgenticDial"]["properties"]["config_patch"],
        destinations=st.lists(
            object_of(
                "DialDestination", name=names, phone_number=phone_numbers, metadata=json_objects
            ),
            max_size=2,
        ),
    ),
)


@st.composite
def function_return_objects(draw: st.DrawFn, *, numbers_only: bool = False) -> dict[str, Any]:
    """A valid object return; durations as numbers only when ``numbers_only``."""
    leaves = Leaves(numbers_only)
    value = draw(
        object_of(
            "FunctionReturn",
            content=texts,
            utterance=texts,
            utterance_channel=st.just("SPEECH"),
            end_turn=st.booleans(),
            hangup=st.booleans(),
            handoff=st.just(True) | handoffs(leaves),
            listen=listens(leaves),
            variant=names,
            transition=transitions(),
            agentic_dial=agentic_dials,
        )
    )
    if draw(st.integers(0, 5)) == 0:  # DTMF key tones: the utterance holds only 0-9, * and #
        value["utterance_channel"] = "DTMF"
        value["utterance"] = draw(st.text(_KEYS, min_size=1, max_size=8))
    return value


def returns(*, numbers_only: bool = False) -> st.SearchStrategy[Any]:
    """Any valid return: a string, ``None``, or an object."""
    return st.one_of(texts, st.none(), function_return_objects(numbers_only=numbers_only))


# ---------------------------------------------------------------- mutations

MUTATIONS = ("drop", "misspell", "retype", "nest", "bound")


@dataclass(frozen=True)
class Mutant:
    """A return broken (perhaps) in one place: ``kind`` of change at ``pointer``."""

    value: Any
    kind: str
    pointer: str


def _places(value: Any, pointer: str = "") -> list[tuple[str, Any, Any, Any]]:
    """Every (pointer, parent, key, item) below ``value``, parents before children."""
    found: list[tuple[str, Any, Any, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{pointer}/{escape(key)}"
            found.append((here, value, key, item))
            found.extend(_places(item, here))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            here = f"{pointer}/{index}"
            found.append((here, value, index, item))
            found.extend(_places(item, here))
    return found


_OTHER_TYPES = st.sampled_from(
    [None, True, False, 0, -1, 7, 2.5, "", "x", "SPEECH", [], ["x"], {}, {"x": 1}]
)
_NOT_JSON = st.sampled_from([b"bytes", {1, 2}, float("nan"), float("inf"), 10**400, 3j, (1, {2})])


def _misspelt(key: str, draw: st.DrawFn) -> str:
    how = draw(st.sampled_from(["double", "drop", "swap", "upper", "suffix"]))
    if how == "double" and key:
        return key + key[-1]
    if how == "drop" and len(key) > 1:
        return key[:-1]
    if how == "swap" and len(key) > 1:
        return key[1] + key[0] + key[2:]
    if how == "upper" and key.upper() != key:
        return key.upper()
    return key + "_"


def _crossed(item: Any, draw: st.DrawFn) -> Any:
    if isinstance(item, bool):
        return int(item)
    if isinstance(item, int | float):
        return draw(st.sampled_from([-1, -0.5, 0, 0.25, 21, 33, 61, 1e300, -(10**30)]))
    if isinstance(item, str):
        return draw(st.sampled_from(["", " ", "x" * 3000, item + "\n", "-1s", "61s", "0s"]))
    if isinstance(item, list):
        return [*item, *item] if item else [""]
    return {**item, "": None} if isinstance(item, dict) else None


@st.composite
def mutants(draw: st.DrawFn, base: st.SearchStrategy[Any] | None = None) -> Mutant:
    """A valid return changed in one place (the change may leave it valid)."""
    value = copy.deepcopy(draw(base if base is not None else function_return_objects()))
    kind = draw(st.sampled_from(MUTATIONS))
    places = _places(value)
    if not places:  # a string, None or {}: change the whole of it
        if kind == "retype":
            return Mutant(draw(_OTHER_TYPES | _NOT_JSON), kind, "")
        return Mutant([value], "nest", "")
    pointer, parent, key, item = draw(st.sampled_from(places))
    if kind == "drop":
        if isinstance(parent, dict):
            del parent[key]
        else:
            parent.pop(key)
    elif kind == "misspell" and isinstance(parent, dict):
        new = _misspelt(key, draw)
        while new in parent:
            new += "_"
        parent[new] = parent.pop(key)
        pointer = pointer.rsplit("/", 1)[0] + "/" + escape(new)
    elif kind == "retype" or kind == "misspell":
        parent[key] = draw(_OTHER_TYPES.filter(lambda o: type(o) is not type(item)) | _NOT_JSON)
        kind = "retype"
    elif kind == "nest":
        parent[key] = draw(st.sampled_from([[item], {key if isinstance(key, str) else "x": item}]))
    else:
        parent[key] = _crossed(item, draw)
    return Mutant(value, kind, pointer)


# ---------------------------------------------------------------- anything at all


class Opaque:
    """A class of the caller's, with no JSON form."""


class LoudRepr:
    """A class whose ``repr`` raises: an error message must still be made.

    Not drawn by ``anything``: hypothesis itself prints what it draws.
    """

    def __repr__(self) -> str:
        raise RuntimeError("repr is broken")


_ODD = st.sampled_from(
    [
        b"\x00\xff",
        bytearray(b"ab"),
        frozenset({1}),
        {"a"},
        Opaque(),
        Decimal("1.5"),
        1j,
        float("nan"),
        float("-inf"),
        10**1000,
        -(10**1000),
        Opaque,
        len,
        range(3),
    ]
)
anything = st.recursive(
    json_scalars | _ODD,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(texts, inner, max_size=3),
        st.dictionaries(
            st.sampled_from(["utterance", "listen", "handoff", "asr", "dtmf", "refer"]) | texts,
            inner,
            max_size=3,
        ),
        st.dictionaries(st.integers() | st.none() | st.tuples(), inner, max_size=2),
    ),
    max_leaves=10,
)
"""Any Python value: JSON, the contract's own keys, and things that have no JSON form."""
