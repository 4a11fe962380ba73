"""The reference server as a real uvicorn process on 127.0.0.1, started and stopped by the tests."""

from __future__ import annotations

import http.client
import json
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.generation import GenerationMode
from servers import COMMAND, EXAMPLES, free_port, running, serve_command

from conftest import ROOT
from function_return.cli import run as cli
from function_return.conformance.engine import POSITIVE_STATUSES

BASE = "/v1/agents/agent-1/branches/main/functions"
EXECUTE_PATH = "/v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    with running(serve_command(port, "--log-level", "warning"), port) as url:
        yield url


@pytest.fixture(scope="module")
def guarded_server() -> Iterator[str]:
    port = free_port()
    command = serve_command(port, "--token", "s3cret", "--workers", "2", "--log-level", "warning")
    with running(command, port) as url:
        yield url


def _post(url: str, body: bytes, content_type: str = "application/json") -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _declare_too_long(url: str) -> int:
    """Send only the headers of a request declaring a body over 1 MiB; return the status.

    The server answers from the declared length without reading the body, and may close the
    connection at once: sending the body too would race that close (a broken pipe).
    """
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.putrequest("POST", parts.path)
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(1024 * 1024 + 1))
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


def test_the_served_bytes_over_http_are_the_committed_bundle(server: str) -> None:
    with urllib.request.urlopen(server + "/openapi.json", timeout=10) as response:
        served = response.read()
    assert served == (ROOT / "generated" / "openapi.bundled.json").read_bytes()


def test_an_execute_over_http_returns_a_valid_body(server: str) -> None:
    body = json.dumps({"args": {"department": "billing"}}).encode()
    status, raw = _post(f"{server}{BASE}/transfer_to_specialist/execute", body)
    assert status == 200
    document = json.loads(raw)
    assert document["body"]["handoff"]["refer"]["phone_number"] == "12345"
    assert document["logs"] == ["INFO: transferring to billing"]


def test_malformed_requests_get_4xx_and_the_server_keeps_serving(server: str) -> None:
    url = f"{server}{BASE}/end_call/execute"
    cases = [
        (b"\xff\xfe{", "application/json", 400),
        (b"[" * 100_000, "application/json", 400),
        (b'{"args": {"x": 1e999999}}', "application/json", 422),
        (b'{"args": []}', "application/json", 422),
        (b"args=1", "application/x-www-form-urlencoded", 415),
    ]
    for body, content_type, expected in cases:
        status, _ = _post(url, body, content_type)
        assert status == expected, (body[:20], content_type)
    assert _declare_too_long(url) == 413
    status, raw = _post(url, b'{"args": {}}')
    assert (status, json.loads(raw)["body"]) == (200, {"hangup": True})


def test_contract_test_passes_the_reference_server(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli(["contract-test", server, "--max-examples", "10", "--seed", "1", "--tag", "all"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"ok -- {server} conforms: 14 functions tested (" in out


def test_contract_test_with_the_token_passes_a_guarded_server_with_two_workers(
    guarded_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli(["contract-test", guarded_server, "--token", "s3cret", "--max-examples", "5"])
    out = capsys.readouterr().out
    assert code == 0, out


def test_contract_test_without_the_token_cannot_authenticate_and_exits_2(
    guarded_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli(["contract-test", guarded_server, "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    assert report["status"] == "error"
    assert report["errors"] == [
        f"{guarded_server}: authentication refused (401) with no token (pass --token)"
    ]


def test_serve_exits_2_when_the_port_is_taken(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    result = subprocess.run(
        [COMMAND, "serve", "--functions", str(EXAMPLES), "--port", port],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2


def test_serve_exits_2_on_a_folder_it_cannot_serve(tmp_path: Path) -> None:
    (tmp_path / "greet.py").write_text("def hello():\n    return 'hi'\n", encoding="utf-8")
    result = subprocess.run(
        [COMMAND, "serve", "--functions", str(tmp_path)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert result.stderr == (
        f"function-return serve: {tmp_path / 'greet.py'}: defines no function named 'greet'\n"
    )


# ---------------------------------------------------------------- schemathesis over HTTP


@pytest.fixture(scope="module")
def http_schema(server: str) -> schemathesis.schemas.BaseSchema:
    config = SchemathesisConfig.from_dict(
        {
            "generation": {"mode": "all", "max-examples": 10},
            "checks": {"positive_data_acceptance": {"expected-statuses": POSITIVE_STATUSES}},
            "seed": 20261125,
        }
    )
    return schemathesis.openapi.from_url(server + "/openapi.json", config=config)


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_every_operation_conforms_over_http(
    http_schema: schemathesis.schemas.BaseSchema, mode: str
) -> None:
    # schemathesis.pytest.from_fixture does not run under pytest 9 (it reads a private node
    # attribute that is gone), so the operations are driven with hypothesis directly.
    operations = [result.ok() for result in http_schema.get_all_operations()]
    # Loaded from /openapi.json, schemathesis leaves that operation out; contract-test has it.
    assert [op.label for op in operations] == [
        f"GET {EXECUTE_PATH.rsplit('/', 2)[0]}",
        f"POST {EXECUTE_PATH}",
        "GET /healthz",
        "POST /v1/validate",
        "POST /v1/lint",
        "POST /v1/explain",
    ]
    for operation in operations:
        if mode == "negative" and operation.path == "/healthz":
            continue  # nothing of /healthz's request can break the document

        @given(operation.as_strategy(generation_mode=GenerationMode(mode)))
        @settings(
            max_examples=10,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate()

        check()
