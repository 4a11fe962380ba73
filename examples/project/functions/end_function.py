def end_function(conv: Conversation):
    """After the call: record how many bookings it made."""
    conv.write_metric("bookings_made", conv.state.bookings_made or 0)
    conv.log.info("call %s ended", conv.id)
