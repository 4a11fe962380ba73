"""A bounded load test of the reference server: mixed calls at a fixed concurrency.

Run ``make load`` (``python bench/load.py --write bench/results.md``). It starts
``function-return serve`` on a free port of 127.0.0.1 with the functions of
``tests/fault_functions/``, sends ``--requests`` calls from ``--concurrency`` clients (valid,
invalid-return, invalid-request and slow calls in turn), stops at the request count or at
``--duration`` seconds, whichever comes first, then stops the server. Every answer is checked:
its status, its problem type, and for a 200 that the body is valid under the contract. A
request without an answer is dropped; one with the wrong answer is wrong. Both must be zero.

With ``--hostile`` (what ``make load`` runs) the same calls are sent twice to one server: once
alone, then beside hostile clients run from a second process (``--hostile-clients``): held
connections that trickle their headers (slowloris), clients that send heavy check requests
(``/v1/lint`` with a 10,000-item mixed-type variant list, ``/v1/validate`` with a value of
20,000 errors) and clients that call a function that never returns. The normal clients' p50 and
p99 with the hostile clients are compared with those without them; within 1.5x is the target.

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


def client(
    port: int,
    plan: list[int],
    deadline: float,
    tally: Tally,
    interval: float = 0.0,
    offset: float = 0.0,
) -> None:
    """Send the calls of ``plan`` (indexes into ``MIX``) on one connection.

    With an ``interval``, call number ``i`` is due ``offset + i * interval`` seconds after the
    start, and its latency counts from when it was due (a late call's wait is counted, as an
    open-loop load generator does); without one, each call follows the previous answer.
    """
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    begin = time.perf_counter()
    for number, index in enumerate(plan):
        if time.monotonic() > deadline:
            break
        label, name, body, expected, problem = MIX[index]
        started = time.perf_counter()
        if interval:
            due = begin + offset + number * interval
            if due > started:
                time.sleep(due - started)
            started = due
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


def start_server(port: int, runners: int, timeout: float = 10) -> subprocess.Popen[bytes]:
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
        str(timeout),
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


def stop_server(server: subprocess.Popen[bytes]) -> None:
    """Stop the server, killing it if it does not stop within 15 s."""
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=15)


def warm_up(port: int, runners: int) -> None:
    """Start the runner processes, so that their start-up is not counted as latency."""
    warm = Tally()
    warmers = [
        threading.Thread(target=client, args=(port, [0], time.monotonic() + 60, warm))
        for _ in range(runners)
    ]
    for thread in warmers:
        thread.start()
    for thread in warmers:
        thread.join()


def send(
    port: int, requests: int, concurrency: int, duration: float, rate: float = 0.0
) -> tuple[Tally, float]:
    """Send the mixed calls from ``concurrency`` clients; return what they saw and the wall time.

    With a ``rate``, the clients together send that many calls a second, evenly spread;
    without one, each sends its next call as soon as the last is answered.
    """
    tally = Tally()
    plans: list[list[int]] = [[] for _ in range(concurrency)]
    for number in range(requests):
        plans[number % concurrency].append(number % len(MIX))
    interval = concurrency / rate if rate else 0.0
    started = time.perf_counter()
    deadline = time.monotonic() + duration
    threads = [
        threading.Thread(
            target=client,
            args=(port, plan, deadline, tally, interval, interval * number / concurrency),
        )
        for number, plan in enumerate(plans)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.perf_counter() - started


def run(
    requests: int, concurrency: int, duration: float, runners: int, timeout: float = 10
) -> dict[str, Any]:
    """Run the load test; return its figures."""
    port = free_port()
    server = start_server(port, runners, timeout)
    try:
        warm_up(port, runners)
        tally, wall = send(port, requests, concurrency, duration)
    finally:
        stop_server(server)
    return figures_of(tally, wall, requests, concurrency, runners)


def figures_of(
    tally: Tally, wall: float, requests: int, concurrency: int, runners: int
) -> dict[str, Any]:
    """The figures of one run, from what its clients saw."""
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


# --- hostile clients (run in their own process, so the measuring clients keep their CPU) ---

SLOW_HEADERS = 100
"""Connections held open by trickling one header line a second (under ``--limit-concurrency``)."""

HEAVY_CLIENTS = 4
"""Clients sending heavy check requests back to back."""

HANGING_CLIENTS = 2
"""Clients calling a function that does not return within the server's time limit."""


