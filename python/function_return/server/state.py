"""What the routes serve: the functions, the token, the time limit and the worker processes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from anyio import CapacityLimiter

from function_return.runtime.project import Project
from function_return.server.cpu import WorkProcess
from function_return.server.functions import AgentFunction
from function_return.server.runner import RunnerPool

DEFAULT_TIMEOUT = 10.0
"""How long a function may run, in seconds, unless the server is told otherwise."""

DEFAULT_RUNNERS = 8
"""Worker processes that run functions, per server process (0: threads in the server)."""

CHECK_THREADS = 1
"""Threads that judge check-endpoint requests (``/v1/validate``...), per server process."""

REQUEST_THREADS = 2
"""Threads that read and check execute requests (arguments, conversation), per process."""


def _limiter(size: int) -> CapacityLimiter:
    return CapacityLimiter(size)


@dataclass
class ServerState:
    """What the routes serve: the functions, the token (if any), the time limit, the runners.

    With a ``pool``, each call runs in one of its worker processes (a hung or crashed call
    costs a process, which is replaced); without one, in a thread of the server process.
    Each kind of work has its own bounded capacity (``checks``, ``requests``, ``calls``): a
    flood of one kind cannot take the threads of another, and a request that finds its
    capacity and its queue full is answered 503 with ``Retry-After``.
    """

    functions: dict[str, AgentFunction]
    token: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    extra: dict[str, Any] = field(default_factory=dict)
    pool: RunnerPool | None = None
    allowed_hosts: frozenset[str] | None = None
    """The ``Host`` names served (any port); None: any (see ``http.BrowserGuard``)."""
    project: Project | None = None
    """The project served (``serve --project``), or None for a functions folder."""
    checks: CapacityLimiter = field(default_factory=lambda: _limiter(CHECK_THREADS))
    """The capacity of the check endpoints: CPU work, off the event loop, bounded."""
    work: WorkProcess | None = None
    """Where the check endpoints' work runs when set: a niced process of its own, so that it
    does not hold this process's interpreter lock (else in a thread of ``checks``)."""
    requests: CapacityLimiter = field(default_factory=lambda: _limiter(REQUEST_THREADS))
    """The capacity that reads and checks execute requests before a function runs."""
    calls: CapacityLimiter = field(default_factory=lambda: _limiter(DEFAULT_RUNNERS))
    """The capacity of function calls: one per worker process (or, without a pool, a thread
    each, running the function)."""

    def __post_init__(self) -> None:
        if self.pool is not None:
            self.calls = _limiter(self.pool.size)
