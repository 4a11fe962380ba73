"""``function-return check``: judge the returns of function source files without running them."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from function_return.authoring.check import CheckReport, check_files
from function_return.authoring.config import ConfigError, load_config
from function_return.authoring.findings import SEVERITIES
from function_return.core.pointer import shorten
from function_return.core.report import STATUS_WORDS, plural, printable
from function_return.core.report import write_json as write_json_document


def write_text(
    report: CheckReport, out: TextIO, *, strict: bool = False, show_unjudged: bool = False
) -> None:
    """Write one ``file:line:col: CODE message`` line per finding (flake8 style), then a summary.

    With ``show_unjudged``, each return not wholly judged follows, with why.
    """
    for problem in report.unreadable:
        where = f"{problem['file']}:{problem['line']}" if problem["line"] else problem["file"]
        out.write(printable(f"{where}: {problem['message']}") + "\n")
    for item in report.findings:
        found = item.finding
        pointer = f"{shorten(found.path)}: " if found.path else ""
        line = f"{item.file}:{item.line}:{item.col}: {found.code} {pointer}{found.message}"
        out.write(printable(line) + "\n")
    if show_unjudged:
        for unjudged in report.unjudged:
            label = "not judged" if unjudged.status == "not judged" else "partly judged"
            place = f"{unjudged.file}:{unjudged.line}:{unjudged.col}"
            out.write(printable(f"{place}: {label}: {unjudged.reason}") + "\n")
    counts = {s: sum(f.finding.severity == s for f in report.findings) for s in SEVERITIES}
    summary = (
        f"{plural(report.files, 'file')}, {plural(report.judged, 'return')} judged, "
        f"{report.partly} partly judged, {report.not_judged} not judged: "
        f"{plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, "
        f"{plural(counts['info'], 'note')}"
    )
    if report.unreadable:
        summary += f", {len(report.unreadable)} unreadable"
    out.write(("ok -- " if report.exit_code(strict=strict) == 0 else "") + summary + "\n")


def write_json(
    report: CheckReport, out: TextIO, *, strict: bool = False, show_unjudged: bool = True
) -> None:
    """Write the report for programs (a stable shape, keys sorted); ``unjudged`` lists every
    return not wholly judged, with why."""
    document = {
        "status": STATUS_WORDS[report.exit_code(strict=strict)],
        "files": report.files,
        "returns": report.returns,
        "judged": report.judged,
        "partly_judged": report.partly,
        "not_judged": report.not_judged,
        "findings": [f.as_dict() for f in report.findings],
        "unjudged": [u.as_dict() for u in report.unjudged],
        "unreadable": report.unreadable,
    }
    write_json_document(document, out)


def run(args: argparse.Namespace) -> int:
    """Run ``check`` and return its exit code."""
    try:
        config = load_config(args.config) if args.config else None
    except ConfigError as exc:
        sys.stderr.write(printable(f"function-return check: {exc}", lines=True) + "\n")
        return 2
    report = check_files(args.paths, config=config, lenient=args.lenient)
    writer = write_json if args.format == "json" else write_text
    writer(report, sys.stdout, strict=args.strict, show_unjudged=args.show_unjudged)
    return report.exit_code(strict=args.strict)


def add_parser(subparsers: Any) -> None:
    """Add the ``check`` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help="judge the returns of Python function files without running them",
        description=(
            "Read Python function files (or folders of them, like functions/) without running "
            "them and judge each return that reaches the runtime: schema errors (FR001), lint "
            "(FR1xx) and source rules (FR2xx). Exit 0 clean, 1 an error (or a warning with "
            "--strict), 2 a file unreadable or not Python."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a .py file or a folder")
    parser.add_argument("--config", metavar="FILE", help="agent configuration (YAML or JSON)")
    parser.add_argument(
        "--lenient", action="store_true", help="unknown keys are warnings (FR111), not errors"
    )
    parser.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    parser.add_argument(
        "--show-unjudged",
        action="store_true",
        help="list each return not wholly judged, with why (a call's result, a computed value)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    parser.set_defaults(run=run)
