"""The compiled build (``make native``), made here in a temporary copy of the generated package.

It is imported in preference to the ``.py``, ``function_return.backend`` names it, it gives the
``.py``'s verdict on every case, corpus value, schema example and seeded mutant (strict and
lenient; its ``validate`` raises the same errors), and it is left unused once the ``.py``
beside it changes. The build (mypyc, a C
compiler) takes about half a minute.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

GENERATED = ROOT / "generated" / "function_return_generated"

DIFFERENTIAL = """
import json, sys
sys.path.insert(0, {tests!r})
import function_return, function_return_generated
from function_return.core.schema import schema
from function_return.core.validate import checker, _module, _python_module
from conftest import corpus, iter_cases
from mutants import mutants

values = [t["data"] for _, _, t in iter_cases()] + list(schema()["examples"])
for name in ("real_returns", "doc_example_returns", "real_returns_other"):
    values += [r["value"] for r in corpus(name)]
seeds = [v for v in values if isinstance(v, dict) and checker("specialised-python")(v)]
values += mutants(seeds, 4000, seed=17)


def outcome(check, value):
    try:
        return check(value)
    except Exception as exc:
        return type(exc).__name__


differ, valid = [], 0
for lenient in (False, True):
    whole = [checker(n, lenient=lenient) for n in ("specialised-python", "specialised-native")]
    plain = [_python_module(lenient).is_valid, _module(lenient).is_valid]
    for value in values:
        verdicts = [outcome(c, value) for c in whole + plain]
        valid += verdicts[0] is True
        if verdicts[0] != verdicts[1] or verdicts[2] != verdicts[3]:
            differ.append([lenient, repr(value)[:300], repr(verdicts)])
def raised(validate, value):
    try:
        return validate(value)
    except Exception as exc:
        return [type(exc).__name__, [(e.path, e.keyword) for e in getattr(exc, "errors", [])]]


validates = [_python_module(False).validate, _module(False).validate]  # set up by checker()
explained = 0
for value in values:
    python, native = (raised(v, value) for v in validates)
    explained += python is not None
    if python != native:
        differ.append(["validate", repr(value)[:300], repr([python, native])])
print(json.dumps({{
    "explained": explained,
    "backend": function_return.backend,
    "package": function_return_generated.__file__,
    "compiled": [_module(b).__file__ for b in (False, True)],
    "values": len(values), "valid": valid, "differ": differ[:20],
}}))
"""


def _run(root: Path, code: str, **env: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path, **env},
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a copy of the generated package with its compiled validators."""
    if not (shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")):
        pytest.skip("no C compiler: the native build cannot be made here")
    from codegen.native import MODULES, build

    root = tmp_path_factory.mktemp("native")
    package = root / "function_return_generated"
    shutil.copytree(GENERATED, package, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    written = build(package, package)
    assert [p.name.split(".")[0] for p in written] == list(MODULES)
    return root


def test_the_native_build_is_used_and_agrees_with_the_python_one_everywhere(built: Path) -> None:
    out = _run(built, DIFFERENTIAL.format(tests=str(ROOT / "tests")))
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert found["backend"] == "specialised-native"
    assert found["package"].startswith(str(built))
    assert all(c.startswith(str(built)) and not c.endswith(".py") for c in found["compiled"])
    assert found["values"] > 5000 and 0 < found["valid"] < 2 * found["values"]
    assert 0 < found["explained"] < found["values"]
    assert found["differ"] == []


def test_a_native_build_of_another_version_of_the_py_is_not_used(
    built: Path, tmp_path: Path
) -> None:
    changed = tmp_path / "root"
    shutil.copytree(built, changed)
    source = changed / "function_return_generated" / "validator_specialised.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    code = "import function_return as f; print(f.backend, f.is_valid({'hangup': True}))"
    out = _run(changed, code)
    assert out.stdout.split() == ["specialised", "True"], out.stderr
    out = _run(changed, code, FUNCTION_RETURN_BACKEND="specialised-python")
    assert out.stdout.split() == ["specialised-python", "True"], out.stderr
    out = _run(changed, code, FUNCTION_RETURN_BACKEND="specialised-native")
    assert "the compiled specialised validator is not built" in out.stderr
