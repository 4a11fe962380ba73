"""The ``function-return`` command: a subcommand per job, each in a module of its own.

Exit codes, for every subcommand: 0 success (every value valid), 1 a value breaks the contract,
2 a usage error or input that cannot be read or is not JSON.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module has ``add_parser(subparsers)``; the parser it adds sets ``run(args) -> int``.
COMMANDS = {
    "validate": "function_return.cli.validate",
    "lint": "function_return.cli.lint",
    "explain": "function_return.cli.explain",
    "check": "function_return.cli.check",
    "serve": "function_return.cli.serve",
    "contract-test": "function_return.cli.contract_test",
    "schema": "function_return.cli.schema",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Return the parser of the whole command line.

    With a ``command`` named, only that subcommand's module is imported (the others get an
    empty parser), so that a run starts fast; without, all are, for the full help.
    """
    parser = argparse.ArgumentParser(
        prog="function-return",
        description="Check and serve the return values of agent functions.",
        epilog="exit codes: 0 ok, 1 invalid, 2 usage error or unreadable input",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module in COMMANDS.items():
        if command in (None, name):
            importlib.import_module(module).add_parser(subparsers)
        else:
            subparsers.add_parser(name)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` and return its exit code (never raises SystemExit)."""
    words = list(sys.argv[1:] if argv is None else argv)
    chosen = next((w for w in words if not w.startswith("-")), None)
    parser = build_parser(chosen if chosen in COMMANDS else None)
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    code: int = args.run(args)
    return code


def main() -> None:
    """Entry point of the console script: run and exit with the code."""
    for stream in (sys.stdout, sys.stderr):  # a last resort: never a UnicodeEncodeError
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        code = run()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    sys.exit(code)
