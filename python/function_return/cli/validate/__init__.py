"""``function-return validate``: check return values stored in JSON and JSON Lines files.

The command is arguments only; ``inputs`` reads and decodes, ``batch`` judges (in ``--jobs``
processes), ``report`` writes the result.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from function_return.authoring.config import load_config
from function_return.cli.units import size_argument
from function_return.cli.validate.batch import LintSettings, check
from function_return.cli.validate.inputs import MAX_SIZE
from function_return.cli.validate.report import progress_bar, write_json, write_text
from function_return.core.report import printable


def run(args: argparse.Namespace) -> int:
    """Run ``validate`` and return its exit code.

    Progress shows on standard error only when it is a terminal and the report is text.
    """
    jobs = args.jobs or os.cpu_count() or 1
    try:
        linter = linter_for(args)
    except ValueError as exc:  # ConfigError: the configuration cannot be read or is invalid
        sys.stderr.write(printable(f"function-return validate: {exc}", lines=True) + "\n")
        return 2
    if args.format == "json" or not sys.stderr.isatty():
        report = check(
            args.paths, lenient=args.lenient, jobs=jobs, linter=linter, max_size=args.max_size
        )
    else:
        with progress_bar(args.paths) as bar:
            report = check(
                args.paths,
                lenient=args.lenient,
                jobs=jobs,
                progress=lambda v: bar.update(v.size),
                linter=linter,
                max_size=args.max_size,
            )
    (write_json if args.format == "json" else write_text)(report, sys.stdout)
    return report.exit_code()


def linter_for(args: argparse.Namespace) -> LintSettings | None:
    """The lint settings ``--lint``, ``--strict`` and ``--config`` ask for (None: no lint)."""
    if not (args.lint or args.strict or args.config):
        return None
    agent = load_config(args.config) if args.config else None
    return LintSettings(agent, unknown_keys=args.lenient, strict=args.strict)


def _jobs(text: str) -> int:
    """Parse ``--jobs``: a number of processes, 0 for one per CPU."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (0 for all CPUs); got {text!r}"
        )
    return number


def add_max_size(parser: argparse.ArgumentParser) -> None:
    """Add ``--max-size``, the bound on what is read of each value."""
    parser.add_argument(
        "--max-size",
        type=size_argument,
        default=MAX_SIZE,
        metavar="SIZE",
        help=(
            "the largest value read: a .json file, a line of a .jsonl file, standard input's "
            "document (64M); a larger one is unreadable (exit 2), never read whole"
        ),
    )


def add_parser(subparsers: Any) -> None:
    """Add the ``validate`` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help="check return values in JSON / JSON Lines files",
        description=(
            "Check return values: a .json file holds one, a .jsonl file one per line, a folder "
            "every such file in it, - standard input (one JSON document, or JSON Lines)."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="a .json or .jsonl file, a folder, or -"
    )
    parser.add_argument(
        "--lenient", action="store_true", help="accept keys the contract does not know"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="check values in N processes (0: one per CPU); the report is the same",
    )
    add_max_size(parser)
    parser.add_argument(
        "--lint",
        action="store_true",
        help="lint the values too: findings (FR1xx) follow the schema errors; errors fail",
    )
    parser.add_argument(
        "--strict", action="store_true", help="lint, and fail on warnings too (implies --lint)"
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="the agent's configuration (YAML or JSON) naming its variants and handoffs "
        "(implies --lint)",
    )
    parser.set_defaults(run=run)
