import time


def sleeps(seconds: float = 0.2):
    """Sleep, then say so (the slow function of the load test)."""
    time.sleep(seconds)
    return {"utterance": f"slept {seconds} s", "end_turn": False}
