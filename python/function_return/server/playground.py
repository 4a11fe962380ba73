"""The playground: check endpoints, the page that calls them, and the API docs.

Routes (``playground_routes``, one of the server's ``ROUTE_GROUPS``):

- ``POST /v1/validate``, ``/v1/lint``, ``/v1/explain``: check a return value without running a
  function (``schema/openapi.yaml`` describes them). A request is ``{"value": ...}`` with
  ``lenient`` (validate) or ``config`` (lint, explain); an invalid value is a 200 with its
  errors, never a problem: only a request that is not one is (400, 413, 415, 422). ``/v1/explain``
  also takes ``effects``, the side effects the function performed before returning: the plan
  then tells the whole turn, and invalid effects are errors at ``/effects/<index>/...``.
- ``GET /`` and ``/playground``: the page, a text area where the checks run as you type. Its
  HTML, script and style are package data in ``static/``; the seed examples come from the
  bundled OpenAPI document, which inlines the schema's ``examples``.
- ``GET /docs``: the bundled OpenAPI document in Swagger UI, whose script and style are served
  from the pinned ``swagger-ui-py`` package.

Every page is served with a ``Content-Security-Policy`` of ``'self'``: nothing is fetched from
anywhere but this server. None of these paths needs the bearer token (``PUBLIC_PATHS``): they
run no function.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from function_return.authoring.explain import explain
from function_return.authoring.lint import lint
from function_return.core.errors import ErrorDetail, ReturnValidationError
from function_return.core.validate import errors, is_valid
from function_return.server.http import (
    MAX_ERRORS,
    ProblemError,
    check_request,
    offload,
    parse_body,
    read_body,
)

if TYPE_CHECKING:
    from function_return.server.state import ServerState

CHECK_PATHS = ("/v1/validate", "/v1/lint", "/v1/explain")
"""The check endpoints, in the order the OpenAPI document lists them."""

_PAGE = "/playground"
_DOCS = "/docs"
_OWN_ASSETS = {
    f"{_PAGE}/playground.js": ("playground.js", "text/javascript; charset=utf-8"),
    f"{_PAGE}/playground.css": ("playground.css", "text/css; charset=utf-8"),
    f"{_DOCS}/docs.js": ("docs.js", "text/javascript; charset=utf-8"),
    f"{_DOCS}/docs.css": ("docs.css", "text/css; charset=utf-8"),
}
_SWAGGER_ASSETS = {
    f"{_DOCS}/swagger-ui-bundle.js": ("swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    f"{_DOCS}/swagger-ui.css": ("swagger-ui.css", "text/css; charset=utf-8"),
}
_PAGES = {"/": "playground.html", _PAGE: "playground.html", _DOCS: "docs.html"}

PUBLIC_PATHS = frozenset([*CHECK_PATHS, *_PAGES, *_OWN_ASSETS, *_SWAGGER_ASSETS])
"""Every path of this module: served without the bearer token."""

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"
)
"""What the pages may load: only this server's own assets (Swagger UI styles some elements
inline, and draws its icons as ``data:`` images)."""


def _security_headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


@cache
def _own_asset(name: str) -> bytes:
    """The bytes of one file of ``static/`` (package data)."""
    return files("function_return.server").joinpath("static", name).read_bytes()


def swagger_ui_folder() -> Path:
    """The folder of Swagger UI's files in the installed ``swagger-ui-py`` package.

    Found without importing the package (whose ``__init__`` loads jinja2 and its web
    framework adapters).
    """
    from importlib.util import find_spec

    spec = find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the swagger-ui-py package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "static"


@cache
def _swagger_asset(name: str) -> bytes:
    return (swagger_ui_folder() / name).read_bytes()


def _json_bytes(document: Any) -> bytes:
    """JSON text; non-ASCII is escaped, so a lone surrogate in a message stays JSON."""
    return json.dumps(document, allow_nan=False).encode("ascii")


def _listed(key: str, found: list[dict[str, str]]) -> dict[str, Any]:
    """``{key: the first MAX_ERRORS}``, and ``total`` when there were more."""
    answer: dict[str, Any] = {key: found[:MAX_ERRORS]}
    if len(found) > MAX_ERRORS:
        answer["total"] = len(found)
    return answer


def _errors(found: list[ErrorDetail]) -> dict[str, Any]:
    """``errors``: the first ``MAX_ERRORS`` as JSON objects, and ``total`` when more."""
    answer: dict[str, Any] = {"errors": [error.as_dict() for error in found[:MAX_ERRORS]]}
    if len(found) > MAX_ERRORS:
        answer["total"] = len(found)
    return answer


def check_validate(request: dict[str, Any]) -> dict[str, Any]:
    """The answer of ``/v1/validate`` to a well-formed request."""
    lenient = bool(request.get("lenient", False))
    value = request["value"]
    if is_valid(value, lenient=lenient):
        return {"valid": True, "errors": []}
    return {"valid": False, **_errors(errors(value, lenient=lenient))}


def check_lint(request: dict[str, Any]) -> dict[str, Any]:
    """The answer of ``/v1/lint`` to a well-formed request."""
    found = lint(request["value"], config=request.get("config"))
    keys = ("code", "severity", "path", "message", "hint")
    return _listed("findings", [{key: getattr(f, key) for key in keys} for f in found])


def check_explain(request: dict[str, Any]) -> dict[str, Any]:
    """The answer of ``/v1/explain`` to a well-formed request."""
    try:
        explanation = explain(
            request["value"], effects=request.get("effects"), config=request.get("config")
        )
    except ReturnValidationError as exc:
        return {"valid": False, **_errors(exc.errors)}
    return {"valid": True, **explanation.as_dict()}


_CHECKS: dict[str, tuple[str, str, Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "/v1/validate": ("ValidateRequest", "validate", check_validate),
    "/v1/lint": ("CheckRequest", "lint", check_lint),
    "/v1/explain": ("ExplainRequest", "explain", check_explain),
}


def judge_check(path: str, body: bytes) -> tuple[int, bytes, str, str, Any, Any]:
    """Parse, check and answer one check request: the whole CPU-heavy part, as plain data.

    Returns:
        ``(200, answer, "", "", None, None)``, or for a problem ``(status, b"", kind, detail,
        errors, headers)``.
    """
    component, name, answer = _CHECKS[path]
    try:
        document = parse_body(body)
        check_request(document, component, f"a {name}")
        return 200, _json_bytes(answer(document)), "", "", None, None
    except ProblemError as exc:
        return exc.status, b"", exc.kind, exc.detail, exc.errors, exc.headers


def playground_routes(state: ServerState) -> list[BaseRoute]:
    """The routes of the check endpoints, the playground page and the API docs."""

    async def check(request: Request) -> Response:
        path = request.url.path
        body = await read_body(request)
        # Parsing, checking and judging are CPU work: off the event loop, in the bounded
        # capacity of the check endpoints (a process of its own when the server has one),
        # so /healthz and the functions go on meanwhile.
        if state.work is not None:
            judged = await state.work.run(judge_check, path, body)
        else:
            judged = await offload(state.checks, "check endpoints", judge_check, path, body)
        status, answer, kind, detail, errors, headers = judged
        if status != 200:
            raise ProblemError(status, kind, detail, errors, headers)
        return Response(answer, media_type="application/json")

    async def page(request: Request) -> Response:
        body = _own_asset(_PAGES[request.url.path])
        headers = {**_security_headers(), "Cache-Control": "no-cache"}
        return Response(body, media_type="text/html; charset=utf-8", headers=headers)

    async def own_asset(request: Request) -> Response:
        name, media_type = _OWN_ASSETS[request.url.path]
        headers = {**_security_headers(), "Cache-Control": "no-cache"}
        return Response(_own_asset(name), media_type=media_type, headers=headers)

    async def swagger_asset(request: Request) -> Response:
        name, media_type = _SWAGGER_ASSETS[request.url.path]
        headers = {**_security_headers(), "Cache-Control": "public, max-age=86400"}
        return Response(_swagger_asset(name), media_type=media_type, headers=headers)

    return [
        *(Route(path, check, methods=["POST"]) for path in CHECK_PATHS),
        *(Route(path, page, methods=["GET"]) for path in _PAGES),
        *(Route(path, own_asset, methods=["GET"]) for path in _OWN_ASSETS),
        *(Route(path, swagger_asset, methods=["GET"]) for path in _SWAGGER_ASSETS),
    ]