def heavy_requests() -> list[tuple[str, bytes]]:
    """The heavy check requests: a quadratic trap for a naive duplicate check, and a value
    with 20,000 errors."""
    variants: list[Any] = ["a", *range(10_000)]
    lint = {"value": None, "config": {"variants": variants}}
    errors = {"value": {"listen": {f"key{n}": n for n in range(20_000)}}}
    return [
        ("/v1/lint", json.dumps(lint).encode()),
        ("/v1/validate", json.dumps(errors).encode()),
    ]


def _count(counts: dict[str, int], lock: threading.Lock, key: str) -> None:
    with lock:
        counts[key] = counts.get(key, 0) + 1


def _slow_headers(
    port: int, stop: threading.Event, counts: dict[str, int], lock: threading.Lock
) -> None:
    """Hold ``SLOW_HEADERS`` connections, each sending one header line a second, until
    ``stop``; reopen those the server closes."""
    opening = f"POST {BASE}/quick/execute HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode()
    held: list[socket.socket | None] = [None] * SLOW_HEADERS
    while not stop.is_set():
        for index, sock in enumerate(held):
            try:
                if sock is None:
                    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                    sock.sendall(opening)
                    held[index] = sock
                    _count(counts, lock, "slow headers: opened")
                else:
                    sock.sendall(b"X-Slow: 1\r\n")
            except OSError:
                if sock is not None:
                    sock.close()
                held[index] = None
                _count(counts, lock, "slow headers: closed by the server")
        stop.wait(1)
    for sock in held:
        if sock is not None:
            sock.close()


def _hostile_post(
    port: int,
    path: str,
    body: bytes,
    label: str,
    stop: threading.Event,
    counts: dict[str, int],
    lock: threading.Lock,
) -> None:
    """Send ``body`` to ``path`` again and again until ``stop``; count the statuses."""
    while not stop.is_set():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request(
                "POST", path, body=body, headers={"Content-Type": "application/json"}
            )
            response = connection.getresponse()
            response.read()
            _count(counts, lock, f"{label}: {response.status}")
        except (OSError, http.client.HTTPException) as exc:
            _count(counts, lock, f"{label}: {type(exc).__name__}")
            stop.wait(0.1)
        finally:
            connection.close()


def hostile_clients(port: int, stop: threading.Event) -> dict[str, int]:
    """Run every kind of hostile client against the server until ``stop``; count what they
    saw."""
    counts: dict[str, int] = {}
    lock = threading.Lock()
    threads = [threading.Thread(target=_slow_headers, args=(port, stop, counts, lock))]
    for number in range(HEAVY_CLIENTS):
        path, body = heavy_requests()[number % 2]
        label = f"heavy {path}"
        threads.append(
            threading.Thread(
                target=_hostile_post, args=(port, path, body, label, stop, counts, lock)
            )
        )
    hang = json.dumps({"args": {"seconds": 3600}}).encode()
    for _ in range(HANGING_CLIENTS):
        threads.append(
            threading.Thread(
                target=_hostile_post,
                args=(port, f"{BASE}/sleeps/execute", hang, "hanging", stop, counts, lock),
            )
        )
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return dict(sorted(counts.items()))


