"""``function-return contract-test``: check that an endpoint conforms to the OpenAPI document.

Schemathesis generates requests, valid and invalid, for every operation of our bundled copy of
the document (never the target's own), sends them to the endpoint, and checks each response
against the document; every ``body`` of a 200 is also checked with this package's validator.

Exit codes: 0 the endpoint conforms, 1 it does not (each failure reported with the operation,
a curl line that reproduces it, and the JSON Pointer of the offending part of the response),
2 it cannot be reached or the token is refused.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

DEFAULT_MAX_EXAMPLES = 20
PROBE_PATH = "/v1/agents/contract-test/branches/main/functions"
"""What the authentication probe asks for before the run."""

POSITIVE_STATUSES = ["2xx", "401", "403", "404", "422"]
"""Answers a valid request may get: the document cannot know a function's own parameters, so a
request valid under it may still not fit the function (422), or name none (404)."""

BODY_CHECK = "body_follows_contract"
_EXECUTE_OPERATION = "executeFunction"


@dataclass(frozen=True)
class FailureRecord:
    """One way the endpoint broke the document."""

    operation: str
    check: str
    title: str
    message: str
    pointer: str | None
    curl: str

    def to_json(self) -> dict[str, Any]:
        """Return the record as plain data."""
        return {
            "operation": self.operation,
            "check": self.check,
            "title": self.title,
            "message": self.message,
            "pointer": self.pointer,
            "curl": self.curl,
        }


@dataclass
class Report:
    """What a run found."""

    target: str
    operations: list[str] = field(default_factory=list)
    failures: list[FailureRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unreachable: str | None = None

    def exit_code(self) -> int:
        """0 conforms, 1 does not, 2 cannot reach or authenticate."""
        if self.unreachable is not None:
            return 2
        if self.failures:
            return 1
        return 2 if self.errors else 0

    def status(self) -> str:
        """``ok``, ``fail`` or ``error``, as the exit code says."""
        return {0: "ok", 1: "fail", 2: "error"}[self.exit_code()]


TAGS = ("functions", "service", "check")
"""The OpenAPI tags of the document's operations."""
DEFAULT_TAGS = ("functions",)
"""What every implementation serves: listing and executing functions."""


def _register_body_check() -> None:
    """Register, once, the check that runs every ``body`` through this package's validator."""
    import schemathesis
    from schemathesis.core.failures import Failure

    from function_return._validate import errors, is_valid

    if getattr(_register_body_check, "done", False):
        return

    class BodyBreaksContract(Failure):
        """A 200 whose ``body`` breaks the function return contract."""

        code = "ST902"
        kind_title = "Body breaks the function return contract"

        def __init__(self, *, operation: str, pointer: str, message: str) -> None:
            super().__init__(operation=operation, message=message)
            self.pointer = pointer

    def body_follows_contract(ctx: Any, response: Any, case: Any) -> bool | None:
        if case.operation.definition.raw.get("operationId") != _EXECUTE_OPERATION:
            return None
        if response.status_code != 200:
            return None
        try:
            document = json.loads(response.content)
        except ValueError:
            return None  # the document checks report a response that is not JSON
        if not isinstance(document, dict) or "body" not in document:
            return None  # so do they a missing body
        body = document["body"]
        if is_valid(body):
            return True
        found = errors(body)
        first = found[0]
        listed = "; ".join(f"/body{e.path}: {e.message}" for e in found)
        raise BodyBreaksContract(
            operation=case.operation.label, pointer=f"/body{first.path}", message=listed
        )

    body_follows_contract.__name__ = BODY_CHECK
    schemathesis.check(body_follows_contract)
    _register_body_check.done = True  # type: ignore[attr-defined]


def _pointer_of(failure: Any) -> str | None:
    pointer = getattr(failure, "pointer", None)
    if isinstance(pointer, str):
        return pointer
    path = getattr(failure, "instance_path", None)
    if isinstance(path, list | tuple):
        from function_return._pointer import join

        return join(path)
    return None


def probe(base_url: str, token: str | None, timeout: float = 10.0) -> str | None:
    """Return why ``base_url`` cannot be tested (unreachable, token refused), or None."""
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    url = base_url.rstrip("/") + PROBE_PATH
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout):
            return None
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 403):
            given = "the token given" if token else "no token (pass --token)"
            return f"{base_url}: authentication refused ({exc.code}) with {given}"
        return None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return f"cannot reach {base_url}: {reason}"


