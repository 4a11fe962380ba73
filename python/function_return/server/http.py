"""HTTP plumbing shared by every route: problem documents, the bearer token, reading a JSON
body, and checking a request against its schema in the bundled OpenAPI document.

Every error answer is an RFC 9457 ``application/problem+json`` document, built by
``problem_response`` (or raised as ``ProblemError`` inside a route).
"""

from __future__ import annotations

import heapq
import hmac
import json
from collections.abc import Callable, Collection
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

import anyio.to_thread
from anyio import CapacityLimiter
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from function_return.core.jsontext import json_text, loads, not_json_reason
from function_return.core.pointer import join, shorten
from function_return.core.report import clip

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

T = TypeVar("T")

MAX_BODY = 1024 * 1024
"""The largest request body accepted, in bytes (1 MiB)."""

PROBLEM_BASE = "https://function-return-contract.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

DETAIL_LIMIT = 300
"""The longest message of one error in a problem document, in characters."""

_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    500: "Internal Server Error",
    503: "Service Unavailable",
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


def expected_shape(keyword: str, message: str) -> str:
    """What a return error says is expected, without the value the function returned.

    Messages say "expected X; got Y": only "expected X" is kept. An unknown key is named by
    the pointer alone; a part with no JSON form says which JSON rule it breaks.
    """
    if keyword == "additionalProperties":
        return "unknown key"
    if keyword == "propertyNames":
        return "key not allowed" + (": " + message.split(": ", 1)[1] if ": " in message else "")
    if keyword == "json" and message.startswith("cannot be read"):
        return "cannot be read as JSON"
    return clip(message.split("; got", 1)[0], DETAIL_LIMIT)


def invalid_return(function: str, found: list[tuple[str, str, str]]) -> ProblemError:
    """The 500 problem for a function whose return breaks the contract.

    ``found`` holds (pointer, keyword, message) triples, at most ``MAX_ERRORS`` are listed.
    The problem names each pointer, keyword and expected shape: never the returned value, a
    key in full, or an exception's text (those go to the server's log).
    """
    errors = [
        {
            "pointer": shorten(pointer),
            "keyword": keyword,
            "detail": expected_shape(keyword, message),
        }
        for pointer, keyword, message in found[:MAX_ERRORS]
    ]
    shown = "; ".join(f"{e['pointer'] or '(root)'}: {e['detail']}" for e in errors)
    return ProblemError(
        500,
        "invalid-return",
        f"function {json.dumps(function)} returned an invalid value{listed(len(found))}: {shown}",
        errors,
    )


def timed_out(function: str, timeout: float) -> ProblemError:
    """The 504 problem for a function that ran past the time limit."""
    return ProblemError(
        504, "timeout", f"function {json.dumps(function)} ran past the {timeout:g} s limit"
    )


def function_error(function: str, what: str) -> ProblemError:
    """The 500 problem for a function that failed: ``what`` it did (``raised KeyError``...)."""
    return ProblemError(500, "function-error", f"function {json.dumps(function)} {what}")


async def read_body(request: Request) -> bytes:
    """The request body's bytes (a JSON content type, at most ``MAX_BODY``), or a 415 or 413.

    Reading is all that happens on the event loop; parsing is CPU work (``parse_body``).
    """
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
    return b"".join(chunks)


def parse_body(body: bytes) -> Any:
    """The body as JSON, or a 400 problem."""
    try:
        return loads(body)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        reason = not_json_reason(exc)
    raise ProblemError(400, "not-json", f"the request body is not JSON: {reason}")


async def read_json(request: Request) -> Any:
    """The request body as JSON, or a 415, 413 or 400 problem."""
    return parse_body(await read_body(request))


MAX_WAITING = 128
"""How many requests of one kind may wait for a free thread of its capacity; more get a 503."""

RETRY_AFTER = "1"
"""What a 503 asks a client to wait before trying again, in seconds."""


def busy(what: str) -> ProblemError:
    """The 503 problem of a request that found its capacity full and its queue too."""
    return ProblemError(
        503,
        "busy",
        f"the server is busy ({what}); try again shortly",
        headers={"Retry-After": RETRY_AFTER},
    )


async def offload(limiter: CapacityLimiter, what: str, call: Callable[..., T], *args: Any) -> T:
    """Run ``call(*args)`` in a thread of ``limiter``'s capacity, off the event loop.

    A request waits for a free thread in a queue of at most ``MAX_WAITING``; past that it is
    answered 503 with ``Retry-After`` at once (``what`` names the capacity).
    """
    if limiter.statistics().tasks_waiting >= MAX_WAITING:
        raise busy(what)
    return await anyio.to_thread.run_sync(call, *args, limiter=limiter)


MAX_ERRORS = 100
"""The most errors one answer lists; its ``detail`` says how many there were in all."""


def listed(count: int) -> str:
    """How a detail says it lists only some errors: "" or " (the first 100 of N)"."""
    return f" (the first {MAX_ERRORS} of {count})" if count > MAX_ERRORS else ""


