"""The generated Python client (generated/clients/python/): typed, and calling the real server.

The reference server runs as a process on 127.0.0.1 (a free port, a bearer token); every
operation of the bundled OpenAPI document is called through the generated client, and each
answer is checked twice: the client's model gives back exactly the JSON the server sent, and
that JSON is what this package says (``validate`` on every ``body``, ``lint``, ``explain``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from servers import free_port, running, serve_command

from conftest import ROOT
from function_return import explain, is_valid, lint, validate

CLIENT_ROOT = ROOT / "generated" / "clients" / "python"
PACKAGE = CLIENT_ROOT / "function_return_client"
BUNDLE = json.loads((ROOT / "generated" / "openapi.bundled.json").read_text(encoding="utf-8"))
TOKEN = "s3cret"
FUNCTIONS = sorted(p.stem for p in (ROOT / "examples" / "functions").glob("*.py"))
SAMPLE_ARGUMENT = {"string": "billing", "integer": 4, "number": 7.5, "boolean": True}

sys.path.insert(0, str(CLIENT_ROOT))

from function_return_client import AuthenticatedClient, Client  # noqa: E402
from function_return_client.api.check import explain_return, lint_return, validate_return  # noqa: E402
from function_return_client.api.functions import execute_function, list_functions  # noqa: E402
from function_return_client.api.service import get_health, get_open_api  # noqa: E402
from function_return_client.models import (  # noqa: E402
    CheckRequest,
    Conversation,
    ConversationState,
    ExecuteRequest,
    ExecuteRequestArgs,
    ExecuteResponse,
    FunctionList,
    Health,
    Problem,
    ValidateRequest,
)
from function_return_client.types import Response  # noqa: E402


def _operations() -> list[str]:
    """Every operationId of the bundled document."""
    return sorted(
        operation["operationId"]
        for item in BUNDLE["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    )


def _snake(name: str) -> str:
    """The module name openapi-python-client gives an operationId (``getOpenAPI`` -> ``get_open_api``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    command = serve_command(port, "--token", TOKEN, "--log-level", "warning")
    with running(command, port) as url:
        yield url


@pytest.fixture
def client(server: str) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=server, token=TOKEN, raise_on_unexpected_status=True, timeout=httpx.Timeout(10)
    ) as authenticated:
        yield authenticated


def _raw(response: Response[Any]) -> Any:
    return json.loads(response.content)


def _round_trips(response: Response[Any]) -> None:
    """The client's parsed model says exactly what the server sent."""
    assert response.parsed is not None, response.content
    assert response.parsed.to_dict() == _raw(response)


# ---------------------------------------------------------------- one call per operation


def _list_functions(client: AuthenticatedClient) -> None:
    response = list_functions.sync_detailed("agent-1", "main", client=client)
    assert response.status_code == 200
    assert isinstance(response.parsed, FunctionList)
    assert [f.name for f in response.parsed.functions] == FUNCTIONS
    _round_trips(response)


def _execute_function(client: AuthenticatedClient) -> None:
    listed = list_functions.sync("agent-1", "main", client=client)
    assert isinstance(listed, FunctionList)
    for info in listed.functions:
        args = ExecuteRequestArgs.from_dict(
            {p.name: SAMPLE_ARGUMENT[p.type_.value] for p in info.parameters if p.required}
        )
        response = execute_function.sync_detailed(
            "agent-1", "main", info.name, client=client, body=ExecuteRequest(args=args)
        )
        assert response.status_code == 200, (info.name, response.content)
        assert isinstance(response.parsed, ExecuteResponse)
        validate(_raw(response)["body"])
        assert is_valid(response.parsed.to_dict()["body"])
        _round_trips(response)


def _get_open_api(client: AuthenticatedClient) -> None:
    response = get_open_api.sync_detailed(client=client)
    assert response.status_code == 200
    assert response.content == (ROOT / "generated" / "openapi.bundled.json").read_bytes()
    _round_trips(response)


def _get_health(client: AuthenticatedClient) -> None:
    response = get_health.sync_detailed(client=client)
    assert response.status_code == 200
    assert isinstance(response.parsed, Health)
    assert response.parsed.functions == len(FUNCTIONS)
    _round_trips(response)


CHECKED_VALUES: list[Any] = [
    {"utterance": "Thanks for calling!", "hangup": True},
    {"hangup": "yes", "listen": {"channel": "speech"}},
    {"listen": {"asr": {"timeout": 20}}, "utterence": "Hi"},
    "Tell the user that you cannot assist with their request",
    None,
]


def _call_check(client: AuthenticatedClient, module: Any, value: Any) -> Response[Any]:
    """Call one of the check operations (validate, lint, explain) on ``value``."""
    request = ValidateRequest if module is validate_return else CheckRequest
    response: Response[Any] = module.sync_detailed(
        client=client, body=request.from_dict({"value": value})
    )
    assert response.status_code == 200, response.content
    assert not isinstance(response.parsed, Problem)
    _round_trips(response)
    return response


def _validate_return(client: AuthenticatedClient) -> None:
    for value in CHECKED_VALUES:
        raw = _raw(_call_check(client, validate_return, value))
        assert raw["valid"] is is_valid(value)
        try:
            validate(value)
            expected = []
        except ValueError as exc:
            expected = [(e.path, e.keyword) for e in exc.errors]  # type: ignore[attr-defined]
        assert sorted((e["path"], e["keyword"]) for e in raw["errors"]) == sorted(expected)


