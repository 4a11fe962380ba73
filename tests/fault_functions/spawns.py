import subprocess
import sys
from pathlib import Path


def spawns(pid_file: str = ""):
    """Start a child process that outlives this call, write its id to ``pid_file``, hang."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    if pid_file:
        Path(pid_file).write_text(str(child.pid), encoding="utf-8")
    while True:
        pass
