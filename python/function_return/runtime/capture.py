"""Running a function while capturing what it prints, logs and warns, per thread.

Standard output and error, the root logger and ``warnings.showwarning`` are wrapped once per
process; in a thread that runs a function (``capture``) they write to that call's buffer,
elsewhere they behave as before.
"""

from __future__ import annotations

import io
import logging
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TextIO

MODULE_PREFIX = "agent_functions"
"""Function files of a folder are imported as ``agent_functions.<name>``; their loggers are
named so. A project's files keep their own names (``functions.<name>``, ``flows.<flow>...``)."""

PROJECT_PACKAGES = ("functions", "flows")
"""The top-level packages of a project in the platform's layout."""


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
            for prefix in (MODULE_PREFIX, *PROJECT_PACKAGES):
                warnings.filterwarnings("always", module=rf"{prefix}\.")
        root = logging.getLogger()
        if not any(isinstance(h, _CapturingHandler) for h in root.handlers):
            root.addHandler(_CapturingHandler(logging.INFO))
            for prefix in (MODULE_PREFIX, *PROJECT_PACKAGES):
                functions_logger = logging.getLogger(prefix)
                if functions_logger.level == logging.NOTSET:
                    functions_logger.setLevel(logging.INFO)


def log_line(text: str) -> bool:
    """Add a line to the logs of the function running in this thread; False when none runs."""
    buffer = getattr(_capture, "buffer", None)
    if buffer is None:
        return False
    buffer.append(f"\n{text}\n")
    return True


def capture(call: Callable[[], Any]) -> Outcome:
    """Call ``call()`` in this thread, capturing what it prints and logs.

    Never raises: an exception it raises is returned in ``Outcome.error``.
    """
    _install_capture()
    buffer = _LogBuffer()
    _capture.buffer = buffer
    error: BaseException | None = None
    trace: TracebackType | None = None
    value: Any = None
    start = time.perf_counter()
    try:
        value = call()
    except BaseException as exc:  # a function's SystemExit must not stop the server either
        error, trace = exc, exc.__traceback__
    finally:
        runtime_ms = (time.perf_counter() - start) * 1000
        _capture.buffer = None
    return Outcome(value, buffer.lines(), round(runtime_ms, 3), error, trace)
