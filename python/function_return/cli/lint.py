"""``function-return lint``: lint return values stored in files (``validate --lint``, by name).

The same run and the same output as ``function-return validate --lint``: schema errors, then
each value's findings. ``--python`` reads each file (or standard input) as one Python literal,
as ``print`` shows a dict, with ``ast.literal_eval``: nothing is run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from function_return.cli import validate
from function_return.cli.validate.inputs import MAX_SIZE, Item, too_large
from function_return.core.jsontext import NotJSON, cannot_read_reason, python_literal


def python_documents(path: str, max_size: int = MAX_SIZE) -> Iterator[Item]:
    """The one value of a file holding a Python literal (``-``: standard input)."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            text = sys.stdin.read(max_size + 1)
        else:
            with open(path, encoding="utf-8") as stream:
                text = stream.read(max_size + 1)
    except (OSError, UnicodeDecodeError) as exc:
        yield Item(name, None, problem=f"cannot read: {cannot_read_reason(exc)}")
        return
    # At most max_size + 1 characters were read: never more than four times the limit in bytes.
    if len(text.encode("utf-8", "surrogatepass")) > max_size:
        yield Item(name, None, problem=too_large(max_size))
        return
    try:
        value = python_literal(text)
    except NotJSON as exc:
        yield Item(name, None, problem=str(exc))
        return
    yield Item(name, None, value, size=len(text.encode("utf-8", "surrogatepass")))


def _python_paths(paths: list[str]) -> list[str]:
    found: list[str] = []
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found += sorted(str(p) for p in Path(path).rglob("*.py") if p.is_file())
        else:
            found.append(path)
    return found


def run(args: argparse.Namespace) -> int:
    """Run ``lint`` (``validate --lint``) and return its exit code."""
    args.lint = True
    args.jobs = 1
    if not args.python:
        return validate.run(args)
    try:
        linter = validate.linter_for(args)
    except ValueError as exc:  # ConfigError
        sys.stderr.write(f"function-return lint: {exc}\n")
        return 2
    from function_return.cli.validate.batch import check
    from function_return.cli.validate.report import write_json, write_text

    report = check(
        _python_paths(args.paths),
        lenient=args.lenient,
        linter=linter,
        max_size=args.max_size,
        read=python_documents,
    )
    (write_json if args.format == "json" else write_text)(report, sys.stdout)
    return report.exit_code()


def add_parser(subparsers: Any) -> None:
    """Add the ``lint`` subcommand."""
    parser = subparsers.add_parser(
        "lint",
        help="lint return values in JSON / JSON Lines files (validate --lint)",
        description=(
            "Check and lint return values: the same as validate --lint. A .json file holds "
            "one, a .jsonl file one per line, a folder every such file in it, - standard "
            "input. With --python, each file (or standard input) holds one Python literal, "
            "read with ast.literal_eval (nothing is run)."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or -")
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="accept keys the contract does not know (they are FR111 warnings)",
    )
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="the agent's configuration (YAML or JSON) naming its variants and handoffs",
    )
    parser.add_argument(
        "--python",
        action="store_true",
        help="each file is one Python literal (True, None, 'quotes'), as print shows a dict",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    validate.add_max_size(parser)
    parser.set_defaults(run=run)
