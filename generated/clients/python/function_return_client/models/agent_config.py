# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config_handoffs import AgentConfigHandoffs


T = TypeVar("T", bound="AgentConfig")


@_attrs_define
class AgentConfig:
    """What an agent is configured with, for lint: its variants and its handoff destinations with their reasons. A part
    left out is not checked.

        Attributes:
            schema (str | Unset): The URI of this schema, for editors.
            variants (list[str] | Unset): The names of the agent's variants, as in variant management. A returned `variant`
                must be one of them.
            handoffs (AgentConfigHandoffs | Unset): The handoff destinations, by `type` (such as `CALL_CENTER`). A returned
                handoff `type` must be one of them.
    """

    schema: str | Unset = UNSET
    variants: list[str] | Unset = UNSET
    handoffs: AgentConfigHandoffs | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        variants: list[str] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = self.variants

        handoffs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.handoffs, Unset):
            handoffs = self.handoffs.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if schema is not UNSET:
            field_dict["$schema"] = schema
        if variants is not UNSET:
            field_dict["variants"] = variants
        if handoffs is not UNSET:
            field_dict["handoffs"] = handoffs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_config_handoffs import AgentConfigHandoffs  # noqa: PLC0415

        d = dict(src_dict)
        schema = d.pop("$schema", UNSET)

        variants = cast(list[str], d.pop("variants", UNSET))

        _handoffs = d.pop("handoffs", UNSET)
        handoffs: AgentConfigHandoffs | Unset
        if isinstance(_handoffs, Unset):
            handoffs = UNSET
        else:
            handoffs = AgentConfigHandoffs.from_dict(_handoffs)

        agent_config = cls(
            schema=schema,
            variants=variants,
            handoffs=handoffs,
        )

        return agent_config
