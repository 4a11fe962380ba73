# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dtmf_finish_on_key import DtmfFinishOnKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="Dtmf")


@_attrs_define
class Dtmf:
    """Keypad (DTMF) settings.

    Attributes:
        num_digits (int | Unset): How many digits to collect: 1 to 32, or -1 for no limit.
        first_digit_timeout (float | str | Unset): A non-negative number of seconds, or a duration string such as
            "1.5s".
        inter_digit_timeout (float | str | Unset): A non-negative number of seconds, or a duration string such as
            "1.5s".
        finish_on_key (DtmfFinishOnKey | Unset): The key that ends input early, or "" for none.
        early_listening (bool | Unset): Whether keys pressed while the agent is still speaking count.
        is_pii (bool | Unset): Whether the digits are personal data, redacted from logs.
    """

    num_digits: int | Unset = UNSET
    first_digit_timeout: float | str | Unset = UNSET
    inter_digit_timeout: float | str | Unset = UNSET
    finish_on_key: DtmfFinishOnKey | Unset = UNSET
    early_listening: bool | Unset = UNSET
    is_pii: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        num_digits: int | Unset
        if isinstance(self.num_digits, Unset):
            num_digits = UNSET
        else:
            num_digits = self.num_digits

        first_digit_timeout: float | str | Unset
        if isinstance(self.first_digit_timeout, Unset):
            first_digit_timeout = UNSET
        else:
            first_digit_timeout = self.first_digit_timeout

        inter_digit_timeout: float | str | Unset
        if isinstance(self.inter_digit_timeout, Unset):
            inter_digit_timeout = UNSET
        else:
            inter_digit_timeout = self.inter_digit_timeout

        finish_on_key: str | Unset = UNSET
        if not isinstance(self.finish_on_key, Unset):
            finish_on_key = self.finish_on_key.value

        early_listening = self.early_listening

        is_pii = self.is_pii

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if num_digits is not UNSET:
            field_dict["num_digits"] = num_digits
        if first_digit_timeout is not UNSET:
            field_dict["first_digit_timeout"] = first_digit_timeout
        if inter_digit_timeout is not UNSET:
            field_dict["inter_digit_timeout"] = inter_digit_timeout
        if finish_on_key is not UNSET:
            field_dict["finish_on_key"] = finish_on_key
        if early_listening is not UNSET:
            field_dict["early_listening"] = early_listening
        if is_pii is not UNSET:
            field_dict["is_pii"] = is_pii

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_num_digits(data: object) -> int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | Unset, data)

        num_digits = _parse_num_digits(d.pop("num_digits", UNSET))

        def _parse_first_digit_timeout(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        first_digit_timeout = _parse_first_digit_timeout(d.pop("first_digit_timeout", UNSET))

        def _parse_inter_digit_timeout(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        inter_digit_timeout = _parse_inter_digit_timeout(d.pop("inter_digit_timeout", UNSET))

        _finish_on_key = d.pop("finish_on_key", UNSET)
        finish_on_key: DtmfFinishOnKey | Unset
        if isinstance(_finish_on_key, Unset):
            finish_on_key = UNSET
        else:
            finish_on_key = DtmfFinishOnKey(_finish_on_key)

        early_listening = d.pop("early_listening", UNSET)

        is_pii = d.pop("is_pii", UNSET)

        dtmf = cls(
            num_digits=num_digits,
            first_digit_timeout=first_digit_timeout,
            inter_digit_timeout=inter_digit_timeout,
            finish_on_key=finish_on_key,
            early_listening=early_listening,
            is_pii=is_pii,
        )

        return dtmf
