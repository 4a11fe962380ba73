"""Functions that misbehave: each gets its documented status, and the server keeps serving.

The functions are in ``tests/fault_functions/``. They run in worker processes (the server's
default): a function past the time limit has its process killed, one that ends its process
is answered 500, and the next call is served by a fresh worker. Over HTTP, a server process
(``--workers 2``) killed in the middle of a request is replaced, and the others go on.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import free_port, running
from starlette.testclient import TestClient

import function_return
from conftest import ROOT
from function_return.server.app import app_for_folder
from function_return.server.functions import LOG_LIMIT

FAULTS = ROOT / "tests" / "fault_functions"
BASE = "/v1/agents/agent-1/branches/main/functions"
TIMEOUT = 3.0
"""Long enough for a fresh worker process to start on a loaded 2-core machine."""


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = app_for_folder(FAULTS, timeout=TIMEOUT, runners=2)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _call(client: TestClient, name: str, args: dict[str, Any] | None = None) -> Any:
    return client.post(f"{BASE}/{name}/execute", json={"args": args or {}})


def _problem(response: Any, status: int, kind: str) -> dict[str, Any]:
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"] == "application/problem+json"
    document: dict[str, Any] = response.json()
    assert document["type"] == f"https://function-return-contract.dev/problems/{kind}"
    return document


def _still_serving(client: TestClient) -> None:
    response = _call(client, "quick", {"name": "again"})
    assert response.status_code == 200
    assert response.json()["body"] == {"utterance": "Hello again!"}


def response_text(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False)


def _leaks_nothing(text: str) -> None:
    for secret in ("Traceback", "s3cr3t", "/srv/", ".py", str(ROOT), 'File "'):
        assert secret not in text, secret


def test_a_function_that_raises_is_500_naming_only_the_exception_type(client: TestClient) -> None:
    response = _call(client, "raises")
    document = _problem(response, 500, "function-error")
    assert document["detail"] == 'function "raises" raised ValueError'
    _leaks_nothing(response.text)
    _still_serving(client)


def test_a_function_that_hangs_is_504_and_its_process_is_killed(
    client: TestClient, tmp_path: Path
) -> None:
    pid_file = tmp_path / "pid"
    pool = client.app.state.server.pool  # type: ignore[attr-defined]
    replaced = pool.replaced
    response = _call(client, "hangs", {"pid_file": str(pid_file)})
    document = _problem(response, 504, "timeout")
    assert document["detail"] == 'function "hangs" ran past the 3 s limit'
    pid = int(pid_file.read_text(encoding="utf-8"))
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped: no such process any more
    assert pool.replaced == replaced + 1
    _still_serving(client)


def test_an_invalid_return_is_500_listing_each_pointer_and_never_a_body(
    client: TestClient,
) -> None:
    document = _problem(_call(client, "returns_invalid"), 500, "invalid-return")
    assert document["errors"] == [
        {"pointer": "/hangup", "keyword": "type", "detail": "expected a boolean"},
        {
            "pointer": "/listen/channel",
            "keyword": "enum",
            "detail": 'expected one of "SPEECH", "DTMF", "SPEECH_AND_DTMF"',
        },
    ]
    assert '"yes"' not in response_text(document) and '"speech"' not in response_text(document)
    assert "body" not in document
    _still_serving(client)


def test_a_return_without_a_json_form_is_500_at_its_pointer(client: TestClient) -> None:
    document = _problem(_call(client, "returns_no_json"), 500, "invalid-return")
    assert document["errors"] == [
        {"pointer": "/utterance", "keyword": "json", "detail": "expected a JSON value"}
    ]
    _still_serving(client)


def test_megabytes_of_output_are_cut_at_the_limit_and_the_body_is_valid(
    client: TestClient,
) -> None:
    response = _call(client, "chatty", {"megabytes": 5})
    assert response.status_code == 200
    document = response.json()
    function_return.validate(document["body"])
    assert document["body"] == {"utterance": "printed a lot"}
    logs = document["logs"]
    assert sum(len(line) + 1 for line in logs[:-1]) == LOG_LIMIT
    dropped = 5 * 1024 * 1024 + len("\nWARNING: done printing\n") - LOG_LIMIT
    assert logs[-1] == f"[{dropped} more characters of output dropped: over {LOG_LIMIT}]"
    _still_serving(client)


def test_unbounded_recursion_is_500_recursion_error(client: TestClient) -> None:
    document = _problem(_call(client, "recurses"), 500, "function-error")
    assert document["detail"] == 'function "recurses" raised RecursionError'
    _still_serving(client)


@pytest.mark.parametrize("how", ["kill", "exit", "segfault"])
def test_a_function_that_ends_its_process_is_500_and_a_new_worker_serves_on(
    client: TestClient, how: str
) -> None:
    document = _problem(_call(client, "crashes", {"how": how}), 500, "function-error")
    assert document["detail"] == 'function "crashes" stopped its worker process'
    _still_serving(client)


def test_sys_exit_is_500_system_exit(client: TestClient) -> None:
    document = _problem(_call(client, "exits"), 500, "function-error")
    assert document["detail"] == 'function "exits" raised SystemExit'
    _still_serving(client)


def test_no_worker_free_within_the_limit_is_503_with_retry_after_then_the_pool_recovers(
    client: TestClient,
) -> None:
    """The function never ran: a 503 to retry, not a 504 that says it ran too long."""
    state = client.app.state.server  # type: ignore[attr-defined]
    assert state.calls.total_tokens == state.pool.size  # one call per worker process
    holders = [object() for _ in range(state.pool.size)]  # as long-running calls
    portal = client.portal  # type: ignore[attr-defined]
    for holder in holders:
        portal.call(state.calls.acquire_on_behalf_of, holder)
    try:
        assert state.calls.available_tokens == 0
        response = _call(client, "quick")
        document = _problem(response, 503, "busy")
    finally:
        for holder in holders:
            portal.call(state.calls.release_on_behalf_of, holder)
    assert document["detail"] == "the server is busy (function calls); try again shortly"
    assert response.headers["retry-after"] == "1"
    _still_serving(client)


def test_a_flood_of_check_requests_does_not_take_the_function_calls_capacity(
    client: TestClient,
) -> None:
    """Each kind of work has its own capacity: the check endpoints' threads all taken (as by
    a flood), function calls are still served."""
    state = client.app.state.server  # type: ignore[attr-defined]
    holders = [object() for _ in range(int(state.checks.total_tokens))]
    portal = client.portal  # type: ignore[attr-defined]
    for holder in holders:
        portal.call(state.checks.acquire_on_behalf_of, holder)
    try:
        assert state.checks.available_tokens == 0
        _still_serving(client)
    finally:
        for holder in holders:
            portal.call(_release, state.checks, holder)


def test_calls_beyond_the_runners_wait_for_a_free_one_and_are_all_answered(
    client: TestClient,
) -> None:
    statuses: list[int] = []

    def call() -> None:
        response = _call(client, "sleeps", {"seconds": 0.1})
        statuses.append(response.status_code)

    threads = [threading.Thread(target=call) for _ in range(6)]  # three times the runners
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 6


async def _release(limiter: Any, holder: object) -> None:
    limiter.release_on_behalf_of(holder)


# ---------------------------------------------------------------- a server process killed


def _get(url: str, body: dict[str, Any], timeout: float = 10) -> tuple[int, Any]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_a_server_process_killed_mid_request_does_not_take_the_server_down() -> None:
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("function-return")),
        "serve",
        "--functions",
        str(FAULTS),
        "--port",
        str(port),
        "--workers",
        "2",
        "--runners",
        "2",
        "--log-level",
        "warning",
    ]
    with running(command, port) as url:
        who = f"{url}{BASE}/whoami/execute"
        servers = {_get(who, {"args": {}})[1]["body"]["content"].split()[1] for _ in range(20)}
        victim = int(sorted(servers)[0])
        outcomes: list[Any] = []

        def slow() -> None:
            try:
                outcomes.append(_get(f"{url}{BASE}/sleeps/execute", {"args": {"seconds": 1}})[0])
            except (urllib.error.URLError, ConnectionError, OSError) as exc:
                outcomes.append(type(exc).__name__)

        threads = [threading.Thread(target=slow) for _ in range(6)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        os.kill(victim, signal.SIGKILL)
        for thread in threads:
            thread.join()
        # Requests on the killed process lose their connection; the others are answered.
        assert len(outcomes) == 6
        assert all(o == 200 or isinstance(o, str) for o in outcomes), outcomes
        after = [_get(who, {"args": {}}) for _ in range(20)]
        assert all(status == 200 for status, _ in after)
        assert str(victim) not in {body["body"]["content"].split()[1] for _, body in after}
        seen = {body["body"]["content"].split()[1] for _, body in after}
        deadline = time.monotonic() + 20
        while len(seen) < 2 and time.monotonic() < deadline:
            # the supervisor starts a replacement for the killed process
            seen.add(_get(who, {"args": {}})[1]["body"]["content"].split()[1])
            time.sleep(0.05)
        assert len(seen) == 2 and str(victim) not in seen


# ---------------------------------------------------------------- what crosses from a worker


def test_an_exception_is_never_unpickled_by_the_server() -> None:
    """An exception whose ``__reduce__`` sleeps (or ends the process) where it is unpickled:
    the server reads plain text from the worker, so it neither stalls nor stops."""
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("function-return")),
        "serve",
        "--functions",
        str(FAULTS),
        "--port",
        str(port),
        "--runners",
        "1",
        "--log-level",
        "critical",
    ]
    with running(command, port) as url:
        for how in ("sleep", "exit"):
            start = time.monotonic()
            status, document = _get(f"{url}{BASE}/raises_hostile/execute", {"args": {"how": how}})
            assert status == 500
            assert document["detail"] == 'function "raises_hostile" raised Hostile'
            assert time.monotonic() - start < 8  # unpickled, the sleep would take 20 s
            with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
                assert response.status == 200


@pytest.mark.parametrize("runners", [2, 0])
def test_the_body_sent_is_the_json_that_was_judged(client: TestClient, runners: int) -> None:
    """A dict whose iteration hides ``hangup: "yes"``: the JSON text written holds it."""
    if runners:
        response = _call(client, "returns_hidden_key")
    else:
        with TestClient(app_for_folder(FAULTS, timeout=TIMEOUT, runners=0)) as threads:
            response = _call(threads, "returns_hidden_key")
    document = _problem(response, 500, "invalid-return")
    assert [(e["pointer"], e["keyword"]) for e in document["errors"]] == [("/hangup", "type")]
    assert "body" not in document


@pytest.mark.parametrize("how", ["items", "key", "value"])
def test_an_invalid_return_answers_no_secret_only_pointer_keyword_and_shape(
    client: TestClient, how: str
) -> None:
    """A return whose ``items()`` raises with a DSN in the message, a 10,000-character key,
    a secret value: the problem holds none of them (the server's log has the details)."""
    response = _call(client, "returns_secret", {"how": how})
    document = _problem(response, 500, "invalid-return")
    for secret in ("hunter2", "postgres://", "k" * 100, "s3cr3t"):
        assert secret not in response.text, secret
    assert len(response.content) < 2000
    pointer, keyword = {
        "items": ("", "json"),
        "key": ("/" + "k" * 63 + "…", "additionalProperties"),
        "value": ("/hangup", "type"),
    }[how]
    assert [(e["pointer"], e["keyword"]) for e in document["errors"]] == [(pointer, keyword)]
    _still_serving(client)


@pytest.mark.parametrize("runners", [2, 0])
def test_standard_error_and_warnings_reach_the_logs_on_every_call(
    client: TestClient, runners: int
) -> None:
    def logs(test_client: TestClient) -> list[str]:
        response = _call(test_client, "noisy")
        assert response.status_code == 200, response.text
        found: list[str] = response.json()["logs"]
        return found

    expected = ["to stderr", "DeprecationWarning: deprecated thing"]
    if runners:
        assert logs(client) == expected
        assert logs(client) == expected  # the warning again, not only the first time
    else:
        with TestClient(app_for_folder(FAULTS, timeout=TIMEOUT, runners=0)) as threads:
            assert logs(threads) == expected
            assert logs(threads) == expected
