"""The batch engine of ``validate``: judge items in order, in this process or in ``--jobs``.

One hot path (``_judge_all``) serves both routes: the serial one calls it on each batch, the
parallel one sends the same batches to worker processes. A line that decodes to a valid value
costs a decode and a check; only the others are explained.
"""

from __future__ import annotations

import dataclasses
import pickle
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from orjson import loads as orjson_loads

from function_return.authoring.config import AgentConfig
from function_return.authoring.lint import Finding, lint_value
from function_return.cli.validate.inputs import (
    MAX_SIZE,
    Item,
    documents,
    lines,
    parse_line,
    region_items,
    regions,
    sources,
)
from function_return.cli.validate.locate import line_of
from function_return.cli.validate.report import Report, finding_record
from function_return.core.errors import ErrorDetail
from function_return.core.jsontext import fast_loads
from function_return.core.report import error_record
from function_return.core.validate import errors, is_valid, plain_check

if TYPE_CHECKING:
    from concurrent.futures import Future


@dataclass(frozen=True, slots=True)
class LintSettings:
    """How to lint each value of a run (picklable, for worker processes).

    Attributes:
        agent: the checked agent configuration, or None.
        unknown_keys: report unknown keys (``FR111``): wanted when validation is lenient,
            since strict validation reports them as errors already.
        strict: warnings fail like errors.
    """

    agent: AgentConfig | None = None
    unknown_keys: bool = False
    strict: bool = False

    def __call__(self, value: Any) -> tuple[Finding, ...]:
        """Return the findings for ``value``."""
        return tuple(lint_value(value, self.agent, unknown_keys=self.unknown_keys))

    def fails(self, found: Finding) -> bool:
        """Whether ``found`` makes the run fail."""
        return found.severity == "error" or (self.strict and found.severity == "warning")


@dataclass(slots=True)
class Verdict:
    """What checking found, without the values (cheap to send back from a worker process).

    Either ``count`` valid values in a row, or one value with ``errors``, or one input that
    could not be read (``problem``). ``size``: bytes of input covered, for the progress bar.
    """

    file: str
    line: int | None
    problem: str | None = None
    errors: tuple[ErrorDetail, ...] = ()
    count: int = 1
    size: int = 0
    findings: tuple[Finding, ...] = ()
    error_lines: tuple[int | None, ...] = ()
    """For a whole document: the line where each error's value starts."""
    finding_lines: tuple[int | None, ...] = ()
    """For a whole document: the line where each finding's value starts."""


def _judge(item: Item, lenient: bool, linter: LintSettings | None = None) -> Verdict:
    """Check one parsed item (and lint it, with a ``linter``)."""
    if item.problem is not None:
        return Verdict(item.file, item.line, item.problem)
    found = linter(item.value) if linter is not None else ()
    problems = (
        () if is_valid(item.value, lenient=lenient) else tuple(errors(item.value, lenient=lenient))
    )
    if item.text is None or not (problems or found):
        return Verdict(item.file, item.line, None, problems, findings=found)
    text = item.text
    return Verdict(
        item.file,
        item.line,
        None,
        problems,
        findings=found,
        error_lines=tuple(line_of(text, e.path) for e in problems),
        finding_lines=tuple(line_of(text, f.path) for f in found),
    )


def _items(entry: Item) -> Iterator[Item]:
    """The items of one entry: itself, or the parsed lines of a block."""
    if entry.block is None:
        yield entry
    else:
        yield from lines(entry.file, entry.block, entry.line or 1, sizes=False)


def _judge_all(
    batch: list[Item], lenient: bool, linter: LintSettings | None = None
) -> list[Verdict]:
    """Check a batch of items (blocks of lines parsed here); valid values in a row merge."""
    verdicts: list[Verdict] = []
    valid = size = 0
    first: tuple[str, int | None] = ("", None)  # where the current run of valid values began

    def close_run() -> None:
        nonlocal valid
        if valid:
            verdicts.append(Verdict(*first, count=valid))
            valid = 0

    check = plain_check(lenient=lenient)  # what orjson and json return is plain data
    entries: list[Item] = []
    for entry in batch:
        if entry.region is not None:  # a region of a file (--jobs): read here
            size += entry.size
            entries += region_items(entry)
        else:
            size += entry.size if entry.block is None else _utf8_size("".join(entry.block))
            entries.append(entry)
    for entry in entries:
        if entry.block is not None and linter is None:
            # The hot path: a line that decodes to a valid value costs a decode and a check.
            number = entry.line or 1
            try:  # the whole block at once: orjson reads every line
                accepted = list(map(check, map(orjson_loads, entry.block)))
            except Exception:  # a line orjson refuses (or blank): line by line
                accepted = [_accepts(check, line) for line in entry.block]
            if all(accepted):
                if not valid:
                    first = (entry.file, number)
                valid += len(accepted)
                continue
            for offset, line in enumerate(entry.block):
                if accepted[offset]:
                    if not valid:
                        first = (entry.file, number + offset)
                    valid += 1
                    continue
                if line.strip():
                    close_run()
                    problem, found = _judge_line(line, lenient)
                    verdicts.append(Verdict(entry.file, number + offset, problem, found))
            continue
        for item in _items(entry):
            verdict = _judge(item, lenient, linter)
            if verdict.problem is None and not verdict.errors and not verdict.findings:
                if not valid:
                    first = (item.file, item.line)
                valid += 1
                continue
            close_run()
            verdicts.append(verdict)
    close_run()
    if not verdicts:
        return [Verdict(batch[0].file, batch[0].line, count=0, size=size)]
    verdicts[-1] = dataclasses.replace(verdicts[-1], size=size)  # progress moves per batch
    return verdicts


