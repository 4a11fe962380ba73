"""How far calls are kept apart (functions are trusted code; see SECURITY.md's trust model).

A worker leads its own process group, so killing it kills what its function started; its
address space can be limited (``--memory-limit``); the token is never in its environment
(``--token-file``, or the variable taken out before workers start); ``--isolate call`` gives
each call a fresh worker.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import free_port, running
from starlette.testclient import TestClient

from conftest import ROOT
from function_return.server.app import app_for_folder

FUNCTIONS = ROOT / "tests" / "fault_functions"
BASE = "/v1/agents/agent-1/branches/main/functions"
TOKEN = "file-token-123"


def _gone(pid: int) -> bool:
    """Whether a process has ended (a zombie waiting for a reaper counts as ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def _call(client: TestClient, name: str, args: dict[str, Any] | None = None) -> Any:
    return client.post(f"{BASE}/{name}/execute", json={"args": args or {}})


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = app_for_folder(FUNCTIONS, timeout=3, runners=1, memory_limit=1024**3)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def test_killing_a_worker_kills_the_processes_its_function_started(
    client: TestClient, tmp_path: Path
) -> None:
    pid_file = tmp_path / "child"
    response = _call(client, "spawns", {"pid_file": str(pid_file)})
    assert response.status_code == 504
    child = int(pid_file.read_text(encoding="utf-8"))
    deadline = time.monotonic() + 5
    while not _gone(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(child)
    if not _gone(child):  # pragma: no cover - never leave it behind
        os.kill(child, 9)


def test_a_worker_past_its_memory_limit_fails_that_call_only(client: TestClient) -> None:
    response = _call(client, "greedy", {"megabytes": 4096})
    assert response.status_code == 500
    assert response.json()["detail"] == 'function "greedy" raised MemoryError'
    assert _call(client, "greedy", {"megabytes": 16}).status_code == 200


def test_isolate_call_gives_each_call_a_fresh_worker() -> None:
    def runners(isolate: str) -> set[str]:
        app = app_for_folder(FUNCTIONS, timeout=10, runners=1, isolate=isolate)
        with TestClient(app) as isolated:
            answers = [_call(isolated, "whoami").json()["body"]["content"] for _ in range(3)]
        return {answer.split()[-1] for answer in answers}

    assert len(runners("call")) == 3
    assert len(runners("none")) == 1


def _serve(port: int, *extra: str) -> list[str]:
    command = [
        str(Path(sys.executable).with_name("function-return")),
        "serve",
        "--functions",
        str(FUNCTIONS),
        "--port",
        str(port),
        "--runners",
        "1",
        "--log-level",
        "critical",
        *extra,
    ]
    return command


def _get(url: str, token: str | None) -> tuple[int, Any]:
    request = urllib.request.Request(
        url,
        data=b'{"args": {}}',
        headers={"Content-Type": "application/json"}
        | ({"Authorization": f"Bearer {token}"} if token else {}),
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, None


@pytest.mark.parametrize("how", ["file", "variable"])
def test_the_token_never_reaches_a_workers_environment(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    extra: list[str] = []
    if how == "file":
        token_file = tmp_path / "token"
        token_file.write_text(TOKEN + "\n", encoding="utf-8")
        extra = ["--token-file", str(token_file)]
    else:
        monkeypatch.setenv("FUNCTION_RETURN_TOKEN", TOKEN)
    with running(_serve(port, *extra), port) as url:
        assert _get(f"{url}{BASE}/sees_token/execute", None)[0] == 401
        status, document = _get(f"{url}{BASE}/sees_token/execute", TOKEN)
        assert status == 200
        assert document["body"]["content"] == "environ False block False"


def test_a_token_file_that_cannot_be_read_is_refused_at_start_up(tmp_path: Path) -> None:
    for content in (None, "", " padded\n"):
        token_file = tmp_path / "token"
        if content is None:
            token_file.unlink(missing_ok=True)
        else:
            token_file.write_text(content, encoding="utf-8")
        command = _serve(1, "--token-file", str(token_file))
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 2, done.stderr
        assert "token" in done.stderr
