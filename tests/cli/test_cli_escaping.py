"""What the CLI prints is escaped: lone surrogates never crash it, and a key cannot forge a
line of the report or reach the terminal as an escape sequence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CLI = str(Path(sys.executable).with_name("function-return"))


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, *args], capture_output=True, text=True, cwd=cwd, timeout=60, encoding="utf-8"
    )


def _lines(tmp_path: Path) -> Path:
    path = tmp_path / "calls.jsonl"
    path.write_text(
        '{"\\ud800": 1}\n'
        '{"utterance": "x", "\\u001b[2J\\nok -- 9 values checked: 9 valid, 0 invalid": 1}\n'
        '{"hangup": "no"}\n',
        encoding="utf-8",
    )
    return path


def test_a_lone_surrogate_key_is_reported_and_the_later_lines_and_summary_follow(
    tmp_path: Path,
) -> None:
    done = _run("validate", str(_lines(tmp_path)), cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].endswith(': /\\ud800: unknown key "\\ud800"; expected one of: content, '
                             "utterance, utterance_channel, end_turn, hangup, handoff, listen, "
                             "variant, transition, agentic_dial")  # fmt: skip
    assert lines[2].endswith(':3: /hangup: expected a boolean; got string "no"')
    assert lines[-1] == "3 values checked: 0 valid, 3 invalid"


def test_a_key_cannot_forge_a_line_or_send_a_terminal_escape(tmp_path: Path) -> None:
    done = _run("validate", str(_lines(tmp_path)), cwd=tmp_path)
    assert "\x1b" not in done.stdout
    assert not any(line.startswith("ok --") for line in done.stdout.splitlines())
    assert len(done.stdout.splitlines()) == 4  # three errors and the summary


def test_the_json_report_holds_a_lone_surrogate_as_an_escape(tmp_path: Path) -> None:
    done = _run("validate", "--format", "json", str(_lines(tmp_path)), cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    assert document["errors"][0]["path"] == "/\ud800"
    assert document["checked"] == 3


def test_explain_prints_a_lone_surrogate_escaped(tmp_path: Path) -> None:
    (tmp_path / "value.json").write_text('{"utterance": "\\ud800"}', encoding="utf-8")
    done = _run("explain", "value.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith('1. Says now (spoken on voice, shown on web chat): "\\ud800"')
    done = _run("explain", "--format", "json", "value.json", cwd=tmp_path)
    assert json.loads(done.stdout)["status"] == "ok"


def test_check_reports_a_lone_surrogate_key_in_source(tmp_path: Path) -> None:
    (tmp_path / "f.py").write_text(
        'def f():\n    return {"\\ud800": 1, "\\x1b[2J": 2}\n', encoding="utf-8"
    )
    done = _run("check", "f.py", cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    assert "\\ud800" in done.stdout and "\x1b" not in done.stdout
    assert done.stdout.splitlines()[-1].startswith("1 file, 1 return judged")
