def confirm_booking(conv, ok: bool):
    """Planted: a bool return, and a list in one arm of a conditional."""
    if conv.state.done:
        return True
    return {"utterance": "Booked."} if ok else ["not", "booked"]
