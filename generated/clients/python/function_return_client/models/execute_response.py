# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execute_response_effects_item import ExecuteResponseEffectsItem
    from ..models.execute_response_state import ExecuteResponseState
    from ..models.function_return import FunctionReturn


T = TypeVar("T", bound="ExecuteResponse")


@_attrs_define
class ExecuteResponse:
    """What the function returned, what it printed or logged, and how long it ran.

    Attributes:
        body (FunctionReturn | None | str): What an agent function may return: a string (the system prompt for the next
            LLM turn), null (no instruction), or an object of instructions. Contract version 1.0.0.
        logs (list[str]): Each line the function printed and each record it logged, in order.
        runtime (float): How long the function ran, in milliseconds.
        effects (list[ExecuteResponseEffectsItem] | Unset): For a function served from a project: what it did before
            returning (`conv.say`, `conv.call_handoff`, each state write...), in order; each an object with a `type`.
        state (ExecuteResponseState | Unset): For a function served from a project, the conversation's state after the
            call.
    """

    body: FunctionReturn | None | str
    logs: list[str]
    runtime: float
    effects: list[ExecuteResponseEffectsItem] | Unset = UNSET
    state: ExecuteResponseState | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.function_return import FunctionReturn  # noqa: PLC0415

        body: dict[str, Any] | None | str
        if isinstance(self.body, FunctionReturn):
            body = self.body.to_dict()
        else:
            body = self.body

        logs = self.logs

        runtime = self.runtime

        effects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.effects, Unset):
            effects = []
            for effects_item_data in self.effects:
                effects_item = effects_item_data.to_dict()
                effects.append(effects_item)

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "logs": logs,
                "runtime": runtime,
            }
        )
        if effects is not UNSET:
            field_dict["effects"] = effects
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execute_response_effects_item import ExecuteResponseEffectsItem  # noqa: PLC0415
        from ..models.execute_response_state import ExecuteResponseState  # noqa: PLC0415
        from ..models.function_return import FunctionReturn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_body(data: object) -> FunctionReturn | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_function_return_value_type_2 = FunctionReturn.from_dict(data)

                return componentsschemas_function_return_value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionReturn | None | str, data)

        body = _parse_body(d.pop("body"))

        logs = cast(list[str], d.pop("logs"))

        runtime = d.pop("runtime")

        _effects = d.pop("effects", UNSET)
        effects: list[ExecuteResponseEffectsItem] | Unset = UNSET
        if _effects is not UNSET:
            effects = []
            for effects_item_data in _effects:
                effects_item = ExecuteResponseEffectsItem.from_dict(effects_item_data)

                effects.append(effects_item)

        _state = d.pop("state", UNSET)
        state: ExecuteResponseState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ExecuteResponseState.from_dict(_state)

        execute_response = cls(
            body=body,
            logs=logs,
            runtime=runtime,
            effects=effects,
            state=state,
        )

        return execute_response
