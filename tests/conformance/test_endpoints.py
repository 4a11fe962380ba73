"""``contract-test`` against the two implementations in ``tests/endpoints/``, written apart from it.

Every pair of implementation and mode runs as its own process (all started at once, module-scoped): in
``conforming`` mode contract-test passes, over several seeds; in each planted-bug mode it exits 1
and names that bug (the function, the check, the JSON Pointer), and nothing else.
"""

from __future__ import annotations

import io
import json
import selectors
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from conftest import ROOT
from function_return.cli import run as cli
from function_return.conformance.engine import check_endpoint
from function_return.conformance.report import FailureRecord, Report, write_text

ENDPOINTS = ROOT / "tests" / "endpoints"
COMMANDS = {
    "stdlib": [sys.executable, str(ENDPOINTS / "stdlib_endpoint.py")],
    "node": ["node", str(ENDPOINTS / "node_endpoint.mjs")],
}
FUNCTIONS = {
    "stdlib": ["ask_for_pin", "goodbye", "quote_price", "route_call", "set_language"],
    "node": ["collect_zip", "end_chat", "lookup_order", "record_rating", "schedule_callback"],
}
MODES = [
    "misspelt-key",
    "runtime-string",
    "missing-logs",
    "text-plain-errors",
    "500-for-bad-args",
    "extra-envelope-field",
    "invalid-boundary-body",
    "wrong-unknown-status",
    "list-omits-param-type",
]
TOKEN = "s3cret-token"
EXAMPLES = 3
"""Generated calls per function: few, the boundary and invalid calls are made besides."""

# Each planted bug as contract-test must name it: {(function, check, pointer, status)}; every
# failure of the run must be one of these, and each of these must be found.
EVERY = object()
ANY = object()  # any pointer
PLANTED: dict[tuple[str, str], set[tuple[Any, str, Any, Any]]] = {
    ("stdlib", "misspelt-key"): {("goodbye", "body", "/body/utterence", 200)},
    ("node", "misspelt-key"): {("end_chat", "body", "/body/utterence", 200)},
    ("stdlib", "runtime-string"): {(EVERY, "envelope", "/runtime", 200)},
    ("node", "runtime-string"): {(EVERY, "envelope", "/runtime", 200)},
    ("stdlib", "missing-logs"): {("quote_price", "envelope", "", 200)},
    ("node", "missing-logs"): {("schedule_callback", "envelope", "", 200)},
    ("stdlib", "text-plain-errors"): {(EVERY, "problem", None, 422)},
    ("node", "text-plain-errors"): {(EVERY, "problem", None, 422)},
    ("stdlib", "500-for-bad-args"): {(EVERY, "status", ANY, 500)},
    ("node", "500-for-bad-args"): {(EVERY, "status", ANY, 500)},
    ("stdlib", "extra-envelope-field"): {(EVERY, "envelope", "", 200)},
    ("node", "extra-envelope-field"): {(EVERY, "envelope", "", 200)},
    ("stdlib", "invalid-boundary-body"): {("route_call", "body", "/body/hangup", 200)},
    ("node", "invalid-boundary-body"): {
        ("collect_zip", "body", "/body/listen/dtmf/num_digits", 200)
    },
    ("stdlib", "wrong-unknown-status"): {(None, "status", None, 400)},
    ("node", "wrong-unknown-status"): {(None, "status", None, 200)},
    ("stdlib", "list-omits-param-type"): {
        (None, "list", "/functions/3/parameters/1", 200),
    },
    ("node", "list-omits-param-type"): {
        ("collect_zip", "status", None, 422),
        ("collect_zip", "list", "/args/length", 422),
        ("collect_zip", "coverage", None, None),
    },
}
MESSAGES = {
    ("stdlib", "misspelt-key"): 'unknown key "utterence"',
    ("stdlib", "runtime-string"): "'0.",
    ("node", "missing-logs"): "'logs' is a required property",
    ("stdlib", "text-plain-errors"): "got Content-Type text/plain",
    ("node", "500-for-bad-args"): "expected 422 for arguments that do not fit",
    ("node", "extra-envelope-field"): "'function' was unexpected",
    ("stdlib", "invalid-boundary-body"): '/body/hangup: expected a boolean; got string "yes"',
    ("stdlib", "wrong-unknown-status"): "expected 404 for an unknown function; got 400",
    ("stdlib", "list-omits-param-type"): "'type' is a required property",
    ("node", "list-omits-param-type"): "'collect_zip' takes a parameter 'length'",
}


def _node_missing() -> bool:
    return shutil.which("node") is None


