"""Every pattern in schema/ reads the same in ECMA-262 and in Python's ``re``.

JSON Schema patterns are ECMA-262 regular expressions, and this package matches them with
Python's ``re`` (``$`` read as the end of the string, see ``python_pattern``). The two agree on
a small common part only; a pattern written outside it judges differently in a JavaScript
validator (``\\s`` differs on U+001C-U+001F, U+0085 and U+FEFF; ``.`` on U+000D, U+2028 and
U+2029; ``$`` on a final newline...). So:

- an allow-list: each pattern is made only of literal characters, escaped syntax characters,
  ``\\uXXXX`` escapes, character classes of those, groups ``(...)``, ``(?:...)``, lookaheads,
  alternation, quantifiers ``? * + {n} {n,} {n,m}``, ``^`` first and ``$`` last;
- a sweep: every code point from U+0000 to U+3000 (and U+FEFF), alone and put before, inside,
  after and in place of a character of strings each pattern accepts, gives the same verdict in
  Node (with and without the ``u`` flag) and in Python.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT
from function_return.core.schema import python_pattern

SCRIPT = ROOT / "tests" / "js" / "pattern_sweep.mjs"
CODES = [*range(0x3001), 0xFEFF]
"""The code points swept: U+0000 to U+3000, and U+FEFF (whitespace in ECMA-262 only)."""
SCHEMA_FILES = (
    "function_return.schema.json",
    "effects.schema.json",
    "agent_config.schema.json",
    "openapi.yaml",
)

# Strings that some pattern accepts: each pattern is swept around every one it accepts.
CARRIERS = [
    "12#", "+4415", "*0", "sip:agent@example.com", "sips:a", "tel:+1-555", "zendesk_integration",
    "live_chat2_integration", "X-Custom-Header", "1.5s", "7s", "60s", "0.5s", "5s", "0.25s",
    "agent-1", "main", "transfer_to_specialist", "FR101", "v1.2_x", "bookings.get_booking",
]  # fmt: skip

SYNTAX = set("^$\\.*+?()[]{}|/-")
QUANTIFIER = re.compile(r"\{[0-9]+(,[0-9]*)?\}")


def schema_patterns() -> dict[str, str]:
    """Every ``pattern`` of the files in schema/, by file and location."""
    found: dict[str, str] = {}

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "pattern" and isinstance(value, str):
                    found[f"{where}/pattern"] = value
                else:
                    walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    for name in SCHEMA_FILES:
        text = (ROOT / "schema" / name).read_text(encoding="utf-8")
        walk(yaml.safe_load(text) if name.endswith(".yaml") else json.loads(text), name + "#")
    return found


PATTERNS = schema_patterns()


def unportable(pattern: str) -> list[str]:
    """The parts of ``pattern`` outside what ECMA-262 and Python's ``re`` read alike."""
    problems = []
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escape = pattern[index + 1 : index + 2]
            if escape == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", pattern[index + 2 : index + 6]):
                index += 6
                continue
            if escape not in SYNTAX:
                problems.append(f"\\{escape} at {index}")
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
            elif char == "[":
                problems.append(f"[ inside a class at {index}")
            index += 1
            continue
        if char == "[":
            in_class = True
            index += 2 if pattern[index + 1 : index + 2] == "^" else 1
            continue
        if char == ".":
            problems.append(f". at {index} (ECMA-262 excludes U+000D, U+2028, U+2029)")
        elif char == "^" and index != 0:
            problems.append(f"^ at {index}, not first")
        elif char == "$" and index != len(pattern) - 1:
            problems.append(f"$ at {index}, not last")
        elif char == "(" and pattern[index + 1 : index + 2] == "?":
            if pattern[index + 2 : index + 3] not in (":", "=", "!"):
                problems.append(f"{pattern[index : index + 4]} at {index}")
        elif char == "{" and not QUANTIFIER.match(pattern, index):
            problems.append(f"{{ at {index}, not a quantifier {{n}}, {{n,}} or {{n,m}}")
        index += 1
    if in_class:
        problems.append("an unclosed class")
    return problems


def test_the_schema_files_have_patterns_to_check() -> None:
    assert len(PATTERNS) >= 10
    assert any("PhoneNumber" in where for where in PATTERNS)


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_every_pattern_uses_only_what_both_engines_read_alike(where: str) -> None:
    assert unportable(PATTERNS[where]) == []


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        (r"^[^\s]+$", r"\s at 3"),
        (r"^\d+$", r"\d at 1"),
        (r"^\w$", r"\w at 1"),
        (r"^a.b$", ". at 2"),
        (r"^a$|^b$", "$ at 2, not last"),
        (r"^(?i)a$", "(?i) at 1"),
        (r"^a{,3}$", "{ at 2"),
        (r"^[[a]]$", "[ inside a class at 2"),
        (r"^\Z", r"\Z at 1"),
    ],
)
def test_the_allow_list_names_what_it_refuses(pattern: str, problem: str) -> None:
    found = unportable(pattern)
    assert found and found[0].startswith(problem), found


def _probes(carrier: str, c: str) -> list[str]:
    """As ``probes`` in pattern_sweep.mjs."""
    middle = len(carrier) // 2
    return [
        c,
        c + carrier,
        carrier[:middle] + c + carrier[middle:],
        carrier + c,
        carrier[:middle] + c + carrier[middle + 1 :],
    ]


def _python_bits(pattern: str, carrier: str) -> str:
    search = re.compile(python_pattern(pattern)).search
    return "".join(
        "1" if search(probe) else "0" for code in CODES for probe in _probes(carrier, chr(code))
    )


def _carriers(pattern: str) -> list[str]:
    search = re.compile(python_pattern(pattern)).search
    return [c for c in CARRIERS if search(c)]


def _first_difference(pattern: str, carrier: str, ours: str, theirs: str) -> str:
    at = next(i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b)
    code, probe = divmod(at, 5)
    text = _probes(carrier, chr(CODES[code]))[probe]
    return f"{pattern!r} on {text!r}: python {ours[at]}, node {theirs[at]}"


def test_every_code_point_up_to_u3000_gets_the_same_verdict_in_node_and_python(
    tmp_path: Path,
) -> None:
    patterns = sorted(set(PATTERNS.values()))
    request = [{"pattern": p, "carriers": _carriers(p)} for p in patterns]
    missing = [r["pattern"] for r in request if not r["carriers"]]
    assert missing == [], "add a string these patterns accept to CARRIERS"
    path = tmp_path / "request.json"
    path.write_text(json.dumps({"patterns": request, "codes": CODES}), encoding="utf-8")
    result = subprocess.run(
        ["node", str(SCRIPT), str(path)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    differences = []
    swept = 0
    for index, item in enumerate(request):
        for number, carrier in enumerate(item["carriers"]):
            ours = _python_bits(item["pattern"], carrier)
            swept += len(ours)
            for flag in ("u", "plain"):
                theirs = answer[flag][index][number]
                if theirs != ours:
                    differences.append(
                        f"{flag}: " + _first_difference(item["pattern"], carrier, ours, theirs)
                    )
    assert differences == []
    assert swept > 1_000_000
