"""Loading a project in the platform's layout: ids, imports, helpers and load problems."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from function_return.runtime.project import ProjectLoadError, load_project
from function_return.testing import load_project as load_for_tests

FILES = {
    "functions/greet.py": '''
        from _gen import *  # <AUTO GENERATED>
        from functions.helpers import polite

        @func_description("Greet the caller.")
        @func_parameter("name", "The caller's first name.")
        def greet(conv: Conversation, name: str, loud: bool = False):
            """Not the description: the decorator's wins."""
            return {"utterance": polite(name, loud)}
    ''',
    "functions/helpers.py": """
        def polite(name, loud):
            text = f"Hello {name}"
            return text.upper() if loud else text
    """,
    "functions/_private.py": "VALUE = 1\n",
    "functions/paced.py": """
        @func_latency_control(delay_before_responses_start=1.5, delay_responses=[("One moment", 2)])
        def paced(conv, first: str, second: int = 0):
            return conv.functions.greet(first) if second == 0 else conv.functions.greet(first, name=first)
    """,
    "functions/recorded.py": '''
        def recorded(c: Conversation, count: int | None = None):
            """Recorded code: no header, Conversation as a builtin, conv named otherwise."""
            c.state.count = count
            return None
    ''',
    "functions/broken.py": "import not_a_module_anywhere\n",
    "functions/untyped.py": "def untyped(conv, when):\n    return None\n",
    "flows/booking/functions/pick.py": '''
        from flows.booking.functions.slots import SLOTS

        def pick(conv: Conversation, flow: Flow, slot: int):
            """Pick a slot."""
            flow.goto_step("confirm")
            return f"Slot {SLOTS[slot]}"
    ''',
    "flows/booking/functions/slots.py": "SLOTS = ['9am', '10am']\n",
    "flows/booking/function_steps/confirm.py": """
        def confirm(conv, flow):
            return flow.functions.pick(slot=1)
    """,
}


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    for name, text in FILES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def test_functions_flow_functions_and_steps_get_their_ids(project_dir: Path) -> None:
    project = load_project(project_dir)
    assert sorted(project.functions) == [
        "flows.booking.pick",
        "flows.booking.steps.confirm",
        "greet",
        "paced",
        "recorded",
    ]
    assert project.functions["flows.booking.pick"].kind == "flow_function"
    assert project.functions["flows.booking.steps.confirm"].kind == "function_step"


def test_files_that_cannot_load_are_reported_with_their_reason(project_dir: Path) -> None:
    project = load_project(project_dir)
    problems = {p.path: p.reason for p in project.problems}
    assert problems == {
        "functions/broken.py": "does not import: ModuleNotFoundError: No module named 'not_a_module_anywhere'",
        "functions/untyped.py": "parameter 'when': annotate it as str, int, float or bool",
    }
    assert sorted(project.helpers) == [
        "flows/booking/functions/slots.py",
        "functions/_private.py",
        "functions/helpers.py",
    ]


def test_strict_loading_refuses_a_project_with_a_file_that_fails(project_dir: Path) -> None:
    with pytest.raises(ProjectLoadError, match=r"2 files cannot be served: functions/broken.py"):
        load_project(project_dir, strict=True)


def test_a_folder_without_functions_or_flows_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectLoadError, match="not a project"):
        load_project(tmp_path)


def test_decorators_give_the_description_and_the_parameter_docs(project_dir: Path) -> None:
    project = load_project(project_dir)
    assert project.functions["greet"].as_dict() == {
        "name": "greet",
        "description": "Greet the caller.",
        "parameters": [
            {
                "name": "name",
                "type": "string",
                "required": True,
                "description": "The caller's first name.",
            },
            {"name": "loud", "type": "boolean", "required": False},
        ],
    }
    recorded = project.functions["recorded"]
    assert recorded.description.startswith("Recorded code")
    assert recorded.conv_param == "c"
    assert [p.as_dict() for p in recorded.parameters] == [
        {"name": "count", "type": "integer", "required": False}
    ]


def test_imports_from_the_project_root_and_flow_functions_run(project_dir: Path) -> None:
    project = load_for_tests(project_dir)
    assert project.call("greet", {"name": "Ada", "loud": True}).body == {"utterance": "HELLO ADA"}
    result = project.call("flows.booking.steps.confirm")
    assert result.body == "Slot 10am"
    assert result.effects == [{"type": "goto_step", "step": "confirm"}]
    assert project.call("recorded", {"count": 2}).state == {"count": 2}


def test_loading_another_project_unloads_the_first_ones_modules(
    project_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    other = tmp_path_factory.mktemp("other")
    (other / "functions").mkdir()
    (other / "functions" / "helpers.py").write_text("def polite(name, loud):\n    return 'other'\n")
    (other / "functions" / "greet.py").write_text(
        "from functions.helpers import polite\n\ndef greet(conv, name: str):\n    return polite(name, False)\n"
    )
    assert load_for_tests(other).call("greet", {"name": "x"}).body == "other"
    assert load_for_tests(project_dir).call("greet", {"name": "x"}).body == {"utterance": "Hello x"}


def test_latency_settings_are_recorded_and_inner_calls_take_positional_arguments(
    project_dir: Path,
) -> None:
    from function_return.runtime.errors import CallArgumentsError

    project = load_for_tests(project_dir)
    paced = project.functions["paced"].call
    assert paced._func_latency_control == {
        "delay_before_responses_start": 1.5,
        "silence_after_each_response": None,
        "delay_responses": [("One moment", 2)],
        "randomize": False,
    }
    assert project.call("paced", {"first": "Ada"}).body == {"utterance": "Hello Ada"}
    with pytest.raises(CallArgumentsError, match="'name' given twice, by position and by name"):
        project.call("paced", {"first": "Ada", "second": 1})
