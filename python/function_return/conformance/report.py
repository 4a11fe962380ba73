"""What a contract-test run found, and its text and JSON writers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TextIO

from function_return.core.report import INVALID, STATUS_WORDS, exit_code, plural
from function_return.core.report import write_json as write_json_document


@dataclass(frozen=True)
class FailureRecord:
    """One way the endpoint broke the document."""

    operation: str
    check: str
    title: str
    message: str
    pointer: str | None
    curl: str

    def as_dict(self) -> dict[str, Any]:
        """Return the record as a JSON object."""
        return {
            "operation": self.operation,
            "check": self.check,
            "title": self.title,
            "message": self.message,
            "pointer": self.pointer,
            "curl": self.curl,
        }


@dataclass
class Report:
    """What a run found."""

    target: str
    operations: list[str] = field(default_factory=list)
    failures: list[FailureRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unreachable: str | None = None

    def exit_code(self) -> int:
        """0 conforms, 1 does not, 2 cannot reach or authenticate."""
        if self.failures and self.unreachable is None:
            return INVALID
        return exit_code(unreadable=self.unreachable is not None or bool(self.errors), failed=False)

    def status(self) -> str:
        """``ok``, ``fail`` or ``error``, as the exit code says."""
        return {**STATUS_WORDS, INVALID: "fail"}[self.exit_code()]


def write_text(report: Report, out: TextIO) -> None:
    """Write the report for people."""
    if report.unreachable is not None:
        out.write(f"error: {report.unreachable}\n")
        return
    for failure in report.failures:
        out.write(f"FAIL {failure.operation}: {failure.title} [{failure.check}]\n")
        if failure.pointer is not None:
            out.write(f"  at {failure.pointer or '(root)'}\n")
        summary = failure.message.strip().split("\n\n")[0]  # --format json has it all
        for line in summary.splitlines():
            out.write(f"  {line}\n")
        out.write(f"  reproduce: {failure.curl}\n\n")
    for error in report.errors:
        out.write(f"error: {error}\n")
    count = len(report.operations)
    if report.failures:
        failing = len({f.operation for f in report.failures})
        out.write(
            f"{report.target}: does not conform: {plural(len(report.failures), 'failure')} "
            f"in {failing} of {count} operations\n"
        )
    else:
        out.write(f"ok -- {report.target} conforms: {count} operations tested\n")


def write_json(report: Report, out: TextIO) -> None:
    """Write the report for programs (a stable shape, keys sorted)."""
    document = {
        "status": report.status(),
        "target": report.target,
        "operations": report.operations,
        "failures": [f.as_dict() for f in report.failures],
        "errors": report.errors if report.unreachable is None else [report.unreachable],
    }
    write_json_document(document, out)
