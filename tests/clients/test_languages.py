"""The Go and Java types (generated/go, generated/java, by quicktype) compile and round-trip.

Every valid return the project knows is decoded into ``FunctionReturnValue`` and encoded again,
by one Go program and one Java program over all of them (``tests/go/main.go``,
``tests/java/RoundTrip.java``), and must come back as the same JSON *modulo nulls*: a key whose
value is ``null`` is taken as absent, on both sides (the generated types write an absent
optional field as ``null``; Go's ``omitempty`` leaves some out). A wrong type must fail to
decode.

What the types cannot hold is listed here, asserted, and in the README: a value on one of
these lists must fail (or pass) exactly as the list says.

Go and a JDK come from Debian's packages (``golang-go``, ``default-jdk-headless`` and
``libjackson2-databind-java`` for Jackson), installed by ``make setup`` where it runs as root
with apt-get; elsewhere these tests are skipped, saying why.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from known_values import Known, canonical, valid_values

from conftest import ROOT

GENERATED = ROOT / "generated"
JACKSON = [
    Path("/usr/share/java") / f"jackson-{n}.jar" for n in ("databind", "core", "annotations")
]
VALUES = valid_values()

Outcome = tuple[str, Any]  # ("ok", the JSON written back) or ("error", the message)


def _integral_float_in_an_integer_field(value: Any) -> bool:
    """An integer field (num_digits, max_extensions) written with a fraction part: ``6.0``."""
    listen = value.get("listen", {}) if isinstance(value, dict) else {}
    fields = [
        listen.get("dtmf", {}).get("num_digits"),
        listen.get("smart_vad", {}).get("max_extensions"),
    ]
    return any(isinstance(f, float) for f in fields)


# What each language's types cannot round-trip, with why: (name, predicate, expected error).
CANNOT_ROUND_TRIP: dict[str, list[tuple[str, Callable[[Any], bool], str]]] = {
    "go": [
        (
            "an integer field written with a fraction part (6.0): JSON Schema counts it an "
            "integer, Go's encoding/json refuses it for an int64",
            _integral_float_in_an_integer_field,
            "cannot unmarshal number",
        )
    ],
    "java": [],
}

# Wrong values: whether each language's types refuse to decode them (the README's table).
WRONG_TYPES: list[tuple[str, Any, bool, bool]] = [
    # (what, value, Go refuses, Java refuses)
    ("a string for a boolean", {"hangup": "yes"}, True, True),
    ("a string for an integer", {"listen": {"dtmf": {"num_digits": "six"}}}, True, True),
    ("an array for an object", {"listen": []}, True, True),
    ("a string for true or a handoff", {"handoff": "yes"}, True, True),
    ("a number for the whole return", 5, True, True),
    ("a number for a phone number", {"handoff": {"refer": {"phone_number": 12345}}}, True, False),
    ("a number for a string", {"utterance": 5}, True, False),
    ("a value outside an enum", {"listen": {"channel": "speech"}}, False, True),
    ("false for true or a handoff", {"handoff": False}, False, False),
    ("a fraction in an integer field", {"listen": {"dtmf": {"num_digits": 6.5}}}, True, False),
    ("an unknown key", {"hangup": True, "unknown": 1}, False, False),
]


def _without_nulls(value: Any) -> Any:
    """``value`` with every object key whose value is null left out, at every depth."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def same_json(a: Any, b: Any) -> bool:
    """Equal as JSON: numbers by value (20 and 20.0 alike), booleans never equal to numbers."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _run(command: list[str], values: list[Any], cwd: Path) -> list[Outcome]:
    """Feed every value, one JSON line each, to a round-trip program; read its answers."""
    lines = "".join(json.dumps(v) + "\n" for v in values)
    result = subprocess.run(
        command, input=lines, capture_output=True, text=True, timeout=300, cwd=cwd
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answers = result.stdout.splitlines()
    assert len(answers) == len(values), result.stderr[-3000:]
    outcomes: list[Outcome] = []
    for answer in answers:
        kind, text = answer.split("\t", 1)
        outcomes.append((kind, json.loads(text)))
    return outcomes


def _tool_env() -> dict[str, str]:
    """No network, no toolchain download; Go's build cache where Go puts it, or in /tmp."""
    env = {**os.environ, "GOPROXY": "off", "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod"}
    if not (env.get("GOCACHE") or env.get("XDG_CACHE_HOME") or env.get("HOME")):
        env["GOCACHE"] = str(Path(tempfile.gettempdir()) / "function-return-go-cache")
    return env


