"""Numbers past a double's range (1e309): the CLI, the server and the library say the same.

The decision: a JSON number must fit a double (magnitude at most 1.7976931348623157e308), as
I-JSON (RFC 7493) asks, because every other reader of the contract holds numbers as doubles:
JavaScript reads 1e309 as Infinity, Go refuses to decode it. So 1e309, -1e309 and an integer
of 309 digits are errors at their pointer (keyword ``json``) whose message names the range,
wherever they stand, free-form data included. A number is otherwise read as the nearest double,
as every other language reads it: 1e-400 is 0.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from conftest import ROOT, run_cli
from function_return import ReturnValidationError, validate
from function_return.core.jsontext import loads
from function_return.server.app import app_for_folder

RANGE = "magnitude at most 1.7976931348623157e+308"
BIG_INTEGER = "1" + "0" * 309
METADATA = '{"agentic_dial": {"config_patch": {"destinations": [{"phone_number": "1", "metadata": {"x": N}}]}}}'
VAD_TIMEOUT = '{"listen": {"asr": {"vad_timeout": N}}}'


def _with(template: str, number: str) -> str:
    """``template`` with ``number`` (JSON text) in place of N."""
    return template.replace("N", number)


CASES: list[tuple[str, list[str]]] = [
    ('{"listen": {"asr": {"vad_timeout": 1e309}}}', ["/listen/asr/vad_timeout"]),
    ('{"listen": {"asr": {"vad_timeout": -1e309}}}', ["/listen/asr/vad_timeout"]),
    (_with(VAD_TIMEOUT, BIG_INTEGER), ["/listen/asr/vad_timeout"]),
    ('{"listen": {"asr": {"custom_biases": {"pin": 1e309}}}}', ["/listen/asr/custom_biases/pin"]),
    ('{"listen": {"dtmf": {"num_digits": 1e309}}}', ["/listen/dtmf/num_digits"]),
    (_with(METADATA, "1e309"), ["/agentic_dial/config_patch/destinations/0/metadata/x"]),
    (
        _with(METADATA, f"[-{BIG_INTEGER}]"),
        ["/agentic_dial/config_patch/destinations/0/metadata/x/0"],
    ),
    ("1e309", [""]),
    ('{"listen": {"asr": {"vad_timeout": 1.7976931348623157e308}}}', []),
    ('{"listen": {"asr": {"vad_timeout": 1e308}}}', []),
    (_with(METADATA, "-1.7976931348623157e308"), []),
    ('{"listen": {"asr": {"vad_timeout": 1e-400}}}', []),  # the nearest double: 0
]

Record = tuple[str, str, str, str]


def _library(text: str) -> list[Record]:
    try:
        validate(loads(text))
    except ReturnValidationError as exc:
        return [(e.path, e.schema_path, e.keyword, e.message) for e in exc.errors]
    return []


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(
        app_for_folder(ROOT / "examples" / "functions"), raise_server_exceptions=False
    )


def _server(client: TestClient, text: str) -> list[Record]:
    response = client.post(
        "/v1/validate",
        content=_with('{"value": N}', text).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    assert answer["valid"] is (answer["errors"] == [])
    return [(e["path"], e["schema_path"], e["keyword"], e["message"]) for e in answer["errors"]]


def _cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[int, list[Record]]:
    """Every case as one line of a JSON Lines file, through ``function-return validate``."""
    path = tmp_path / "numbers.jsonl"
    path.write_text("".join(text + "\n" for text, _ in CASES), encoding="utf-8")
    code, out, _ = run_cli(["validate", "--format", "json", str(path)], capsys)
    report = json.loads(out)
    assert code == 1
    assert report["unreadable"] == []
    found: dict[int, list[Record]] = {line: [] for line in range(1, len(CASES) + 1)}
    for e in report["errors"]:
        found[e["line"]].append((e["path"], e["schema_path"], e["keyword"], e["message"]))
    return found


def test_the_cli_the_server_and_the_library_give_the_same_errors(
    client: TestClient, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_cli = _cli(tmp_path, capsys)
    for line, (text, pointers) in enumerate(CASES, 1):
        library = _library(text)
        assert [(r[0], r[2]) for r in library] == [(p, "json") for p in pointers], text[:80]
        assert _server(client, text) == library, text[:80]
        assert by_cli[line] == library, text[:80]


def test_the_message_names_the_range_and_what_was_read() -> None:
    [(_, schema_path, _, message)] = _library('{"listen": {"asr": {"vad_timeout": 1e309}}}')
    assert schema_path == "#json/finite"
    assert message == f"expected a number within a double's range ({RANGE}); got inf"
    [(_, _, _, message)] = _library(_with(VAD_TIMEOUT, BIG_INTEGER))
    assert message.endswith("; got an integer of 310 digits")


def test_python_values_past_the_range_are_judged_alike() -> None:
    for value in (float("inf"), 10**309, -(10**400)):
        with pytest.raises(ReturnValidationError) as raised:
            validate({"listen": {"asr": {"vad_timeout": value}}})
        assert [(e.path, e.keyword) for e in raised.value.errors] == [
            ("/listen/asr/vad_timeout", "json")
        ]
        assert RANGE in raised.value.errors[0].message
    validate({"listen": {"asr": {"vad_timeout": 2**1023}}})  # a double holds it
