def announce(conv: Conversation, flow: Flow):
    return "Announce the caller to the agent."
