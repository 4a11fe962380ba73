# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetAsrBiasingEffect")


@_attrs_define
class SetAsrBiasingEffect:
    """`conv.set_asr_biasing(keywords=...)`: biases speech recognition towards words.

    Attributes:
        type_ (Literal['set_asr_biasing']): `set_asr_biasing`.
        keywords (list[str]): The words to bias recognition towards.
    """

    type_: Literal["set_asr_biasing"]
    keywords: list[str]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        keywords = self.keywords

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "keywords": keywords,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["set_asr_biasing"], d.pop("type"))
        if type_ != "set_asr_biasing":
            raise ValueError(f"type must match const 'set_asr_biasing', got '{type_}'")

        keywords = cast(list[str], d.pop("keywords"))

        set_asr_biasing_effect = cls(
            type_=type_,
            keywords=keywords,
        )

        return set_asr_biasing_effect
