"""Which paths need the token: derived from the route table, and held against SECURITY.md.

A route added to the server is covered here without a new test: either it needs the token
(401 without it) or it is one of the open paths, and SECURITY.md names exactly those.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from conftest import ROOT
from function_return.server.app import PUBLIC_PATHS, app_for_folder

FUNCTIONS = ROOT / "tests" / "fault_functions"
TOKEN = "route-table-token"


def _concrete(path: str) -> str:
    return re.sub(
        r"\{[^}]+\}", "quick", path.replace("{agent_id}", "a").replace("{branch_id}", "b")
    )


@pytest.fixture(scope="module")
def guarded() -> Iterator[TestClient]:
    with TestClient(app_for_folder(FUNCTIONS, runners=0, token=TOKEN)) as client:
        yield client


def _routes(client: TestClient) -> list[tuple[str, str]]:
    found = []
    for route in client.app.routes:  # type: ignore[attr-defined]
        assert isinstance(route, Route)
        for method in sorted(route.methods or ()):
            if method != "HEAD":
                found.append((route.path, method))
    return found


def test_every_route_not_open_needs_the_token_and_every_open_one_does_not(
    guarded: TestClient,
) -> None:
    routes = _routes(guarded)
    assert {path for path, _ in routes} >= PUBLIC_PATHS
    for path, method in routes:
        response = guarded.request(
            method,
            _concrete(path),
            content=b'{"args": {}}',
            headers={"content-type": "application/json"},
        )
        if path in PUBLIC_PATHS:
            assert response.status_code != 401, (method, path)
        else:
            assert response.status_code == 401, (method, path)
            assert response.headers["www-authenticate"] == "Bearer"
            authorized = guarded.request(
                method,
                _concrete(path),
                content=b'{"args": {"name": "x"}}',
                headers={"content-type": "application/json", "authorization": f"Bearer {TOKEN}"},
            )
            assert authorized.status_code != 401, (method, path)


def test_security_md_names_exactly_the_open_paths() -> None:
    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    paragraph = text.split("Open without the token:", 1)[1].split("\n\n", 1)[0]
    assert set(re.findall(r"`(/[^`]*)`", paragraph)) == set(PUBLIC_PATHS)
