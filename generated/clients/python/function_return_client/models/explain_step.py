# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.explain_step_action import ExplainStepAction

T = TypeVar("T", bound="ExplainStep")


@_attrs_define
class ExplainStep:
    """One thing the agent does.

    Attributes:
        action (ExplainStepAction): What kind of thing.
        detail (str): The step in a plain sentence.
        source (str): JSON Pointer of the part of `value` the step comes from, or under `/effects/<index>` of the
            effect.
    """

    action: ExplainStepAction
    detail: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        detail = self.detail

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "detail": detail,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ExplainStepAction(d.pop("action"))

        detail = d.pop("detail")

        source = d.pop("source")

        explain_step = cls(
            action=action,
            detail=detail,
            source=source,
        )

        return explain_step
