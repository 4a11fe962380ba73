# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetLanguageEffect")


@_attrs_define
class SetLanguageEffect:
    """`conv.set_language(code)`: switches the conversation's language.

    Attributes:
        type_ (Literal['set_language']): `set_language`.
        language (str): The language code.
    """

    type_: Literal["set_language"]
    language: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["set_language"], d.pop("type"))
        if type_ != "set_language":
            raise ValueError(f"type must match const 'set_language', got '{type_}'")

        language = d.pop("language")

        set_language_effect = cls(
            type_=type_,
            language=language,
        )

        return set_language_effect
