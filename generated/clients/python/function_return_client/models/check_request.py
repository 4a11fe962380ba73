# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig


T = TypeVar("T", bound="CheckRequest")


@_attrs_define
class CheckRequest:
    """A return value, and optionally the agent's configuration to check names against.

    Attributes:
        value (Any): What a function returned, as JSON (any JSON value; `null` is `None`).
        config (AgentConfig | Unset): What an agent is configured with, for lint: its variants and its handoff
            destinations with their reasons. A part left out is not checked.
    """

    value: Any
    config: AgentConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_config import AgentConfig  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value")

        _config = d.pop("config", UNSET)
        config: AgentConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AgentConfig.from_dict(_config)

        check_request = cls(
            value=value,
            config=config,
        )

        return check_request
