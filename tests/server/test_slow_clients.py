"""Slowloris: clients that hold connections with a request never finished cannot starve others.

Each request must arrive whole within ``--read-timeout``; past ``--limit-concurrency``
connections new requests get 503 at once rather than waiting; the held connections are closed
at their deadline and the server serves everyone again.
"""

from __future__ import annotations

import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import free_port, running

from conftest import ROOT

FUNCTIONS = ROOT / "tests" / "fault_functions"
QUICK = "/v1/agents/agent-1/branches/main/functions/quick/execute"
BODY = b'{"args": {"name": "x"}}'
REQUEST = (
    f"POST {QUICK} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    f"Content-Length: {len(BODY)}\r\nConnection: close\r\n\r\n"
).encode() + BODY
READ_TIMEOUT = 2.0
LIMIT = 20


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    chosen = free_port()
    command = [
        str(Path(sys.executable).with_name("function-return")),
        "serve",
        "--functions",
        str(FUNCTIONS),
        "--port",
        str(chosen),
        "--runners",
        "1",
        "--read-timeout",
        str(READ_TIMEOUT),
        "--limit-concurrency",
        str(LIMIT),
        "--log-level",
        "critical",
    ]
    with running(command, chosen):
        yield chosen


def _ask(port: int) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(REQUEST)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1])


def _hold(port: int, count: int, *, trickle: bool = False) -> list[socket.socket]:
    """Open ``count`` connections, each with part of a request's headers."""
    held = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        sock.sendall(REQUEST[:30] if not trickle else REQUEST[:5])
        held.append(sock)
    return held


def test_a_connection_that_never_finishes_its_headers_is_closed_at_the_deadline(
    port: int,
) -> None:
    held = _hold(port, 5, trickle=True)
    start = time.monotonic()
    try:
        # Trickle a byte now and then: that must not extend the deadline.
        for index in range(4):
            time.sleep(0.4)
            for sock in held:
                sock.sendall(REQUEST[5 + index : 6 + index])
        for sock in held:
            sock.settimeout(READ_TIMEOUT + 5)
            assert sock.recv(65536) == b""  # closed by the server, nothing answered
        assert time.monotonic() - start < READ_TIMEOUT + 3
    finally:
        for sock in held:
            sock.close()


def test_held_partial_headers_do_not_stop_the_server_serving_others(port: int) -> None:
    held = _hold(port, LIMIT // 2)
    try:
        assert [_ask(port) for _ in range(5)] == [200] * 5
    finally:
        for sock in held:
            sock.close()


def test_past_the_concurrency_limit_new_requests_get_503_then_service_resumes(port: int) -> None:
    held = _hold(port, LIMIT + 5)
    try:
        assert _ask(port) == 503  # at once, not after a wait
        time.sleep(READ_TIMEOUT + 1)  # the held connections are closed at their deadline
        assert [_ask(port) for _ in range(3)] == [200] * 3
    finally:
        for sock in held:
            sock.close()
