"""Regenerate everything in ``generated/`` from ``schema/``.

Run as ``python -m codegen [--out DIR]`` (``make generate``). The output
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
from importlib.machinery import EXTENSION_SUFFIXES
from importlib.metadata import version
from pathlib import Path
from typing import Any

from function_return.core.schema import lenient_schema

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "schema" / "function_return.schema.json"
PACKAGE = "function_return_generated"
OPENAPI_FILE = ROOT / "schema" / "openapi.yaml"
EFFECTS_FILE = ROOT / "schema" / "effects.schema.json"
BUNDLE = "openapi.bundled.json"


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


def _effects_validator(effects: dict[str, Any]) -> str:
    """fastjsonschema's validator of the effects' schema (the fast path of ``validate_effects``)."""
    import fastjsonschema

    code = fastjsonschema.compile_to_code(effects, use_default=False)
    entry = re.search(r"^def (\w+)\(data", code, re.MULTILINE)
    assert entry, "fastjsonschema output has no entry function"
    header = (
        "# Generated from schema/effects.schema.json by "
        f"fastjsonschema {version('fastjsonschema')}; do not edit: run `make generate`.\n"
    )
    return header + code + f"\n\nvalidate = {entry.group(1)}\n"


def _specialised(schema: dict[str, Any], *, whole: bool = False) -> str:
    """The validator compiled from ``schema`` by ``codegen.compile`` (with ``whole``, the
    whole check too: ``function_return.is_valid``)."""
    from codegen.compile import compile_module

    module = compile_module({"is_valid": schema}, {"is_valid": "whole"} if whole else None)
    return _header("codegen.compile") + module


def _explainer(schema: dict[str, Any]) -> str:
    """The explainer compiled from ``schema`` by ``codegen.explain``."""
    from codegen.explain import explain_module

    return _header("codegen.explain") + explain_module(schema)


def _datamodel(*options: str) -> str:
    """Run datamodel-code-generator on the schema (settings in pyproject.toml, plus ``options``)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.py"
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
                *options,
            ],
            cwd=ROOT,
            check=True,
        )
        code = out.read_text(encoding="utf-8")
    tool = f"datamodel-code-generator {version('datamodel-code-generator')}"
    return _header(tool) + code


def _models() -> str:
    return _datamodel()


def _typed_dicts() -> str:
    """TypedDicts of the contract for type checkers (public as ``function_return.typed``)."""
    return _datamodel("--output-model-type", "typing.TypedDict")


_SCHEMA_REF = "function_return.schema.json"
_CONFIG_REF = "agent_config.schema.json"
_EFFECTS_REF = "effects.schema.json"
_BUNDLE_NOTE = (
    "Generated from schema/openapi.yaml, schema/function_return.schema.json, "
    "schema/effects.schema.json and schema/agent_config.schema.json by codegen.generate; "
    "do not edit: run `make generate`."
)
_INLINED = {_SCHEMA_REF: "FunctionReturnValue", _EFFECTS_REF: "Effects", _CONFIG_REF: "AgentConfig"}
"""Each schema file the OpenAPI document refers to, and the component its root becomes."""


