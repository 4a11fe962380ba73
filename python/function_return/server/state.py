"""What the routes serve: the functions, the token, the time limit and the worker processes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from function_return.server.functions import AgentFunction
from function_return.server.runner import RunnerPool

DEFAULT_TIMEOUT = 10.0
"""How long a function may run, in seconds, unless the server is told otherwise."""

DEFAULT_RUNNERS = 8
"""Worker processes that run functions, per server process (0: threads in the server)."""


@dataclass
class ServerState:
    """What the routes serve: the functions, the token (if any), the time limit, the runners.

    With a ``pool``, each call runs in one of its worker processes (a hung or crashed call
    costs a process, which is replaced); without one, in a thread of the server process.
    """

    functions: dict[str, AgentFunction]
    token: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    extra: dict[str, Any] = field(default_factory=dict)
    pool: RunnerPool | None = None
