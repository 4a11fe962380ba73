from _gen import *  # <AUTO GENERATED>


def pick_slot(conv: Conversation, flow: Flow):
    """Hands on the flow's own function."""
    return flow.functions.offer_slots()
