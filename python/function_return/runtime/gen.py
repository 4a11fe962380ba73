"""The names the platform's generated header gives a function file: ``from _gen import *``.

``Conversation`` and ``Flow`` (the types of ``conv`` and ``flow``) and three decorators that
record what the platform shows the LLM and how it paces the answer, returning the function
unchanged. A project is loaded with these names in every file's globals, so recorded code
without the header (which uses them as if they were builtins) runs too; and ``import _gen``
finds them when the project brings no ``_gen`` of its own (``install``).
"""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Callable
from typing import Any, TypeVar

from function_return.runtime.conversation import Conversation, Flow

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
) -> Callable[[F], F]:
    """Record how the platform fills the wait while the function runs; returned unchanged."""
    settings = {
        "delay_before_responses_start": delay_before_responses_start,
        "silence_after_each_response": silence_after_each_response,
        "delay_responses": list(delay_responses or []),
    }

    def decorate(function: F) -> F:
        setattr(function, LATENCY, settings)
        return function

    return decorate


NAMES: dict[str, Any] = {
    "Conversation": Conversation,
    "Flow": Flow,
    "func_description": func_description,
    "func_parameter": func_parameter,
    "func_latency_control": func_latency_control,
}
"""What ``from _gen import *`` gives, and what every file of a project sees as a global."""


def install() -> None:
    """Make ``import _gen`` give ``NAMES``, unless a ``_gen`` module can be imported already."""
    if "_gen" in sys.modules:
        return
    try:
        found = importlib.util.find_spec("_gen")
    except (ImportError, ValueError):
        found = None
    if found is not None:
        return
    module = types.ModuleType("_gen", "The platform's names for function files (the runtime's).")
    module.__dict__.update(NAMES)
    module.__all__ = list(NAMES)  # type: ignore[attr-defined]
    sys.modules["_gen"] = module
