"""``function-return validate`` on large inputs: ``--jobs N`` processes, progress on a terminal."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tqdm import tqdm

from function_return.cli import run
from function_return.cli.validate import batch as validate_batch
from function_return.cli.validate import inputs as validate_inputs
from function_return.cli.validate import report as validate_report

CLI = Path(sys.executable).with_name("function-return")

LINES = [
    '{"utterance": "Goodbye!", "hangup": true}',
    '{"utterence": "Goodbye!"}',
    "",
    '"Ask for the date"',
    '{"listen": {"channel": "speech", "dtmf": {"num_digits": true}}}',
    "{not json",
    "null",
    '{"handoff": {"refer": {}}}',
    '{"listen": {"asr": {"timeout": NaN}}}',
    '{"variant": "orleans", "utterance": "Orléans it is."}',
]


class _Terminal(io.StringIO):
    """A stand-in for a terminal's standard error."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder with two JSON Lines files of mixed lines and a JSON file."""
    (tmp_path / "a.jsonl").write_text("\n".join(LINES * 30) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"utterance": "One moment.", "end_turn": 1}')
    (tmp_path / "c.jsonl").write_text("\n".join(reversed(LINES * 7)), encoding="utf-8")
    return tmp_path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of 7 lines and batches of 10 values, so that a few hundred lines make many."""
    monkeypatch.setattr(validate_inputs, "BLOCK", 7)
    monkeypatch.setattr(validate_batch, "BATCH", 10)


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize("report_format", ["text", "json"])
def test_jobs_give_the_same_report_as_one_process(
    inputs: Path, capsys: pytest.CaptureFixture[str], report_format: str
) -> None:
    args = ["validate", "--format", report_format, str(inputs)]
    code_1, out_1, _ = _run([*args, "--jobs", "1"], capsys)
    assert code_1 == 2  # the not-JSON lines
    assert out_1.count("/listen/channel") == 37
    for jobs in ("2", "3"):
        assert _run([*args, "--jobs", jobs], capsys) == (code_1, out_1, "")


@pytest.mark.usefixtures("small_batches")
def test_jobs_report_problems_in_input_order(
    inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(["validate", "--format", "json", "--jobs", "2", str(inputs)], capsys)
    report = json.loads(out)
    assert code == 2
    assert (report["checked"], report["invalid"], len(report["unreadable"])) == (260, 112, 74)
    where = [(e["file"], e["line"] or 0) for e in report["errors"]]
    assert where == sorted(where)
    assert [u["line"] for u in report["unreadable"]][:3] == [6, 9, 16]
    assert report["errors"][0] == {
        "file": str(inputs / "a.jsonl"),
        "line": 2,
        "path": "/utterence",
        "schema_path": "#/$defs/FunctionReturn/additionalProperties",
        "keyword": "additionalProperties",
        "message": 'unknown key "utterence"; did you mean "utterance"?',
    }


def test_jobs_0_uses_one_process_per_cpu(inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = _run(["validate", str(inputs / "a.jsonl")], capsys)
    assert _run(["validate", "--jobs", "0", str(inputs / "a.jsonl")], capsys) == one


@pytest.mark.parametrize("jobs", ["-1", "two", ""])
def test_a_jobs_value_that_is_not_a_count_is_a_usage_error(
    inputs: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    code, out, err = _run(["validate", "--jobs", jobs, str(inputs)], capsys)
    assert (code, out) == (2, "")
    assert "argument --jobs: expected a number of processes (0 for all CPUs)" in err


def test_the_installed_command_checks_thousands_of_lines_in_two_processes(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_text("\n".join(LINES * 400) + "\n", encoding="utf-8")
    runs = [
        subprocess.run(
            [str(CLI), "validate", "--jobs", jobs, str(big)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        for jobs in ("1", "2")
    ]
    assert [r.returncode for r in runs] == [2, 2]
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stdout.splitlines()[-1] == (
        "2800 values checked: 1600 valid, 1200 invalid, 800 unreadable"
    )
    assert runs[1].stderr == ""  # piped: no progress


def test_progress_shows_on_a_terminal(
    inputs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validate_report, "PROGRESS_DELAY", 0)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, out, _ = _run(["validate", str(inputs)], capsys)
    assert code == 2
    assert out.endswith("260 values checked: 148 valid, 112 invalid, 74 unreadable\n")
    shown = terminal.getvalue()
    assert shown.startswith("\rchecking:   0%|")
    total = sum(p.stat().st_size for p in inputs.iterdir())
    assert f"0.00/{tqdm.format_sizeof(total, divisor=1024)} [" in shown


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_counts_every_byte_of_the_input(inputs: Path, jobs: int) -> None:
    counted: list[int] = []
    validate_batch.check([str(inputs)], jobs=jobs, progress=lambda v: counted.append(v.size))
    assert sum(counted) == sum(p.stat().st_size for p in inputs.iterdir())
    assert len(counted) > 20  # it moves along, batch by batch


def test_no_progress_in_json_format_on_a_terminal(
    inputs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validate_report, "PROGRESS_DELAY", 0)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, out, _ = _run(["validate", "--format", "json", str(inputs)], capsys)
    assert code == 2
    assert json.loads(out)["checked"] == 260
    assert terminal.getvalue() == ""


def test_no_progress_when_standard_error_is_not_a_terminal(
    inputs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validate_report, "PROGRESS_DELAY", 0)
    code, _, err = _run(["validate", str(inputs)], capsys)
    assert code == 2
    assert err == ""


def test_a_value_too_deep_to_send_to_a_worker_is_checked_all_the_same(tmp_path: Path) -> None:
    deep = "[" * 900 + "]" * 900
    (tmp_path / "deep.json").write_text(f'{{"utterance": {deep}}}', encoding="utf-8")
    (tmp_path / "fine.json").write_text('{"hangup": true}', encoding="utf-8")
    runs = [
        subprocess.run(
            [str(CLI), "validate", "--format", "json", "--jobs", jobs, str(tmp_path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        for jobs in ("1", "2")
    ]
    assert [(r.returncode, r.stderr) for r in runs] == [(1, ""), (1, "")]
    assert runs[0].stdout == runs[1].stdout
    report = json.loads(runs[1].stdout)
    assert (report["checked"], report["invalid"]) == (2, 1)
    assert [(e["path"][:12], e["keyword"]) for e in report["errors"]] == [
        ("/utterance", "type"),
        ("/utterance/0", "json"),
    ]
