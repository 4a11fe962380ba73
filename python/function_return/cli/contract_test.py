"""``function-return contract-test``: check that an endpoint's functions answer as documented.

Exit codes: 0 the endpoint conforms, 1 it does not (or a function could not be tested), 2 it
cannot be reached, the token is refused, or the base URL is not the API root. The engine is
``function_return.conformance``; this module is arguments and output.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from function_return.cli.extras import require_extra
from function_return.conformance.engine import (
    DEFAULT_AGENT,
    DEFAULT_BRANCH,
    DEFAULT_MAX_EXAMPLES,
    DEFAULT_TAGS,
    TAGS,
)

_PROG = "function-return contract-test"
TOKEN_VARIABLE = "FUNCTION_RETURN_TOKEN"


def _usage_error(message: str) -> int:
    print(f"{_PROG}: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Run ``contract-test`` and return its exit code."""
    from function_return.conformance.functions import parse_function_option, read_calls

    if args.max_examples < 0:
        return _usage_error("--max-examples must be 0 or more")
    base_url = args.base_url
    if not base_url.startswith(("http://", "https://")):
        return _usage_error(f"{base_url!r} is not an http(s):// URL")
    try:
        functions = [parse_function_option(text) for text in args.function] or None
        calls = read_calls(Path(args.calls)) if args.calls else []
    except ValueError as exc:
        return _usage_error(str(exc))
    missing = require_extra("contract-test", "schemathesis")
    if missing is not None:
        return missing
    from function_return.conformance.engine import check_endpoint
    from function_return.conformance.report import junit_xml, write_json, write_text

    tags = None if "all" in args.tag else (args.tag or list(DEFAULT_TAGS))
    report = check_endpoint(
        base_url,
        token=args.token if args.token is not None else os.environ.get(TOKEN_VARIABLE) or None,
        agent=args.agent,
        branch=args.branch,
        functions=functions,
        calls=calls,
        max_examples=args.max_examples,
        seed=args.seed,
        lint=args.lint or args.strict,
        strict=args.strict,
        tags=tags,
    )
    (write_json if args.format == "json" else write_text)(report, sys.stdout)
    if args.junit_xml:
        try:
            Path(args.junit_xml).write_bytes(junit_xml(report))
        except OSError as exc:
            print(f"{_PROG}: cannot write {args.junit_xml}: {exc}", file=sys.stderr)
            return 2
    return report.exit_code()


def add_parser(subparsers: Any) -> None:
    """Add the ``contract-test`` subcommand."""
    parser = subparsers.add_parser(
        "contract-test",
        help="check that an endpoint's functions answer as the OpenAPI document says",
        description=(
            "Read BASE_URL's function list, call every function it names with boundary, "
            "random and invalid arguments, and check every answer: its status, every error a "
            "problem document, every 200's envelope and body under the contract. A function "
            "that never answers 200 is not tested, and fails the run. Exit 0 conforms, 1 does "
            "not, 2 cannot reach, authenticate or find the API."
        ),
    )
    parser.add_argument("base_url", metavar="BASE_URL", help="the API root, http://host:port")
    parser.add_argument(
        "--token",
        help=(
            f"bearer token to send (default: ${TOKEN_VARIABLE}; the curl lines of the report "
            "read it from there)"
        ),
    )
    parser.add_argument("--agent", default=DEFAULT_AGENT, help=f"agent id ({DEFAULT_AGENT})")
    parser.add_argument("--branch", default=DEFAULT_BRANCH, help=f"branch id ({DEFAULT_BRANCH})")
    parser.add_argument(
        "--function",
        action="append",
        default=[],
        metavar="NAME[:PARAMS]",
        help=(
            "test this function instead of reading the list (repeatable); PARAMS is a JSON "
            'object of parameter types, \'{"department": "string", "priority": "integer?"}\' '
            "(? marks an optional one)"
        ),
    )
    parser.add_argument(
        "--calls",
        metavar="FILE.jsonl",
        help=(
            'fixed calls, one JSON object a line: {"function", "args", "conversation"?, '
            '"expect_status"?}, sent exactly as given besides the other calls (for an endpoint '
            "without a list, the only calls with --function's)"
        ),
    )
    parser.add_argument(
        "--max-examples",
        type=int,
        default=DEFAULT_MAX_EXAMPLES,
        metavar="N",
        help=(
            f"generated calls per function, valid and invalid ({DEFAULT_MAX_EXAMPLES}); boundary "
            "values and invalid arguments are tried besides"
        ),
    )
    parser.add_argument("--seed", type=int, help="make the generated calls repeatable")
    parser.add_argument(
        "--lint", action="store_true", help="report lint findings on every body as warnings"
    )
    parser.add_argument(
        "--strict", action="store_true", help="lint findings fail the run (implies --lint)"
    )
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
    parser.add_argument("--junit-xml", metavar="FILE", help="also write the report as JUnit XML")
    parser.set_defaults(run=run)
