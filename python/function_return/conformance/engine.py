"""The contract-test engine: call an endpoint's own functions and check every answer.

1. Discovery: the endpoint's function list (``GET .../functions``) names the functions and their
   parameters; ``--function`` and a calls file stand in for an endpoint without one. A base URL
   whose list (or probe) answers 404, or no problem document, is not the API root: exit 2.
2. For each function, calls with boundary values of each parameter's type (empty, long and
   unicode strings, 0, -1, large integers, true and false) and calls that must be refused with a
   422 (a required argument missing, an unknown one, one of the wrong type), then schemathesis
   generates more, valid and invalid, from a document derived in memory with one execute path
   per function and a precise ``args`` schema. The calls of a calls file are sent as written.
3. Every answer is judged (``judge``): its status against what the document says for the
   request (422 bad arguments, 404 unknown function, 401 without the token...), every error a
   problem document, the envelope of a 200 with no extra field, its ``body`` by the core's
   validator (``lint`` findings as warnings).
4. Coverage is a verdict: a function that never answered 200 was not tested, and fails the run.

Exit codes: 0 the endpoint conforms, 1 it does not, 2 it cannot be reached, the token is
refused, or the base URL is not the API's root.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import quote

from function_return.conformance.functions import (
    FixedCall,
    FunctionSpec,
    ListProblems,
    specs_from_list,
)
from function_return.conformance.judge import (
    JSON_TYPE,
    PROBLEM_TYPE,
    VALID_ARGS_STATUSES,
    Client,
    Exchange,
    Expectation,
    Issue,
    bundled_schema,
    expect_execute,
    judge_execute,
    judge_list,
    judge_status,
)
from function_return.conformance.report import FailureRecord, FunctionStats, Report

DEFAULT_MAX_EXAMPLES = 25
DEFAULT_AGENT = "agent-1"
DEFAULT_BRANCH = "main"
UNKNOWN_FUNCTION = "contract_test_no_such_function"
UNKNOWN_ARGUMENT = "contract_test_unknown_argument"
POSITIVE_STATUSES = ["2xx", "401", "403", "404", "422"]
"""Answers a valid request may get under the bundled document alone (used by the server's own
schemathesis tests): it cannot know a function's parameters."""

TAGS = ("functions", "service", "check")
"""The OpenAPI tags of the document's operations."""
DEFAULT_TAGS = ("functions",)
"""What every implementation serves: listing and executing functions."""

LONG_STRING = "x" * 5000
BOUNDARY_VALUES: dict[str, tuple[Any, ...]] = {
    "string": ("", LONG_STRING, "Zoë — 東京 🎧 \u202eabc", " "),
    "integer": (0, -1, 1, 2**31, -(2**31) - 1, 2**53),
    "number": (0, -1, 0.5, -0.5, 1e300, 2**53),
    "boolean": (True, False),
}
"""Tried for every parameter of the type, besides schemathesis's random values."""
TYPICAL_VALUES: dict[str, Any] = {"string": "abc", "integer": 1, "number": 1.5, "boolean": True}
WRONG_VALUES: dict[str, tuple[Any, ...]] = {
    "string": (1, True),
    "integer": ("1", True, 1.5),
    "number": ("1.5", False),
    "boolean": ("true", 1),
}
RECORDER = "contract_test_recorder"
_RUNS: dict[str, _Run] = {}


