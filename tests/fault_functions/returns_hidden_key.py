class Hiding(dict):
    """A dict whose iteration hides a key that json.dumps still writes."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter([k for k in dict.keys(self) if k != "hangup"])

    def keys(self):  # type: ignore[no-untyped-def]
        return list(iter(self))


def returns_hidden_key():
    """Return a value whose JSON text is invalid ("hangup" is not a boolean)."""
    return Hiding(utterance="Bye", hangup="yes")
