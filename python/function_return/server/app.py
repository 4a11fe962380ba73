"""The reference server of the remote function endpoint: a Starlette app, run under uvicorn.

It implements ``schema/openapi.yaml``: ``GET .../functions`` lists the functions of a folder
(or of a project in the platform's layout, ``app_for_project``, with the files it could not
load),
``POST .../functions/{function_id}/execute`` runs one and returns what it returned (checked
against the contract first), ``GET /openapi.json`` serves the bundled document byte for byte,
``GET /healthz`` says it is up. Every error is an RFC 9457 problem document.

Routes come in groups (``ROUTE_GROUPS``), each a function from the ``ServerState`` to a list of
Starlette routes: a new endpoint is a new group, or a route added to one.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from function_return.core.jsonsafe import MAX_DEPTH
from function_return.core.jsontext import json_text
from function_return.core.report import clip
from function_return.runtime.capture import Outcome
from function_return.runtime.project import Project, load_project, problem_of, run_call
from function_return.server.cpu import WorkProcess
from function_return.server.functions import (
    AgentFunction,
    Conversation,
    check_arguments,
    judge_return,
    load_folder,
    run,
)
from function_return.server.http import (
    LOOPBACK_HOSTS,
    MAX_BODY,
    MAX_ERRORS,
    MAX_WAITING,
    BearerAuth,
    BrowserGuard,
    HeaderGuard,
    ProblemError,
    busy,
    check_request,
    check_token,
    deeper_than,
    function_error,
    invalid_return,
    offload,
    parse_body,
    problem_response,
    read_body,
    timed_out,
)
from function_return.server.playground import PUBLIC_PATHS as PLAYGROUND_PATHS
from function_return.server.playground import playground_routes
from function_return.server.runner import Result, RunnerPool
from function_return.server.state import DEFAULT_RUNNERS, DEFAULT_TIMEOUT, ServerState

T = TypeVar("T")

__all__ = [
    "MAX_BODY",
    "PUBLIC_PATHS",
    "ServerState",
    "app_for_folder",
    "app_for_project",
    "create_app",
]

log = logging.getLogger("function_return.server")


ENV_FUNCTIONS = "FUNCTION_RETURN_FUNCTIONS"
ENV_PROJECT = "FUNCTION_RETURN_PROJECT"
ENV_TOKEN = "FUNCTION_RETURN_TOKEN"
ENV_TIMEOUT = "FUNCTION_RETURN_TIMEOUT"
ENV_RUNNERS = "FUNCTION_RETURN_RUNNERS"
ENV_ALLOWED_HOSTS = "FUNCTION_RETURN_ALLOWED_HOSTS"
ENV_TOKEN_FILE = "FUNCTION_RETURN_TOKEN_FILE"
ENV_MEMORY_LIMIT = "FUNCTION_RETURN_MEMORY_LIMIT"
ENV_ISOLATE = "FUNCTION_RETURN_ISOLATE"


# ---------------------------------------------------------------- the service itself


def _service_routes(state: ServerState) -> list[BaseRoute]:
    from function_return_generated.openapi import OPENAPI_BUNDLED  # 200 KB: loaded when served

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
        functions = [state.functions[name].as_dict() for name in sorted(state.functions)]
        if state.project is None:
            return JSONResponse({"functions": functions})
        problems = [p.as_dict() for p in state.project.problems]
        return JSONResponse({"functions": functions, "load_problems": problems})

    async def execute(request: Request) -> Response:
        _check_ids(request)
        name = request.path_params["function_id"]
        function = state.functions.get(name)
        if function is None:
            raise ProblemError(404, "not-found", f"no function {json.dumps(name)}")
        body = await read_body(request)
        # Parsing and checking a request is CPU work: off the event loop, bounded, unless the
        # body is so small that it costs less than the trip to a thread.
        if len(body) <= INLINE_BODY:
            arguments, document = _prepare(function, body)
        else:
            arguments, document = await offload(
                state.requests, "execute requests", _prepare, function, body
            )
        if state.project is not None:
            return await _execute_in_project(state, state.project, function, arguments, document)
        return await _execute(
            state, function, arguments, Conversation.from_request(document.get("conversation"))
        )

    return [
        Route(f"{_AGENT}/functions", list_functions, methods=["GET"]),
        Route(f"{_AGENT}/functions/{{function_id}}/execute", execute, methods=["POST"]),
    ]


INLINE_BODY = 2048
"""Execute requests up to this many bytes are checked on the event loop (a few hundred
microseconds at most); larger ones in a thread of their own capacity."""


async def _call_in_pool(
    state: ServerState,
    pool: RunnerPool,
    name: str,
    arguments: dict[str, Any],
    passed: Conversation | dict[str, Any] | None,
) -> Result:
    """Run one call in ``pool`` within the ``calls`` capacity: a call waits for a free worker
    at most the time limit (then ``busy``), in a queue of at most ``MAX_WAITING``."""
    limiter = state.calls
    if limiter.statistics().tasks_waiting >= MAX_WAITING:
        raise busy("function calls")
    acquired = False
    with anyio.move_on_after(state.timeout):
        await limiter.acquire()
        acquired = True
    if not acquired:
        return Result("busy")
    try:
        return await pool.call(name, arguments, passed, state.timeout)
    finally:
        limiter.release()


def _prepare(function: AgentFunction, body: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """The arguments of an execute request's body and the body itself (checked against its
    schema), or a 400 or 422 problem."""
    document = parse_body(body)
    too_deep = deeper_than(document, MAX_DEPTH)
    if too_deep is not None:
        detail = f"nested more than {MAX_DEPTH} levels deep"
        errors = [{"pointer": too_deep, "detail": detail}]
        raise ProblemError(422, "invalid-request", f"{too_deep}: {detail}", errors)
    check_request(document, "ExecuteRequest", "an execute")
    arguments, problems = check_arguments(function, document["args"])
    if problems:
        errors = [{"pointer": p.pointer, "detail": p.detail} for p in problems[:MAX_ERRORS]]
        shown = "; ".join(f"{e['pointer']}: {e['detail']}" for e in errors)
        count = len(problems)
        detail = f"the first {MAX_ERRORS} of {count}: {shown}" if count > MAX_ERRORS else shown
        raise ProblemError(422, "invalid-arguments", detail, errors)
    return arguments, document


async def _execute(
    state: ServerState, function: AgentFunction, arguments: dict[str, Any], conv: Conversation
) -> Response:
    """Run the function; answer 200, or a 500 or 504 problem."""
    passed = conv if function.wants_conv else None
    if state.pool is not None:
        return await _execute_in_pool(state, state.pool, function, arguments, passed)
    call = partial(run, function, arguments, passed)
    outcome = await _in_thread(state, function, call)
    return _answer(_returned(function, outcome), outcome.logs, outcome.runtime_ms)


async def _in_thread(state: ServerState, function: AgentFunction, call: Callable[[], T]) -> T:
    """Run ``call`` in a thread of the ``calls`` capacity (503 when its queue is full), within
    the time limit (504 past it)."""
    if state.calls.statistics().tasks_waiting >= MAX_WAITING:
        raise busy("function calls")
    try:
        with anyio.fail_after(state.timeout):
            return await anyio.to_thread.run_sync(call, abandon_on_cancel=True, limiter=state.calls)
    except TimeoutError:
        log.warning("function %r ran past the %s s limit", function.name, state.timeout)
        raise timed_out(function.name, state.timeout) from None


def _returned(function: AgentFunction, outcome: Outcome) -> str:
    """The JSON text of what a call in a thread returned, or the problem of what it did: one
    of the runtime's own (``runtime.errors``), a function error, or an invalid return."""
    if outcome.error is not None:
        error = outcome.error
        problem = problem_of(error)
        if problem is not None:
            log.warning("function %r: %s", function.name, problem)
            found = {"type": problem.problem_type, "status": problem.status, "detail": str(problem)}
            raise _runtime_problem(function.name, found)
        log.error(
            "function %r raised", function.name, exc_info=(type(error), error, outcome.traceback)
        )
        raise function_error(function.name, f"raised {type(error).__name__}")
    text, invalid = judge_return(outcome.value)
    if text is None:
        raise _invalid(function.name, invalid)
    return text


