# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BargeIn")


@_attrs_define
class BargeIn:
    """Barge-in: whether the caller may interrupt the agent.

    Attributes:
        is_enabled (bool | Unset): Whether barge-in is on.
        interruption_window (float | str | Unset): A non-negative number of seconds, or a duration string such as
            "1.5s".
    """

    is_enabled: bool | Unset = UNSET
    interruption_window: float | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        interruption_window: float | str | Unset
        if isinstance(self.interruption_window, Unset):
            interruption_window = UNSET
        else:
            interruption_window = self.interruption_window

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if interruption_window is not UNSET:
            field_dict["interruption_window"] = interruption_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)

        def _parse_interruption_window(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        interruption_window = _parse_interruption_window(d.pop("interruption_window", UNSET))

        barge_in = cls(
            is_enabled=is_enabled,
            interruption_window=interruption_window,
        )

        return barge_in
