"""``function-return schema``: the schema and the OpenAPI document, byte for byte."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SCHEMA_FILE
from function_return import CONTRACT_VERSION
from function_return.cli import build_parser, run
from function_return.cli.schema import run as run_schema

CLI = Path(sys.executable).with_name("function-return")


def _printed(*argv: str) -> tuple[int, bytes]:
    args = build_parser().parse_args(["schema", *argv])
    out = io.BytesIO()
    code = run_schema(args, out)
    return code, out.getvalue()


@pytest.mark.parametrize(
    ("argv", "source"),
    [
        ((), SCHEMA_FILE),
        (("--openapi",), ROOT / "schema" / "openapi.yaml"),
        (("--openapi", "--bundled"), ROOT / "generated" / "openapi.bundled.json"),
        (("--bundled",), ROOT / "generated" / "openapi.bundled.json"),
        (("--agent-config",), ROOT / "schema" / "agent_config.schema.json"),
        (("--effects",), ROOT / "schema" / "effects.schema.json"),
    ],
)
def test_each_option_prints_its_file_byte_for_byte(argv: tuple[str, ...], source: Path) -> None:
    assert _printed(*argv) == (0, source.read_bytes())


def test_the_console_script_prints_the_schema_with_the_contract_version() -> None:
    result = subprocess.run([str(CLI), "schema"], capture_output=True, timeout=30, check=True)
    assert result.stdout == SCHEMA_FILE.read_bytes()
    assert f"/{CONTRACT_VERSION}/" in json.loads(result.stdout)["$id"]


def test_agent_config_with_openapi_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["schema", "--agent-config", "--openapi"]) == 2
    assert capsys.readouterr().err == (
        "function-return schema: --agent-config prints a schema, not the OpenAPI document; "
        "use it without --openapi and --bundled\n"
    )


def test_an_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["schema", "--yaml"]) == 2
    assert "unrecognized arguments: --yaml" in capsys.readouterr().err


def test_effects_with_openapi_or_agent_config_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["schema", "--effects", "--bundled"]) == 2
    assert "--effects prints a schema, not the OpenAPI document" in capsys.readouterr().err
    assert run(["schema", "--effects", "--agent-config"]) == 2
    assert "choose one of --agent-config and --effects" in capsys.readouterr().err