class _Run:
    """What one run collects, from the engine's own calls and from schemathesis's threads."""

    def __init__(
        self, report: Report, client: Client, agent: str, branch: str, *, lint: bool
    ) -> None:
        self.report = report
        self.agent = agent
        self.branch = branch
        self.client = client
        self.specs: dict[str, FunctionSpec] = {}
        self.lint = lint
        self.lock = threading.Lock()
        self.paths: dict[str, FunctionSpec] = {}

    def stats(self, name: str) -> FunctionStats:
        stats = self.report.functions.get(name)
        if stats is None:
            stats = self.report.functions[name] = FunctionStats(name, listed=False)
        return stats

    def record(
        self,
        exchange: Exchange,
        expectation: Expectation,
        issues: Iterable[Issue],
        *,
        function: str | None,
        body_validated: bool = False,
    ) -> None:
        """Count the call for ``function`` and add each issue as a failure."""
        with self.lock:
            if function is not None and exchange.status is not None:
                stats = self.stats(function)
                stats.calls += 1
                stats.statuses[exchange.status] += 1
                stats.bodies_validated += int(body_validated)
                if expectation.statuses == VALID_ARGS_STATUSES:
                    stats.valid_statuses[exchange.status] += 1
            for issue in issues:
                self.report.add(
                    FailureRecord(
                        function=function,
                        check=issue.check,
                        title=issue.title,
                        message=issue.message,
                        pointer=issue.pointer,
                        method=exchange.method,
                        url=exchange.url,
                        status=exchange.status,
                        expected=expectation.statuses,
                        curl=exchange.curl(),
                        severity=issue.severity,
                        cause=expectation.kind if issue.check == "status" else "",
                    )
                )

    def execute(
        self,
        name: str,
        *,
        document: Any = None,
        raw: bytes | None = None,
        content_type: str | None = JSON_TYPE,
        expectation: Expectation | None = None,
    ) -> Exchange:
        """Send one execute call of ``name`` and judge it."""
        body = raw if raw is not None else json.dumps(document).encode("utf-8")
        exchange = self.client.send(
            "POST",
            execute_path(self.agent, self.branch, name),
            body=body,
            content_type=content_type,
        )
        self.judge_execute(name, exchange, expectation)
        return exchange

    def judge_execute(
        self, name: str, exchange: Exchange, expectation: Expectation | None = None
    ) -> None:
        spec = self.specs.get(name)
        if expectation is None:
            expectation = expect_execute(spec, exchange.content_type, exchange.body)
        if exchange.status is None:
            issue = Issue("transport", "No answer", exchange.error or "no answer")
            self.record(exchange, expectation, [issue], function=name)
            return
        try:
            issues, validated = judge_execute(exchange, expectation, spec, lint=self.lint)
        except Exception as exc:  # an answer this run cannot read (nested past the limit...)
            with self.lock:
                self.report.errors.append(
                    f"{exchange.method} {exchange.url}: cannot judge the answer "
                    f"({type(exc).__name__}: {exc}); reproduce: {exchange.curl()}"
                )
            return
        self.record(exchange, expectation, issues, function=name, body_validated=validated)


def list_path(agent: str, branch: str) -> str:
    """The function list's path."""
    return f"/v1/agents/{quote(agent, safe='')}/branches/{quote(branch, safe='')}/functions"


def execute_path(agent: str, branch: str, name: str) -> str:
    """The execute path of function ``name``."""
    return f"{list_path(agent, branch)}/{quote(name, safe='')}/execute"


# --------------------------------------------------------------------------- discovery


def _unreachable(exchange: Exchange, base_url: str, token: str | None) -> str | None:
    """Why the answer shows the URL cannot be tested, or None."""
    if exchange.status is None:
        return f"cannot reach {base_url}: {exchange.error}"
    if exchange.status in (401, 403):
        given = "the token given" if token else "no token (pass --token)"
        return f"{base_url}: authentication refused ({exchange.status}) with {given}"
    return None


def _not_the_root(exchange: Exchange, base_url: str, what: str) -> str:
    kind = exchange.response_type.split(";", 1)[0].strip() or "no content type"
    return (
        f"{exchange.method} {exchange.url} answered {exchange.status} ({kind}) to {what}: "
        f"is {base_url} the API root? (the function list is at "
        f"BASE_URL/v1/agents/AGENT/branches/BRANCH/functions; --agent and --branch pick them)"
    )


def _discover(
    run: _Run, base_url: str, token: str | None, *, optional: bool = False
) -> list[FunctionSpec] | None:
    """Read the list; None (and ``report.unreachable`` set) when the URL cannot be tested.

    With ``optional`` (there is a calls file), an answer that is no list, or an empty one,
    returns None and leaves ``report.unreachable`` unset: the calls go on without a list.
    """
    report = run.report
    agent, branch = run.agent, run.branch
    exchange = run.client.send("GET", list_path(agent, branch))
    report.unreachable = _unreachable(exchange, base_url, token)
    if report.unreachable is not None:
        return None
    try:
        document = exchange.json() if exchange.status == 200 else None
    except (ValueError, UnicodeDecodeError, RecursionError):
        document = None
    if not isinstance(document, dict) or not isinstance(document.get("functions"), list):
        if not optional:
            report.unreachable = _not_the_root(exchange, base_url, "the function list")
        return None
    if optional and not document["functions"]:
        return None
    expectation = Expectation((200,), "the function list", "list")
    run.record(exchange, expectation, judge_list(exchange), function=None)
    problems = ListProblems()
    specs = specs_from_list(document, problems)
    issues = [
        Issue("list", "The list gives a parameter without a type", message, pointer)
        for pointer, message in problems.items
    ]
    run.record(exchange, expectation, issues, function=None)
    if not specs:
        report.unreachable = (
            f"{exchange.url} lists no function: nothing to test (name some with --function "
            "or --calls)"
        )
        return None
    return specs


