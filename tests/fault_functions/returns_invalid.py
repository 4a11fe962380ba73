def returns_invalid():
    """Return a value that breaks the contract in two places."""
    return {"hangup": "yes", "listen": {"channel": "speech"}}
