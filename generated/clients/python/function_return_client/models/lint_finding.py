# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.lint_finding_severity import LintFindingSeverity

T = TypeVar("T", bound="LintFinding")


@_attrs_define
class LintFinding:
    """A part of a return that will not do what it seems to.

    Attributes:
        code (str): The rule's stable code (the README lists them).
        severity (LintFindingSeverity):
        path (str): JSON Pointer of the part concerned; "" is the root.
        message (str): What happens, plainly.
        hint (str): How to fix it (or why it may be fine).
    """

    code: str
    severity: LintFindingSeverity
    path: str
    message: str
    hint: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        severity = self.severity.value

        path = self.path

        message = self.message

        hint = self.hint

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "severity": severity,
                "path": path,
                "message": message,
                "hint": hint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        severity = LintFindingSeverity(d.pop("severity"))

        path = d.pop("path")

        message = d.pop("message")

        hint = d.pop("hint")

        lint_finding = cls(
            code=code,
            severity=severity,
            path=path,
            message=message,
            hint=hint,
        )

        return lint_finding
