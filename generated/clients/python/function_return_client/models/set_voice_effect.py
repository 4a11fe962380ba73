# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetVoiceEffect")


@_attrs_define
class SetVoiceEffect:
    """`conv.set_voice(...)`: switches the agent's voice.

    Attributes:
        type_ (Literal['set_voice']): `set_voice`.
        voice (Any): What the function passed: a single argument as it is, several as an object of keyword arguments
            (any JSON value).
    """

    type_: Literal["set_voice"]
    voice: Any

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "voice": voice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["set_voice"], d.pop("type"))
        if type_ != "set_voice":
            raise ValueError(f"type must match const 'set_voice', got '{type_}'")

        voice = d.pop("voice")

        set_voice_effect = cls(
            type_=type_,
            voice=voice,
        )

        return set_voice_effect