def _probe(run: _Run, base_url: str, token: str | None) -> bool:
    """Without a list: an unknown function must get a 404 problem. False: cannot test."""
    report = run.report
    exchange = run.client.send(
        "POST",
        execute_path(run.agent, run.branch, UNKNOWN_FUNCTION),
        body=b'{"args": {}}',
        content_type=JSON_TYPE,
    )
    report.unreachable = _unreachable(exchange, base_url, token)
    if report.unreachable is not None:
        return False
    if exchange.status == 404 and exchange.response_type.split(";")[0].strip() != PROBLEM_TYPE:
        report.unreachable = _not_the_root(exchange, base_url, "an execute request")
        return False
    expectation = Expectation((404,), "an unknown function", "unknown-function")
    run.record(exchange, expectation, judge_status(exchange, expectation), function=None)
    return True


# ------------------------------------------------------------------------------- calls


def _base_args(spec: FunctionSpec) -> dict[str, Any]:
    """A typical value of each required parameter."""
    return {p.name: TYPICAL_VALUES[str(p.type)] for p in spec.typed() if p.required}


def valid_calls(spec: FunctionSpec) -> list[dict[str, Any]]:
    """Argument sets that fit: the required ones, all, then each boundary value of each."""
    base = _base_args(spec)
    everything = {p.name: TYPICAL_VALUES[str(p.type)] for p in spec.typed()}
    calls = [base] if everything == base else [base, everything]
    for param in spec.typed():
        assert param.type is not None
        for value in BOUNDARY_VALUES[param.type]:
            calls.append({**base, param.name: value})
    return calls


def invalid_calls(spec: FunctionSpec) -> list[tuple[Any, str]]:
    """Requests that must get a 422, each with why."""
    base = _base_args(spec)
    found: list[tuple[Any, str]] = []
    for param in spec.typed():
        assert param.type is not None
        if param.required:
            rest = {k: v for k, v in base.items() if k != param.name}
            found.append(({"args": rest}, f"without the required argument {param.name!r}"))
        for value in WRONG_VALUES[param.type]:
            found.append(
                ({"args": {**base, param.name: value}}, f"{param.name!r} of the wrong type")
            )
    found.append(({"args": {**base, UNKNOWN_ARGUMENT: 1}}, "an unknown argument"))
    found.append(({"args": [base]}, "args that are not an object"))
    found.append(({}, "no args"))
    return found


def _test_function(run: _Run, spec: FunctionSpec, first: bool) -> None:
    if spec.params is None:
        return
    for args in valid_calls(spec):
        run.execute(spec.name, document={"args": args})
    for document, _why in invalid_calls(spec):
        run.execute(spec.name, document=document)
    if first:
        run.execute(spec.name, raw=b'{"args": {', content_type=JSON_TYPE)
        run.execute(
            spec.name,
            raw=json.dumps({"args": _base_args(spec)}).encode(),
            content_type="text/plain",
        )


def _fixed_call(run: _Run, call: FixedCall) -> None:
    expectation = None
    if call.expect_status is not None:
        expectation = Expectation(
            (call.expect_status,),
            f"the calls file's line {call.line} (expect_status)",
            f"calls-line-{call.line}",
        )
    run.execute(call.function, document=call.request(), expectation=expectation)


