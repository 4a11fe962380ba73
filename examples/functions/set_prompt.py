def set_prompt():
    """Set the system prompt with the content field (the same as returning a string)."""
    return {"content": "Tell the user that you cannot assist with their request"}
