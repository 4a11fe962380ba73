"""The names the platform's generated header gives a function file: ``from _gen import *``.

``Conversation`` and ``Flow`` (the types of ``conv`` and ``flow``), three decorators that
record what the platform shows the LLM and how it paces the answer, returning the function
unchanged, the voices a function may pass to ``conv.set_voice`` (``ElevenLabsVoice``...), the
history entries (``UserInput``, ``AgentResponse``), ``MetricEvent`` and the exceptions the
platform's header names (``SecretNotFound``...). A project is loaded with these names in every
file's globals, so recorded code without the header (which uses them as if they were
builtins) runs too; and ``import _gen`` always finds them (``install``), even when the
project has a ``_gen/`` folder of its own.

``install`` also provides ``plog``, the platform's logging module that function files import
(``import plog``; ``plog.info(...)``, ``plog.warn(...)``, ``plog.exception(...)``,
``@plog.tmp_bind(key=value)``): its lines go to the function's log, like ``conv.log``'s.
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys
import types
from collections.abc import Callable
from typing import Any, TypeVar

from function_return.runtime.conversation import (
    AgentResponse,
    Conversation,
    Flow,
    Log,
    MetricEvent,
    UserInput,
)

F = TypeVar("F", bound=Callable[..., Any])

DESCRIPTION = "_func_description"
PARAMETERS = "_func_parameters"
LATENCY = "_func_latency_control"


def func_description(description: str) -> Callable[[F], F]:
    """Record what the function does (shown to the LLM); the function is returned unchanged."""

    def decorate(function: F) -> F:
        setattr(function, DESCRIPTION, str(description))
        return function

    return decorate


def func_parameter(name: str, description: str) -> Callable[[F], F]:
    """Record what one parameter means (shown to the LLM); the function is returned unchanged."""

    def decorate(function: F) -> F:
        found = dict(getattr(function, PARAMETERS, {}))
        found[str(name)] = str(description)
        setattr(function, PARAMETERS, found)
        return function

    return decorate


def func_latency_control(
    delay_before_responses_start: float | None = None,
    silence_after_each_response: float | None = None,
    delay_responses: list[tuple[str, float]] | None = None,
    randomize: bool = False,
) -> Callable[[F], F]:
    """Record how the platform fills the wait while the function runs; returned unchanged.
    ``randomize``: the platform plays ``delay_responses`` in a new order on each call."""
    settings = {
        "delay_before_responses_start": delay_before_responses_start,
        "silence_after_each_response": silence_after_each_response,
        "delay_responses": list(delay_responses or []),
        "randomize": bool(randomize),
    }

    def decorate(function: F) -> F:
        setattr(function, LATENCY, settings)
        return function

    return decorate


class TTSVoice(dict):  # type: ignore[type-arg]
    """A voice for ``conv.set_voice``: its settings as given (``provider_voice_id``,
    ``model_id``, ``stability``...), recorded in the ``set_voice`` effect with the class's
    ``provider``. The header gives one class per provider (``ElevenLabsVoice``...)."""

    provider = "tts"

    def __init__(self, provider_voice_id: str | None = None, **settings: Any) -> None:
        super().__init__(provider=self.provider, provider_voice_id=provider_voice_id, **settings)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.get(name)


def _voice(name: str, provider: str) -> type[TTSVoice]:
    return type(name, (TTSVoice,), {"provider": provider, "__doc__": f"A {provider} voice."})


ElevenLabsVoice = _voice("ElevenLabsVoice", "elevenlabs")
VOICES = {
    voice.__name__: voice
    for voice in (
        ElevenLabsVoice,
        _voice("CartesiaVoice", "cartesia"),
        _voice("RimeVoice", "rime"),
        _voice("PlayHTVoice", "playht"),
        _voice("MinimaxVoice", "minimax"),
        _voice("HumeVoice", "hume"),
        _voice("GoogleVoice", "google"),
        _voice("CustomVoice", "custom"),
    )
}

ERRORS = {
    name: type(name, (Exception,), {"__doc__": doc})
    for name, doc in (
        ("SecretNotFound", "No secret of that name."),
        ("MissingAccess", "The agent may not read that secret."),
        ("InvalidInput", "An invalid request for a secret."),
        ("MissingHandoff", "No handoff destination of that name."),
        ("MissingTemplate", "No SMS template of that name."),
        ("SMSIntegrationNotFound", "No SMS integration is configured."),
        ("SMSMissingAssistantAccess", "The agent may not use the SMS integration."),
        ("SMSClientFailure", "The SMS provider refused the message."),
        ("ExtractionError", "A value could not be extracted."),
    )
}
"""The exceptions the header names, so that ``except SecretNotFound:`` and the like resolve."""


NAMES: dict[str, Any] = {
    "Conversation": Conversation,
    "Flow": Flow,
    "func_description": func_description,
    "func_parameter": func_parameter,
    "func_latency_control": func_latency_control,
    "TTSVoice": TTSVoice,
    **VOICES,
    **ERRORS,
    "UserInput": UserInput,
    "AgentResponse": AgentResponse,
    "MetricEvent": MetricEvent,
}
"""What ``from _gen import *`` gives, and what every file of a project sees as a global."""


class _TmpBind(contextlib.ContextDecorator):
    """``plog.tmp_bind(**fields)``: fields added to the log lines written inside it (a
    ``with`` block or a decorated function). The runtime's log lines keep the message only,
    so the fields are accepted and not written."""

    def __init__(self, **fields: Any) -> None:
        self.fields = fields

    def __enter__(self) -> _TmpBind:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _plog() -> types.ModuleType:
    """The platform's ``plog`` module: each function writes one line of the function's log;
    ``tmp_bind`` binds fields for a block or a function."""
    module = types.ModuleType("plog", "The platform's log for function files (the runtime's).")
    lines = Log()
    for name in ("debug", "info", "warning", "warn", "error", "exception", "critical"):
        setattr(module, name, getattr(lines, name))
    module.tmp_bind = _TmpBind  # type: ignore[attr-defined]
    return module


def _importable(name: str) -> bool:
    if name in sys.modules:
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def install() -> None:
    """Make ``import _gen`` (and ``_gen.decorators``) give ``NAMES``, and ``import plog`` the
    function's log unless a ``plog`` module can be imported already.

    ``_gen`` is always the runtime's, as on the platform: a project's own ``_gen/`` folder
    (the platform's tools write type stubs there, whose sibling modules may be missing) is
    not what its functions run with."""
    module = sys.modules.get("_gen")
    if (
        module is None
        or getattr(module, "__file__", None) is not None
        or not hasattr(module, "func_description")
    ):
        module = types.ModuleType("_gen", "The platform's names for function files (runtime's).")
        module.__dict__.update(NAMES)
        module.__all__ = list(NAMES)  # type: ignore[attr-defined]
        module.__path__ = []
        decorators = types.ModuleType("_gen.decorators", "The decorators of function files.")
        for name in ("func_description", "func_parameter", "func_latency_control"):
            setattr(decorators, name, NAMES[name])
        decorators.__all__ = ["func_parameter", "func_description", "func_latency_control"]  # type: ignore[attr-defined]
        for name in [n for n in sys.modules if n == "_gen" or n.startswith("_gen.")]:
            del sys.modules[name]
        sys.modules["_gen"] = module
        sys.modules["_gen.decorators"] = decorators
        module.decorators = decorators  # type: ignore[attr-defined]
    if not _importable("plog"):
        sys.modules["plog"] = _plog()
