from _gen import *  # <AUTO GENERATED>


def start_function(conv: Conversation):
    """Sets up the call; returns no instruction."""
    conv.state.attempts = 0
    if conv.caller_number is None:
        return None
    conv.state.known_caller = True
    return
