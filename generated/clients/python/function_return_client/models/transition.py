# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Transition")


@_attrs_define
class Transition:
    """A move within a flow: to a flow, to a step of a flow, or out of the current flow.

    Attributes:
        goto_flow (str | Unset): The flow to move to.
        goto_step (str | Unset): The step of `goto_flow` to move to; needs `goto_flow`.
        exit_flow (bool | Unset): True leaves the current flow.
    """

    goto_flow: str | Unset = UNSET
    goto_step: str | Unset = UNSET
    exit_flow: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        goto_flow = self.goto_flow

        goto_step = self.goto_step

        exit_flow = self.exit_flow

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if goto_flow is not UNSET:
            field_dict["goto_flow"] = goto_flow
        if goto_step is not UNSET:
            field_dict["goto_step"] = goto_step
        if exit_flow is not UNSET:
            field_dict["exit_flow"] = exit_flow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        goto_flow = d.pop("goto_flow", UNSET)

        goto_step = d.pop("goto_step", UNSET)

        exit_flow = d.pop("exit_flow", UNSET)

        transition = cls(
            goto_flow=goto_flow,
            goto_step=goto_step,
            exit_flow=exit_flow,
        )

        return transition
