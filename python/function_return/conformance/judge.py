"""What an answer should be, and whether it is: the oracle and the checks of one exchange.

``expect_execute`` says, for an execute request and the function's declared parameters, which
statuses the document allows and why (422 for arguments that do not fit, 404 for an unknown
function, ...). ``judge`` checks one answer against that: the status, a problem document for
every error, the envelope of a 200 (no extra field) and its ``body`` under the contract (the
core's ``validate``; ``lint`` adds warnings). Also the HTTP client and the curl line.
"""

from __future__ import annotations

import http.client
import json
import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from function_return.conformance.functions import FunctionSpec
from function_return.core.jsontext import loads
from function_return.core.pointer import join
from function_return.core.validate import errors as body_errors

JSON_TYPE = "application/json"
PROBLEM_TYPE = "application/problem+json"
NAME_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
TOKEN_VARIABLE = "FUNCTION_RETURN_TOKEN"
VALID_ARGS_STATUSES = (200, 500, 504)
"""A valid call: the function ran (200), raised or returned an invalid value (500, a problem
document), or ran past the time limit (504)."""


@dataclass(frozen=True)
class Expectation:
    """The statuses the document allows for a request, and the reason, in words."""

    statuses: tuple[int, ...]
    cause: str
    kind: str = ""
    """The cause in a word (``missing-argument``, ``wrong-type``, ``not-json``...): failures of
    the same check and kind are one failure, seen in several calls."""
    pointer: str | None = None
    """Where in the request the cause is (``/args/length``), when it is in the request."""

    def words(self) -> str:
        """``422`` or ``200, 500 or 504``."""
        names = [str(s) for s in self.statuses]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@dataclass
class Exchange:
    """One request sent and what came back (``status`` None: no answer, ``error`` says why)."""

    method: str
    url: str
    body: bytes | None = None
    content_type: str | None = None
    with_token: bool = True
    status: int | None = None
    response_type: str = ""
    content: bytes = b""
    error: str | None = None

    def curl(self) -> str:
        """A curl line that sends the same request; the token comes from the environment."""
        parts = ["curl", "-i", "-X", self.method, shlex.quote(self.url)]
        if self.content_type is not None:
            parts += ["-H", shlex.quote(f"Content-Type: {self.content_type}")]
        if self.with_token:
            parts += ["-H", f'"Authorization: Bearer ${TOKEN_VARIABLE}"']
        if self.body is None:
            return " ".join(parts)
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is not None and text.isprintable():
            return " ".join([*parts, "--data-binary", shlex.quote(text)])
        escaped = "".join(f"\\x{byte:02x}" for byte in self.body)
        return f"printf '{escaped}' | " + " ".join([*parts, "--data-binary", "@-"])

    def json(self) -> Any:
        """The answer's JSON; ValueError when it is not JSON."""
        return json.loads(self.content.decode("utf-8"))

    def media_type(self) -> str:
        return self.response_type.split(";", 1)[0].strip().lower()


@dataclass(frozen=True)
class Issue:
    """One way an answer breaks the document."""

    check: str
    title: str
    message: str
    pointer: str | None = None
    severity: str = "error"


@dataclass
class Client:
    """Sends requests to one base URL (no redirects followed, nothing kept between requests)."""

    base_url: str
    token: str | None = None
    timeout: float = 30.0
    _prefix: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        self._parts = urlsplit(self.base_url)
        self._prefix = self._parts.path

    def send(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        content_type: str | None = None,
        with_token: bool = True,
    ) -> Exchange:
        """Send one request to ``base_url + path`` and return the exchange."""
        exchange = Exchange(
            method,
            self.base_url + path,
            body,
            content_type,
            with_token=with_token and self.token is not None,
        )
        headers = {"Accept": f"{JSON_TYPE}, {PROBLEM_TYPE}"}
        if content_type is not None:
            headers["Content-Type"] = content_type
        if exchange.with_token:
            headers["Authorization"] = f"Bearer {self.token}"
        connection_type = (
            http.client.HTTPSConnection
            if self._parts.scheme == "https"
            else http.client.HTTPConnection
        )
        try:
            connection = connection_type(self._parts.netloc, timeout=self.timeout)
            try:
                connection.request(method, self._prefix + path, body=body, headers=headers)
                response = connection.getresponse()
                exchange.content = response.read()
                exchange.status = response.status
                exchange.response_type = response.getheader("Content-Type") or ""
            finally:
                connection.close()
        except (OSError, http.client.HTTPException, ValueError) as exc:
            exchange.error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return exchange


# ------------------------------------------------------------------------------ schemas


@cache
def _bundle() -> dict[str, Any]:
    from function_return_generated.openapi import OPENAPI_BUNDLED

    document: dict[str, Any] = json.loads(OPENAPI_BUNDLED)
    return document


