#!/usr/bin/env python3
"""An implementation of the remote function endpoint on the Python standard library alone.

It serves five functions of its own (``route_call``, ``goodbye``, ``ask_for_pin``,
``set_language``, ``quote_price``) under ``schema/openapi.yaml``'s function operations:

- ``GET /v1/agents/{agent_id}/branches/{branch_id}/functions``: the function list;
- ``POST /v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute``;
- ``GET /healthz``.

It is a test subject for ``function-return contract-test``: ``--mode conforming`` (the default)
follows the document, every other mode plants one contract bug (``README.md`` next to this
file lists them). It does not import the project's package.

    python tests/endpoints/stdlib_endpoint.py --port 0 [--mode MODE] [--token TOKEN]
"""

from __future__ import annotations

import argparse
import hmac
import json
import math
import re
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

MODES = (
    "conforming",
    "misspelt-key",
    "runtime-string",
    "missing-logs",
    "text-plain-errors",
    "500-for-bad-args",
    "extra-envelope-field",
    "invalid-boundary-body",
    "wrong-unknown-status",
    "list-omits-param-type",
)

MAX_BODY = 1024 * 1024
PROBLEM_BASE = "https://function-return-contract.dev/problems/"
JSON_TYPE = "application/json"
PROBLEM_TYPE = "application/problem+json"
TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    500: "Internal Server Error",
}
ID_PATTERN = re.compile(r"[A-Za-z0-9_.-]{1,128}")
NAME_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
PUBLIC_PATHS = frozenset({"/healthz"})


# ------------------------------------------------------------------------- errors


class Problem(Exception):
    """An error answered as an RFC 9457 problem document."""

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
        self.headers = headers or {}


def pointer(*tokens: str) -> str:
    """The JSON Pointer (RFC 6901) made of ``tokens``."""
    return "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens)


def quoted(text: str) -> str:
    """``text`` in double quotes, JSON style."""
    return json.dumps(text)


def describe(value: Any) -> str:
    """A JSON value in a few words: its type, and the value itself when it is short."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {'true' if value else 'false'}"
    if isinstance(value, int):
        return f"integer {value}" if abs(value) < 10**15 else "integer"
    if isinstance(value, float):
        return f"number {value!r}"
    if isinstance(value, str):
        return f"string {quoted(value)}" if len(value) <= 40 else "string"
    if isinstance(value, list):
        return "array"
    return "object"


# ---------------------------------------------------------------------- functions


@dataclass(frozen=True)
class Param:
    """One parameter: its name, its type in the document's words, and its default."""

    name: str
    type: str
    required: bool = True
    default: Any = None


@dataclass
class Call:
    """What one call of a function sees: its arguments, the mode, and where its logs go."""

    args: dict[str, Any]
    mode: str
    logs: list[str] = field(default_factory=list)

    def log(self, line: str) -> None:
        self.logs.append(line)


@dataclass(frozen=True)
class Function:
    """A function served by the endpoint."""

    name: str
    description: str
    params: tuple[Param, ...]
    run: Callable[[Call], Any]


DEPARTMENTS = {
    "billing": "+14155550101",
    "sales": "+14155550102",
    "support": "+14155550103",
}
LANGUAGES = {"en": "english", "fr": "french", "de": "german", "es": "spanish"}


def route_call(call: Call) -> Any:
    department = call.args["department"]
    priority = call.args["priority"]
    if department == "":
        if call.mode == "invalid-boundary-body":
            return {"hangup": "yes"}
        call.log("no department given")
        return {"utterance": "Which department would you like: billing, sales or support?"}
    number = DEPARTMENTS.get(department.lower())
    if number is None:
        call.log(f"unknown department {department!r}")
        return {
            "utterance": "Sorry, I can put you through to billing, sales or support. Which one?",
            "listen": {"channel": "SPEECH"},
        }
    call.log(f"routing to {department.lower()} with priority {priority}")
    return {
        "utterance": f"Let me put you through to {department.lower()}.",
        "handoff": {
            "type": "CALL_CENTER",
            "reason": "URGENT" if priority >= 3 else "SPEAK_TO",
            "refer": {"phone_number": number},
        },
    }


def goodbye(call: Call) -> Any:
    key = "utterence" if call.mode == "misspelt-key" else "utterance"
    return {key: "Thanks for calling, goodbye!", "hangup": True}


