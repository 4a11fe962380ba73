"""The contract-test engine: check that an endpoint conforms to the OpenAPI document.

Schemathesis generates requests, valid and invalid, for every operation of our bundled copy of
the document (never the target's own), sends them to the endpoint, and checks each response
against the document; every ``body`` of a 200 is also checked with this package's validator.

Exit codes: 0 the endpoint conforms, 1 it does not (each failure reported with the operation,
a curl line that reproduces it, and the JSON Pointer of the offending part of the response),
2 it cannot be reached or the token is refused.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Any

from function_return.conformance.report import FailureRecord, Report
from function_return.core.pointer import join
from function_return.core.validate import errors, is_valid

DEFAULT_MAX_EXAMPLES = 20
PROBE_PATH = "/v1/agents/contract-test/branches/main/functions"
"""What the authentication probe asks for before the run."""

POSITIVE_STATUSES = ["2xx", "401", "403", "404", "422"]
"""Answers a valid request may get: the document cannot know a function's own parameters, so a
request valid under it may still not fit the function (422), or name none (404)."""

BODY_CHECK = "body_follows_contract"
_EXECUTE_OPERATION = "executeFunction"


TAGS = ("functions", "service", "check")
"""The OpenAPI tags of the document's operations."""
DEFAULT_TAGS = ("functions",)
"""What every implementation serves: listing and executing functions."""


def _register_body_check() -> None:
    """Register, once, the check that runs every ``body`` through this package's validator."""
    import schemathesis
    from schemathesis.core.failures import Failure

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
