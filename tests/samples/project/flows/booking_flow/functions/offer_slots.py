from _gen import *  # <AUTO GENERATED>


def offer_slots(conv: Conversation, flow: Flow):
    """Keys removed before the return are gone; the legacy vad_timeout beside timeout."""
    reply = {"utterance": "Morning or afternoon?", "debug": conv.state.slots, "trace": 1}
    reply.pop("debug")
    del reply["trace"]
    reply["listen"] = {"asr": {"timeout": 10, "vad_timeout": 3}}
    return reply
