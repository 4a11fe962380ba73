"""``function-return validate --lint / --strict / --config``: findings after schema errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT
from function_return.cli import run

AGENT = ROOT / "tests" / "samples" / "agent.yaml"
LINES = [
    {"utterance": "Code?", "listen": {"dtmf": {"num_digits": 4}}},
    {"utterance": "Hi", "hangup": "yes", "listen": {"listen": False, "channel": "DTMF"}},
    "Tell the user the shop opens at nine.",
    {"variant": "orleens"},
    {"utterance": "Bye", "sentiment": "happy"},
]


@pytest.fixture
def returns(tmp_path: Path) -> Path:
    """A JSON Lines file of returns with lint findings."""
    path = tmp_path / "returns.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in LINES), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(["validate", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_lint_shows_findings_after_each_values_errors(
    returns: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, str(returns), "--lint")
    assert code == 1
    assert out.splitlines() == [
        f'{returns}:1: /listen/dtmf: FR104 warning: the channel is "SPEECH" (the default), so '
        "the keypad is not listened to",
        f'{returns}:2: /hangup: expected a boolean; got string "yes"',
        f"{returns}:2: /listen/listen: FR107 warning: listen is false, so channel is ignored",
        f'{returns}:5: /sentiment: unknown key "sentiment"; expected one of: content, '
        "utterance, utterance_channel, end_turn, hangup, handoff, listen, variant, transition, "
        "agentic_dial",
        "5 values checked: 3 valid, 2 invalid, 2 lint findings",
    ]


def test_warnings_alone_pass_and_fail_with_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(LINES[0]), encoding="utf-8")
    code, out, _ = _run(capsys, str(path), "--lint")
    assert (code, out.splitlines()[-1]) == (
        0,
        "ok -- 1 value checked: 1 valid, 0 invalid, 1 lint finding",
    )
    code, out, _ = _run(capsys, str(path), "--strict")
    assert (code, out.splitlines()[-1]) == (
        1,
        "1 value checked: 1 valid, 0 invalid, 1 lint finding",
    )


def test_config_makes_an_unconfigured_variant_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "variant.json"
    path.write_text('{"variant": "orleens"}', encoding="utf-8")
    code, out, _ = _run(capsys, str(path), "--config", str(AGENT))
    assert code == 1
    assert out.splitlines()[0] == (
        f'{path}:1: /variant: FR109 error: variant "orleens" is not configured; '
        'did you mean "orleans"?'
    )


def test_lenient_lint_reports_unknown_keys_as_warnings(
    returns: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, str(returns), "--lint", "--lenient", "--format", "json")
    document = json.loads(out)
    assert code == 1  # line 2's hangup is still invalid
    assert [(f["line"], f["code"], f["path"], f["severity"]) for f in document["findings"]] == [
        (1, "FR104", "/listen/dtmf", "warning"),
        (2, "FR107", "/listen/listen", "warning"),
        (5, "FR111", "/sentiment", "warning"),
    ]
    assert set(document["findings"][0]) == {
        "file",
        "line",
        "path",
        "code",
        "severity",
        "message",
        "hint",
    }


def test_json_report_has_findings_only_when_linting(
    returns: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(capsys, str(returns), "--format", "json")
    assert "findings" not in json.loads(out)
    _, out, _ = _run(capsys, str(returns), "--format", "json", "--lint")
    assert len(json.loads(out)["findings"]) == 2


def test_lint_reports_the_same_with_worker_processes(
    returns: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = _run(capsys, str(returns), "--format", "json", "--config", str(AGENT))
    two = _run(capsys, str(returns), "--format", "json", "--config", str(AGENT), "--jobs", "2")
    assert one == two
    assert [f["code"] for f in json.loads(one[1])["findings"]] == ["FR104", "FR107", "FR109"]


def test_an_unreadable_or_invalid_config_exits_2(
    returns: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, str(returns), "--config", str(tmp_path / "absent.yaml"))
    assert (code, out) == (2, "")
    assert "absent.yaml: cannot read: No such file or directory" in err
    bad = tmp_path / "bad.json"
    bad.write_text('{"handoffs": {"SALES": {"reasons": [""]}}}', encoding="utf-8")
    code, out, err = _run(capsys, str(returns), "--config", str(bad))
    assert (code, out) == (2, "")
    assert "/handoffs/SALES/reasons/0: '' should be non-empty" in err
