def noop():
    """Do nothing: what the server costs around a function (``bench/server.py``)."""
    return {}
