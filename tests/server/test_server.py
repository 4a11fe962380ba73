"""The reference server in process: every status it answers, exactly, and schemathesis on it."""

from __future__ import annotations

import json
import logging
import textwrap
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from starlette.testclient import TestClient

import function_return
from conftest import ROOT
from function_return.conformance.engine import POSITIVE_STATUSES
from function_return.server.app import app_for_folder
from function_return.server.functions import FunctionLoadError, load_folder
from function_return.server.http import MAX_BODY

EXAMPLES = ROOT / "examples" / "functions"
BASE = "/v1/agents/agent-1/branches/main/functions"
PROBLEM = "application/problem+json"
TYPE = "https://function-return-contract.dev/problems/"

MISBEHAVING = {
    "says_yes.py": '''
        def says_yes():
            """Return an invalid value."""
            return {"hangup": "yes", "utterence": "Bye"}
    ''',
    "divides_by_zero.py": '''
        def divides_by_zero(secret: str = "s3cr3t"):
            """Raise."""
            return len(secret) / 0
    ''',
    "sleeps.py": '''
        import time

        def sleeps(seconds: float = 5):
            """Run past the limit."""
            time.sleep(seconds)
            return "done"
    ''',
    "typed.py": '''
        import logging

        def typed(conv, name: str, count: int, ratio: float, flag: bool = False):
            """Echo the arguments in an utterance."""
            print("first line")
            print("second line")
            logging.getLogger(__name__).info("count is %d", count)
            conv.state["touched"] = True
            kinds = ",".join(type(v).__name__ for v in (name, count, ratio, flag))
            return {"utterance": f"{name} {count} {ratio} {flag} {kinds} {conv.caller_number}"}
    ''',
    "exits.py": '''
        import sys

        def exits():
            """Call sys.exit, which must not stop the server."""
            sys.exit(3)
    ''',
}


