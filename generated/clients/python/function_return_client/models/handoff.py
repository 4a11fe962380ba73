# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bye import Bye
    from ..models.invite import Invite
    from ..models.refer import Refer
    from ..models.text_chat import TextChat


T = TypeVar("T", bound="Handoff")


@_attrs_define
class Handoff:
    """A handoff to a configured destination. At most one SIP method among `refer`, `invite`, `bye` and `text_chat`.

    Attributes:
        type_ (str | Unset): The handoff destination as configured, for example `CALL_CENTER`.
        reason (str | Unset): The handoff reason as configured, for example `SPEAK_TO`.
        utterance (str | Unset): A phrase said before the handoff.
        refer (Refer | Unset): SIP REFER: transfer the call to `phone_number` and drop the agent.
        invite (Invite | Unset): SIP INVITE: the agent dials `phone_number`.
        bye (Bye | Unset): SIP BYE: hang up, passing headers to the carrier.
        text_chat (TextChat | Unset): A web chat handoff: exactly one key `<provider>_integration` (lower case) whose
            value holds that provider's settings.
    """

    type_: str | Unset = UNSET
    reason: str | Unset = UNSET
    utterance: str | Unset = UNSET
    refer: Refer | Unset = UNSET
    invite: Invite | Unset = UNSET
    bye: Bye | Unset = UNSET
    text_chat: TextChat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        reason = self.reason

        utterance = self.utterance

        refer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refer, Unset):
            refer = self.refer.to_dict()

        invite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invite, Unset):
            invite = self.invite.to_dict()

        bye: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bye, Unset):
            bye = self.bye.to_dict()

        text_chat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_chat, Unset):
            text_chat = self.text_chat.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reason is not UNSET:
            field_dict["reason"] = reason
        if utterance is not UNSET:
            field_dict["utterance"] = utterance
        if refer is not UNSET:
            field_dict["refer"] = refer
        if invite is not UNSET:
            field_dict["invite"] = invite
        if bye is not UNSET:
            field_dict["bye"] = bye
        if text_chat is not UNSET:
            field_dict["text_chat"] = text_chat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bye import Bye  # noqa: PLC0415
        from ..models.invite import Invite  # noqa: PLC0415
        from ..models.refer import Refer  # noqa: PLC0415
        from ..models.text_chat import TextChat  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        reason = d.pop("reason", UNSET)

        utterance = d.pop("utterance", UNSET)

        _refer = d.pop("refer", UNSET)
        refer: Refer | Unset
        if isinstance(_refer, Unset):
            refer = UNSET
        else:
            refer = Refer.from_dict(_refer)

        _invite = d.pop("invite", UNSET)
        invite: Invite | Unset
        if isinstance(_invite, Unset):
            invite = UNSET
        else:
            invite = Invite.from_dict(_invite)

        _bye = d.pop("bye", UNSET)
        bye: Bye | Unset
        if isinstance(_bye, Unset):
            bye = UNSET
        else:
            bye = Bye.from_dict(_bye)

        _text_chat = d.pop("text_chat", UNSET)
        text_chat: TextChat | Unset
        if isinstance(_text_chat, Unset):
            text_chat = UNSET
        else:
            text_chat = TextChat.from_dict(_text_chat)

        handoff = cls(
            type_=type_,
            reason=reason,
            utterance=utterance,
            refer=refer,
            invite=invite,
            bye=bye,
            text_chat=text_chat,
        )

        return handoff
