import sys
import warnings


def noisy():
    """Write to standard error and raise a warning, then return."""
    print("to stderr", file=sys.stderr)
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=1)
    return {"utterance": "done"}
