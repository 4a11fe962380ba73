# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.effect import Effect
    from ..models.function_return import FunctionReturn
    from ..models.state import State


T = TypeVar("T", bound="ExecuteResponse")


@_attrs_define
class ExecuteResponse:
    """What the function returned, what it printed or logged, and how long it ran; and, from a server that records them,
    the side effects it performed on the way (`effects`, in order) and the conversation's state when it returned
    (`state`). The agent applies the effects first, then the return value.

        Attributes:
            body (FunctionReturn | None | str): What an agent function may return: a string (the system prompt for the next
                LLM turn), null (no instruction), or an object of instructions. Contract version 1.1.0.
            logs (list[str]): Each line the function printed and each record it logged, in order.
            runtime (float): How long the function ran, in milliseconds.
            effects (list[Effect] | Unset): The side effects a function performed, in the order it performed them
                (`conv.say`, `conv.goto_flow`, `flow.goto_step`, `conv.call_handoff`, writes to `conv.state`...): the `effects`
                of an execute response. Each effect is an object whose `type` says which it is. Contract version 1.1.0.
            state (State | Unset): The conversation's state (`conv.state`) when the function returned: variable names mapped
                to their values (any JSON values).
    """

    body: FunctionReturn | None | str
    logs: list[str]
    runtime: float
    effects: list[Effect] | Unset = UNSET
    state: State | Unset = UNSET

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
            for componentsschemas_effects_item_data in self.effects:
                componentsschemas_effects_item = componentsschemas_effects_item_data.to_dict()
                effects.append(componentsschemas_effects_item)

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
        from ..models.effect import Effect  # noqa: PLC0415
        from ..models.function_return import FunctionReturn  # noqa: PLC0415
        from ..models.state import State  # noqa: PLC0415

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
        effects: list[Effect] | Unset = UNSET
        if _effects is not UNSET:
            effects = []
            for componentsschemas_effects_item_data in _effects:
                componentsschemas_effects_item = Effect.from_dict(componentsschemas_effects_item_data)

                effects.append(componentsschemas_effects_item)

        _state = d.pop("state", UNSET)
        state: State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = State.from_dict(_state)

        execute_response = cls(
            body=body,
            logs=logs,
            runtime=runtime,
            effects=effects,
            state=state,
        )

        return execute_response