@pytest.fixture(scope="module")
def misbehaving(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("functions")
    for name, source in MISBEHAVING.items():
        (folder / name).write_text(textwrap.dedent(source), encoding="utf-8")
    (folder / "_helpers.py").write_text("raise RuntimeError('never imported')\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def client(misbehaving: Path) -> TestClient:
    return TestClient(app_for_folder(misbehaving, timeout=0.3), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def examples() -> TestClient:
    return TestClient(app_for_folder(EXAMPLES), raise_server_exceptions=False)


def _problem(response: Any, status: int, kind: str) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM
    document: dict[str, Any] = response.json()
    assert document["type"] == TYPE + kind
    assert document["status"] == status
    return document


def _execute(client: TestClient, name: str, body: Any = None, **kwargs: Any) -> Any:
    if body is not None:
        kwargs["json"] = body
    return client.post(f"{BASE}/{name}/execute", **kwargs)


# ---------------------------------------------------------------- success


def test_every_example_function_returns_a_valid_body(examples: TestClient) -> None:
    listed = examples.get(BASE).json()["functions"]
    assert len(listed) == len(list(EXAMPLES.glob("*.py"))) == 14
    bodies = {}
    for function in listed:
        args = {p["name"]: "Orleans" for p in function["parameters"] if p["required"]}
        response = _execute(examples, function["name"], {"args": args})
        assert response.status_code == 200, function["name"]
        document = response.json()
        assert sorted(document) == ["body", "logs", "runtime"]
        function_return.validate(document["body"])
        bodies[function["name"]] = document["body"]
    assert bodies["decline_request"].startswith("Tell the user that you cannot assist")
    assert bodies["log_only"] is None
    assert bodies["transfer_call"]["handoff"]["refer"] == {"phone_number": "12345"}
    assert bodies["collect_code"]["listen"]["channel"] == "SPEECH_AND_DTMF"
    assert bodies["offer_more_help"]["listen"] == {"asr": {"timeout": 20}}
    assert bodies["switch_variant"] == {"variant": "orleans"}
    assert bodies["start_booking_flow"]["transition"] == {
        "goto_flow": "booking",
        "goto_step": "collect_date",
    }


def test_the_function_list_names_parameters_types_and_whether_required(
    examples: TestClient,
) -> None:
    listed = {f["name"]: f for f in examples.get(BASE).json()["functions"]}
    assert listed["transfer_to_specialist"] == {
        "name": "transfer_to_specialist",
        "description": (
            "Tell the caller they are being transferred, then transfer the call over SIP REFER."
        ),
        "parameters": [
            {"name": "department", "type": "string", "required": True},
            {"name": "priority", "type": "boolean", "required": False},
        ],
    }
    assert [p["type"] for p in listed["collect_code"]["parameters"]] == ["integer", "boolean"]
    assert listed["offer_more_help"]["parameters"][0]["type"] == "number"


def test_arguments_are_converted_to_the_parameter_types_and_conv_is_passed(
    client: TestClient,
) -> None:
    body = {
        "args": {"name": "Ada", "count": 3.0, "ratio": 2, "flag": True},
        "conversation": {"id": "c-1", "caller_number": "+14155550100", "state": {"a": 1}},
    }
    sent = json.loads(json.dumps(body))
    response = _execute(client, "typed", body)
    assert response.status_code == 200
    document = response.json()
    assert document["body"] == {"utterance": "Ada 3 2.0 True str,int,float,bool +14155550100"}
    assert document["logs"] == ["first line", "second line", "INFO: count is 3"]
    assert isinstance(document["runtime"], float)
    assert document["runtime"] >= 0
    assert body == sent


def test_healthz_says_ok_and_counts_the_functions(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "functions": len(MISBEHAVING)}


# ---------------------------------------------------------------- each error status


def test_a_body_that_is_not_json_is_400(client: TestClient) -> None:
    response = _execute(
        client, "typed", content=b"{'args': {}}", headers={"content-type": "application/json"}
    )
    document = _problem(response, 400, "not-json")
    assert document["detail"] == (
        "the request body is not JSON: Expecting property name enclosed in double quotes "
        "(line 1, column 2)"
    )
    assert document["instance"] == f"{BASE}/typed/execute"


def test_nan_in_the_body_is_not_json_and_is_400(client: TestClient) -> None:
    response = _execute(
        client,
        "typed",
        content=b'{"args": {"ratio": NaN}}',
        headers={"content-type": "application/json"},
    )
    assert _problem(response, 400, "not-json")["detail"] == (
        "the request body is not JSON: NaN is not valid JSON"
    )


def test_a_missing_token_is_401_and_a_wrong_one_too(misbehaving: Path) -> None:
    guarded = TestClient(app_for_folder(misbehaving, token="s3cret"))
    missing = _problem(guarded.get(BASE), 401, "unauthorized")
    assert missing["detail"] == "a bearer token is required"
    assert guarded.get(BASE).headers["www-authenticate"] == "Bearer"
    wrong = guarded.get(BASE, headers={"Authorization": "Bearer s3cre"})
    assert _problem(wrong, 401, "unauthorized")["detail"] == "the bearer token is wrong"
    right = guarded.get(BASE, headers={"Authorization": "Bearer s3cret"})
    assert right.status_code == 200
    assert guarded.get("/healthz").status_code == 200
    assert guarded.get("/openapi.json").status_code == 200


def test_an_unknown_function_is_404(client: TestClient) -> None:
    document = _problem(_execute(client, "transfer_to_specalist", {"args": {}}), 404, "not-found")
    assert document["detail"] == 'no function "transfer_to_specalist"'


def test_an_agent_id_outside_the_documented_pattern_is_404(client: TestClient) -> None:
    response = client.get("/v1/agents/a%20b/branches/main/functions")
    assert _problem(response, 404, "not-found")["detail"] == 'no agent "a b"'


def test_an_unknown_path_is_a_404_problem_and_a_wrong_method_a_405(client: TestClient) -> None:
    assert _problem(client.get("/v2"), 404, "not-found")["detail"] == 'no such path "/v2"'
    response = client.get(f"{BASE}/typed/execute")
    _problem(response, 405, "method-not-allowed")
    assert response.headers["allow"] == "POST"


def test_a_body_over_one_mib_is_413(client: TestClient) -> None:
    big = b'{"args": {"name": "' + b"x" * MAX_BODY + b'"}}'
    response = _execute(client, "typed", content=big, headers={"content-type": "application/json"})
    assert _problem(response, 413, "content-too-large")["detail"] == (
        "the request body is over 1048576 bytes"
    )


def test_a_wrong_content_type_is_415_and_a_missing_one_too(client: TestClient) -> None:
    response = _execute(client, "typed", content=b"{}", headers={"content-type": "text/plain"})
    document = _problem(response, 415, "unsupported-media-type")
    assert document["detail"] == 'expected content type application/json; got "text/plain"'
    missing = _problem(_execute(client, "typed"), 415, "unsupported-media-type")
    assert missing["detail"] == "expected content type application/json; got none"


def test_a_missing_argument_is_422_naming_the_parameter(client: TestClient) -> None:
    response = _execute(client, "typed", {"args": {"count": 1, "ratio": 1.5}})
    document = _problem(response, 422, "invalid-arguments")
    assert document["errors"] == [
        {"pointer": "/args/name", "detail": 'missing required argument "name" (string)'}
    ]


def test_an_extra_argument_is_422_naming_it(client: TestClient) -> None:
    args = {"name": "a", "count": 1, "ratio": 1.5, "colour": "red"}
    document = _problem(_execute(client, "typed", {"args": args}), 422, "invalid-arguments")
    assert document["errors"] == [
        {
            "pointer": "/args/colour",
            "detail": 'unknown argument "colour"; the parameters are: '
            '"name", "count", "ratio", "flag"',
        }
    ]


def test_an_argument_of_the_wrong_type_is_422_naming_the_parameter(client: TestClient) -> None:
    args = {"name": "a", "count": True, "ratio": "1.5"}
    document = _problem(_execute(client, "typed", {"args": args}), 422, "invalid-arguments")
    assert document["errors"] == [
        {
            "pointer": "/args/count",
            "detail": 'argument "count" expects an integer; got boolean true',
        },
        {
            "pointer": "/args/ratio",
            "detail": "argument \"ratio\" expects a number; got string '1.5'",
        },
    ]


def test_a_body_that_is_not_an_execute_request_is_422_with_pointers(client: TestClient) -> None:
    body = {"args": {"name": ["a"]}, "conversation": {"channel": 1}}
    document = _problem(_execute(client, "typed", body), 422, "invalid-request")
    assert document["errors"] == [
        {
            "pointer": "/args/name",
            "detail": "['a'] is not of type 'string', 'integer', 'number', 'boolean'",
        },
        {"pointer": "/conversation/channel", "detail": "1 is not of type 'string'"},
    ]


def test_an_invalid_return_is_a_500_listing_the_pointers_never_an_invalid_body(
    client: TestClient,
) -> None:
    document = _problem(_execute(client, "says_yes", {"args": {}}), 500, "invalid-return")
    # The pointer, the keyword and the expected shape: never the value returned.
    assert document["errors"] == [
        {"pointer": "/hangup", "keyword": "type", "detail": "expected a boolean"},
        {"pointer": "/utterence", "keyword": "additionalProperties", "detail": "unknown key"},
    ]
    assert document["detail"].startswith('function "says_yes" returned an invalid value: /hangup')
    assert "body" not in document


def test_a_function_that_raises_is_a_500_without_the_trace_which_goes_to_the_log(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="function_return.server"):
        response = _execute(client, "divides_by_zero", {"args": {}})
    document = _problem(response, 500, "function-error")
    assert document["detail"] == 'function "divides_by_zero" raised ZeroDivisionError'
    assert "Traceback" not in response.text
    assert "s3cr3t" not in response.text
    assert "line" not in response.text
    # The worker sends the traceback as text (never the exception object): it is logged.
    logged = caplog.records[-1].getMessage()
    assert "Traceback (most recent call last)" in logged
    assert "ZeroDivisionError: division by zero" in logged


def test_a_function_calling_sys_exit_is_a_500_and_the_server_goes_on(client: TestClient) -> None:
    document = _problem(_execute(client, "exits", {"args": {}}), 500, "function-error")
    assert document["detail"] == 'function "exits" raised SystemExit'
    assert client.get("/healthz").status_code == 200


def test_a_function_past_the_timeout_is_504_and_the_server_goes_on(client: TestClient) -> None:
    response = _execute(client, "sleeps", {"args": {"seconds": 2}})
    document = _problem(response, 504, "timeout")
    assert document["detail"] == 'function "sleeps" ran past the 0.3 s limit'
    quick = _execute(client, "sleeps", {"args": {"seconds": 0}})
    assert quick.status_code == 200
    assert quick.json()["body"] == "done"


# ---------------------------------------------------------------- loading


def test_a_file_without_its_function_cannot_be_served(tmp_path: Path) -> None:
    (tmp_path / "greet.py").write_text("def hello():\n    return 'hi'\n", encoding="utf-8")
    with pytest.raises(FunctionLoadError, match="defines no function named 'greet'"):
        load_folder(tmp_path)


def test_a_parameter_of_another_type_cannot_be_served(tmp_path: Path) -> None:
    (tmp_path / "greet.py").write_text(
        "def greet(names: list):\n    return 'hi'\n", encoding="utf-8"
    )
    with pytest.raises(FunctionLoadError, match="parameter 'names': annotate it as str"):
        load_folder(tmp_path)


def test_a_file_that_does_not_import_cannot_be_served(tmp_path: Path) -> None:
    (tmp_path / "greet.py").write_text("def greet(:\n", encoding="utf-8")
    with pytest.raises(FunctionLoadError, match=r"greet\.py: does not import: SyntaxError"):
        load_folder(tmp_path)


# ---------------------------------------------------------------- schemathesis, in process

_CONFIG = SchemathesisConfig.from_dict(
    {
        "generation": {"mode": "all", "max-examples": 15},
        "checks": {"positive_data_acceptance": {"expected-statuses": POSITIVE_STATUSES}},
        "seed": 20261125,
    }
)
schema = schemathesis.openapi.from_asgi("/openapi.json", app_for_folder(EXAMPLES), config=_CONFIG)


@schema.parametrize()
def test_every_operation_conforms_in_process(case: schemathesis.Case) -> None:
    case.call_and_validate()
