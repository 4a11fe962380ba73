"""``function-return validate``: exit codes, text and JSON reports, unreadable input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, run_cli

CLI = Path(sys.executable).with_name("function-return")


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "good.json").write_text('{"utterance": "Goodbye!", "hangup": true}')
    (tmp_path / "typo.json").write_text('{\n  "utterence": "Goodbye!"\n}\n')
    (tmp_path / "calls.jsonl").write_text(
        '"Ask for the date"\n\n{"listen": {"channel": "speech"}}\n{"hangup": true}\n'
    )
    (tmp_path / "broken.json").write_text('{"utterance": ')
    (tmp_path / "nan.json").write_text('{"listen": {"asr": {"timeout": NaN}}}')
    (tmp_path / "latin1.json").write_bytes(b'{"utterance": "caf\xe9"}')
    return tmp_path


def test_all_valid_exits_0(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["validate", str(files / "good.json")], capsys)
    assert code == 0
    assert out == "ok -- 1 value checked: 1 valid, 0 invalid\n"


def test_invalid_values_exit_1_with_file_line_pointer_and_message(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        ["validate", str(files / "typo.json"), str(files / "calls.jsonl")], capsys
    )
    assert code == 1
    assert out.splitlines() == [
        f'{files}/typo.json:2: /utterence: unknown key "utterence"; did you mean "utterance"?',
        f'{files}/calls.jsonl:3: /listen/channel: expected one of "SPEECH", "DTMF", '
        '"SPEECH_AND_DTMF"; got string "speech"; did you mean "SPEECH"?',
        "4 values checked: 2 valid, 2 invalid",
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken.json", "not JSON: Expecting value (line 1, column 15)"),
        ("nan.json", "not JSON: NaN is not valid JSON"),
        ("missing.json", "cannot read: No such file or directory"),
        (
            "latin1.json",
            "cannot read: 'utf-8' codec can't decode byte 0xe9 in position 18: invalid continuation byte",
        ),
    ],
)
def test_unreadable_or_non_json_input_exits_2_with_a_clear_message(
    files: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    code, out, _ = run_cli(["validate", str(files / name), str(files / "good.json")], capsys)
    assert code == 2
    assert out.splitlines() == [
        f"{files}/{name}: {message}",
        "1 value checked: 1 valid, 0 invalid, 1 unreadable",
    ]


def test_json_report_is_stable_and_machine_readable(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        ["validate", "--format", "json", str(files / "calls.jsonl"), str(files / "broken.json")],
        capsys,
    )
    assert code == 2
    report: dict[str, Any] = json.loads(out)
    assert report == {
        "status": "error",
        "checked": 3,
        "valid": 2,
        "invalid": 1,
        "errors": [
            {
                "file": f"{files}/calls.jsonl",
                "line": 3,
                "path": "/listen/channel",
                "schema_path": "#/$defs/Listen/properties/channel/enum",
                "keyword": "enum",
                "message": 'expected one of "SPEECH", "DTMF", "SPEECH_AND_DTMF"; got string "speech"; did you mean "SPEECH"?',
            }
        ],
        "unreadable": [
            {
                "file": f"{files}/broken.json",
                "line": None,
                "message": "not JSON: Expecting value (line 1, column 15)",
            }
        ],
    }


def test_standard_input_holds_one_document_or_json_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_cli(["validate", "-"], capsys, stdin='{\n  "hangup": true\n}\n')
    assert (code, out) == (0, "ok -- 1 value checked: 1 valid, 0 invalid\n")
    code, out, _ = run_cli(["validate", "-"], capsys, stdin='{"hangup": true}\n{"hangup": "yes"}\n')
    assert code == 1
    assert out.splitlines()[0] == '<stdin>:2: /hangup: expected a boolean; got string "yes"'


def test_a_folder_means_every_json_and_jsonl_file_in_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["validate", str(ROOT / "examples" / "returns")], capsys)
    assert code == 0
    assert out.startswith("ok -- ") and "0 invalid" in out


def test_lenient_accepts_unknown_keys(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run_cli(["validate", "--lenient", str(files / "typo.json")], capsys)
    assert code == 0


@pytest.mark.parametrize(
    "args", [[], ["validate"], ["validate", "--format", "xml", "x.json"], ["nope"]]
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(args, capsys)
    assert code == 2
    assert "usage:" in err


def test_the_console_script_never_shows_a_traceback(files: Path) -> None:
    (files / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    result = subprocess.run(
        [str(CLI), "validate", str(files / "deep.json"), str(files / "broken.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{files}/deep.json: not JSON: nested too deeply" in result.stdout


def test_a_subcommand_imports_only_its_own_module(files: Path) -> None:
    code = (
        "import sys\n"
        "from function_return.cli import run\n"
        f"assert run(['validate', {str(files / 'good.json')!r}]) == 0\n"
        "others = ('function_return.cli.serve', 'function_return.conformance.engine', "
        "'function_return.authoring.explain', 'urllib.request', 'concurrent.futures', 'jsonschema')\n"
        "print([m for m in others if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_repeated_bad_line_is_reported_at_each_of_its_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = '{"hangup": "yes"}\n'
    (tmp_path / "repeat.jsonl").write_text(bad + '"ok"\n' + bad + "nope\n" + "nope\n")
    code, out, _ = run_cli(["validate", str(tmp_path / "repeat.jsonl")], capsys)
    assert code == 2
    assert out.splitlines() == [
        f'{tmp_path}/repeat.jsonl:1: /hangup: expected a boolean; got string "yes"',
        f'{tmp_path}/repeat.jsonl:3: /hangup: expected a boolean; got string "yes"',
        f"{tmp_path}/repeat.jsonl:4: not JSON: Expecting value (line 1, column 1)",
        f"{tmp_path}/repeat.jsonl:5: not JSON: Expecting value (line 1, column 1)",
        "3 values checked: 1 valid, 2 invalid, 2 unreadable",
    ]
