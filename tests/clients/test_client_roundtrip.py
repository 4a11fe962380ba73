"""Every valid return the project knows parses in every client, typed, and comes back the same.

The generated Python client's ``from_dict`` must give its model (never the plain-dict fallback
that ``ExecuteResponse.from_dict`` keeps when a model raises), and ``to_dict`` the same JSON; the
TypeScript types must accept each value, as the return type and as the endpoint's ``body``, in
one strict ``tsc`` run.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from known_values import Known, canonical, valid_values
from test_typescript import GENERATED, tsc

from conftest import ROOT

sys.path.insert(0, str(ROOT / "generated" / "clients" / "python"))

from function_return_client.models import ExecuteResponse, FunctionReturn

VALUES = valid_values()


def test_the_known_valid_values_are_the_frozen_set_and_more() -> None:
    frozen = (ROOT / "tests" / "compat" / "1.0.0.jsonl").read_text(encoding="utf-8").splitlines()
    assert {canonical(json.loads(line)) for line in frozen} <= {canonical(k.value) for k in VALUES}
    assert sum(isinstance(k.value, dict) for k in VALUES) >= 350


def _python_client_failures(known: Known) -> list[str]:
    """What goes wrong when ``known`` goes through the Python client's models (empty: nothing)."""
    raw = {"body": known.value, "logs": [], "runtime": 0.0}
    failures = []
    body = ExecuteResponse.from_dict(raw).body
    expected_type: Any = {dict: FunctionReturn, str: str, type(None): type(None)}[type(known.value)]
    if not isinstance(body, expected_type):
        failures.append(f"body is {type(body).__name__}, not {expected_type.__name__}")
    if isinstance(known.value, dict):
        try:
            model = FunctionReturn.from_dict(known.value)
        except Exception as exc:  # the fallback hides this: say it
            failures.append(f"FunctionReturn.from_dict raised {exc!r}")
        else:
            if canonical(model.to_dict()) != canonical(known.value):
                failures.append(f"FunctionReturn.to_dict gave {canonical(model.to_dict())}")
    response = ExecuteResponse.from_dict(raw).to_dict()
    if canonical(response) != canonical(raw):
        failures.append(f"ExecuteResponse.to_dict gave {canonical(response)}")
    return failures


def test_every_valid_value_parses_into_the_python_clients_models_and_back() -> None:
    failures = {k.source: f for k in VALUES if (f := _python_client_failures(k))}
    assert failures == {}


def test_a_dtmf_digit_count_is_typed_in_the_python_client() -> None:
    model = FunctionReturn.from_dict({"listen": {"dtmf": {"num_digits": 6}}})
    assert model.listen.dtmf.num_digits == 6  # type: ignore[union-attr]
    parsed = ExecuteResponse.from_dict(
        {"body": {"listen": {"dtmf": {"num_digits": -1}}}, "logs": [], "runtime": 0}
    )
    assert isinstance(parsed.body, FunctionReturn)


def _typescript_source(folder: Path) -> Path:
    """One TypeScript module typing every valid value as the return type and as the body."""
    generated = os.path.relpath(GENERATED, folder)
    lines = [json.dumps(k.value, ensure_ascii=False) for k in VALUES]
    source = [
        f'import type {{ FunctionReturnValue }} from "{generated}/function-return.js";',
        f'import type {{ components }} from "{generated}/openapi.js";',
        'type Body = components["schemas"]["ExecuteResponse"]["body"];',
        "export const values: FunctionReturnValue[] = [",
        *(f"  {line}," for line in lines),
        "];",
        "export const bodies: Body[] = [",
        *(f"  {line}," for line in lines),
        "];",
    ]
    path = folder / "known_values.ts"
    path.write_text("\n".join(source) + "\n", encoding="utf-8")
    return path


def test_every_valid_value_type_checks_as_both_typescript_types(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    source = _typescript_source(tmp_path_factory.mktemp("ts-known"))
    result = tsc("--noEmit", str(source))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def _valid_effects() -> list[Any]:
    folder = ROOT / "tests" / "effect_cases"
    return [
        test["data"]
        for path in sorted(folder.glob("*.json"))
        if not path.name.endswith(".schema.json")
        for group in json.loads(path.read_text(encoding="utf-8"))
        for test in group["tests"]
        if test["valid"]
    ]


EFFECTS = _valid_effects()


def test_every_valid_effects_list_comes_back_the_same_from_the_python_client() -> None:
    assert len(EFFECTS) >= 25
    for effects in EFFECTS:
        raw = {"body": None, "logs": [], "runtime": 0.0, "effects": effects, "state": {"a": 1}}
        assert canonical(ExecuteResponse.from_dict(raw).to_dict()) == canonical(raw)


def test_every_valid_effect_type_checks_and_another_types_field_does_not(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("ts-effects")
    generated = os.path.relpath(GENERATED, folder)
    lists = [json.dumps(effects, ensure_ascii=False) for effects in EFFECTS]
    head = [
        f'import type {{ components }} from "{generated}/openapi.js";',
        'type Schemas = components["schemas"];',
    ]
    good = folder / "effects.ts"
    good.write_text(
        "\n".join(
            [
                *head,
                'export const lists: Schemas["Effects"][] = [',
                *(f"  {line}," for line in lists),
                "];",
                'export const response: Schemas["ExecuteResponse"] = '
                '{ body: null, logs: [], runtime: 1, effects: [{ type: "exit_flow" }], state: {} };',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = tsc("--noEmit", str(good))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    bad = folder / "mistake.ts"
    bad.write_text(
        "\n".join([*head, 'export const e: Schemas["Effect"] = { type: "say", flow: "billing" };'])
        + "\n",
        encoding="utf-8",
    )
    result = tsc("--noEmit", str(bad))
    assert result.returncode != 0
    assert "'flow' does not exist" in result.stdout
