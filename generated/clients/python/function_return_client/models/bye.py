# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_headers import SipHeaders


T = TypeVar("T", bound="Bye")


@_attrs_define
class Bye:
    """SIP BYE: hang up, passing headers to the carrier.

    Attributes:
        sip_headers (SipHeaders | Unset): SIP header names (letters, digits and -) mapped to string values.
    """

    sip_headers: SipHeaders | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sip_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip_headers, Unset):
            sip_headers = self.sip_headers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sip_headers is not UNSET:
            field_dict["sip_headers"] = sip_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_headers import SipHeaders  # noqa: PLC0415

        d = dict(src_dict)
        _sip_headers = d.pop("sip_headers", UNSET)
        sip_headers: SipHeaders | Unset
        if isinstance(_sip_headers, Unset):
            sip_headers = UNSET
        else:
            sip_headers = SipHeaders.from_dict(_sip_headers)

        bye = cls(
            sip_headers=sip_headers,
        )

        return bye
