"""Generate the contract's types for other languages, and the TypeScript types' npm manifest.

Called by ``codegen.generate`` after the clients, so ``make generate`` writes, and
``make check-generated`` compares, these too:

- ``go/function_return.go``: Go structs (``encoding/json`` only, package ``functionreturn``),
  by quicktype from the schema;
- ``java/dev/functionreturn/contract/*.java``: Java classes (Jackson annotations), by quicktype;
- ``ts/package.json`` and ``ts/README.md``: the TypeScript types as an npm package of types
  (``npm pack`` in ``generated/ts`` builds it).

quicktype comes pinned from ``package.json`` and ``package-lock.json``. Its output is kept as it
writes it but for three things: the first line of each file says what made it; in Go the
``omitempty`` of slice and map fields is dropped, because ``omitempty`` drops an empty slice or
map too (``"keywords": []`` would not come back), while an absent one is nil and encodes as
``null``; in Java ``Converter.toJsonString`` declares ``IOException`` (see ``_java_throws``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "schema" / "function_return.schema.json"
NODE_BIN = ROOT / "node_modules" / ".bin"
GO_PACKAGE = "functionreturn"
JAVA_PACKAGE = "dev.functionreturn.contract"
TS_PACKAGE = "@function-return-contract/types"
_DO_NOT_EDIT = "do not edit: run `make generate`."


def _node_version(package: str) -> str:
    manifest = ROOT / "node_modules" / package / "package.json"
    found: str = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    return found


def _contract_version() -> str:
    schema_id: str = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))["$id"]
    return schema_id.rsplit("/", 2)[-2]


def _quicktype(language: str, target: Path, *options: str) -> None:
    """Run the pinned quicktype on the schema, writing ``target`` (for Java, a file a class)."""
    tool = NODE_BIN / "quicktype"
    if not tool.exists():
        raise SystemExit(f"{tool} is missing: run `make setup` (npm ci) first")
    command = [
        str(tool),
        "--src-lang",
        "schema",
        "--lang",
        language,
        "--top-level",
        "FunctionReturnValue",
        *options,
        "--out",
        str(target),
        str(SCHEMA_FILE),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"quicktype failed ({result.returncode}):\n{result.stdout}{result.stderr}")


def _made_by() -> str:
    return f"from schema/function_return.schema.json by quicktype {_node_version('quicktype')}"


_GO_EMPTY = re.compile(r'^(\t\w+\s+(?:\[\]|map\[)[^`]*`json:"[^",]+),omitempty"`', re.MULTILINE)


def _go(out: Path) -> None:
    """Go structs: quicktype's, with a first line Go tools read as "generated"."""
    target = out / "go" / "function_return.go"
    target.parent.mkdir(parents=True)
    _quicktype("go", target, "--package", GO_PACKAGE)
    text = target.read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    if not first.startswith("// Code generated from JSON Schema using quicktype"):
        raise SystemExit(f"quicktype's Go banner changed: update codegen/languages.py ({first})")
    rest = _GO_EMPTY.sub(r'\1"`', rest)
    header = f"// Code generated {_made_by()} (make generate). DO NOT EDIT."
    target.write_text(header + "\n" + rest, encoding="utf-8")


def _java(out: Path) -> None:
    """Java classes, one file a class, in the folders of their package."""
    folder = out / "java" / Path(*JAVA_PACKAGE.split("."))
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        _quicktype(
            "java",
            Path(tmp) / "FunctionReturnValue.java",
            "--package",
            JAVA_PACKAGE,
            "--array-type",
            "list",
        )
        header = f"// Generated {_made_by()}; {_DO_NOT_EDIT}\n"
        for path in sorted(Path(tmp).glob("*.java")):
            text = path.read_text(encoding="utf-8")
            if path.name == "Converter.java":
                text = _java_throws(text)
            (folder / path.name).write_text(header + text, encoding="utf-8")


_TO_JSON = "public static String toJsonString(FunctionReturnValue obj) throws "


def _java_throws(text: str) -> str:
    """``Converter.toJsonString`` declares ``IOException``, which Jackson may throw.

    Debian's Jackson 2.14 declares ``ObjectWriter.writeValueAsString`` to throw ``IOException``
    as well as ``JsonProcessingException`` (its subclass), so quicktype's narrower ``throws``
    does not compile against it; the wider one compiles against every Jackson 2.
    """
    narrow = _TO_JSON + "JsonProcessingException {"
    if text.count(narrow) != 1:
        raise SystemExit("quicktype's Converter.toJsonString changed: update codegen/languages.py")
    return text.replace(narrow, _TO_JSON + "IOException {")


_TS_README = """<!-- Generated by codegen.languages; {do_not_edit} -->
# {name}

TypeScript types of the function return contract {version} (what an agent function may
return) and of its remote function endpoint. Types only: nothing to run.

```ts
import type {{ FunctionReturnValue }} from "{name}";
import type {{ components, paths }} from "{name}/openapi";

const value: FunctionReturnValue = {{ utterance: "Goodbye!", hangup: true }};
type Body = components["schemas"]["ExecuteResponse"]["body"];
```

`function-return.d.ts` is made by json-schema-to-typescript from the JSON Schema,
`openapi.d.ts` by openapi-typescript from the bundled OpenAPI document. What TypeScript
cannot check (patterns, number ranges, string lengths, "at most one SIP method") is checked by
a validator of the schema at run time.
"""


def _typescript_package(out: Path) -> None:
    """``ts/package.json`` and ``ts/README.md``: the types as an npm package."""
    folder = out / "ts"
    version = _contract_version()
    manifest = {
        "//": f"Generated by codegen.languages; {_DO_NOT_EDIT}",
        "name": TS_PACKAGE,
        "version": version,
        "description": f"TypeScript types of the function return contract {version}.",
        "license": "MIT",
        "type": "module",
        "types": "./function-return.d.ts",
        "exports": {
            ".": {"types": "./function-return.d.ts"},
            "./openapi": {"types": "./openapi.d.ts"},
            "./package.json": "./package.json",
        },
        "files": ["function-return.d.ts", "openapi.d.ts", "README.md"],
        "sideEffects": False,
    }
    (folder / "package.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    readme = _TS_README.format(do_not_edit=_DO_NOT_EDIT, name=TS_PACKAGE, version=version)
    (folder / "README.md").write_text(readme, encoding="utf-8")


def generate_languages(out: Path) -> None:
    """Write ``out``/go, ``out``/java and the npm manifest of ``out``/ts."""
    out = out.resolve()
    for name in ("go", "java"):
        if (out / name).exists():
            shutil.rmtree(out / name)
    _go(out)
    _java(out)
    _typescript_package(out)
