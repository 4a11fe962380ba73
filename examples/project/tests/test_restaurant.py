"""Harbour Kitchen's functions, run as the platform runs them, with function_return.testing."""

import pytest

from function_return import ReturnValidationError
from function_return.testing import (
    MissingFixtureError,
    assert_goes_to_flow,
    assert_hands_off,
    assert_says,
)

CALLER = {"caller_number": "+447700900000", "channel_type": "sip.polyai"}


def test_the_opening_hours_are_read_out(agent_project):
    result = agent_project.call("opening_hours", args={"day": "Friday"})
    assert_says(result, "open from 12 pm to 11 pm")


def test_an_unknown_day_asks_again(agent_project):
    result = agent_project.call("opening_hours", args={"day": "someday"})
    assert result.body == "Ask the caller which day of the week they mean."


def test_a_booking_says_the_party_size_and_goes_to_the_booking_flow(agent_project):
    result = agent_project.call("make_booking", args={"party_size": 4})
    assert_says(result, "a table for 4")
    assert_goes_to_flow(result, "booking")
    assert result.state == {"party_size": 4}


def test_a_large_party_goes_to_the_events_team(agent_project):
    result = agent_project.call(
        "make_booking", args={"party_size": 20}, conversation={"handoffs": {"events_team": {}}}
    )
    assert_hands_off(result, destination="events_team")
    assert result.body is None


def test_the_manager_transfer_says_so_first(agent_project):
    result = agent_project.call("transfer_to_manager", args={"reason": "late order"})
    assert_hands_off(result, destination="manager")
    assert result.effects[0]["utterance"] == "I'm putting you through to the duty manager now."
    assert result.logs == ["WARNING: manager requested: late order"]


def test_start_function_remembers_the_site_from_the_variant(agent_project):
    conversation = {
        **CALLER,
        "variant_name": "docks",
        "variants": {"docks": {"site_name": "Harbour Kitchen Docks"}},
    }
    result = agent_project.call("start_function", conversation=conversation)
    assert result.state["site"] == "Harbour Kitchen Docks"
    assert {"type": "write_metric", "name": "call_started", "value": "sip.polyai", "write_once": True} in result.effects


def test_the_booking_code_is_collected_on_the_keypad(agent_project):
    result = agent_project.call("ask_for_booking_code")
    assert result.body["listen"]["channel"] == "SPEECH_AND_DTMF"
    assert result.body["listen"]["dtmf"]["num_digits"] == 4
    assert "keypad" in str(result.explanation) or "DTMF" in str(result.explanation)


def test_choosing_a_time_moves_to_the_availability_step(agent_project):
    result = agent_project.call(
        "flows.booking.choose_time", args={"time": "19:30"}, conversation={"state": {"day": "friday"}}
    )
    assert {"type": "goto_step", "step": "check_availability"} in result.effects
    assert result.state["time"] == "19:30"


def test_a_full_time_slot_goes_back_to_the_time(agent_project):
    result = agent_project.call(
        "flows.booking.steps.check_availability",
        conversation={"state": {"time": "20:00"}},
        fixtures={"api": {"bookings.free_tables": {"tables": 0}}},
    )
    assert_says(result, "we're full")
    assert result.effects[-1] == {"type": "goto_step", "step": "ask_time"}


def test_confirming_books_the_table_and_leaves_the_flow(agent_project):
    result = agent_project.call(
        "flows.booking.confirm_booking",
        args={"confirmed": True},
        conversation={"state": {"party_size": 2, "time": "19:30", "bookings_made": 0}},
    )
    assert_says(result, "HK-2001")
    assert result.state["bookings_made"] == 1
    assert {"type": "exit_flow"} in result.effects


def test_cancelling_looks_the_booking_up_first(agent_project):
    result = agent_project.call("flows.cancellation.cancel_booking", args={"reference": "HK-1042"})
    assert result.body == {"utterance": "Your booking is cancelled. Goodbye!", "hangup": True}
    assert "booking" not in result.state


def test_the_menu_is_texted_from_the_sender_in_the_fixtures(agent_project):
    result = agent_project.call("send_menu", conversation=CALLER)
    assert result.effects[0]["from"] == "+441234000000"  # fixtures.json
    result = agent_project.call(
        "send_menu", conversation=CALLER, fixtures={"secrets": {"sms_sender": "+441111"}}
    )
    assert result.effects[0]["from"] == "+441111"  # the call's own fixtures come first


def test_a_missing_api_answer_names_the_operation(agent_project, tmp_path):
    from function_return.testing import load_project

    (tmp_path / "functions").mkdir()
    (tmp_path / "functions" / "lookup.py").write_text(
        "def lookup(conv):\n    return conv.api.crm.find_caller()\n"
    )
    with pytest.raises(MissingFixtureError, match=r"conv.api.crm.find_caller"):
        load_project(tmp_path).call("lookup")


def test_every_return_follows_the_contract(agent_project):
    for name, function in agent_project.functions.items():
        if all(not p.required for p in function.parameters) and function.kind == "function":
            try:
                agent_project.call(name, conversation=CALLER)
            except ReturnValidationError as error:  # pragma: no cover - would fail the test
                pytest.fail(f"{name}: {error}")
