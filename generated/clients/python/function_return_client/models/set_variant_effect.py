# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetVariantEffect")


@_attrs_define
class SetVariantEffect:
    """`conv.set_variant(name)`: switches the conversation to a variant.

    Attributes:
        type_ (Literal['set_variant']): `set_variant`.
        variant (str): The variant's name.
    """

    type_: Literal["set_variant"]
    variant: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        variant = self.variant

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "variant": variant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["set_variant"], d.pop("type"))
        if type_ != "set_variant":
            raise ValueError(f"type must match const 'set_variant', got '{type_}'")

        variant = d.pop("variant")

        set_variant_effect = cls(
            type_=type_,
            variant=variant,
        )

        return set_variant_effect
