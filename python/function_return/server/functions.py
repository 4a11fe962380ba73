"""The functions a server runs: loading a folder of them, checking arguments, running one.

A functions folder holds plain Python files, one function per file, the function named like
the file (``transfer_call.py`` defines ``transfer_call``). Its parameters are typed ``str``,
``int``, ``float`` or ``bool``; a first parameter named ``conv`` receives a ``Conversation``
built from the request. Files whose names start with ``_`` are not functions.
"""

from __future__ import annotations

import copy
import importlib.util
import inspect
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from function_return.core.errors import ReturnValidationError
from function_return.core.jsontext import json_text, loads
from function_return.core.validate import validate
from function_return.runtime.capture import LOG_LIMIT, MODULE_PREFIX, Outcome, capture
from function_return.runtime.functions import (
    TYPE_NAMES,
    AgentFunction,
    ArgumentError,
    Parameter,
    SignatureError,
    check_arguments,
    read_parameters,
)

__all__ = [
    "LOG_LIMIT",
    "MODULE_PREFIX",
    "TYPE_NAMES",
    "AgentFunction",
    "ArgumentError",
    "Conversation",
    "FunctionLoadError",
    "Outcome",
    "Parameter",
    "check_arguments",
    "judge_return",
    "load_file",
    "load_folder",
    "run",
]

log = logging.getLogger("function_return.server")


class FunctionLoadError(Exception):
    """A functions folder, or a file in it, that cannot be served."""


@dataclass
class Conversation:
    """The ``conv`` a function receives: the conversation the call belongs to.

    Attributes:
        id: the conversation's id, when the caller gave one.
        channel: the channel (``VOICE``, ``WEBCHAT``...), when given.
        caller_number: the caller's number, when given.
        callee_number: the number called, when given.
        state: the conversation's state; a copy, so a function may change it freely.
    """

    id: str | None = None
    channel: str | None = None
    caller_number: str | None = None
    callee_number: str | None = None
    state: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_request(cls, data: Mapping[str, Any] | None) -> Conversation:
        """Build the conversation from the request's (already validated) ``conversation``."""
        data = data or {}
        return cls(
            id=data.get("id"),
            channel=data.get("channel"),
            caller_number=data.get("caller_number"),
            callee_number=data.get("callee_number"),
            state=copy.deepcopy(dict(data.get("state") or {})),
        )


def load_folder(folder: Path) -> dict[str, AgentFunction]:
    """Load every function file in ``folder``; return them by name.

    Raises:
        FunctionLoadError: the folder cannot be read, or a file cannot be served (it does not
            import, has no function named like it, or has a parameter of another type).
    """
    if not folder.is_dir():
        raise FunctionLoadError(f"{folder}: not a folder")
    functions = {}
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        function = load_file(path)
        functions[function.name] = function
    return functions


def load_file(path: Path) -> AgentFunction:
    """Load the function of one file (see ``load_folder``)."""
    name = path.stem
    if not name.isidentifier():
        raise FunctionLoadError(f"{path}: {name!r} is not a Python name")
    module_name = f"{MODULE_PREFIX}.{name}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise FunctionLoadError(f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        del sys.modules[module_name]
        reason = f"{type(exc).__name__}: {exc}"
        raise FunctionLoadError(f"{path}: does not import: {reason}") from exc
    function = getattr(module, name, None)
    if not inspect.isfunction(function):
        raise FunctionLoadError(f"{path}: defines no function named {name!r}")
    try:
        parameters, conv_param, _ = read_parameters(function, conv_first_only=True)
    except SignatureError as exc:
        raise FunctionLoadError(f"{path}: {exc}") from exc
    return AgentFunction(
        name=name,
        description=inspect.getdoc(function) or "",
        parameters=parameters,
        wants_conv=conv_param is not None,
        call=function,
        conv_param=conv_param,
    )


def run(
    function: AgentFunction, arguments: Mapping[str, Any], conv: Conversation | None
) -> Outcome:
    """Call the function in this thread, capturing what it prints and logs.

    Never raises: an exception the function raises is returned in ``Outcome.error``.
    """
    if function.wants_conv:
        return capture(lambda: function.call(conv, **arguments))
    return capture(lambda: function.call(**arguments))


def judge_return(value: Any) -> tuple[str | None, list[tuple[str, str, str]]]:
    """The JSON text to send for a function's return, or the errors that forbid sending it.

    The verdict is on exactly the text sent: the value is judged, written as JSON text, and
    that text is read back and judged again, so a container or string that lies about its
    content (a ``dict`` subclass whose iteration hides a key, a ``str`` whose ``__eq__``
    claims to be another string) cannot get an invalid body past the check.

    Returns:
        ``(text, [])`` when the value is valid, else ``(None, [(pointer, keyword, message),
        ...])``.
    """
    try:
        validate(value)
        text = json_text(value)
        validate(loads(text))
    except ReturnValidationError as exc:
        return None, [(e.path, e.keyword, e.message) for e in exc.errors]
    except (ValueError, TypeError, RecursionError) as exc:  # cannot be written as JSON
        log.error("a return could not be written as JSON: %s: %s", type(exc).__name__, exc)
        return None, [("", "json", "cannot be written as JSON text")]
    return text, []
