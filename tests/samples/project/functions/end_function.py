from _gen import *  # <AUTO GENERATED>


def end_function(conv: Conversation):
    """The runtime ignores this return: not judged."""
    return {"summary": "call ended", "turns": conv.turn_number}
