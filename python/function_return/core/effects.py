"""Validation of a function's side effects: the ``effects`` list of an execute response.

The list's schema is ``schema/effects.schema.json``: each effect is an object whose ``type``
(``say``, ``goto_flow``, ``call_handoff``, ``state``...) says which fields it has. Like the
return's, the check has two paths: a yes/no from fastjsonschema's validator compiled ahead of
time (``generated/``), with the walk that every part has a JSON form; only when it says no is
jsonschema loaded (by ``diagnose``) to find and explain every error. Importing this module
imports neither.

Pointers: ``validate_effects(effects)`` points into the list (``/0/utterance``); ``at`` puts
them under another root, as ``explain`` does with ``"/effects"`` (``/effects/0/utterance``,
where the list sits in an execute response).
"""

from __future__ import annotations

from typing import Any

from function_return.core.errors import ErrorDetail, ReturnValidationError


def _fast(effects: Any) -> bool:
    from function_return.core.jsonsafe import is_plain
    from function_return_generated.validator_effects import validate

    if type(effects) is not list and type(effects) is not tuple:
        return False
    try:
        validate(effects)  # type: ignore[no-untyped-call]  # raises when invalid
    except Exception:  # the validator's own error, or a part that has no JSON form
        return False
    return is_plain(effects)


def effects_valid(effects: Any) -> bool:
    """Return True when ``effects`` is a valid list of side effects (the fast path; no raise).

    A list with subclasses in it (an enum, a subclass of ``dict``) is judged by the JSON text
    it becomes, as ``is_valid`` judges a return.
    """
    from function_return.core.validate import _whole

    return _whole(_fast)(effects)


def effects_errors(effects: Any, *, at: str = "") -> list[ErrorDetail]:
    """Return every error in ``effects`` (empty when valid), each pointer prefixed with ``at``."""
    from function_return.core.diagnose import diagnose_effects
    from function_return.core.jsonsafe import NoJSON, as_json, unreadable

    try:
        try:
            judged = as_json(effects)
        except NoJSON:
            judged = effects
        found = diagnose_effects(judged)
    except Exception as exc:  # a root whose own methods fail
        found = [unreadable("", exc)]
    if not found and not effects_valid(effects):
        # The two validators are tested to agree; should they ever not, invalid wins.
        found = [ErrorDetail("", "#", "schema", "rejected by the fast validator")]
    return [
        ErrorDetail(at + error.path, error.schema_path, error.keyword, error.message)
        for error in found
    ]


def validate_effects(effects: Any, *, at: str = "") -> None:
    """Check a function's side effects against ``schema/effects.schema.json``; raise if invalid.

    >>> validate_effects([{"type": "say", "utterance": "One moment."}])
    >>> validate_effects([{"type": "goto_flow", "flow": ""}], at="/effects")
    Traceback (most recent call last):
    ...
    function_return.ReturnValidationError: invalid effects (1 error)
      /effects/0/flow: expected a non-empty string; got string ""

    Args:
        effects: the effects, in order: a list of objects, each with its ``type``.
        at: a JSON Pointer put before every error's pointer (``""``: pointers into the list).

    Raises:
        ReturnValidationError: with every error found, each with its JSON Pointer.
    """
    if effects_valid(effects):
        return
    raise ReturnValidationError(effects_errors(effects, at=at), subject="effects")
