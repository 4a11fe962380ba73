"""Running functions in worker processes: a pool that replaces a worker that hangs or dies.

A thread cannot be stopped, so a function that hangs would keep its thread (and whatever it
holds) for ever. The server instead runs each call in a worker process of a ``RunnerPool``:
each worker loads the functions folder once, then serves calls one at a time over a pipe
(with ``project=True`` the folder is a project in the platform's layout, ``runtime.project``:
a call carries the request's conversation and fixtures as plain data, and the report adds the
call's effects and state). A call past the time limit gets its worker killed (and replaced
by a new one when next needed); a worker that dies during a call (a crash in a C extension,
``os._exit``, a signal) is answered as a function error, and the server goes on.

The worker checks the return against the contract itself and sends back plain data only, as
JSON text (never a pickle: the server unpickles nothing a function made, so an exception whose
``__reduce__`` would run code in the server is only its type name and traceback text): the
value as JSON text, or the errors, or the exception's type name and traceback text.

A worker killed or dead is replaced at once, in the background, so the next call does not
wait for a process to start (with ``--isolate call``, a fresh worker is ready beside each
call that runs).

Pool states of one call::

    (the server's ``calls`` capacity: a free slot within the time limit, else "busy")
    take an idle worker, or start one in a thread (not counted in the limit)
    send the call, wait for the answer ── past the limit ──▶ kill ─▶ Result("timeout")
                                        ── pipe closed ──▶ reap ─▶ Result("died")
                                        ── answer ──▶ back to idle ─▶ Result("done")
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import multiprocessing
import os
import signal
import threading
import traceback
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import anyio.to_thread

from function_return.core.jsontext import json_text
from function_return.runtime.capture import Outcome
from function_return.runtime.project import Project, load_project, problem_of, run_call
from function_return.server.functions import Conversation, judge_return, load_folder, run

log = logging.getLogger("function_return.server")

ISOLATION = ("none", "call")
"""How much calls are kept apart: ``none`` (workers serve call after call), ``call`` (a fresh
worker for each call)."""

ENV_TOKEN = "FUNCTION_RETURN_TOKEN"
"""The server's bearer token variable: never left in a worker's environment."""

START_TIMEOUT = 60.0
"""How long a new worker may take to load the functions folder, in seconds."""

MAX_REPORT = 64 * 1024 * 1024
"""The largest report a worker may send, in bytes; a larger one ends the worker."""


async def _readable(conn: Connection, timeout: float) -> bool:
    """Wait on the event loop until ``conn`` has something to read (an answer, or the end of
    the pipe); False after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[bool] = loop.create_future()
    descriptor = conn.fileno()

    def wake() -> None:
        if not ready.done():
            ready.set_result(True)

    loop.add_reader(descriptor, wake)
    try:
        await asyncio.wait_for(ready, timeout)
        return True
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(descriptor)


def _send(conn: Connection, message: Any) -> None:
    """Send plain data as JSON text (the only form that crosses the pipe)."""
    conn.send_bytes(json_text(message).encode("utf-8"))


def _receive(conn: Connection) -> Any:
    """Read one message sent by ``_send``: JSON text, parsed; nothing is unpickled.

    Raises:
        OSError: the message is over ``MAX_REPORT`` bytes, or is not JSON text.
        EOFError: the other end closed the pipe.
    """
    data = conn.recv_bytes(MAX_REPORT)
    try:
        return json.loads(data)
    except ValueError as exc:
        raise OSError(f"a worker sent something that is not JSON text: {exc}") from None


