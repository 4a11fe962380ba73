# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agentic_dial_config_patch import AgenticDialConfigPatch


T = TypeVar("T", bound="AgenticDial")


@_attrs_define
class AgenticDial:
    """Agentic dial settings (undocumented by the platform).

    Attributes:
        config_patch (AgenticDialConfigPatch | Unset): Changes to the agentic dial configuration.
    """

    config_patch: AgenticDialConfigPatch | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        config_patch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_patch, Unset):
            config_patch = self.config_patch.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if config_patch is not UNSET:
            field_dict["config_patch"] = config_patch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agentic_dial_config_patch import AgenticDialConfigPatch  # noqa: PLC0415

        d = dict(src_dict)
        _config_patch = d.pop("config_patch", UNSET)
        config_patch: AgenticDialConfigPatch | Unset
        if isinstance(_config_patch, Unset):
            config_patch = UNSET
        else:
            config_patch = AgenticDialConfigPatch.from_dict(_config_patch)

        agentic_dial = cls(
            config_patch=config_patch,
        )

        return agentic_dial
