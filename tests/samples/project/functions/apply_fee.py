from _gen import *  # <AUTO GENERATED>


def apply_fee(conv: Conversation, amount: float):
    """Planted: returns a number."""
    return amount * 1.1
