# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lint_finding import LintFinding


T = TypeVar("T", bound="LintResponse")


@_attrs_define
class LintResponse:
    """
    Attributes:
        findings (list[LintFinding]): Ordered by path, then code. At most the first 100.
        total (int | Unset): How many there were in all, when more than the first 100 are found (only those are listed).
    """

    findings: list[LintFinding]
    total: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "findings": findings,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lint_finding import LintFinding  # noqa: PLC0415

        d = dict(src_dict)
        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = LintFinding.from_dict(findings_item_data)

            findings.append(findings_item)

        total = d.pop("total", UNSET)

        lint_response = cls(
            findings=findings,
            total=total,
        )

        return lint_response
