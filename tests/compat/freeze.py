"""Freeze the valid returns of a contract release into ``tests/compat/VERSION.jsonl``.

Run once per release, for the version being released (``function_return.CONTRACT_VERSION``):

    .venv/bin/python tests/compat/freeze.py 1.1.0

It collects every return the contract accepts from the case files' valid data (strict groups
only), the platform page's examples (the schema's ``examples``), the literal corpus records and
``examples/returns/``; drops duplicates, keeps first-seen order, and writes one JSON value a line.
A frozen file is never rewritten: ``tests/core/test_compat.py`` pins its hash and fails when a later
contract rejects any line of a file of the same major version.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS_FILES = ("doc_example_returns", "real_returns", "real_returns_other")


def _case_values() -> list[Any]:
    values = []
    for path in sorted((ROOT / "tests" / "cases").glob("*.json")):
        if path.name.endswith(".schema.json"):
            continue
        for group in json.loads(path.read_text(encoding="utf-8")):
            if group.get("lenient", False):
                continue
            values += [test["data"] for test in group["tests"] if test["valid"]]
    return values


def _schema_examples() -> list[Any]:
    schema = json.loads((ROOT / "schema" / "function_return.schema.json").read_text("utf-8"))
    examples: list[Any] = schema["examples"]
    return examples


def _corpus_values() -> list[Any]:
    values = []
    for name in CORPUS_FILES:
        for line in (SHARED / "corpus" / f"{name}.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("literal"):
                    values.append(record["value"])
    return values


def _example_files() -> list[Any]:
    folder = ROOT / "examples" / "returns"
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def collect() -> list[Any]:
    """Every distinct value of the sources that the contract accepts now, in first-seen order."""
    from function_return import is_valid

    seen: set[str] = set()
    found = []
    for value in _schema_examples() + _case_values() + _example_files() + _corpus_values():
        key = json.dumps(value, sort_keys=True)
        if key not in seen and is_valid(value):
            seen.add(key)
            found.append(value)
    return found


def main(argv: list[str]) -> int:
    """Write the frozen set of ``argv[0]``; refuse to overwrite one."""
    if len(argv) != 1:
        print("usage: freeze.py VERSION", file=sys.stderr)
        return 2
    target = ROOT / "tests" / "compat" / f"{argv[0]}.jsonl"
    if target.exists():
        print(f"{target} exists: a released set is frozen", file=sys.stderr)
        return 2
    lines = [json.dumps(value, ensure_ascii=False) + "\n" for value in collect()]
    target.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {len(lines)} returns to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