def _root(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema file's root, less what only a file has (``$schema``, ``$id``, ``$defs``)."""
    return {k: v for k, v in schema.items() if k not in ("$schema", "$id", "$defs")}


def _openapi_bundle(schema: dict[str, Any]) -> str:
    """The OpenAPI document as one JSON file, the contract's schema inlined, not copied by hand.

    The schema's root becomes ``components/schemas/FunctionReturnValue`` and each of its
    ``$defs`` a component of its own; ``$ref``s to the schema file and within it are rewritten
    to point there. The effects' schema and the agent configuration's are inlined the same
    way, as ``Effects`` and ``AgentConfig``.
    """
    import yaml

    document = yaml.safe_load(OPENAPI_FILE.read_text(encoding="utf-8"))
    components = document["components"]["schemas"]
    inlined: list[tuple[str, Any]] = []
    for ref, root_name in _INLINED.items():
        loaded = json.loads((ROOT / "schema" / ref).read_text(encoding="utf-8"))
        inlined += [(root_name, _root(loaded)), *loaded["$defs"].items()]
    for name, definition in inlined:
        if name in components:
            raise SystemExit(f"schema/openapi.yaml: component {name!r} clashes with the schema")
        components[name] = definition

    def rewrite(node: Any) -> Any:
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        if not isinstance(node, dict):
            return node
        result = {key: rewrite(value) for key, value in node.items()}
        ref = result.get("$ref")
        if isinstance(ref, str):
            if ref in _INLINED:
                result["$ref"] = "#/components/schemas/" + _INLINED[ref]
            elif ref.startswith((*(f"{name}#/$defs/" for name in _INLINED), "#/$defs/")):
                result["$ref"] = "#/components/schemas/" + ref.rsplit("/", 1)[1]
        return result

    bundled = {"openapi": document["openapi"], "x-generated": _BUNDLE_NOTE}
    bundled.update(rewrite(document))
    return json.dumps(bundled, indent=2, ensure_ascii=False) + "\n"


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
        "__init__.py": _header("codegen.generate") + _INIT,
        "py.typed": _header("codegen.generate"),  # PEP 561: the package is typed
        "models.py": _models(),
        "validator_strict.py": _fast_validator(schema),
        "validator_lenient.py": _fast_validator(lenient_schema(schema)),
        "validator_specialised.py": _specialised(schema, whole=True),
        "validator_specialised_lenient.py": _specialised(lenient_schema(schema)),
        "explain.py": _explainer(schema),
        "explain_lenient.py": _explainer(lenient_schema(schema)),
        "schema.py": _header("codegen.generate")
        + '"""The exact text of the schema file."""\n\n'
        + f"SCHEMA_TEXT = {schema_text!r}\n",
    }
    files["typed.py"] = _typed_dicts()
    config_text = (ROOT / "schema" / "agent_config.schema.json").read_text(encoding="utf-8")
    files["agent_config_schema.py"] = (
        "# Generated from schema/agent_config.schema.json by codegen.generate; "
        "do not edit: run `make generate`.\n"
        + '"""The exact text of the agent configuration\'s schema file."""\n\n'
        + f"SCHEMA_TEXT = {config_text!r}\n"
    )
    effects_text = EFFECTS_FILE.read_text(encoding="utf-8")
    files["effects_schema.py"] = (
        "# Generated from schema/effects.schema.json by codegen.generate; "
        "do not edit: run `make generate`.\n"
        + '"""The exact text of the effects\' schema file."""\n\n'
        + f"SCHEMA_TEXT = {effects_text!r}\n"
    )
    files["validator_effects.py"] = _effects_validator(json.loads(effects_text))
    bundle = _openapi_bundle(schema)
    files["openapi.py"] = (
        f"# {_BUNDLE_NOTE}\n"
        + f'"""The exact bytes of ``generated/{BUNDLE}`` (served at ``/openapi.json``), and the\n'
        + '``schema/openapi.yaml`` it was made from (printed by ``function-return schema``)."""\n\n'
        + f"OPENAPI_BUNDLED = {bundle.encode('utf-8')!r}\n"
        + f"OPENAPI_YAML = {OPENAPI_FILE.read_text(encoding='utf-8')!r}\n"
    )
    (out / BUNDLE).write_bytes(bundle.encode("utf-8"))
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    from codegen.clients import generate_clients

    generate_clients(out)  # TypeScript types and the Python client, from the bundle just written
    from codegen.languages import generate_languages

    generate_languages(out)  # Go and Java types, and the TypeScript types' npm manifest


NATIVE = tuple(EXTENSION_SUFFIXES)
"""The file endings of compiled modules (``make native``): never compared by the drift check."""

IGNORED = frozenset({"__pycache__"})
"""Names never compared by the drift check (besides the metadata installing the client leaves)."""


def differences(fresh: Path, committed: Path) -> list[str]:
    """The files that differ between two trees of generated output, missing ones included."""

    def files(root: Path) -> dict[str, bytes]:
        found = {}
        for path in sorted(root.rglob("*")):
            parts = path.relative_to(root).parts
            if path.name.endswith(NATIVE):  # ``make native``'s build, never committed
                continue
            if path.is_file() and not any(p in IGNORED or p.endswith(".egg-info") for p in parts):
                found["/".join(parts)] = path.read_bytes()
        return found

    new, old = files(fresh), files(committed)
    return sorted(name for name in new.keys() | old.keys() if new.get(name) != old.get(name))


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and regenerate (or, with ``--check``, compare); return 0 or 1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail when --out differs from it",
    )
    args = parser.parse_args(argv)
    if not args.check:
        generate(args.out)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp))
        changed = differences(Path(tmp), args.out)
    for name in changed:
        print(f"generated/{name} differs from what schema/ gives", file=sys.stderr)
    if changed:
        print("run `make generate` and commit the result", file=sys.stderr)
        return 1
    print("generated/ is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
