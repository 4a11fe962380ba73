"""uvicorn's HTTP/1.1 protocol with a deadline on reading each request (against slowloris).

uvicorn times out idle keep-alive connections only, and any byte received resets that timer:
a client that opens connections and sends a request's headers (or body) one byte at a time
keeps each one for ever. Here each request must arrive whole (headers and body) within
``READ_TIMEOUT`` seconds of the connection opening or of the previous answer; otherwise the
connection is closed.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

ENV_READ_TIMEOUT = "FUNCTION_RETURN_READ_TIMEOUT"
DEFAULT_READ_TIMEOUT = 10.0
"""Seconds a client has to send one whole request, unless ``--read-timeout`` says otherwise."""


class DeadlineH11Protocol(H11Protocol):
    """``H11Protocol`` that closes a connection whose request is not read in time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.read_timeout = float(os.environ.get(ENV_READ_TIMEOUT) or DEFAULT_READ_TIMEOUT)
        self._deadline: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = self.loop.call_later(self.read_timeout, self._past_deadline)

    def _past_deadline(self) -> None:
        self._deadline = None
        # IDLE: the request line or headers are not all there; SEND_BODY: the body is not.
        if self.conn.their_state in (h11.IDLE, h11.SEND_BODY) and not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request on this connection has its own deadline

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        super().connection_lost(exc)
