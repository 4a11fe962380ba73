from _gen import *  # <AUTO GENERATED>


@func_description("Start a table booking when the caller wants to book.")
@func_parameter("party_size", "How many people the table is for.")
@func_latency_control(delay_before_responses_start=1.0, delay_responses=[("One moment.", 2.0)])
def make_booking(conv: Conversation, party_size: int):
    if party_size < 1:
        return "Ask the caller how many people the table is for."
    if party_size > 12:
        conv.say("For groups of more than twelve our events team takes the booking.")
        conv.call_handoff("events_team", reason="large_party")
        return None
    conv.state.party_size = party_size
    conv.say(f"Lovely, a table for {party_size}.")
    conv.goto_flow("booking")
    return "Ask the caller what time they would like the table."
