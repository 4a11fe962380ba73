"""DNS rebinding and cross-site requests: a page on another site cannot use the server.

Without a token, ``function-return serve`` answers only requests whose ``Host`` names the
loopback interface (``--allowed-host`` adds names); a request a browser marks as coming from
another site's page (``Origin``, ``Sec-Fetch-Site``) is refused on the API.
"""

from __future__ import annotations

import http.client
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import free_port, running
from starlette.testclient import TestClient

from conftest import ROOT
from function_return.server.app import allowed_hosts_setting, app_for_folder
from function_return.server.http import LOOPBACK_HOSTS, host_name

FUNCTIONS = ROOT / "tests" / "fault_functions"
QUICK = "/v1/agents/agent-1/branches/main/functions/quick/execute"
BODY = b'{"args": {"name": "x"}}'


def _serve(port: int, *extra: str) -> list[str]:
    return [
        str(Path(sys.executable).with_name("function-return")),
        "serve",
        "--functions",
        str(FUNCTIONS),
        "--port",
        str(port),
        "--runners",
        "1",
        "--log-level",
        "critical",
        *extra,
    ]


def _send(port: int, method: str, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
    """One request with exactly these headers (``Host`` included), over a socket."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name, value)
        body = BODY if method == "POST" else None
        if body is not None:
            connection.putheader("Content-Type", "application/json")
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def open_server() -> Iterator[int]:
    port = free_port()
    with running(_serve(port), port):
        yield port


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "LOCALHOST"])
def test_loopback_host_names_are_served(open_server: int, host: str) -> None:
    status, _ = _send(open_server, "POST", QUICK, {"Host": f"{host}:{open_server}"})
    assert status == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:80", "127.0.0.1.evil.example", "", "a b", "[::1"]
)
def test_a_forged_host_is_400_on_every_path(open_server: int, host: str) -> None:
    for method, path in (("POST", QUICK), ("GET", "/healthz"), ("GET", "/playground")):
        status, answer = _send(open_server, method, path, {"Host": host})
        assert status == 400, (host, path)
        assert b"host-not-allowed" in answer


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "http://127.0.0.1:1"},  # another port is another origin
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ],
)
def test_a_cross_site_request_to_the_api_is_403(open_server: int, headers: dict[str, str]) -> None:
    host = f"127.0.0.1:{open_server}"
    status, answer = _send(open_server, "POST", QUICK, {"Host": host, **headers})
    assert status == 403
    assert b"cross-site" in answer
    status, _ = _send(open_server, "POST", "/v1/validate", {"Host": host, **headers})
    assert status == 403


def test_same_origin_requests_and_page_loads_from_links_are_served(open_server: int) -> None:
    host = f"127.0.0.1:{open_server}"
    same = {"Host": host, "Origin": f"http://{host}", "Sec-Fetch-Site": "same-origin"}
    assert _send(open_server, "POST", QUICK, same)[0] == 200
    link = {"Host": host, "Sec-Fetch-Site": "cross-site"}  # a link from elsewhere to the page
    assert _send(open_server, "GET", "/playground", link)[0] == 200


def test_allowed_host_adds_names_and_star_allows_any() -> None:
    port = free_port()
    extra = ("--allowed-host", "agents.internal", "--allowed-host", "127.0.0.1")
    with running(_serve(port, *extra), port):
        assert _send(port, "POST", QUICK, {"Host": f"agents.internal:{port}"})[0] == 200
        assert _send(port, "POST", QUICK, {"Host": f"localhost:{port}"})[0] == 400
    assert allowed_hosts_setting("*", None) is None
    assert allowed_hosts_setting(None, None) == LOOPBACK_HOSTS
    assert allowed_hosts_setting(None, "a-token") is None  # a token is what guards it then
    assert allowed_hosts_setting("[::1], Example.org", None) == {"::1", "example.org"}


def test_host_names_are_read_with_their_port() -> None:
    assert host_name("127.0.0.1:8080") == "127.0.0.1"
    assert host_name("[::1]:8080") == "::1"
    assert host_name("LocalHost") == "localhost"
    assert host_name("localhost:x") is None
    assert host_name("[::1]x") is None


def test_the_guard_applies_in_process_too() -> None:
    app = app_for_folder(FUNCTIONS, runners=0, allowed_hosts=LOOPBACK_HOSTS)
    with TestClient(app, base_url="http://127.0.0.1:8080") as client:
        assert client.get("/healthz").status_code == 200
        assert client.get("/healthz", headers={"Host": "evil.example"}).status_code == 400
