"""Shared test helpers: where things are, and the case files."""

from __future__ import annotations

import ast
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "schema" / "function_return.schema.json"
CASES = ROOT / "tests" / "cases"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def load_json(path: Path) -> Any:
    """Read a JSON file."""
    return json.loads(path.read_text(encoding="utf-8"))


def case_files() -> list[Path]:
    """Every case file (not the meta-schema)."""
    return sorted(p for p in CASES.glob("*.json") if not p.name.endswith(".schema.json"))


def iter_cases() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """Every test of every case file, as (id, group, test)."""
    found = []
    for path in case_files():
        for group in load_json(path):
            for test in group["tests"]:
                found.append(
                    (f"{path.stem}: {group['description']}: {test['description']}", group, test)
                )
    return found


def corpus(name: str) -> list[dict[str, Any]]:
    """The records of one corpus file."""
    lines = (CORPUS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def run_cli(
    args: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None
) -> tuple[int, str, str]:
    """Run ``function-return ARGS`` in process; return the exit code, stdout and stderr."""
    from function_return.cli import run

    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        code = run(args)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


PAGE = (SHARED / "spec" / "return-values.txt").read_text(encoding="utf-8")


def page_examples() -> list[Any]:
    """The value of every ``return ...`` on the page, read as Python literals."""
    found = []
    for match in re.finditer(r"^return (\{.*?^\}|\".*?\")$", PAGE, re.MULTILINE | re.DOTALL):
        found.append(ast.literal_eval(match.group(1)))
    return found
