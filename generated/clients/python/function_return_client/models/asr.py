# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.asr_fields_item import AsrFieldsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asr_correction import AsrCorrection
    from ..models.asr_custom_biases import AsrCustomBiases


T = TypeVar("T", bound="Asr")


@_attrs_define
class Asr:
    """Speech recognition settings.

    Attributes:
        timeout (float | str | Unset): A duration of more than 0 and at most 60 seconds: a number, or a string such as
            "7s".
        vad_timeout (float | str | Unset): A non-negative number of seconds, or a duration string such as "1.5s".
        keywords (list[str] | Unset): Words to boost in recognition.
        custom_biases (AsrCustomBiases | Unset): Phrases mapped to a bias weight greater than 0.
        fields (list[AsrFieldsItem] | Unset): The kinds of answer expected, which tune recognition.
        corrections (list[AsrCorrection] | Unset): Rewrites applied to the transcript.
    """

    timeout: float | str | Unset = UNSET
    vad_timeout: float | str | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    custom_biases: AsrCustomBiases | Unset = UNSET
    fields: list[AsrFieldsItem] | Unset = UNSET
    corrections: list[AsrCorrection] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        timeout: float | str | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        vad_timeout: float | str | Unset
        if isinstance(self.vad_timeout, Unset):
            vad_timeout = UNSET
        else:
            vad_timeout = self.vad_timeout

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        custom_biases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_biases, Unset):
            custom_biases = self.custom_biases.to_dict()

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.value
                fields.append(fields_item)

        corrections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corrections, Unset):
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item = corrections_item_data.to_dict()
                corrections.append(corrections_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if vad_timeout is not UNSET:
            field_dict["vad_timeout"] = vad_timeout
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if custom_biases is not UNSET:
            field_dict["custom_biases"] = custom_biases
        if fields is not UNSET:
            field_dict["fields"] = fields
        if corrections is not UNSET:
            field_dict["corrections"] = corrections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asr_correction import AsrCorrection  # noqa: PLC0415
        from ..models.asr_custom_biases import AsrCustomBiases  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_timeout(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_vad_timeout(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        vad_timeout = _parse_vad_timeout(d.pop("vad_timeout", UNSET))

        keywords = cast(list[str], d.pop("keywords", UNSET))

        _custom_biases = d.pop("custom_biases", UNSET)
        custom_biases: AsrCustomBiases | Unset
        if isinstance(_custom_biases, Unset):
            custom_biases = UNSET
        else:
            custom_biases = AsrCustomBiases.from_dict(_custom_biases)

        _fields = d.pop("fields", UNSET)
        fields: list[AsrFieldsItem] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = AsrFieldsItem(fields_item_data)

                fields.append(fields_item)

        _corrections = d.pop("corrections", UNSET)
        corrections: list[AsrCorrection] | Unset = UNSET
        if _corrections is not UNSET:
            corrections = []
            for corrections_item_data in _corrections:
                corrections_item = AsrCorrection.from_dict(corrections_item_data)

                corrections.append(corrections_item)

        asr = cls(
            timeout=timeout,
            vad_timeout=vad_timeout,
            keywords=keywords,
            custom_biases=custom_biases,
            fields=fields,
            corrections=corrections,
        )

        return asr
