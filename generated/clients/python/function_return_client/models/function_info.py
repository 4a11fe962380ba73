# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.parameter import Parameter


T = TypeVar("T", bound="FunctionInfo")


@_attrs_define
class FunctionInfo:
    """One function and its parameters (the `conv` parameter is not listed).

    Attributes:
        name (str): The function's id, as in the execute path.
        description (str): What the function does (`@func_description`, else its docstring).
        parameters (list[Parameter]):
    """

    name: str
    description: str
    parameters: list[Parameter]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "description": description,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter import Parameter  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = Parameter.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        function_info = cls(
            name=name,
            description=description,
            parameters=parameters,
        )

        return function_info
