def goodbye(conv):
    """Planted: hang up and hand off at once (FR106, a warning)."""
    return {"utterance": "Goodbye!", "hangup": True, "handoff": True}
