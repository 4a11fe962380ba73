# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.parameter_type import ParameterType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Parameter")


@_attrs_define
class Parameter:
    """One parameter of a function.

    Attributes:
        name (str):
        type_ (ParameterType):
        required (bool): False when the parameter has a default.
        description (str | Unset): What the parameter means (`@func_parameter`), when the function says.
    """

    name: str
    type_: ParameterType
    required: bool
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        required = self.required

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
                "required": required,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = ParameterType(d.pop("type"))

        required = d.pop("required")

        description = d.pop("description", UNSET)

        parameter = cls(
            name=name,
            type_=type_,
            required=required,
            description=description,
        )

        return parameter
