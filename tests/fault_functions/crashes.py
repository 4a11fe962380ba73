import ctypes
import os
import signal


def crashes(how: str = "kill"):
    """End its own process: ``kill`` (SIGKILL), ``exit`` (os._exit) or ``segfault``."""
    if how == "exit":
        os._exit(7)
    if how == "segfault":
        ctypes.string_at(0)
    os.kill(os.getpid(), signal.SIGKILL)
