import os


def whoami():
    """Say which server process (the runner's parent) and runner process answered."""
    return {"content": f"server {os.getppid()} runner {os.getpid()}"}