def _accepts(check: Callable[[Any], bool], line: str) -> bool:
    """Whether one line holds a valid value; False for one that is blank or not JSON."""
    try:
        try:
            value = orjson_loads(line)
        except ValueError:  # what orjson refuses (a lone surrogate), the standard library reads
            value = fast_loads(line)
        return check(value)
    except Exception:  # blank, not JSON, or unreadable: said by _judge_line
        return False


@lru_cache(maxsize=256)
def _judge_line(line: str, lenient: bool) -> tuple[str | None, tuple[ErrorDetail, ...]]:
    """Why one line that is not plainly valid cannot be read, or its errors (the same bad
    return often repeats)."""
    if _LONG_NUMBER.search(line) is None:  # orjson reads it as the standard library does
        try:
            return None, tuple(errors(orjson_loads(line), lenient=lenient))
        except ValueError:  # what orjson refuses: read by the standard library below
            pass
    value, problem = parse_line(line)  # an integer past 64 bits stays an integer
    if problem is not None:
        return problem, ()
    return None, tuple(errors(value, lenient=lenient))


_LONG_NUMBER = re.compile(r"[0-9]{19}")
"""19 digits in a row: maybe an integer orjson would read as a float (past 64 bits)."""


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


BATCH = 1000
"""Values (a block counts its lines) sent to a worker process at a time with ``--jobs``."""


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    weight = 0
    for item in items:
        batch.append(item)
        weight += BATCH if item.region else len(item.block) if item.block else 1
        if weight >= BATCH:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch


def _verdicts(
    items: Iterable[Item], lenient: bool, jobs: int, linter: LintSettings | None = None
) -> Iterator[Verdict]:
    """Yield the verdicts on every item, in input order, using ``jobs`` processes."""
    if jobs <= 1:
        for batch in _batches(items):
            yield from _judge_all(batch, lenient, linter)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if sys.platform == "linux" else "spawn"
    pending: deque[tuple[Future[list[Verdict]], list[Item]]] = deque()

    def done() -> list[Verdict]:
        future, batch = pending.popleft()
        try:
            return future.result()
        except (RecursionError, pickle.PicklingError):  # a value too deep to send: judge it here
            return _judge_all(batch, lenient, linter)

    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for batch in _batches(items):  # a bounded window of batches in flight: flat memory
            pending.append((pool.submit(_judge_all, batch, lenient, linter), batch))
            if len(pending) >= 2 * jobs:
                yield from done()
        while pending:
            yield from done()


def check(
    paths: list[str],
    *,
    lenient: bool = False,
    jobs: int = 1,
    progress: Callable[[Verdict], None] | None = None,
    linter: LintSettings | None = None,
    max_size: int = MAX_SIZE,
    read: Callable[[str, int], Iterable[Item]] = documents,
) -> Report:
    """Validate every value in ``paths`` and return the report.

    Args:
        paths: files, folders or ``-``.
        lenient: accept keys the contract does not know.
        jobs: how many processes check values; the report is the same for any number.
        progress: called with each verdict as it is made, in input order.
        linter: lint each value too (``--lint``); findings follow the value's errors.
        max_size: the largest value (file, line) read, in bytes; a larger one is unreadable.
        read: the items of one path (JSON and JSON Lines; ``lint --python`` reads literals).
    """
    report = Report(findings=[] if linter is not None else None)
    if jobs > 1 and read is documents:
        read = regions  # the workers read the lines of JSON Lines files themselves
    items = (
        item
        for source in sources(paths)
        for item in ([source] if isinstance(source, Item) else read(source, max_size))
    )
    for verdict in _verdicts(items, lenient, jobs, linter):
        if progress is not None:
            progress(verdict)
        if verdict.problem is not None:
            record = {"file": verdict.file, "line": verdict.line, "message": verdict.problem}
            report.unreadable.append(record)
            report.in_order.append(record)
            continue
        report.checked += verdict.count
        if verdict.errors:
            report.invalid += 1
        for index, error in enumerate(verdict.errors):
            record = error_record(
                error, file=verdict.file, line=_line(verdict.error_lines, index, verdict.line)
            )
            report.errors.append(record)
            report.in_order.append(record)
        for index, found in enumerate(verdict.findings):
            record = finding_record(
                verdict.file, found, _line(verdict.finding_lines, index, verdict.line)
            )
            report.failed += linter is not None and linter.fails(found)
            if report.findings is not None:
                report.findings.append(record)
            report.in_order.append(record)
    return report


def _line(lines: tuple[int | None, ...], index: int, default: int | None) -> int | None:
    return lines[index] if lines else default
