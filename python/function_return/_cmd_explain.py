"""``function-return explain``: say what the agent will do with one return value."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from function_return._cmd_validate import loads
from function_return._errors import ReturnValidationError
from function_return._explain import explain


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def _problem(name: str, message: str, json_format: bool, out: TextIO) -> int:
    if json_format:
        out.write(json.dumps({"status": "error", "message": f"{name}: {message}"}) + "\n")
    else:
        sys.stderr.write(f"function-return explain: {name}: {message}\n")
    return 2


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Explain the value in ``args.file``; return 0, 1 when it is invalid, 2 when unreadable."""
    out = out or sys.stdout
    json_format = args.format == "json"
    name = "<stdin>" if args.file == "-" else args.file
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _problem(name, f"cannot read: {reason}", json_format, out)
    try:
        value = loads(text)
    except json.JSONDecodeError as exc:
        reason = f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
        return _problem(name, f"not JSON (one JSON document expected): {reason}", json_format, out)
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        return _problem(name, f"not JSON: {reason}", json_format, out)
    try:
        explanation = explain(value)
    except ReturnValidationError as exc:
        if json_format:
            document: dict[str, Any] = {
                "status": "invalid",
                "errors": [
                    {
                        "path": e.path,
                        "schema_path": e.schema_path,
                        "keyword": e.keyword,
                        "message": e.message,
                    }
                    for e in exc.errors
                ],
            }
            out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        else:
            for error in exc.errors:
                out.write(f"{name}: {error}\n")
        return 1
    if json_format:
        document = {"status": "ok", **explanation.as_dict()}
        out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(f"{explanation}\n")
    return 0


def add_parser(subparsers: Any) -> None:
    """Add the ``explain`` subcommand."""
    parser = subparsers.add_parser(
        "explain",
        help="say what the agent will do with a return value",
        description=(
            "Print the ordered plan of what the agent does with one return value (a JSON "
            "document in FILE, or on standard input), with notes on settings that will have "
            "no effect."
        ),
    )
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="a JSON file, or - (the default)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.set_defaults(run=run)
