def pick_variant(conv, city: str):
    """A variant: fine without a configuration, unknown with the sample's one (FR109)."""
    if city == "paris":
        return {"utterance": "Switching to Paris.", "variant": "paris"}
    return dict(utterance="Switching to Orleans.", variant="orleens")
