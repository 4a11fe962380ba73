# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.asr_correction_replacement_type import AsrCorrectionReplacementType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsrCorrection")


@_attrs_define
class AsrCorrection:
    """One rewrite of the transcript.

    Attributes:
        regular_expression (str): What to match in the transcript.
        replacement (str): What to put in its place.
        replacement_type (AsrCorrectionReplacementType | Unset): Whether the whole transcript, the matched part, or a
            substring is replaced.
    """

    regular_expression: str
    replacement: str
    replacement_type: AsrCorrectionReplacementType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        regular_expression = self.regular_expression

        replacement = self.replacement

        replacement_type: str | Unset = UNSET
        if not isinstance(self.replacement_type, Unset):
            replacement_type = self.replacement_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "regular_expression": regular_expression,
                "replacement": replacement,
            }
        )
        if replacement_type is not UNSET:
            field_dict["replacement_type"] = replacement_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        regular_expression = d.pop("regular_expression")

        replacement = d.pop("replacement")

        _replacement_type = d.pop("replacement_type", UNSET)
        replacement_type: AsrCorrectionReplacementType | Unset
        if isinstance(_replacement_type, Unset):
            replacement_type = UNSET
        else:
            replacement_type = AsrCorrectionReplacementType(_replacement_type)

        asr_correction = cls(
            regular_expression=regular_expression,
            replacement=replacement,
            replacement_type=replacement_type,
        )

        return asr_correction
