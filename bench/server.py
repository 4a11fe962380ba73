"""The reference server against its framework: a no-op function through ``function-return
serve`` beside a bare Starlette app answering the same JSON, under the same load.

Run ``make bench-server`` (``python bench/server.py --write bench/results.md``). Both servers
run under uvicorn on 127.0.0.1 at the same time, one process each; autocannon (pinned in
``package.json``, installed by ``npm ci``) sends ``POST .../noop/execute`` from ``--connections``
clients for ``--duration`` seconds to each in turn, ``--rounds`` times; the medians of
requests/s and p99 are compared (target: the server reaches 0.5x the bare app's requests/s,
with p99 within 2x). A last round runs the server under cProfile and lists where its event
loop's time goes.

With ``--write FILE`` the figures replace the section between the ``server`` markers of FILE
(appended if missing); nothing else in the file is touched.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
AUTOCANNON = ROOT / "node_modules" / ".bin" / "autocannon"
PATH = "/v1/agents/agent-1/branches/main/functions/noop/execute"
START = "<!-- server:start (written by bench/server.py; make bench-server) -->"
END = "<!-- server:end -->"


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_up(process: subprocess.Popen[bytes], port: int) -> None:
    """Wait until something answers on ``port`` (at most 30 s)."""
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"a server exited {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("a server did not start within 30 s") from None
            time.sleep(0.1)


def start_bare(port: int) -> subprocess.Popen[bytes]:
    """The bare Starlette app (``bench/bare_app.py``) under uvicorn."""
    command = [
        sys.executable, "-m", "uvicorn", "bare_app:app", "--host", "127.0.0.1",
        "--port", str(port), "--log-level", "critical", "--no-access-log",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=Path(__file__).parent)
    wait_until_up(process, port)
    return process


def start_server(port: int, profile: Path | None = None) -> subprocess.Popen[bytes]:
    """``function-return serve`` with the no-op function, optionally under cProfile."""
    script = str(Path(sys.executable).with_name("function-return"))
    prefix = [sys.executable, "-m", "cProfile", "-o", str(profile)] if profile else []
    command = [
        *prefix, script, "serve",
        "--functions", str(Path(__file__).parent / "noop_functions"),
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "critical",
    ]  # fmt: skip
    process = subprocess.Popen(command)
    wait_until_up(process, port)
    body = json.dumps({"args": {}}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{PATH}", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as answer:  # a worker started and warm
        answer.read()
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server the way Ctrl-C does (so a profile is written), killing it after 15 s."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


def autocannon(port: int, connections: int, duration: float) -> dict[str, Any]:
    """One autocannon run against ``port``; its requests/s, latencies and errors."""
    command = [
        str(AUTOCANNON), "--json", "--connections", str(connections),
        "--duration", str(duration), "--method", "POST",
        "--headers", "Content-Type=application/json", "--body", '{"args": {}}',
        f"http://127.0.0.1:{port}{PATH}",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    report = json.loads(done.stdout)
    return {
        "rps": report["requests"]["average"],
        "p50_ms": report["latency"]["p50"],
        "p99_ms": report["latency"]["p99"],
        "non_2xx": report["non2xx"],
        "errors": report["errors"] + report["timeouts"],
    }


AREAS = (
    ("waiting for the network (epoll)", ("select.epoll",)),
    ("sockets: reading requests, sending answers", ("_socket.socket",)),
    ("the pipe to the worker process", ("posix.read", "posix.write", "multiprocessing/")),
    ("HTTP parsing and writing (uvicorn, h11)", ("uvicorn/", "h11/")),
    ("Starlette (routing, middleware, responses)", ("starlette/",)),
    ("checking the request (jsonschema)", ("jsonschema/", "referencing/", "rpds")),
    ("JSON text (json, orjson)", ("json/", "orjson")),
    ("the server's own code", ("function_return/",)),
    ("the event loop and threads (asyncio, anyio)", ("asyncio/", "anyio/", "threading", "_thread")),
)
"""Where the server's time goes, by what each function belongs to (first match wins)."""

OTHER = "other (built-in calls: dict, str, isinstance...)"


def profile_summary(path: Path) -> list[tuple[str, float]]:
    """The share of the server's event-loop thread's own time in each of ``AREAS``."""
    stats = pstats.Stats(str(path))
    entries = stats.stats  # type: ignore[attr-defined]
    total = sum(own for (_, _, own, _, _) in entries.values()) or 1.0
    shares = dict.fromkeys([name for name, _ in AREAS] + [OTHER], 0.0)
    for (filename, _, name), (_, _, own, _, _) in entries.items():
        where = f"{filename} {name}"
        area = next((a for a, marks in AREAS if any(m in where for m in marks)), OTHER)
        shares[area] += own
    return [(area, round(own / total * 100, 1)) for area, own in shares.items()]


