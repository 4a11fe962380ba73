"""``conv`` and ``flow``: the platform's Conversation and Flow, built from an execute request.

A ``Turn`` holds what one call does: the ordered ``effects`` (``notes/effects-format``: each a
``{"type": ..., ...}`` object), the state, the fixtures that answer ``conv.utils`` and
``conv.api``, and the project's functions for ``conv.functions`` / ``flow.functions``. Every
member the platform documents is here; any other name raises ``UnknownMemberError`` naming
it, never a bare ``AttributeError``.

Assumptions where the platform says nothing: a missing state key reads as ``None`` by item
too; ``conv.set_variant`` and ``conv.set_language`` change ``conv.variant``/``conv.language``
at once, ``conv.goto_flow`` does not change ``conv.current_flow`` (the flow changes after the
function returns); ``conv.api`` answers are the fixture's JSON value as is.
"""

from __future__ import annotations

import copy
import logging
import math
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from function_return.runtime.capture import log_line
from function_return.runtime.errors import (
    CallArgumentsError,
    MissingFixtureError,
    UnknownHandoffError,
    UnknownMemberError,
)
from function_return.runtime.functions import AgentFunction, check_arguments

log = logging.getLogger("function_return.runtime")


def plain(value: Any, depth: int = 0) -> Any:
    """``value`` as plain JSON data: a dict with string keys, a list, a string, a finite number,
    a boolean or None; anything else becomes its ``repr`` (the platform keeps JSON only)."""
    if value is None or isinstance(value, bool | str):
        return value if not isinstance(value, str) else str.__str__(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else repr(value)
    if depth > 64:
        return repr(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v, depth + 1) for v in value]
    return repr(value)


class Fixtures:
    """What answers ``conv.utils.get_secret``, ``conv.utils.prompt_llm`` and ``conv.api``.

    ``secrets``: name → string; ``prompt_llm``: one answer for every prompt (a string) or the
    answers in order (a list); ``api``: ``"<api>.<operation>"`` → the JSON answer.
    """

    def __init__(self, *layers: Mapping[str, Any] | None) -> None:
        self.secrets: dict[str, Any] = {}
        self.api: dict[str, Any] = {}
        self.prompt_llm: str | list[Any] | None = None
        for layer in layers:  # later layers win: the project's file, then the request
            if not layer:
                continue
            self.secrets.update(layer.get("secrets") or {})
            self.api.update(layer.get("api") or {})
            if layer.get("prompt_llm") is not None:
                answers = layer["prompt_llm"]
                self.prompt_llm = answers if isinstance(answers, str) else list(answers)
        self._asked = 0

    def secret(self, name: str) -> Any:
        if name not in self.secrets:
            raise MissingFixtureError(
                f"`conv.utils.get_secret({name!r})` has no fixture: give it in the request's "
                f'fixtures or in fixtures.json ({{"secrets": {{"{name}": "..."}}}})'
            )
        return self.secrets[name]

    def llm_answer(self) -> Any:
        if isinstance(self.prompt_llm, str):
            return self.prompt_llm
        if self.prompt_llm is None or self._asked >= len(self.prompt_llm):
            given = 0 if self.prompt_llm is None else len(self.prompt_llm)
            raise MissingFixtureError(
                f"`conv.utils.prompt_llm(...)` call {self._asked + 1} has no fixture "
                f"({given} answers given): give them in the request's fixtures or in "
                'fixtures.json ({"prompt_llm": ["...", ...]})'
            )
        answer = self.prompt_llm[self._asked]
        self._asked += 1
        return answer

    def api_answer(self, api: str, operation: str) -> Any:
        key = f"{api}.{operation}"
        if key not in self.api:
            raise MissingFixtureError(
                f"`conv.api.{key}(...)` has no fixture: give it in the request's fixtures or "
                f'in fixtures.json ({{"api": {{"{key}": ...}}}})'
            )
        return copy.deepcopy(self.api[key])


class Turn:
    """What one call does and what it may use: effects, fixtures, the project's functions."""

    def __init__(
        self,
        functions: Mapping[str, AgentFunction] | None = None,
        fixtures: Fixtures | None = None,
    ) -> None:
        self.effects: list[dict[str, Any]] = []
        self.functions: Mapping[str, AgentFunction] = functions or {}
        self.fixtures = fixtures or Fixtures()

    def effect(self, kind: str, **fields: Any) -> None:
        """Record an action: fields given as None are left out, the rest made plain JSON."""
        record: dict[str, Any] = {"type": kind}
        record.update({k: plain(v) for k, v in fields.items() if v is not None})
        self.effects.append(record)


