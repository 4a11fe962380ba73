# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dial_destination_metadata import DialDestinationMetadata


T = TypeVar("T", bound="DialDestination")


@_attrs_define
class DialDestination:
    """One agentic dial destination.

    Attributes:
        phone_number (str): Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips:
            or tel: URI.
        name (str | Unset): The destination's name.
        metadata (DialDestinationMetadata | Unset): Data passed along with the call, as it is.
    """

    phone_number: str
    name: str | Unset = UNSET
    metadata: DialDestinationMetadata | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        name = self.name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dial_destination_metadata import DialDestinationMetadata  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        name = d.pop("name", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: DialDestinationMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DialDestinationMetadata.from_dict(_metadata)

        dial_destination = cls(
            phone_number=phone_number,
            name=name,
            metadata=metadata,
        )

        return dial_destination
