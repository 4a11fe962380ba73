"""The reference server of the remote function endpoint: a Starlette app, run under uvicorn.

It implements ``schema/openapi.yaml``: ``GET .../functions`` lists the functions of a folder,
``POST .../functions/{function_id}/execute`` runs one and returns what it returned (checked
against the contract first), ``GET /openapi.json`` serves the bundled document byte for byte,
``GET /healthz`` says it is up. Every error is an RFC 9457 problem document.

Routes come in groups (``ROUTE_GROUPS``), each a function from the ``ServerState`` to a list of
Starlette routes: a new endpoint is a new group, or a route added to one.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from function_return._server_functions import (
    AgentFunction,
    Conversation,
    check_arguments,
    json_text,
    load_folder,
    run,
)
from function_return._server_playground import PUBLIC_PATHS as PLAYGROUND_PATHS
from function_return._server_playground import playground_routes

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

    from function_return._server_runner import RunnerPool

log = logging.getLogger("function_return.server")

MAX_BODY = 1024 * 1024
"""The largest request body accepted, in bytes (1 MiB)."""

DEFAULT_TIMEOUT = 10.0
"""How long a function may run, in seconds, unless the server is told otherwise."""

DEFAULT_RUNNERS = 8
"""Worker processes that run functions, per server process (0: threads in the server)."""

PROBLEM_BASE = "https://function-return-contract.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"
EXECUTE_REQUEST = "#/components/schemas/ExecuteRequest"

ENV_FUNCTIONS = "FUNCTION_RETURN_FUNCTIONS"
ENV_TOKEN = "FUNCTION_RETURN_TOKEN"
ENV_TIMEOUT = "FUNCTION_RETURN_TIMEOUT"
ENV_RUNNERS = "FUNCTION_RETURN_RUNNERS"


@dataclass
class ServerState:
    """What the routes serve: the functions, the token (if any), the time limit, the runners.

    With a ``pool``, each call runs in one of its worker processes (a hung or crashed call
    costs a process, which is replaced); without one, in a thread of the server process.
    """

    functions: dict[str, AgentFunction]
    token: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    extra: dict[str, Any] = field(default_factory=dict)
    pool: RunnerPool | None = None


class ProblemError(Exception):
    """Raised inside a route to answer with a problem document."""

    def __init__(
        self,
        status: int,
        kind: str,
        detail: str,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.kind = kind
        self.detail = detail
        self.errors = errors
        self.headers = headers


_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    500: "Internal Server Error",
    504: "Gateway Timeout",
}


def problem_response(
    status: int,
    kind: str,
    detail: str,
    instance: str,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Return an RFC 9457 ``application/problem+json`` response."""
    document: dict[str, Any] = {
        "type": PROBLEM_BASE + kind,
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if errors is not None:
        document["errors"] = errors
    body = json_text(document).encode("utf-8")
    return Response(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


# ---------------------------------------------------------------- the service itself


def _service_routes(state: ServerState) -> list[BaseRoute]:
    from function_return_generated.openapi import OPENAPI_BUNDLED

    async def openapi(request: Request) -> Response:
        return Response(OPENAPI_BUNDLED, media_type="application/json")

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "functions": len(state.functions)})

    return [
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
    ]


# ---------------------------------------------------------------- the functions

_AGENT = "/v1/agents/{agent_id}/branches/{branch_id}"
ID_PATTERN = re.compile(r"[A-Za-z0-9_.-]{1,128}")
"""What an agent or branch id looks like (the OpenAPI document's ``AgentId``, ``BranchId``)."""


def _check_ids(request: Request) -> None:
    """Raise a 404 problem for an agent or branch id that cannot exist."""
    for name in ("agent_id", "branch_id"):
        value = request.path_params[name]
        if not ID_PATTERN.fullmatch(value):
            raise ProblemError(404, "not-found", f"no {name[:-3]} {json.dumps(value)}")


def _function_routes(state: ServerState) -> list[BaseRoute]:
    async def list_functions(request: Request) -> Response:
        _check_ids(request)
        functions = [state.functions[name].to_json() for name in sorted(state.functions)]
        return JSONResponse({"functions": functions})

    async def execute(request: Request) -> Response:
        _check_ids(request)
        name = request.path_params["function_id"]
        function = state.functions.get(name)
        if function is None:
            raise ProblemError(404, "not-found", f"no function {json.dumps(name)}")
        document = await _read_json(request)
        _check_request(document)
        arguments, problems = check_arguments(function, document["args"])
        if problems:
            errors = [{"pointer": p.pointer, "detail": p.detail} for p in problems]
            detail = "; ".join(f"{p.pointer}: {p.detail}" for p in problems)
            raise ProblemError(422, "invalid-arguments", detail, errors)
        conv = Conversation.from_request(document.get("conversation"))
        return await _execute(state, function, arguments, conv)

    return [
        Route(f"{_AGENT}/functions", list_functions, methods=["GET"]),
        Route(f"{_AGENT}/functions/{{function_id}}/execute", execute, methods=["POST"]),
    ]