class State:
    """``conv.state``: by attribute (``conv.state.name``), by item and ``get``; a missing key
    reads as None. Each write and delete is recorded as a ``state`` effect (a change made
    inside a value, ``conv.state.basket.append(x)``, shows in the final state only). A key
    named like one of its methods (``items``, ``get``...) reads by item: ``conv.state["items"]``."""

    __slots__ = ("_data", "_turn")

    def __init__(self, data: Mapping[str, Any], turn: Turn) -> None:
        object.__setattr__(self, "_data", copy.deepcopy(dict(data)))
        object.__setattr__(self, "_turn", turn)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._data.get(name)

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __delattr__(self, name: str) -> None:
        del self[name]

    def __getitem__(self, name: str) -> Any:
        return self._data.get(name)

    def __setitem__(self, name: str, value: Any) -> None:
        self._data[str(name)] = value
        self._turn.effects.append({"type": "state", "name": str(name), "value": plain(value)})

    def __delitem__(self, name: str) -> None:
        self._data.pop(name, None)
        self._turn.effects.append(
            {"type": "state", "name": str(name), "value": None, "deleted": True}
        )

    def __contains__(self, name: object) -> bool:
        return name in self._data

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._data))

    def __len__(self) -> int:
        return len(self._data)

    def __bool__(self) -> bool:
        return bool(self._data)

    def __repr__(self) -> str:
        return f"State({self._data!r})"

    def get(self, name: str, default: Any = None) -> Any:
        """The value of ``name``, or ``default``."""
        return self._data.get(name, default)

    def keys(self) -> list[str]:
        return list(self._data)

    def values(self) -> list[Any]:
        return list(self._data.values())

    def items(self) -> list[tuple[str, Any]]:
        return list(self._data.items())

    def setdefault(self, name: str, default: Any = None) -> Any:
        if name not in self._data:
            self[name] = default
        return self._data[name]

    def pop(self, name: str, default: Any = None) -> Any:
        if name not in self._data:
            return default
        value = self._data[name]
        del self[name]
        return value

    def update(self, other: Mapping[str, Any] | None = None, **more: Any) -> None:
        for name, value in {**dict(other or {}), **more}.items():
            self[name] = value

    def as_dict(self) -> dict[str, Any]:
        """The state's final value, as plain JSON data."""
        result: dict[str, Any] = plain(self._data)
        return result


class Attributes:
    """Attribute access to a mapping (``conv.variant.site_name``): a missing name is None."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | None) -> None:
        object.__setattr__(self, "_data", dict(data or {}))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._data.get(name)

    def __getitem__(self, name: str) -> Any:
        return self._data.get(name)

    def get(self, name: str, default: Any = None) -> Any:
        return self._data.get(name, default)

    def __contains__(self, name: object) -> bool:
        return name in self._data

    def __bool__(self) -> bool:
        return bool(self._data)

    def __repr__(self) -> str:
        return f"Attributes({self._data!r})"


def _unknown(owner: str, name: str, kind: str) -> UnknownMemberError:
    return UnknownMemberError(f"`{owner}.{name}` is not part of the platform's {kind}")


class _Closed:
    """An object whose unknown attributes raise ``UnknownMemberError`` naming them."""

    _owner = "conv"
    _kind = "Conversation"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        raise _unknown(self._owner, name, self._kind)


class Record(dict):  # type: ignore[type-arg]
    """An entry of ``conv.history`` or ``conv.metric_events``: the platform gives objects
    (``entry.text``, ``event.name``); the request gives JSON objects. Both readings work here:
    by attribute (a missing one reads as ``None``) and by item."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.get(name)


class UserInput(Record):
    """A caller's turn in ``conv.history`` (``role`` ``user``)."""


class AgentResponse(Record):
    """The agent's turn in ``conv.history`` (``role`` ``agent``)."""


class MetricEvent(Record):
    """A metric written earlier in the conversation (``conv.metric_events``): ``name``,
    ``value``."""


