# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GotoStepEffect")


@_attrs_define
class GotoStepEffect:
    """`flow.goto_step(name, label=None)`: moves to a step of the current flow.

    Attributes:
        type_ (Literal['goto_step']): `goto_step`.
        step (str): The step's name.
        label (str | Unset): The label given with the step, if any.
    """

    type_: Literal["goto_step"]
    step: str
    label: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        step = self.step

        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "step": step,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["goto_step"], d.pop("type"))
        if type_ != "goto_step":
            raise ValueError(f"type must match const 'goto_step', got '{type_}'")

        step = d.pop("step")

        label = d.pop("label", UNSET)

        goto_step_effect = cls(
            type_=type_,
            step=step,
            label=label,
        )

        return goto_step_effect