def run(connections: int, duration: float, rounds: int) -> dict[str, Any]:
    """Measure both servers side by side; return the figures."""
    if not AUTOCANNON.exists():
        raise RuntimeError(f"{AUTOCANNON} is missing: run `npm ci` (make setup does)")
    bare_port, server_port = free_port(), free_port()
    bare = start_bare(bare_port)
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "server": []}
    try:
        server = start_server(server_port)
    except BaseException:
        stop(bare)
        raise
    try:
        autocannon(bare_port, connections, 1)  # warm both up
        autocannon(server_port, connections, 1)
        for _ in range(rounds):
            runs["bare"].append(autocannon(bare_port, connections, duration))
            runs["server"].append(autocannon(server_port, connections, duration))
    finally:
        stop(bare)
        stop(server)
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder) / "server.prof"
        port = free_port()
        profiled = start_server(port, profile)
        try:
            autocannon(port, connections, duration)
        finally:
            stop(profiled)
        hot = profile_summary(profile) if profile.exists() else []

    def median(kind: str, key: str) -> float:
        return round(float(statistics.median(r[key] for r in runs[kind])), 2)

    figures: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "connections": connections,
        "duration": duration,
        "rounds": rounds,
        "runs": runs,
        "profile": hot,
    }
    for kind in ("bare", "server"):
        for key in ("rps", "p50_ms", "p99_ms"):
            figures[f"{kind}_{key}"] = median(kind, key)
    figures["rps_ratio"] = round(figures["server_rps"] / figures["bare_rps"], 2)
    figures["p99_ratio"] = round(figures["server_p99_ms"] / max(figures["bare_p99_ms"], 1), 2)
    figures["met"] = figures["rps_ratio"] >= 0.5 and figures["p99_ratio"] <= 2
    return figures


def section(figures: dict[str, Any]) -> str:
    """The Markdown section for ``bench/results.md``."""
    hot = [f"| {area} | {share} |" for area, share in figures["profile"]]
    verdict = "met" if figures["met"] else "not met"
    return "\n".join(
        [
            START,
            "## The server against its framework (`make bench-server`)",
            "",
            f"A no-op function through `function-return serve` (one server process, its worker "
            "processes, every check and limit on) and a bare Starlette app that parses the "
            "same request and answers the same JSON, both under uvicorn on 127.0.0.1, "
            f"{figures['cpus']} CPUs; autocannon with {figures['connections']} connections, "
            f"{figures['duration']:g} s a run, {figures['rounds']} rounds in turn, medians.",
            "",
            "| | requests/s | p50 ms | p99 ms |",
            "|---|---:|---:|---:|",
            f"| bare Starlette | {figures['bare_rps']} | {figures['bare_p50_ms']} | "
            f"{figures['bare_p99_ms']} |",
            f"| function-return serve | {figures['server_rps']} | {figures['server_p50_ms']} | "
            f"{figures['server_p99_ms']} |",
            "",
            f"The server reaches {figures['rps_ratio']}x the bare app's requests/s with "
            f"{figures['p99_ratio']}x its p99 (target: ≥ 0.5x and ≤ 2x: {verdict}).",
            "",
            "Where the server's time goes (cProfile of its event-loop thread during one more run, "
            "own time by area; the worker process runs the function, on the other core):",
            "",
            "| area | share % |",
            "|---|---:|",
            *hot,
            END,
        ]
    )


def write(path: Path, text: str) -> None:
    """Replace the server section of ``path`` (or append it), leaving the rest as it is."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in old and END in old:
        head, rest = old.split(START, 1)
        new = head + text + rest.split(END, 1)[1]
    else:
        new = old.rstrip("\n") + ("\n\n" if old else "") + text + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run from the command line; print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=50, help="clients (50)")
    parser.add_argument("--duration", type=float, default=10, help="seconds a run (10)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each server (3)")
    parser.add_argument("--write", type=Path, help="update the server section of this file")
    args = parser.parse_args(argv)
    figures = run(args.connections, args.duration, args.rounds)
    print(json.dumps({k: v for k, v in figures.items() if k != "runs"}, indent=2))
    if args.write:
        write(args.write, section(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
