# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SayEffect")


@_attrs_define
class SayEffect:
    """`conv.say(utterance)`: says (voice) or shows (chat) the text now.

    Attributes:
        type_ (Literal['say']): `say`.
        utterance (str): What is said or shown.
    """

    type_: Literal["say"]
    utterance: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        utterance = self.utterance

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "utterance": utterance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["say"], d.pop("type"))
        if type_ != "say":
            raise ValueError(f"type must match const 'say', got '{type_}'")

        utterance = d.pop("utterance")

        say_effect = cls(
            type_=type_,
            utterance=utterance,
        )

        return say_effect
