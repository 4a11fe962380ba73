# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_info import FunctionInfo
    from ..models.load_problem import LoadProblem


T = TypeVar("T", bound="FunctionList")


@_attrs_define
class FunctionList:
    """The functions of one agent branch.

    Attributes:
        functions (list[FunctionInfo]):
        load_problems (list[LoadProblem] | Unset): When serving a project: each file that could not be loaded, and why
            (the other files are served).
    """

    functions: list[FunctionInfo]
    load_problems: list[LoadProblem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        functions = []
        for functions_item_data in self.functions:
            functions_item = functions_item_data.to_dict()
            functions.append(functions_item)

        load_problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.load_problems, Unset):
            load_problems = []
            for load_problems_item_data in self.load_problems:
                load_problems_item = load_problems_item_data.to_dict()
                load_problems.append(load_problems_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "functions": functions,
            }
        )
        if load_problems is not UNSET:
            field_dict["load_problems"] = load_problems

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_info import FunctionInfo  # noqa: PLC0415
        from ..models.load_problem import LoadProblem  # noqa: PLC0415

        d = dict(src_dict)
        functions = []
        _functions = d.pop("functions")
        for functions_item_data in _functions:
            functions_item = FunctionInfo.from_dict(functions_item_data)

            functions.append(functions_item)

        _load_problems = d.pop("load_problems", UNSET)
        load_problems: list[LoadProblem] | Unset = UNSET
        if _load_problems is not UNSET:
            load_problems = []
            for load_problems_item_data in _load_problems:
                load_problems_item = LoadProblem.from_dict(load_problems_item_data)

                load_problems.append(load_problems_item)

        function_list = cls(
            functions=functions,
            load_problems=load_problems,
        )

        return function_list
