def raises(secret: str = "s3cr3t-/srv/agents/private.py"):
    """Raise an exception whose message holds a secret and a file path."""
    raise ValueError(f"cannot go on with {secret}")
