import logging


def chatty(megabytes: int = 5):
    """Print ``megabytes`` of output, log a line, and return a valid value."""
    line = "x" * 1023
    for _ in range(megabytes * 1024):
        print(line)
    logging.getLogger(__name__).warning("done printing")
    return {"utterance": "printed a lot"}
