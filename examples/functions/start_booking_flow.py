def start_booking_flow(step: str = "collect_date"):
    """Move the conversation into the booking flow, at a given step, and let the LLM go on."""
    return {"transition": {"goto_flow": "booking", "goto_step": step}, "end_turn": False}
