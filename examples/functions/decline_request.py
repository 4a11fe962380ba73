def decline_request(topic: str = "that"):
    """Tell the agent, as its system prompt, that it cannot help with a topic (a string return)."""
    return f"Tell the user that you cannot assist with their request about {topic}"
