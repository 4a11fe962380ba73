"""The server serving a project (``serve --project``): dotted ids, effects and state, the
runtime's problems, load problems, and the same answers as the test harness."""

from __future__ import annotations

import subprocess
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import COMMAND
from starlette.testclient import TestClient

from conftest import ROOT
from function_return.runtime.project import ProjectLoadError
from function_return.server.app import app_for_folder, app_for_project
from function_return.server.http import request_errors
from function_return.testing import load_project

PROJECT = ROOT / "examples" / "project"
BASE = "/v1/agents/agent-1/branches/main/functions"
TYPE = "https://function-return-contract.dev/problems/"

# (function id, execute request) pairs that cover global functions, flow functions and a step.
CALLS: list[tuple[str, dict[str, Any]]] = [
    ("opening_hours", {"args": {"day": "friday"}}),
    ("make_booking", {"args": {"party_size": 4}, "conversation": {"state": {"day": "friday"}}}),
    (
        "make_booking",
        {"args": {"party_size": 20}, "conversation": {"handoffs": {"events_team": {}}}},
    ),
    ("transfer_to_manager", {"args": {"reason": "late"}}),
    ("send_menu", {"args": {}, "conversation": {"caller_number": "+447700900000"}}),
    (
        "start_function",
        {
            "args": {},
            "conversation": {
                "caller_number": "+447700900000",
                "channel_type": "sip.polyai",
                "variant_name": "docks",
                "variants": {"docks": {"site_name": "Harbour Kitchen Docks"}},
            },
        },
    ),
    (
        "flows.booking.choose_time",
        {"args": {"time": "19:30"}, "conversation": {"state": {"party_size": 2}}},
    ),
    (
        "flows.booking.confirm_booking",
        {
            "args": {"confirmed": True},
            "conversation": {"state": {"party_size": 2, "time": "19:30"}},
        },
    ),
    (
        "flows.booking.steps.check_availability",
        {"args": {}, "conversation": {"state": {"time": "19:30"}}},
    ),
    (
        "flows.cancellation.cancel_booking",
        {"args": {"reference": "HK-1042"}, "fixtures": {"api": {"bookings.cancel_booking": {}}}},
    ),
    ("ask_for_booking_code", {"args": {}}),
    ("end_function", {"args": {}, "conversation": {"state": {"bookings_made": 1}}}),
]


@pytest.fixture(scope="module", params=[0, 1], ids=["threads", "workers"])
def client(request: pytest.FixtureRequest) -> Iterator[TestClient]:
    with TestClient(app_for_project(PROJECT, runners=request.param)) as test_client:
        yield test_client


def test_the_list_names_every_function_by_its_id_with_parameter_docs(client: TestClient) -> None:
    answer = client.get(BASE)
    assert answer.status_code == 200
    document = answer.json()
    assert request_errors(document, "FunctionList") == ([], 0)
    names = [f["name"] for f in document["functions"]]
    assert "flows.booking.steps.check_availability" in names
    assert "flows.cancellation.cancel_booking" in names
    assert "formatting" not in names  # a helper module
    assert document["load_problems"] == []
    hours = next(f for f in document["functions"] if f["name"] == "opening_hours")
    assert hours["description"] == "Tell the caller when the restaurant is open on a given day."
    assert hours["parameters"][0]["description"].startswith("The day of the week")


@pytest.mark.parametrize(("function", "request_body"), CALLS, ids=[c[0] for c in CALLS])
def test_the_server_and_the_harness_give_the_same_answer(
    client: TestClient, function: str, request_body: dict[str, Any]
) -> None:
    answer = client.post(f"{BASE}/{function}/execute", json=request_body)
    assert answer.status_code == 200, answer.text
    served = answer.json()
    assert request_errors(served, "ExecuteResponse") == ([], 0)
    result = load_project(PROJECT).call(
        function,
        args=request_body["args"],
        conversation=request_body.get("conversation"),
        fixtures=request_body.get("fixtures"),
    )
    assert (served["body"], served["effects"], served["state"]) == (
        result.body,
        result.effects,
        result.state,
    )


def test_effects_come_in_the_order_the_function_did_them(client: TestClient) -> None:
    answer = client.post(f"{BASE}/make_booking/execute", json={"args": {"party_size": 4}})
    assert answer.json()["effects"] == [
        {"type": "state", "name": "party_size", "value": 4},
        {"type": "say", "utterance": "Lovely, a table for 4."},
        {"type": "goto_flow", "flow": "booking"},
    ]
    assert answer.json()["state"] == {"party_size": 4}


@pytest.mark.parametrize(
    ("function", "request_body", "kind", "detail"),
    [
        (
            "send_menu",
            {"args": {}, "conversation": {"caller_number": "+1"}},
            "missing-fixture",
            "`conv.utils.get_secret('sms_sender')` has no fixture",
        ),
        (
            "transfer_to_manager",
            {"args": {}, "conversation": {"handoffs": {"front_desk": {}}}},
            "unknown-handoff",
            "`conv.call_handoff('manager')`: not a configured handoff destination",
        ),
    ],
)
def test_what_the_runtime_cannot_give_is_a_problem_of_its_own_type(
    tmp_path: Path, function: str, request_body: dict[str, Any], kind: str, detail: str
) -> None:
    # A copy of the project without fixtures.json: nothing answers get_secret.
    copy = tmp_path / "project"
    subprocess.run(["cp", "-r", str(PROJECT), str(copy)], check=True)
    (copy / "fixtures.json").unlink()
    for runners in (0, 1):
        with TestClient(app_for_project(copy, runners=runners)) as client:
            answer = client.post(f"{BASE}/{function}/execute", json=request_body)
        assert answer.status_code == 500
        problem = answer.json()
        assert problem["type"] == TYPE + kind
        assert detail in problem["detail"]


