def quick(name: str = "there"):
    """Answer at once."""
    return {"utterance": f"Hello {name}!"}
