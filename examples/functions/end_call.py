def end_call():
    """End the conversation: disconnect the call, or close the chat."""
    return {"hangup": True}
