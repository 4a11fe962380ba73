"""``function-return explain``: the plan as text or JSON, and exit codes 0, 1 and 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from function_return import explain

CLI = Path(sys.executable).with_name("function-return")
DTMF_EXAMPLE = ROOT / "examples" / "returns" / "dtmf_code_entry.json"


def test_a_valid_file_prints_the_numbered_plan_and_exits_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(["explain", str(DTMF_EXAMPLE)], capsys)
    assert code == 0
    assert err == ""
    value = json.loads(DTMF_EXAMPLE.read_text(encoding="utf-8"))
    assert out == f"{explain(value)}\n"
    assert out.splitlines()[2] == (
        "3. On the next turn, listens for speech and keypad digits (DTMF)."
    )


def test_json_format_gives_the_steps_as_data(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        ["explain", "--format", "json", "-"], capsys, stdin='{"utterance": "Bye!", "hangup": true}'
    )
    assert code == 0
    assert json.loads(out) == {
        "status": "ok",
        "steps": [
            {
                "action": "say",
                "detail": 'Says now (spoken on voice, shown on web chat): "Bye!"',
                "source": "/utterance",
            },
            {"action": "end_turn", "detail": "Ends the turn.", "source": "/utterance"},
            {
                "action": "hangup",
                "detail": "Ends the conversation: disconnects the call on voice, "
                "closes the session on web chat.",
                "source": "/hangup",
            },
        ],
        "notes": [],
    }


def test_standard_input_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["explain"], capsys, stdin="null")
    assert (code, out) == (0, "1. No instruction: the agent goes on as it would.\n")


def test_an_invalid_value_exits_1_with_pointer_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["explain", "-"], capsys, stdin='{"utterence": "Bye!"}')
    assert code == 1
    assert out == '<stdin>: /utterence: unknown key "utterence"; did you mean "utterance"?\n'


def test_an_invalid_value_in_json_format_lists_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        ["explain", "--format", "json", "-"], capsys, stdin='{"listen": {"channel": "speech"}}'
    )
    assert code == 1
    document = json.loads(out)
    assert document["status"] == "invalid"
    assert [(e["path"], e["keyword"]) for e in document["errors"]] == [("/listen/channel", "enum")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"utterance": ',
            "not JSON (one JSON document expected): Expecting value (line 1, column 15)",
        ),
        ('{"listen": {"asr": {"timeout": NaN}}}', "not JSON: NaN is not valid JSON"),
        ('"one"\n"two"\n', "not JSON (one JSON document expected): Extra data (line 2, column 1)"),
    ],
)
def test_input_that_is_not_one_json_document_exits_2(
    capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    code, out, err = run_cli(["explain", "-"], capsys, stdin=text)
    assert (code, out) == (2, "")
    assert err == f"function-return explain: <stdin>: {message}\n"


def test_a_missing_file_exits_2_and_json_format_says_so_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    code, out, err = run_cli(["explain", "--format", "json", str(missing)], capsys)
    assert code == 2
    assert err == ""
    assert json.loads(out) == {
        "status": "error",
        "message": f"{missing}: cannot read: No such file or directory",
    }


def test_a_file_that_is_not_utf8_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"utterance": "caf\xe9"}')
    code, _, err = run_cli(["explain", str(path)], capsys)
    assert code == 2
    assert err.startswith(f"function-return explain: {path}: cannot read: 'utf-8' codec")


def test_the_installed_command_explains_standard_input() -> None:
    result = subprocess.run(
        [str(CLI), "explain"],
        input='{"variant": "orleans"}',
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (
        0,
        '1. Switches the conversation to the variant "orleans".\n',
    )


TURN_EFFECTS = [{"type": "say", "utterance": "One moment."}, {"type": "exit_flow"}]
TURN_BODY = {"transition": {"goto_flow": "billing"}}


def test_an_execute_response_is_explained_as_a_whole_turn(
    capsys: pytest.CaptureFixture[str],
) -> None:
    response = {"body": TURN_BODY, "effects": TURN_EFFECTS, "state": {}, "logs": [], "runtime": 2}
    code, out, err = run_cli(["explain", "-"], capsys, stdin=json.dumps(response))
    assert (code, err) == (0, "")
    assert out == f"{explain(TURN_BODY, effects=TURN_EFFECTS)}\n"
    assert out.splitlines()[:3] == [
        '1. Says now, while the function runs (conv.say; spoken on voice, shown on web chat): "One'
        ' moment."',
        "2. Leaves the current flow (conv.exit_flow).",
        '3. Moves the conversation to the flow "billing", at its start.',
    ]
    assert out.splitlines()[3].startswith("error FR202 at /transition: conv.exit_flow() is called")


def test_an_execute_response_without_effects_explains_its_body(
    capsys: pytest.CaptureFixture[str],
) -> None:
    response = {"body": None, "logs": [], "runtime": 0.1}
    code, out, _ = run_cli(["explain", "-"], capsys, stdin=json.dumps(response))
    assert (code, out) == (0, "1. No instruction: the agent goes on as it would.\n")


def test_effects_from_a_file_come_before_the_value_in_json_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    effects = tmp_path / "effects.json"
    effects.write_text(json.dumps(TURN_EFFECTS), encoding="utf-8")
    code, out, _ = run_cli(
        ["explain", "--format", "json", "--effects", str(effects), "-"],
        capsys,
        stdin=json.dumps(TURN_BODY),
    )
    assert code == 0
    assert json.loads(out) == {"status": "ok", **explain(TURN_BODY, effects=TURN_EFFECTS).as_dict()}


def test_an_invalid_effect_exits_1_with_its_pointer_under_effects(
    capsys: pytest.CaptureFixture[str],
) -> None:
    response = {"body": None, "effects": [{"type": "goto_flow", "flow": ""}]}
    code, out, _ = run_cli(["explain", "-"], capsys, stdin=json.dumps(response))
    assert code == 1
    assert out == '<stdin>: /effects/0/flow: expected a non-empty string; got string ""\n'
    code, out, _ = run_cli(["explain", "--format", "json", "-"], capsys, stdin=json.dumps(response))
    assert code == 1
    document = json.loads(out)
    assert document["status"] == "invalid"
    assert [(e["path"], e["keyword"]) for e in document["errors"]] == [
        ("/effects/0/flow", "minLength")
    ]


def test_unreadable_or_conflicting_effects_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "missing.json")
    code, _, err = run_cli(["explain", "--effects", missing, "-"], capsys, stdin="null")
    assert code == 2
    assert "missing.json: cannot read" in err
    not_json = tmp_path / "effects.json"
    not_json.write_text("[{", encoding="utf-8")
    code, _, err = run_cli(["explain", "--effects", str(not_json), "-"], capsys, stdin="null")
    assert code == 2
    assert "effects.json: not JSON" in err
    code, _, err = run_cli(["explain", "--effects", "-", "-"], capsys, stdin="null")
    assert code == 2
    assert "both read standard input" in err
    both = json.dumps({"body": None, "effects": []})
    not_json.write_text("[]", encoding="utf-8")
    code, _, err = run_cli(["explain", "--effects", str(not_json), "-"], capsys, stdin=both)
    assert code == 2
    assert "drop --effects" in err
