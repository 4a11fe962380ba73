# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateRequest")


@_attrs_define
class ValidateRequest:
    """A return value to check, and whether to accept keys the contract does not know.

    Attributes:
        value (Any): What a function returned, as JSON (any JSON value; `null` is `None`).
        lenient (bool | Unset): Accept keys the contract does not know (lint reports them as FR111). Default: False.
    """

    value: Any
    lenient: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        lenient = self.lenient

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if lenient is not UNSET:
            field_dict["lenient"] = lenient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        lenient = d.pop("lenient", UNSET)

        validate_request = cls(
            value=value,
            lenient=lenient,
        )

        return validate_request
