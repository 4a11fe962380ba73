"""A bounded load test of the reference server: mixed calls at a fixed concurrency.

Run ``make load`` (``python bench/load.py --write bench/results.md``). It starts
``function-return serve`` on a free port of 127.0.0.1 with the functions of
``tests/fault_functions/``, sends ``--requests`` calls from ``--concurrency`` clients (valid,
invalid-return, invalid-request and slow calls in turn), stops at the request count or at
``--duration`` seconds, whichever comes first, then stops the server. Every answer is checked:
its status, its problem type, and for a 200 that the body is valid under the contract. A
request without an answer is dropped; one with the wrong answer is wrong. Both must be zero.

With ``--write FILE`` the figures replace the section between the ``load`` markers of FILE
(appended if missing); nothing else in the file is touched.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FUNCTIONS = ROOT / "tests" / "fault_functions"
BASE = "/v1/agents/agent-1/branches/main/functions"
START = "<!-- load:start (written by bench/load.py; make load) -->"
END = "<!-- load:end -->"
PROBLEMS = "https://function-return-contract.dev/problems/"

MIX: list[tuple[str, str, dict[str, Any], int, str | None]] = [
    # (label, function, request body, expected status, expected problem type)
    ("valid", "quick", {"args": {"name": "load"}}, 200, None),
    ("valid", "whoami", {"args": {}}, 200, None),
    ("invalid return", "returns_invalid", {"args": {}}, 500, "invalid-return"),
    ("invalid request", "quick", {"args": {"name": 7}}, 422, "invalid-arguments"),
    ("slow", "sleeps", {"args": {"seconds": 0.2}}, 200, None),
]


@dataclass
class Tally:
    """What the clients saw."""

    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def check(status: int, raw: bytes, expected: int, problem: str | None) -> str | None:
    """Return what is wrong with an answer, or None."""
    from function_return import ReturnValidationError, validate

    if status != expected:
        return f"status {status}, expected {expected}: {raw[:200]!r}"
    document = json.loads(raw)
    if problem is not None:
        return None if document.get("type") == PROBLEMS + problem else f"problem {document}"
    if sorted(document) != ["body", "logs", "runtime"]:
        return f"keys {sorted(document)}"
    try:
        validate(document["body"])
    except ReturnValidationError as exc:
        return f"invalid body: {exc}"
    return None


def client(port: int, plan: list[int], deadline: float, tally: Tally) -> None:
    """Send the calls of ``plan`` (indexes into ``MIX``) one after another on one connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for index in plan:
        if time.monotonic() > deadline:
            break
        label, name, body, expected, problem = MIX[index]
        started = time.perf_counter()
        try:
            connection.request(
                "POST",
                f"{BASE}/{name}/execute",
                body=json.dumps(body),
                headers={"Content-Type": "application/json"},
            )
            response = connection.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException) as exc:
            with tally.lock:
                tally.dropped.append(f"{label}: {type(exc).__name__}: {exc}")
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        elapsed = time.perf_counter() - started
        wrong = check(response.status, raw, expected, problem)
        with tally.lock:
            tally.latencies.append(elapsed)
            tally.by_kind[label] = tally.by_kind.get(label, 0) + 1
            if wrong:
                tally.wrong.append(f"{label}: {wrong}")
    connection.close()


def start_server(port: int, runners: int) -> subprocess.Popen[bytes]:
    """Start ``function-return serve`` on 127.0.0.1 and wait until it answers."""
    command = [
        str(Path(sys.executable).with_name("function-return")),
        "serve",
        "--functions",
        str(FUNCTIONS),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--runners",
        str(runners),
        "--timeout",
        "10",
        "--log-level",
        "critical",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited {process.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return process
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("the server did not start within 30 s") from None
            time.sleep(0.1)


def run(requests: int, concurrency: int, duration: float, runners: int) -> dict[str, Any]:
    """Run the load test; return its figures."""
    port = free_port()
    server = start_server(port, runners)
    tally = Tally()
    try:
        # Warm the runner processes up, so that start-up is not counted as latency.
        warm = Tally()
        warmers = [
            threading.Thread(target=client, args=(port, [0], time.monotonic() + 60, warm))
            for _ in range(runners)
        ]
        for thread in warmers:
            thread.start()
        for thread in warmers:
            thread.join()
        plans: list[list[int]] = [[] for _ in range(concurrency)]
        for number in range(requests):
            plans[number % concurrency].append(number % len(MIX))
        started = time.perf_counter()
        deadline = time.monotonic() + duration
        threads = [
            threading.Thread(target=client, args=(port, plan, deadline, tally)) for plan in plans
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
    answered = len(tally.latencies)
    cuts = statistics.quantiles(tally.latencies, n=100) if answered > 1 else [0.0] * 99
    return {
        "requests": requests,
        "answered": answered,
        "dropped": len(tally.dropped),
        "wrong": len(tally.wrong),
        "problems": (tally.dropped + tally.wrong)[:10],
        "by_kind": dict(sorted(tally.by_kind.items())),
        "concurrency": concurrency,
        "runners": runners,
        "seconds": round(wall, 3),
        "rps": round(answered / wall, 1) if wall else 0.0,
        "p50_ms": round(cuts[49] * 1000, 1),
        "p99_ms": round(cuts[98] * 1000, 1),
        "cpus": os.cpu_count(),
    }


def section(figures: dict[str, Any]) -> str:
    """The Markdown section for ``bench/results.md``."""
    kinds = ", ".join(f"{kind} {count}" for kind, count in figures["by_kind"].items())
    return "\n".join(
        [
            START,
            "## Load: the reference server over HTTP (`make load`)",
            "",
            f"`function-return serve` on 127.0.0.1, 1 server process, {figures['runners']} "
            f"runner processes, {figures['cpus']} CPUs; {figures['concurrency']} clients with "
            "keep-alive; calls in turn: valid, valid, invalid return (500), invalid "
            "arguments (422), slow (sleeps 0.2 s). Every answer checked: status, problem "
            "type, and every 200 body valid under the contract.",
            "",
            "| requests | answered | dropped | wrong | requests/s | p50 ms | p99 ms | wall s |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {figures['requests']} | {figures['answered']} | {figures['dropped']} | "
            f"{figures['wrong']} | {figures['rps']} | {figures['p50_ms']} | "
            f"{figures['p99_ms']} | {figures['seconds']} |",
            "",
            f"Answered by kind: {kinds}.",
            END,
        ]
    )


def write(path: Path, text: str) -> None:
    """Replace the load section of ``path`` (or append it), leaving the rest as it is."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in old and END in old:
        head, rest = old.split(START, 1)
        tail = rest.split(END, 1)[1]
        new = head + text + tail
    else:
        new = old.rstrip("\n") + ("\n\n" if old else "") + text + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run from the command line; exit 1 when any request was dropped or answered wrong."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=5000, help="total calls (5000)")
    parser.add_argument("--concurrency", type=int, default=50, help="clients (50)")
    parser.add_argument("--duration", type=float, default=120, help="stop after (120 s)")
    parser.add_argument("--runners", type=int, default=8, help="runner processes (8)")
    parser.add_argument("--write", type=Path, help="update the load section of this file")
    args = parser.parse_args(argv)
    figures = run(args.requests, args.concurrency, args.duration, args.runners)
    print(json.dumps(figures, indent=2))
    if args.write:
        write(args.write, section(figures))
    return 1 if figures["dropped"] or figures["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