UNKNOWN_MEMBER = """
def emails(conv, to: str):
    conv.send_email(to)

def calls_nothing(conv):
    return conv.functions.not_there()

def calls_badly(conv):
    return conv.functions.emails(to=3)
"""


@pytest.fixture(scope="module")
def odd_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("odd")
    (root / "functions").mkdir()
    for name in ("emails", "calls_nothing", "calls_badly"):
        start = UNKNOWN_MEMBER.index(f"def {name}")
        end = UNKNOWN_MEMBER.find("\ndef ", start + 1)
        text = UNKNOWN_MEMBER[start : end if end > 0 else None]
        (root / "functions" / f"{name}.py").write_text(text, encoding="utf-8")
    (root / "functions" / "broken.py").write_text("raise RuntimeError('at import')\n")
    return root


@pytest.mark.parametrize("runners", [0, 1])
def test_an_unknown_member_and_a_bad_inner_call_are_problems(
    odd_project: Path, runners: int
) -> None:
    with TestClient(app_for_project(odd_project, runners=runners)) as client:
        listed = client.get(BASE).json()
        assert listed["load_problems"] == [
            {"path": "functions/broken.py", "reason": "does not import: RuntimeError: at import"}
        ]
        answer = client.post(f"{BASE}/emails/execute", json={"args": {"to": "a@b"}})
        assert answer.status_code == 500
        assert answer.json()["type"] == TYPE + "unknown-member"
        assert (
            "`conv.send_email` is not part of the platform's Conversation"
            in answer.json()["detail"]
        )
        answer = client.post(f"{BASE}/calls_nothing/execute", json={"args": {}})
        assert answer.json()["type"] == TYPE + "invalid-call"
        assert "no global function 'not_there'" in answer.json()["detail"]
        answer = client.post(f"{BASE}/calls_badly/execute", json={"args": {}})
        assert answer.json()["type"] == TYPE + "invalid-call"
        assert 'argument "to" expects a string; got number 3' in answer.json()["detail"]


def test_strict_loading_refuses_to_start(odd_project: Path) -> None:
    with pytest.raises(ProjectLoadError, match=r"functions/broken\.py"):
        app_for_project(odd_project, strict=True, runners=0)
    run = subprocess.run(
        [COMMAND, "serve", "--project", str(odd_project), "--strict-load", "--port", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "functions/broken.py: does not import: RuntimeError: at import" in run.stderr


def test_strict_load_goes_with_a_project() -> None:
    run = subprocess.run(
        [COMMAND, "serve", "--functions", str(ROOT / "examples" / "functions"), "--strict-load"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "--strict-load goes with --project" in run.stderr


def test_the_new_conversation_fields_are_checked(client: TestClient) -> None:
    for conversation, pointer in [
        ({"turn_number": "three"}, "/conversation/turn_number"),
        ({"history": [{"role": "bot", "text": "hi"}]}, "/conversation/history/0/role"),
        ({"sip_headers": {"X": 1}}, "/conversation/sip_headers/X"),
        ({"unknown_field": 1}, "/conversation"),
    ]:
        answer = client.post(
            f"{BASE}/opening_hours/execute",
            json={"args": {"day": "monday"}, "conversation": conversation},
        )
        assert answer.status_code == 422, conversation
        assert answer.json()["errors"][0]["pointer"] == pointer
    answer = client.post(
        f"{BASE}/opening_hours/execute",
        json={"args": {"day": "monday"}, "fixtures": {"api": {"nodot": 1}}},
    )
    assert answer.status_code == 422


def test_a_functions_folder_answers_as_in_1_0_without_effects_or_state() -> None:
    folder = ROOT / "examples" / "functions"
    with TestClient(app_for_folder(folder, runners=0)) as client:
        answer = client.post(f"{BASE}/end_call/execute", json={"args": {}})
        assert set(answer.json()) == {"body", "logs", "runtime"}
        assert "load_problems" not in client.get(BASE).json()


def test_a_dotted_id_that_names_nothing_is_404(client: TestClient) -> None:
    answer = client.post(f"{BASE}/flows.booking.nothing/execute", json={"args": {}})
    assert answer.status_code == 404


def test_conv_and_flow_keep_the_old_channel_field(tmp_path: Path) -> None:
    (tmp_path / "functions").mkdir()
    (tmp_path / "functions" / "channel.py").write_text(
        textwrap.dedent(
            """
            def channel(conv):
                return f"{conv.channel} {conv.channel_type}"
            """
        )
    )
    with TestClient(app_for_project(tmp_path, runners=0)) as client:
        answer = client.post(
            f"{BASE}/channel/execute",
            json={"args": {}, "conversation": {"channel": "VOICE", "channel_type": "sip.polyai"}},
        )
    assert answer.json()["body"] == "VOICE sip.polyai"


def test_serve_names_the_files_it_could_not_load_at_start_up(odd_project: Path) -> None:
    import time
    import urllib.request

    from servers import free_port

    port = free_port()
    process = subprocess.Popen(
        [COMMAND, "serve", "--project", str(odd_project), "--port", str(port), "--runners", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                    break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert "not served: functions/broken.py: does not import: RuntimeError: at import" in stderr
    assert f"serving 3 functions from project {odd_project}" in stderr
