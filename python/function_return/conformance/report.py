"""What a contract-test run found, and its text, JSON and JUnit XML writers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TextIO
from xml.etree import ElementTree

from function_return.core.report import INVALID, STATUS_WORDS, exit_code, plural
from function_return.core.report import write_json as write_json_document

ENDPOINT = "(endpoint)"
"""The subject of failures that belong to no one function: the list, the token, unknown names."""


@dataclass
class FailureRecord:
    """One way the endpoint broke the document (``severity`` ``warning``: a lint finding)."""

    function: str | None
    check: str
    title: str
    message: str
    pointer: str | None
    method: str
    url: str
    status: int | None
    expected: tuple[int, ...]
    curl: str
    severity: str = "error"
    count: int = 1
    cause: str = ""
    """What was wrong with the request, in a word (``wrong-type``), for a wrong status."""

    @property
    def operation(self) -> str:
        """``METHOD URL``."""
        return f"{self.method} {self.url}"

    @property
    def subject(self) -> str:
        """The function's name, or ``(endpoint)``."""
        return self.function or ENDPOINT

    def key(self) -> tuple[Any, ...]:
        """What makes two failures the same one (seen again in another call)."""
        pointer = self.pointer if self.check != "status" else None  # one per cause, not value
        return (
            self.function,
            self.check,
            self.title,
            pointer,
            self.status,
            self.method,
            self.cause,
        )

    def as_dict(self) -> dict[str, Any]:
        """Return the record as a JSON object."""
        return {
            "function": self.function,
            "check": self.check,
            "severity": self.severity,
            "title": self.title,
            "message": self.message,
            "pointer": self.pointer,
            "method": self.method,
            "url": self.url,
            "status": self.status,
            "expected": list(self.expected),
            "count": self.count,
            "cause": self.cause,
            "curl": self.curl,
        }


@dataclass
class FunctionStats:
    """What happened to one function's calls."""

    name: str
    listed: bool = True
    calls: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    bodies_validated: int = 0
    valid_statuses: Counter[int] = field(default_factory=Counter)
    """The statuses of the calls whose arguments fit the declared parameters."""
    not_tested: str | None = None

    def statuses_text(self) -> str:
        """``200x12 422x9``: each status and how many answers had it."""
        return " ".join(f"{s}x{n}" for s, n in sorted(self.statuses.items())) or "-"

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "calls": self.calls,
            "statuses": {str(s): n for s, n in sorted(self.statuses.items())},
            "bodies_validated": self.bodies_validated,
            "tested": self.not_tested is None,
            "not_tested": self.not_tested,
        }


@dataclass
class Report:
    """What a run found."""

    target: str
    functions: dict[str, FunctionStats] = field(default_factory=dict)
    failures: list[FailureRecord] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unreachable: str | None = None
    strict: bool = False
    seconds: float = 0.0
    _index: dict[tuple[Any, ...], FailureRecord] = field(default_factory=dict, repr=False)

    def add(self, record: FailureRecord) -> None:
        """Add a failure, or count it again when the same one is already there."""
        known = self._index.get(record.key())
        if known is not None:
            known.count += 1
            return
        self._index[record.key()] = record
        self.failures.append(record)

    def errors_found(self) -> list[FailureRecord]:
        """The failures that fail the run (warnings too with ``strict``)."""
        return [f for f in self.failures if f.severity == "error" or self.strict]

    def warnings(self) -> list[FailureRecord]:
        return [f for f in self.failures if f.severity != "error"]

    def exit_code(self) -> int:
        """0 conforms, 1 does not, 2 cannot reach, authenticate or find the API."""
        if self.unreachable is not None:
            return exit_code(unreadable=True, failed=False)
        if self.errors_found():
            return INVALID
        return exit_code(unreadable=bool(self.errors), failed=False)

    def status(self) -> str:
        """``ok``, ``fail`` or ``error``, as the exit code says."""
        return {**STATUS_WORDS, INVALID: "fail"}[self.exit_code()]


