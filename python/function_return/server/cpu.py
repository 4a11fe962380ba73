"""CPU-heavy work the server does itself, run in a process of its own at a lower priority.

A thread takes work off the event loop, but not off the interpreter lock: a heavy request
judged in a thread of the server (a large value with thousands of errors, a configuration with
thousands of variants) still slows every other request, because the loop waits for the lock.
``WorkProcess`` runs such work in one separate process instead, niced, so that the server's
own process stays free for the requests that are cheap, and the operating system gives the
heavy work only the CPU nobody else wants.

Only the server's own code runs there (never a function of the served folder), and only plain
data crosses: bytes in, a tuple of bytes, ints and strings out.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from function_return.server.http import MAX_WAITING, ProblemError, busy

T = TypeVar("T")

NICENESS = 10
"""How much lower the work process's priority is than the server's (see ``os.nice``)."""

PARENT_CHECK = 1.0
"""How often the work process checks that the server's process is still its parent, in
seconds."""


def _start_work_process() -> None:
    """Set up the work process: the lowest priority the system allows a process to take for
    itself (Linux's idle scheduling class where there is one: it runs only on CPU time nobody
    else wants; else a higher niceness), and an end with the server's process.

    The pool's queue holds both ends of its pipe in the child, so a child whose server died
    (killed, or gone before it could say stop) would wait for work for ever: a thread watches
    for the parent to change and ends the process then.
    """
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        os.nice(NICENESS)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(0)

    threading.Thread(target=watch, name="function-return-parent-watch", daemon=True).start()


def _ready() -> bool:
    return True


class WorkProcess:
    """One process, started on demand, that runs the server's heavy work, one job at a time.

    At most ``MAX_WAITING`` jobs wait for it; past that a request is answered 503 with
    ``Retry-After``. A process that dies (killed, out of memory) is replaced for the next job;
    the job it was running is answered 500.
    """

    def __init__(self, what: str) -> None:
        self.what = what
        """What the work is, as a 503 problem names it ("check endpoints")."""
        self._executor: ProcessPoolExecutor | None = None
        self._pending = 0

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # A fresh interpreter: forking a server that runs threads is not safe.
            self._executor = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_work_process,
            )
        return self._executor

    def start(self) -> None:
        """Start the process now, so that the first request does not wait for it."""
        self._pool().submit(_ready)

    async def run(self, job: Callable[..., T], *args: object) -> T:
        """Run ``job(*args)`` in the process and return what it returns.

        Raises:
            ProblemError: 503 when too many jobs wait already; 500 when the process ended
                while running the job.
        """
        if self._pending > MAX_WAITING:
            raise busy(self.what)
        self._pending += 1
        try:
            future = self._pool().submit(job, *args)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            self.close()
            raise ProblemError(
                500, "internal-error", f"the process of the {self.what} ended; try again"
            ) from None
        finally:
            self._pending -= 1

    def close(self) -> None:
        """Stop the process: the jobs waiting are dropped, the one running (a check, bounded
        by the request size) ends first; then the process is gone."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
