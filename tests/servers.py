"""Real server processes for the tests: a free port, a running server, its command line."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import ROOT

EXAMPLES = ROOT / "examples" / "functions"
COMMAND = str(Path(sys.executable).with_name("function-return"))


def free_port() -> int:
    """A port nothing listens on now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running(command: list[str], port: int, *, cwd: Path = ROOT) -> Iterator[str]:
    """Start a server process, wait until /healthz answers, yield its URL, then stop it."""
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"server exited {process.returncode}: {process.stderr.read()}")  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=1):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    raise RuntimeError("server did not start within 20 s") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def serve_command(port: int, *extra: str) -> list[str]:
    """The ``function-return serve`` command line for the example functions on ``port``."""
    return [COMMAND, "serve", "--functions", str(EXAMPLES), "--port", str(port), *extra]