def _invalid(name: str, found: list[tuple[str, str, str]]) -> ProblemError:
    """The 500 for an invalid return; the messages, values and all, go to the log only."""
    listed = "; ".join(f"{p or '(root)'}: {m}" for p, _, m in found[:MAX_ERRORS])
    log.error("function %r returned an invalid value: %s", name, listed[:100_000])
    return invalid_return(name, found)


def _answer(
    body: str,
    logs: list[str],
    runtime: float,
    effects: list[Any] | None = None,
    state: dict[str, Any] | None = None,
) -> Response:
    """The 200 answer: ``body`` is the return's JSON text, exactly as it was judged; a
    project's function adds its ``effects`` and ``state``."""
    content = f'{{"body": {body}, "logs": {json_text(logs)}, "runtime": {float(runtime)!r}'
    if effects is not None:
        content += f', "effects": {json_text(effects)}, "state": {json_text(state or {})}'
    return Response((content + "}").encode("utf-8"), media_type="application/json")


def _runtime_problem(name: str, problem: dict[str, Any]) -> ProblemError:
    """The problem for one of the runtime's errors (``runtime.errors``): its own type."""
    detail = clip(f"function {json.dumps(name)}: {problem['detail']}", 1000)
    return ProblemError(int(problem["status"]), str(problem["type"]), detail)


