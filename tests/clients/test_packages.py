"""The clients as packages another repository installs: the TypeScript types and the Python client.

- ``npm pack`` in ``generated/ts`` builds ``function-return-contract-types-<version>.tgz``; a
  consumer folder elsewhere installs the tarball (``npm install``, offline: it has no
  dependencies) and compiles against it with ``tsc --strict``, by package name.
- ``pip wheel`` builds the Python client (``generated/clients/python``, pdm-backend, pinned in
  the dev extra) into a wheel; installed into a folder of its own, it is imported from there and
  parses a return.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_typescript import TSC

from conftest import ROOT

TS = ROOT / "generated" / "ts"
CLIENT = ROOT / "generated" / "clients" / "python"
VERSION = json.loads((TS / "package.json").read_text(encoding="utf-8"))["version"]

CONSUMER = """\
import type { FunctionReturnValue } from "@function-return-contract/types";
import type { components } from "@function-return-contract/types/openapi";

type Body = components["schemas"]["ExecuteResponse"]["body"];

export const value: FunctionReturnValue = {
  utterance: "Please enter your code.",
  listen: { channel: "DTMF", dtmf: { num_digits: 6, finish_on_key: "#" } },
};
export const body: Body = value;
// @ts-expect-error hangup is a boolean: the types are real, not any
export const wrong: FunctionReturnValue = { hangup: "yes" };
"""


def _npm(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "npm_config_update_notifier": "false", "npm_config_fund": "false"}
    return subprocess.run(
        ["npm", *args], cwd=cwd, capture_output=True, text=True, timeout=300, env=env
    )


def test_npm_pack_builds_the_types_and_a_consumer_compiles_against_them(tmp_path: Path) -> None:
    packed = _npm("pack", "--pack-destination", str(tmp_path), "--json", cwd=TS)
    assert packed.returncode == 0, packed.stderr
    [report] = json.loads(packed.stdout)
    assert {f["path"] for f in report["files"]} == {
        "function-return.d.ts",
        "openapi.d.ts",
        "README.md",
        "package.json",
    }
    tarball = tmp_path / report["filename"]
    assert tarball.name == f"function-return-contract-types-{VERSION}.tgz"

    consumer = tmp_path / "consumer"
    consumer.mkdir()
    (consumer / "package.json").write_text(
        '{"name": "consumer", "private": true, "type": "module"}\n', encoding="utf-8"
    )
    installed = _npm("install", "--offline", "--no-audit", str(tarball), cwd=consumer)
    assert installed.returncode == 0, installed.stderr
    (consumer / "index.ts").write_text(CONSUMER, encoding="utf-8")
    compiled = subprocess.run(
        [str(TSC), "--strict", "--noEmit", "--module", "nodenext", "--moduleResolution",
         "nodenext", "--target", "es2022", "index.ts"],
        cwd=consumer, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert (compiled.returncode, compiled.stdout, compiled.stderr) == (0, "", "")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Python client built into a wheel, from a copy: nothing is written into generated/."""
    source = tmp_path_factory.mktemp("client-source") / "python"
    shutil.copytree(CLIENT, source, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("client-wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--wheel-dir", str(out), str(source)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    [found] = out.glob("*.whl")
    return found


def test_the_python_client_builds_into_a_wheel_with_its_typed_package(wheel: Path) -> None:
    assert wheel.name == "function_return_client-1.1.0-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    assert "function_return_client/py.typed" in names
    assert "function_return_client/models/function_return.py" in names


def test_the_installed_wheel_parses_a_return(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target",
         str(target), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    script = (
        "import function_return_client as c, sys\n"
        "from function_return_client.models import FunctionReturn\n"
        "assert c.__file__.startswith(sys.argv[1]), c.__file__\n"
        "value = {'listen': {'dtmf': {'num_digits': 6}}, 'handoff': True}\n"
        "assert FunctionReturn.from_dict(value).to_dict() == value\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    ran = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert (ran.returncode, ran.stdout.strip()) == (0, "ok"), ran.stderr