async def _read_json(request: Request) -> Any:
    """The request body as JSON, or a 415, 413 or 400 problem."""
    content_type = request.headers.get("content-type")
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        got = json.dumps(content_type) if content_type is not None else "none"
        raise ProblemError(
            415, "unsupported-media-type", f"expected content type application/json; got {got}"
        )
    too_large = ProblemError(413, "content-too-large", f"the request body is over {MAX_BODY} bytes")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise too_large
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise too_large
        chunks.append(chunk)
    body = b"".join(chunks)
    try:
        return json.loads(body, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        reason = f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
    except RecursionError:
        reason = "nested too deeply"
    except (ValueError, UnicodeDecodeError) as exc:
        reason = str(exc)
    raise ProblemError(400, "not-json", f"the request body is not JSON: {reason}")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


@cache
def _request_validator() -> Validator:
    """A validator of the execute request, made from the bundled OpenAPI document."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    from function_return_generated.openapi import OPENAPI_BUNDLED

    uri = "urn:function-return:openapi"
    resource = Resource.from_contents(
        json.loads(OPENAPI_BUNDLED), default_specification=DRAFT202012
    )
    registry: Registry[Any] = Registry().with_resource(uri, resource)
    return Draft202012Validator({"$ref": uri + EXECUTE_REQUEST}, registry=registry)


def _check_request(document: Any) -> None:
    """Raise a 422 problem when ``document`` is not an ``ExecuteRequest``."""
    from function_return._pointer import join

    found = sorted(_request_validator().iter_errors(document), key=lambda e: list(e.path))
    if not found:
        return
    errors = [{"pointer": join(error.path), "detail": _detail(error)} for error in found]
    detail = "; ".join(f"{e['pointer'] or '(root)'}: {e['detail']}" for e in errors)
    raise ProblemError(422, "invalid-request", f"not an execute request: {detail}", errors)


def _detail(error: Any) -> str:
    """jsonschema's message; for a choice of plain types, the types, as for a list of types.

    The document writes ``anyOf: [{type: string}, {type: integer}...]`` where a ``type`` list
    would do, for readers that refuse union types (ajv's strict mode).
    """
    branches = error.validator_value if error.validator == "anyOf" else None
    if isinstance(branches, list) and branches and all(set(b) == {"type"} for b in branches):
        kinds = ", ".join(repr(b["type"]) for b in branches)
        return f"{error.instance!r} is not of type {kinds}"
    return str(error.message)


async def _execute(
    state: ServerState, function: AgentFunction, arguments: dict[str, Any], conv: Conversation
) -> Response:
    """Run the function; answer 200, or a 500 or 504 problem."""
    import anyio
    import anyio.to_thread

    from function_return import ReturnValidationError, validate

    if state.pool is not None:
        return await _execute_in_pool(state, state.pool, function, arguments, conv)
    call = partial(run, function, arguments, conv if function.wants_conv else None)
    try:
        with anyio.fail_after(state.timeout):
            outcome = await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
    except TimeoutError:
        log.warning("function %r ran past the %s s limit", function.name, state.timeout)
        raise ProblemError(
            504,
            "timeout",
            f"function {json.dumps(function.name)} ran past the {state.timeout:g} s limit",
        ) from None
    if outcome.error is not None:
        error = outcome.error
        log.error(
            "function %r raised", function.name, exc_info=(type(error), error, outcome.traceback)
        )
        raise ProblemError(
            500,
            "function-error",
            f"function {json.dumps(function.name)} raised {type(error).__name__}",
        )
    try:
        validate(outcome.value)
    except ReturnValidationError as exc:
        found = exc.errors
        listed = "; ".join(f"{e.path or '(root)'}: {e.message}" for e in found)
        log.error("function %r returned an invalid value: %s", function.name, listed)
        raise ProblemError(
            500,
            "invalid-return",
            f"function {json.dumps(function.name)} returned an invalid value: {listed}",
            [{"pointer": e.path, "detail": e.message} for e in found],
        ) from None
    document = {"body": outcome.value, "logs": outcome.logs, "runtime": outcome.runtime_ms}
    return Response(json_text(document).encode("utf-8"), media_type="application/json")


async def _execute_in_pool(
    state: ServerState,
    pool: RunnerPool,
    function: AgentFunction,
    arguments: dict[str, Any],
    conv: Conversation,
) -> Response:
    """Run the function in a worker process of ``pool`` (see ``_server_runner``)."""
    import anyio.to_thread

    from function_return._server_runner import unpickle_error

    name = json.dumps(function.name)
    passed = conv if function.wants_conv else None
    result = await anyio.to_thread.run_sync(
        pool.call, function.name, arguments, passed, state.timeout
    )
    if result.kind in ("timeout", "busy"):
        why = "ran past" if result.kind == "timeout" else "found no free worker within"
        log.warning("function %r %s the %s s limit", function.name, why, state.timeout)
        raise ProblemError(504, "timeout", f"function {name} {why} the {state.timeout:g} s limit")
    if result.kind in ("died", "broken"):
        log.error("function %r: its worker process failed: %s", function.name, result.detail)
        verb = "stopped its worker process" if result.kind == "died" else "could not be run"
        raise ProblemError(500, "function-error", f"function {name} {verb}")
    report = result.report
    if "missing" in report:
        raise ProblemError(404, "not-found", f"no function {name}")
    if "error" in report:
        error = unpickle_error(report)
        log.error(
            "function %r raised %s\n%s",
            function.name,
            report["error"]["type"],
            report["error"]["traceback"],
            exc_info=(type(error), error, None),
        )
        raise ProblemError(
            500, "function-error", f"function {name} raised {report['error']['type']}"
        )
    if "invalid" in report:
        found = report["invalid"]
        listed = "; ".join(f"{pointer or '(root)'}: {message}" for pointer, message in found)
        log.error("function %r returned an invalid value: %s", function.name, listed)
        raise ProblemError(
            500,
            "invalid-return",
            f"function {name} returned an invalid value: {listed}",
            [{"pointer": pointer, "detail": message} for pointer, message in found],
        )
    logs = json_text(report["logs"])
    content = f'{{"body": {report["body"]}, "logs": {logs}, "runtime": {report["runtime"]!r}}}'
    return Response(content.encode("utf-8"), media_type="application/json")


# ---------------------------------------------------------------- the app

ROUTE_GROUPS: tuple[Callable[[ServerState], list[BaseRoute]], ...] = (
    _service_routes,
    _function_routes,
    playground_routes,
)
"""Each group makes its routes from the server state; the app serves them all, in order."""

PUBLIC_PATHS = frozenset({"/openapi.json", "/healthz"}) | PLAYGROUND_PATHS
"""Paths served without the bearer token."""


class BearerAuth:
    """ASGI middleware: with a token set, every path but ``PUBLIC_PATHS`` needs it."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token.encode("utf-8") if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.token is None or scope["type"] != "http" or scope["path"] in PUBLIC_PATHS:
            await self.app(scope, receive, send)
            return
        header = dict(scope["headers"]).get(b"authorization", b"")
        scheme, _, given = header.partition(b" ")
        if scheme.lower() != b"bearer" or not given.strip():
            detail = "a bearer token is required"
        elif not hmac.compare_digest(given.strip(), self.token):
            detail = "the bearer token is wrong"
        else:
            await self.app(scope, receive, send)
            return
        response = problem_response(
            401, "unauthorized", detail, scope["path"], headers={"WWW-Authenticate": "Bearer"}
        )
        await response(scope, receive, send)


async def _on_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ProblemError)
    return problem_response(
        exc.status, exc.kind, exc.detail, request.url.path, exc.errors, exc.headers
    )


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    kind = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
    detail = {404: f"no such path {json.dumps(request.url.path)}", 405: "method not allowed"}
    return problem_response(
        exc.status_code,
        kind,
        detail.get(exc.status_code, str(exc.detail)),
        request.url.path,
        headers=dict(exc.headers or {}),
    )


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s", request.url.path, exc_info=exc)
    return problem_response(500, "internal-error", "unexpected server error", request.url.path)


def create_app(state: ServerState) -> Starlette:
    """Return the ASGI app serving ``state`` (its runner pool is closed on shutdown)."""
    from contextlib import asynccontextmanager

    from starlette.middleware import Middleware

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        yield
        if state.pool is not None:
            state.pool.close()

    routes = [route for group in ROUTE_GROUPS for route in group(state)]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[Middleware(BearerAuth, token=state.token)],
        exception_handlers={
            ProblemError: _on_problem,
            HTTPException: _on_http_error,
            Exception: _on_unexpected,
        },
    )
    app.state.server = state
    return app


def app_for_folder(
    folder: str | Path,
    *,
    token: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    runners: int = DEFAULT_RUNNERS,
) -> Starlette:
    """Return the app serving the functions in ``folder`` (raises ``FunctionLoadError``).

    ``runners`` worker processes run the functions, started when first needed; 0 runs them
    in threads of this process instead.
    """
    from function_return._server_runner import RunnerPool

    path = Path(folder).resolve()
    pool = RunnerPool(path, runners) if runners > 0 else None
    return create_app(ServerState(load_folder(path), token=token, timeout=timeout, pool=pool))


def app_from_environment() -> Starlette:
    """The app uvicorn workers build: settings come from ``FUNCTION_RETURN_*`` variables."""
    return app_for_folder(
        os.environ[ENV_FUNCTIONS],
        token=os.environ.get(ENV_TOKEN) or None,
        timeout=float(os.environ.get(ENV_TIMEOUT, DEFAULT_TIMEOUT)),
        runners=int(os.environ.get(ENV_RUNNERS, DEFAULT_RUNNERS)),
    )
