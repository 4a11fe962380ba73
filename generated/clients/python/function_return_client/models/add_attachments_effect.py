# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AddAttachmentsEffect")


@_attrs_define
class AddAttachmentsEffect:
    """`conv.add_attachments(...)` (web chat): shows attachments.

    Attributes:
        type_ (Literal['add_attachments']): `add_attachments`.
        attachments (list[Any]): The attachments, as the function passed them.
    """

    type_: Literal["add_attachments"]
    attachments: list[Any]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attachments = self.attachments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "attachments": attachments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["add_attachments"], d.pop("type"))
        if type_ != "add_attachments":
            raise ValueError(f"type must match const 'add_attachments', got '{type_}'")

        attachments = cast(list[Any], d.pop("attachments"))

        add_attachments_effect = cls(
            type_=type_,
            attachments=attachments,
        )

        return add_attachments_effect
