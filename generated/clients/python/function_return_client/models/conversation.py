# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_state import ConversationState


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """The conversation the call belongs to; a function receives it as `conv` when its first parameter is named so.

    Attributes:
        id (str | Unset): The conversation's id.
        channel (str | Unset): The channel, for example `VOICE` or `WEBCHAT`.
        caller_number (None | str | Unset): The caller's number.
        callee_number (None | str | Unset): The number called.
        state (ConversationState | Unset): The conversation's state (`conv.state`); a function may read it.
    """

    id: str | Unset = UNSET
    channel: str | Unset = UNSET
    caller_number: None | str | Unset = UNSET
    callee_number: None | str | Unset = UNSET
    state: ConversationState | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel = self.channel

        caller_number: None | str | Unset
        if isinstance(self.caller_number, Unset):
            caller_number = UNSET
        else:
            caller_number = self.caller_number

        callee_number: None | str | Unset
        if isinstance(self.callee_number, Unset):
            callee_number = UNSET
        else:
            callee_number = self.callee_number

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if caller_number is not UNSET:
            field_dict["caller_number"] = caller_number
        if callee_number is not UNSET:
            field_dict["callee_number"] = callee_number
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_state import ConversationState  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        channel = d.pop("channel", UNSET)

        def _parse_caller_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_number = _parse_caller_number(d.pop("caller_number", UNSET))

        def _parse_callee_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callee_number = _parse_callee_number(d.pop("callee_number", UNSET))

        _state = d.pop("state", UNSET)
        state: ConversationState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ConversationState.from_dict(_state)

        conversation = cls(
            id=id,
            channel=channel,
            caller_number=caller_number,
            callee_number=callee_number,
            state=state,
        )

        return conversation