async def _execute_in_project(
    state: ServerState,
    project: Project,
    function: AgentFunction,
    arguments: dict[str, Any],
    document: dict[str, Any],
) -> Response:
    """Run a project's function (in a worker, or in a thread); answer with its effects."""
    request = {
        "conversation": document.get("conversation"),
        "fixtures": document.get("fixtures"),
    }
    if state.pool is not None:
        return await _execute_in_pool(state, state.pool, function, arguments, request)
    call = partial(
        run_call, project, function, arguments, request["conversation"], request["fixtures"]
    )
    turn = await _in_thread(state, function, call)
    text = _returned(function, turn.outcome)
    return _answer(text, turn.outcome.logs, turn.outcome.runtime_ms, turn.effects, turn.state)


async def _execute_in_pool(
    state: ServerState,
    pool: RunnerPool,
    function: AgentFunction,
    arguments: dict[str, Any],
    passed: Conversation | dict[str, Any] | None,
) -> Response:
    """Run the function in a worker process of ``pool`` (see ``server.runner``); ``passed``:
    its ``conv`` (a functions folder) or the request's conversation and fixtures (a project)."""
    result = await _call_in_pool(state, pool, function.name, arguments, passed)
    return _report_answer(function, _pool_report(function, result, state.timeout))


def _pool_report(function: AgentFunction, result: Any, timeout: float) -> dict[str, Any]:
    """The worker's report of a call that ran, or the problem of one that did not."""
    if result.kind == "busy":  # no worker came free: the function never ran, so not a 504
        log.warning("function %r found no free worker within %s s", function.name, timeout)
        raise busy("function calls")
    if result.kind == "timeout":
        log.warning("function %r ran past the %s s limit", function.name, timeout)
        raise timed_out(function.name, timeout)
    if result.kind in ("died", "broken"):
        log.error("function %r: its worker process failed: %s", function.name, result.detail)
        verb = "stopped its worker process" if result.kind == "died" else "could not be run"
        raise function_error(function.name, verb)
    report: dict[str, Any] = result.report
    return report


def _report_answer(function: AgentFunction, report: dict[str, Any]) -> Response:
    """The answer to a worker's report: 200, or the problem of what the function did."""
    name = json.dumps(function.name)
    if "missing" in report:
        raise ProblemError(404, "not-found", f"no function {name}")
    if "error" in report and "problem" in report["error"]:  # one of the runtime's own
        raise _runtime_problem(function.name, report["error"]["problem"])
    if "error" in report:
        # Plain text from the worker: the exception itself never leaves its process.
        kind, trace = str(report["error"]["type"]), str(report["error"]["traceback"])
        log.error("function %r raised %s\n%s", function.name, kind, trace)
        raise function_error(function.name, f"raised {kind}")
    if "invalid" in report:
        found = [(str(p), str(k), str(m)) for p, k, m in report["invalid"]]
        raise _invalid(function.name, found)
    effects = list(report["effects"]) if "effects" in report else None
    return _answer(
        str(report["body"]),
        list(report["logs"]),
        float(report["runtime"]),
        effects,
        dict(report.get("state") or {}),
    )


# ---------------------------------------------------------------- the app

ROUTE_GROUPS: tuple[Callable[[ServerState], list[BaseRoute]], ...] = (
    _service_routes,
    _function_routes,
    playground_routes,
)
"""Each group makes its routes from the server state; the app serves them all, in order."""

PUBLIC_PATHS = frozenset({"/openapi.json", "/healthz"}) | PLAYGROUND_PATHS
"""Paths served without the bearer token."""


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
    """Return the ASGI app serving ``state`` (its runner pool is closed on shutdown).

    Raises:
        ValueError: the token is empty or has surrounding white space (no request could
            ever match it: a header's value is read without them).
    """
    if state.token is not None:
        check_token(state.token)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        if state.work is not None:
            state.work.start()
        yield
        if state.pool is not None:
            state.pool.close()
        if state.work is not None:
            state.work.close()

    routes = [route for group in ROUTE_GROUPS for route in group(state)]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(HeaderGuard),
            Middleware(BrowserGuard, allowed_hosts=state.allowed_hosts),
            Middleware(BearerAuth, token=state.token, public=PUBLIC_PATHS),
        ],
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
    allowed_hosts: frozenset[str] | None = None,
    memory_limit: int | None = None,
    isolate: str = "none",
) -> Starlette:
    """Return the app serving the functions in ``folder`` (raises ``FunctionLoadError``).

    ``runners`` worker processes run the functions, started when first needed, and one more
    process judges the check endpoints' requests; 0 runs both in threads of this process
    instead. ``allowed_hosts``: the ``Host`` names served (None:
    any; ``function-return serve`` without a token serves the loopback names only).
    ``memory_limit``: each worker's address space in bytes; ``isolate="call"``: a fresh
    worker for each call (see ``server.runner``).
    """
    path = Path(folder).resolve()
    pool = (
        RunnerPool(path, runners, memory_limit=memory_limit, isolate=isolate)
        if runners > 0
        else None
    )
    state = ServerState(
        load_folder(path),
        token=token,
        timeout=timeout,
        pool=pool,
        allowed_hosts=allowed_hosts,
        # With worker processes for the functions, the check endpoints get one too.
        work=WorkProcess("check endpoints") if runners > 0 else None,
    )
    return create_app(state)