@pytest.fixture(scope="module")
def go(tmp_path_factory: pytest.TempPathFactory) -> Callable[[list[Any]], list[Outcome]]:
    """The Go round-trip program, built once with the generated types."""
    if shutil.which("go") is None:
        pytest.skip("no Go toolchain: `make setup` installs Debian's golang-go as root")
    folder = tmp_path_factory.mktemp("go-roundtrip")
    (folder / "go.mod").write_text("module roundtrip\n\ngo 1.19\n", encoding="utf-8")
    (folder / "functionreturn").mkdir()
    shutil.copy(GENERATED / "go" / "function_return.go", folder / "functionreturn")
    shutil.copy(ROOT / "tests" / "go" / "main.go", folder)
    built = subprocess.run(
        ["go", "build", "-o", "roundtrip", "."],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        env=_tool_env(),
    )
    assert built.returncode == 0, built.stdout + built.stderr
    vet = subprocess.run(
        ["go", "vet", "./..."],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        env=_tool_env(),
    )
    assert vet.returncode == 0, vet.stdout + vet.stderr
    return lambda values: _run([str(folder / "roundtrip")], values, folder)


@pytest.fixture(scope="module")
def java(tmp_path_factory: pytest.TempPathFactory) -> Callable[[list[Any]], list[Outcome]]:
    """The Java round-trip program, compiled once with the generated classes."""
    if shutil.which("javac") is None or shutil.which("java") is None:
        pytest.skip("no JDK: `make setup` installs Debian's default-jdk-headless as root")
    missing = [str(p) for p in JACKSON if not p.exists()]
    if missing:
        pytest.skip(
            f"no Jackson ({', '.join(missing)}): `make setup` installs Debian's libjackson2-databind-java"
        )
    folder = tmp_path_factory.mktemp("java-roundtrip")
    sources = sorted(str(p) for p in (GENERATED / "java").rglob("*.java"))
    classpath = os.pathsep.join(str(p) for p in JACKSON)
    compiled = subprocess.run(
        ["javac", "-Xlint:none", "-nowarn", "-encoding", "UTF-8", "-d", str(folder / "classes"),
         "-cp", classpath, *sources, str(ROOT / "tests" / "java" / "RoundTrip.java")],
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    run_path = os.pathsep.join([str(folder / "classes"), classpath])
    return lambda values: _run(["java", "-cp", run_path, "RoundTrip"], values, folder)


def _round_trip_failures(language: str, run: Callable[[list[Any]], list[Outcome]]) -> None:
    """Every valid value round-trips, except those a listed limit says, which fail as said."""
    outcomes = run([k.value for k in VALUES])
    unexpected: list[str] = []
    limited = {name: 0 for name, _, _ in CANNOT_ROUND_TRIP[language]}
    for known, (kind, answer) in zip(VALUES, outcomes, strict=True):
        limits = [(n, e) for n, test, e in CANNOT_ROUND_TRIP[language] if test(known.value)]
        if limits:
            name, error = limits[0]
            limited[name] += 1
            if kind != "error" or error not in answer:
                unexpected.append(f"{known.source}: listed as '{name}', but gave {kind} {answer}")
        elif kind != "ok":
            unexpected.append(f"{known.source}: {answer}")
        elif not same_json(_without_nulls(answer), _without_nulls(known.value)):
            unexpected.append(
                f"{known.source}: {canonical(known.value)} came back as {canonical(answer)}"
            )
    assert unexpected == []
    assert all(count > 0 for count in limited.values()), limited  # each listed limit is real
    round_tripped = len(VALUES) - sum(limited.values())
    assert round_tripped >= len(VALUES) - 10, (round_tripped, limited)


def test_every_valid_value_round_trips_through_the_go_types(go: Any) -> None:
    _round_trip_failures("go", go)


def test_every_valid_value_round_trips_through_the_java_classes(java: Any) -> None:
    _round_trip_failures("java", java)


@pytest.mark.parametrize(("language", "column"), [("go", 2), ("java", 3)])
def test_wrong_values_fail_to_decode_or_decode_as_listed(
    language: str, column: int, request: pytest.FixtureRequest
) -> None:
    run = request.getfixturevalue(language)
    outcomes = run([row[1] for row in WRONG_TYPES])
    got = {row[0]: kind == "error" for row, (kind, _) in zip(WRONG_TYPES, outcomes, strict=True)}
    assert got == {row[0]: row[column] for row in WRONG_TYPES}


def test_the_go_types_use_only_the_standard_library() -> None:
    text = (GENERATED / "go" / "function_return.go").read_text(encoding="utf-8")
    imports = {line.split('"')[1] for line in text.splitlines() if line.startswith("import ")}
    assert imports <= {"bytes", "errors", "encoding/json"}
    assert text.splitlines()[0].endswith("DO NOT EDIT.")  # Go tools read the file as generated


def test_every_java_file_says_what_made_it_on_its_first_line() -> None:
    files = sorted((GENERATED / "java").rglob("*.java"))
    assert len(files) > 20
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("// Generated from schema/function_return.schema.json by quicktype")


def test_known_values_are_what_the_round_trips_take() -> None:
    assert len(VALUES) >= 560
    assert all(isinstance(k, Known) for k in VALUES)


def test_a_number_past_a_double_is_refused_in_go_and_becomes_a_string_in_java(
    go: Any, java: Any
) -> None:
    # The contract rejects it (tests/core/test_big_numbers.py); neither language's types can hold it.
    value = {"listen": {"asr": {"vad_timeout": 10**309}}}
    assert go([value]) == [("error", "Unparsable number")]
    [(kind, answer)] = java([value])
    assert (kind, answer["listen"]["asr"]["vad_timeout"]) == ("ok", "Infinity")


def _readme_block(language: str) -> str:
    """The README's one code block in ``language``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    [block] = re.findall(rf"^```{language}\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    return block


def test_the_readme_go_snippet_runs(go: Any, tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text("module yourservice\n\ngo 1.19\n", encoding="utf-8")
    (tmp_path / "functionreturn").mkdir()
    shutil.copy(GENERATED / "go" / "function_return.go", tmp_path / "functionreturn")
    (tmp_path / "main.go").write_text(_readme_block("go"), encoding="utf-8")
    ran = subprocess.run(
        ["go", "run", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env=_tool_env(),
    )
    assert (ran.returncode, ran.stdout) == (0, "Goodbye!\ntrue\n"), ran.stderr


def test_the_readme_java_snippet_runs(java: Any, tmp_path: Path) -> None:
    (tmp_path / "Main.java").write_text(_readme_block("java"), encoding="utf-8")
    sources = sorted(str(p) for p in (GENERATED / "java").rglob("*.java"))
    classpath = os.pathsep.join(str(p) for p in JACKSON)
    compiled = subprocess.run(
        ["javac", "-nowarn", "-d", str(tmp_path / "classes"), "-cp", classpath, *sources,
         str(tmp_path / "Main.java")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert compiled.returncode == 0, compiled.stderr
    run_path = os.pathsep.join([str(tmp_path / "classes"), classpath])
    ran = subprocess.run(
        ["java", "-cp", run_path, "Main"], capture_output=True, text=True, timeout=120
    )
    assert (ran.returncode, ran.stdout) == (0, "Goodbye!\ntrue\n"), ran.stderr
