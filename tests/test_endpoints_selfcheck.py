"""The stand-alone implementations of the function endpoint in ``tests/endpoints/``.

In ``conforming`` mode each answers as the bundled OpenAPI document says (every answer below is
checked against the document's own response schema, found under its path, method and status);
in every other mode each shows its one planted bug. They are subjects for ``contract-test``, so
this file checks them with plain ``urllib`` and ``jsonschema`` only.
"""

from __future__ import annotations

import json
import selectors
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[1]
ENDPOINTS = ROOT / "tests" / "endpoints"
DOCUMENT = json.loads((ROOT / "generated" / "openapi.bundled.json").read_text(encoding="utf-8"))
DOC_URI = "urn:test:openapi-bundled"
REGISTRY: Registry[Any] = Registry().with_resource(
    DOC_URI, Resource.from_contents(DOCUMENT, default_specification=DRAFT202012)
)

AGENT = "/v1/agents/agent-1/branches/main"
LIST_PATH = "/v1/agents/{agent_id}/branches/{branch_id}/functions"
EXECUTE_PATH = "/v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute"
MODES = [
    "misspelt-key",
    "runtime-string",
    "missing-logs",
    "text-plain-errors",
    "500-for-bad-args",
    "extra-envelope-field",
    "invalid-boundary-body",
    "wrong-unknown-status",
    "list-omits-param-type",
]


# ------------------------------------------------------------------ the document


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def response_validator(path: str, method: str, status: int) -> tuple[str, Draft202012Validator]:
    """The media type and a validator of the document's response ``status`` to ``method path``."""
    where = f"/paths/{_escape(path)}/{method}/responses/{status}"
    response = DOCUMENT["paths"][path][method]["responses"][str(status)]
    if "$ref" in response:
        where = response["$ref"][1:]
        response = DOCUMENT["components"]["responses"][where.rsplit("/", 1)[1]]
    (media_type,) = response["content"]
    schema_at = f"{where}/content/{_escape(media_type)}/schema"
    return media_type, Draft202012Validator({"$ref": DOC_URI + "#" + schema_at}, registry=REGISTRY)


def schema_validator(name: str) -> Draft202012Validator:
    """A validator of ``#/components/schemas/<name>``."""
    return Draft202012Validator(
        {"$ref": f"{DOC_URI}#/components/schemas/{name}"}, registry=REGISTRY
    )


# ------------------------------------------------------------ the implementations


@dataclass(frozen=True)
class Impl:
    """How to start one implementation, and which of its calls show what."""

    name: str
    command: list[str]
    ok: tuple[str, dict[str, Any]]  # a call answered 200
    bad_args: tuple[str, dict[str, Any]]  # a boolean for its one parameter, an integer (422)
    boundary: tuple[str, dict[str, Any]]  # the boundary call of invalid-boundary-body
    misspelt: str  # the function of misspelt-key
    no_logs: tuple[str, dict[str, Any]]  # the call of missing-logs
    raises: tuple[str, bytes]  # a call whose function raises (500)
    unknown_status: int  # what wrong-unknown-status answers for an unknown function
    omitted: tuple[str, str]  # (function, parameter) of list-omits-param-type
    functions: dict[str, list[tuple[str, str, bool]]]  # name -> (parameter, type, required)


IMPLS = [
    Impl(
        name="stdlib",
        command=[sys.executable, str(ENDPOINTS / "stdlib_endpoint.py")],
        ok=("route_call", {"department": "billing", "priority": 2}),
        bad_args=("ask_for_pin", {"digits": True}),
        boundary=("route_call", {"department": ""}),
        misspelt="goodbye",
        no_logs=("quote_price", {"amount": 12.5}),
        raises=("quote_price", b'{"args": {"amount": 1e400}}'),
        unknown_status=400,
        omitted=("route_call", "priority"),
        functions={
            "ask_for_pin": [("digits", "integer", True)],
            "goodbye": [],
            "quote_price": [("amount", "number", True)],
            "route_call": [("department", "string", True), ("priority", "integer", False)],
            "set_language": [("code", "string", True), ("formal", "boolean", False)],
        },
    ),
    Impl(
        name="node",
        command=["node", str(ENDPOINTS / "node_endpoint.mjs")],
        ok=("lookup_order", {"order_id": "A-1001", "verbose": True}),
        bad_args=("collect_zip", {"length": True}),
        boundary=("collect_zip", {"length": 0}),
        misspelt="end_chat",
        no_logs=("schedule_callback", {"minutes": 15}),
        raises=("record_rating", b'{"args": {"stars": 1e400}}'),
        unknown_status=200,
        omitted=("collect_zip", "length"),
        functions={
            "collect_zip": [("length", "integer", True)],
            "end_chat": [],
            "lookup_order": [("order_id", "string", True), ("verbose", "boolean", False)],
            "record_rating": [("stars", "number", True), ("comment", "string", False)],
            "schedule_callback": [("minutes", "integer", True), ("note", "string", False)],
        },
    ),
]
IMPL_IDS = [impl.name for impl in IMPLS]


