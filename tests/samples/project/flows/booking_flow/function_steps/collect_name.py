from _gen import *  # <AUTO GENERATED>


def collect_name(conv: Conversation, flow: Flow):
    """Says the question, then moves on: an action returns None."""
    conv.say("What name is the booking under?")
    return flow.goto_step("collect_date")
