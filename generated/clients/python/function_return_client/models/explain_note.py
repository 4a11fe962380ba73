# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.explain_note_severity import ExplainNoteSeverity

T = TypeVar("T", bound="ExplainNote")


@_attrs_define
class ExplainNote:
    """A setting that will have no effect, or a contradiction (a lint finding).

    Attributes:
        code (str): A lint code (`FR1xx`), or with `effects` a turn code (`FR106`, `FR202`, `FR3xx`).
        severity (ExplainNoteSeverity):
        source (str): JSON Pointer of the setting concerned: into `value`, or under `/effects/<index>` into the effects.
        detail (str): What happens, plainly.
        hint (str): How to fix it.
    """

    code: str
    severity: ExplainNoteSeverity
    source: str
    detail: str
    hint: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        severity = self.severity.value

        source = self.source

        detail = self.detail

        hint = self.hint

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "severity": severity,
                "source": source,
                "detail": detail,
                "hint": hint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        severity = ExplainNoteSeverity(d.pop("severity"))

        source = d.pop("source")

        detail = d.pop("detail")

        hint = d.pop("hint")

        explain_note = cls(
            code=code,
            severity=severity,
            source=source,
            detail=detail,
            hint=hint,
        )

        return explain_note
