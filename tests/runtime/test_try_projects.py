"""``scripts/try_projects.py``: the figures of a project folder, as docs/projects.md gives them."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT

PROJECT = ROOT / "tests" / "projects" / "utility_support"


def _script() -> ModuleType:
    script = ROOT / "scripts" / "try_projects.py"
    spec = importlib.util.spec_from_file_location("try_projects", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["try_projects"] = module
    spec.loader.exec_module(module)
    return module


def test_the_figures_of_a_small_project() -> None:
    found = _script().figures(PROJECT)
    assert (found["files"], found["loaded"], found["served"], found["helpers"]) == (26, 23, 18, 5)
    assert found["load problems"] == {
        "does not import: ModuleNotFoundError": 1,
        "parameter annotate it as str, int, float or bool": 1,
        "its path is not a Python module name": 1,
    }
    for which in ("answers full", "answers empty"):
        assert sum(found[which].values()) == found["served"]
        assert found[which]["ok"] >= 15
        assert set(found[which]) <= {
            "ok",
            "500 invalid-return",
            "500 unknown-member",
            "500 function-error",
        }
    assert found["failures"]["full"]["escalate"].startswith("500 unknown-member")


def test_the_command_prints_the_figures_of_each_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main([str(PROJECT), "--json"]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert [p["project"] for p in printed] == ["utility_support"]
    assert _script().main([str(PROJECT), "--details"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("utility_support: files 26, loaded 23, served 18, helpers 5")
    assert "problem functions/change_language.py: parameter 'language'" in text


def test_a_folder_that_is_not_a_project_is_refused(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="not a project"):
        _script().figures(tmp_path)
