class Unreadable(dict):
    """A dict whose items() fails with a secret in the message."""

    def items(self):  # type: ignore[no-untyped-def]
        raise RuntimeError("cannot reach postgres://admin:hunter2@db.internal/prod")


def returns_secret(how: str = "items"):
    """Return an invalid value that holds a secret: in an exception, a key or a value."""
    if how == "items":
        return Unreadable(utterance="hello")
    if how == "key":
        return {"k" * 10_000: "s3cr3t-token-value"}
    return {"utterance": "hi", "hangup": "s3cr3t-token-value"}
