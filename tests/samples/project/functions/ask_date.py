from _gen import *  # <AUTO GENERATED>


def ask_date(conv: Conversation):
    """conv.say gives the question, so the ASR settings take effect."""
    conv.say("Which date would suit you?")
    return {"listen": {"asr": {"timeout": 8}}}