def check_endpoint(
    base_url: str | None,
    *,
    app: Any = None,
    token: str | None = None,
    max_examples: int = DEFAULT_MAX_EXAMPLES,
    seed: int | None = None,
    tags: Sequence[str] | None = DEFAULT_TAGS,
) -> Report:
    """Run the contract tests against ``base_url`` (or an ASGI ``app`` in process).

    Args:
        base_url: the endpoint's root URL, ``http://host:port``; None with ``app``.
        app: an ASGI app to test in process instead of over HTTP.
        token: the bearer token to send.
        max_examples: how many generated requests per operation and phase, at most.
        seed: make the generated requests repeatable.
        tags: test only the operations with these OpenAPI tags; None tests every operation.
            The default, ``functions``, is what every implementation of the endpoint serves;
            ``service`` and ``check`` are the reference server's own extras.
    """
    target = base_url or "<in-process app>"
    report = Report(target=target)
    if app is None:
        assert base_url is not None
        report.unreachable = probe(base_url, token)
        if report.unreachable is not None:
            return report

    import schemathesis
    from schemathesis.config import SchemathesisConfig
    from schemathesis.engine import Status, events, from_schema

    from function_return_generated.openapi import OPENAPI_BUNDLED

    _register_body_check()
    settings: dict[str, Any] = {
        "generation": {"max-examples": max_examples},
        "checks": {"positive_data_acceptance": {"expected-statuses": POSITIVE_STATUSES}},
        "phases": {"stateful": {"enabled": False}},
        "request-timeout": 30,
    }
    if seed is not None:
        settings["seed"] = seed
    if token:
        settings["headers"] = {"Authorization": f"Bearer {token}"}
    schema: Any = schemathesis.openapi.from_dict(
        json.loads(OPENAPI_BUNDLED), config=SchemathesisConfig.from_dict(settings)
    )
    if tags is not None:
        schema = schema.include(tag=list(tags))
    if app is not None:
        schema.app = app
        schema.config.update(base_url="http://localhost")
    else:
        schema.config.update(base_url=base_url.rstrip("/") if base_url else None)

    seen: set[tuple[str, str, str, str | None]] = set()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            if event.recorder.label not in report.operations:
                report.operations.append(event.recorder.label)
            if event.status != Status.FAILURE:
                continue
            for nodes in event.recorder.checks.values():
                for node in nodes:
                    info = node.failure_info
                    if info is None:
                        continue
                    failure = info.failure
                    record = FailureRecord(
                        operation=event.recorder.label,
                        check=node.name,
                        title=failure.title,
                        message=failure.message,
                        pointer=_pointer_of(failure),
                        curl=_curl(info.code_sample),
                    )
                    key = (record.operation, record.check, record.title, record.pointer)
                    if key not in seen:
                        seen.add(key)
                        report.failures.append(record)
        elif isinstance(event, events.NonFatalError):
            report.errors.append(f"{event.label}: {event.value}")
        elif isinstance(event, events.FatalError):
            report.errors.append(str(event.exception))
    if report.errors and not report.failures and not report.operations:
        report.unreachable = report.errors[0]
    return report


def _curl(code_sample: str) -> str:
    lines = [line for line in code_sample.splitlines() if line.strip().startswith("curl")]
    return lines[0].strip() if lines else code_sample.strip()


def write_text(report: Report, out: TextIO) -> None:
    """Write the report for people."""
    if report.unreachable is not None:
        out.write(f"error: {report.unreachable}\n")
        return
    for failure in report.failures:
        out.write(f"FAIL {failure.operation}: {failure.title} [{failure.check}]\n")
        if failure.pointer is not None:
            out.write(f"  at {failure.pointer or '(root)'}\n")
        summary = failure.message.strip().split("\n\n")[0]  # --format json has it all
        for line in summary.splitlines():
            out.write(f"  {line}\n")
        out.write(f"  reproduce: {failure.curl}\n\n")
    for error in report.errors:
        out.write(f"error: {error}\n")
    count = len(report.operations)
    if report.failures:
        failing = len({f.operation for f in report.failures})
        out.write(
            f"{report.target}: does not conform: {len(report.failures)} failure"
            f"{'s' if len(report.failures) != 1 else ''} in {failing} of {count} operations\n"
        )
    else:
        out.write(f"ok -- {report.target} conforms: {count} operations tested\n")


def write_json(report: Report, out: TextIO) -> None:
    """Write the report for programs (a stable shape, keys sorted)."""
    document = {
        "status": report.status(),
        "target": report.target,
        "operations": report.operations,
        "failures": [f.to_json() for f in report.failures],
        "errors": report.errors if report.unreachable is None else [report.unreachable],
    }
    out.write(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def run(args: argparse.Namespace) -> int:
    """Run ``contract-test`` and return its exit code."""
    if args.max_examples < 1:
        print("function-return contract-test: --max-examples must be at least 1", file=sys.stderr)
        return 2
    base_url = args.base_url
    if not base_url.startswith(("http://", "https://")):
        print(
            f"function-return contract-test: {base_url!r} is not an http(s):// URL",
            file=sys.stderr,
        )
        return 2
    tags = None if "all" in args.tag else (args.tag or list(DEFAULT_TAGS))
    report = check_endpoint(
        base_url, token=args.token, max_examples=args.max_examples, seed=args.seed, tags=tags
    )
    (write_json if args.format == "json" else write_text)(report, sys.stdout)
    return report.exit_code()


def add_parser(subparsers: Any) -> None:
    """Add the ``contract-test`` subcommand."""
    parser = subparsers.add_parser(
        "contract-test",
        help="check that an endpoint conforms to the remote function OpenAPI document",
        description=(
            "Send generated requests to BASE_URL and check every response against the bundled "
            "OpenAPI document and every body against the contract. Exit 0 conforms, 1 does "
            "not, 2 cannot reach or authenticate."
        ),
    )
    parser.add_argument("base_url", metavar="BASE_URL", help="the endpoint, http://host:port")
    parser.add_argument("--token", help="bearer token to send")
    parser.add_argument(
        "--max-examples",
        type=int,
        default=DEFAULT_MAX_EXAMPLES,
        metavar="N",
        help=f"generated requests per operation and phase, at most ({DEFAULT_MAX_EXAMPLES})",
    )
    parser.add_argument("--seed", type=int, help="make the generated requests repeatable")
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        choices=(*TAGS, "all"),
        help=(
            "test the operations with this OpenAPI tag (repeatable): functions (the default: "
            "list and execute), service (/openapi.json, /healthz), check (/v1/validate, "
            "/v1/lint, /v1/explain), or all"
        ),
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    parser.set_defaults(run=run)
