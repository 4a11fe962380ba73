from _gen import *  # <AUTO GENERATED>


@func_description("Book the table once the caller confirms the details.")
@func_parameter("confirmed", "True when the caller said yes to the details read back.")
def confirm_booking(conv: Conversation, flow: Flow, confirmed: bool):
    if not confirmed:
        flow.goto_step("ask_time", label="changed their mind")
        return "Ask the caller what they would like to change."
    booking = conv.api.bookings.create_booking(
        party_size=conv.state.party_size, time=conv.state.time
    )
    conv.state.reference = booking["reference"]
    conv.state.bookings_made = (conv.state.bookings_made or 0) + 1
    conv.write_metric("booking_made", True)
    conv.exit_flow()
    return {
        "utterance": f"You're booked in. Your reference is {booking['reference']}.",
        "content": "The booking is made. Ask if there is anything else.",
    }
