from _gen import *  # <AUTO GENERATED>
from functions.utils import closing


def confirm_booking(conv: Conversation, flow: Flow, name: str):
    """Uses a global function's result as data, then returns a helper's return."""
    booking = conv.functions.lookup_booking(name=name)
    if not booking["found"]:
        conv.say("I could not find that booking.")
        return flow.goto_step("collect_name")
    return closing(f"Booked for {booking['time']}. Goodbye.")
