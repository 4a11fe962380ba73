# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_headers import SipHeaders


T = TypeVar("T", bound="Invite")


@_attrs_define
class Invite:
    """SIP INVITE: the agent dials `phone_number`.

    Attributes:
        phone_number (str): Digits with an optional leading + (* and # allowed, at most 32 characters), or a sip:, sips:
            or tel: URI.
        outbound_caller_id (str | Unset): The caller id presented on the outbound leg.
        outbound_endpoint (str | Unset): The name of the configured outbound endpoint to dial through.
        sip_headers (SipHeaders | Unset): SIP header names (letters, digits and -) mapped to string values.
    """

    phone_number: str
    outbound_caller_id: str | Unset = UNSET
    outbound_endpoint: str | Unset = UNSET
    sip_headers: SipHeaders | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        outbound_caller_id = self.outbound_caller_id

        outbound_endpoint = self.outbound_endpoint

        sip_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip_headers, Unset):
            sip_headers = self.sip_headers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if outbound_caller_id is not UNSET:
            field_dict["outbound_caller_id"] = outbound_caller_id
        if outbound_endpoint is not UNSET:
            field_dict["outbound_endpoint"] = outbound_endpoint
        if sip_headers is not UNSET:
            field_dict["sip_headers"] = sip_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_headers import SipHeaders  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        outbound_caller_id = d.pop("outbound_caller_id", UNSET)

        outbound_endpoint = d.pop("outbound_endpoint", UNSET)

        _sip_headers = d.pop("sip_headers", UNSET)
        sip_headers: SipHeaders | Unset
        if isinstance(_sip_headers, Unset):
            sip_headers = UNSET
        else:
            sip_headers = SipHeaders.from_dict(_sip_headers)

        invite = cls(
            phone_number=phone_number,
            outbound_caller_id=outbound_caller_id,
            outbound_endpoint=outbound_endpoint,
            sip_headers=sip_headers,
        )

        return invite
