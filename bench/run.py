"""Benchmark the contract's validators against their peers, in one process, on the same inputs.

Run ``make bench`` (``python bench/run.py``): it writes ``bench/results.md`` and
``bench/results.png``. ``BENCH_QUICK=1`` (or ``--quick``) runs every workload once on small
inputs, to prove the benchmark still works, writes nothing unless ``--out`` is given, and skips
the peers that are not installed (saying so). Ratios from one run are what count: absolute
figures drift from machine to machine.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SCHEMA_FILE = ROOT / "schema" / "function_return.schema.json"
CORPUS = ROOT.parent / "shared" / "corpus"
CASES = ROOT / "tests" / "cases"

Check = Callable[[Any], Any]


class Skipped(Exception):
    """A peer that is not installed (allowed in the quick run only)."""


def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


# -- the validators ---------------------------------------------------------------------------


def _need(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise Skipped(f"{module} is not installed (pip install -e '.[bench]')")


def _pydantic_model(schema_file: Path) -> Any:
    """The root model datamodel-code-generator makes from the schema (pydantic v2)."""
    _need("pydantic")
    _need("datamodel_code_generator")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench_pydantic_models.py"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(schema_file),
                "--output",
                str(out),
                "--input-file-type",
                "jsonschema",
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--class-name",
                "FunctionReturnValue",
                "--formatters",
                "ruff-format",
            ],
            check=True,
            capture_output=True,
            cwd=tmp,
        )
        spec = importlib.util.spec_from_file_location("bench_pydantic_models", out)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return module.FunctionReturnValue


NATIVE = "is_valid (specialised-native)"
"""The row of the compiled build of the specialised validator (``make native``)."""


def validators(schema: dict[str, Any]) -> dict[str, tuple[Check, Check]]:
    """Each validator by name: (is it valid?, the first explained error of an invalid value)."""
    import function_return
    from function_return import ReturnValidationError, is_valid, validate

    def ours_error(value: Any) -> str:
        try:
            validate(value)
        except ReturnValidationError as exc:
            return exc.errors[0].message
        return ""

    from function_return.core.validate import checker

    # The pure-Python check first (the base of every ratio), then the compiled build (``make
    # native``) when it is built, side by side in this process.
    found: dict[str, tuple[Check, Check]] = {}
    if function_return.backend == "specialised-native":
        found["is_valid (specialised)"] = (checker("specialised-python"), ours_error)
        found[NATIVE] = (is_valid, ours_error)
    else:
        found[f"is_valid ({function_return.backend})"] = (is_valid, ours_error)
        try:
            found[NATIVE] = (checker("specialised-native"), ours_error)
        except ImportError:
            found[NATIVE] = _skipped("not built (`make native` builds it with mypyc)")
    found["validate"] = (validate, ours_error)  # returns None on a valid value
    makers: list[tuple[str, Callable[[], tuple[Check, Check]]]] = [
        ("fastjsonschema (naive)", lambda: _fastjsonschema(schema)),
        ("pydantic v2", _pydantic),
        ("msgspec", _msgspec),
        ("jsonschema-rs", lambda: _rs(schema)),
        ("jsonschema", lambda: _jsonschema(schema)),
    ]
    for name, make in makers:
        try:
            found[name] = make()
        except Skipped as exc:
            found[name] = _skipped(str(exc))
    return found


def _skipped(reason: str) -> tuple[Check, Check]:
    def fail(_value: Any) -> Any:
        raise Skipped(reason)

    return fail, fail


def _fastjsonschema(schema: dict[str, Any]) -> tuple[Check, Check]:
    import fastjsonschema

    compiled = fastjsonschema.compile(schema)

    def valid(value: Any) -> bool:
        try:
            compiled(value)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    def error(value: Any) -> str:
        try:
            compiled(value)
        except fastjsonschema.JsonSchemaException as exc:
            return str(exc.message)
        return ""

    return valid, error


def _pydantic() -> tuple[Check, Check]:
    import pydantic

    model = _pydantic_model(SCHEMA_FILE)
    check = model.model_validate

    def valid(value: Any) -> bool:
        try:
            check(value)
        except pydantic.ValidationError:
            return False
        return True

    def error(value: Any) -> str:
        try:
            check(value)
        except pydantic.ValidationError as exc:
            return str(exc.errors()[0]["msg"])
        return ""

    return valid, error


def _msgspec() -> tuple[Check, Check]:
    _need("msgspec")
    sys.path.insert(0, str(BENCH))
    module = importlib.import_module("msgspec_models")
    return module.is_valid, module.first_error


def _rs(schema: dict[str, Any]) -> tuple[Check, Check]:
    _need("jsonschema_rs")
    import jsonschema_rs

    compiled = jsonschema_rs.validator_for(schema)

    def error(value: Any) -> str:
        try:
            compiled.validate(value)
        except jsonschema_rs.ValidationError as exc:
            return str(exc.message)
        return ""

    return compiled.is_valid, error


def _jsonschema(schema: dict[str, Any]) -> tuple[Check, Check]:
    from jsonschema import Draft202012Validator

    compiled = Draft202012Validator(schema)

    def error(value: Any) -> str:
        return next((e.message for e in compiled.iter_errors(value)), "")

    return compiled.is_valid, error


# -- timing -----------------------------------------------------------------------------------


def per_value(checks: dict[str, tuple[Check, list[Any]]], seconds: float) -> dict[str, float]:
    """Nanoseconds per value of each check on its values: the best of several timed passes.

    The checks take turns, one pass each, for ``seconds`` each in all (three turns at least):
    on a machine shared with other work, a change of load then falls on all of them alike.
    """

    def run(check: Check, values: list[Any], passes: int) -> float:
        start = time.perf_counter_ns()
        for _ in range(passes):
            for value in values:
                check(value)
        return (time.perf_counter_ns() - start) / (passes * len(values))

    # Each turn runs a check long enough (about 20 ms) that what ran before it (the caches
    # another check filled) weighs nothing, after an untimed pass.
    passes = {
        name: max(1, int(20e6 / max(run(check, values, 1) * len(values), 1.0)))
        for name, (check, values) in checks.items()
    }
    best = dict.fromkeys(checks, float("inf"))
    deadline = time.perf_counter() + seconds * len(checks)
    turns = 0
    while turns < 3 or time.perf_counter() < deadline:
        for name, (check, values) in checks.items():
            run(check, values, 1)
            best[name] = min(best[name], run(check, values, passes[name]))
        turns += 1
    return best


def workloads(schema: dict[str, Any], quick: bool) -> dict[str, list[Any]]:
    """The inputs: the schema's examples, the literal corpus values, invalid case values."""
    literal = [
        record["value"]
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and (record := json.loads(line)).get("literal")
    ]
    invalid = [
        test["data"]
        for path in sorted(CASES.glob("*.json"))
        if not path.name.endswith(".schema.json")
        for group in json.loads(path.read_text(encoding="utf-8"))
        if not group.get("lenient")
        for test in group["tests"]
        if not test["valid"]
    ]
    found = {"examples": schema["examples"], "corpus": literal, "invalid": invalid}
    return {name: values[:20] for name, values in found.items()} if quick else found


