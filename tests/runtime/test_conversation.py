"""``conv`` and ``flow``: every documented member, effects in the agreed format, clear errors."""

from __future__ import annotations

from typing import Any

import pytest

from function_return.runtime.conversation import Conversation, Fixtures, Flow, Turn
from function_return.runtime.errors import (
    MissingFixtureError,
    UnknownHandoffError,
    UnknownMemberError,
)

CONTEXT = {
    "id": "conv-1",
    "account_id": "acc-1",
    "project_id": "proj-1",
    "env": "live",
    "channel_type": "sip.polyai",
    "channel": "VOICE",
    "caller_number": "+441234",
    "callee_number": "+445678",
    "sip_headers": {"X-Site": "docks"},
    "language": "en-GB",
    "turn_number": 3,
    "history": [{"role": "user", "text": "hi"}],
    "transcript_alternatives": ["hi", "high"],
    "variant_name": "docks",
    "variants": {"docks": {"site_name": "Docks"}, "town": {"site_name": "Town"}},
    "current_flow": "booking",
    "real_time_config": {"open": True},
    "memory": {"last_visit": "2026-01-01"},
    "metric_events": [{"name": "m"}],
    "integration_attributes": {"crm_id": "7"},
    "entities": {"date": "today"},
    "handoffs": {"manager": {}},
    "sms_templates": {"menu": {}},
    "generic_external_events": [{"kind": "x"}],
}


def build(data: dict[str, Any] | None = None, **fixtures: Any) -> Conversation:
    return Conversation.build(data, Turn(fixtures=Fixtures(fixtures)))


def test_every_read_only_member_reads_the_request() -> None:
    conv = build(CONTEXT)
    for name, value in CONTEXT.items():
        assert getattr(conv, name) == value, name
    assert conv.variant.site_name == "Docks"


def test_members_not_given_read_as_none_or_empty() -> None:
    conv = build()
    assert conv.id is None and conv.env is None and conv.language is None
    assert conv.sip_headers == {} and conv.history == [] and conv.handoffs == {}
    assert conv.variant.site_name is None


def test_a_member_the_platform_lacks_is_a_clear_error_not_a_bare_attribute_error() -> None:
    conv = build()
    with pytest.raises(
        UnknownMemberError, match=r"`conv.send_email` is not part of the platform's Conversation"
    ):
        conv.send_email("x")  # type: ignore[attr-defined]
    with pytest.raises(UnknownMemberError, match=r"`conv.utils.translate`"):
        conv.utils.translate("x")
    with pytest.raises(UnknownMemberError, match=r"`flow.name` is not part of the platform's Flow"):
        Flow.build("booking", conv).name  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(conv, "send_email")  # still an AttributeError for hasattr and getattr
    with pytest.raises(UnknownMemberError, match="read-only"):
        conv.id = "other"  # type: ignore[misc]


def test_state_reads_and_writes_by_attribute_item_and_get_and_records_each_write() -> None:
    conv = build({"state": {"name": "Ada"}})
    assert conv.state.name == "Ada" and conv.state["name"] == "Ada"
    assert conv.state.missing is None and conv.state.get("missing", 1) == 1
    conv.state.count = 1
    conv.state["count"] += 1
    del conv.state.name
    assert conv.state.as_dict() == {"count": 2}
    assert conv._turn.effects == [
        {"type": "state", "name": "count", "value": 1},
        {"type": "state", "name": "count", "value": 2},
        {"type": "state", "name": "name", "value": None, "deleted": True},
    ]


def test_the_request_state_is_not_changed_by_the_function() -> None:
    given = {"state": {"basket": [1]}}
    conv = build(given)
    conv.state.basket.append(2)
    assert given == {"state": {"basket": [1]}}


