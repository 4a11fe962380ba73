# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config import AgentConfig
    from ..models.explain_request_effects_item import ExplainRequestEffectsItem


T = TypeVar("T", bound="ExplainRequest")


@_attrs_define
class ExplainRequest:
    """A return value, optionally the side effects the function performed before returning it (to explain the whole turn),
    and optionally the agent's configuration.

        Attributes:
            value (Any): What a function returned, as JSON (any JSON value; `null` is `None`).
            effects (list[ExplainRequestEffectsItem] | Unset): The function's side effects, in order, as an execute response
                carries them (`effects.schema.json`). Judged with the value: an invalid effect is an error at
                `/effects/<index>/...`, not a problem.
            config (AgentConfig | Unset): What an agent is configured with, for lint: its variants and its handoff
                destinations with their reasons. A part left out is not checked.
    """

    value: Any
    effects: list[ExplainRequestEffectsItem] | Unset = UNSET
    config: AgentConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        effects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.effects, Unset):
            effects = []
            for effects_item_data in self.effects:
                effects_item = effects_item_data.to_dict()
                effects.append(effects_item)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if effects is not UNSET:
            field_dict["effects"] = effects
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_config import AgentConfig  # noqa: PLC0415
        from ..models.explain_request_effects_item import ExplainRequestEffectsItem  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value")

        _effects = d.pop("effects", UNSET)
        effects: list[ExplainRequestEffectsItem] | Unset = UNSET
        if _effects is not UNSET:
            effects = []
            for effects_item_data in _effects:
                effects_item = ExplainRequestEffectsItem.from_dict(effects_item_data)

                effects.append(effects_item)

        _config = d.pop("config", UNSET)
        config: AgentConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AgentConfig.from_dict(_config)

        explain_request = cls(
            value=value,
            effects=effects,
            config=config,
        )

        return explain_request
