# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StateEffect")


@_attrs_define
class StateEffect:
    """A write or a delete of `conv.state.X` (or `conv.state["X"]`).

    Attributes:
        type_ (Literal['state']): `state`.
        name (str): The state variable's name.
        value (Any): The value written (any JSON value); null when the variable was deleted.
        deleted (bool | Unset): Present, and true, when the variable was deleted.
    """

    type_: Literal["state"]
    name: str
    value: Any
    deleted: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        value = self.value

        deleted = self.deleted

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
                "value": value,
            }
        )
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["state"], d.pop("type"))
        if type_ != "state":
            raise ValueError(f"type must match const 'state', got '{type_}'")

        name = d.pop("name")

        value = d.pop("value")

        deleted = d.pop("deleted", UNSET)

        state_effect = cls(
            type_=type_,
            name=name,
            value=value,
            deleted=deleted,
        )

        return state_effect
