"""``function_return.testing``: the harness, its assertion helpers and the pytest plugin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from function_return import ReturnValidationError
from function_return.testing import (
    CallArgumentsError,
    CallResult,
    assert_goes_to_flow,
    assert_hands_off,
    assert_says,
    load_project,
)

PROJECT = ROOT / "examples" / "project"


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    (tmp_path / "functions").mkdir()
    files = {
        "invalid.py": "def invalid(conv):\n    return {'hangup': 'yes'}\n",
        "raises.py": "def raises(conv):\n    raise KeyError('k')\n",
        "hands_over.py": (
            "def hands_over(conv):\n"
            "    conv.say('One moment.')\n"
            "    return {'utterance': 'Transferring.', 'handoff': True}\n"
        ),
    }
    for name, text in files.items():
        (tmp_path / "functions" / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_return_that_breaks_the_contract_raises(tiny: Path) -> None:
    with pytest.raises(ReturnValidationError, match="/hangup"):
        load_project(tiny).call("invalid")


def test_what_a_function_raises_is_raised(tiny: Path) -> None:
    with pytest.raises(KeyError, match="k"):
        load_project(tiny).call("raises")


def test_arguments_are_fitted_as_the_server_fits_them() -> None:
    project = load_project(PROJECT)
    with pytest.raises(
        CallArgumentsError,
        match=r'/args/party_size: argument "party_size" expects an integer; got string',
    ):
        project.call("make_booking", args={"party_size": "four"})
    assert project.call("make_booking", args={"party_size": 4.0}).state == {"party_size": 4}
    with pytest.raises(LookupError, match="no function 'nope'"):
        project.call("nope")


def test_the_explanation_tells_the_effects_or_at_least_the_return() -> None:
    result = load_project(PROJECT).call("opening_hours", args={"day": "monday"})
    assert "On Monday we are closed." in str(result.explanation)


def test_assert_says_finds_conv_say_and_the_utterance(tiny: Path) -> None:
    result = load_project(tiny).call("hands_over")
    assert_says(result, "One moment")
    assert_says(result, "Transferring")
    with pytest.raises(AssertionError) as failure:
        assert_says(result, "Goodbye")
    assert str(failure.value).startswith(
        "hands_over did not say 'Goodbye'; it said: 'One moment.'; 'Transferring.'"
    )


def test_assert_hands_off_names_what_happened_instead() -> None:
    result = CallResult("f", None, [{"type": "call_handoff", "destination": "manager"}])
    assert_hands_off(result)
    assert_hands_off(result, destination="manager")
    with pytest.raises(
        AssertionError, match="did not hand off to 'reception'; it handed off to: 'manager'"
    ):
        assert_hands_off(result, destination="reception")
    with pytest.raises(AssertionError, match="f did not hand off"):
        assert_hands_off(CallResult("f", "prompt"))
    assert_hands_off(CallResult("f", {"handoff": True}))  # a handoff in the return counts


def test_assert_goes_to_flow_names_the_flows_it_went_to() -> None:
    result = CallResult("f", None, [{"type": "goto_flow", "flow": "booking"}])
    assert_goes_to_flow(result, "booking")
    with pytest.raises(
        AssertionError, match="did not go to flow 'cancellation'; it went to: 'booking'"
    ):
        assert_goes_to_flow(result, "cancellation")


def _pytest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            *args,
        ],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_example_projects_own_tests_pass_with_the_plugin() -> None:
    run = _pytest(cwd=PROJECT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert " passed" in run.stdout


def test_the_plugin_takes_the_project_from_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "test_it.py").write_text(
        "def test_it(agent_project):\n    assert 'opening_hours' in agent_project.functions\n",
        encoding="utf-8",
    )
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    run = _pytest("--agent-project", str(PROJECT), cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    run = _pytest(cwd=tmp_path)
    assert run.returncode != 0
    assert "give --agent-project DIR or the ini option agent_project" in run.stdout + run.stderr


def test_the_modules_example_passes_as_a_doctest(monkeypatch: pytest.MonkeyPatch) -> None:
    import doctest

    import function_return.testing

    monkeypatch.chdir(ROOT)
    result = doctest.testmod(function_return.testing)
    assert (result.failed, result.attempted > 0) == (0, True)


def test_the_readme_harness_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Test a project in pytest.**", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})
