"""The fast-path backend: which one is used, how to pick another, and what importing costs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import function_return
from function_return.core.validate import BACKENDS, checker, native_built


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )


NATIVE = native_built() and native_built(lenient=True)


def test_the_default_backend_is_the_specialised_validator() -> None:
    out = _python("import function_return; print(function_return.backend)")
    assert out.stdout.strip() == ("specialised-native" if NATIVE else "specialised"), out.stderr


def test_an_environment_variable_picks_each_backend_and_is_valid_uses_it() -> None:
    code = (
        "import function_return as f\n"
        "print(f.backend, f.is_valid({'utterance': 'hi'}), f.is_valid({'hangup': 1}))\n"
    )
    for name in BACKENDS:
        out = _python(code, FUNCTION_RETURN_BACKEND=name)
        if name == "specialised-native" and not NATIVE:
            assert "the compiled specialised validator is not built" in out.stderr
            continue
        shown = "specialised-native" if name == "specialised" and NATIVE else name
        assert out.stdout.split() == [shown, "True", "False"], out.stderr


def test_an_unknown_backend_name_fails_the_import_with_the_names_to_choose_from() -> None:
    out = _python("import function_return", FUNCTION_RETURN_BACKEND="fast")
    assert out.returncode == 1
    assert "FUNCTION_RETURN_BACKEND='fast' is not a backend" in out.stderr
    assert "specialised, specialised-python, specialised-native, fastjsonschema" in out.stderr


def test_checker_rejects_an_unknown_name() -> None:
    with pytest.raises(ValueError, match="unknown backend 'nope'"):
        checker("nope")


def test_importing_the_package_loads_only_the_strict_specialised_validator() -> None:
    code = (
        "import sys, function_return\n"
        "function_return.is_valid({'utterance': 'hi', 'hangup': True})\n"
        "names = ('fastjsonschema', 'jsonschema_rs', 're', 'jsonschema',\n"
        "         'function_return_generated.validator_strict',\n"
        "         'function_return_generated.validator_specialised_lenient')\n"
        "print(sorted(n for n in names if n in sys.modules and n != 're'))\n"
    )
    out = _python(code)
    assert out.stdout.strip() == "[]", out.stderr


def test_lenient_checks_load_on_first_use() -> None:
    code = (
        "import sys, function_return\n"
        "print(function_return.is_valid({'future': [1]}, lenient=True))\n"
        "print('function_return_generated.validator_specialised_lenient' in sys.modules)\n"
    )
    assert _python(code).stdout.split() == ["True", "True"]


def test_validate_and_is_valid_use_the_same_check() -> None:
    value = {"utterance": "One moment.", "listen": {"asr": {"timeout": float("nan")}}}
    assert function_return.is_valid(value) is False
    with pytest.raises(function_return.ReturnValidationError) as raised:
        function_return.validate(value)
    assert [(e.path, e.keyword) for e in raised.value.errors] == [("/listen/asr/timeout", "json")]
