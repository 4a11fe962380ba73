# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.listen_channel import ListenChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asr import Asr
    from ..models.barge_in import BargeIn
    from ..models.dtmf import Dtmf
    from ..models.interjection import Interjection
    from ..models.smart_vad import SmartVad


T = TypeVar("T", bound="Listen")


@_attrs_define
class Listen:
    """How the agent listens on the next turn.

    Attributes:
        listen (bool | Unset): Whether to listen for input (default true).
        delayed_response (bool | Unset): Delayed response mode: the client sends an empty input to retrieve the
            response.
        channel (ListenChannel | Unset): The input channel: `SPEECH` (default), `DTMF` (keypad) or `SPEECH_AND_DTMF`.
            Exact upper case.
        asr (Asr | Unset): Speech recognition settings.
        dtmf (Dtmf | Unset): Keypad (DTMF) settings.
        barge_in (BargeIn | Unset): Barge-in: whether the caller may interrupt the agent.
        smart_vad (SmartVad | Unset): Smart voice-activity detection.
        interjection (Interjection | Unset): Interjections while the caller speaks. Note `enable`, not `is_enabled`.
    """

    listen: bool | Unset = UNSET
    delayed_response: bool | Unset = UNSET
    channel: ListenChannel | Unset = UNSET
    asr: Asr | Unset = UNSET
    dtmf: Dtmf | Unset = UNSET
    barge_in: BargeIn | Unset = UNSET
    smart_vad: SmartVad | Unset = UNSET
    interjection: Interjection | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        listen = self.listen

        delayed_response = self.delayed_response

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        asr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asr, Unset):
            asr = self.asr.to_dict()

        dtmf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dtmf, Unset):
            dtmf = self.dtmf.to_dict()

        barge_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barge_in, Unset):
            barge_in = self.barge_in.to_dict()

        smart_vad: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smart_vad, Unset):
            smart_vad = self.smart_vad.to_dict()

        interjection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interjection, Unset):
            interjection = self.interjection.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if listen is not UNSET:
            field_dict["listen"] = listen
        if delayed_response is not UNSET:
            field_dict["delayed_response"] = delayed_response
        if channel is not UNSET:
            field_dict["channel"] = channel
        if asr is not UNSET:
            field_dict["asr"] = asr
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if barge_in is not UNSET:
            field_dict["barge_in"] = barge_in
        if smart_vad is not UNSET:
            field_dict["smart_vad"] = smart_vad
        if interjection is not UNSET:
            field_dict["interjection"] = interjection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asr import Asr  # noqa: PLC0415
        from ..models.barge_in import BargeIn  # noqa: PLC0415
        from ..models.dtmf import Dtmf  # noqa: PLC0415
        from ..models.interjection import Interjection  # noqa: PLC0415
        from ..models.smart_vad import SmartVad  # noqa: PLC0415

        d = dict(src_dict)
        listen = d.pop("listen", UNSET)

        delayed_response = d.pop("delayed_response", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: ListenChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ListenChannel(_channel)

        _asr = d.pop("asr", UNSET)
        asr: Asr | Unset
        if isinstance(_asr, Unset):
            asr = UNSET
        else:
            asr = Asr.from_dict(_asr)

        _dtmf = d.pop("dtmf", UNSET)
        dtmf: Dtmf | Unset
        if isinstance(_dtmf, Unset):
            dtmf = UNSET
        else:
            dtmf = Dtmf.from_dict(_dtmf)

        _barge_in = d.pop("barge_in", UNSET)
        barge_in: BargeIn | Unset
        if isinstance(_barge_in, Unset):
            barge_in = UNSET
        else:
            barge_in = BargeIn.from_dict(_barge_in)

        _smart_vad = d.pop("smart_vad", UNSET)
        smart_vad: SmartVad | Unset
        if isinstance(_smart_vad, Unset):
            smart_vad = UNSET
        else:
            smart_vad = SmartVad.from_dict(_smart_vad)

        _interjection = d.pop("interjection", UNSET)
        interjection: Interjection | Unset
        if isinstance(_interjection, Unset):
            interjection = UNSET
        else:
            interjection = Interjection.from_dict(_interjection)

        listen = cls(
            listen=listen,
            delayed_response=delayed_response,
            channel=channel,
            asr=asr,
            dtmf=dtmf,
            barge_in=barge_in,
            smart_vad=smart_vad,
            interjection=interjection,
        )

        return listen
