"""``function-return contract-test``: check that an endpoint conforms to the OpenAPI document.

Exit codes: 0 the endpoint conforms, 1 it does not, 2 it cannot be reached or the token is
refused. The engine is ``function_return.conformance``; this module is arguments and output.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from function_return.cli.extras import require_extra
from function_return.conformance.engine import DEFAULT_MAX_EXAMPLES, DEFAULT_TAGS, TAGS


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
    missing = require_extra("contract-test", "schemathesis")
    if missing is not None:
        return missing
    from function_return.conformance.engine import check_endpoint
    from function_return.conformance.report import write_json, write_text

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
