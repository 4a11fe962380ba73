from _gen import *  # <AUTO GENERATED>


def hand_over(conv: Conversation, flow: Flow):
    """A flow function handing on a global function's return: judged through it."""
    return conv.functions.transfer_call(reason="booking")
