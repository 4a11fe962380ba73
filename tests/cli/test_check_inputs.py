"""What ``check`` reads: source in any PEP 263 encoding, source too deep to compile, folders
that cannot be read or hold no ``.py`` file: each judged or reported, never skipped or
crashed on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run_cli


def test_latin1_source_with_a_coding_line_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = b'# -*- coding: latin-1 -*-\ndef greet():\n    return {"utterance": "caf\xe9"}\n'
    (tmp_path / "greet.py").write_bytes(source)
    code, out, _ = run_cli(["check", str(tmp_path / "greet.py")], capsys)
    assert code == 0, out
    assert (
        out
        == "ok -- 1 file, 1 return judged, 0 partly judged, 0 not judged: 0 errors, 0 warnings, 0 notes\n"
    )


def test_source_too_deep_to_compile_is_unreadable_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    terms = "+".join(["1"] * 5000)
    (tmp_path / "deep.py").write_text(f"def deep():\n    return {terms}\n", encoding="utf-8")
    code, out, _ = run_cli(["check", str(tmp_path / "deep.py")], capsys)
    assert code == 2
    assert out.splitlines()[0] == f"{tmp_path}/deep.py: not Python: too deeply nested to compile"


def test_a_folder_with_no_python_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "README").write_text("nothing here")
    code, out, _ = run_cli(["check", str(tmp_path)], capsys)
    assert code == 2
    assert out.splitlines()[0] == f"{tmp_path}: holds no .py file"


def test_an_unreadable_folder_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_walk(top: object, onerror: object = None, **kwargs: object) -> object:
        assert callable(onerror)
        onerror(PermissionError(13, "Permission denied", str(top)))
        return iter(())

    monkeypatch.setattr(os, "walk", failing_walk)
    code, out, _ = run_cli(["check", str(tmp_path)], capsys)
    assert code == 2
    assert out.splitlines()[0] == f"{tmp_path}: cannot read: Permission denied"
