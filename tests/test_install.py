"""The built wheel, installed bare into a fresh venv: the core works, the extras say what they need.

The base install's wheels come from ``.venv/wheelhouse`` (``make setup`` downloads them), so the
install itself needs no network.
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

WHEELHOUSE = ROOT / ".venv" / "wheelhouse"
PIP_WHEEL = (sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation")
PIP_INSTALL = ("-m", "pip", "install", "--quiet", "--no-index")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [*PIP_WHEEL, "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("function_return_contract-*.whl")
    return built


@pytest.fixture(scope="module")
def bare(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh venv with only the wheel and its base dependencies."""
    assert WHEELHOUSE.is_dir(), "run `make setup`: it downloads the base install's wheels"
    home = tmp_path_factory.mktemp("bare") / "venv"
    venv.create(home, with_pip=True)
    subprocess.run(
        [home / "bin" / "python", *PIP_INSTALL, "--find-links", str(WHEELHOUSE), str(wheel)],
        check=True,
        capture_output=True,
    )
    return home / "bin"


def _run(bare: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bare / "function-return"), *args], cwd=ROOT, capture_output=True, text=True
    )


def test_the_wheel_holds_the_package_and_its_data_but_no_build_time_code(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    packages = {name.split("/")[0] for name in names if not name.startswith("function_return_c")}
    assert packages == {"function_return", "function_return_generated"}
    assert not [name for name in names if "codegen" in name or "/_generate" in name]
    # pure Python: never the compiled build `make native` leaves beside the .py files
    assert not [name for name in names if name.endswith((".so", ".pyd"))]
    assert wheel.name.endswith("-py3-none-any.whl")
    for layer in ("core", "authoring", "server", "conformance", "cli"):
        assert f"function_return/{layer}/__init__.py" in names
    assert "function_return/server/static/playground.html" in names
    assert "function_return/py.typed" in names


def test_the_bare_install_pulls_no_server_or_test_library(bare: Path) -> None:
    listed = subprocess.run(
        [bare / "python", "-m", "pip", "list", "--format", "freeze", "--exclude", "pip"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.lower()
    installed = {line.split("==")[0] for line in listed.split()}
    assert not installed & {"starlette", "uvicorn", "schemathesis", "swagger-ui-py", "hypothesis"}
    assert "function-return-contract" in installed
    assert len(installed) <= 14, sorted(installed)


def test_validate_explain_and_check_work_in_the_bare_install(bare: Path, tmp_path: Path) -> None:
    assert _run(bare, "validate", "examples/returns").returncode == 0
    value = tmp_path / "bye.json"
    value.write_text('{"utterance": "Bye", "hangup": true}', encoding="utf-8")
    explained = _run(bare, "explain", str(value))
    assert explained.returncode == 0
    assert "Bye" in explained.stdout
    assert _run(bare, "check", "examples/functions").returncode == 0
    code = "import function_return as f; print(f.is_valid({'hangup': True}), f.lint({}))"
    shown = subprocess.run([bare / "python", "-c", code], capture_output=True, text=True)
    assert shown.stdout == "True []\n", shown.stderr


@pytest.mark.parametrize(
    ("args", "extra"),
    [
        (("serve", "--functions", "examples/functions"), "server"),
        (("contract-test", "http://127.0.0.1:9"), "contract-test"),
    ],
)
def test_a_subcommand_without_its_extra_exits_2_with_the_install_line(
    bare: Path, args: tuple[str, ...], extra: str
) -> None:
    result = _run(bare, *args)
    assert result.returncode == 2
    assert f"pip install 'function-return-contract[{extra}]'" in result.stderr
    assert "Traceback" not in result.stderr