@dataclass
class Result:
    """What became of one call.

    Attributes:
        kind: ``done`` (the function returned or raised), ``timeout`` (it ran past the limit
            and its worker was killed), ``busy`` (no worker became free within the limit),
            ``died`` (its worker process ended during the call) or ``broken`` (no worker could
            be started).
        report: for ``done``, what the worker sent back (see ``_call``).
        detail: for ``died`` and ``broken``, what happened.
    """

    kind: str
    report: dict[str, Any] = field(default_factory=dict)
    detail: str = ""


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, folder: str, memory_limit: int | None = None, project: bool = False) -> None:
        # A fresh interpreter: forking a server that runs threads is not safe.
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve,
            args=(folder, child, memory_limit, project),
            name="function-return-runner",
            daemon=True,
        )
        self.process.start()
        child.close()
        if not self.conn.poll(START_TIMEOUT):
            self.kill()
            raise RuntimeError("a worker process did not start in time")
        try:
            ready = _receive(self.conn)
        except (EOFError, OSError):
            self.kill()
            raise RuntimeError(f"a worker process ended while starting ({self.exit()})") from None
        if ready != "ready":
            self.kill()
            raise RuntimeError(f"a worker process could not load the functions: {ready}")

    def exit(self) -> str:
        """Describe how the process ended (after ``kill`` or on its own)."""
        self.process.join(timeout=5)
        code = self.process.exitcode
        if code is None:
            return "still running"
        return f"signal {-code}" if code < 0 else f"exit code {code}"

    def kill(self) -> None:
        """Stop the process and every process it started (its process group), and reap it."""
        pid = self.process.pid
        if pid is not None:
            # The worker leads its own session and process group (``_serve``): whatever a
            # function started (a subprocess, a shell) goes with it.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class RunnerPool:
    """Up to ``size`` worker processes for the functions of ``folder``, started on demand.

    ``call`` is awaited on the event loop; it never raises for what a function does.
    """

    def __init__(
        self,
        folder: Path,
        size: int,
        *,
        memory_limit: int | None = None,
        isolate: str = "none",
        project: bool = False,
    ) -> None:
        if size < 1:
            raise ValueError("a runner pool needs at least one worker")
        if isolate not in ISOLATION:
            raise ValueError(f"isolate must be one of: {', '.join(ISOLATION)}")
        self.folder = str(folder)
        self.size = size
        self.memory_limit = memory_limit
        """The address space of each worker, in bytes (``RLIMIT_AS``); None: no limit."""
        self.isolate = isolate
        """``call``: a worker serves one call, then is replaced; ``none``: it serves many."""
        self.project = project
        """Whether ``folder`` is a project (``runtime.project``) rather than a functions folder."""
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        self.replaced = 0
        """How many workers were killed or died and had to be replaced (for the tests)."""

    async def call(
        self,
        name: str,
        arguments: dict[str, Any],
        conv: Conversation | dict[str, Any] | None,
        timeout: float,
    ) -> Result:
        """``call``, awaited on the event loop: no thread waits for the worker's answer.

        The caller bounds how many calls run at once (the server's ``calls`` capacity, of
        ``size``); only starting a worker, and killing one, happen in a thread.
        """
        worker = self._take_idle()
        if worker is None:
            try:
                worker = await anyio.to_thread.run_sync(self._start)
            except RuntimeError as exc:
                return Result("broken", detail=str(exc))
        report: dict[str, Any] | None = None
        try:
            worker.conn.send((name, arguments, conv))
            if await _readable(worker.conn, timeout):
                report = _receive(worker.conn)
        except (EOFError, OSError):
            return await anyio.to_thread.run_sync(partial(self._settle, worker, None, died=True))
        except BaseException:  # cancelled while the worker runs the call: it cannot be reused
            threading.Thread(target=worker.kill, daemon=True).start()
            self._replace()
            raise
        if report is not None and self.isolate == "none":
            self._give_back(worker)  # the common case, without a thread
            return Result("done", report)
        return await anyio.to_thread.run_sync(self._settle, worker, report)

    def _settle(self, worker: _Worker, report: dict[str, Any] | None, died: bool = False) -> Result:
        """What became of a call, and of its worker (blocks: a worker is killed and reaped
        here). ``report``: the worker's answer, None when it did not answer in time."""
        if died or report is None:
            worker.kill()
            self.replaced += 1
            self._replace()
            return Result("died", detail=worker.exit()) if died else Result("timeout")
        if self.isolate == "call":
            worker.kill()  # nothing one call left behind reaches the next
            self._replace()
        else:
            self._give_back(worker)
        return Result("done", report)

    def _take_idle(self) -> _Worker | None:
        """An idle worker still alive, or None."""
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    return worker
                worker.kill()
                self.replaced += 1
        return None

    def _start(self) -> _Worker:
        """A new worker, started and ready (blocks while the process starts)."""
        return _Worker(self.folder, self.memory_limit, self.project)

    def _replace(self) -> None:
        """Start a worker in the background for one that was killed or died, so that the next
        call finds it ready instead of waiting for a process to start."""

        def start() -> None:
            try:
                worker = self._start()
            except RuntimeError as exc:
                if not self._closed:
                    log.warning("a replacement worker could not start: %s", exc)
                return
            self._give_back(worker)

        threading.Thread(target=start, name="function-return-replace", daemon=True).start()

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self.size:
                self._idle.append(worker)
                return
        worker.kill()

    def workers(self) -> list[int]:
        """The process ids of the idle workers (for the tests)."""
        with self._lock:
            return [w.process.pid for w in self._idle if w.process.pid is not None]

    def close(self) -> None:
        """Stop every idle worker; a call still running stops its own when it ends."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()


# ---------------------------------------------------------------- in the worker process


def _serve(
    folder: str, conn: Connection, memory_limit: int | None = None, project: bool = False
) -> None:
    """The worker's main loop: load the folder, then answer calls until the pipe closes.

    First the worker leads a session (and process group) of its own, so that killing it
    kills what its functions started; limits its address space to ``memory_limit`` bytes;
    and drops the server's token from its environment.
    """
    os.setsid()
    os.environ.pop(ENV_TOKEN, None)
    if memory_limit is not None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    loaded: Project | None = None
    try:
        if project:
            loaded = load_project(Path(folder))
            functions = loaded.functions
        else:
            functions = load_folder(Path(folder))
    except Exception as exc:
        _send(conn, f"{type(exc).__name__}: {exc}")
        return
    _send(conn, "ready")
    while True:
        try:
            name, arguments, conv = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        function = functions.get(name)
        if function is None:  # the folder changed since the server loaded it
            _send(conn, {"logs": [], "runtime": 0.0, "missing": name})
            continue
        if loaded is not None:
            _send(conn, _call_in_project(loaded, function, arguments, conv or {}))
        else:
            _send(conn, _call(function, arguments, conv))


def _call_in_project(
    project: Project, function: Any, arguments: dict[str, Any], request: dict[str, Any]
) -> dict[str, Any]:
    """Run one function of a project; report as ``_call`` does, with ``effects`` and ``state``
    when it returned, and the runtime's ``problem`` (type, status, detail) when it raised one."""
    turn = run_call(
        project, function, arguments, request.get("conversation"), request.get("fixtures")
    )
    report = report_outcome(turn.outcome)
    if "body" in report:
        report["effects"] = turn.effects
        report["state"] = turn.state
    return report