def _lint_return(client: AuthenticatedClient) -> None:
    for value in CHECKED_VALUES:
        raw = _raw(_call_check(client, lint_return, value))
        expected = [(f.code, f.path) for f in lint(value)]
        assert [(f["code"], f["path"]) for f in raw["findings"]] == expected


def _explain_return(client: AuthenticatedClient) -> None:
    for value in CHECKED_VALUES:
        raw = _raw(_call_check(client, explain_return, value))
        assert raw["valid"] is is_valid(value)
        if raw["valid"]:
            steps = explain(value).as_dict()["steps"]
            assert [s["action"] for s in raw["steps"]] == [s["action"] for s in steps]


CALLS: dict[str, Callable[[AuthenticatedClient], None]] = {
    "listFunctions": _list_functions,
    "executeFunction": _execute_function,
    "getOpenAPI": _get_open_api,
    "getHealth": _get_health,
    "validateReturn": _validate_return,
    "lintReturn": _lint_return,
    "explainReturn": _explain_return,
}


@pytest.mark.parametrize("operation_id", _operations())
def test_every_operation_answers_through_the_generated_client(
    operation_id: str, client: AuthenticatedClient
) -> None:
    assert operation_id in CALLS, f"no call of {operation_id} through the generated client"
    CALLS[operation_id](client)


def test_every_operation_has_a_module_with_sync_and_async_calls() -> None:
    modules = {p.stem: p for p in PACKAGE.glob("api/*/*.py") if p.stem != "__init__"}
    for operation_id in _operations():
        path = modules.get(_snake(operation_id))
        assert path is not None, f"{operation_id}: no module {_snake(operation_id)}.py"
        text = path.read_text(encoding="utf-8")
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert re.search(rf"^(async )?def {name}\(", text, re.MULTILINE), (path, name)


# ---------------------------------------------------------------- errors and the conversation


def test_a_missing_token_is_a_401_problem(server: str) -> None:
    with Client(base_url=server) as anonymous:
        response = list_functions.sync_detailed("agent-1", "main", client=anonymous)
    assert response.status_code == 401
    assert isinstance(response.parsed, Problem)
    assert response.parsed.status == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_an_unknown_function_is_a_404_problem(client: AuthenticatedClient) -> None:
    body = ExecuteRequest(args=ExecuteRequestArgs())
    parsed = execute_function.sync(
        "agent-1", "main", "transfer_to_specalist", client=client, body=body
    )
    assert isinstance(parsed, Problem)
    assert (parsed.status, parsed.detail) == (404, 'no function "transfer_to_specalist"')


def test_a_missing_argument_is_a_422_problem_at_its_pointer(client: AuthenticatedClient) -> None:
    body = ExecuteRequest(args=ExecuteRequestArgs())
    parsed = execute_function.sync(
        "agent-1", "main", "transfer_to_specialist", client=client, body=body
    )
    assert isinstance(parsed, Problem)
    assert parsed.status == 422
    assert [(e.pointer, e.detail) for e in parsed.errors] == [  # type: ignore[union-attr]
        ("/args/department", 'missing required argument "department" (string)')
    ]


def test_the_conversation_reaches_the_function(client: AuthenticatedClient) -> None:
    conversation = Conversation(
        id="conv-0001", channel="VOICE", state=ConversationState.from_dict({"account_id": "A-42"})
    )
    body = ExecuteRequest(
        args=ExecuteRequestArgs.from_dict({"location": " Orleans "}), conversation=conversation
    )
    parsed = execute_function.sync("agent-1", "main", "switch_variant", client=client, body=body)
    assert isinstance(parsed, ExecuteResponse)
    assert parsed.to_dict()["body"] == {"variant": "orleans"}


async def _execute_async(server: str) -> Any:
    async with AuthenticatedClient(base_url=server, token=TOKEN) as asynchronous:
        body = ExecuteRequest(args=ExecuteRequestArgs.from_dict({"department": "billing"}))
        return await execute_function.asyncio(
            "agent-1", "main", "transfer_to_specialist", client=asynchronous, body=body
        )


def test_the_async_calls_work_too(server: str) -> None:
    import asyncio

    parsed = asyncio.run(_execute_async(server))
    assert isinstance(parsed, ExecuteResponse)
    validate(parsed.to_dict()["body"])
    assert parsed.logs == ["INFO: transferring to billing"]


# ---------------------------------------------------------------- the models and the package


def test_every_frozen_valid_return_round_trips_through_the_response_model() -> None:
    lines = (ROOT / "tests" / "compat" / "1.0.0.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) > 500
    for number, line in enumerate(lines, 1):
        raw = {"body": json.loads(line), "logs": [], "runtime": 0.0}
        assert ExecuteResponse.from_dict(raw).to_dict() == raw, f"line {number}: {line}"


def test_the_generated_client_passes_mypy_strict(tmp_path: Any) -> None:
    assert (PACKAGE / "py.typed").exists()
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), str(PACKAGE)],
        cwd=CLIENT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found")