def write_text(report: Report, out: TextIO) -> None:
    """Write the report for people: each failure, the table of functions, the verdict."""
    if report.unreachable is not None:
        out.write(f"error: {report.unreachable}\n")
        return
    ordered = sorted(
        report.failures,
        key=lambda f: (f.function is not None, f.function or "", f.check == "coverage"),
    )
    for failure in ordered:
        failing = failure.severity == "error" or report.strict
        word = "FAIL" if failing else "WARN"
        out.write(f"{word} {failure.subject}: {failure.title} [{failure.check}]\n")
        out.write(f"  {failure.method} {failure.url}\n")
        if failure.check != "coverage":
            received = "no answer" if failure.status is None else str(failure.status)
            expected = ", ".join(str(s) for s in failure.expected) or "-"
            out.write(f"  status {received}, expected {expected}\n")
        if failure.pointer is not None:
            where = " (in the request)" if failure.check == "status" else ""
            out.write(f"  at {failure.pointer or '(root)'}{where}\n")
        for line in failure.message.strip().splitlines():
            out.write(f"  {line}\n")
        if failure.count > 1:
            out.write(f"  (seen in {failure.count} calls)\n")
        out.write(f"  reproduce: {failure.curl}\n\n")
    for error in report.errors:
        out.write(f"error: {error}\n")
    if report.functions:
        _write_table(report, out)
    tested = [s for s in report.functions.values() if s.not_tested is None]
    count = len(report.functions)
    failing_now = report.errors_found()
    if failing_now:
        subjects = {f.subject for f in failing_now}
        functions_failing = len(subjects - {ENDPOINT})
        parts = [f"{functions_failing} of {plural(count, 'function')} failing"]
        if count - len(tested):
            parts.append(f"{count - len(tested)} not tested")
        if ENDPOINT in subjects:
            parts.append("endpoint checks failing")
        out.write(
            f"{report.target}: does not conform: {plural(len(failing_now), 'failure')} "
            f"({', '.join(parts)}) ({report.seconds:.1f} s)\n"
        )
    else:
        warned = len(report.warnings())
        extra = f", {plural(warned, 'warning')}" if warned else ""
        out.write(
            f"ok -- {report.target} conforms: {plural(count, 'function')} tested{extra} "
            f"({report.seconds:.1f} s)\n"
        )


def _write_table(report: Report, out: TextIO) -> None:
    failing: Counter[str] = Counter(f.subject for f in report.errors_found())
    rows = [("function", "calls", "statuses", "bodies", "verdict")]
    for stats in report.functions.values():
        if stats.not_tested is not None:
            verdict = f"NOT TESTED: {stats.not_tested}"
        elif failing[stats.name]:
            verdict = f"FAIL ({plural(failing[stats.name], 'failure')})"
        else:
            verdict = "ok"
        rows.append(
            (
                stats.name,
                str(stats.calls),
                stats.statuses_text(),
                str(stats.bodies_validated),
                verdict,
            )
        )
    if failing[ENDPOINT]:
        rows.append((ENDPOINT, "", "", "", f"FAIL ({plural(failing[ENDPOINT], 'failure')})"))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        out.write("  ".join([*cells, row[4]]).rstrip() + "\n")
    out.write("\n")


def as_document(report: Report) -> dict[str, Any]:
    """The report as a JSON object (a stable shape)."""
    return {
        "status": report.status(),
        "target": report.target,
        "seconds": round(report.seconds, 3),
        "functions": [s.as_dict() for s in report.functions.values()],
        "operations": report.operations,
        "failures": [f.as_dict() for f in report.failures if f.severity == "error"],
        "warnings": [f.as_dict() for f in report.warnings()],
        "errors": report.errors if report.unreachable is None else [report.unreachable],
    }


def write_json(report: Report, out: TextIO) -> None:
    """Write the report for programs (keys sorted)."""
    write_json_document(as_document(report), out)


def junit_xml(report: Report) -> bytes:
    """The report as JUnit XML: one test case per function, one for the endpoint's own checks."""
    suite = ElementTree.Element(
        "testsuite", name="function-return contract-test", time=f"{report.seconds:.3f}"
    )
    failures = 0
    subjects = [ENDPOINT, *report.functions]
    for subject in subjects:
        case = ElementTree.SubElement(
            suite, "testcase", classname="contract-test", name=subject, time="0"
        )
        if subject == ENDPOINT and report.unreachable is not None:
            ElementTree.SubElement(case, "error", message=report.unreachable)
            continue
        stats = report.functions.get(subject)
        if stats is not None:
            ElementTree.SubElement(case, "system-out").text = (
                f"calls {stats.calls}; statuses {stats.statuses_text()}; bodies validated "
                f"{stats.bodies_validated}"
            )
        found = [f for f in report.errors_found() if f.subject == subject]
        for failure in found:
            failures += 1
            element = ElementTree.SubElement(
                case, "failure", message=f"{failure.title} [{failure.check}]"
            )
            element.text = (
                f"{failure.method} {failure.url}\nstatus {failure.status}, expected "
                f"{', '.join(str(s) for s in failure.expected)}\n"
                + (f"at {failure.pointer or '(root)'}\n" if failure.pointer is not None else "")
                + f"{failure.message}\nreproduce: {failure.curl}\n"
            )
    suite.set("tests", str(len(subjects)))
    suite.set("failures", str(failures))
    suite.set("errors", "1" if report.unreachable is not None else "0")
    text: bytes = ElementTree.tostring(suite, encoding="utf-8", xml_declaration=True)
    return text
