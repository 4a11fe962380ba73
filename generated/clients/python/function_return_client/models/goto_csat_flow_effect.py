# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GotoCsatFlowEffect")


@_attrs_define
class GotoCsatFlowEffect:
    """`conv.goto_csat_flow()`: moves to the satisfaction survey flow.

    Attributes:
        type_ (Literal['goto_csat_flow']): `goto_csat_flow`.
    """

    type_: Literal["goto_csat_flow"]

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
        type_ = cast(Literal["goto_csat_flow"], d.pop("type"))
        if type_ != "goto_csat_flow":
            raise ValueError(f"type must match const 'goto_csat_flow', got '{type_}'")

        goto_csat_flow_effect = cls(
            type_=type_,
        )

        return goto_csat_flow_effect
