"""Regenerate everything in ``generated/`` from ``schema/``.

Run as ``python -m function_return._generate [--out DIR]`` (``make generate``). The output
depends only on the schema and the pinned generator versions, so ``make check-generated`` can
regenerate into a temporary folder and compare byte for byte.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

from function_return._schema import lenient_schema

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "schema" / "function_return.schema.json"
PACKAGE = "function_return_generated"


def _header(tool: str) -> str:
    return (
        f"# Generated from schema/function_return.schema.json by {tool}; "
        "do not edit: run `make generate`.\n"
    )


def _object_branch(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema of the object branch alone: the runtime dispatches on the root type first."""
    return {
        "$schema": schema["$schema"],
        "$id": schema["$id"],
        "$ref": "#/$defs/FunctionReturn",
        "$defs": schema["$defs"],
    }


def _fast_validator(schema: dict[str, Any]) -> str:
    import fastjsonschema

    code = fastjsonschema.compile_to_code(_object_branch(schema), use_default=False)
    entry = re.search(r"^def (\w+)\(data", code, re.MULTILINE)
    assert entry, "fastjsonschema output has no entry function"
    alias = f"\n\nvalidate = {entry.group(1)}\n"
    return _header(f"fastjsonschema {version('fastjsonschema')}") + code + alias


def _models() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "models.py"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(SCHEMA_FILE),
                "--output",
                str(out),
                "--class-name",
                "FunctionReturnValue",
            ],
            cwd=ROOT,
            check=True,
        )
        code = out.read_text(encoding="utf-8")
    tool = f"datamodel-code-generator {version('datamodel-code-generator')}"
    return _header(tool) + code


_INIT = '''"""Generated from ``schema/``: the dataclasses, the fast validators, the schema text.

Nothing here is edited by hand; ``make generate`` rewrites it and ``make check-generated``
fails when it differs from what the schema gives.
"""
'''


def generate(out: Path) -> None:
    """Write the generated package into ``out``/function_return_generated."""
    schema_text = SCHEMA_FILE.read_text(encoding="utf-8")
    schema = json.loads(schema_text)
    package = out / PACKAGE
    if package.exists():
        shutil.rmtree(package)
    package.mkdir(parents=True)
    files = {
        "__init__.py": _header("function_return._generate") + _INIT,
        "models.py": _models(),
        "validator_strict.py": _fast_validator(schema),
        "validator_lenient.py": _fast_validator(lenient_schema(schema)),
        "schema.py": _header("function_return._generate")
        + '"""The exact text of the schema file."""\n\n'
        + f"SCHEMA_TEXT = {schema_text!r}\n",
    }
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")


def main() -> None:
    """Parse the command line and regenerate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    generate(parser.parse_args().out)


if __name__ == "__main__":
    main()
