# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_handoff_effect_sip_headers import CallHandoffEffectSipHeaders


T = TypeVar("T", bound="CallHandoffEffect")


@_attrs_define
class CallHandoffEffect:
    """`conv.call_handoff(destination, reason=None, utterance=None, sip_headers=None, route=None)`: hands the call off to a
    configured destination.

        Attributes:
            type_ (Literal['call_handoff']): `call_handoff`.
            destination (str): The configured handoff destination.
            reason (str | Unset): The handoff reason.
            utterance (str | Unset): What is said before the handoff.
            sip_headers (CallHandoffEffectSipHeaders | Unset): SIP headers sent with the handoff: names mapped to string
                values.
            route (str | Unset): The route to hand off through.
    """

    type_: Literal["call_handoff"]
    destination: str
    reason: str | Unset = UNSET
    utterance: str | Unset = UNSET
    sip_headers: CallHandoffEffectSipHeaders | Unset = UNSET
    route: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        destination = self.destination

        reason = self.reason

        utterance = self.utterance

        sip_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip_headers, Unset):
            sip_headers = self.sip_headers.to_dict()

        route = self.route

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "destination": destination,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if utterance is not UNSET:
            field_dict["utterance"] = utterance
        if sip_headers is not UNSET:
            field_dict["sip_headers"] = sip_headers
        if route is not UNSET:
            field_dict["route"] = route

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_handoff_effect_sip_headers import CallHandoffEffectSipHeaders  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["call_handoff"], d.pop("type"))
        if type_ != "call_handoff":
            raise ValueError(f"type must match const 'call_handoff', got '{type_}'")

        destination = d.pop("destination")

        reason = d.pop("reason", UNSET)

        utterance = d.pop("utterance", UNSET)

        _sip_headers = d.pop("sip_headers", UNSET)
        sip_headers: CallHandoffEffectSipHeaders | Unset
        if isinstance(_sip_headers, Unset):
            sip_headers = UNSET
        else:
            sip_headers = CallHandoffEffectSipHeaders.from_dict(_sip_headers)

        route = d.pop("route", UNSET)

        call_handoff_effect = cls(
            type_=type_,
            destination=destination,
            reason=reason,
            utterance=utterance,
            sip_headers=sip_headers,
            route=route,
        )

        return call_handoff_effect
