"""ajv 8 (JavaScript, strict mode) as a second judge: it compiles the contract without a complaint
and gives this package's verdict on every value the project holds and on thousands of mutants.

ajv and ajv-formats are pinned in package.json (``make setup`` installs them). Node runs once per
test with every value in one file: ``tests/js/ajv_judge.mjs`` compiles the schema file, its
lenient form and every component schema of the bundled OpenAPI document, first collecting every
strict-mode complaint, then with ``strict: true``, and prints its verdicts.
"""

from __future__ import annotations

import copy
import json
import random
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from known_values import canonical, judged_values, valid_values
from strategies import _places, mutants

from conftest import ROOT, SCHEMA_FILE, load_json
from function_return import is_valid
from function_return.core.effects import effects_valid
from function_return.core.schema import lenient_schema

SCRIPT = ROOT / "tests" / "js" / "ajv_judge.mjs"
EFFECTS_FILE = ROOT / "schema" / "effects.schema.json"
EFFECT_CASES = ROOT / "tests" / "effect_cases"
BUNDLE = ROOT / "generated" / "openapi.bundled.json"
HYPOTHESIS_MUTANTS = 600
"""How many mutants ``strategies.mutants`` draws (hypothesis is slow: a few per millisecond)."""
SEEDED_MUTANTS = 6000
"""How many single changes of the known valid values a seeded generator picks."""

pytestmark = pytest.mark.skipif(
    not (ROOT / "node_modules" / "ajv").exists(), reason="ajv is missing: run `make setup`"
)


def _json_form(value: Any) -> Any | None:
    """The value as JSON gives it to JavaScript (tuples become arrays), or None without one."""
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError):
        return None


def hypothesis_mutants(count: int = HYPOTHESIS_MUTANTS) -> list[Any]:
    """Valid returns drawn by ``strategies.mutants`` and broken in one place, with a fixed seed."""
    drawn: list[Any] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(mutants())
    def collect(mutant: Any) -> None:
        drawn.append(mutant.value)

    collect()
    return drawn


_OTHER_TYPES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    7,
    2.5,
    "",
    "x",
    "SPEECH",
    [],
    ["x"],
    {},
    {"x": 1},
]
_NUMBERS: list[Any] = [
    -1,
    -0.5,
    0,
    0.25,
    0.5,
    1,
    5.000001,
    20,
    21,
    32,
    33,
    60,
    60.5,
    61,
    1e300,
    -(10**30),
    10**400,
]
_STRINGS = [
    "", " ", "x" * 3000, "-1s", "0s", "61s", "60.0000000001s", "0.4s", "5.1s", "1.5s", "12#\n",
    "FR1", "Zendesk_integration", "a_integration", "X Header",
    *(f"sip:a{c}b" for c in "\t\x1c\x1f\x85\xa0\u1680\u2028\u202f\u3000\ufeff\u200b"),
]  # fmt: skip


def _variants(key: str) -> list[str]:
    """Misspellings of a key, as ``strategies`` makes them."""
    return [key + key[-1:], key[:-1], key[1:2] + key[:1] + key[2:], key.upper(), key + "_"]


def _crossed(item: Any) -> list[Any]:
    """Values just past (or far past) the bounds that apply to ``item``'s kind."""
    if isinstance(item, bool):
        return [int(item), str(item).lower()]
    if isinstance(item, int | float):
        return _NUMBERS
    if isinstance(item, str):
        return [*_STRINGS, item + "\n", item + " ", item.upper()]
    if isinstance(item, list):
        return [[*item, *item], [""], [None]]
    if isinstance(item, dict):
        return [{**item, "": None}, {**item, "x": 1}]
    return [0, "x", {}]  # null, in free-form data


def seeded_mutants(bases: list[Any], count: int, seed: int = 18) -> list[Any]:
    """``count`` values each a base broken in one place (dropped, misspelt, retyped, nested,
    or a bound crossed), chosen with a seeded random generator from every possible change."""
    changes: list[tuple[int, int, str, Any]] = [(0, -1, "retype", o) for o in _OTHER_TYPES]
    for number, base in enumerate(bases):
        places = _places(base)
        for index, (_pointer, parent, key, item) in enumerate(places):
            changes.append((number, index, "drop", None))
            changes.append((number, index, "nest", None))
            if isinstance(parent, dict):
                changes.extend((number, index, "misspell", new) for new in _variants(key))
            changes.extend(
                (number, index, "retype", o) for o in _OTHER_TYPES if type(o) is not type(item)
            )
            changes.extend((number, index, "bound", value) for value in _crossed(item))
    chosen = random.Random(seed).sample(changes, min(count, len(changes)))
    found = []
    for number, index, kind, new in chosen:
        value = copy.deepcopy(bases[number])
        if index < 0:
            found.append(new)
            continue
        _pointer, parent, key, item = _places(value)[index]
        if kind == "drop":
            del parent[key]
        elif kind == "nest":
            parent[key] = {key: item} if isinstance(key, str) else [item]
        elif kind == "misspell":
            parent[new] = parent.pop(key)
        else:
            parent[key] = copy.deepcopy(new)
        found.append(value)
    return found