def app_for_project(
    folder: str | Path,
    *,
    strict: bool = False,
    token: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    runners: int = DEFAULT_RUNNERS,
    allowed_hosts: frozenset[str] | None = None,
    memory_limit: int | None = None,
    isolate: str = "none",
) -> Starlette:
    """Return the app serving the project in ``folder`` (``runtime.project``), as
    ``app_for_folder`` does a functions folder; the functions list names the files that could
    not be loaded (``strict``: raise ``ProjectLoadError`` instead)."""
    path = Path(folder).resolve()
    project = load_project(path, strict=strict)
    for problem in project.problems:
        log.warning("%s: not served: %s", problem.path, problem.reason)
    pool = (
        RunnerPool(path, runners, memory_limit=memory_limit, isolate=isolate, project=True)
        if runners > 0
        else None
    )
    state = ServerState(
        project.functions,
        token=token,
        timeout=timeout,
        pool=pool,
        allowed_hosts=allowed_hosts,
        project=project,
    )
    return create_app(state)


def read_token_file(path: str) -> str:
    """The token in a file (one line; its line break is not part of it).

    Raises:
        ValueError: the file cannot be read, or the token is empty or has white space
            around it.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the token: {type(exc).__name__}") from None
    token = text.removesuffix("\n").removesuffix("\r")
    check_token(token)
    return token


def allowed_hosts_setting(value: str | None, token: str | None) -> frozenset[str] | None:
    """The ``Host`` names to serve, from ``FUNCTION_RETURN_ALLOWED_HOSTS`` (comma-separated).

    Unset: the loopback names without a token (DNS rebinding cannot then reach an open
    server), any with one. ``*`` among them: any.
    """
    if not value:
        return None if token else LOOPBACK_HOSTS
    names = frozenset(n.strip().lower().strip("[]") for n in value.split(",") if n.strip())
    return None if "*" in names else names


SWITCH_INTERVAL = 0.001
"""How often, in seconds, a thread doing CPU work (a check) lets the event loop run.

Python's default (5 ms) lets a few busy threads hold ``/healthz`` back by 100 ms and more."""


def app_from_environment() -> Starlette:
    """The app uvicorn workers build: settings come from ``FUNCTION_RETURN_*`` variables.

    The token is read from the file ``FUNCTION_RETURN_TOKEN_FILE`` names, or taken out of
    ``FUNCTION_RETURN_TOKEN``: either way it is not in the environment of the worker
    processes this server starts.
    """
    sys.setswitchinterval(SWITCH_INTERVAL)  # this process is the server's own
    token = os.environ.pop(ENV_TOKEN, None) or None
    token_file = os.environ.get(ENV_TOKEN_FILE)
    if token_file:
        token = read_token_file(token_file)
    limit = os.environ.get(ENV_MEMORY_LIMIT)
    project = os.environ.get(ENV_PROJECT)
    if project:
        return app_for_project(
            project,
            token=token,
            allowed_hosts=allowed_hosts_setting(os.environ.get(ENV_ALLOWED_HOSTS), token),
            timeout=float(os.environ.get(ENV_TIMEOUT, DEFAULT_TIMEOUT)),
            runners=int(os.environ.get(ENV_RUNNERS, DEFAULT_RUNNERS)),
            memory_limit=int(limit) if limit else None,
            isolate=os.environ.get(ENV_ISOLATE) or "none",
        )
    return app_for_folder(
        os.environ[ENV_FUNCTIONS],
        token=token,
        allowed_hosts=allowed_hosts_setting(os.environ.get(ENV_ALLOWED_HOSTS), token),
        timeout=float(os.environ.get(ENV_TIMEOUT, DEFAULT_TIMEOUT)),
        runners=int(os.environ.get(ENV_RUNNERS, DEFAULT_RUNNERS)),
        memory_limit=int(limit) if limit else None,
        isolate=os.environ.get(ENV_ISOLATE) or "none",
    )
