"""``function-return validate``: check return values stored in JSON and JSON Lines files."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import orjson

from function_return._errors import ErrorDetail
from function_return._lint import Finding, LintSettings
from function_return._locate import line_of
from function_return._validate import errors, fast_check, is_valid

if TYPE_CHECKING:
    from concurrent.futures import Future


class NotJSON(ValueError):
    """Input that is not JSON text."""


def _reject_constant(name: str) -> Any:
    raise NotJSON(f"{name} is not valid JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def loads(text: str) -> Any:
    """Parse JSON text strictly: NaN and Infinity are not JSON."""
    return _DECODER.decode(text)


def fast_loads(text: str) -> Any:
    """Parse JSON text for a verdict: orjson where it can, else ``loads``.

    orjson is several times faster. It refuses what the standard library refuses (NaN, lone
    surrogates, numbers past a double): those go to ``loads``, which has the last word. It
    reads an integer past 64 bits as a float, which changes no verdict (every integer field
    is bounded far below that, and a float with no fraction is an integer in JSON Schema) but
    would change an error message: an invalid value is parsed again by ``loads`` to explain it.
    """
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return _DECODER.decode(text)


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
        return 2 if self.unreadable else 1 if self.invalid or self.failed else 0


@dataclass(frozen=True)
class Item:
    """One value to check, or the reason it could not be read.

    Or a block of JSON Lines not parsed yet: up to ``BLOCK`` lines from line number ``line``
    on, parsed where they are checked (in a worker process with ``--jobs``). ``size`` is the
    length in bytes of what the item was read from, for the progress bar.
    """

    file: str
    line: int | None
    value: Any = None
    problem: str | None = None
    block: list[str] | None = None
    size: int = 0
    text: str | None = None
    """The text of a whole-document value, to find the line of each error in it."""


def _documents(path: str) -> Iterator[Item]:
    """Yield the values stored at ``path`` (``-`` is standard input).

    The lines of a ``.jsonl`` file come in blocks, not parsed yet (``Item.block``).
    """
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            yield from _from_text(name, sys.stdin.read(), jsonl=None)
            return
        if path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as stream:
                yield from _blocks(name, stream)
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
        value = loads(text)
        yield Item(name, None, value, size=len(text.encode("utf-8", "surrogatepass")), text=text)
    except (ValueError, RecursionError) as exc:
        if jsonl is None and text.count("\n") > 1:  # standard input: JSON Lines if not one document
            yield from _lines(name, text.splitlines(keepends=True))
        else:
            yield Item(name, None, problem=f"not JSON: {_reason(exc)}")


BLOCK = 1000
"""Lines of a JSON Lines file read, and checked, at a time."""


def _blocks(name: str, lines: Iterable[str]) -> Iterator[Item]:
    stream = iter(lines)
    number = 1
    while block := list(islice(stream, BLOCK)):
        yield Item(name, number, block=block)
        number += len(block)


def _lines(
    name: str, lines: Iterable[str], start: int = 1, *, sizes: bool = True
) -> Iterator[Item]:
    skipped = 0  # bytes of blank lines, counted with the next value
    for number, line in enumerate(lines, start=start):
        size = len(line.encode("utf-8", "surrogatepass")) + skipped if sizes else 0
        if not line.strip():
            skipped = size
            continue
        skipped = 0
        try:
            yield Item(name, number, loads(line), size=size)
        except (ValueError, RecursionError) as exc:
            yield Item(name, number, problem=f"not JSON: {_reason(exc)}", size=size)


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


@dataclass(frozen=True)
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
        yield from _lines(entry.file, entry.block, entry.line or 1, sizes=False)


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

    check = fast_check(lenient=lenient)
    for entry in batch:
        size += entry.size if entry.block is None else _utf8_size("".join(entry.block))
        if entry.block is not None and linter is None:
            # The hot path: a line that decodes to a valid value costs a decode and a check.
            number = entry.line or 1
            for offset, line in enumerate(entry.block):
                try:
                    accepted = check(fast_loads(line))
                except Exception:  # blank, not JSON, or unreadable: said below
                    accepted = False
                if accepted:
                    if not valid:
                        first = (entry.file, number + offset)
                    valid += 1
                    continue
                if line.strip():
                    close_run()
                    verdict = _judge_line(line, lenient)
                    verdicts.append(
                        dataclasses.replace(verdict, file=entry.file, line=number + offset)
                    )
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


@lru_cache(maxsize=256)
def _judge_line(line: str, lenient: bool) -> Verdict:
    """The verdict on one line that is not plainly valid (the same bad return often repeats)."""
    (item,) = _lines("", [line], 1, sizes=False)
    return _judge(item, lenient)


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


BATCH = 1000
"""Values (a block counts its lines) sent to a worker process at a time with ``--jobs``."""


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    weight = 0
    for item in items:
        batch.append(item)
        weight += len(item.block) if item.block else 1
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
) -> Report:
    """Validate every value in ``paths`` and return the report.

    Args:
        paths: files, folders or ``-``.
        lenient: accept keys the contract does not know.
        jobs: how many processes check values; the report is the same for any number.
        progress: called with each verdict as it is made, in input order.
        linter: lint each value too (``--lint``); findings follow the value's errors.
    """
    report = Report(findings=[] if linter is not None else None)
    items = (item for path in _expand(paths) for item in _documents(path))
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
            record = _record(verdict, error, _line(verdict.error_lines, index, verdict.line))
            report.errors.append(record)
            report.in_order.append(record)
        for index, found in enumerate(verdict.findings):
            record = _finding_record(
                verdict, found, _line(verdict.finding_lines, index, verdict.line)
            )
            report.failed += linter is not None and linter.fails(found)
            if report.findings is not None:
                report.findings.append(record)
            report.in_order.append(record)
    return report


def _line(lines: tuple[int | None, ...], index: int, default: int | None) -> int | None:
    return lines[index] if lines else default


def _finding_record(item: Verdict, found: Finding, line: int | None) -> dict[str, Any]:
    return {
        "file": item.file,
        "line": line,
        "path": found.path,
        "code": found.code,
        "severity": found.severity,
        "message": found.message,
        "hint": found.hint,
    }


def _record(item: Verdict, error: ErrorDetail, line: int | None) -> dict[str, Any]:
    return {
        "file": item.file,
        "line": line,
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
        code = f"{record['code']} {record['severity']}: " if "code" in record else ""
        out.write(f"{_where(record)}: {pointer}{code}{record['message']}\n")
    valid = report.checked - report.invalid
    plural = "s" if report.checked != 1 else ""
    summary = f"{report.checked} value{plural} checked: {valid} valid, {report.invalid} invalid"
    if report.findings is not None:
        count = len(report.findings)
        summary += f", {count} lint finding{'s' if count != 1 else ''}"
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
    if report.findings is not None:
        document["findings"] = report.findings
    out.write(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


PROGRESS_DELAY = 0.5
"""Seconds before the progress bar shows, so that quick runs print none."""


def _progress_bar(paths: list[str]) -> Any:
    """A progress bar on standard error, counting the bytes of the files checked."""
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked from this one
    sizes = [os.path.getsize(p) if p != "-" and os.path.isfile(p) else None for p in _expand(paths)]
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


def run(args: argparse.Namespace) -> int:
    """Run ``validate`` and return its exit code.

    Progress shows on standard error only when it is a terminal and the report is text.
    """
    jobs = args.jobs or os.cpu_count() or 1
    try:
        linter = _linter(args)
    except ValueError as exc:  # ConfigError: the configuration cannot be read or is invalid
        sys.stderr.write(f"function-return validate: {exc}\n")
        return 2
    if args.format == "json" or not sys.stderr.isatty():
        report = check(args.paths, lenient=args.lenient, jobs=jobs, linter=linter)
    else:
        with _progress_bar(args.paths) as bar:
            report = check(
                args.paths,
                lenient=args.lenient,
                jobs=jobs,
                progress=lambda v: bar.update(v.size),
                linter=linter,
            )
    (write_json if args.format == "json" else write_text)(report, sys.stdout)
    return report.exit_code()


def _linter(args: argparse.Namespace) -> LintSettings | None:
    """The lint settings ``--lint``, ``--strict`` and ``--config`` ask for (None: no lint)."""
    if not (args.lint or args.strict or args.config):
        return None
    from function_return._config import load_config

    agent = load_config(args.config) if args.config else None
    return LintSettings(agent, unknown_keys=args.lenient, strict=args.strict)


def _jobs(text: str) -> int:
    """Parse ``--jobs``: a number of processes, 0 for one per CPU."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (0 for all CPUs); got {text!r}"
        )
    return number


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
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="check values in N processes (0: one per CPU); the report is the same",
    )
    parser.add_argument(
        "--lint",
        action="store_true",
        help="lint the values too: findings (FR1xx) follow the schema errors; errors fail",
    )
    parser.add_argument(
        "--strict", action="store_true", help="lint, and fail on warnings too (implies --lint)"
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="the agent's configuration (YAML or JSON) naming its variants and handoffs "
        "(implies --lint)",
    )
    parser.set_defaults(run=run)
