# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HandoffDestination")


@_attrs_define
class HandoffDestination:
    """One handoff destination.

    Attributes:
        reasons (list[str] | Unset): The reasons allowed with this destination (such as `SPEAK_TO`). Left out: any
            reason.
    """

    reasons: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reasons = cast(list[str], d.pop("reasons", UNSET))

        handoff_destination = cls(
            reasons=reasons,
        )

        return handoff_destination
