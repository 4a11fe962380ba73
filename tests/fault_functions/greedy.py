def greedy(megabytes: int = 4096):
    """Allocate ``megabytes`` of memory at once."""
    block = bytearray(megabytes * 1024 * 1024)
    return {"content": f"allocated {len(block)} bytes"}
