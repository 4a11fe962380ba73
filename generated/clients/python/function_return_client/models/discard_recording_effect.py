# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DiscardRecordingEffect")


@_attrs_define
class DiscardRecordingEffect:
    """`conv.discard_recording()`: the call's recording is not kept.

    Attributes:
        type_ (Literal['discard_recording']): `discard_recording`.
    """

    type_: Literal["discard_recording"]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["discard_recording"], d.pop("type"))
        if type_ != "discard_recording":
            raise ValueError(f"type must match const 'discard_recording', got '{type_}'")

        discard_recording_effect = cls(
            type_=type_,
        )

        return discard_recording_effect
