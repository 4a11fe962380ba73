from _gen import *  # <AUTO GENERATED>


def collect_date(conv: Conversation, flow: Flow):
    """A key first None, then set from state: its value is not known, so not judged."""
    reply = {"utterance": "Thank you.", "hangup": None}
    reply["hangup"] = conv.state.done
    if conv.state.skip:
        conv.say("Skipping ahead.")
        return {"end_turn": False}
    return reply