def _history_entry(entry: Any) -> Any:
    if not isinstance(entry, Mapping):
        return entry
    kind = {"user": UserInput, "agent": AgentResponse}.get(str(entry.get("role")), Record)
    return kind(entry)


class Log(_Closed):
    """``conv.log``: ``info``, ``warning``, ``error``, ``debug``... lines of the function's log."""

    _owner = "conv.log"
    _kind = "conv.log"

    def _write(self, level: str, message: Any, *args: Any) -> None:
        text = str(message)
        if args:
            try:
                text = text % args
            except (TypeError, ValueError):
                text = " ".join([text, *map(str, args)])
        if not log_line(f"{level}: {text}"):
            log.info("%s: %s", level, text)

    def debug(self, message: Any, *args: Any, **_: Any) -> None:
        self._write("DEBUG", message, *args)

    def info(self, message: Any, *args: Any, **_: Any) -> None:
        self._write("INFO", message, *args)

    def warning(self, message: Any, *args: Any, **_: Any) -> None:
        self._write("WARNING", message, *args)

    warn = warning

    def error(self, message: Any, *args: Any, **_: Any) -> None:
        self._write("ERROR", message, *args)

    def exception(self, message: Any, *args: Any, **_: Any) -> None:
        self._write("ERROR", message, *args)

    def critical(self, message: Any, *args: Any, **_: Any) -> None:
        self._write("CRITICAL", message, *args)


