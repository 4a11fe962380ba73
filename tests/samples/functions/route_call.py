def route_call(conv, urgent: bool):
    """Returns a helper's return, which therefore reaches the runtime."""
    if urgent:
        return respond("Connecting you now.")
    return "Ask what the call is about."


def respond(text: str):
    """Planted: hangup as a string."""
    return {"utterance": text, "hangup": "yes"}


def unused_helper():
    """Not returned by the entry point: not judged."""
    return {"anything": True}