def ask_for_pin(call: Call) -> Any:
    digits = call.args["digits"]
    if 1 <= digits <= 32:
        prompt = f"Please enter your {digits}-digit PIN."
        num_digits = digits
    else:
        prompt = "Please enter your PIN, then press the hash key."
        num_digits = -1
    call.log(f"collecting {num_digits} digits")
    return {
        "utterance": prompt,
        "listen": {
            "channel": "DTMF",
            "dtmf": {"num_digits": num_digits, "finish_on_key": "#", "is_pii": True},
        },
    }


def set_language(call: Call) -> Any:
    code = call.args["code"].lower()
    if code not in LANGUAGES:
        call.log(f"no variant for language {code!r}")
        return {
            "content": "The caller asked for a language we do not offer; go on in English "
            "and apologise."
        }
    variant = LANGUAGES[code] + ("_formal" if call.args["formal"] else "")
    call.log(f"switching to {variant}")
    return {"variant": variant}


def quote_price(call: Call) -> Any:
    amount = call.args["amount"]
    if not math.isfinite(amount):
        raise ValueError("cannot quote a non-finite amount")
    if amount < 0:
        return "Tell the caller that no price can be quoted for that."
    call.log(f"quoted {amount:.2f}")
    return f"Tell the caller the price is {amount:.2f} dollars."


FUNCTIONS = {
    f.name: f
    for f in (
        Function(
            "ask_for_pin",
            "Ask the caller to key in their PIN.",
            (Param("digits", "integer"),),
            ask_for_pin,
        ),
        Function("goodbye", "Say goodbye and hang up.", (), goodbye),
        Function(
            "quote_price",
            "Have the agent tell the caller a price.",
            (Param("amount", "number"),),
            quote_price,
        ),
        Function(
            "route_call",
            "Put the caller through to a department.",
            (Param("department", "string"), Param("priority", "integer", False, 1)),
            route_call,
        ),
        Function(
            "set_language",
            "Switch to the variant of a language.",
            (Param("code", "string"), Param("formal", "boolean", False, False)),
            set_language,
        ),
    )
}


def listing(mode: str) -> dict[str, Any]:
    """The function list, sorted by name."""
    functions = []
    for name in sorted(FUNCTIONS):
        function = FUNCTIONS[name]
        params = []
        for p in function.params:
            entry = {"name": p.name, "type": p.type, "required": p.required}
            if mode == "list-omits-param-type" and (name, p.name) == ("route_call", "priority"):
                del entry["type"]
            params.append(entry)
        functions.append({"name": name, "description": function.description, "parameters": params})
    return {"functions": functions}


# ---------------------------------------------------------------------- arguments


def convert(kind: str, value: Any) -> tuple[bool, Any]:
    """Whether ``value`` is of parameter type ``kind``, and the value as that type."""
    if kind == "string":
        return isinstance(value, str), value
    if kind == "boolean":
        return isinstance(value, bool), value
    if isinstance(value, bool):
        return False, value
    if kind == "integer":
        if isinstance(value, int):
            return True, value
        if isinstance(value, float) and value.is_integer():
            return True, int(value)
        return False, value
    if kind == "number":
        if isinstance(value, float):
            return True, value
        if isinstance(value, int):
            try:
                return True, float(value)
            except OverflowError:
                return True, math.copysign(math.inf, value)
    return False, value


def fit_arguments(function: Function, args: dict[str, Any]) -> dict[str, Any]:
    """The arguments, each of its parameter's type; a 422 problem naming each misfit."""
    errors = []
    fitted = {}
    for p in function.params:
        where = pointer("args", p.name)
        if p.name not in args:
            if p.required:
                errors.append(
                    {
                        "pointer": where,
                        "detail": f"missing required argument {quoted(p.name)} ({p.type})",
                    }
                )
            else:
                fitted[p.name] = p.default
            continue
        fits, value = convert(p.type, args[p.name])
        if not fits:
            article = "an" if p.type == "integer" else "a"
            errors.append(
                {
                    "pointer": where,
                    "detail": f"argument {quoted(p.name)} expects {article} {p.type}; "
                    f"got {describe(value)}",
                }
            )
        fitted[p.name] = value
    known = [p.name for p in function.params]
    for name in args:
        if name not in known:
            names = ", ".join(quoted(n) for n in known) or "none"
            errors.append(
                {
                    "pointer": pointer("args", name),
                    "detail": f"unknown argument {quoted(name)}; the parameters are: {names}",
                }
            )
    if errors:
        detail = "; ".join(f"{e['pointer']}: {e['detail']}" for e in errors)
        raise Problem(422, "invalid-arguments", detail, errors)
    return fitted


