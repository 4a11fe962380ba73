"""``contract-test`` against the reference server serving the example project (``--project``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from servers import COMMAND, free_port, running

from conftest import ROOT
from function_return.conformance.engine import check_endpoint

PROJECT = ROOT / "examples" / "project"


@pytest.fixture(scope="module")
def project_server() -> Iterator[str]:
    port = free_port()
    command = [COMMAND, "serve", "--project", str(PROJECT), "--port", str(port)]
    with running([*command, "--log-level", "warning"], port) as url:
        yield url


def test_the_example_project_served_conforms(project_server: str) -> None:
    report = check_endpoint(project_server, max_examples=3, seed=1, tags=None)
    assert [f.as_dict() for f in report.failures] == []
    assert report.errors == []
    assert report.exit_code() == 0
    assert "flows.booking.steps.check_availability" in report.functions
    assert all(s.not_tested is None and s.bodies_validated for s in report.functions.values())


def test_the_contract_test_command_passes_against_the_example_project(project_server: str) -> None:
    import subprocess

    run = subprocess.run(
        [COMMAND, "contract-test", project_server, "--max-examples", "2", "--seed", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