def judge(
    values: list[Any], *, bundle: bool, schemas: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Run ajv once over ``values``: its complaints, the components compiled and its verdicts.

    ``schemas`` names the schemas judged (by default the contract's, strict and lenient).
    """
    if schemas is None:
        schema = load_json(SCHEMA_FILE)
        schemas = {"strict": schema, "lenient": lenient_schema(schema)}
    request = {
        "schemas": schemas,
        "bundle": load_json(BUNDLE) if bundle else None,
        "values": values,
    }
    path = Path(_tmp()) / "request.json"
    path.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        ["node", str(SCRIPT), str(path)], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


@cache
def _tmp() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="ajv-judge-")


def _disagreements(values: list[Any], verdicts: dict[str, list[bool]]) -> list[str]:
    found = []
    for index, value in enumerate(values):
        for name, lenient in (("strict", False), ("lenient", True)):
            ours = is_valid(value, lenient=lenient)
            if verdicts[name][index] is not ours:
                found.append(
                    f"{name}: ajv {verdicts[name][index]}, ours {ours}: {canonical(value)}"
                )
    return found


def test_ajv_compiles_the_schema_and_every_component_without_a_strict_complaint() -> None:
    answer = judge([], bundle=True)
    assert answer["complaints"] == []
    assert set(answer["components"]) == set(load_json(BUNDLE)["components"]["schemas"])


def test_ajv_agrees_on_every_value_of_the_cases_the_frozen_sets_and_the_corpus() -> None:
    values = [_json_form(k.value) for k in judged_values()]
    assert len(values) >= 1300
    answer = judge(values, bundle=False)
    assert _disagreements(values, answer["verdicts"]) == []
    assert 0 < sum(answer["verdicts"]["strict"]) < len(values)  # both verdicts occur


def test_ajv_agrees_on_five_thousand_seeded_mutants() -> None:
    bases = [k.value for k in valid_values()]
    drawn = hypothesis_mutants() + seeded_mutants(bases, SEEDED_MUTANTS)
    seen: set[str] = set()
    values = []
    for mutant in drawn:
        value = _json_form(mutant)
        if value is not None and canonical(value) not in seen:
            seen.add(canonical(value))
            values.append(value)
    assert len(values) >= 5000
    answer = judge(values, bundle=False)
    assert _disagreements(values, answer["verdicts"]) == []
    invalid = len(values) - sum(answer["verdicts"]["strict"])
    assert invalid > len(values) // 2  # the mutants mostly break the contract, as meant


def _effect_case_values() -> list[Any]:
    return [
        test["data"]
        for path in sorted(EFFECT_CASES.glob("*.json"))
        if not path.name.endswith(".schema.json")
        for group in load_json(path)
        for test in group["tests"]
    ]


def test_ajv_compiles_the_effects_schema_and_agrees_on_its_cases_and_mutants() -> None:
    cases = _effect_case_values()
    bases = [value for value in cases if effects_valid(value)]
    seen: set[str] = set()
    values = []
    for value in [*cases, *seeded_mutants(bases, 3000, seed=16)]:
        form = _json_form(value)
        if form is not None and canonical(form) not in seen:
            seen.add(canonical(form))
            values.append(form)
    assert len(values) >= 1000
    answer = judge(values, bundle=False, schemas={"effects": load_json(EFFECTS_FILE)})
    assert answer["complaints"] == []
    disagreements = [
        f"ajv {verdict}, ours {effects_valid(value)}: {canonical(value)}"
        for value, verdict in zip(values, answer["verdicts"]["effects"], strict=True)
        if verdict is not effects_valid(value)
    ]
    assert disagreements == []
    assert 0 < sum(answer["verdicts"]["effects"]) < len(values)  # both verdicts occur
