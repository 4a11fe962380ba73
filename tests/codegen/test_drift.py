"""The drift check: ``python -m codegen --check`` fails exactly when generated/ is stale."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from codegen.generate import differences
from conftest import ROOT

GENERATED = ROOT / "generated"


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return copy


def test_identical_trees_have_no_differences(tmp_path: Path) -> None:
    assert differences(_copy(tmp_path), GENERATED) == []


def test_an_edited_a_missing_and_an_extra_file_are_each_reported(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    schema = copy / "function_return_generated" / "schema.py"
    schema.write_text(schema.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    (copy / "openapi.bundled.json").unlink()
    (copy / "ts" / "stray.ts").write_text("export {};\n", encoding="utf-8")
    assert differences(copy, GENERATED) == [
        "function_return_generated/schema.py",
        "openapi.bundled.json",
        "ts/stray.ts",
    ]


def test_the_check_passes_on_the_checkout_and_fails_on_a_stale_copy(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "codegen", "--check", "--out"]
    fresh = subprocess.run([*command, str(GENERATED)], cwd=ROOT, capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr
    assert fresh.stdout == "generated/ is up to date\n"
    copy = _copy(tmp_path)
    (copy / "function_return_generated" / "models.py").write_text("# stale\n", encoding="utf-8")
    stale = subprocess.run([*command, str(copy)], cwd=ROOT, capture_output=True, text=True)
    assert stale.returncode == 1
    assert "generated/function_return_generated/models.py differs" in stale.stderr
