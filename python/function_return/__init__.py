"""The contract for what agent functions return, checked.

>>> import function_return
>>> function_return.is_valid({"utterance": "Goodbye!", "hangup": True})
True

Public names: ``validate``, ``is_valid``, ``parse``, ``to_dict``, ``explain`` (with its
result, ``Explanation``), ``lint`` (with its ``Finding``), the ``checked`` decorator,
``ReturnValidationError``, ``ErrorDetail`` and ``ConfigError``; the typed dataclasses live in
``function_return.models``, the typed dicts in ``function_return.typed``; the test harness for
projects in the platform's layout in ``function_return.testing``. The subpackages behind them
(``core``, ``authoring``, ``runtime``, ``server``, ``conformance``, ``cli``) are private: see
ARCHITECTURE.md for what each holds.

Exception tree::

    ValueError
     ├── ReturnValidationError   raised by validate(), parse(), to_dict(), explain() and
     │                           @checked: .errors lists every ErrorDetail
     └── ConfigError             an agent configuration (lint, explain, @checked, --config)
                                 that cannot be read or does not match its schema
"""

import importlib
from typing import TYPE_CHECKING, Any

from function_return.core.errors import ErrorDetail, ReturnValidationError
from function_return.core.validate import backend, is_valid, validate

if TYPE_CHECKING:
    from function_return.authoring.decorator import checked
    from function_return.authoring.explain import Explanation, explain
    from function_return.authoring.lint import Finding, lint
    from function_return.core.parse import parse, to_dict

# Loaded on first use, so that importing the package costs only the fast path.
_LAZY = {
    "ConfigError": "authoring.config",
    "checked": "authoring.decorator",
    "Explanation": "authoring.explain",
    "explain": "authoring.explain",
    "Finding": "authoring.findings",
    "lint": "authoring.lint",
    "parse": "core.parse",
    "to_dict": "core.parse",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__version__ = "1.1.0"
"""The package's version: its one source (``pyproject.toml`` reads it from here)."""
CONTRACT_VERSION = "1.1.0"
"""The version of the contract (the schema's ``$id``) this package checks."""

__all__ = [
    "CONTRACT_VERSION",
    "ConfigError",
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