def _endpoint_checks(run: _Run, token: str | None, listed: bool) -> None:
    """404 for an unknown function, and 401 without the token when there is one."""
    agent, branch = run.agent, run.branch
    if listed:  # (without a list, the probe made this call)
        exchange = run.client.send(
            "POST",
            execute_path(agent, branch, UNKNOWN_FUNCTION),
            body=b'{"args": {}}',
            content_type=JSON_TYPE,
        )
        expectation = Expectation((404,), "an unknown function", "unknown-function")
        if exchange.status is not None:
            run.record(exchange, expectation, judge_status(exchange, expectation), function=None)
    if not token:
        return
    expectation = Expectation((401,), "a request without the token", "no-token")
    some_function = next(iter(run.report.functions), UNKNOWN_FUNCTION)
    for method, path, body in (
        ("GET", list_path(agent, branch), None),
        ("POST", execute_path(agent, branch, some_function), b'{"args": {}}'),
    ):
        exchange = run.client.send(
            method, path, body=body, content_type=JSON_TYPE if body else None, with_token=False
        )
        if exchange.status is not None:
            run.record(exchange, expectation, judge_status(exchange, expectation), function=None)


# ------------------------------------------------------------------------ schemathesis


CONVERSATION_1_0 = ("id", "channel", "caller_number", "callee_number", "state")
"""The ``conversation`` fields every implementation reads (the 1.0 request). The others (1.1:
``env``, ``variants``, ``handoffs``...) and ``fixtures`` are read by a server that runs a
project; an endpoint may refuse them, so the generated calls do not send them."""


def _conversation_1_0() -> dict[str, Any]:
    schema = bundled_schema("Conversation")
    schema["properties"] = {k: v for k, v in schema["properties"].items() if k in CONVERSATION_1_0}
    schema.pop("examples", None)
    return schema


def derived_document(
    specs: Sequence[FunctionSpec], agent: str, branch: str, run_id: str
) -> dict[str, Any]:
    """An OpenAPI document with one execute path per function, its ``args`` exactly typed and
    its ``conversation`` the 1.0 fields (``CONVERSATION_1_0``)."""
    paths: dict[str, Any] = {}
    for index, spec in enumerate(specs):
        params = spec.typed()
        args = {
            "type": "object",
            "properties": {p.name: {"type": p.type} for p in params},
            "required": [p.name for p in params if p.required],
            "additionalProperties": False,
        }
        request = {
            "type": "object",
            "required": ["args"],
            "additionalProperties": False,
            "properties": {"args": args, "conversation": _conversation_1_0()},
        }
        path = f"{list_path(agent, branch)}/{quote(spec.name, safe='')}/execute"
        paths[path] = {
            "post": {
                "operationId": f"execute_{index}",
                "summary": spec.name,
                "requestBody": {
                    "required": True,
                    "content": {JSON_TYPE: {"schema": request}},
                },
                "responses": {"default": {"description": "judged by contract-test"}},
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "contract-test", "version": "1", "x-contract-test-run": run_id},
        "paths": paths,
    }


def _register_recorder() -> None:
    """Register, once, the check that hands every generated call to its run."""
    import schemathesis

    if getattr(_register_recorder, "done", False):
        return

    def contract_test_recorder(ctx: Any, response: Any, case: Any) -> bool | None:
        raw = case.operation.schema.raw_schema
        run = _RUNS.get(raw.get("info", {}).get("x-contract-test-run", ""))
        if run is None:
            return None
        spec = run.paths.get(case.operation.path)
        if spec is None:
            return None
        request = response.request
        body = request.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = {k.lower(): v for k, v in request.headers.items()}
        exchange = Exchange(
            str(request.method),
            str(request.url),
            body,
            headers.get("content-type"),
            with_token="authorization" in headers,
            status=response.status_code,
            response_type=response.headers.get("content-type", [""])[0]
            if isinstance(response.headers.get("content-type"), list)
            else str(response.headers.get("content-type", "")),
            content=response.content or b"",
        )
        if exchange.method != "POST":
            expectation = Expectation((405,), f"method {exchange.method}", "method")
            run.record(
                exchange, expectation, judge_status(exchange, expectation), function=spec.name
            )
            return True
        run.judge_execute(spec.name, exchange)
        return True

    contract_test_recorder.__name__ = RECORDER
    schemathesis.check(contract_test_recorder)
    _register_recorder.done = True  # type: ignore[attr-defined]