def check_request(document: Any) -> dict[str, Any]:
    """The execute request's ``args``; a 422 problem when it is not an execute request."""
    errors: list[dict[str, str]] = []

    def bad(where: str, detail: str) -> None:
        errors.append({"pointer": where, "detail": detail})

    if not isinstance(document, dict):
        bad("", f"expected an object; got {describe(document)}")
    else:
        if "args" not in document:
            bad("", 'missing required key "args"')
        for key in document:
            if key not in ("args", "conversation"):
                bad(
                    pointer(key), f'unknown key {quoted(key)}; the keys are: "args", "conversation"'
                )
        args = document.get("args")
        if "args" in document and not isinstance(args, dict):
            bad("/args", f"expected an object; got {describe(args)}")
        elif isinstance(args, dict):
            for name, value in args.items():
                if not NAME_PATTERN.fullmatch(name):
                    bad(pointer("args", name), f"{quoted(name)} is not a parameter name")
                elif value is None or isinstance(value, dict | list):
                    bad(
                        pointer("args", name),
                        f"expected a string, integer, number or boolean; got {describe(value)}",
                    )
        if "conversation" in document:
            check_conversation(document["conversation"], bad)
    if errors:
        detail = "; ".join(f"{e['pointer'] or '(root)'}: {e['detail']}" for e in errors)
        raise Problem(422, "invalid-request", f"not an execute request: {detail}", errors)
    return document["args"]


def check_conversation(conv: Any, bad: Callable[[str, str], None]) -> None:
    if not isinstance(conv, dict):
        bad("/conversation", f"expected an object; got {describe(conv)}")
        return
    for key, value in conv.items():
        where = pointer("conversation", key)
        if key in ("id", "channel"):
            if not isinstance(value, str):
                bad(where, f"expected a string; got {describe(value)}")
        elif key in ("caller_number", "callee_number"):
            if value is not None and not isinstance(value, str):
                bad(where, f"expected a string or null; got {describe(value)}")
        elif key == "state":
            if not isinstance(value, dict):
                bad(where, f"expected an object; got {describe(value)}")
        else:
            bad(where, f"unknown key {quoted(key)}")


def reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


# ------------------------------------------------------------------------- server


