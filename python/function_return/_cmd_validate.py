"""``function-return validate``: check return values stored in JSON and JSON Lines files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from function_return._errors import ErrorDetail
from function_return._validate import errors, is_valid


class NotJSON(ValueError):
    """Input that is not JSON text."""


def _reject_constant(name: str) -> Any:
    raise NotJSON(f"{name} is not valid JSON")


def loads(text: str) -> Any:
    """Parse JSON text strictly: NaN and Infinity are not JSON."""
    return json.loads(text, parse_constant=_reject_constant)


@dataclass
class Report:
    """What a run found: counts, errors of invalid values, and inputs that could not be read."""

    checked: int = 0
    invalid: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    unreadable: list[dict[str, Any]] = field(default_factory=list)
    in_order: list[dict[str, Any]] = field(default_factory=list)
    """Errors and unreadable inputs together, in input order (for the text report)."""

    def exit_code(self) -> int:
        """0 all valid, 1 some value invalid, 2 some input unreadable or not JSON."""
        return 2 if self.unreadable else 1 if self.invalid else 0


@dataclass(frozen=True)
class Item:
    """One value to check, or the reason it could not be read."""

    file: str
    line: int | None
    value: Any = None
    problem: str | None = None


def _documents(path: str) -> Iterator[Item]:
    """Yield the values stored at ``path`` (``-`` is standard input)."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            yield from _from_text(name, sys.stdin.read(), jsonl=None)
            return
        if path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as stream:
                yield from _lines(name, stream)
            return
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        yield Item(name, None, problem=f"cannot read: {reason}")
        return
    yield from _from_text(name, text, jsonl=False)


def _from_text(name: str, text: str, jsonl: bool | None) -> Iterator[Item]:
    try:
        yield Item(name, None, loads(text))
    except (ValueError, RecursionError) as exc:
        if jsonl is None and text.count("\n") > 1:  # standard input: JSON Lines if not one document
            yield from _lines(name, text.splitlines(keepends=True))
        else:
            yield Item(name, None, problem=f"not JSON: {_reason(exc)}")


def _lines(name: str, lines: Any) -> Iterator[Item]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield Item(name, number, loads(line))
        except (ValueError, RecursionError) as exc:
            yield Item(name, number, problem=f"not JSON: {_reason(exc)}")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
    return str(exc)


def _expand(paths: list[str]) -> Iterator[str]:
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = sorted(
                str(p)
                for p in Path(path).rglob("*")
                if p.suffix in (".json", ".jsonl") and p.is_file()
            )
            yield from found
        else:
            yield path


def check(paths: list[str], *, lenient: bool = False) -> Report:
    """Validate every value in ``paths`` and return the report."""
    report = Report()
    for path in _expand(paths):
        for item in _documents(path):
            if item.problem is not None:
                record = {"file": item.file, "line": item.line, "message": item.problem}
                report.unreadable.append(record)
                report.in_order.append(record)
                continue
            report.checked += 1
            if is_valid(item.value, lenient=lenient):
                continue
            report.invalid += 1
            for error in errors(item.value, lenient=lenient):
                record = _record(item, error)
                report.errors.append(record)
                report.in_order.append(record)
    return report


def _record(item: Item, error: ErrorDetail) -> dict[str, Any]:
    return {
        "file": item.file,
        "line": item.line,
        "path": error.path,
        "schema_path": error.schema_path,
        "keyword": error.keyword,
        "message": error.message,
    }


def _where(record: dict[str, Any]) -> str:
    return f"{record['file']}:{record['line']}" if record["line"] is not None else record["file"]


def write_text(report: Report, out: TextIO) -> None:
    """Write the report for people: one line per problem, then a summary."""
    for record in report.in_order:
        pointer = f"{record['path'] or '(root)'}: " if "path" in record else ""
        out.write(f"{_where(record)}: {pointer}{record['message']}\n")
    valid = report.checked - report.invalid
    plural = "s" if report.checked != 1 else ""
    summary = f"{report.checked} value{plural} checked: {valid} valid, {report.invalid} invalid"
    if report.unreadable:
        summary += f", {len(report.unreadable)} unreadable"
    out.write(("ok -- " if report.exit_code() == 0 else "") + summary + "\n")


def write_json(report: Report, out: TextIO) -> None:
    """Write the report for programs (a stable shape, keys sorted)."""
    status = {0: "ok", 1: "invalid", 2: "error"}[report.exit_code()]
    document = {
        "status": status,
        "checked": report.checked,
        "valid": report.checked - report.invalid,
        "invalid": report.invalid,
        "errors": report.errors,
        "unreadable": report.unreadable,
    }
    out.write(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def run(args: argparse.Namespace) -> int:
    """Run ``validate`` and return its exit code."""
    report = check(args.paths, lenient=args.lenient)
    (write_json if args.format == "json" else write_text)(report, sys.stdout)
    return report.exit_code()


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
    parser.set_defaults(run=run)
