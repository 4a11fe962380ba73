# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetResponseSuggestionsEffect")


@_attrs_define
class SetResponseSuggestionsEffect:
    """`conv.set_response_suggestions(...)` (web chat): offers replies to pick.

    Attributes:
        type_ (Literal['set_response_suggestions']): `set_response_suggestions`.
        suggestions (list[str]): The suggested replies.
    """

    type_: Literal["set_response_suggestions"]
    suggestions: list[str]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        suggestions = self.suggestions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "suggestions": suggestions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["set_response_suggestions"], d.pop("type"))
        if type_ != "set_response_suggestions":
            raise ValueError(f"type must match const 'set_response_suggestions', got '{type_}'")

        suggestions = cast(list[str], d.pop("suggestions"))

        set_response_suggestions_effect = cls(
            type_=type_,
            suggestions=suggestions,
        )

        return set_response_suggestions_effect
