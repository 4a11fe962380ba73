# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateExternalEventEffect")


@_attrs_define
class GenerateExternalEventEffect:
    """`conv.generate_external_event(...)`: raises an external event.

    Attributes:
        type_ (Literal['generate_external_event']): `generate_external_event`.
        send_to_llm (bool | Unset): Whether the event is sent to the LLM.
        data (Any | Unset): The event's data (any JSON value).
    """

    type_: Literal["generate_external_event"]
    send_to_llm: bool | Unset = UNSET
    data: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        send_to_llm = self.send_to_llm

        data = self.data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if send_to_llm is not UNSET:
            field_dict["send_to_llm"] = send_to_llm
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["generate_external_event"], d.pop("type"))
        if type_ != "generate_external_event":
            raise ValueError(f"type must match const 'generate_external_event', got '{type_}'")

        send_to_llm = d.pop("send_to_llm", UNSET)

        data = d.pop("data", UNSET)

        generate_external_event_effect = cls(
            type_=type_,
            send_to_llm=send_to_llm,
            data=data,
        )

        return generate_external_event_effect
