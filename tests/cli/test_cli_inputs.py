"""What ``validate`` reads: bounded, folder by folder, line by line.

Every input is read up to ``--max-size`` (``/dev/zero`` is refused, not read whole); a folder
that cannot be read, or holds nothing to check, is an error; a line that is not UTF-8 is
reported on its own and the others are judged; a byte order mark is ignored, as the server
ignores it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from conftest import ROOT, run_cli
from function_return.server.app import app_for_folder

CLI = str(Path(sys.executable).with_name("function-return"))


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=timeout)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("name", ["zero.json", "zero.jsonl"])
def test_an_endless_input_is_refused_at_the_size_limit(tmp_path: Path, name: str) -> None:
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    done = _run("validate", "--max-size", "1M", str(link), timeout=30)
    assert done.returncode == 2, done.stderr
    assert "over the 1048576-byte limit (--max-size)" in done.stdout
    assert done.stdout.splitlines()[-1] == "0 values checked: 0 valid, 0 invalid, 1 unreadable"


def test_the_size_limit_applies_per_line_and_can_be_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = json.dumps({"utterance": "x" * 2000})
    path = tmp_path / "calls.jsonl"
    path.write_text(f'"short"\n{big}\n"after"\n', encoding="utf-8")
    code, out, _ = run_cli(["validate", "--max-size", "1K", str(path)], capsys)
    assert code == 2
    assert (
        f"{path}:2: over the 1024-byte limit (--max-size); the rest of the file is not read" in out
    )
    code, out, _ = run_cli(["validate", "--max-size", "1M", str(path)], capsys)
    assert code == 0 and out.startswith("ok -- 3 values checked")
    code, _, err = run_cli(["validate", "--max-size", "lots", str(path)], capsys)
    assert code == 2 and "expected a size" in err


def test_an_unreadable_folder_is_an_error_even_for_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk's errors are reported, whoever runs it (here a failure is made to order)."""
    real_walk = os.walk

    def failing_walk(top: str, onerror: object = None, **kwargs: object) -> object:
        assert callable(onerror)
        onerror(PermissionError(13, "Permission denied", str(top)))
        return iter(())

    monkeypatch.setattr(os, "walk", failing_walk)
    try:
        code, out, _ = run_cli(["validate", str(tmp_path)], capsys)
    finally:
        monkeypatch.setattr(os, "walk", real_walk)
    assert code == 2
    assert out.splitlines() == [
        f"{tmp_path}: cannot read: Permission denied",
        "0 values checked: 0 valid, 0 invalid, 1 unreadable",
    ]


def test_a_folder_with_nothing_to_check_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("not a return")
    code, out, _ = run_cli(["validate", str(tmp_path)], capsys)
    assert code == 2
    assert out.splitlines()[0] == f"{tmp_path}: holds no .json or .jsonl file"


def test_one_line_that_is_not_utf8_leaves_the_others_judged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "calls.jsonl"
    path.write_bytes(b'"fine"\n{"utterance": "caf\xe9"}\n{"hangup": "no"}\n"also fine"\n')
    code, out, _ = run_cli(["validate", str(path)], capsys)
    assert code == 2
    assert out.splitlines() == [
        f"{path}:2: cannot read: 'utf-8' codec can't decode byte 0xe9 in position 18: "
        "invalid continuation byte",
        f'{path}:3: /hangup: expected a boolean; got string "no"',
        "3 values checked: 2 valid, 1 invalid, 1 unreadable",
    ]


def test_a_byte_order_mark_is_ignored_by_the_cli_and_the_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bom = b"\xef\xbb\xbf"
    (tmp_path / "one.json").write_bytes(bom + b'{"utterance": "hi"}')
    (tmp_path / "many.jsonl").write_bytes(bom + b'{"utterance": "hi"}\n"second"\n')
    code, out, _ = run_cli(["validate", str(tmp_path)], capsys)
    assert code == 0, out
    assert out == "ok -- 3 values checked: 3 valid, 0 invalid\n"
    app = app_for_folder(ROOT / "tests" / "fault_functions", runners=0)
    with TestClient(app) as client:
        response = client.post(
            "/v1/validate",
            content=bom + b'{"value": {"utterance": "hi"}}',
            headers={"content-type": "application/json"},
        )
    assert response.status_code == 200 and response.json()["valid"] is True
