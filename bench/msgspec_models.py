"""msgspec Structs written to match the contract, as a peer in the benchmark (not the contract).

What msgspec cannot say is left out: ``handoff: true`` is any bool, the "at most one transfer
method" and "if DTMF then utterance" rules, the one-key text chat object, and the finite-number
and JSON-form checks. So this peer does less work than the contract asks.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct

NonEmpty = Annotated[str, Meta(min_length=1)]
PhoneNumber = Annotated[
    str, Meta(pattern=r"^(\+[0-9*#]{1,31}|[0-9*#]{1,32}|(sips?|tel):[^\s]+)$", max_length=2048)
]
Duration = Annotated[float, Meta(ge=0)] | Annotated[str, Meta(pattern=r"^[0-9]+(\.[0-9]{1,9})?s$")]
AsrTimeout = (
    Annotated[float, Meta(gt=0, le=60)]
    | Annotated[
        str,
        Meta(
            pattern=r"^(0*([1-9]|[1-5][0-9])(\.[0-9]{1,9})?|0*60(\.0{1,9})?|0+\.(?=0*[1-9])[0-9]{1,9})s$"
        ),
    ]
)
MaxExtension = (
    Annotated[float, Meta(ge=0.5, le=5)]
    | Annotated[
        str, Meta(pattern=r"^(0+\.[5-9][0-9]{0,8}|0*[1-4](\.[0-9]{1,9})?|0*5(\.0{1,9})?)s$")
    ]
)
SipHeaders = dict[Annotated[str, Meta(pattern=r"^[A-Za-z0-9-]+$")], str]


class Base(Struct, forbid_unknown_fields=True, omit_defaults=True):
    """Unknown keys are errors, as in the strict contract."""


class Refer(Base):
    phone_number: PhoneNumber
    sip_headers: SipHeaders | None = None


class Invite(Base):
    phone_number: PhoneNumber
    outbound_caller_id: NonEmpty | None = None
    outbound_endpoint: NonEmpty | None = None
    sip_headers: SipHeaders | None = None


class Bye(Base):
    sip_headers: SipHeaders | None = None


class Handoff(Base):
    type: NonEmpty | None = None
    reason: NonEmpty | None = None
    utterance: str | None = None
    refer: Refer | None = None
    invite: Invite | None = None
    bye: Bye | None = None
    text_chat: (
        dict[
            Annotated[str, Meta(pattern=r"^[a-z][a-z0-9]*(_[a-z0-9]+)*_integration$")],
            dict[str, Any],
        ]
        | None
    ) = None


class AsrCorrection(Base):
    regular_expression: NonEmpty
    replacement: str
    replacement_type: Literal["full", "partial", "substring"] | None = None


class Asr(Base):
    timeout: AsrTimeout | None = None
    vad_timeout: Duration | None = None
    keywords: list[NonEmpty] | None = None
    custom_biases: dict[NonEmpty, Annotated[float, Meta(gt=0)]] | None = None
    fields: (
        list[
            Literal[
                "DEFAULT",
                "SPELLING",
                "ALPHANUM",
                "NUMERIC",
                "DATETIME",
                "YES_OR_NO",
                "CUSTOM",
                "ADDRESS",
            ]
        ]
        | None
    ) = None
    corrections: list[AsrCorrection] | None = None


class Dtmf(Base):
    num_digits: Annotated[int, Meta(ge=-1, le=32)] | None = None
    first_digit_timeout: Duration | None = None
    inter_digit_timeout: Duration | None = None
    finish_on_key: (
        Literal["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#", ""] | None
    ) = None
    early_listening: bool | None = None
    is_pii: bool | None = None


class BargeIn(Base):
    is_enabled: bool | None = None
    interruption_window: Duration | None = None


class SmartVad(Base):
    is_enabled: bool | None = None
    max_extensions: Annotated[int, Meta(ge=1, le=20)] | None = None
    max_extension_duration: MaxExtension | None = None


class Interjection(Base):
    enable: bool | None = None
    frequency: Duration | None = None


class Listen(Base):
    listen: bool | None = None
    delayed_response: bool | None = None
    channel: Literal["SPEECH", "DTMF", "SPEECH_AND_DTMF"] | None = None
    asr: Asr | None = None
    dtmf: Dtmf | None = None
    barge_in: BargeIn | None = None
    smart_vad: SmartVad | None = None
    interjection: Interjection | None = None


class Transition(Base):
    goto_flow: NonEmpty | None = None
    goto_step: NonEmpty | None = None
    exit_flow: bool | None = None


class DialDestination(Base):
    phone_number: PhoneNumber
    name: NonEmpty | None = None
    metadata: dict[str, Any] | None = None


class ConfigPatch(Base):
    destinations: list[DialDestination] | None = None


class AgenticDial(Base):
    config_patch: ConfigPatch | None = None


class FunctionReturn(Base):
    content: str | None = None
    utterance: str | None = None
    utterance_channel: Literal["SPEECH", "DTMF"] | None = None
    end_turn: bool | None = None
    hangup: bool | None = None
    handoff: bool | Handoff | None = None
    listen: Listen | None = None
    variant: NonEmpty | None = None
    transition: Transition | None = None
    agentic_dial: AgenticDial | None = None


Root = str | FunctionReturn | None


def is_valid(value: Any) -> bool:
    """Whether msgspec converts ``value`` into the Structs."""
    try:
        msgspec.convert(value, Root)
    except msgspec.ValidationError:
        return False
    return True


def first_error(value: Any) -> str:
    """The message of the error msgspec reports (``""`` when it accepts the value)."""
    try:
        msgspec.convert(value, Root)
    except msgspec.ValidationError as exc:
        return str(exc)
    return ""