def compare(
    requests: int,
    concurrency: int,
    duration: float,
    runners: int,
    timeout: float = 3,
    rate: float = 50.0,
) -> dict[str, Any]:
    """Send the same calls to one server twice, alone and beside hostile clients.

    Returns:
        ``{"alone": figures, "hostile": figures, "hostile_clients": counts, "p50_ratio",
        "p99_ratio", "met"}``: the normal clients' figures of each run, what the hostile
        clients saw, and the ratios of the normal clients' latencies (hostile / alone).
    """
    port = free_port()
    server = start_server(port, runners, timeout)
    try:
        warm_up(port, runners)
        alone = figures_of(
            *send(port, requests, concurrency, duration, rate), requests, concurrency, runners
        )
        # The hostile clients run until their standard input closes (or 10 minutes pass).
        command = [sys.executable, __file__, "--hostile-clients", str(port)]
        hostile = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            time.sleep(3)  # the held connections are open and the heavy requests running
            beside = figures_of(
                *send(port, requests, concurrency, duration, rate),
                requests,
                concurrency,
                runners,
            )
        finally:
            try:
                output, _ = hostile.communicate(timeout=90)
            except subprocess.TimeoutExpired:
                hostile.kill()
                output, _ = hostile.communicate()
    finally:
        stop_server(server)
    counts: dict[str, int] = json.loads(output) if output.strip() else {}
    p50 = beside["p50_ms"] / alone["p50_ms"] if alone["p50_ms"] else float("inf")
    p99 = beside["p99_ms"] / alone["p99_ms"] if alone["p99_ms"] else float("inf")
    return {
        "alone": alone,
        "hostile": beside,
        "hostile_clients": counts,
        "timeout": timeout,
        "rate": rate,
        "p50_ratio": round(p50, 2),
        "p99_ratio": round(p99, 2),
        "met": p50 <= 1.5 and p99 <= 1.5,
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


def hostile_section(result: dict[str, Any]) -> str:
    """The Markdown section for ``bench/results.md`` of a run with and without hostile
    clients."""
    alone, beside = result["alone"], result["hostile"]
    clients = ", ".join(f"{kind} {count}" for kind, count in result["hostile_clients"].items())

    def row(label: str, figures: dict[str, Any]) -> str:
        return (
            f"| {label} | {figures['requests']} | {figures['answered']} | {figures['dropped']} | "
            f"{figures['wrong']} | {figures['rps']} | {figures['p50_ms']} | {figures['p99_ms']} |"
        )

    return "\n".join(
        [
            START,
            "## Load: the reference server over HTTP, alone and under attack (`make load`)",
            "",
            f"`function-return serve` on 127.0.0.1, 1 server process, {alone['runners']} runner "
            f"processes, time limit {result['timeout']} s, {alone['cpus']} CPUs. "
            f"{alone['concurrency']} normal clients with keep-alive send {result['rate']:g} calls "
            "a second together (latency counted from when each call was due), in turn: valid, "
            "valid, invalid return (500), invalid arguments (422), slow (sleeps 0.2 s); every "
            "answer checked (status, problem type, every 200 body valid under the contract). "
            "The same calls go to the same server twice: alone, then beside hostile clients run "
            "from another process (at the lowest priority, as they stand for other machines): "
            f"{SLOW_HEADERS} connections trickling their headers, "
            f"{HEAVY_CLIENTS} clients sending heavy check requests back to back (`/v1/lint` "
            "with a 10,000-item mixed-type variant list, `/v1/validate` with 20,000 errors), "
            f"{HANGING_CLIENTS} clients calling a function that never returns.",
            "",
            "| normal clients | requests | answered | dropped | wrong | requests/s | p50 ms "
            "| p99 ms |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
            row("alone", alone),
            row("beside hostile clients", beside),
            "",
            f"With the hostile clients, p50 is {result['p50_ratio']}x and p99 "
            f"{result['p99_ratio']}x the figures without them (target: within 1.5x: "
            f"{'met' if result['met'] else 'not met'}).",
            "",
            f"What the hostile clients saw: {clients}.",
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
    parser.add_argument(
        "--hostile",
        action="store_true",
        help="send the calls twice, alone and beside hostile clients, and compare",
    )
    parser.add_argument("--timeout", type=float, default=3, help="the server's time limit (3 s)")
    parser.add_argument(
        "--rate",
        type=float,
        default=50,
        help="with --hostile, the normal clients' calls a second, all together (50)",
    )
    parser.add_argument("--hostile-clients", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.hostile_clients:
        # The hostile clients stand for other machines: on this one they take only the CPU
        # the server and the measured clients leave.
        os.nice(19)
        stop = threading.Event()

        def close_on_eof() -> None:
            sys.stdin.read()
            stop.set()

        threading.Thread(target=close_on_eof, daemon=True).start()
        limit = threading.Timer(600, stop.set)
        limit.daemon = True
        limit.start()
        print(json.dumps(hostile_clients(args.hostile_clients, stop)))
        return 0
    if args.hostile:
        result = compare(
            args.requests, args.concurrency, args.duration, args.runners, args.timeout, args.rate
        )
        print(json.dumps(result, indent=2))
        if args.write:
            write(args.write, hostile_section(result))
        runs = (result["alone"], result["hostile"])
        return 1 if any(f["dropped"] or f["wrong"] for f in runs) else 0
    figures = run(args.requests, args.concurrency, args.duration, args.runners, args.timeout)
    print(json.dumps(figures, indent=2))
    if args.write:
        write(args.write, section(figures))
    return 1 if figures["dropped"] or figures["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
