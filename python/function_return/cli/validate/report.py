"""The report of ``validate``: what a run found, and its text and JSON writers."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from function_return.authoring.findings import Finding
from function_return.cli.validate.inputs import expand
from function_return.core import report as common
from function_return.core.pointer import shorten
from function_return.core.report import printable


@dataclass
class Report:
    """What a run found: counts, errors of invalid values, and inputs that could not be read."""

    checked: int = 0
    invalid: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    unreadable: list[dict[str, Any]] = field(default_factory=list)
    in_order: list[dict[str, Any]] = field(default_factory=list)
    """Errors and unreadable inputs together, in input order (for the text report)."""
    findings: list[dict[str, Any]] | None = None
    """Lint findings, when values are linted (``--lint``), in input order."""
    failed: int = 0
    """Findings that fail the run: errors, and warnings with ``--strict``."""

    def exit_code(self) -> int:
        """0 all valid, 1 a value invalid or a failing finding, 2 an input unreadable."""
        return common.exit_code(
            unreadable=bool(self.unreadable), failed=bool(self.invalid or self.failed)
        )


def finding_record(file: str, found: Finding, line: int | None) -> dict[str, Any]:
    """One lint finding of a value as a JSON record."""
    return {
        "file": file,
        "line": line,
        "path": found.path,
        "code": found.code,
        "severity": found.severity,
        "message": found.message,
        "hint": found.hint,
    }


def _where(record: dict[str, Any]) -> str:
    return f"{record['file']}:{record['line']}" if record["line"] is not None else record["file"]


def write_text(report: Report, out: TextIO) -> None:
    """Write the report for people: one line per problem, then a summary."""
    for record in report.in_order:
        pointer = f"{shorten(record['path']) or '(root)'}: " if "path" in record else ""
        code = f"{record['code']} {record['severity']}: " if "code" in record else ""
        # Escaped: a key or file name could hold a terminal escape or a line break that forges
        # a line of this report ("ok -- ..."), or a lone surrogate UTF-8 cannot carry.
        out.write(printable(f"{_where(record)}: {pointer}{code}{record['message']}") + "\n")
    valid = report.checked - report.invalid
    checked = common.plural(report.checked, "value")
    summary = f"{checked} checked: {valid} valid, {report.invalid} invalid"
    if report.findings is not None:
        summary += f", {common.plural(len(report.findings), 'lint finding')}"
    if report.unreadable:
        summary += f", {len(report.unreadable)} unreadable"
    out.write(("ok -- " if report.exit_code() == 0 else "") + summary + "\n")


def write_json(report: Report, out: TextIO) -> None:
    """Write the report for programs (a stable shape, keys sorted)."""
    document = {
        "status": common.STATUS_WORDS[report.exit_code()],
        "checked": report.checked,
        "valid": report.checked - report.invalid,
        "invalid": report.invalid,
        "errors": report.errors,
        "unreadable": report.unreadable,
    }
    if report.findings is not None:
        document["findings"] = report.findings
    common.write_json(document, out, plain=True)  # strings, integers and null only


PROGRESS_DELAY = 0.5
"""Seconds before the progress bar shows, so that quick runs print none."""


def progress_bar(paths: list[str]) -> Any:
    """A progress bar on standard error, counting the bytes of the files checked."""
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked from this one
    sizes = [os.path.getsize(p) if p != "-" and os.path.isfile(p) else None for p in expand(paths)]
    total = None if None in sizes else sum(size or 0 for size in sizes)
    return tqdm(
        total=total,
        desc="checking",
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        file=sys.stderr,
        delay=PROGRESS_DELAY,
        leave=False,
        dynamic_ncols=True,
    )