@cache
def _request_validator(component: str) -> Validator:
    """A validator of one request schema, made from the bundled OpenAPI document."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    from function_return.core.linear import linear
    from function_return_generated.openapi import OPENAPI_BUNDLED

    uri = "urn:function-return:openapi"
    resource = Resource.from_contents(
        json.loads(OPENAPI_BUNDLED), default_specification=DRAFT202012
    )
    registry: Registry[Any] = Registry().with_resource(uri, resource)
    checker: Validator = linear(Draft202012Validator)(
        {"$ref": f"{uri}#/components/schemas/{component}"}, registry=registry
    )
    return checker


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


def request_errors(document: Any, component: str) -> tuple[list[dict[str, str]], int]:
    """The first ``MAX_ERRORS`` ways ``document`` is not a ``component`` request, by pointer,
    and how many there are in all (0: it is one)."""
    found = list(_request_validator(component).iter_errors(document))
    first = heapq.nsmallest(
        MAX_ERRORS, found, key=lambda e: [str(part) for part in e.absolute_path]
    )
    shown = [
        {"pointer": join(e.absolute_path), "detail": clip(_detail(e), DETAIL_LIMIT)} for e in first
    ]
    return shown, len(found)


def check_request(document: Any, component: str, name: str) -> None:
    """Raise a 422 problem when ``document`` is not a ``component`` (a ``name`` request)."""
    problems, count = request_errors(document, component)
    if problems:
        text = "; ".join(f"{p['pointer'] or '(root)'}: {p['detail']}" for p in problems)
        detail = f"not {name} request{listed(count)}: {text}"
        raise ProblemError(422, "invalid-request", detail, problems)


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


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
"""The Host names a server without a token accepts unless told otherwise (``--allowed-host``)."""

_SAFE_FETCH_SITES = (b"same-origin", b"none")
"""``Sec-Fetch-Site`` values of requests that do not come from another site's page."""


def host_name(value: str) -> str | None:
    """The name of a ``Host`` header without its port (``[::1]:8080`` is ``::1``), lowercased;
    None when it is not a host name with an optional numeric port."""
    value = value.strip().lower()
    if value.startswith("["):
        name, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        return name
    name, colon, port = value.partition(":")
    if not name or (colon and not port.isdigit()):
        return None
    return name


class BrowserGuard:
    """ASGI middleware against DNS rebinding and cross-site requests from a browser.

    - The ``Host`` must name one of ``allowed_hosts`` (any port); ``None`` accepts any (a
      server with a token, or one told ``--allowed-host '*'``). A page on ``evil.example``
      that rebinds that name to 127.0.0.1 sends ``Host: evil.example``: 400.
    - A request that a browser marks as coming from another site (``Sec-Fetch-Site`` other
      than ``same-origin`` or ``none``, or an ``Origin`` whose host and port are not the
      ``Host``) is 403, except a plain page load (``GET`` of a path outside ``/v1``).
    """

    def __init__(self, app: ASGIApp, allowed_hosts: Collection[str] | None) -> None:
        self.app = app
        self.allowed = None if allowed_hosts is None else {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        host = headers.get(b"host", b"").decode("latin-1")
        refusal = self._refusal(scope, headers, host)
        if refusal is None:
            await self.app(scope, receive, send)
            return
        status, kind, detail = refusal
        response = problem_response(status, kind, detail, scope["path"])
        await response(scope, receive, send)

    def _refusal(
        self, scope: Scope, headers: dict[bytes, bytes], host: str
    ) -> tuple[int, str, str] | None:
        name = host_name(host)
        if self.allowed is not None and (name is None or name not in self.allowed):
            return (
                400,
                "host-not-allowed",
                "the Host header names a host this server does not serve",
            )
        page_load = scope["method"] in ("GET", "HEAD") and not scope["path"].startswith("/v1")
        if page_load:
            return None
        site = headers.get(b"sec-fetch-site")
        if site is not None and site.strip().lower() not in _SAFE_FETCH_SITES:
            return 403, "cross-site", "requests from another site's page are refused"
        origin = headers.get(b"origin")
        if origin is not None and not _same_origin(origin.decode("latin-1"), host):
            return 403, "cross-site", "requests from another site's page are refused"
        return None


def _same_origin(origin: str, host: str) -> bool:
    """Whether an ``Origin`` (``http://name:port``) names the same host and port as ``Host``."""
    scheme, sep, authority = origin.strip().lower().partition("://")
    if not sep or scheme not in ("http", "https"):
        return False
    return authority == host.strip().lower()


class HeaderGuard:
    """ASGI middleware: a request with both ``Content-Length`` and ``Transfer-Encoding`` is 400
    (the two readings of its length are how requests are smuggled past a proxy), and every
    answer carries ``X-Content-Type-Options: nosniff``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_nosniff(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() != b"x-content-type-options"
                ]
                headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        names = {name.lower() for name, _ in scope["headers"]}
        if b"content-length" in names and b"transfer-encoding" in names:
            response = problem_response(
                400,
                "ambiguous-length",
                "the request has both Content-Length and Transfer-Encoding",
                scope["path"],
                headers={"Connection": "close"},
            )
            await response(scope, receive, send_nosniff)
            return
        await self.app(scope, receive, send_nosniff)


def check_token(token: str) -> None:
    """Raise ``ValueError`` for a bearer token no request could match (see ``BearerAuth``)."""
    if not token or token != token.strip() or any(c in token for c in "\r\n"):
        raise ValueError("the bearer token is empty or has white space around it")


def deeper_than(document: Any, limit: int) -> str | None:
    """The JSON Pointer of the first container of ``document`` nested past ``limit`` levels,
    or None; iterative and linear, so any depth the parser accepted is walked safely."""
    # Each entry: the value, its depth, and where it sits (parent entry, key) for the pointer.
    seen: list[tuple[int, str | int]] = [(-1, "")]
    stack: list[tuple[Any, int, int]] = [(document, 0, 0)]
    while stack:
        item, depth, at = stack.pop()
        if isinstance(item, dict):
            children: Any = item.items()
        elif isinstance(item, list):
            children = enumerate(item)
        else:
            continue
        if depth >= limit:
            parts: list[str | int] = []
            while at > 0:
                at, key = seen[at]
                parts.append(key)
            return join(reversed(parts))
        for key, child in children:
            if isinstance(child, dict | list):
                seen.append((at, key))
                stack.append((child, depth + 1, len(seen) - 1))
    return None
