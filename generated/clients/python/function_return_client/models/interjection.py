# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Interjection")


@_attrs_define
class Interjection:
    """Interjections while the caller speaks. Note `enable`, not `is_enabled`.

    Attributes:
        enable (bool | Unset): Whether interjections are on.
        frequency (float | str | Unset): A non-negative number of seconds, or a duration string such as "1.5s".
    """

    enable: bool | Unset = UNSET
    frequency: float | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        frequency: float | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enable is not UNSET:
            field_dict["enable"] = enable
        if frequency is not UNSET:
            field_dict["frequency"] = frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable = d.pop("enable", UNSET)

        def _parse_frequency(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))

        interjection = cls(
            enable=enable,
            frequency=frequency,
        )

        return interjection
