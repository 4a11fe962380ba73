"""Validation of return values: the fast yes/no path, and the explaining path on failure.

The fast path dispatches on the root type, runs the validator that fastjsonschema compiled
ahead of time (``generated/``) on objects, and checks that the value has a JSON form. Only
when it says no does the explaining path load jsonschema to find every error.
"""

from __future__ import annotations

from typing import Any

from function_return._errors import ErrorDetail, ReturnValidationError
from function_return._jsonsafe import is_json
from function_return_generated.validator_strict import validate as _strict


def _lenient(value: Any) -> Any:
    """The lenient fast validator, imported on first use (most callers never need it)."""
    global _lenient
    from function_return_generated.validator_lenient import validate as loaded

    _lenient = loaded
    _FAST[1] = loaded
    return loaded(value)


_FAST = [_strict, _lenient]


def is_valid(value: Any, *, lenient: bool = False) -> bool:
    """Return True when ``value`` is a valid function return.

    Args:
        value: what a function returned: a string, a dict, ``None``, or anything else.
        lenient: accept keys the contract does not know (``lint`` reports them).

    This is the fast path: it never imports jsonschema.
    """
    if value is None or isinstance(value, str):
        return True
    if not isinstance(value, dict):
        return False
    try:
        _FAST[lenient](value)
    except Exception:  # JsonSchemaValueException, or a TypeError on a part that is not JSON
        return False
    return is_json(value)


def validate(value: Any, *, lenient: bool = False) -> None:
    """Check ``value`` against the contract; raise if it breaks it.

    Args:
        value: what a function returned.
        lenient: accept keys the contract does not know (``lint`` reports them as warnings).

    Raises:
        ReturnValidationError: with every error found, each with its JSON Pointer.
    """
    if is_valid(value, lenient=lenient):
        return
    raise ReturnValidationError(errors(value, lenient=lenient))


def errors(value: Any, *, lenient: bool = False) -> list[ErrorDetail]:
    """Return every error in ``value`` (empty when it is valid), explained by jsonschema."""
    from function_return._diagnose import diagnose

    found = diagnose(value, lenient=lenient)
    if not found and not is_valid(value, lenient=lenient):
        # The two validators are tested to agree; should they ever not, invalid wins.
        found = [ErrorDetail("", "#", "schema", "rejected by the fast validator")]
    return found
