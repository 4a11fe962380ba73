"""The TypedDicts of ``function_return.typed``: mypy flags mistakes in returned dict literals."""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path
from typing import NotRequired

from conftest import ROOT, load_json
from function_return import typed
from function_return_generated import typed as generated

TYPED_SAMPLES = Path("tests") / "samples" / "typed"

MISTAKES = [
    'mistakes.py:7: error: Extra key "utterence" for TypedDict "FunctionReturn"  '
    "[typeddict-unknown-key]",
    'mistakes.py:11: error: Incompatible types (expression has type "str", TypedDict item '
    '"hangup" has type "bool")  [typeddict-item]',
    "mistakes.py:15: error: Incompatible types (expression has type \"Literal['dtmf']\", "
    "TypedDict item \"channel\" has type \"Literal['SPEECH', 'DTMF', 'SPEECH_AND_DTMF']\")  "
    "[typeddict-item]",
    'mistakes.py:19: error: Incompatible types (expression has type "Literal[False]", '
    'TypedDict item "handoff" has type "Literal[True] | Handoff")  [typeddict-item]',
    'mistakes.py:23: error: Missing key "phone_number" for TypedDict "Refer"  [typeddict-item]',
    'mistakes.py:27: error: Extra key "is_enabled" for TypedDict "Interjection"  '
    "[typeddict-unknown-key]",
    'mistakes.py:31: error: Incompatible return value type (got "int", expected '
    '"str | FunctionReturn | None")  [return-value]',
    'mistakes.py:36: error: Incompatible return value type (got "dict[str, str]", expected '
    '"str | FunctionReturn | None")  [return-value]',
]


def test_mypy_reports_exactly_the_planted_mistakes_and_nothing_in_the_seed(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path),
            str(TYPED_SAMPLES / "seed_returns.py"),
            str(TYPED_SAMPLES / "mistakes.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    prefix = str(TYPED_SAMPLES) + "/"
    lines = [line.removeprefix(prefix) for line in result.stdout.splitlines()]
    assert lines == MISTAKES, result.stdout + result.stderr
    assert result.returncode == 1


def test_typed_dicts_have_exactly_the_schema_properties() -> None:
    schema = load_json(ROOT / "schema" / "function_return.schema.json")
    objects = {n: d for n, d in schema["$defs"].items() if "properties" in d}
    assert len(objects) >= 15
    for name, definition in objects.items():
        hints = typing.get_type_hints(getattr(generated, name), include_extras=True)
        assert set(hints) == set(definition["properties"]), name
        required = {k for k, v in hints.items() if typing.get_origin(v) is not NotRequired}
        assert required == set(definition.get("required", [])), name


def test_public_module_exposes_the_return_types() -> None:
    assert typed.FunctionReturnValue == str | typed.FunctionReturn | None
    for name in typed.__all__:
        assert getattr(typed, name) is getattr(generated, name)
