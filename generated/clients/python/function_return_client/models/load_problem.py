# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LoadProblem")


@_attrs_define
class LoadProblem:
    """A file of a project that is not served, and why.

    Attributes:
        path (str): The file, relative to the project's folder.
        reason (str): Why it is not served (it does not import; a parameter the runtime cannot pass...).
    """

    path: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "path": path,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        reason = d.pop("reason")

        load_problem = cls(
            path=path,
            reason=reason,
        )

        return load_problem
