"""``contract-test``: the reference server conforms, a broken one fails for each of its faults,
and what each call must get (the oracle) follows the document."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import free_port, running, serve_command

from conftest import ROOT
from function_return.cli import run as cli
from function_return.conformance.engine import (
    BOUNDARY_VALUES,
    check_endpoint,
    derived_document,
    invalid_calls,
    valid_calls,
)
from function_return.conformance.functions import (
    FunctionSpec,
    Param,
    parse_function_option,
    read_calls,
)
from function_return.conformance.judge import Exchange, expect_execute

ROUTE = FunctionSpec(
    "route_call", (Param("department", "string", True), Param("priority", "integer", False))
)


@pytest.fixture(scope="module")
def reference() -> Iterator[str]:
    port = free_port()
    with running(serve_command(port), port) as url:
        yield url


@pytest.fixture(scope="module")
def broken() -> Iterator[str]:
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
        yield url


def test_the_reference_server_conforms_with_every_operation(reference: str) -> None:
    report = check_endpoint(reference, max_examples=3, seed=1, tags=None)
    assert [f.as_dict() for f in report.failures] == []
    assert report.errors == []
    assert report.exit_code() == 0
    assert len(report.functions) == 14
    assert all(s.not_tested is None and s.bodies_validated for s in report.functions.values())


def test_the_broken_server_fails_for_each_of_its_faults(
    broken: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli(["contract-test", broken, "--max-examples", "2", "--seed", "1", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["status"] == "fail"
    found = {(f["function"], f["check"], f["pointer"], f["status"]) for f in report["failures"]}
    assert ("end_call", "body", "/body/hangup", 200) in found
    assert ("end_call", "envelope", "", 200) in found  # "logs" is missing
    assert ("end_call", "problem", None, 500) in found  # a plain-text trace for a bad body
    assert ("end_call", "status", None, 200) in found  # 200 for a wrong content type
    assert (None, "status", None, 200) in found  # 200 for an unknown function
    body = next(f for f in report["failures"] if f["check"] == "body")
    assert body["message"] == '/body/hangup: expected a boolean; got string "yes"'
    assert body["expected"] == [200, 500, 504]
    assert body["curl"].startswith(f"curl -i -X POST {broken}/v1/agents/agent-1/")
    assert report["functions"] == [
        {
            "name": "end_call",
            "calls": report["functions"][0]["calls"],
            "statuses": report["functions"][0]["statuses"],
            "bodies_validated": report["functions"][0]["bodies_validated"],
            "tested": True,
            "not_tested": None,
        }
    ]


def test_an_endpoint_that_cannot_be_reached_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    code = cli(["contract-test", url])
    out = capsys.readouterr().out
    assert code == 2
    assert out.startswith(f"error: cannot reach {url}: ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["127.0.0.1:8080"], "'127.0.0.1:8080' is not an http(s):// URL"),
        (["http://h", "--max-examples", "-1"], "--max-examples must be 0 or more"),
        (
            ["http://h", "--function", "f:{bad"],
            "--function 'f:{bad': the parameters are not JSON: ",
        ),
        (
            ["http://h", "--function", 'f:{"x": "date"}'],
            "--function 'f:{\"x\": \"date\"}': parameter 'x': expected one of string, integer, "
            'number, boolean (with ? when optional); got "date"',
        ),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["contract-test", *argv]) == 2
    assert capsys.readouterr().err.startswith(f"function-return contract-test: {message}")


def test_a_calls_file_with_a_bad_line_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = tmp_path / "calls.jsonl"
    calls.write_text('{"function": "f", "args": {}}\n{"function": "f"}\n', encoding="utf-8")
    assert cli(["contract-test", "http://h", "--calls", str(calls)]) == 2
    assert capsys.readouterr().err == (
        f'function-return contract-test: --calls {calls}:2: no "args"\n'
    )
    calls.write_text('{"function": "f", "args": {}, "expect_status": "200"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="expect_status must be an HTTP status code"):
        read_calls(calls)


def test_function_options_give_parameters_and_optional_ones() -> None:
    assert parse_function_option("end_call") == FunctionSpec("end_call", ())
    assert parse_function_option('route_call:{"department": "string", "priority": "integer?"}') == (
        ROUTE
    )


def test_every_parameter_gets_its_boundary_values() -> None:
    calls = valid_calls(ROUTE)
    assert {"department": "abc"} in calls and {"department": "abc", "priority": 1} in calls
    for value in BOUNDARY_VALUES["string"]:
        assert {"department": value} in calls
    for value in BOUNDARY_VALUES["integer"]:
        assert {"department": "abc", "priority": value} in calls
    assert {json.dumps(v) for v in BOUNDARY_VALUES["integer"]} >= {"0", "-1", "9007199254740992"}
    assert BOUNDARY_VALUES["boolean"] == (True, False)


def test_invalid_calls_must_all_be_refused_with_422() -> None:
    for document, why in invalid_calls(ROUTE):
        body = json.dumps(document).encode()
        assert expect_execute(ROUTE, "application/json", body).statuses == (422,), why


@pytest.mark.parametrize(
    ("content_type", "body", "statuses", "cause"),
    [
        ("application/json", b'{"args": {"department": "x"}}', (200, 500, 504), "valid arguments"),
        (
            "application/json",
            b'{"args": {"department": "x", "priority": 2.0}}',
            (200, 500, 504),
            "",
        ),
        ("application/json", b'{"args": {"department": "x", "priority": true}}', (422,), "not an"),
        ("application/json", b'{"args": {"priority": 1}}', (422,), "missing required"),
        ("application/json", b'{"args": {"department": "x", "d": 1}}', (422,), "unknown argument"),
        ("application/json", b'{"args": {"department": null}}', (422,), "not an execute request"),
        ("application/json", b'{"args": {}, "extra": 1}', (422,), "not an execute request"),
        ("application/json; charset=utf-8", b'{"args": {', (400,), "not JSON"),
        ("application/json", b'{"args": {"department": NaN}}', (400,), "not JSON"),
        ("text/plain", b'{"args": {"department": "x"}}', (415,), "text/plain"),
        (None, b"", (415,), "none"),
    ],
)
def test_the_oracle_says_what_the_document_allows(
    content_type: str | None, body: bytes, statuses: tuple[int, ...], cause: str
) -> None:
    expectation = expect_execute(ROUTE, content_type, body)
    assert expectation.statuses == statuses
    assert cause in expectation.cause
    assert expect_execute(None, content_type, body).statuses == (404,)


def test_the_derived_document_fixes_the_function_and_types_its_arguments() -> None:
    document = derived_document([ROUTE], "agent-1", "main", "run")
    ((path, item),) = document["paths"].items()
    assert path == "/v1/agents/agent-1/branches/main/functions/route_call/execute"
    schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["args"] == {
        "type": "object",
        "properties": {"department": {"type": "string"}, "priority": {"type": "integer"}},
        "required": ["department"],
        "additionalProperties": False,
    }


def test_curl_lines_can_be_pasted() -> None:
    exchange = Exchange(
        "POST", "http://h/x", b'{"args": {"q": "it\'s"}}', "application/json", with_token=True
    )
    assert exchange.curl() == (
        "curl -i -X POST http://h/x -H 'Content-Type: application/json' "
        '-H "Authorization: Bearer $FUNCTION_RETURN_TOKEN" '
        """--data-binary '{"args": {"q": "it'"'"'s"}}'"""
    )
    binary = Exchange("POST", "http://h/x", b"\x8d{", "application/json", with_token=False)
    assert binary.curl() == (
        "printf '\\x8d\\x7b' | curl -i -X POST http://h/x -H 'Content-Type: application/json' "
        "--data-binary @-"
    )


LINTED = '''def ask_without_utterance():
    """Listen for speech with an ASR timeout, but say nothing first."""
    return {"listen": {"channel": "SPEECH", "asr": {"timeout": 5}}}
'''


@pytest.fixture(scope="module")
def linted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("linted")
    (folder / "ask_without_utterance.py").write_text(LINTED, encoding="utf-8")
    port = free_port()
    command = [*serve_command(port)[:2], "--functions", str(folder), "--port", str(port)]
    with running(command, port) as url:
        yield url


def test_lint_findings_are_warnings_and_strict_makes_them_fail(
    linted: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["contract-test", linted, "--max-examples", "0"]) == 0
    assert "WARN" not in capsys.readouterr().out
    assert cli(["contract-test", linted, "--max-examples", "0", "--lint"]) == 0
    out = capsys.readouterr().out
    assert "WARN ask_without_utterance: Lint FR101 [lint]\n" in out
    assert "  at /body/listen/asr\n" in out
    assert "conforms: 1 function tested, 1 warning" in out
    assert cli(["contract-test", linted, "--max-examples", "0", "--strict"]) == 1
    assert "FAIL ask_without_utterance: Lint FR101 [lint]\n" in capsys.readouterr().out
