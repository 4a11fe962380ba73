import os
from pathlib import Path


def hangs(pid_file: str = ""):
    """Write this process's id to ``pid_file``, then spin for ever (CPU, not a sleep)."""
    if pid_file:
        Path(pid_file).write_text(str(os.getpid()), encoding="utf-8")
    while True:
        pass
