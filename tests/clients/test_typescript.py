"""The generated TypeScript types (generated/ts/), held to the contract by the compiler itself.

`tsc --strict` (TypeScript 5, pinned in package-lock.json, installed by `make setup`) must
accept every example of the platform's page and every frozen valid return, typed as the
generated return type and as the endpoint's `body`; and it must reject the planted mistakes in
`tests/ts/mistakes.ts` with exactly the expected errors. The example client in `examples/ts/`
compiles, and runs against the reference server.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from servers import free_port, running, serve_command

from conftest import ROOT, page_examples
from function_return import validate

NODE_MODULES = ROOT / "node_modules"
TSC = NODE_MODULES / ".bin" / "tsc"
TS_TESTS = ROOT / "tests" / "ts"
GENERATED = ROOT / "generated" / "ts"
EXAMPLE = ROOT / "examples" / "ts"
COMPAT = ROOT / "tests" / "compat"

# What every compile uses: strict, modern ECMAScript modules, Node's types and nothing else.
FLAGS = [
    "--strict",
    "--pretty",
    "false",
    "--target",
    "es2022",
    "--lib",
    "es2022",
    "--types",
    "node",
    "--module",
    "esnext",
    "--moduleResolution",
    "bundler",
]

PAGE_EXAMPLES = page_examples()


def tsc(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the pinned TypeScript compiler from the repository's root."""
    assert TSC.exists(), f"{TSC} is missing: run `make setup` (npm ci)"
    return subprocess.run(
        [str(TSC), *FLAGS, *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def node(script: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a JavaScript module with Node."""
    return subprocess.run(
        ["node", str(script), *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page's examples and the example client, compiled strictly to JavaScript modules."""
    out = tmp_path_factory.mktemp("ts-build")
    sources = [TS_TESTS / "page_examples.ts", EXAMPLE / "client.ts", EXAMPLE / "main.ts"]
    result = tsc("--rootDir", str(ROOT), "--outDir", str(out), *map(str, sources))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    (out / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    (out / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    return out


def _frozen_returns() -> list[str]:
    """Every line of every frozen set of valid returns (tests/compat/)."""
    lines: list[str] = []
    for path in sorted(COMPAT.glob("*.jsonl")):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    return lines


def _frozen_source(folder: Path) -> Path:
    """A TypeScript file typing every frozen return as the return type and as the `body`."""
    values = _frozen_returns()
    assert len(values) > 500
    generated = os.path.relpath(GENERATED, folder)
    source = [
        f'import type {{ FunctionReturnValue }} from "{generated}/function-return.js";',
        f'import type {{ components }} from "{generated}/openapi.js";',
        'type Body = components["schemas"]["ExecuteResponse"]["body"];',
        "export const values: FunctionReturnValue[] = [",
        *(f"  {line}," for line in values),
        "];",
        "export const bodies: Body[] = [",
        *(f"  {line}," for line in values),
        "];",
    ]
    path = folder / "frozen.ts"
    path.write_text("\n".join(source) + "\n", encoding="utf-8")
    return path


@dataclass
class Diagnostics:
    """One `tsc --strict --noEmit` run over the files that must compile."""

    returncode: int
    lines: list[str]
    frozen: Path

    def of(self, path: Path) -> list[str]:
        """The diagnostics of one file."""
        name = os.path.relpath(path, ROOT)
        return [line for line in self.lines if line.startswith(f"{name}(")]


@pytest.fixture(scope="module")
def strict_check(tmp_path_factory: pytest.TempPathFactory) -> Diagnostics:
    """Type-check the page's examples, the frozen returns and the example client at once."""
    frozen = _frozen_source(tmp_path_factory.mktemp("ts-frozen"))
    sources = [TS_TESTS / "page_examples.ts", frozen, EXAMPLE / "client.ts", EXAMPLE / "main.ts"]
    result = tsc("--noEmit", *map(str, sources))
    assert result.stderr == ""
    return Diagnostics(result.returncode, (result.stdout + result.stderr).splitlines(), frozen)


def test_generated_files_say_what_made_them_on_their_first_line() -> None:
    files = sorted(GENERATED.glob("*.d.ts"))
    assert [p.name for p in files] == ["function-return.d.ts", "openapi.d.ts"]
    first = {p.name: p.read_text(encoding="utf-8").splitlines()[0] for p in files}
    assert first["function-return.d.ts"] == (
        "// Generated from schema/function_return.schema.json by json-schema-to-typescript "
        "16.0.0; do not edit: run `make generate`."
    )
    assert first["openapi.d.ts"] == (
        "// Generated from generated/openapi.bundled.json by openapi-typescript 7.13.0; "
        "do not edit: run `make generate`."
    )


def test_the_lock_file_pins_typescript_5_and_the_generators() -> None:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    manifest = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    for name, pinned in manifest["devDependencies"].items():
        assert lock[f"node_modules/{name}"]["version"] == pinned, name
    assert lock["node_modules/typescript"]["version"].startswith("5.")


def test_every_page_example_compiles_as_a_typed_value(strict_check: Diagnostics) -> None:
    assert strict_check.returncode == 0, strict_check.lines
    assert strict_check.of(TS_TESTS / "page_examples.ts") == []


def test_the_typed_examples_are_the_page_examples(built: Path) -> None:
    script = built / "print_examples.js"
    script.write_text(
        'import { examples } from "./tests/ts/page_examples.js";\n'
        "console.log(JSON.stringify(examples));\n",
        encoding="utf-8",
    )
    result = node(script, cwd=built)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == PAGE_EXAMPLES


def test_the_planted_mistakes_fail_with_exactly_their_errors() -> None:
    result = tsc("--noEmit", str(TS_TESTS / "mistakes.ts"))
    assert result.returncode == 2
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "tests/ts/mistakes.ts(5,48): error TS2561: Object literal may only specify known "
        "properties, but 'utterence' does not exist in type 'FunctionReturn'. Did you mean to "
        "write 'utterance'?",
        "tests/ts/mistakes.ts(7,66): error TS2820: Type '\"speech\"' is not assignable to type "
        '\'"SPEECH" | "DTMF" | "SPEECH_AND_DTMF" | undefined\'. Did you mean \'"SPEECH"\'?',
        "tests/ts/mistakes.ts(9,54): error TS2322: Type 'string' is not assignable to type "
        "'boolean | undefined'.",
    ]


def test_every_frozen_valid_return_type_checks_as_both_generated_types(
    strict_check: Diagnostics,
) -> None:
    assert strict_check.returncode == 0, strict_check.lines
    assert strict_check.of(strict_check.frozen) == []


def test_the_example_client_compiles_strictly(strict_check: Diagnostics) -> None:
    assert strict_check.returncode == 0, strict_check.lines
    assert strict_check.of(EXAMPLE / "client.ts") + strict_check.of(EXAMPLE / "main.ts") == []


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    with running(serve_command(port, "--log-level", "warning"), port) as url:
        yield url


def test_the_example_client_lists_the_functions(built: Path, server: str) -> None:
    result = node(built / "examples" / "ts" / "main.js", server, cwd=built)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(list((ROOT / "examples" / "functions").glob("*.py")))
    assert "transfer_to_specialist(department: string, priority: boolean?)" in lines


def test_the_example_client_executes_a_function_and_gets_a_valid_body(
    built: Path, server: str
) -> None:
    args = json.dumps({"department": "billing"})
    result = node(
        built / "examples" / "ts" / "main.js", server, "transfer_to_specialist", args, cwd=built
    )
    assert result.returncode == 0, result.stderr
    summary, body = result.stdout.splitlines()
    assert summary == (
        'say "Let me transfer you to a specialist who can help with that.", '
        "then hand off to CALL_CENTER (REFER 12345)"
    )
    value: Any = json.loads(body)
    validate(value)
    assert value["handoff"]["refer"]["sip_headers"] == {"X-Department": "billing"}


def test_the_example_client_reports_a_problem_and_exits_1(built: Path, server: str) -> None:
    result = node(
        built / "examples" / "ts" / "main.js", server, "transfer_to_specialist", cwd=built
    )
    assert result.returncode == 1
    assert result.stderr == (
        '422 Unprocessable Content: /args/department: missing required argument "department" '
        "(string)\n"
    )
