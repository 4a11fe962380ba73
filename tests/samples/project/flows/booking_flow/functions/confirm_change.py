from _gen import *  # <AUTO GENERATED>
from functions.utils import confirm


def confirm_change(conv: Conversation, flow: Flow):
    """Returns a helper from another file, whose mistake is found there."""
    return confirm("Your booking is changed.")