def bundled_schema(name: str) -> dict[str, Any]:
    """A copy of ``components/schemas/NAME`` of the bundled document."""
    schema: dict[str, Any] = json.loads(json.dumps(_bundle()["components"]["schemas"][name]))
    return schema


@cache
def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator

    root = {"components": _bundle()["components"], "$ref": f"#/components/schemas/{name}"}
    if name == "ExecuteResponse":
        # the envelope alone: ``body`` is judged by the core's validator, with its own messages
        envelope = bundled_schema("ExecuteResponse")
        envelope["properties"]["body"] = True
        root = {"components": _bundle()["components"], **envelope}
    return Draft202012Validator(root)


def schema_issues(name: str, document: Any, check: str, title: str) -> list[Issue]:
    """One issue per way ``document`` breaks the bundled schema ``name``."""
    found = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.absolute_path))
    return [Issue(check, title, e.message, join(list(e.absolute_path))) for e in found]


# ------------------------------------------------------------------------------- oracle


def _describe(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _fits(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return isinstance(value, int | float)


def request_problem(document: Any) -> tuple[str, str] | None:
    """Why ``document`` is not an execute request (ExecuteRequest): (pointer, words), or None."""
    found = schema_issues("ExecuteRequest", document, "request", "")
    if found:
        first = found[0]
        where = first.pointer or ""
        return where, f"not an execute request: {where or '(root)'}: {first.message}"
    return None


def args_problem(spec: FunctionSpec, args: dict[str, Any]) -> tuple[str, str, str] | None:
    """Why ``args`` do not fit the declared parameters: (kind, pointer, words), or None.

    A parameter of unknown type fits any argument value.
    """
    if spec.params is None:
        return None
    declared = {p.name: p for p in spec.params}
    for param in spec.params:
        where = "/args/" + param.name.replace("~", "~0").replace("/", "~1")
        if param.name not in args:
            if param.required and param.type is not None:
                words = f"missing required argument {param.name!r} ({param.type})"
                return "missing-argument", where, words
            continue
        if param.type is not None and not _fits(param.type, args[param.name]):
            given = _describe(args[param.name])
            words = f"argument {param.name!r} is not {_article(param.type)}: {given}"
            return "wrong-type", where, words
    for name in args:
        if name not in declared:
            where = "/args/" + name.replace("~", "~0").replace("/", "~1")
            return "unknown-argument", where, f"unknown argument {name!r}"
    return None


def _article(kind: str) -> str:
    return f"an {kind}" if kind == "integer" else f"a {kind}"


def expect_execute(
    spec: FunctionSpec | None, content_type: str | None, body: bytes | None
) -> Expectation:
    """What the document allows for an execute request of ``spec`` (None: unknown function)."""
    if spec is None:
        return Expectation((404,), "an unknown function", "unknown-function")
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media != JSON_TYPE:
        return Expectation((415,), f"a body of type {content_type or 'none'}", "media-type")
    try:
        document = loads(body or b"")  # as the reference server reads a request
    except (ValueError, RecursionError):
        return Expectation((400,), "a body that is not JSON", "not-json")
    request = request_problem(document)
    if request is not None:
        where, words = request
        return Expectation((422,), words, "not-an-execute-request", where)
    fit = args_problem(spec, document["args"])
    if fit is not None:
        kind, where, words = fit
        return Expectation((422,), f"arguments that do not fit: {words}", kind, where)
    return Expectation(VALID_ARGS_STATUSES, "valid arguments", "valid")


# -------------------------------------------------------------------------------- judge


def problem_issues(exchange: Exchange) -> list[Issue]:
    """An error answer must be a problem document whose ``status`` is the HTTP status."""
    assert exchange.status is not None
    if exchange.media_type() != PROBLEM_TYPE:
        shown = exchange.response_type or "none"
        return [
            Issue(
                "problem",
                "Error is not a problem document",
                f"a {exchange.status} must be {PROBLEM_TYPE}; got Content-Type {shown}: "
                f"{_snippet(exchange.content)}",
            )
        ]
    try:
        document = exchange.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return [
            Issue(
                "problem",
                "Error is not a problem document",
                f"the {PROBLEM_TYPE} body is not JSON: {_snippet(exchange.content)}",
            )
        ]
    found = schema_issues("Problem", document, "problem", "Error is not a problem document")
    if not found and document.get("status") != exchange.status:
        found.append(
            Issue(
                "problem",
                "Problem status differs from the HTTP status",
                f"the problem's status is {json.dumps(document.get('status'))}; the HTTP status "
                f"is {exchange.status}",
                "/status",
            )
        )
    return found


def _snippet(content: bytes, limit: int = 120) -> str:
    text = content.decode("utf-8", "replace").strip().replace("\n", " ")
    text = text if len(text) <= limit else text[: limit - 3] + "..."
    return json.dumps(text)


def problem_detail(exchange: Exchange) -> str:
    """The problem's ``detail`` (or the start of the body), to show with a wrong status."""
    try:
        document = exchange.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _snippet(exchange.content)
    if isinstance(document, dict) and isinstance(document.get("detail"), str):
        return json.dumps(document["detail"][:200])
    return _snippet(exchange.content)


def problem_pointers(exchange: Exchange) -> list[str]:
    """The ``pointer`` of each entry of the problem's ``errors``."""
    try:
        document = exchange.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return []
    found = document.get("errors") if isinstance(document, dict) else None
    if not isinstance(found, list):
        return []
    return [
        e["pointer"] for e in found if isinstance(e, dict) and isinstance(e.get("pointer"), str)
    ]


def judge_execute(
    exchange: Exchange,
    expectation: Expectation,
    spec: FunctionSpec | None,
    *,
    lint: bool = False,
) -> tuple[list[Issue], bool]:
    """The issues of an execute answer, and whether a ``body`` was validated."""
    status = exchange.status
    assert status is not None
    issues: list[Issue] = []
    if status not in expectation.statuses:
        issues.append(
            Issue(
                "status",
                f"{status} where the document says {expectation.words()}",
                f"expected {expectation.words()} for {expectation.cause}; got {status}: "
                f"{problem_detail(exchange) if status != 200 else _snippet(exchange.content)}",
                expectation.pointer,
            )
        )
        if status == 422 and spec is not None and expectation.cause == "valid arguments":
            issues.extend(_list_mismatch(exchange, spec))
    if status >= 400:
        issues.extend(problem_issues(exchange))
        return issues, False
    if status != 200:
        return issues, False
    return _envelope_issues(exchange, issues, lint=lint)


def _list_mismatch(exchange: Exchange, spec: FunctionSpec) -> list[Issue]:
    declared = {p.name for p in spec.params or ()}
    found = []
    for pointer in problem_pointers(exchange):
        match = re.fullmatch(r"/args/([^/]+)", pointer)
        if match and match.group(1).replace("~1", "/").replace("~0", "~") not in declared:
            name = match.group(1)
            found.append(
                Issue(
                    "list",
                    "The list does not give a parameter the function takes",
                    f"execute refuses a call that fits the list, pointing at /args/{name}: "
                    f"{spec.name!r} takes a parameter {name!r} the function list does not give",
                    pointer,
                )
            )
    return found


def _envelope_issues(
    exchange: Exchange, issues: list[Issue], *, lint: bool
) -> tuple[list[Issue], bool]:
    if exchange.media_type() != JSON_TYPE:
        issues.append(
            Issue(
                "envelope",
                "200 is not JSON",
                f"expected Content-Type {JSON_TYPE}; got {exchange.response_type or 'none'}",
            )
        )
        return issues, False
    try:
        document = exchange.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        issues.append(Issue("envelope", "200 is not JSON", _snippet(exchange.content)))
        return issues, False
    issues.extend(
        schema_issues("ExecuteResponse", document, "envelope", "Response breaks ExecuteResponse")
    )
    if not isinstance(document, dict) or "body" not in document:
        return issues, False
    body = document["body"]
    for error in body_errors(body):
        issues.append(
            Issue(
                "body",
                "Body breaks the function return contract",
                f"/body{error.path}: {error.message}",
                f"/body{error.path}",
            )
        )
    if lint and not any(i.check == "body" for i in issues):
        from function_return.authoring.lint import lint as lint_body

        for finding in lint_body(body):
            if finding.severity == "info":
                continue
            issues.append(
                Issue(
                    "lint",
                    f"Lint {finding.code}",
                    f"/body{finding.path}: {finding.code} {finding.severity}: {finding.message}"
                    f" ({finding.hint})",
                    f"/body{finding.path}",
                    severity="warning",
                )
            )
    return issues, True


def judge_list(exchange: Exchange) -> list[Issue]:
    """The issues of a list answer (200 expected)."""
    status = exchange.status
    assert status is not None
    if status != 200:
        found = [
            Issue(
                "status",
                f"{status} where the document says 200",
                f"expected 200 for the function list; got {status}: {problem_detail(exchange)}",
            )
        ]
        if status >= 400:
            found.extend(problem_issues(exchange))
        return found
    try:
        document = exchange.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return [Issue("list", "The list is not JSON", _snippet(exchange.content))]
    return schema_issues("FunctionList", document, "list", "The list breaks FunctionList")


def judge_status(exchange: Exchange, expectation: Expectation) -> list[Issue]:
    """The issues of an answer that must have one of the expected (error) statuses."""
    status = exchange.status
    assert status is not None
    found = []
    if status not in expectation.statuses:
        found.append(
            Issue(
                "status",
                f"{status} where the document says {expectation.words()}",
                f"expected {expectation.words()} for {expectation.cause}; got {status}: "
                f"{problem_detail(exchange)}",
            )
        )
    if status >= 400:
        found.extend(problem_issues(exchange))
    return found


def header_mapping(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Header names in lower case."""
    return {k.lower(): v for k, v in (headers or {}).items()}
