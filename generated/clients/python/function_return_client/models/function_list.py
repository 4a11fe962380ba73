# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.function_info import FunctionInfo


T = TypeVar("T", bound="FunctionList")


@_attrs_define
class FunctionList:
    """The functions of one agent branch.

    Attributes:
        functions (list[FunctionInfo]):
    """

    functions: list[FunctionInfo]

    def to_dict(self) -> dict[str, Any]:
        functions = []
        for functions_item_data in self.functions:
            functions_item = functions_item_data.to_dict()
            functions.append(functions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "functions": functions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_info import FunctionInfo  # noqa: PLC0415

        d = dict(src_dict)
        functions = []
        _functions = d.pop("functions")
        for functions_item_data in _functions:
            functions_item = FunctionInfo.from_dict(functions_item_data)

            functions.append(functions_item)

        function_list = cls(
            functions=functions,
        )

        return function_list
