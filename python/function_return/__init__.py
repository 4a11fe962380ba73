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

import importlib
from typing import TYPE_CHECKING, Any

from function_return._errors import ErrorDetail, ReturnValidationError
from function_return._validate import backend, is_valid, validate

if TYPE_CHECKING:
    from function_return._decorator import checked
    from function_return._explain import Explanation, explain
    from function_return._lint import Finding, lint
    from function_return._parse import parse, to_dict

# Loaded on first use, so that importing the package costs only the fast path.
_LAZY = {
    "checked": "_decorator",
    "Explanation": "_explain",
    "explain": "_explain",
    "Finding": "_lint",
    "lint": "_lint",
    "parse": "_parse",
    "to_dict": "_parse",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
