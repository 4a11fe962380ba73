# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExitFlowEffect")


@_attrs_define
class ExitFlowEffect:
    """`conv.exit_flow()`: leaves the current flow.

    Attributes:
        type_ (Literal['exit_flow']): `exit_flow`.
    """

    type_: Literal["exit_flow"]

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
        type_ = cast(Literal["exit_flow"], d.pop("type"))
        if type_ != "exit_flow":
            raise ValueError(f"type must match const 'exit_flow', got '{type_}'")

        exit_flow_effect = cls(
            type_=type_,
        )

        return exit_flow_effect