def _usable(impl: Impl) -> Any:
    if impl.name == "node" and shutil.which("node") is None:
        return pytest.param(impl, marks=pytest.mark.skip(reason="node is not installed"))
    return impl


PARAMS = [_usable(impl) for impl in IMPLS]


def start(impl: Impl, mode: str, token: str | None) -> tuple[subprocess.Popen[str], str]:
    """Start ``impl`` on a free port; return the process and its base URL."""
    command = [*impl.command, "--port", "0", "--mode", mode]
    if token is not None:
        command += ["--token", token]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        ready = selector.select(timeout=10)
    line = process.stdout.readline() if ready else ""
    if not line.startswith("listening on http://127.0.0.1:"):
        stop(process)
        pytest.fail(f"{impl.name} --mode {mode} did not start: {line!r}")
    return process, line.split("listening on ", 1)[1].strip()


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture(scope="module")
def serve() -> Iterator[Callable[[Impl, str, str | None], str]]:
    """Start implementations on demand, once per (implementation, mode, token); stop them all."""
    running: dict[tuple[str, str, str | None], tuple[subprocess.Popen[str], str]] = {}

    def base_url(impl: Impl, mode: str = "conforming", token: str | None = None) -> str:
        key = (impl.name, mode, token)
        if key not in running:
            running[key] = start(impl, mode, token)
        return running[key][1]

    try:
        yield base_url
    finally:
        for process, _ in running.values():
            stop(process)


# ----------------------------------------------------------------------- requests

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Answer:
    status: int
    media_type: str
    headers: Any
    raw: bytes

    def json(self) -> Any:
        return json.loads(self.raw)


def send(
    url: str, method: str = "GET", body: bytes | None = None, headers: dict[str, str] | None = None
) -> Answer:
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with OPENER.open(request, timeout=5) as response:
            status, got, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, got, raw = error.code, error.headers, error.read()
    media_type = (got.get("Content-Type") or "").split(";", 1)[0].strip()
    return Answer(status, media_type, got, raw)


def execute(
    base: str, function: str, args: Any = None, *, raw: bytes | None = None, **headers: str
) -> Answer:
    body = raw if raw is not None else json.dumps({"args": args or {}}).encode()
    sent = {"Content-Type": "application/json", **headers}
    return send(f"{base}{AGENT}/functions/{function}/execute", "POST", body, sent)


def list_functions(base: str, **headers: str) -> Answer:
    return send(f"{base}{AGENT}/functions", headers=headers)


def conforms(answer: Answer, path: str, method: str) -> Any:
    """Assert ``answer`` is what the document says for its status; return its JSON."""
    media_type, validator = response_validator(path, method, answer.status)
    assert answer.media_type == media_type, answer.raw
    document = answer.json()
    errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == [], document
    return document


# --------------------------------------------------------------- conforming mode


@pytest.mark.parametrize("impl", PARAMS, ids=IMPL_IDS)
def test_list_conforms(impl: Impl, serve: Any) -> None:
    listed = conforms(list_functions(serve(impl)), LIST_PATH, "get")
    got = {
        f["name"]: [(p["name"], p["type"], p["required"]) for p in f["parameters"]]
        for f in listed["functions"]
    }
    assert [f["name"] for f in listed["functions"]] == sorted(impl.functions)
    assert got == impl.functions


@pytest.mark.parametrize("impl", PARAMS, ids=IMPL_IDS)
def test_execute_conforms(impl: Impl, serve: Any) -> None:
    base = serve(impl)
    function, args = impl.bad_args
    integral = (function, {name: 4.0 for name in args})  # an integral number fits an integer
    for function, args in (impl.ok, impl.boundary, impl.no_logs, (impl.misspelt, {}), integral):
        answer = execute(base, function, args)
        assert answer.status == 200, answer.raw
        envelope = conforms(answer, EXECUTE_PATH, "post")
        assert isinstance(envelope["runtime"], int | float)