def test_actions_are_recorded_in_order_in_the_agreed_format() -> None:
    conv = build(CONTEXT)
    flow = Flow.build("booking", conv)
    conv.say("Hello")
    conv.goto_flow("booking")
    conv.exit_flow()
    flow.goto_step("confirm", label="ok")
    conv.set_variant("town")
    conv.set_language("fr-FR")
    conv.set_voice("alloy")
    conv.call_handoff("manager", reason="complaint", sip_headers={"X-A": "1"})
    conv.set_asr_biasing(keywords=["booking"])
    conv.clear_asr_biasing()
    conv.send_sms("+1", "+2", "menu")
    conv.write_metric("booked", True)
    conv.discard_recording()
    conv.goto_csat_flow()
    conv.generate_external_event(send_to_llm=True)
    conv.add_attachments([{"url": "u"}])
    conv.set_response_suggestions(["Yes", "No"])
    assert conv._turn.effects == [
        {"type": "say", "utterance": "Hello"},
        {"type": "goto_flow", "flow": "booking"},
        {"type": "exit_flow"},
        {"type": "goto_step", "step": "confirm", "label": "ok"},
        {"type": "set_variant", "variant": "town"},
        {"type": "set_language", "language": "fr-FR"},
        {"type": "set_voice", "voice": "alloy"},
        {
            "type": "call_handoff",
            "destination": "manager",
            "reason": "complaint",
            "sip_headers": {"X-A": "1"},
        },
        {"type": "set_asr_biasing", "keywords": ["booking"]},
        {"type": "clear_asr_biasing"},
        {"type": "send_sms", "to": "+1", "from": "+2", "content": "menu"},
        {"type": "write_metric", "name": "booked", "value": True, "write_once": False},
        {"type": "discard_recording"},
        {"type": "goto_csat_flow"},
        {"type": "generate_external_event", "send_to_llm": True},
        {"type": "add_attachments", "attachments": [{"url": "u"}]},
        {"type": "set_response_suggestions", "suggestions": ["Yes", "No"]},
    ]
    assert conv.variant.site_name == "Town" and conv.language == "fr-FR"
    assert flow.current_step == "confirm"


def test_a_handoff_to_an_unconfigured_destination_is_an_error() -> None:
    conv = build({"handoffs": {"manager": {}}})
    with pytest.raises(UnknownHandoffError, match=r"`conv.call_handoff\('reception'\)`.*'manager'"):
        conv.call_handoff("reception")
    build().call_handoff("anywhere")  # no handoffs given: any destination


def test_secrets_llm_answers_and_api_answers_come_from_the_fixtures() -> None:
    conv = build(
        secrets={"key": "s"},
        prompt_llm=["one", "two"],
        api={"crm.lookup": {"id": 7}},
    )
    assert conv.utils.get_secret("key") == "s"
    assert [conv.utils.prompt_llm("a"), conv.utils.prompt_llm("b")] == ["one", "two"]
    assert conv.api.crm.lookup(phone="1") == {"id": 7}
    with pytest.raises(
        MissingFixtureError, match=r"`conv.utils.prompt_llm\(...\)` call 3 has no fixture"
    ):
        conv.utils.prompt_llm("c")
    with pytest.raises(
        MissingFixtureError,
        match=r"`conv.utils.get_secret\('other'\)` has no fixture: give it in the request's fixtures or in fixtures.json",
    ):
        conv.utils.get_secret("other")
    with pytest.raises(MissingFixtureError, match=r"`conv.api.crm.update\(...\)` has no fixture"):
        conv.api.crm.update()


def test_one_llm_answer_for_every_prompt() -> None:
    conv = build(prompt_llm="yes")
    assert conv.utils.prompt_llm("a") == conv.utils.prompt_llm("b") == "yes"


def test_conv_log_lines_go_to_the_logs() -> None:
    from function_return.runtime.capture import capture

    conv = build()
    outcome = capture(
        lambda: (conv.log.info("a %s", 1), conv.log.warning("b"), conv.log.error("c"))
    )
    assert outcome.logs == ["INFO: a 1", "WARNING: b", "ERROR: c"]
