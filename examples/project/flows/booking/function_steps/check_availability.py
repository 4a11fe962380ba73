def check_availability(conv: Conversation, flow: Flow):
    """Check the time against the tables free; on to confirmation, or back to the time."""
    free = conv.api.bookings.free_tables(time=conv.state.time)
    if free.get("tables", 0) < 1:
        conv.say("Sorry, we're full at that time.")
        flow.goto_step("ask_time")
        return None
    flow.goto_step("confirm")
    return "Read the booking back to the caller and ask them to confirm."
