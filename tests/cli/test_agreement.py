"""One judgement everywhere: on every lint case, lint, explain, ``validate --lint``, ``check``
and the playground's endpoints say the same thing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from conftest import ROOT, load_json
from function_return import explain, lint
from function_return.authoring.check import check_files
from function_return.authoring.config import agent_config
from function_return.authoring.explain import NO_EFFECT
from function_return.cli import run
from function_return.core.errors import ReturnValidationError
from function_return.server.app import app_for_folder

LINT_CASES = ROOT / "tests" / "lint_cases"
CASES = [
    pytest.param(group, test, id=f"{path.stem}: {group['description']}: {test['description']}")
    for path in sorted(LINT_CASES.glob("FR*.json"))
    for group in load_json(path)
    for test in group["tests"]
]

Found = set[tuple[str, str]]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(app_for_folder(ROOT / "examples" / "functions"))


def _request(group: dict[str, Any], value: Any) -> dict[str, Any]:
    return {"value": value, **({"config": group["config"]} if "config" in group else {})}


@pytest.mark.parametrize(("group", "test"), CASES)
def test_every_tool_gives_the_same_verdict(
    group: dict[str, Any],
    test: dict[str, Any],
    client: TestClient,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    value, config, lenient = test["data"], group.get("config"), group.get("lenient", False)
    found = lint(value, config=config)
    expected: Found = {(f.code, f.path) for f in found}
    assert expected == {(f["code"], f["path"]) for f in test["findings"]}
    fails = any(f.severity == "error" for f in found)
    not_info = {(f.code, f.path) for f in found if f.severity != "info"}

    # explain: its notes are lint's, and it never describes a voided setting as working
    try:
        explanation = explain(value, config=config)
    except ReturnValidationError as exc:
        assert lenient, "only the lenient cases hold keys the strict contract refuses"
        assert {(e.keyword, e.path) for e in exc.errors} == {
            ("additionalProperties", path) for code, path in expected if code == "FR111"
        }
    else:
        assert {(n.code, n.source) for n in explanation.notes} == not_info
        voided = [NO_EFFECT[code] for code, _ in expected if code in NO_EFFECT]
        for step in explanation.steps:
            under = any(step.source == v or step.source.startswith(v + "/") for v in voided)
            assert not under or step.detail.startswith("Ignored ("), step

    # the playground's endpoints
    lenient_flag = {"lenient": True} if lenient else {}
    validated = client.post("/v1/validate", json={"value": value, **lenient_flag}).json()
    assert validated["valid"] is True
    linted = client.post("/v1/lint", json=_request(group, value)).json()
    assert {(f["code"], f["path"]) for f in linted["findings"]} == expected
    banner_fails = any(f["severity"] == "error" for f in linted["findings"])
    assert banner_fails == fails
    explained = client.post("/v1/explain", json=_request(group, value)).json()
    if explained["valid"]:
        assert explained == {"valid": True, **explanation.as_dict()}

    # the CLI: validate --lint (--lenient, --config)
    source = tmp_path / "value.json"
    source.write_text(json.dumps(value), encoding="utf-8")
    argv = ["validate", str(source), "--lint", "--format", "json"]
    if lenient:
        argv.append("--lenient")
    if config is not None:
        (tmp_path / "agent.json").write_text(json.dumps(config), encoding="utf-8")
        argv += ["--config", str(tmp_path / "agent.json")]
    code = run(argv)
    report = json.loads(capsys.readouterr().out)
    assert {(f["code"], f["path"]) for f in report["findings"]} == expected
    assert (code == 1) == fails

    # the static check of a function that returns the value
    function = tmp_path / "reply.py"
    function.write_text(f"def reply(conv):\n    return {value!r}\n", encoding="utf-8")
    checked = check_files(
        [str(function)],
        config=agent_config(config) if config is not None else None,
        lenient=lenient,
    )
    assert {(f.finding.code, f.finding.path) for f in checked.findings} == expected
