"""Heavy work out of the server's process: the check endpoints' process and worker replacement.

A check request judged in a thread of the server still holds the interpreter lock, and a
call that took a killed worker's place once waited for a new process to start: both slowed
the other clients (``make load`` measures it with hostile clients).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from servers import free_port, serve_command

from conftest import ROOT
from function_return.server.cpu import WorkProcess
from function_return.server.http import ProblemError
from function_return.server.runner import RunnerPool

FUNCTIONS = ROOT / "tests" / "fault_functions"
BASE = "/v1/agents/agent-1/branches/main/functions"


def _post(port: int, path: str, document: Any) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=json.dumps(document).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_the_check_work_runs_in_another_process_at_the_idle_priority() -> None:
    work = WorkProcess("check endpoints")
    try:
        pid = asyncio.run(work.run(os.getpid))
        assert pid != os.getpid()
        assert os.sched_getscheduler(pid) == os.SCHED_IDLE
    finally:
        work.close()


def test_a_work_process_that_dies_is_answered_500_and_replaced() -> None:
    work = WorkProcess("check endpoints")
    try:
        first = asyncio.run(work.run(os.getpid))
        with pytest.raises(ProblemError) as caught:
            asyncio.run(work.run(os._exit, 1))
        assert (caught.value.status, caught.value.kind) == (500, "internal-error")
        assert "check endpoints" in caught.value.detail
        second = asyncio.run(work.run(os.getpid))
        assert second not in (first, os.getpid())
    finally:
        work.close()


def test_a_worker_killed_at_the_time_limit_is_replaced_before_the_next_call() -> None:
    pool = RunnerPool(FUNCTIONS, 1)
    try:
        assert asyncio.run(pool.call("sleeps", {"seconds": 30}, None, 1.0)).kind == "timeout"
        deadline = time.monotonic() + 60
        while not pool.workers() and time.monotonic() < deadline:
            time.sleep(0.05)
        (ready,) = pool.workers()  # started in the background, not by the next call
        result = asyncio.run(pool.call("whoami", {}, None, 10.0))
        assert result.kind == "done"
        assert f"runner {ready}" in result.report["body"]
    finally:
        pool.close()


def test_with_isolation_per_call_a_fresh_worker_waits_beside_the_call() -> None:
    pool = RunnerPool(FUNCTIONS, 1, isolate="call")
    try:
        first = asyncio.run(pool.call("whoami", {}, None, 30.0))
        deadline = time.monotonic() + 60
        while not pool.workers() and time.monotonic() < deadline:
            time.sleep(0.05)
        (ready,) = pool.workers()
        second = asyncio.run(pool.call("whoami", {}, None, 30.0))
        assert f"runner {ready}" in second.report["body"]
        assert first.report["body"] != second.report["body"]  # never the same process twice
    finally:
        pool.close()


def _children(pid: int) -> set[int]:
    found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return {int(line) for line in found.stdout.split()}


def _gone(pids: set[int], within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() for pid in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["stopped", "killed"])
def test_no_process_of_the_server_outlives_it(stop: signal.Signals) -> None:
    port = free_port()
    server = subprocess.Popen(serve_command(port, "--runners", "1", "--log-level", "critical"))
    try:
        deadline = time.monotonic() + 60
        while True:  # a check request starts the work process, an execute request a worker
            try:
                _post(port, "/v1/validate", {"value": {"hangup": "yes"}})
                _post(port, f"{BASE}/say_goodbye/execute", {"args": {}})
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.2)
        descendants = _children(server.pid)
        descendants |= {pid for child in set(descendants) for pid in _children(child)}
        assert len(descendants) >= 2  # the work process and a worker, at least
    finally:
        server.send_signal(stop)
        server.wait(timeout=30)
    assert _gone(descendants, within=10), sorted(
        p for p in descendants if Path(f"/proc/{p}").exists()
    )
