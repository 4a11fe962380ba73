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
import io
import logging
import math
import sys
import threading
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from function_return.core.errors import ReturnValidationError
from function_return.core.jsontext import json_text, loads
from function_return.core.pointer import escape
from function_return.core.validate import validate

TYPE_NAMES: dict[type, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}
"""Python parameter types and their names in the OpenAPI document."""

log = logging.getLogger("function_return.server")

MODULE_PREFIX = "agent_functions"
"""Function files are imported as ``agent_functions.<name>``; their loggers are named so."""


class FunctionLoadError(Exception):
    """A functions folder, or a file in it, that cannot be served."""


@dataclass(frozen=True)
class Parameter:
    """One parameter of a function, as the function list shows it."""

    name: str
    type: str
    required: bool

    def as_dict(self) -> dict[str, Any]:
        """Return the parameter as the OpenAPI ``Parameter`` object."""
        return {"name": self.name, "type": self.type, "required": self.required}


@dataclass(frozen=True)
class AgentFunction:
    """A loaded function: its name, description, parameters and the callable itself."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    wants_conv: bool
    call: Callable[..., Any]

    def as_dict(self) -> dict[str, Any]:
        """Return the function as the OpenAPI ``FunctionInfo`` object."""
        return {
            "name": self.name,
            "description": self.description,
            "parameters": [p.as_dict() for p in self.parameters],
        }


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
    parameters, wants_conv = _parameters(path, function)
    return AgentFunction(
        name=name,
        description=inspect.getdoc(function) or "",
        parameters=parameters,
        wants_conv=wants_conv,
        call=function,
    )


def _parameters(path: Path, function: Callable[..., Any]) -> tuple[tuple[Parameter, ...], bool]:
    try:
        signature = inspect.signature(function, eval_str=True)
    except Exception as exc:
        raise FunctionLoadError(f"{path}: cannot read the signature: {exc}") from exc
    found = list(signature.parameters.values())
    wants_conv = bool(found) and found[0].name == "conv"
    if wants_conv:
        found = found[1:]
    parameters = []
    for parameter in found:
        where = f"{path}: parameter {parameter.name!r}"
        if parameter.kind not in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY):
            raise FunctionLoadError(f"{where}: only named parameters can be passed")
        kind = TYPE_NAMES.get(parameter.annotation)
        if kind is None:
            raise FunctionLoadError(f"{where}: annotate it as str, int, float or bool")
        required = parameter.default is parameter.empty
        parameters.append(Parameter(parameter.name, kind, required))
    return tuple(parameters), wants_conv


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


@dataclass
class Outcome:
    """What one run of a function gave.

    Attributes:
        value: what the function returned (``None`` when it raised).
        logs: each line it printed (to standard output or error), each record it logged and
            each warning it raised, in order.
        runtime_ms: how long it ran, in milliseconds.
        error: the exception it raised, if any, with its traceback.
    """

    value: Any
    logs: list[str]
    runtime_ms: float
    error: BaseException | None = None
    traceback: TracebackType | None = None


LOG_LIMIT = 1024 * 1024
"""The most a function's logs may hold, in characters; what comes after is counted, not kept."""

_capture = threading.local()


class _LogBuffer:
    """What one run prints and logs, kept up to ``LOG_LIMIT`` characters."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.dropped = 0

    def append(self, text: str) -> None:
        room = LOG_LIMIT - self.size
        if room <= 0:
            self.dropped += len(text)
            return
        kept = text[:room]
        self.parts.append(kept)
        self.size += len(kept)
        self.dropped += len(text) - len(kept)

    def lines(self) -> list[str]:
        """The non-blank lines, and a last one saying how much was dropped, if any."""
        found = [line for line in "".join(self.parts).splitlines() if line.strip()]
        if self.dropped:
            found.append(f"[{self.dropped} more characters of output dropped: over {LOG_LIMIT}]")
        return found


class _CapturingStream(io.TextIOBase):
    """Standard output or error that, in a thread running a function, writes to that
    function's logs."""

    def __init__(self, wrapped: TextIO) -> None:
        self.wrapped = wrapped

    def write(self, text: str) -> int:
        buffer = getattr(_capture, "buffer", None)
        if buffer is None:
            return self.wrapped.write(text)
        buffer.append(text)
        return len(text)

    def flush(self) -> None:
        if getattr(_capture, "buffer", None) is None:
            self.wrapped.flush()


class _CapturingHandler(logging.Handler):
    """A logging handler that adds records logged while a function runs to its logs."""

    def emit(self, record: logging.LogRecord) -> None:
        buffer = getattr(_capture, "buffer", None)
        if buffer is not None:
            buffer.append(f"\n{record.levelname}: {record.getMessage()}\n")


_install_lock = threading.Lock()


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """``warnings.showwarning`` that, in a thread running a function, adds to its logs."""
    buffer = getattr(_capture, "buffer", None)
    if buffer is None or file is not None:
        _shown_before(message, category, filename, lineno, file, line)
        return
    buffer.append(f"\n{category.__name__}: {message}\n")


_shown_before = warnings.showwarning


def _install_capture() -> None:
    global _shown_before
    with _install_lock:
        if not isinstance(sys.stdout, _CapturingStream):
            sys.stdout = _CapturingStream(sys.stdout)
        if not isinstance(sys.stderr, _CapturingStream):
            sys.stderr = _CapturingStream(sys.stderr)
        if warnings.showwarning is not _show_warning:
            _shown_before = warnings.showwarning
            warnings.showwarning = _show_warning
            # Each call's warnings, not only the first call's: a function's warnings are
            # logged every time, like what it prints.
            warnings.filterwarnings("always", module=rf"{MODULE_PREFIX}\.")
        root = logging.getLogger()
        if not any(isinstance(h, _CapturingHandler) for h in root.handlers):
            root.addHandler(_CapturingHandler(logging.INFO))
            functions_logger = logging.getLogger(MODULE_PREFIX)
            if functions_logger.level == logging.NOTSET:
                functions_logger.setLevel(logging.INFO)


def run(
    function: AgentFunction, arguments: Mapping[str, Any], conv: Conversation | None
) -> Outcome:
    """Call the function in this thread, capturing what it prints and logs.

    Never raises: an exception the function raises is returned in ``Outcome.error``.
    """
    _install_capture()
    buffer = _LogBuffer()
    _capture.buffer = buffer
    error: BaseException | None = None
    trace: TracebackType | None = None
    value: Any = None
    start = time.perf_counter()
    try:
        if function.wants_conv:
            value = function.call(conv, **arguments)
        else:
            value = function.call(**arguments)
    except BaseException as exc:  # a function's SystemExit must not stop the server either
        error, trace = exc, exc.__traceback__
    finally:
        runtime_ms = (time.perf_counter() - start) * 1000
        _capture.buffer = None
    return Outcome(value, buffer.lines(), round(runtime_ms, 3), error, trace)


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
