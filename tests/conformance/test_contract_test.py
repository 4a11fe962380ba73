"""``contract-test``: it passes the reference server and fails a broken one, with the reasons."""

from __future__ import annotations

import json
import sys

import pytest
from broken_server import create_app as broken_app
from servers import free_port, running

from conftest import ROOT
from function_return.cli import run as cli
from function_return.conformance.engine import check_endpoint
from function_return.server.app import app_for_folder

EXAMPLES = ROOT / "examples" / "functions"
EXECUTE = "POST /v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute"


def test_the_reference_server_conforms_in_process() -> None:
    report = check_endpoint(None, app=app_for_folder(EXAMPLES), max_examples=10, seed=1, tags=None)
    assert report.failures == []
    assert report.exit_code() == 0
    assert len(report.operations) == 7


def test_by_default_only_the_functions_operations_are_tested() -> None:
    report = check_endpoint(None, app=app_for_folder(EXAMPLES), max_examples=5, seed=1)
    assert report.exit_code() == 0
    assert sorted(report.operations) == [
        "GET /v1/agents/{agent_id}/branches/{branch_id}/functions",
        EXECUTE,
    ]


def test_the_broken_server_fails_in_process_for_each_of_its_faults() -> None:
    report = check_endpoint(None, app=broken_app(), max_examples=10, seed=1)
    assert report.exit_code() == 1
    found = {(f.operation, f.check, f.pointer) for f in report.failures}
    assert (EXECUTE, "body_follows_contract", "/body/hangup") in found
    assert (EXECUTE, "response_schema_conformance", "") in found  # "logs" is missing
    assert (EXECUTE, "not_a_server_error", None) in found
    messages = {f.check: f.message for f in report.failures if f.operation == EXECUTE}
    assert messages["body_follows_contract"] == '/body/hangup: expected a boolean; got string "yes"'
    missing_logs = [f for f in report.failures if f.pointer == ""]
    assert missing_logs[0].message.startswith('"logs" is a required property')
    for failure in report.failures:
        assert failure.curl.startswith("curl -X "), failure


def test_the_broken_server_over_http_exits_1_with_curl_lines_and_pointers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "broken_server:create_app",
        "--app-dir",
        str(ROOT / "tests"),
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    with running(command, port) as url:
        code = cli(["contract-test", url, "--max-examples", "5", "--seed", "1", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["status"] == "fail"
    body = [f for f in report["failures"] if f["check"] == "body_follows_contract"]
    assert body[0]["pointer"] == "/body/hangup"
    assert body[0]["operation"] == EXECUTE
    assert body[0]["curl"].startswith("curl -X POST ")
    assert f"{url}/v1/agents/" in body[0]["curl"]


def test_the_text_report_names_the_operation_the_pointer_and_a_curl_line() -> None:
    import io

    from function_return.conformance.report import write_text

    report = check_endpoint(None, app=broken_app(), max_examples=5, seed=1, tags=None)
    out = io.StringIO()
    write_text(report, out)
    text = out.getvalue()
    assert (
        f"FAIL {EXECUTE}: Body breaks the function return contract [body_follows_contract]\n"
        "  at /body/hangup\n"
        '  /body/hangup: expected a boolean; got string "yes"\n'
        "  reproduce: curl -X POST"
    ) in text
    assert text.endswith(
        f"<in-process app>: does not conform: {len(report.failures)} failures in 2 of 7 "
        "operations\n"
    )


def test_an_endpoint_that_cannot_be_reached_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    code = cli(["contract-test", url])
    out = capsys.readouterr().out
    assert code == 2
    assert out.startswith(f"error: cannot reach {url}: ")


def test_a_base_url_that_is_not_http_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["contract-test", "127.0.0.1:8080"]) == 2
    assert capsys.readouterr().err == (
        "function-return contract-test: '127.0.0.1:8080' is not an http(s):// URL\n"
    )