def _call(function: Any, arguments: dict[str, Any], conv: Conversation | None) -> dict[str, Any]:
    """Run one function and report on it in plain data.

    The report has ``logs`` and ``runtime``, and one of: ``body`` (the valid return as JSON
    text), ``invalid`` (its errors as ``[pointer, keyword, message]`` lists), or ``error`` (the
    exception's type name and its traceback as text). Every part is a plain ``str``,
    ``float`` or ``list`` of them: nothing the function made crosses the pipe as an object.
    """
    return report_outcome(run(function, arguments, conv))


def report_outcome(outcome: Outcome) -> dict[str, Any]:
    """The plain-data report of one run (see ``_call``)."""
    report: dict[str, Any] = {"logs": outcome.logs, "runtime": outcome.runtime_ms}
    if outcome.error is not None:
        error = outcome.error
        try:
            trace = "".join(traceback.format_exception(type(error), error, outcome.traceback))
        except Exception:  # a traceback that cannot be formatted still names the type
            trace = "(the traceback could not be formatted)"
        report["error"] = {"type": str.__str__(type(error).__name__), "traceback": trace}
        problem = problem_of(error)
        if problem is not None:  # the runtime's own message: it names a member, not data
            report["error"]["problem"] = {
                "type": problem.problem_type,
                "status": problem.status,
                "detail": str(problem)[:1000],
            }
        return report
    body, invalid = judge_return(outcome.value)
    if body is None:
        report["invalid"] = [list(error) for error in invalid]
        return report
    report["body"] = body
    return report
