"""A function as the runtime serves it: its parameters, and fitting a call's arguments to them.

Parameters are typed ``str``, ``int``, ``float`` or ``bool`` (``X | None`` and ``Optional[X]``
read as ``X``). The parameters that receive the runtime's objects are not listed: ``conv`` (a
parameter named so, or annotated ``Conversation``) and, for flow functions and function steps,
``flow`` (named so, or annotated ``Flow``).
"""

from __future__ import annotations

import inspect
import math
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from function_return.core.pointer import escape

TYPE_NAMES: dict[type, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}
"""Python parameter types and their names in the OpenAPI document."""

_TYPE_BY_TEXT = {t.__name__: name for t, name in TYPE_NAMES.items()}


@dataclass(frozen=True)
class Parameter:
    """One parameter of a function, as the function list shows it."""

    name: str
    type: str
    required: bool
    description: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return the parameter as the OpenAPI ``Parameter`` object."""
        found: dict[str, Any] = {"name": self.name, "type": self.type, "required": self.required}
        if self.description is not None:
            found["description"] = self.description
        return found


@dataclass(frozen=True)
class AgentFunction:
    """A loaded function: its name, description, parameters and the callable itself.

    Attributes:
        name: its id (``transfer_call``; in a project ``flows.<flow>.<name>`` for a flow
            function, ``flows.<flow>.steps.<name>`` for a function step).
        wants_conv: whether it receives a ``conv``; ``conv_param`` names that parameter.
        flow_param: the parameter that receives ``flow`` (flow functions and steps), or None.
        flow: the flow's folder name, for flow functions and function steps.
        kind: ``function``, ``flow_function`` or ``function_step``.
    """

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    wants_conv: bool
    call: Callable[..., Any]
    conv_param: str | None = None
    flow_param: str | None = None
    flow: str | None = None
    kind: str = "function"

    def as_dict(self) -> dict[str, Any]:
        """Return the function as the OpenAPI ``FunctionInfo`` object."""
        return {
            "name": self.name,
            "description": self.description,
            "parameters": [p.as_dict() for p in self.parameters],
        }

    def invoke(self, conv: Any, flow: Any, arguments: Mapping[str, Any]) -> Any:
        """Call the function with ``conv`` and ``flow`` where it takes them, and the arguments."""
        passed = dict(arguments)
        if self.wants_conv:
            passed[self.conv_param or "conv"] = conv
        if self.flow_param is not None:
            passed[self.flow_param] = flow
        return self.call(**passed)


class SignatureError(ValueError):
    """A function's signature that cannot be served; the message says why."""


def _type_name(annotation: Any) -> str | None:
    """The parameter type name of an annotation (``str | None`` reads as ``str``), or None."""
    if isinstance(annotation, str):
        text = annotation.replace(" ", "")
        for suffix in ("|None",):
            text = text.removesuffix(suffix)
        if text.startswith("Optional[") and text.endswith("]"):
            text = text[len("Optional[") : -1]
        return _TYPE_BY_TEXT.get(text)
    if isinstance(annotation, type):
        return TYPE_NAMES.get(annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        kept = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(kept) == 1:
            return _type_name(kept[0])
    return None


def _annotation_is(annotation: Any, name: str) -> bool:
    if isinstance(annotation, str):
        return annotation.strip("'\" ") == name
    return getattr(annotation, "__name__", None) == name


def read_parameters(
    function: Callable[..., Any], *, takes_flow: bool = False, conv_first_only: bool = False
) -> tuple[tuple[Parameter, ...], str | None, str | None]:
    """The listed parameters of ``function``, and the names of its ``conv`` and ``flow`` ones.

    ``conv_first_only``: only a first parameter named ``conv`` is the conversation (the
    functions folder's rule); otherwise any parameter named ``conv`` or annotated
    ``Conversation`` is. ``takes_flow``: a parameter named ``flow`` or annotated ``Flow`` is
    the flow.

    Raises:
        SignatureError: a parameter cannot be passed by name, or has another type.
    """
    try:
        signature = inspect.signature(function, eval_str=True)
    except Exception:
        try:  # an annotation that does not evaluate: read its text
            signature = inspect.signature(function)
        except Exception as exc:
            raise SignatureError(f"cannot read the signature: {exc}") from exc
    found = list(signature.parameters.values())
    conv_param = flow_param = None
    parameters = []
    for index, parameter in enumerate(found):
        annotation = parameter.annotation
        if conv_param is None and (
            (conv_first_only and index == 0 and parameter.name == "conv")
            or (
                not conv_first_only
                and (parameter.name == "conv" or _annotation_is(annotation, "Conversation"))
            )
        ):
            conv_param = parameter.name
            continue
        if (
            takes_flow
            and flow_param is None
            and (parameter.name == "flow" or _annotation_is(annotation, "Flow"))
        ):
            flow_param = parameter.name
            continue
        where = f"parameter {parameter.name!r}"
        if parameter.kind not in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY):
            raise SignatureError(f"{where}: only named parameters can be passed")
        kind = _type_name(annotation)
        if kind is None:
            raise SignatureError(f"{where}: annotate it as str, int, float or bool")
        required = parameter.default is parameter.empty
        parameters.append(Parameter(parameter.name, kind, required))
    return tuple(parameters), conv_param, flow_param


@dataclass(frozen=True)
class ArgumentError:
    """An argument that does not fit the function's parameters."""

    pointer: str
    detail: str


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"boolean {'true' if value else 'false'}"
    if isinstance(value, int | float):
        return f"number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"string {shown!r}"
    return type(value).__name__


def _convert(kind: str, value: Any) -> tuple[bool, Any]:
    """Return (fits, converted) for one JSON argument and a parameter type name."""
    if kind == "string":
        return isinstance(value, str), value
    if kind == "boolean":
        return isinstance(value, bool), value
    if isinstance(value, bool):
        return False, value
    if kind == "integer":
        if isinstance(value, int):
            return True, value
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            return True, int(value)
        return False, value
    if isinstance(value, int | float) and math.isfinite(value):
        return True, float(value)
    return False, value


def check_arguments(
    function: AgentFunction, args: Mapping[str, Any]
) -> tuple[dict[str, Any], list[ArgumentError]]:
    """Fit ``args`` to the function's parameters.

    Returns:
        The arguments converted to the parameter types (an integral number for an ``int``, an
        integer for a ``float``), and one error per missing, unknown or mistyped argument,
        each at the JSON Pointer ``/args/<name>`` of the request body.
    """
    known = {p.name: p for p in function.parameters}
    converted: dict[str, Any] = {}
    problems: list[ArgumentError] = []
    for parameter in function.parameters:
        pointer = f"/args/{escape(parameter.name)}"
        if parameter.name not in args:
            if parameter.required:
                problems.append(
                    ArgumentError(
                        pointer,
                        f"missing required argument {_quote(parameter.name)} ({parameter.type})",
                    )
                )
            continue
        value = args[parameter.name]
        fits, value = _convert(parameter.type, value)
        if not fits:
            problems.append(
                ArgumentError(
                    pointer,
                    f"argument {_quote(parameter.name)} expects {_article(parameter.type)}; "
                    f"got {_describe(value)}",
                )
            )
        converted[parameter.name] = value
    for name in args:
        if name not in known:
            expected = ", ".join(_quote(n) for n in known) or "none"
            problems.append(
                ArgumentError(
                    f"/args/{escape(name)}",
                    f"unknown argument {_quote(name)}; the parameters are: {expected}",
                )
            )
    return converted, problems


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _article(kind: str) -> str:
    return f"an {kind}" if kind == "integer" else f"a {kind}"
