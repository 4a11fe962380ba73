"""``function-return check``: static checks of function source, on samples with planted mistakes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from function_return.authoring.check import check_files
from function_return.authoring.config import load_config
from function_return.authoring.findings import SOURCE_CODES
from function_return.cli import run

SAMPLES = ROOT / "tests" / "samples"
FUNCTIONS = SAMPLES / "functions"
EXAMPLES = ROOT / "examples"
EXAMPLE_SOURCES = [
    str(EXAMPLES / "functions"),
    str(EXAMPLES / "project" / "functions"),
    str(EXAMPLES / "project" / "flows"),
]
"""The examples' function files (not the example project's own tests)."""

# (file, line, col, code, JSON Pointer) of every finding in tests/samples/functions/.
PLANTED = [
    ("ask_pin.py", 3, 55, "FR101", "/listen/asr"),
    ("build_reply.py", 3, 56, "FR001", "/listen/channel"),
    ("confirm_booking.py", 4, 16, "FR001", ""),
    ("confirm_booking.py", 5, 48, "FR001", ""),
    ("dtmf_menu.py", 5, 20, "FR001", "/listen/channel"),
    ("get_profile.py", 3, 13, "FR001", "/source"),
    ("get_profile.py", 3, 30, "FR001", "/name"),
    ("goodbye.py", 3, 38, "FR106", "/hangup"),
    ("greet.py", 3, 5, "FR201", ""),
    ("helpers.py", 1, 1, "FR204", ""),
    ("leave_flow.py", 4, 13, "FR202", "/transition"),
    ("lookup_availability.py", 4, 9, "FR203", ""),
    ("lookup_availability.py", 5, 5, "FR203", ""),
    ("play_tones.py", 6, 21, "FR001", "/utterance"),
    ("route_call.py", 10, 32, "FR001", "/hangup"),
    ("transfer_to_sales.py", 4, 9, "FR001", "/utterence"),
]
WITH_CONFIG = sorted([*PLANTED, ("pick_variant.py", 5, 52, "FR109", "/variant")])


def _found(report: Any) -> list[tuple[str, int, int, str, str]]:
    return [
        (Path(f.file).name, f.line, f.col, f.finding.code, f.finding.path) for f in report.findings
    ]


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = run(["check", *argv])
    return code, capsys.readouterr().out


def test_planted_mistakes_give_exactly_these_findings() -> None:
    report = check_files([str(FUNCTIONS)])
    assert _found(report) == PLANTED
    assert (report.files, report.exit_code()) == (18, 1)


def test_configuration_adds_the_unconfigured_variant() -> None:
    report = check_files([str(FUNCTIONS)], config=load_config(str(SAMPLES / "agent.yaml")))
    assert _found(report) == WITH_CONFIG


def test_every_source_only_code_is_planted_in_the_samples() -> None:
    planted = {code for *_, code, _path in WITH_CONFIG}
    source_only = set(SOURCE_CODES)
    assert source_only <= planted


def test_examples_pass_the_static_check(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, *EXAMPLE_SOURCES, "--strict")
    assert code == 0, out
    report = check_files(EXAMPLE_SOURCES)
    assert report.files >= 1
    assert [f for f in report.findings if f.finding.severity != "info"] == []


def test_text_output_is_flake8_style(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, str(FUNCTIONS / "dtmf_menu.py"), str(FUNCTIONS / "greet.py"))
    assert code == 1
    assert out.splitlines() == [
        f"{FUNCTIONS / 'dtmf_menu.py'}:5:20: FR001 /listen/channel: expected one of "
        '"SPEECH", "DTMF", "SPEECH_AND_DTMF"; got string "dtmf"; did you mean "DTMF"?',
        f"{FUNCTIONS / 'greet.py'}:3:5: FR201 conv.say(...) returns None, so the function "
        "returns no instruction",
        "2 files, 1 return judged, 1 partly judged, 0 not judged: 2 errors, 0 warnings, 0 notes",
    ]


def test_json_output_carries_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, str(FUNCTIONS / "goodbye.py"), "--format", "json")
    assert code == 0  # a warning alone does not fail
    document = json.loads(out)
    assert document["status"] == "ok"
    assert (document["files"], document["returns"], document["unreadable"]) == (1, 1, [])
    assert (document["judged"], document["partly_judged"], document["not_judged"]) == (1, 0, 0)
    assert document["unjudged"] == []
    (found,) = document["findings"]
    assert found == {
        "file": str(FUNCTIONS / "goodbye.py"),
        "line": 3,
        "col": 38,
        "code": "FR106",
        "severity": "warning",
        "path": "/hangup",
        "message": "hangup ends the conversation, yet handoff asks for more",
        "hint": "keep either hangup or handoff",
    }


def test_strict_makes_a_warning_fail(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, str(FUNCTIONS / "goodbye.py"), "--strict")
    assert code == 1
    assert out.endswith(
        "1 file, 1 return judged, 0 partly judged, 0 not judged: 0 errors, 1 warning, 0 notes\n"
    )


def test_lenient_turns_unknown_keys_into_warnings() -> None:
    report = check_files([str(FUNCTIONS / "transfer_to_sales.py")], lenient=True)
    assert _found(report) == [("transfer_to_sales.py", 4, 9, "FR111", "/utterence")]
    assert report.exit_code() == 0


def test_a_file_that_is_not_python_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text('def broken(conv):\n    return {"utterance": "unclosed"\n', encoding="utf-8")
    code, out = _cli(capsys, str(broken))
    assert code == 2
    assert out.splitlines()[0] == f"{broken}:2: not Python: '{{' was never closed"


def test_binary_files_exit_2_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "latin.py").write_bytes(b"def latin(conv):\n    return '\xe9'\n")
    (tmp_path / "nul.py").write_bytes(b"def nul(conv):\n    return '\x00'\x00\n")
    code, out = _cli(capsys, str(tmp_path))
    assert code == 2
    lines = out.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'latin.py'}: cannot read: ")
    assert lines[1].startswith(f"{tmp_path / 'nul.py'}") and "not Python" in lines[1]


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli(capsys, str(tmp_path / "absent.py"))
    assert code == 2
    assert out.startswith(f"{tmp_path / 'absent.py'}: cannot read: No such file or directory")


def test_a_bad_config_exits_2_with_its_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "agent.yaml"
    config.write_text("variants: orleans\n", encoding="utf-8")
    code = run(["check", str(FUNCTIONS / "greet.py"), "--config", str(config)])
    captured = capsys.readouterr()
    assert code == 2
    assert "/variants: 'orleans' is not of type 'array'" in captured.err
    assert captured.out == ""


def test_conditional_return_judges_both_arms(tmp_path: Path) -> None:
    source = tmp_path / "answer.py"
    source.write_text(
        "def answer(conv, ok):\n    return {'hangup': 'no'} if ok else {'listen': []}\n",
        encoding="utf-8",
    )
    found = [(f.finding.code, f.finding.path) for f in check_files([str(source)]).findings]
    assert found == [("FR001", "/hangup"), ("FR001", "/listen")]


def test_exit_flow_counts_only_when_it_runs_before_the_return(tmp_path: Path) -> None:
    source = tmp_path / "move.py"
    source.write_text(
        "def move(conv, done):\n"
        "    if done:\n"
        "        conv.exit_flow()\n"
        "        return None\n"
        "    if conv.state.again:\n"
        "        conv.log('again')\n"
        "        conv.exit_flow()\n"
        "        return {'transition': {'goto_flow': 'again'}}\n"
        "    return {'transition': {'goto_flow': 'next'}}\n",
        encoding="utf-8",
    )
    found = [(f.line, f.finding.code) for f in check_files([str(source)]).findings]
    assert found == [(8, "FR202")]


def test_computed_values_are_not_judged(tmp_path: Path) -> None:
    source = tmp_path / "computed.py"
    source.write_text(
        "def computed(conv, n):\n"
        "    x = {'utterance_channel': 'DTMF', 'utterance': str(n)}\n"
        "    return {'hangup': conv.state.done, 'listen': {'dtmf': {'num_digits': n}, "
        "'channel': conv.state.channel}, 'variant': f'{n}', **x}\n",
        encoding="utf-8",
    )
    report = check_files([str(source)])
    assert report.findings == []
    assert report.returns == 1


def test_a_wrong_type_beside_computed_text_is_still_an_error(tmp_path: Path) -> None:
    source = tmp_path / "typed_text.py"
    source.write_text(
        "def typed_text(conv, n):\n    return {'hangup': f'{n}', 'utterance': 'x' + n}\n",
        encoding="utf-8",
    )
    found = [(f.finding.code, f.finding.path) for f in check_files([str(source)]).findings]
    assert found == [("FR001", "/hangup")]


def test_pre_commit_hook_runs_the_check_on_python_files() -> None:
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "function-return-check"
    assert hook["entry"] == "function-return check"
    assert hook["types"] == ["python"]
    assert hook["language"] == "python"
