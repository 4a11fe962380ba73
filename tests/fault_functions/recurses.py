def recurses(depth: int = 0):
    """Recurse until the interpreter's limit."""
    return recurses(depth + 1)
