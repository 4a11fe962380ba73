# Generated from generated/openapi.bundled.json by openapi-python-client 0.29.1; do not edit: run `make generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
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
    """

    body: FunctionReturn | None | str
    logs: list[str]
    runtime: float

    def to_dict(self) -> dict[str, Any]:
        from ..models.function_return import FunctionReturn  # noqa: PLC0415

        body: dict[str, Any] | None | str
        if isinstance(self.body, FunctionReturn):
            body = self.body.to_dict()
        else:
            body = self.body

        logs = self.logs

        runtime = self.runtime

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "logs": logs,
                "runtime": runtime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        execute_response = cls(
            body=body,
            logs=logs,
            runtime=runtime,
        )

        return execute_response
