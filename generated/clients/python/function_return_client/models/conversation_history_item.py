# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.conversation_history_item_role import ConversationHistoryItemRole

T = TypeVar("T", bound="ConversationHistoryItem")


@_attrs_define
class ConversationHistoryItem:
    """
    Attributes:
        role (ConversationHistoryItemRole):
        text (str):
    """

    role: ConversationHistoryItemRole
    text: str

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = ConversationHistoryItemRole(d.pop("role"))

        text = d.pop("text")

        conversation_history_item = cls(
            role=role,
            text=text,
        )

        return conversation_history_item