def compare(
    found: dict[str, tuple[Check, Check]], inputs: dict[str, list[Any]], seconds: float
) -> tuple[dict[str, dict[str, float | str]], list[str]]:
    """ns/value of each validator on each workload (a reason string where one was skipped)."""
    from function_return import is_valid

    valid_corpus = [v for v in inputs["corpus"] if is_valid(v)]
    table: dict[str, dict[str, float | str]] = {name: {} for name in found}
    notes = [f"corpus: {len(valid_corpus)} of {len(inputs['corpus'])} literal values are valid"]
    for workload in ("examples", "corpus", "invalid"):
        checks: dict[str, tuple[Check, list[Any]]] = {}
        for name, (valid, error) in found.items():
            values = inputs[workload]
            if workload == "corpus" and name == "validate":
                values = valid_corpus  # validate raises on the invalid ones
            check = error if workload == "invalid" else valid
            try:
                check(values[0])
            except Skipped as exc:
                table[name][workload] = f"skipped: {exc}"
                continue
            checks[name] = (check, values)
        for name, ns in per_value(checks, seconds).items():
            table[name][workload] = ns
    return table, notes


def all_errors(
    inputs: dict[str, list[Any]], found: dict[str, tuple[Check, Check]], repeat: int
) -> dict[str, float | str]:
    """Median ns per invalid value: all its errors (ours, and today's jsonschema path), or the
    first error (the peers, which stop there).

    Each value is timed on its own, the best of three runs of ``repeat`` calls, the explainers
    taking turns; the median is over the values of the invalid cases.
    """
    from function_return import ReturnValidationError, validate
    from function_return.core.diagnose import diagnose

    def ours(value: Any) -> Any:
        try:
            validate(value)
        except ReturnValidationError as exc:
            return exc.errors
        return None

    explainers: dict[str, Check] = {
        "validate: all errors (compiled explainer)": ours,
        "jsonschema path (diagnose): all errors": lambda v: diagnose(v),
        "jsonschema-rs: first error": found["jsonschema-rs"][1],
        "msgspec: first error": found["msgspec"][1],
        "pydantic v2: first error": found["pydantic v2"][1],
        "fastjsonschema (naive): first error": found["fastjsonschema (naive)"][1],
    }
    result: dict[str, float | str] = {}
    for name, explain in list(explainers.items()):
        try:
            explain(inputs["invalid"][0])
        except Skipped as exc:
            result[name] = f"skipped: {exc}"
            del explainers[name]
    times: dict[str, list[float]] = {name: [] for name in explainers}
    for value in inputs["invalid"]:
        for explain in explainers.values():
            explain(value)  # warm: a "did you mean" is cached, as in a running service
        best = dict.fromkeys(explainers, float("inf"))
        for _ in range(3):  # the explainers take turns on each value
            for name, explain in explainers.items():
                explain(value)  # untimed: what ran before weighs nothing
                start = time.perf_counter_ns()
                for _ in range(repeat):
                    explain(value)
                best[name] = min(best[name], (time.perf_counter_ns() - start) / repeat)
        for name, ns in best.items():
            times[name].append(ns)
    result.update({name: statistics.median(found) for name, found in times.items()})
    return {name: result[name] for name in [*explainers, *result] if name in result}


