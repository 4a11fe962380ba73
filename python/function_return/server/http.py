"""HTTP plumbing shared by every route: problem documents, the bearer token, reading a JSON
body, and checking a request against its schema in the bundled OpenAPI document.

Every error answer is an RFC 9457 ``application/problem+json`` document, built by
``problem_response`` (or raised as ``ProblemError`` inside a route).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from function_return.core.jsontext import json_text, loads, not_json_reason
from function_return.core.pointer import join

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

MAX_BODY = 1024 * 1024
"""The largest request body accepted, in bytes (1 MiB)."""

PROBLEM_BASE = "https://function-return-contract.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

DETAIL_LIMIT = 300
"""The longest message of one error in a problem document, in characters."""

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


def invalid_return(function: str, found: list[tuple[str, str]]) -> ProblemError:
    """The 500 problem for a function whose return breaks the contract: (pointer, message)s."""
    listed = "; ".join(f"{pointer or '(root)'}: {message}" for pointer, message in found)
    return ProblemError(
        500,
        "invalid-return",
        f"function {json.dumps(function)} returned an invalid value: {listed}",
        [{"pointer": pointer, "detail": message} for pointer, message in found],
    )


def function_error(function: str, what: str) -> ProblemError:
    """The 500 problem for a function that failed: ``what`` it did (``raised KeyError``...)."""
    return ProblemError(500, "function-error", f"function {json.dumps(function)} {what}")


async def read_json(request: Request) -> Any:
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
    try:
        return loads(b"".join(chunks))
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        reason = not_json_reason(exc)
    raise ProblemError(400, "not-json", f"the request body is not JSON: {reason}")


@cache
def _request_validator(component: str) -> Validator:
    """A validator of one request schema, made from the bundled OpenAPI document."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    from function_return_generated.openapi import OPENAPI_BUNDLED

    uri = "urn:function-return:openapi"
    resource = Resource.from_contents(
        json.loads(OPENAPI_BUNDLED), default_specification=DRAFT202012
    )
    registry: Registry[Any] = Registry().with_resource(uri, resource)
    return Draft202012Validator(
        {"$ref": f"{uri}#/components/schemas/{component}"}, registry=registry
    )


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


def _short(text: str) -> str:
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


def request_errors(document: Any, component: str) -> list[dict[str, str]]:
    """Each way ``document`` is not a ``component`` request, with its pointer (empty: it is)."""
    found = sorted(
        _request_validator(component).iter_errors(document),
        key=lambda e: [str(part) for part in e.absolute_path],
    )
    return [{"pointer": join(e.absolute_path), "detail": _short(_detail(e))} for e in found]


def check_request(document: Any, component: str, name: str) -> None:
    """Raise a 422 problem when ``document`` is not a ``component`` (a ``name`` request)."""
    problems = request_errors(document, component)
    if problems:
        listed = "; ".join(f"{p['pointer'] or '(root)'}: {p['detail']}" for p in problems)
        raise ProblemError(422, "invalid-request", f"not {name} request: {listed}", problems)


class BearerAuth:
    """ASGI middleware: with a token set, every path but the public ones needs it."""

    def __init__(self, app: ASGIApp, token: str | None, public: Collection[str]) -> None:
        self.app = app
        self.token = token.encode("utf-8") if token else None
        self.public = public

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.token is None or scope["type"] != "http" or scope["path"] in self.public:
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
