"""What function files of real projects rely on beyond ``conv``'s first list of members:
``conv.current_step``, history entries and metric events read by attribute, the voice class
of the generated header, and the platform's ``plog`` module. Each case is a small project."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from function_return.runtime.project import load_project, run_call
from function_return.server.app import app_for_project

BASE = "/v1/agents/a/branches/main/functions"


def _project(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def _call(root: Path, name: str, conversation: dict[str, Any], **args: Any) -> Any:
    project = load_project(root)
    assert not project.problems, project.problems
    return run_call(project, project.functions[name], args, conversation)


def test_conv_current_step_is_the_flows_step_and_follows_goto_step(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "functions/where_am_i.py": """
                def where_am_i(conv):
                    if conv.current_step == "Ask Date":
                        return {"utterance": "We were choosing a date."}
                    return {"utterance": f"Step: {conv.current_step}"}
            """,
            "flows/booking/functions/move_on.py": """
                def move_on(conv, flow):
                    flow.goto_step("Confirm")
                    return f"{conv.current_step}/{flow.current_step}"
            """,
        },
    )
    turn = _call(root, "where_am_i", {"current_flow": "Booking", "current_step": "Ask Date"})
    assert turn.outcome.value == {"utterance": "We were choosing a date."}
    assert _call(root, "where_am_i", {}).outcome.value == {"utterance": "Step: None"}
    moved = _call(root, "flows.booking.move_on", {"current_step": "Ask Date"})
    assert moved.outcome.value == "Confirm/Confirm"


def test_history_entries_and_metric_events_read_by_attribute_and_by_item(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "functions/recap.py": """
                def recap(conv):
                    said = [
                        f"{type(turn).__name__}:{turn.text}/{turn['role']}" for turn in conv.history
                    ]
                    topics = [event.value for event in conv.metric_events if event.name == "TOPIC"]
                    return {"content": "; ".join(said) + " | " + ",".join(topics)}
            """,
        },
    )
    conversation = {
        "history": [{"role": "agent", "text": "Hello"}, {"role": "user", "text": "A refund"}],
        "metric_events": [{"name": "TOPIC", "value": "refunds"}, {"name": "OTHER", "value": 1}],
    }
    turn = _call(root, "recap", conversation)
    assert turn.outcome.error is None
    assert turn.outcome.value == {
        "content": "AgentResponse:Hello/agent; UserInput:A refund/user | refunds"
    }


def test_the_header_gives_a_voice_that_set_voice_records(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "functions/calm_voice.py": """
                from _gen import *  # <AUTO GENERATED>

                def calm_voice(conv: Conversation):
                    conv.set_voice(ElevenLabsVoice(provider_voice_id="v-42", stability=0.8))
            """,
        },
    )
    turn = _call(root, "calm_voice", {})
    assert turn.outcome.error is None
    assert turn.effects == [
        {
            "type": "set_voice",
            "voice": {"provider": "elevenlabs", "provider_voice_id": "v-42", "stability": 0.8},
        }
    ]


def test_plog_writes_to_the_functions_log(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            "functions/noisy.py": """
                import plog

                @plog.tmp_bind(integration="warehouse")
                def noisy(conv, item: str):
                    plog.info("looking up %s", item)
                    with plog.tmp_bind(item=item):
                        plog.warn("stock is low", item=item)
                    return None
            """,
        },
    )
    turn = _call(root, "noisy", {}, item="lamp")
    assert turn.outcome.error is None
    assert turn.outcome.logs == ["INFO: looking up lamp", "WARNING: stock is low"]
    with TestClient(app_for_project(root, runners=0)) as client:
        answer = client.post(f"{BASE}/noisy/execute", json={"args": {"item": "desk"}})
    assert answer.status_code == 200, answer.text
    assert answer.json()["logs"] == ["INFO: looking up desk", "WARNING: stock is low"]


def test_latency_control_takes_randomize_and_a_gen_folder_of_the_project_is_harmless(
    tmp_path: Path,
) -> None:
    root = _project(
        tmp_path,
        {
            "_gen/decorators.py": """
                def func_description(description):
                    return lambda function: function
            """,
            "functions/slow_lookup.py": """
                from _gen import *  # <AUTO GENERATED>

                @func_description("Look a parcel up.")
                @func_latency_control(delay_responses=[("One moment", 2), ("Nearly", 2)], randomize=True)
                def slow_lookup(conv: Conversation, parcel: str):
                    return {"utterance": f"Parcel {parcel} is on its way."}
            """,
        },
    )
    project = load_project(root)
    assert not project.problems, project.problems
    call = project.functions["slow_lookup"].call
    assert call._func_latency_control["randomize"] is True
    assert project.functions["slow_lookup"].description == "Look a parcel up."
    turn = _call(root, "slow_lookup", {}, parcel="P-1")
    assert turn.outcome.value == {"utterance": "Parcel P-1 is on its way."}


def test_a_projects_gen_stubs_do_not_replace_the_runtimes_names(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        {
            # What the platform's tools write to disk: stubs whose sibling modules are absent.
            "_gen/__init__.py": """
                from _gen.conversation import Conversation, ElevenLabsVoice
                from _gen.decorators import func_description, func_parameter
            """,
            "_gen/decorators.py": """
                def func_description(description):
                    return lambda function: function

                def func_parameter(name, description):
                    return lambda function: function
            """,
            "functions/last_words.py": """
                from _gen import *  # <AUTO GENERATED>
                from _gen.decorators import func_parameter

                @func_description("What the caller said last.")
                @func_parameter("fallback", "Said when the caller said nothing.")
                def last_words(conv: Conversation, fallback: str):
                    said = [t.text for t in conv.history if isinstance(t, UserInput)]
                    try:
                        conv.utils.get_secret("greeting")
                    except SecretNotFound:
                        pass
                    except Exception:
                        pass
                    return {"utterance": said[-1] if said else fallback}
            """,
        },
    )
    project = load_project(root)
    assert not project.problems, project.problems
    function = project.functions["last_words"]
    assert function.description == "What the caller said last."
    assert function.parameters[0].description == "Said when the caller said nothing."
    history = [{"role": "user", "text": "Hello"}, {"role": "agent", "text": "Hi"}]
    turn = _call(root, "last_words", {"history": history}, fallback="-")
    assert turn.outcome.value == {"utterance": "Hello"}
