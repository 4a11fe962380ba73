import os
from pathlib import Path


def sees_token():
    """Say whether the server's token variable is in this worker's environment."""
    in_environ = "FUNCTION_RETURN_TOKEN" in os.environ
    in_block = b"FUNCTION_RETURN_TOKEN=" in Path("/proc/self/environ").read_bytes()
    return {"content": f"environ {in_environ} block {in_block}"}
