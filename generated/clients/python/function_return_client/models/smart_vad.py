# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartVad")


@_attrs_define
class SmartVad:
    """Smart voice-activity detection.

    Attributes:
        is_enabled (bool | Unset): Whether smart VAD is on.
        max_extensions (int | Unset): How many times listening may be extended: 1 to 20.
        max_extension_duration (float | str | Unset): A duration from 0.5 to 5 seconds: a number, or a string such as
            "1.5s".
    """

    is_enabled: bool | Unset = UNSET
    max_extensions: int | Unset = UNSET
    max_extension_duration: float | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        max_extensions = self.max_extensions

        max_extension_duration: float | str | Unset
        if isinstance(self.max_extension_duration, Unset):
            max_extension_duration = UNSET
        else:
            max_extension_duration = self.max_extension_duration

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if max_extensions is not UNSET:
            field_dict["max_extensions"] = max_extensions
        if max_extension_duration is not UNSET:
            field_dict["max_extension_duration"] = max_extension_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)

        max_extensions = d.pop("max_extensions", UNSET)

        def _parse_max_extension_duration(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        max_extension_duration = _parse_max_extension_duration(d.pop("max_extension_duration", UNSET))

        smart_vad = cls(
            is_enabled=is_enabled,
            max_extensions=max_extensions,
            max_extension_duration=max_extension_duration,
        )

        return smart_vad
