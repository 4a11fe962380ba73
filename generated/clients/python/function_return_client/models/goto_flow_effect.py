# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GotoFlowEffect")


@_attrs_define
class GotoFlowEffect:
    """`conv.goto_flow(name)`: moves the conversation to the start of a flow.

    Attributes:
        type_ (Literal['goto_flow']): `goto_flow`.
        flow (str): The flow's name.
    """

    type_: Literal["goto_flow"]
    flow: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        flow = self.flow

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "flow": flow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["goto_flow"], d.pop("type"))
        if type_ != "goto_flow":
            raise ValueError(f"type must match const 'goto_flow', got '{type_}'")

        flow = d.pop("flow")

        goto_flow_effect = cls(
            type_=type_,
            flow=flow,
        )

        return goto_flow_effect
