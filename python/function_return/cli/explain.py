"""``function-return explain``: say what the agent will do with one return value.

FILE holds a return value, or an execute response (``{"body": ..., "effects": [...], "state":
{...}}``, what the endpoint answers: an object with ``body`` and no key but the response's),
whose ``body`` is explained after its ``effects``, as one turn. ``--effects EFFECTS`` names a
JSON file of effects to explain before the value instead. Errors in the effects point at
``/effects/<index>/...``; every other pointer points into the return value.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from function_return.authoring.explain import explain
from function_return.core.errors import ReturnValidationError
from function_return.core.jsontext import (
    NotJSON,
    cannot_read_reason,
    loads,
    not_json_reason,
    python_literal,
)
from function_return.core.report import printable, write_json


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def _is_python_literal(text: str) -> bool:
    try:
        python_literal(text)
    except NotJSON:
        return False
    return True


def _problem(name: str, message: str, json_format: bool, out: TextIO) -> int:
    if json_format:
        write_json({"status": "error", "message": f"{name}: {message}"}, out)
    else:
        sys.stderr.write(printable(f"function-return explain: {name}: {message}") + "\n")
    return 2


RESPONSE_KEYS = frozenset({"body", "logs", "runtime", "effects", "state"})
"""The keys of an execute response; an object with ``body`` and only these is one."""


def is_execute_response(document: Any) -> bool:
    """Whether ``document`` is an execute response rather than a return value.

    No return value has a ``body`` key (the contract rejects it), so the two never meet.
    """
    return type(document) is dict and "body" in document and document.keys() <= RESPONSE_KEYS


def _read_effects(path: str) -> tuple[Any, str | None]:
    """The effects in the JSON file ``path``, or None and why they cannot be read."""
    try:
        text = _read(path)
    except (OSError, UnicodeDecodeError) as exc:
        return None, f"cannot read: {cannot_read_reason(exc)}"
    try:
        return loads(text), None
    except (ValueError, RecursionError) as exc:
        return None, f"not JSON: {not_json_reason(exc)}"


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Explain the value in ``args.file``; return 0, 1 when it is invalid, 2 when unreadable."""
    out = out or sys.stdout
    json_format = args.format == "json"
    name = "<stdin>" if args.file == "-" else args.file
    effects: Any = None
    if args.effects is not None:
        effects_name = "<stdin>" if args.effects == "-" else args.effects
        if args.effects == "-" and args.file == "-":
            message = "--effects - and FILE - both read standard input: name a file for one"
            return _problem(effects_name, message, json_format, out)
        effects, reason = _read_effects(args.effects)
        if reason is not None:
            return _problem(effects_name, reason, json_format, out)
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        return _problem(name, f"cannot read: {cannot_read_reason(exc)}", json_format, out)
    if args.python:
        try:
            value = python_literal(text)
        except NotJSON as exc:
            return _problem(name, str(exc), json_format, out)
    else:
        try:
            value = loads(text)
        except (ValueError, RecursionError) as exc:
            one = " (one JSON document expected)" if isinstance(exc, json.JSONDecodeError) else ""
            reason = f"not JSON{one}: {not_json_reason(exc)}"
            if _is_python_literal(text):
                reason += "; it reads as a Python literal: add --python"
            return _problem(name, reason, json_format, out)
    if is_execute_response(value):
        if "effects" in value:
            if args.effects is not None:
                message = "an execute response with its own effects: drop --effects"
                return _problem(name, message, json_format, out)
            effects = value["effects"]
        value = value["body"]
    try:
        explanation = explain(value, effects=effects)
    except ReturnValidationError as exc:
        if json_format:
            document: dict[str, Any] = {
                "status": "invalid",
                "errors": [error.as_dict() for error in exc.errors],
            }
            write_json(document, out)
        else:
            for error in exc.errors:
                out.write(printable(f"{name}: {error}") + "\n")
        return 1
    if json_format:
        document = {"status": "ok", **explanation.as_dict()}
        write_json(document, out)
    else:
        out.write(printable(str(explanation), lines=True) + "\n")
    return 0


def add_parser(subparsers: Any) -> None:
    """Add the ``explain`` subcommand."""
    parser = subparsers.add_parser(
        "explain",
        help="say what the agent will do with a return value",
        description=(
            "Print the ordered plan of what the agent does with one return value (a JSON "
            "document in FILE, or on standard input), with notes on settings that will have "
            'no effect. An execute response in FILE ({"body": ..., "effects": [...]}) '
            "is explained as a whole turn: its side effects in order, then its body."
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE",
        help="a JSON file (a return value, or an execute response), or - (the default)",
    )
    parser.add_argument(
        "--effects",
        metavar="EFFECTS",
        help="a JSON file of the side effects the function performed before returning "
        "(a list, as an execute response's effects): explained first, as one turn",
    )
    parser.add_argument(
        "--python",
        action="store_true",
        help="FILE is a Python literal (True, None, 'quotes'), read with ast.literal_eval",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.set_defaults(run=run)
