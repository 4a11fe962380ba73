def greet(conv):
    """Planted: return conv.say(...), which returns None."""
    return conv.say("Hello, how can I help?")
