def switch_variant(conv, location: str):
    """Switch the conversation to the variant of a location."""
    variant = location.strip().lower()
    if not variant:
        return {"utterance": "Which location would you like?"}
    conv.state["location"] = variant
    return {"variant": variant}
