from _gen import *  # <AUTO GENERATED>


def ask_code(conv: Conversation):
    """Planted: digits asked for on the default SPEECH channel (FR104)."""
    return {"utterance": "Code?", "listen": {"dtmf": {"num_digits": 4}}}