@pytest.mark.parametrize("impl", PARAMS, ids=IMPL_IDS)
def test_problems_conform(impl: Impl, serve: Any) -> None:
    base = serve(impl)
    function, args = impl.bad_args

    unknown = execute(base, "no_such_function", {})
    assert unknown.status == 404
    assert conforms(unknown, EXECUTE_PATH, "post")["status"] == 404

    bad = execute(base, function, args)
    assert bad.status == 422
    problem = conforms(bad, EXECUTE_PATH, "post")
    assert [e["pointer"] for e in problem["errors"]] == [f"/args/{next(iter(args))}"]

    missing = execute(base, function, {"surplus": "x"})
    assert missing.status == 422
    pointers = sorted(e["pointer"] for e in conforms(missing, EXECUTE_PATH, "post")["errors"])
    assert pointers == sorted([f"/args/{next(iter(args))}", "/args/surplus"])

    not_json = execute(base, function, raw=b'{"args": ')
    assert not_json.status == 400
    conforms(not_json, EXECUTE_PATH, "post")

    not_a_request = execute(base, function, raw=b'{"args": [1]}')
    assert not_a_request.status == 422
    conforms(not_a_request, EXECUTE_PATH, "post")

    form = execute(base, function, raw=b"{}", **{"Content-Type": "text/plain"})
    assert form.status == 415
    conforms(form, EXECUTE_PATH, "post")

    raises = execute(base, impl.raises[0], raw=impl.raises[1])
    assert raises.status == 500
    conforms(raises, EXECUTE_PATH, "post")


@pytest.mark.parametrize("impl", PARAMS, ids=IMPL_IDS)
def test_bearer_token(impl: Impl, serve: Any) -> None:
    base = serve(impl, "conforming", "s3cret")
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        answer = list_functions(base, **headers)
        assert answer.status == 401
        assert answer.headers.get("WWW-Authenticate") == "Bearer"
        conforms(answer, LIST_PATH, "get")
    assert list_functions(base, Authorization="Bearer s3cret").status == 200
    assert execute(base, impl.ok[0], impl.ok[1], Authorization="Bearer s3cret").status == 200
    health = send(f"{base}/healthz")
    assert health.status == 200
    assert conforms(health, "/healthz", "get")["functions"] == len(impl.functions)


# ----------------------------------------------------------------------- the modes


def _misspelt_key(impl: Impl, base: str) -> None:
    envelope = execute(base, impl.misspelt, {}).json()
    assert "utterence" in envelope["body"]


def _runtime_string(impl: Impl, base: str) -> None:
    assert isinstance(execute(base, *impl.ok).json()["runtime"], str)


def _missing_logs(impl: Impl, base: str) -> None:
    answer = execute(base, *impl.no_logs)
    assert answer.status == 200 and "logs" not in answer.json()


def _text_plain_errors(impl: Impl, base: str) -> None:
    answer = execute(base, *impl.bad_args)
    assert (answer.status, answer.media_type) == (422, "text/plain")


def _500_for_bad_args(impl: Impl, base: str) -> None:
    assert execute(base, *impl.bad_args).status == 500


def _extra_envelope_field(impl: Impl, base: str) -> None:
    assert set(execute(base, *impl.ok).json()) - {"body", "logs", "runtime"}


def _invalid_boundary_body(impl: Impl, base: str) -> None:
    answer = execute(base, *impl.boundary)
    assert answer.status == 200 and not schema_validator("FunctionReturnValue").is_valid(
        answer.json()["body"]
    )


def _wrong_unknown_status(impl: Impl, base: str) -> None:
    assert execute(base, "no_such_function", {}).status == impl.unknown_status


def _list_omits_param_type(impl: Impl, base: str) -> None:
    function, parameter = impl.omitted
    (listed,) = [f for f in list_functions(base).json()["functions"] if f["name"] == function]
    assert not any(p["name"] == parameter and "type" in p for p in listed["parameters"])


MODE_CHECKS: dict[str, Callable[[Impl, str], None]] = {
    "misspelt-key": _misspelt_key,
    "runtime-string": _runtime_string,
    "missing-logs": _missing_logs,
    "text-plain-errors": _text_plain_errors,
    "500-for-bad-args": _500_for_bad_args,
    "extra-envelope-field": _extra_envelope_field,
    "invalid-boundary-body": _invalid_boundary_body,
    "wrong-unknown-status": _wrong_unknown_status,
    "list-omits-param-type": _list_omits_param_type,
}


def test_every_mode_is_checked() -> None:
    assert list(MODE_CHECKS) == MODES


@pytest.mark.parametrize("impl", PARAMS, ids=IMPL_IDS)
@pytest.mark.parametrize("mode", MODES)
def test_mode_shows_its_bug(impl: Impl, mode: str, serve: Any) -> None:
    MODE_CHECKS[mode](impl, serve(impl, mode))


@pytest.mark.parametrize("impl", PARAMS, ids=IMPL_IDS)
def test_both_know_every_mode(impl: Impl) -> None:
    help_text = subprocess.run(
        [*impl.command, "--mode", "no-such-mode"], capture_output=True, text=True, timeout=10
    )
    assert help_text.returncode == 2
    for mode in ["conforming", *MODES]:
        assert mode in help_text.stderr
