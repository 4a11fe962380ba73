# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_handoffs_additional_property import ConversationHandoffsAdditionalProperty


T = TypeVar("T", bound="ConversationHandoffs")


@_attrs_define
class ConversationHandoffs:
    """`conv.handoffs`: the configured handoff destinations, by name. When given, `conv.call_handoff` to another
    destination is an error (problem `unknown-handoff`).

    """

    additional_properties: dict[str, ConversationHandoffsAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_handoffs_additional_property import ConversationHandoffsAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        conversation_handoffs = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ConversationHandoffsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        conversation_handoffs.additional_properties = additional_properties
        return conversation_handoffs

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ConversationHandoffsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ConversationHandoffsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
