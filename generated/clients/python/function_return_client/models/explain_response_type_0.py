# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.explain_note import ExplainNote
    from ..models.explain_step import ExplainStep


T = TypeVar("T", bound="ExplainResponseType0")


@_attrs_define
class ExplainResponseType0:
    """
    Attributes:
        valid (Literal[True]):
        steps (list[ExplainStep]):
        notes (list[ExplainNote]):
    """

    valid: Literal[True]
    steps: list[ExplainStep]
    notes: list[ExplainNote]

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "valid": valid,
                "steps": steps,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.explain_note import ExplainNote  # noqa: PLC0415
        from ..models.explain_step import ExplainStep  # noqa: PLC0415

        d = dict(src_dict)
        valid = cast(Literal[True], d.pop("valid"))
        if valid != True:
            raise ValueError(f"valid must match const True, got '{valid}'")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = ExplainStep.from_dict(steps_item_data)

            steps.append(steps_item)

        notes = []
        _notes = d.pop("notes")
        for notes_item_data in _notes:
            notes_item = ExplainNote.from_dict(notes_item_data)

            notes.append(notes_item)

        explain_response_type_0 = cls(
            valid=valid,
            steps=steps,
            notes=notes,
        )

        return explain_response_type_0
