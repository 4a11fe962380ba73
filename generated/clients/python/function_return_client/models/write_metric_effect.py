# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WriteMetricEffect")


@_attrs_define
class WriteMetricEffect:
    """`conv.write_metric(name, value=None, write_once=False)`: writes a metric event.

    Attributes:
        type_ (Literal['write_metric']): `write_metric`.
        name (str): The metric's name.
        value (bool | float | None | str): The metric's value: a string, a number, a boolean or null.
        write_once (bool): True: written only the first time in the conversation.
    """

    type_: Literal["write_metric"]
    name: str
    value: bool | float | None | str
    write_once: bool

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        value: bool | float | None | str
        value = self.value

        write_once = self.write_once

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
                "value": value,
                "write_once": write_once,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["write_metric"], d.pop("type"))
        if type_ != "write_metric":
            raise ValueError(f"type must match const 'write_metric', got '{type_}'")

        name = d.pop("name")

        def _parse_value(data: object) -> bool | float | None | str:
            if data is None:
                return data
            return cast(bool | float | None | str, data)

        value = _parse_value(d.pop("value"))

        write_once = d.pop("write_once")

        write_metric_effect = cls(
            type_=type_,
            name=name,
            value=value,
            write_once=write_once,
        )

        return write_metric_effect
