def build_reply(conv, loud: bool):
    """Planted: a dict bound to a name, then completed; its literal channel is wrong."""
    reply = {"utterance": "Anything else?", "listen": {"channel": "speech"}}
    if loud:
        reply["hangup"] = False
    return reply
