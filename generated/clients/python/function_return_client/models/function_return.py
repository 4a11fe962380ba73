# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.function_return_utterance_channel import FunctionReturnUtteranceChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agentic_dial import AgenticDial
    from ..models.handoff import Handoff
    from ..models.listen import Listen
    from ..models.transition import Transition


T = TypeVar("T", bound="FunctionReturn")


@_attrs_define
class FunctionReturn:
    """Structured instructions for the agent. Every field is optional and fields combine freely.

    Attributes:
        content (str | Unset): The system prompt for the next LLM turn; the same as returning a plain string. With
            `utterance`, it applies to the next turn.
        utterance (str | Unset): The exact phrase the agent delivers now: spoken on voice, displayed on web chat. With
            `content`, the agent says it and ends the turn.
        utterance_channel (FunctionReturnUtteranceChannel | Unset): How the utterance is played: `SPEECH` (default) or
            `DTMF` key tones, in which case `utterance` is required and holds only 0-9, * and #.
        end_turn (bool | Unset): Whether the turn ends after the utterance (default true). False: say the utterance,
            then let the LLM go on in the same turn.
        hangup (bool | Unset): True ends the conversation after the function: disconnects the call on voice, closes the
            session on web chat.
        handoff (bool | Handoff | Unset): Hands the call off after the function: `true` for the default destination, or
            an object naming the destination and the SIP method.
        listen (Listen | Unset): How the agent listens on the next turn.
        variant (str | Unset): Switches the conversation to the variant of this name, as configured in variant
            management.
        transition (Transition | Unset): A move within a flow: to a flow, to a step of a flow, or out of the current
            flow.
        agentic_dial (AgenticDial | Unset): Agentic dial settings (undocumented by the platform).
    """

    content: str | Unset = UNSET
    utterance: str | Unset = UNSET
    utterance_channel: FunctionReturnUtteranceChannel | Unset = UNSET
    end_turn: bool | Unset = UNSET
    hangup: bool | Unset = UNSET
    handoff: bool | Handoff | Unset = UNSET
    listen: Listen | Unset = UNSET
    variant: str | Unset = UNSET
    transition: Transition | Unset = UNSET
    agentic_dial: AgenticDial | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.handoff import Handoff  # noqa: PLC0415

        content = self.content

        utterance = self.utterance

        utterance_channel: str | Unset = UNSET
        if not isinstance(self.utterance_channel, Unset):
            utterance_channel = self.utterance_channel.value

        end_turn = self.end_turn

        hangup = self.hangup

        handoff: bool | dict[str, Any] | Unset
        if isinstance(self.handoff, Unset):
            handoff = UNSET
        elif isinstance(self.handoff, Handoff):
            handoff = self.handoff.to_dict()
        else:
            handoff = self.handoff

        listen: dict[str, Any] | Unset = UNSET
        if not isinstance(self.listen, Unset):
            listen = self.listen.to_dict()

        variant = self.variant

        transition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transition, Unset):
            transition = self.transition.to_dict()

        agentic_dial: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agentic_dial, Unset):
            agentic_dial = self.agentic_dial.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if utterance is not UNSET:
            field_dict["utterance"] = utterance
        if utterance_channel is not UNSET:
            field_dict["utterance_channel"] = utterance_channel
        if end_turn is not UNSET:
            field_dict["end_turn"] = end_turn
        if hangup is not UNSET:
            field_dict["hangup"] = hangup
        if handoff is not UNSET:
            field_dict["handoff"] = handoff
        if listen is not UNSET:
            field_dict["listen"] = listen
        if variant is not UNSET:
            field_dict["variant"] = variant
        if transition is not UNSET:
            field_dict["transition"] = transition
        if agentic_dial is not UNSET:
            field_dict["agentic_dial"] = agentic_dial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agentic_dial import AgenticDial  # noqa: PLC0415
        from ..models.handoff import Handoff  # noqa: PLC0415
        from ..models.listen import Listen  # noqa: PLC0415
        from ..models.transition import Transition  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content", UNSET)

        utterance = d.pop("utterance", UNSET)

        _utterance_channel = d.pop("utterance_channel", UNSET)
        utterance_channel: FunctionReturnUtteranceChannel | Unset
        if isinstance(_utterance_channel, Unset):
            utterance_channel = UNSET
        else:
            utterance_channel = FunctionReturnUtteranceChannel(_utterance_channel)

        end_turn = d.pop("end_turn", UNSET)

        hangup = d.pop("hangup", UNSET)

        def _parse_handoff(data: object) -> bool | Handoff | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                handoff_type_1 = Handoff.from_dict(data)

                return handoff_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Handoff | Unset, data)

        handoff = _parse_handoff(d.pop("handoff", UNSET))

        _listen = d.pop("listen", UNSET)
        listen: Listen | Unset
        if isinstance(_listen, Unset):
            listen = UNSET
        else:
            listen = Listen.from_dict(_listen)

        variant = d.pop("variant", UNSET)

        _transition = d.pop("transition", UNSET)
        transition: Transition | Unset
        if isinstance(_transition, Unset):
            transition = UNSET
        else:
            transition = Transition.from_dict(_transition)

        _agentic_dial = d.pop("agentic_dial", UNSET)
        agentic_dial: AgenticDial | Unset
        if isinstance(_agentic_dial, Unset):
            agentic_dial = UNSET
        else:
            agentic_dial = AgenticDial.from_dict(_agentic_dial)

        function_return = cls(
            content=content,
            utterance=utterance,
            utterance_channel=utterance_channel,
            end_turn=end_turn,
            hangup=hangup,
            handoff=handoff,
            listen=listen,
            variant=variant,
            transition=transition,
            agentic_dial=agentic_dial,
        )

        return function_return
