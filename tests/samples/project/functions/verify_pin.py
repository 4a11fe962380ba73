from _gen import *  # <AUTO GENERATED>


def verify_pin(conv: Conversation, pin: str):
    """Planted: returns a bool."""
    return pin.isdigit() and len(pin) == 4