class Handler(BaseHTTPRequestHandler):
    """Answers one connection's requests (HTTP/1.1, kept alive)."""

    protocol_version = "HTTP/1.1"
    server_version = "stdlib-endpoint/1.0"
    mode = "conforming"
    token: str | None = None

    def log_message(self, format: str, *args: Any) -> None:
        pass  # no access log

    def __getattr__(self, name: str) -> Any:
        # Every method (GET, POST, TRACE, ...) goes through one dispatcher, which answers 405
        # where the path does not take it; http.server would answer 501 for a method it has no
        # ``do_`` handler for.
        if name.startswith("do_"):
            return self.dispatch
        raise AttributeError(name)

    # ------------------------------------------------------------------ reading

    def read_body(self) -> bytes | None:
        """The request body; None when it is over ``MAX_BODY`` (the connection then closes)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self.read_chunked()
        declared = self.headers.get("Content-Length", "0").strip() or "0"
        if not declared.isdigit():
            self.close_connection = True
            return b""
        length = int(declared)
        if length > MAX_BODY:
            self.close_connection = True
            return None
        return self.rfile.read(length)

    def read_chunked(self) -> bytes | None:
        chunks = []
        size = 0
        while True:
            line = self.rfile.readline(65537)
            try:
                length = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                self.close_connection = True
                return b""
            if length == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            size += length
            if size > MAX_BODY:
                self.close_connection = True
                return None
            chunks.append(self.rfile.read(length))
            self.rfile.readline(3)

    # ---------------------------------------------------------------- answering

    def send(self, status: int, payload: bytes, media_type: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def send_json(self, status: int, document: Any) -> None:
        self.send(status, json.dumps(document).encode("utf-8"), JSON_TYPE, {})

    def send_problem(self, problem: Problem, path: str) -> None:
        status = problem.status
        kind = problem.kind
        if (
            self.mode == "500-for-bad-args"
            and status == 422
            and kind in ("invalid-arguments", "invalid-request")
        ):
            status = 500
        title = TITLES.get(status, "Error")
        if self.mode == "text-plain-errors" and status in (422, 500):
            text = f"{status} {title}: {problem.detail}\n"
            self.send(status, text.encode("utf-8"), "text/plain; charset=utf-8", problem.headers)
            return
        document: dict[str, Any] = {
            "type": PROBLEM_BASE + kind,
            "title": title,
            "status": status,
            "detail": problem.detail,
            "instance": path,
        }
        if problem.errors is not None:
            document["errors"] = problem.errors
        payload = json.dumps(document).encode("utf-8")
        self.send(status, payload, PROBLEM_TYPE, problem.headers)

    # ---------------------------------------------------------------- routing

    def dispatch(self) -> None:
        raw_path = urlsplit(self.path).path
        body = self.read_body()
        try:
            self.route(raw_path, body)
        except Problem as problem:
            self.send_problem(problem, raw_path)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            self.send_problem(Problem(500, "internal-error", "unexpected server error"), raw_path)

    def authorize(self) -> None:
        if self.token is None:
            return
        scheme, _, given = self.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            detail = "a bearer token is required"
        elif not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            detail = "the bearer token is wrong"
        else:
            return
        raise Problem(401, "unauthorized", detail, headers={"WWW-Authenticate": "Bearer"})

    def route(self, raw_path: str, body: bytes | None) -> None:
        if raw_path not in PUBLIC_PATHS:
            self.authorize()
        segments = [unquote(s) for s in raw_path.split("/")[1:]]
        if raw_path == "/healthz":
            self.allow("GET")
            self.send_json(200, {"status": "ok", "functions": len(FUNCTIONS)})
            return
        # v1 / agents / {agent_id} / branches / {branch_id} / functions [/ {function_id} / execute]
        if (
            len(segments) in (6, 8)
            and segments[:2] == ["v1", "agents"]
            and segments[3] == "branches"
            and segments[5] == "functions"
            and (len(segments) == 6 or segments[7] == "execute")
        ):
            for label, value in (("agent", segments[2]), ("branch", segments[4])):
                if not ID_PATTERN.fullmatch(value):
                    raise Problem(404, "not-found", f"no {label} {quoted(value)}")
            if len(segments) == 6:
                self.allow("GET")
                self.send_json(200, listing(self.mode))
            else:
                self.allow("POST")
                self.execute(segments[6], body)
            return
        raise Problem(404, "not-found", f"no such path {quoted(raw_path)}")

    def allow(self, method: str) -> None:
        methods = {"GET": "GET, HEAD", "POST": "POST"}[method]
        if self.command not in methods.split(", "):
            raise Problem(
                405, "method-not-allowed", "method not allowed", headers={"Allow": methods}
            )

    def execute(self, name: str, body: bytes | None) -> None:
        function = FUNCTIONS.get(name)
        if function is None:
            status = 400 if self.mode == "wrong-unknown-status" else 404
            raise Problem(status, "not-found", f"no function {quoted(name)}")
        content_type = self.headers.get("Content-Type")
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
        if media_type != JSON_TYPE:
            got = quoted(content_type) if content_type is not None else "none"
            raise Problem(
                415, "unsupported-media-type", f"expected content type {JSON_TYPE}; got {got}"
            )
        if body is None:
            raise Problem(413, "content-too-large", f"the request body is over {MAX_BODY} bytes")
        try:
            document = json.loads(body, parse_constant=reject_constant)
        except json.JSONDecodeError as exc:
            reason = f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
            raise Problem(400, "not-json", f"the request body is not JSON: {reason}") from None
        except RecursionError:
            raise Problem(
                400, "not-json", "the request body is not JSON: nested too deeply"
            ) from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise Problem(400, "not-json", f"the request body is not JSON: {exc}") from None
        args = fit_arguments(function, check_request(document))
        call = Call(args, self.mode)
        started = time.perf_counter()
        try:
            value = function.run(call)
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            raise Problem(
                500, "function-error", f"function {quoted(name)} raised {type(exc).__name__}"
            ) from None
        runtime = (time.perf_counter() - started) * 1000
        envelope: dict[str, Any] = {"body": value, "logs": call.logs, "runtime": round(runtime, 3)}
        if self.mode == "runtime-string":
            envelope["runtime"] = f"{runtime:.3f}"
        if self.mode == "missing-logs" and name == "quote_price":
            del envelope["logs"]
        if self.mode == "extra-envelope-field":
            envelope["function"] = name
        self.send_json(200, envelope)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--mode", choices=MODES, default="conforming")
    parser.add_argument("--token", default=None, help="require Authorization: Bearer TOKEN")
    args = parser.parse_args(argv)
    handler = type("ModeHandler", (Handler,), {"mode": args.mode, "token": args.token or None})
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    server.daemon_threads = True
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
