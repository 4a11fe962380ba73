"""A project written like a production export, not like the loader's own examples
(``tests/projects/utility_support``): every file loads or is reported with a documented
reason, every function answers 200 or a documented problem, never an AttributeError on
``conv`` or ``flow``. The figures are those of ``docs/projects.md``."""

from __future__ import annotations

import traceback
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from conftest import ROOT
from function_return.core.effects import validate_effects
from function_return.runtime.errors import RuntimeProblem
from function_return.runtime.functions import AgentFunction
from function_return.runtime.project import load_project, run_call
from function_return.server.app import app_for_project
from function_return.server.http import check_request

PROJECT = ROOT / "tests" / "projects" / "utility_support"
BASE = "/v1/agents/agent-1/branches/main/functions"
TYPE = "https://function-return-contract.dev/problems/"

LOAD_REASONS = ("does not import: ", "parameter ", "its path is not a Python module name")
"""The documented reasons a file is not served (README, "Running a project")."""

PROBLEM_TYPES = {
    "function-error",
    "invalid-return",
    "unknown-member",
    "missing-fixture",
    "unknown-handoff",
    "invalid-call",
}
"""The documented 500 problems of a function that ran."""

VALUES: dict[str, Any] = {
    "account_number": "12345678",
    "postcode": "CF10 1AA",
    "reading": "012345",
    "reason": "verification_failed",
    "correct": True,
    "vulnerable": True,
    "inside_property": True,
}
TYPED = {"string": "abc", "integer": 3, "number": 2.5, "boolean": True}

CONVERSATION = {
    "id": "conv-77",
    "env": "live",
    "channel_type": "sip.polyai",
    "caller_number": "+447700900123",
    "callee_number": "+442920000000",
    "sip_headers": {"X-Original-Caller": "+447700900123"},
    "language": "cy-GB",
    "turn_number": 4,
    "history": [
        {"role": "agent", "text": "How can I help?"},
        {"role": "user", "text": "My power is off"},
    ],
    "variant_name": "cardiff",
    "variants": {"cardiff": {"site_name": "Cardiff", "sms_number": "+442920000001"}},
    "handoffs": {"billing_queue": {}, "gas_emergency": {}},
    "state": {
        "verified": True,
        "account": "12345678",
        "balance": 84.5,
        "postcode": "CF101AA",
        "area": "CF1",
        "plan": {"months": 3, "instalment": 28.17},
    },
}


def _candidates() -> set[str]:
    """The files the layout makes functions: ``functions/*.py``, ``flows/*/functions/*.py``,
    ``flows/*/function_steps/*.py`` (not a package's ``flows/<flow>/__init__.py``)."""
    found = [*PROJECT.glob("functions/*.py"), *PROJECT.glob("flows/*/function*/*.py")]
    return {p.relative_to(PROJECT).as_posix() for p in found}


def arguments(function: AgentFunction) -> dict[str, Any]:
    return {p.name: VALUES.get(p.name, TYPED[p.type]) for p in function.parameters}


def test_every_file_loads_or_is_reported_with_a_documented_reason() -> None:
    project = load_project(PROJECT)
    candidates = _candidates()
    reported = {p.path for p in project.problems} | set(project.helpers)
    assert len(candidates - reported) == len(project.functions)
    for problem in project.problems:
        assert problem.reason.startswith(LOAD_REASONS), problem
    assert {p.path: p.reason for p in project.problems} == {
        "flows/warm-transfer/functions/announce.py": "its path is not a Python module name",
        "functions/change_language.py": "parameter 'language': annotate it as str, int, float or bool",
        "functions/check_smart_meter.py": "does not import: ModuleNotFoundError: No module named 'twilio'",
    }


def _answers(
    conversation: dict[str, Any], project_path: Path = PROJECT
) -> dict[str, tuple[int, str]]:
    project = load_project(project_path)
    found = {}
    with TestClient(app_for_project(project_path, runners=0)) as client:
        for name, function in sorted(project.functions.items()):
            request = {"args": arguments(function), "conversation": conversation}
            answer = client.post(f"{BASE}/{name}/execute", json=request)
            kind = "ok" if answer.status_code == 200 else answer.json()["type"].removeprefix(TYPE)
            if answer.status_code == 200:
                # What the runtime records is what the contract's effects schema describes.
                document = answer.json()
                check_request(document, "ExecuteResponse", "an execute response")
                validate_effects(document["effects"])
                kind = f"ok with {'effects' if document['effects'] else 'no effects'}"
            found[name] = (answer.status_code, kind)
    return found


@pytest.mark.parametrize("project_path", [PROJECT, ROOT / "examples" / "project"])
def test_every_answer_with_effects_is_valid_under_the_execute_response_schema(
    project_path: Path,
) -> None:
    answers = _answers(CONVERSATION, project_path)
    kinds = Counter(kind for _, kind in answers.values())
    assert kinds["ok with effects"] >= 5, kinds  # the check above ran on real effects


@pytest.mark.parametrize("conversation", [CONVERSATION, {}], ids=["full", "empty"])
def test_every_function_answers_200_or_a_documented_problem(conversation: dict[str, Any]) -> None:
    for name, (status, kind) in _answers(conversation).items():
        assert (status, kind.startswith("ok")) == (200, True) or (
            status == 500 and kind in PROBLEM_TYPES
        ), (name, status, kind)


@pytest.mark.parametrize("conversation", [CONVERSATION, {}], ids=["full", "empty"])
def test_conv_and_flow_never_raise_a_bare_attribute_error(conversation: dict[str, Any]) -> None:
    project = load_project(PROJECT)
    runtime = str(Path(RuntimeProblem.__module__.replace(".", "/")).parent)
    for function in project.functions.values():
        outcome = run_call(project, function, arguments(function), conversation).outcome
        error = outcome.error
        if error is None or isinstance(error, RuntimeProblem):
            continue
        frames = traceback.extract_tb(outcome.traceback)
        assert runtime not in frames[-1].filename, (function.name, error)
        if isinstance(error, AttributeError):
            assert not any(n in str(error) for n in ("Conversation", "Flow", "State", "Attributes"))


FIGURES = {
    "python files": 27,
    "files in function folders": 26,
    "files loaded": 23,
    "helpers": 5,
    "load problems": 3,
    "functions": 18,
    "full conversation": {"ok": 16, "invalid-return": 1, "unknown-member": 1},
    "empty conversation": {"ok": 15, "function-error": 1, "invalid-return": 1, "unknown-member": 1},
}


def test_the_figures_are_those_of_docs_projects_md() -> None:
    project = load_project(PROJECT)
    candidates = len(_candidates())
    figures = {
        "python files": len(list(PROJECT.rglob("*.py"))),
        "files in function folders": candidates,
        "files loaded": candidates - len(project.problems),
        "helpers": len(project.helpers),
        "load problems": len(project.problems),
        "functions": len(project.functions),
        "full conversation": dict(
            Counter(kind.split(" with ")[0] for _, kind in _answers(CONVERSATION).values())
        ),
        "empty conversation": dict(
            Counter(kind.split(" with ")[0] for _, kind in _answers({}).values())
        ),
    }
    assert figures == FIGURES
