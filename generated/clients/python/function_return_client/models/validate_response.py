# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.return_error import ReturnError


T = TypeVar("T", bound="ValidateResponse")


@_attrs_define
class ValidateResponse:
    """Whether the value follows the contract, and every error when it does not.

    Attributes:
        valid (bool):
        errors (list[ReturnError]): Ordered by location; empty when `valid`. At most the first 100.
        total (int | Unset): How many there were in all, when more than the first 100 are found (only those are listed).
    """

    valid: bool
    errors: list[ReturnError]
    total: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "valid": valid,
                "errors": errors,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.return_error import ReturnError  # noqa: PLC0415

        d = dict(src_dict)
        valid = d.pop("valid")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ReturnError.from_dict(errors_item_data)

            errors.append(errors_item)

        total = d.pop("total", UNSET)

        validate_response = cls(
            valid=valid,
            errors=errors,
            total=total,
        )

        return validate_response
