"""Helpers other files import: not a function file."""


def closing(text: str):
    """Say goodbye and hang up."""
    return {"utterance": text, "hangup": True}


def confirm(text: str):
    """Planted: end_turn as the string "false", set after the dict is built."""
    reply = dict(utterance=text)
    reply["end_turn"] = "false"
    return reply