class Utils(_Closed):
    """``conv.utils``: ``prompt_llm`` and ``get_secret``, answered from the fixtures."""

    _owner = "conv.utils"
    _kind = "conv.utils"

    def __init__(self, turn: Turn) -> None:
        self._turn = turn

    def prompt_llm(self, *args: Any, **kwargs: Any) -> Any:
        return self._turn.fixtures.llm_answer()

    def get_secret(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return self._turn.fixtures.secret(str(name))


class Api:
    """``conv.api.<api>.<operation>(...)``: answered from the fixtures' ``api``."""

    def __init__(self, turn: Turn) -> None:
        self._turn = turn

    def __getattr__(self, api: str) -> Any:
        if api.startswith("__"):
            raise AttributeError(api)
        return _ApiGroup(self._turn, api)


class _ApiGroup:
    def __init__(self, turn: Turn, api: str) -> None:
        self._turn = turn
        self._api = api

    def __getattr__(self, operation: str) -> Callable[..., Any]:
        if operation.startswith("__"):
            raise AttributeError(operation)

        def call(*args: Any, **kwargs: Any) -> Any:
            return self._turn.fixtures.api_answer(self._api, operation)

        return call


class Functions:
    """``conv.functions.X(**args)`` (global functions) or ``flow.functions.X`` (the flow's)."""

    def __init__(self, conv: Conversation, flow: Flow | None = None) -> None:
        self._conv = conv
        self._flow = flow

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("__"):
            raise AttributeError(name)
        owner = "conv" if self._flow is None else "flow"
        key = name if self._flow is None else f"flows.{self._flow._name}.{name}"
        function = self._conv._turn.functions.get(key)
        if function is None or function.kind == "function_step":
            where = (
                "global function"
                if self._flow is None
                else f"function in flow {self._flow._name!r}"
            )
            raise CallArgumentsError(
                f"`{owner}.functions.{name}`: the project has no {where} {name!r}"
            )

        def call(*args: Any, **kwargs: Any) -> Any:
            if len(args) > len(function.parameters):
                raise CallArgumentsError(
                    f"`{owner}.functions.{name}`: {len(args)} positional arguments for "
                    f"{len(function.parameters)} parameters"
                )
            named = dict(kwargs)
            for parameter, value in zip(function.parameters, args, strict=False):
                if parameter.name in named:
                    raise CallArgumentsError(
                        f"`{owner}.functions.{name}`: {parameter.name!r} given twice, "
                        "by position and by name"
                    )
                named[parameter.name] = value
            converted, problems = check_arguments(function, named)
            if problems:
                listed = "; ".join(p.detail for p in problems)
                raise CallArgumentsError(f"`{owner}.functions.{name}(...)`: {listed}")
            return function.invoke(self._conv, self._flow, converted)

        return call


_CONTEXT: dict[str, Callable[[], Any]] = {
    "id": lambda: None,
    "account_id": lambda: None,
    "project_id": lambda: None,
    "env": lambda: None,
    "channel_type": lambda: None,
    "channel": lambda: None,
    "caller_number": lambda: None,
    "callee_number": lambda: None,
    "sip_headers": dict,
    "language": lambda: None,
    "turn_number": lambda: None,
    "history": list,
    "transcript_alternatives": list,
    "variant_name": lambda: None,
    "variants": dict,
    "current_flow": lambda: None,
    "real_time_config": dict,
    "memory": dict,
    "metric_events": list,
    "integration_attributes": dict,
    "entities": dict,
    "handoffs": dict,
    "sms_templates": dict,
    "generic_external_events": list,
}
"""The read-only members of ``conv`` a request may give, and their value when it does not."""


class Conversation(_Closed):
    """The platform's ``conv``: read-only context, ``state``, actions (recorded as effects),
    ``log``, ``functions``, ``utils`` and ``api``. Build it with ``Conversation.build``."""

    _owner = "conv"
    _kind = "Conversation"

    _data: dict[str, Any]
    _turn: Turn
    _configured_handoffs: bool
    _variant: Mapping[str, Any] | None
    _current_step: str | None

    @classmethod
    def build(cls, data: Mapping[str, Any] | None, turn: Turn | None = None) -> Conversation:
        """The ``conv`` of a request's ``conversation`` object (validated by the caller)."""
        data = dict(data or {})
        conv = cls.__new__(cls)
        turn = turn or Turn()
        context = {
            name: copy.deepcopy(data.get(name, default())) for name, default in _CONTEXT.items()
        }
        context["history"] = [_history_entry(e) for e in context["history"]]
        context["metric_events"] = [
            MetricEvent(e) if isinstance(e, Mapping) else e for e in context["metric_events"]
        ]
        object.__setattr__(conv, "_data", context)
        object.__setattr__(conv, "_turn", turn)
        object.__setattr__(conv, "_configured_handoffs", "handoffs" in data)
        object.__setattr__(conv, "_variant", data.get("variant"))
        object.__setattr__(conv, "_current_step", data.get("current_step"))
        object.__setattr__(conv, "state", State(data.get("state") or {}, turn))
        object.__setattr__(conv, "log", Log())
        object.__setattr__(conv, "utils", Utils(turn))
        object.__setattr__(conv, "api", Api(turn))
        object.__setattr__(conv, "functions", Functions(conv))
        return conv

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _CONTEXT or name in (
            "state",
            "variant",
            "current_step",
            "log",
            "utils",
            "api",
            "functions",
        ):
            raise UnknownMemberError(f"`conv.{name}` is read-only on the platform's Conversation")
        raise _unknown("conv", name, "Conversation")

    def __repr__(self) -> str:
        return f"Conversation(id={self._data['id']!r})"

    @property
    def variant(self) -> Attributes:
        """The current variant's attributes (``conv.variant.site_name``; missing: None)."""
        name = self._data["variant_name"]
        if self._variant is not None and not (name and name in self._data["variants"]):
            return Attributes(self._variant)
        return Attributes(self._data["variants"].get(name) if name else None)

    @property
    def current_step(self) -> str | None:
        """The current step of the current flow (as ``flow.current_step``; None outside one)."""
        return self._current_step

    # ------------------------------------------------------------ actions

    def say(self, utterance: Any) -> None:
        self._turn.effect("say", utterance=str(utterance))

    def goto_flow(self, flow: str) -> None:
        self._turn.effect("goto_flow", flow=str(flow))

    def exit_flow(self) -> None:
        self._turn.effect("exit_flow")

    def set_variant(self, variant: str) -> None:
        self._turn.effect("set_variant", variant=str(variant))
        self._data["variant_name"] = str(variant)

    def set_language(self, language: str) -> None:
        self._turn.effect("set_language", language=str(language))
        self._data["language"] = str(language)

    def set_voice(self, *args: Any, **kwargs: Any) -> None:
        if len(args) == 1 and not kwargs:
            voice: Any = args[0]
        else:
            voice = dict(kwargs)
            if args:
                voice["args"] = list(args)
        self._turn.effects.append({"type": "set_voice", "voice": plain(voice)})

    def call_handoff(
        self,
        destination: str,
        reason: str | None = None,
        utterance: str | None = None,
        sip_headers: Mapping[str, str] | None = None,
        route: str | None = None,
    ) -> None:
        configured = self._data["handoffs"]
        if self._configured_handoffs and destination not in configured:
            known = ", ".join(repr(n) for n in sorted(configured)) or "none"
            raise UnknownHandoffError(
                f"`conv.call_handoff({destination!r})`: not a configured handoff destination "
                f"(the conversation's handoffs: {known})"
            )
        self._turn.effect(
            "call_handoff",
            destination=str(destination),
            reason=reason,
            utterance=utterance,
            sip_headers=None
            if sip_headers is None
            else {str(k): str(v) for k, v in sip_headers.items()},
            route=route,
        )

    def set_asr_biasing(self, keywords: Any = None, *args: Any, **kwargs: Any) -> None:
        self._turn.effect("set_asr_biasing", keywords=[str(k) for k in keywords or []])

    def clear_asr_biasing(self) -> None:
        self._turn.effect("clear_asr_biasing")

    def send_sms(
        self,
        to_number: str | None = None,
        from_number: str | None = None,
        content: str | None = None,
    ) -> None:
        self._turn.effect("send_sms", to=to_number, content=content, **{"from": from_number})

    def send_sms_template(
        self,
        to_number: str | None = None,
        template: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        from_number: str | None = None,
    ) -> None:
        self._turn.effect(
            "send_sms",
            to=to_number,
            template=template,
            parameters=parameters,
            **{"from": from_number},
        )

    send_content_template = send_sms_template

    def write_metric(self, name: str, value: Any = None, write_once: bool = False) -> None:
        if not (value is None or isinstance(value, str | int | float | bool)):
            value = str(value)
        self._turn.effects.append(
            {
                "type": "write_metric",
                "name": str(name),
                "value": plain(value),
                "write_once": bool(write_once),
            }
        )

    def discard_recording(self) -> None:
        self._turn.effect("discard_recording")

    def goto_csat_flow(self) -> None:
        self._turn.effect("goto_csat_flow")

    def generate_external_event(self, send_to_llm: bool | None = None, data: Any = None) -> None:
        self._turn.effect(
            "generate_external_event",
            send_to_llm=None if send_to_llm is None else bool(send_to_llm),
            data=data,
        )

    def add_attachments(self, *attachments: Any) -> None:
        found = (
            list(attachments[0])
            if len(attachments) == 1 and isinstance(attachments[0], list)
            else list(attachments)
        )
        self._turn.effects.append({"type": "add_attachments", "attachments": plain(found)})

    def set_response_suggestions(self, *suggestions: Any) -> None:
        found = (
            list(suggestions[0])
            if len(suggestions) == 1 and isinstance(suggestions[0], list | tuple)
            else list(suggestions)
        )
        self._turn.effects.append(
            {"type": "set_response_suggestions", "suggestions": [str(s) for s in found]}
        )


def _context_property(name: str) -> property:
    def read(self: Conversation) -> Any:
        return self._data[name]

    read.__doc__ = f"``conv.{name}`` (read-only)."
    return property(read)


for _name in _CONTEXT:
    setattr(Conversation, _name, _context_property(_name))


class Flow(_Closed):
    """The platform's ``flow``: ``current_step``, ``goto_step`` and the flow's ``functions``."""

    _owner = "flow"
    _kind = "Flow"

    _name: str
    _conv: Conversation

    @classmethod
    def build(cls, name: str, conv: Conversation) -> Flow:
        """The ``flow`` of flow ``name`` (its folder's name) in conversation ``conv``."""
        flow = cls.__new__(cls)
        object.__setattr__(flow, "_name", name)
        object.__setattr__(flow, "_conv", conv)
        object.__setattr__(flow, "current_step", conv._current_step)
        object.__setattr__(flow, "functions", Functions(conv, flow))
        return flow

    def __setattr__(self, name: str, value: Any) -> None:
        raise _unknown("flow", name, "Flow")

    def __repr__(self) -> str:
        return f"Flow({self._name!r})"

    def goto_step(self, step: str, label: str | None = None) -> None:
        self._conv._turn.effect("goto_step", step=str(step), label=label)
        object.__setattr__(self, "current_step", str(step))
        object.__setattr__(self._conv, "_current_step", str(step))