def _generate(
    run: _Run,
    specs: Sequence[FunctionSpec],
    base_url: str,
    token: str | None,
    max_examples: int,
    seed: int | None,
) -> None:
    import schemathesis
    from schemathesis.config import SchemathesisConfig
    from schemathesis.engine import events, from_schema

    report = run.report
    agent, branch = run.agent, run.branch
    run_id = uuid.uuid4().hex
    document = derived_document(specs, agent, branch, run_id)
    for spec in specs:
        run.paths[f"{list_path(agent, branch)}/{spec.name}/execute"] = spec
        run.paths[f"{list_path(agent, branch)}/{quote(spec.name, safe='')}/execute"] = spec
    _register_recorder()
    settings: dict[str, Any] = {
        "generation": {"max-examples": max_examples, "mode": "all", "database": "none"},
        "checks": {"enabled": False, RECORDER: {"enabled": True}},
        "phases": {
            "examples": {"enabled": False},
            "coverage": {"enabled": False},
            "stateful": {"enabled": False},
        },
        "request-timeout": 30,
        "workers": 2,
    }
    if seed is not None:
        settings["seed"] = seed
    if token:
        settings["headers"] = {"Authorization": f"Bearer {token}"}
    schema: Any = schemathesis.openapi.from_dict(
        document, config=SchemathesisConfig.from_dict(settings)
    )
    schema.config.update(base_url=base_url.rstrip("/"))
    _RUNS[run_id] = run
    try:
        for event in from_schema(schema).execute():
            if isinstance(event, events.NonFatalError):
                report.errors.append(f"{event.label}: {event.value}")
            elif isinstance(event, events.FatalError):
                report.errors.append(str(event.exception))
    finally:
        del _RUNS[run_id]


# ---------------------------------------------------------------------- the whole run


def _coverage(run: _Run, names: Iterable[str]) -> None:
    report = run.report
    for name in names:
        stats = run.stats(name)
        spec = run.specs.get(name)
        if stats.statuses.get(200):
            continue
        if not stats.calls:
            why = "no call was made (its parameters are not known: give them with --function)"
        else:
            seen = stats.statuses_text()
            valid = set(stats.valid_statuses)
            hint = ""
            if set(stats.statuses) == {404}:
                hint = ": the endpoint does not know it under this agent and branch"
            elif valid == {422}:
                hint = (
                    ": every call that fits the declared parameters was refused with a 422 "
                    "(are they the parameters execute takes?)"
                )
            elif valid and valid <= {500, 504}:
                hint = ": the function failed on every call that fits its parameters"
            why = f"no call answered 200 in {stats.calls} calls ({seen}){hint}"
        stats.not_tested = why
        report.add(
            FailureRecord(
                function=name,
                check="coverage",
                title="Not tested",
                message=f"{name!r} was not tested: {why}",
                pointer=None,
                method="POST",
                url=run.client.base_url + execute_path(run.agent, run.branch, name),
                status=None,
                expected=(200,),
                curl=Exchange(
                    "POST",
                    run.client.base_url + execute_path(run.agent, run.branch, name),
                    json.dumps({"args": _base_args(spec) if spec else {}}).encode(),
                    JSON_TYPE,
                    with_token=run.client.token is not None,
                ).curl(),
            )
        )


def check_endpoint(
    base_url: str,
    *,
    token: str | None = None,
    agent: str = DEFAULT_AGENT,
    branch: str = DEFAULT_BRANCH,
    functions: Sequence[FunctionSpec] | None = None,
    calls: Sequence[FixedCall] = (),
    max_examples: int = DEFAULT_MAX_EXAMPLES,
    seed: int | None = None,
    lint: bool = False,
    strict: bool = False,
    tags: Sequence[str] | None = DEFAULT_TAGS,
) -> Report:
    """Run the contract tests against ``base_url`` and return what they found.

    Args:
        base_url: the endpoint's root URL, ``http://host:port[/prefix]``.
        token: the bearer token to send (without it, a 401 is expected).
        agent, branch: the path's ids.
        functions: test these (``--function``) instead of reading the endpoint's list.
        calls: fixed calls (a calls file), sent as given, besides those of the listed functions
            (or without a list, when the endpoint has none).
        max_examples: how many calls schemathesis generates per function (0: none; the
            boundary and invalid-argument calls are made in any case).
        seed: make the generated calls repeatable.
        lint: report lint findings on every ``body`` as warnings; ``strict`` makes them fail.
        tags: ``functions`` is the above; ``service`` and ``check`` (the reference server's own
            extras) are tested with schemathesis over the bundled document; None is all three.
    """
    started = time.monotonic()
    client = Client(base_url, token)
    report = Report(target=base_url, strict=strict)
    tags = TAGS if tags is None else tags
    try:
        if "functions" in tags:
            run = _Run(report, client, agent, branch, lint=lint)
            _functions_run(run, base_url, token, functions, calls, max_examples, seed)
        if report.unreachable is None and set(tags) - {"functions"}:
            _bundled_operations(
                report, base_url, token, [t for t in tags if t != "functions"], max_examples, seed
            )
    finally:
        report.seconds = time.monotonic() - started
    return report