# -- the CLI on JSON Lines, start-up, the server ------------------------------------------------


def _loop(path: Path) -> float:
    """Seconds for a bare ``json.loads`` loop over the lines of ``path``, in this process."""
    start = time.perf_counter()
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            json.loads(line)
    return time.perf_counter() - start


def _run(command: list[str]) -> float:
    """Seconds of wall time for a process (its start-up included)."""
    start = time.perf_counter()
    subprocess.run(command, env=_bytecode_env(), capture_output=True)
    return time.perf_counter() - start


def jsonl(inputs: dict[str, list[Any]], lines: int, runs: int) -> dict[str, Any]:
    """Values per second: the CLI on JSON Lines files against a bare ``json.loads`` loop.

    Two files: the corpus and the examples as logged (a few invalid values among them), and
    the same with every tenth line an invalid value of the cases. Each format is timed in
    turn with the loop, the best of ``runs``: the ratio is CLI values/s over loop values/s,
    the CLI's process start-up included. Then ``--jobs N`` for N up to the CPU count, on a
    file four times longer.
    """
    from function_return import is_valid

    pool = [json.dumps(v) for v in inputs["corpus"] + inputs["examples"]]
    bad = [json.dumps(v) for v in inputs["invalid"]]
    texts = {
        "corpus": [pool[i % len(pool)] for i in range(lines)],
        "10% invalid": [
            bad[(i // 10) % len(bad)] if i % 10 == 9 else pool[i % len(pool)] for i in range(lines)
        ],
    }
    share = sum(not is_valid(json.loads(line)) for line in texts["corpus"]) / lines
    rows: list[dict[str, Any]] = []
    jobs: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts.items():
            path = Path(tmp) / f"{name.replace('%', '').replace(' ', '_')}.jsonl"
            path.write_text("".join(line + "\n" for line in text), "utf-8")
            for form in ("text", "json"):
                command = [*_cli(), "validate", "--format", form, str(path)]
                _run(command)  # warm: bytecode written
                loop = cli = float("inf")
                for _ in range(runs):
                    loop = min(loop, _loop(path))
                    cli = min(cli, _run(command))
                rows.append(
                    {
                        "file": name,
                        "format": form,
                        "loop": lines / loop,
                        "CLI": lines / cli,
                        "ratio": loop / cli,
                    }
                )
        path = Path(tmp) / "long.jsonl"
        path.write_text("".join(line + "\n" for line in texts["corpus"] * 4), "utf-8")
        for count in range(1, (os.cpu_count() or 1) + 1):
            command = [*_cli(), "validate", "--format", "json", "--jobs", str(count), str(path)]
            _run(command)
            jobs[count] = min(_run(command) for _ in range(runs))
    return {
        "lines": lines,
        "invalid share of the corpus file": share,
        "rows": rows,
        "jobs": jobs,
        "load": os.getloadavg()[0],
    }


def _bytecode_env() -> dict[str, str]:
    """The environment less PYTHONDONTWRITEBYTECODE: an installed package has its bytecode."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _cli() -> list[str]:
    return [sys.executable, "-c", "from function_return.cli import main; main()"]


def startup(runs: int) -> dict[str, float]:
    """Milliseconds: ``import function_return`` (-X importtime), and wall times of processes."""
    env = _bytecode_env()
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "return.json"
        small.write_text('{"utterance": "Goodbye!", "hangup": true}', encoding="utf-8")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "python -c 'import function_return'": [sys.executable, "-c", "import function_return"],
            "CLI on one valid file": [*_cli(), "validate", str(small)],
        }
        result: dict[str, float] = {}
        for name, command in commands.items():
            subprocess.run(command, env=env, capture_output=True, check=True)  # warm: bytecode
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                subprocess.run(command, env=env, capture_output=True, check=True)
                times.append((time.perf_counter() - start) * 1000)
            result[name] = statistics.median(times)
        imports = []
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-X", "importtime", "-c", "import function_return"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            last = [line for line in out.stderr.splitlines() if line.endswith("| function_return")]
            imports.append(int(last[-1].split("|")[1]) / 1000)
        result["import function_return (-X importtime)"] = statistics.median(imports)
    return result


def server(requests: int) -> dict[str, float]:
    """The share of request time the reference server spends validating the return.

    Measured with the functions run in threads (``runners=0``), where the validation happens in
    this process and can be timed; with worker processes it costs the same, in the worker.
    """
    try:
        from starlette.testclient import TestClient

        from function_return.server.app import app_for_folder
    except ImportError as exc:
        raise Skipped(f"the reference server cannot load: {exc}") from None
    import function_return
    from function_return.server import functions as served

    spent = [0]
    original = function_return.validate
    # The server calls the name it imported; both are timed.
    patched = [m for m in (function_return, served) if getattr(m, "validate", None) is original]

    def timed(value: Any, **options: Any) -> None:
        start = time.perf_counter_ns()
        try:
            original(value, **options)
        finally:
            spent[0] += time.perf_counter_ns() - start

    client = TestClient(app_for_folder(ROOT / "examples" / "functions", runners=0))
    url = "/v1/agents/a/branches/b/functions/{}/execute"
    names = [f["name"] for f in client.get("/v1/agents/a/branches/b/functions").json()["functions"]]
    for module in patched:
        module.validate = timed
    try:
        client.post(url.format(names[0]), json={"args": {}})  # warm
        spent[0] = 0
        start = time.perf_counter_ns()
        for index in range(requests):
            client.post(url.format(names[index % len(names)]), json={"args": {}})
        total = time.perf_counter_ns() - start
    finally:
        for module in patched:
            module.validate = original
    return {
        "requests": requests,
        "µs per request": total / requests / 1000,
        "µs validating per request": spent[0] / requests / 1000,
        "share validating (%)": 100 * spent[0] / total,
    }


# -- the report ---------------------------------------------------------------------------------


def _versions() -> str:
    names = [
        "fastjsonschema",
        "jsonschema",
        "jsonschema-rs",
        "pydantic",
        "msgspec",
        "datamodel-code-generator",
        "starlette",
    ]
    found = []
    for name in names:
        with contextlib.suppress(Exception):
            found.append(f"{name} {version(name)}")
    return ", ".join(found)


def _commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "python", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return out.stdout.decode().strip() + (" (with uncommitted changes)" if dirty else "")


def report(results: dict[str, Any]) -> str:
    """The results as Markdown."""
    table = results["table"]
    ours = next(name for name in table if name.startswith("is_valid"))
    lines = [
        "# Benchmark results",
        "",
        f"Made by `make bench` on commit {results['commit']}: {results['machine']}.",
        f"Versions: {results['versions']}.",
        "",
        "ns per value, the best of several passes in one process; the ratio is the time of "
        f"each validator over `{ours}` (higher: `is_valid` is that many times faster). "
        "*invalid* is the cost of the first explained error of an invalid value.",
        "",
        "| validator | examples ns | ratio | corpus ns | ratio | invalid ns | ratio |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for name, row in table.items():
        cells = []
        for workload in ("examples", "corpus", "invalid"):
            cell, base = row[workload], table[ours][workload]
            if isinstance(cell, str):
                cells += ["skipped", ""]
            else:
                cells += [f"{cell:,.0f}", f"{cell / base:.2f}" if isinstance(base, float) else ""]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", *[f"- {note}" for note in results["notes"]], ""]
    lines += ["## All errors of an invalid value", ""]
    lines += [
        "Median ns per value of the invalid cases (each value timed on its own, the best of "
        "three runs): every error for ours and for today's jsonschema path, the first error "
        "for the peers, which stop there.",
        "",
        "| explainer | median ns |",
        "|---|--:|",
    ]
    for name, cell in results["errors"].items():
        lines.append(f"| {name} | {cell if isinstance(cell, str) else f'{cell:,.0f}'} |")
    lines += ["", "## Targets", ""]
    lines += ["| target | measured | met | why not |", "|---|--:|:-:|---|"]
    lines += [
        f"| {t} | {m} | {'met' if ok else 'not met'} | {'' if ok else why} |"
        for t, m, ok, why in results["targets"]
    ]
    lines += ["", "## JSON Lines through the CLI", ""]
    found = results["jsonl"]
    lines += [
        f"{found['lines']:,} lines a file; values per second, the best of several runs in "
        "turn; the CLI's time includes its process start-up. The corpus file holds the "
        f"corpus and examples as logged ({100 * found['invalid share of the corpus file']:.1f}% "
        "invalid); the other has every tenth line an invalid value of the cases.",
        "",
        "| file | format | json.loads loop | CLI | ratio |",
        "|---|---|--:|--:|--:|",
    ]
    lines += [
        f"| {r['file']} | {r['format']} | {r['loop']:,.0f} | {r['CLI']:,.0f} | {r['ratio']:.2f} |"
        for r in found["rows"]
    ]
    one = found["jobs"][1]
    lines += ["", f"`--jobs N` on {4 * found['lines']:,} lines (json format; load average "
              f"{found['load']:.1f} on {os.cpu_count()} CPUs at the end):", ""]  # fmt: skip
    lines += ["| jobs | seconds | speed-up | target (0.8·N) |", "|--:|--:|--:|--:|"]
    lines += [
        f"| {n} | {t:.3f} | {one / t:.2f} | {0.8 * n:.1f} |" for n, t in found["jobs"].items()
    ]
    lines += ["", "## Start-up (median wall time, ms; bytecode cached)", ""]
    lines += [f"- {k}: {v:.1f}" for k, v in results["startup"].items()]
    lines += ["", "## Reference server (in process, Starlette's TestClient)", ""]
    server_result = results["server"]
    if isinstance(server_result, str):
        lines.append(f"- {server_result}")
    else:
        lines += [f"- {k}: {v:,.2f}" for k, v in server_result.items()]
    lines += ["", "![ns per value, valid and invalid](results.png)", ""]
    return "\n".join(lines)


def targets(results: dict[str, Any]) -> list[tuple[str, str, bool, str]]:
    """Each target of the performance issues: what it asks, what was measured, whether it is
    met, and why not when it is not."""
    table = results["table"]
    ours = next(name for name in table if name.startswith("is_valid"))
    found: list[tuple[str, str, bool, str]] = []
    python = "pure-Python checks (a call and a few tests per object) against compiled code"

    def ratio(peer: str, workload: str = "examples", base: str = ours) -> float | None:
        value = table.get(peer, {}).get(workload)
        mine = table.get(base, {}).get(workload)
        if isinstance(value, float) and isinstance(mine, float):
            return value / mine
        return None

    for peer, floor in (("fastjsonschema (naive)", 3.0), ("pydantic v2", 1.5), ("msgspec", 1.5)):
        for workload in ("examples", "corpus"):
            got = ratio(peer, workload)
            if got is not None:
                words = f"is_valid ≥{floor}x faster than {peer} ({workload})"
                found.append((words, f"{got:.2f}x", got >= floor, python))
    for workload in ("examples", "corpus"):
        got = ratio("jsonschema-rs", workload)
        if got is not None:
            for most in (3.0, 1.5):
                words = f"is_valid within {most}x of jsonschema-rs ({workload})"
                why = f"{python} (Rust)"
                found.append((words, f"{1 / got:.2f}x its time", 1 / got <= most, why))
        got = ratio("jsonschema-rs", workload, NATIVE)
        if got is not None:
            words = f"is_valid (native) within 1.5x of jsonschema-rs ({workload})"
            why = "the compiled check still builds and calls Python objects (Rust)"
            found.append((words, f"{1 / got:.2f}x its time", 1 / got <= 1.5, why))
        # validate against the is_valid of the same check (the native one when it is built)
        in_use = NATIVE if isinstance(table.get(NATIVE, {}).get(workload), float) else ours
        got = ratio("validate", workload, in_use)
        if got is not None:
            words = f"validate within 10% of is_valid ({workload})"
            found.append((words, f"{got:.3f}x", got <= 1.10, "the call around the check"))
    errors = results["errors"]
    mine = errors["validate: all errors (compiled explainer)"]
    assert isinstance(mine, float)
    why = "messages built in Python (the JSON text of the value given, a did-you-mean)"
    words = "all errors of an invalid value ≤ 10 µs (median)"
    found.append((words, f"{mine / 1000:.1f} µs", mine <= 10_000, why))
    for peer, most, words in (
        ("jsonschema path (diagnose): all errors", 1 / 13, "≥13x faster than the jsonschema path"),
        ("jsonschema-rs: first error", 1.0, "faster than jsonschema-rs's first error"),
        ("msgspec: first error", 3.0, "within 3x of msgspec's first error"),
    ):  # fmt: skip
        theirs = errors.get(peer)
        if isinstance(theirs, float):
            shown = (
                f"{theirs / mine:.2f}x faster" if most <= 1 else f"{mine / theirs:.2f}x its time"
            )
            why = "every error and its message, in Python, against one error in compiled code"
            found.append((f"all errors: {words}", shown, mine <= most * theirs, why))
    startup = results["startup"]
    start = startup["CLI on one valid file"]
    for row in results["jsonl"]["rows"]:
        floor = 0.5 if row["file"] == "10% invalid" else 1.0
        words = (
            f"JSONL through the CLI ≥ {floor}x the json.loads loop ({row['file']}, {row['format']})"
        )
        why = (
            f"the CLI's time includes its start-up (about {start:.0f} ms for one file), the "
            "loop's does not; an invalid line is parsed again, explained and reported"
        )
        found.append((words, f"{row['ratio']:.2f}x", row["ratio"] >= floor, why))
    one = results["jsonl"]["jobs"][1]
    load = results["jsonl"]["load"]
    for count, seconds in results["jsonl"]["jobs"].items():
        if count > 1:
            why = (
                f"{os.cpu_count()} CPUs shared with other work (load average {load:.1f}); the "
                "parent process reads, splits and collects while the workers judge"
            )
            words = f"--jobs {count} ≥ {0.8 * count:.1f}x --jobs 1"
            found.append((words, f"{one / seconds:.2f}x", one / seconds >= 0.8 * count, why))
    imported = startup["import function_return (-X importtime)"]
    words = "import function_return < 25 ms (-X importtime)"
    found.append((words, f"{imported:.1f} ms", imported < 25, ""))
    budget = 2 * (startup["python -c pass"] + imported)
    words = "CLI on one file ≤ 2x (python -c pass + import)"
    found.append((words, f"{start:.0f} ms of {budget:.0f} ms", start <= budget, ""))
    if isinstance(results["server"], dict):
        share = results["server"]["share validating (%)"]
        found.append(("server: validation < 2% of request time", f"{share:.2f}%", share < 2, ""))
    return found


def chart(results: dict[str, Any], path: Path) -> None:
    """A bar chart of ns per value: valid values (the examples, the corpus) and invalid ones."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [(n, r) for n, r in results["table"].items() if isinstance(r["examples"], float)]
    rows = [(n, r) for n, r in rows if n != "jsonschema"] + [
        (n, r) for n, r in rows if n == "jsonschema"
    ]
    names = [n for n, _ in rows]
    workloads = (("examples", "valid: examples"), ("corpus", "valid: corpus"),
                 ("invalid", "invalid: explained"))  # fmt: skip
    figure, axis = plt.subplots(figsize=(8.5, 0.75 * len(names) + 1.5))
    height = 0.26
    for offset, (workload, label) in zip((-height, 0.0, height), workloads, strict=True):
        values = [r[workload] if isinstance(r[workload], float) else 0.0 for _, r in rows]
        positions = [i + offset for i in range(len(names))]
        bars = axis.barh(positions, values, height, label=label)
        axis.bar_label(bars, labels=[f"{v:,.0f}" for v in values], padding=3, fontsize=6)
    axis.set_yticks(range(len(names)), names)
    axis.invert_yaxis()
    axis.set_xscale("log")
    axis.set_xlabel("ns per value (log scale; lower is faster); invalid: all errors for ours")
    axis.set_title("Validating function returns, one process, same inputs")
    highest = max(r[w] for _, r in rows for w, _ in workloads if isinstance(r[w], float))
    axis.set_xlim(right=6 * highest)
    axis.legend(loc="upper right", fontsize=7)
    figure.tight_layout()
    figure.savefig(path, dpi=110, metadata={"Software": None})
    plt.close(figure)


def _kept_sections(path: Path) -> str:
    """The sections ``bench/load.py`` (``make load``) and ``bench/server.py`` (``make
    bench-server``) wrote into ``path``, kept as they are."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = ""
    for name in ("load", "server"):
        start, end = old.find(f"<!-- {name}:start"), old.find(f"<!-- {name}:end")
        if start >= 0 and end > start:
            kept += "\n" + old[start : old.index("-->", end) + 3] + "\n"
    return kept


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; write the report unless in the quick mode."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", default=bool(os.environ.get("BENCH_QUICK")))
    parser.add_argument("--out", type=Path, help="folder for results.md and results.png")
    args = parser.parse_args(argv)
    quick = args.quick
    out = args.out or (None if quick else BENCH)
    schema = _schema()
    inputs = workloads(schema, quick)
    found = validators(schema)
    for name, (valid, _error) in found.items():
        with contextlib.suppress(Skipped):
            if any(valid(v) is False for v in schema["examples"]):
                raise SystemExit(f"{name} rejects one of the schema's examples")
    table, notes = compare(found, inputs, seconds=0.0 if quick else 1.0)
    results: dict[str, Any] = {
        "table": table,
        "notes": notes,
        "errors": all_errors(inputs, found, 1 if quick else 20),
        "jsonl": jsonl(inputs, 200 if quick else 100_000, 1 if quick else 5),
        "startup": startup(1 if quick else 15),
        "commit": _commit(),
        "machine": f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.platform(terse=True)}",
        "versions": _versions(),
    }
    try:
        results["server"] = server(20 if quick else 2000)
    except Skipped as exc:
        results["server"] = f"skipped: {exc}"
    results["targets"] = targets(results)
    text = report(results)
    for name, row in table.items():
        for workload, cell in row.items():
            if isinstance(cell, str):
                if not quick and name != NATIVE:  # the native build is optional
                    raise SystemExit(f"{name} ({workload}) {cell}")
                print(f"{name} ({workload}) {cell}", file=sys.stderr)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "results.md").write_text(text + _kept_sections(out / "results.md"), "utf-8")
        if quick and importlib.util.find_spec("matplotlib") is None:
            print("chart skipped: matplotlib is not installed", file=sys.stderr)
        else:
            chart(results, out / "results.png")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
