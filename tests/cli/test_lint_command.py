"""``function-return lint``: ``validate --lint`` by name, and Python literals with ``--python``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT
from function_return.cli import run
from function_return.core.jsontext import NotJSON, python_literal

AGENT = ROOT / "tests" / "samples" / "agent.yaml"
LINES = [
    {"utterance": "Code?", "listen": {"dtmf": {"num_digits": 4}}},
    {"utterance": "Hi", "hangup": "yes"},
    {"variant": "orleens"},
]


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("extra", [[], ["--format", "json"], ["--config", str(AGENT)]])
def test_lint_says_what_validate_lint_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    path = tmp_path / "returns.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in LINES), encoding="utf-8")
    linted = _out(capsys, "lint", str(path), *extra)
    validated = _out(capsys, "validate", str(path), "--lint", *extra)
    assert linted == validated
    assert linted[0] == 1


def test_python_literals_are_read_without_running_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bye = tmp_path / "bye.py"
    bye.write_text("{'utterance': 'Bye', 'hangup': True, 'handoff': True,}\n", encoding="utf-8")
    code_file = tmp_path / "code.py"
    code_file.write_text("{'utterance': __import__('os').getcwd()}\n", encoding="utf-8")
    code, out, _ = _out(capsys, "lint", "--python", str(bye), str(code_file))
    assert code == 2
    assert out.splitlines() == [
        f"{bye}: /hangup: FR106 warning: hangup ends the conversation, yet handoff asks for more",
        f"{code_file}: not a Python literal: __import__('os').getcwd() is code, not a value "
        "(line 1); nothing is run",
        "1 value checked: 1 valid, 0 invalid, 1 lint finding, 1 unreadable",
    ]


def test_a_python_literal_over_max_size_is_unreadable_not_read_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.py"
    big.write_text("{'utterance': '" + "é" * 40 + "'}\n", encoding="utf-8")  # 98 bytes
    code, out, _ = _out(capsys, "lint", "--python", "--max-size", "64", str(big))
    assert code == 2
    assert out.splitlines() == [
        f"{big}: over the 64-byte limit (--max-size)",
        "0 values checked: 0 valid, 0 invalid, 0 lint findings, 1 unreadable",
    ]
    code, _, _ = _out(capsys, "lint", "--python", "--max-size", "1K", str(big))
    assert code == 0


def test_explain_reads_a_python_literal_and_names_one_given_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("{'utterance': 'Bye', 'hangup': True}", encoding="utf-8")
    code, out, _ = _out(capsys, "explain", "--python", str(path))
    assert (code, out.splitlines()[0]) == (
        0,
        '1. Says now (spoken on voice, shown on web chat): "Bye"',
    )
    code, _, err = _out(capsys, "explain", str(path))
    assert code == 2
    assert err.endswith("; it reads as a Python literal: add --python\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{1: 'a'}", "the key 1 is not a string, so it has no JSON form"),
        ("{'a': {1, 2}}", "a set ({1, 2}) has no JSON form"),
        ("{'a': 1e999}", "NaN and Infinity are not JSON"),
        ("{'a': ", "not a Python literal: '{' was never closed (line 1)"),
        ("[" * 1000 + "]" * 1000, "not a Python literal: too many nested parentheses (line 1)"),
    ],
)
def test_a_python_literal_without_a_json_form_is_named(text: str, message: str) -> None:
    with pytest.raises(NotJSON) as caught:
        python_literal(text)
    assert str(caught.value) == message


def test_tuples_become_lists() -> None:
    assert python_literal("{'a': (1, None, False)}") == {"a": [1, None, False]}
