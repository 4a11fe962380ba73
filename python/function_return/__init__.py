"""The contract for what agent functions return, checked.

>>> import function_return
>>> function_return.is_valid({"utterance": "Goodbye!", "hangup": True})
True

Public names: ``validate``, ``is_valid``, ``parse``, ``to_dict``, ``explain`` (with its
result, ``Explanation``), ``lint`` (with its ``Finding``), the ``checked`` decorator,
``ReturnValidationError`` and ``ErrorDetail``; the typed dataclasses
live in ``function_return.models``. Everything in a module whose name starts with ``_`` is
private.
"""

from function_return._decorator import checked
from function_return._errors import ErrorDetail, ReturnValidationError
from function_return._explain import Explanation, explain
from function_return._lint import Finding, lint
from function_return._parse import parse, to_dict
from function_return._validate import backend, is_valid, validate

for _public in (ErrorDetail, Explanation, Finding, ReturnValidationError):
    _public.__module__ = __name__  # shown as function_return.X in tracebacks and reprs

__version__ = "1.0.0"
CONTRACT_VERSION = "1.0.0"
"""The version of the contract (the schema's ``$id``) this package checks."""

__all__ = [
    "CONTRACT_VERSION",
    "ErrorDetail",
    "Explanation",
    "Finding",
    "ReturnValidationError",
    "__version__",
    "backend",
    "checked",
    "explain",
    "is_valid",
    "lint",
    "parse",
    "to_dict",
    "validate",
]
