"""CPU work stays off the event loop, in bounded capacities, and every answer has a bounded size.

A small unauthenticated request once froze every client: a lint ``config`` of 10,000 mixed
strings and numbers under ``uniqueItems`` was checked pairwise, on the event loop (5.6 s). Now
every check is linear, request checks run in threads of their own capacity, and an answer
lists at most the first 100 errors, saying how many there were.
"""

from __future__ import annotations

import json
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import free_port, running
from starlette.testclient import TestClient

from conftest import ROOT
from function_return.server.app import app_for_folder

FUNCTIONS = ROOT / "tests" / "fault_functions"
BASE = "/v1/agents/agent-1/branches/main/functions"
MIXED = {"value": None, "config": {"variants": ["a", *range(10_000)]}}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(app_for_folder(FUNCTIONS, timeout=3, runners=1)) as test_client:
        yield test_client


def _post(url: str, document: Any) -> tuple[int, bytes]:
    request = urllib.request.Request(
        url, data=json.dumps(document).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_healthz_answers_within_100_ms_while_heavy_check_requests_run() -> None:
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("function-return")),
        "serve",
        "--functions",
        str(FUNCTIONS),
        "--port",
        str(port),
        "--runners",
        "1",
        "--log-level",
        "critical",
    ]
    with running(command, port) as url:
        statuses: list[int] = []

        def heavy() -> None:
            for _ in range(2):
                statuses.append(_post(f"{url}/v1/lint", MIXED)[0])

        threads = [threading.Thread(target=heavy) for _ in range(3)]
        for thread in threads:
            thread.start()
        waits: list[float] = []
        while any(thread.is_alive() for thread in threads):
            start = time.perf_counter()
            with urllib.request.urlopen(f"{url}/healthz", timeout=20) as response:
                assert response.status == 200
            waits.append(time.perf_counter() - start)
            time.sleep(0.02)
        for thread in threads:
            thread.join()
        assert statuses == [422] * 6  # the numbers are not strings
        assert waits and max(waits) < 0.1, sorted(waits)[-5:]


def test_unique_items_is_checked_linearly_with_json_schema_equality() -> None:
    from function_return.core.linear import has_duplicates

    assert has_duplicates([1, 1.0]) and has_duplicates([{"a": [1]}, {"a": [1.0]}])
    assert not has_duplicates([1, True, "1", None, [1], {"1": 1}])
    assert not has_duplicates(["a", *range(100_000)])  # hashing: a fraction of a second


def test_80_000_bad_arguments_get_the_first_100_errors(client: TestClient) -> None:
    args = {f"u{i}": 0 for i in range(80_000)}
    response = client.post(f"{BASE}/quick/execute", json={"args": args})
    assert response.status_code == 422
    assert len(response.content) < 64 * 1024
    document = response.json()
    assert len(document["errors"]) == 100
    assert document["detail"].startswith("the first 100 of 80000: ")


def test_a_request_check_with_many_errors_lists_the_first_100(client: TestClient) -> None:
    response = client.post("/v1/lint", json=MIXED)
    assert response.status_code == 422
    document = response.json()
    assert len(document["errors"]) == 100
    assert "(the first 100 of 10000)" in document["detail"]


def test_a_value_with_many_errors_lists_the_first_100_and_the_total(client: TestClient) -> None:
    value = {f"unknown{i}": i for i in range(500)}
    for path in ("/v1/validate", "/v1/explain"):
        document = client.post(path, json={"value": value}).json()
        assert document["valid"] is False
        assert len(document["errors"]) == 100
        assert document["total"] == 500
    findings = client.post("/v1/lint", json={"value": value}).json()
    assert len(findings["findings"]) <= 100


@pytest.mark.parametrize(
    ("capacity", "path", "body"),
    [
        ("checks", "/v1/validate", {"value": None}),
        ("work", "/v1/validate", {"value": None}),
        # Past INLINE_BODY bytes an execute request is checked in a thread of ``requests``.
        ("requests", f"{BASE}/quick/execute", {"args": {}, "conversation": {"id": "c" * 3000}}),
        ("calls", f"{BASE}/quick/execute", {"args": {}}),
    ],
)
def test_a_full_capacity_with_a_full_queue_is_503_with_retry_after(
    client: TestClient, capacity: str, path: str, body: Any
) -> None:
    from function_return.server.http import MAX_WAITING

    state = client.app.state.server  # type: ignore[attr-defined]
    work = state.work
    if capacity == "work":  # the check endpoints' own process, with its queue full
        work._pending = MAX_WAITING + 1
        try:
            response = client.post(path, json=body)
        finally:
            work._pending = 0
    else:  # a capacity of threads (the check endpoints' when there is no such process)
        stats = type("Stats", (), {"tasks_waiting": MAX_WAITING})()
        original = getattr(state, capacity)
        setattr(state, capacity, type("Full", (), {"statistics": lambda self: stats})())
        state.work = None if capacity == "checks" else work
        try:
            response = client.post(path, json=body)
        finally:
            setattr(state, capacity, original)
            state.work = work
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    assert response.json()["type"].endswith("/busy")
    assert client.post(path, json=body).status_code == 200  # the queue has room again


def test_a_small_execute_request_is_checked_without_waiting_for_a_thread(
    client: TestClient,
) -> None:
    from function_return.server.app import INLINE_BODY
    from function_return.server.http import MAX_WAITING

    state = client.app.state.server  # type: ignore[attr-defined]
    stats = type("Stats", (), {"tasks_waiting": MAX_WAITING})()
    original = state.requests
    state.requests = type("Full", (), {"statistics": lambda self: stats})()
    try:
        small = client.post(f"{BASE}/quick/execute", json={"args": {}})
        large = {"args": {}, "conversation": {"id": "c" * INLINE_BODY}}
        assert client.post(f"{BASE}/quick/execute", json=large).status_code == 503
    finally:
        state.requests = original
    assert small.status_code == 200
