from _gen import *  # <AUTO GENERATED>


def goodbye(conv: Conversation):
    """Planted: a dict built in steps, with hangup set to a string on one path."""
    reply = {"utterance": "Goodbye!"}
    if conv.state.upset:
        reply["hangup"] = "yes"
    else:
        reply.update(hangup=True)
    return reply