def _functions_run(
    run: _Run,
    base_url: str,
    token: str | None,
    functions: Sequence[FunctionSpec] | None,
    calls: Sequence[FixedCall],
    max_examples: int,
    seed: int | None,
) -> None:
    report = run.report
    found = None
    if functions is None:
        found = _discover(run, base_url, token, optional=bool(calls))
        if report.unreachable is not None:
            return
    if found is not None:
        specs, listed = found, True
    else:  # --function, or a calls file for an endpoint without a list
        if not _probe(run, base_url, token):
            return
        specs, listed = list(functions or ()), False
    names = [s.name for s in specs]
    for call in calls:
        if call.function not in names:
            names.append(call.function)
    for spec in specs:
        run.specs[spec.name] = spec
    if not listed:
        for call in calls:
            run.specs.setdefault(call.function, FunctionSpec(call.function, None))
    for name in names:
        report.functions[name] = FunctionStats(name, listed=listed)
        report.operations.append(f"POST {execute_path(run.agent, run.branch, name)}")
    if listed:
        report.operations.insert(0, f"GET {list_path(run.agent, run.branch)}")
    _endpoint_checks(run, token, listed)
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda ix: _test_function(run, ix[1], ix[0] == 0), enumerate(specs)))
        list(pool.map(lambda call: _fixed_call(run, call), calls))
    generated = [s for s in specs if s.params is not None]
    if generated and max_examples > 0:
        _generate(run, generated, base_url, token, max_examples, seed)
    if not listed and all(set(report.functions[n].statuses) == {404} for n in names):
        # no list to tell a wrong root from unknown functions, and nothing answered but 404
        report.unreachable = (
            f"every call of {', '.join(names)} answered 404: is {base_url} the API root? "
            "(execute is at BASE_URL/v1/agents/AGENT/branches/BRANCH/functions/NAME/execute; "
            "--agent and --branch pick them)"
        )
        return
    _coverage(run, names)


def _bundled_operations(
    report: Report,
    base_url: str,
    token: str | None,
    tags: Sequence[str],
    max_examples: int,
    seed: int | None,
) -> None:
    """The reference server's extra operations, over the bundled document's own schemas."""
    import schemathesis
    from schemathesis.config import SchemathesisConfig
    from schemathesis.engine import Status, events, from_schema

    from function_return_generated.openapi import OPENAPI_BUNDLED

    _register_recorder()
    settings: dict[str, Any] = {
        "generation": {"max-examples": max_examples, "database": "none"},
        "checks": {RECORDER: {"enabled": False}},
        "phases": {"stateful": {"enabled": False}},
        "request-timeout": 30,
    }
    if seed is not None:
        settings["seed"] = seed
    if token:
        settings["headers"] = {"Authorization": f"Bearer {token}"}
    schema: Any = schemathesis.openapi.from_dict(
        json.loads(OPENAPI_BUNDLED), config=SchemathesisConfig.from_dict(settings)
    ).include(tag=list(tags))
    schema.config.update(base_url=base_url.rstrip("/"))
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished) and event.status == Status.FAILURE:
            for nodes in event.recorder.checks.values():
                for node in nodes:
                    info = node.failure_info
                    if info is None:
                        continue
                    failure = info.failure
                    method, _, path = event.recorder.label.partition(" ")
                    curl = [line for line in info.code_sample.splitlines() if "curl" in line]
                    report.add(
                        FailureRecord(
                            function=None,
                            check=node.name,
                            title=failure.title,
                            message=failure.message.strip().split("\n\n")[0],
                            pointer=None,
                            method=method,
                            url=base_url.rstrip("/") + path,
                            status=None,
                            expected=(),
                            curl=(curl[0].strip() if curl else info.code_sample.strip()),
                        )
                    )
        elif isinstance(event, events.NonFatalError):
            report.errors.append(f"{event.label}: {event.value}")
        elif isinstance(event, events.FatalError):
            report.errors.append(str(event.exception))
