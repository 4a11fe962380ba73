def end_function(conv):
    """The end function's return is ignored by the runtime: not judged."""
    return {"summary": "call ended"}