IMPLS = [
    "stdlib",
    pytest.param("node", marks=pytest.mark.skipif(_node_missing(), reason="node is not installed")),
]


def _start_all(wanted: list[tuple[str, str, str | None]]) -> tuple[dict[Any, str], list[Any]]:
    """Start every (implementation, mode, token) at once; their URLs once each is listening."""
    processes = {}
    for impl, mode, token in wanted:
        command = [*COMMANDS[impl], "--port", "0", "--mode", mode]
        if token:
            command += ["--token", token]
        processes[(impl, mode, token)] = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
    urls = {}
    selector = selectors.DefaultSelector()
    for key, process in processes.items():
        assert process.stdout is not None
        selector.register(process.stdout, selectors.EVENT_READ, key)
    deadline = time.monotonic() + 30
    while len(urls) < len(processes) and time.monotonic() < deadline:
        for selected, _ in selector.select(timeout=1):
            line = selected.fileobj.readline()  # type: ignore[union-attr]
            if line.startswith("listening on "):
                urls[selected.data] = line.split()[-1]
                selector.unregister(selected.fileobj)
    selector.close()
    assert len(urls) == len(processes), f"not listening: {set(processes) - set(urls)}"
    return urls, list(processes.values())


@pytest.fixture(scope="module")
def endpoints() -> Iterator[dict[Any, str]]:
    impls = ["stdlib"] if _node_missing() else ["stdlib", "node"]
    wanted: list[tuple[str, str, str | None]] = [
        (impl, mode, None) for impl in impls for mode in ["conforming", *MODES]
    ]
    wanted += [(impl, "conforming", TOKEN) for impl in impls]
    urls, processes = _start_all(wanted)
    try:
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def _errors(report: Report) -> list[FailureRecord]:
    return report.errors_found()


