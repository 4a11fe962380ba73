# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dial_destination import DialDestination


T = TypeVar("T", bound="AgenticDialConfigPatch")


@_attrs_define
class AgenticDialConfigPatch:
    """Changes to the agentic dial configuration.

    Attributes:
        destinations (list[DialDestination] | Unset): Where the agent may dial.
    """

    destinations: list[DialDestination] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if destinations is not UNSET:
            field_dict["destinations"] = destinations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dial_destination import DialDestination  # noqa: PLC0415

        d = dict(src_dict)
        _destinations = d.pop("destinations", UNSET)
        destinations: list[DialDestination] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = DialDestination.from_dict(destinations_item_data)

                destinations.append(destinations_item)

        agentic_dial_config_patch = cls(
            destinations=destinations,
        )

        return agentic_dial_config_patch
