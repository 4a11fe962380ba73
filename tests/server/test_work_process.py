"""Heavy work out of the server's process: the check endpoints' process and worker replacement.

A check request judged in a thread of the server still holds the interpreter lock, and a
call that took a killed worker's place once waited for a new process to start: both slowed
the other clients (``make load`` measures it with hostile clients).
"""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from conftest import ROOT
from function_return.server.cpu import WorkProcess
from function_return.server.http import ProblemError
from function_return.server.runner import RunnerPool

FUNCTIONS = ROOT / "tests" / "fault_functions"


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
        assert pool.call("sleeps", {"seconds": 30}, None, 1.0).kind == "timeout"
        deadline = time.monotonic() + 60
        while not pool.workers() and time.monotonic() < deadline:
            time.sleep(0.05)
        (ready,) = pool.workers()  # started in the background, not by the next call
        result = pool.call("whoami", {}, None, 10.0)
        assert result.kind == "done"
        assert f"runner {ready}" in result.report["body"]
    finally:
        pool.close()


def test_with_isolation_per_call_a_fresh_worker_waits_beside_the_call() -> None:
    pool = RunnerPool(FUNCTIONS, 1, isolate="call")
    try:
        first = pool.call("whoami", {}, None, 30.0)
        deadline = time.monotonic() + 60
        while not pool.workers() and time.monotonic() < deadline:
            time.sleep(0.05)
        (ready,) = pool.workers()
        second = pool.call("whoami", {}, None, 30.0)
        assert f"runner {ready}" in second.report["body"]
        assert first.report["body"] != second.report["body"]  # never the same process twice
    finally:
        pool.close()