@pytest.mark.parametrize("impl", IMPLS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_conforming_implementation_passes(
    endpoints: dict[Any, str], impl: str, seed: int
) -> None:
    report = check_endpoint(endpoints[(impl, "conforming", None)], max_examples=5, seed=seed)
    assert [f.as_dict() for f in report.failures] == []
    assert report.errors == []
    assert report.exit_code() == 0
    assert sorted(report.functions) == FUNCTIONS[impl]
    for stats in report.functions.values():
        assert stats.not_tested is None
        assert stats.statuses[200] >= 2, stats
        assert stats.statuses[422] >= 3, stats  # the invalid arguments were refused
        assert stats.bodies_validated == stats.statuses[200]


@pytest.mark.parametrize("impl", IMPLS)
@pytest.mark.parametrize("mode", MODES)
def test_each_planted_bug_fails_the_run_and_is_named(
    endpoints: dict[Any, str], impl: str, mode: str
) -> None:
    report = check_endpoint(endpoints[(impl, mode, None)], max_examples=EXAMPLES, seed=1)
    assert report.exit_code() == 1
    assert report.unreachable is None
    expected = PLANTED[(impl, mode)]
    found = {(f.function, f.check, f.pointer, f.status) for f in _errors(report)}
    anywhere = {(f, c, s) for f, c, _, s in found}
    for function, check, pointer, status in expected:
        names = FUNCTIONS[impl] if function is EVERY else [function]
        for name in names:
            if pointer is ANY:
                assert (name, check, status) in anywhere, (name, check, sorted(found, key=str))
            else:
                assert (name, check, pointer, status) in found, (name, sorted(found, key=str))
    allowed = {(c, p, s) for _, c, p, s in expected}
    for record in _errors(report):
        assert (record.check, record.pointer, record.status) in allowed or (
            (record.check, ANY, record.status) in allowed
        ), record.as_dict()
        if record.check != "coverage":
            assert record.curl.startswith("curl -i -X "), record.curl
            assert record.status is not None and record.expected
            assert record.status not in record.expected or record.check != "status"
    if mode == "500-for-bad-args":  # one failure per cause, each pointing into the request
        route = [f for f in _errors(report) if f.function == FUNCTIONS[impl][-1]]
        causes = {f.cause: f.pointer for f in route}
        assert {"missing-argument", "wrong-type", "unknown-argument"} <= set(causes), causes
        assert causes["unknown-argument"] == "/args/contract_test_unknown_argument"
        assert len(route) == len(causes)
    if (impl, mode) in MESSAGES:
        assert any(MESSAGES[(impl, mode)] in f.message for f in _errors(report)), [
            f.message for f in _errors(report)
        ]


def test_the_text_report_of_a_failure_can_be_acted_on(endpoints: dict[Any, str]) -> None:
    url = endpoints[("stdlib", "invalid-boundary-body", None)]
    report = check_endpoint(url, token=None, max_examples=0)
    out = io.StringIO()
    write_text(report, out)
    text = out.getvalue()
    execute = f"{url}/v1/agents/agent-1/branches/main/functions/route_call/execute"
    assert (
        "FAIL route_call: Body breaks the function return contract [body]\n"
        f"  POST {execute}\n"
        "  status 200, expected 200, 500, 504\n"
        "  at /body/hangup\n"
        '  /body/hangup: expected a boolean; got string "yes"\n'
        f"  reproduce: curl -i -X POST {execute} -H 'Content-Type: application/json' "
        """--data-binary '{"args": {"department": ""}}'\n"""
    ) in text
    assert "route_call    " in text and "FAIL (1 failure)" in text
    assert text.endswith(")\n") and "does not conform: 1 failure (1 of 5 functions failing)" in text


def test_with_the_token_curl_lines_read_it_from_the_environment(
    endpoints: dict[Any, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = endpoints[("stdlib", "conforming", TOKEN)]
    code = cli(["contract-test", url, "--token", TOKEN, "--max-examples", "2", "--seed", "1"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("function ")  # the table, no failure before it
    # the same endpoint, and a calls file that expects what it does not answer
    calls = tmp_path / "calls.jsonl"
    calls.write_text(
        '{"function": "route_call", "args": {"department": "sales"}, "expect_status": 201}\n',
        encoding="utf-8",
    )
    code = cli(["contract-test", url, "--token", TOKEN, "--calls", str(calls), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    (failure,) = report["failures"]
    assert failure["status"] == 200 and failure["expected"] == [201]
    assert '-H "Authorization: Bearer $FUNCTION_RETURN_TOKEN"' in failure["curl"]
    assert TOKEN not in failure["curl"] and "[Filtered]" not in failure["curl"]


@pytest.mark.parametrize("impl", IMPLS)
def test_without_the_token_a_protected_endpoint_exits_2(
    endpoints: dict[Any, str],
    impl: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FUNCTION_RETURN_TOKEN", raising=False)
    url = endpoints[(impl, "conforming", TOKEN)]
    assert cli(["contract-test", url]) == 2
    assert capsys.readouterr().out == (
        f"error: {url}: authentication refused (401) with no token (pass --token)\n"
    )
    monkeypatch.setenv("FUNCTION_RETURN_TOKEN", "wrong")
    assert cli(["contract-test", url]) == 2
    assert capsys.readouterr().out == (
        f"error: {url}: authentication refused (401) with the token given\n"
    )
    monkeypatch.setenv("FUNCTION_RETURN_TOKEN", TOKEN)  # the token from the environment
    assert cli(["contract-test", url, "--max-examples", "0"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("impl", IMPLS)
def test_a_wrong_base_url_exits_2(
    endpoints: dict[Any, str], impl: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = endpoints[(impl, "conforming", None)] + "/prefix"
    assert cli(["contract-test", url]) == 2
    out = capsys.readouterr().out
    assert out.startswith(
        f"error: GET {url}/v1/agents/agent-1/branches/main/functions answered 404"
    )
    assert f"is {url} the API root?" in out
    # without the list, a probe that meets only 404s says the same
    assert cli(["contract-test", url, "--function", "route_call", "--max-examples", "0"]) == 2
    assert f"is {url} the API root?" in capsys.readouterr().out


def test_function_options_stand_in_for_the_list(endpoints: dict[Any, str]) -> None:
    from function_return.conformance.functions import parse_function_option

    url = endpoints[("stdlib", "list-omits-param-type", None)]  # only its list is wrong
    spec = parse_function_option('route_call:{"department": "string", "priority": "integer?"}')
    report = check_endpoint(url, functions=[spec], max_examples=3, seed=1)
    assert report.exit_code() == 0, [f.as_dict() for f in report.failures]
    assert list(report.functions) == ["route_call"]
    assert report.functions["route_call"].bodies_validated >= 10
    # a parameter declared with the wrong type: the endpoint's answers disagree, and say so
    wrong = parse_function_option('route_call:{"department": "integer"}')
    report = check_endpoint(url, functions=[wrong], max_examples=0)
    assert report.exit_code() == 1
    found = {(f.status, f.expected) for f in report.failures if f.check == "status"}
    assert (422, (200, 500, 504)) in found  # an integer department is refused
    assert (200, (422,)) in found  # a string one is accepted


class _NoListHandler(BaseHTTPRequestHandler):
    """An endpoint with no function list and one function, ``say(text: string)``, whose body
    is invalid for one value only, ``"boom"``: neither a boundary nor likely to be generated."""

    EXECUTE = "/v1/agents/agent-1/branches/main/functions/say/execute"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def answer(self, status: int, document: Any, media_type: str) -> None:
        payload = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def problem(self, status: int, detail: str) -> None:
        title = {400: "Bad Request", 404: "Not Found", 415: "Unsupported Media Type"}
        document = {"type": "about:blank", "title": title.get(status, "Error"), "status": status}
        self.answer(status, {**document, "detail": detail}, "application/problem+json")

    def do_GET(self) -> None:
        self.problem(404, "no such path")

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path != self.EXECUTE:
            self.problem(404, "no such function")
            return
        if self.headers.get("Content-Type", "").split(";")[0] != "application/json":
            self.problem(415, "not JSON")
            return
        try:
            document = json.loads(raw)
        except ValueError:
            self.problem(400, "not JSON")
            return
        args = document.get("args") if isinstance(document, dict) else None
        if (
            set(document) - {"args", "conversation"}
            or not isinstance(args, dict)
            or set(args) != {"text"}
            or not isinstance(args["text"], str)
            or ("conversation" in document and not isinstance(document["conversation"], dict))
        ):
            self.problem(422, "arguments do not fit say(text: string)")
            return
        body = {"hangup": "boom"} if args["text"] == "boom" else {"utterance": args["text"] or "?"}
        self.answer(200, {"body": body, "logs": [], "runtime": 0.1}, "application/json")


@pytest.fixture(scope="module")
def no_list() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NoListHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_without_a_list_function_and_calls_options_name_what_to_call(
    no_list: str, tmp_path: Path
) -> None:
    from function_return.conformance.functions import parse_function_option, read_calls

    say = parse_function_option('say:{"text": "string"}')
    report = check_endpoint(no_list, functions=[say], max_examples=5, seed=1)
    assert report.exit_code() == 0, [f.as_dict() for f in report.failures]
    assert report.functions["say"].bodies_validated >= 5
    calls = tmp_path / "calls.jsonl"
    calls.write_text(
        '{"function": "say", "args": {"text": "hello"}}\n'
        "\n"
        '{"function": "say", "args": {"text": "boom"}, '
        '"conversation": {"id": "c-1", "channel": "VOICE"}}\n'
        '{"function": "say", "args": {"text": 3}, "expect_status": 422}\n',
        encoding="utf-8",
    )
    report = check_endpoint(no_list, calls=read_calls(calls))  # the calls file alone
    assert report.exit_code() == 1
    (failure,) = report.failures
    assert (failure.function, failure.check, failure.pointer) == ("say", "body", "/body/hangup")
    assert '"text": "boom"' in failure.curl
    assert report.functions["say"].calls == 3
    report = check_endpoint(no_list, functions=[say], calls=read_calls(calls), max_examples=0)
    assert {(f.function, f.check) for f in report.failures} == {("say", "body")}


def test_a_calls_file_adds_calls_to_a_listed_run(endpoints: dict[Any, str], tmp_path: Path) -> None:
    from function_return.conformance.functions import read_calls

    calls = tmp_path / "calls.jsonl"
    calls.write_text(
        '{"function": "route_call", "args": {"department": "billing", "priority": 3}}\n'
        '{"function": "route_call", "args": {}, "expect_status": 200}\n',
        encoding="utf-8",
    )
    report = check_endpoint(
        endpoints[("stdlib", "conforming", None)], calls=read_calls(calls), max_examples=0
    )
    (failure,) = report.failures  # the second line's expectation is wrong: 422 it is
    assert (failure.check, failure.status, failure.expected) == ("status", 422, (200,))
    assert "the calls file's line 2 (expect_status)" in failure.message
    assert sorted(report.functions) == FUNCTIONS["stdlib"]


def test_junit_xml_has_a_case_per_function_and_a_failure_per_bug(
    endpoints: dict[Any, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = endpoints[("stdlib", "misspelt-key", None)]
    junit = tmp_path / "contract.xml"
    code = cli(["contract-test", url, "--max-examples", "0", "--junit-xml", str(junit)])
    capsys.readouterr()
    assert code == 1
    suite = ElementTree.parse(junit).getroot()
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert sorted(cases) == sorted(["(endpoint)", *FUNCTIONS["stdlib"]])
    assert suite.get("failures") == "1"
    (failure,) = cases["goodbye"].findall("failure")
    assert failure.get("message") == "Body breaks the function return contract [body]"
    assert "reproduce: curl -i -X POST" in (failure.text or "")
    assert cases["route_call"].findall("failure") == []
