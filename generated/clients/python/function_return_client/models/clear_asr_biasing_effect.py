# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClearAsrBiasingEffect")


@_attrs_define
class ClearAsrBiasingEffect:
    """`conv.clear_asr_biasing()`: drops the recognition biasing.

    Attributes:
        type_ (Literal['clear_asr_biasing']): `clear_asr_biasing`.
    """

    type_: Literal["clear_asr_biasing"]

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
        type_ = cast(Literal["clear_asr_biasing"], d.pop("type"))
        if type_ != "clear_asr_biasing":
            raise ValueError(f"type must match const 'clear_asr_biasing', got '{type_}'")

        clear_asr_biasing_effect = cls(
            type_=type_,
        )

        return clear_asr_biasing_effect
