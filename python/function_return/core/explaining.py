"""The explaining path: every error in a value that breaks the contract, said plainly.

Loaded only when a value is invalid. The schema's errors come from the explainer compiled
from the schema (``generated/``, by ``codegen.explain``): plain checks, no schema walked at
run time, and jsonschema never imported. ``core.diagnose`` finds the same errors with
jsonschema; the tests hold the two to the same records, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from function_return.core.errors import ErrorDetail
from function_return.core.jsonsafe import (
    NoJSON,
    as_json,
    is_plain,
    json_problems,
    judgeable,
    unreadable,
)
from function_return.core.messages import ordered, root_message

ObjectErrors = Callable[[Any, bool], list[ErrorDetail]]
"""The schema errors in an object of plain JSON data (strict or lenient), in any order."""


def explained(
    value: Any,
    lenient: bool,
    object_errors: ObjectErrors,
    check: Callable[[Any], bool],
    *,
    plain: bool,
) -> list[ErrorDetail]:
    """Every error in ``value``: its parts with no JSON form, then the schema's errors, which
    ``object_errors`` finds in an object; ordered by location, each said once.

    A value with subclasses in it is explained as the JSON text it becomes (``as_json``);
    parts with no JSON form stand as ``None`` (``judgeable``), and a schema error at the place
    of one is left out (it would restate it). ``plain``: give ``object_errors`` an object of
    plain data as it is (the messages show huge integers as ``judgeable`` makes them).
    ``check``: the fast check, which has the last word should the two ever disagree.
    """
    try:
        if plain and type(value) is dict and is_plain(value):
            found = ordered(object_errors(value, lenient))
        else:
            try:
                judged = as_json(value)
            except NoJSON:
                judged = value
            found = json_problems(judged)
            if isinstance(judged, dict):
                # Errors that restate a JSON problem (bytes where a string was expected) go.
                taken = {e.path for e in found if e.schema_path != "#json/keys"}
                schema_errors = object_errors(judgeable(judged), lenient)
                found.extend(e for e in schema_errors if e.path not in taken)
            elif judged is not None and not isinstance(judged, str) and all(e.path for e in found):
                found.append(ErrorDetail("", "#/anyOf", "type", root_message(judged)))
            found = ordered(found)
    except Exception as exc:  # a root whose own methods fail (items(), keys(), len())
        # The type only: an exception's message may hold a secret (a DSN, a token).
        found = [unreadable("", exc)]
    if not found and not check(value):
        # The two validators are tested to agree; should they ever not, invalid wins.
        found = [ErrorDetail("", "#", "schema", "rejected by the fast validator")]
    return found


def compiled(lenient: bool, check: Callable[[Any], bool]) -> Callable[[Any], list[ErrorDetail]]:
    """``errors``: every error of a value, by the compiled explainer of the strict or the
    lenient schema; ``check`` is the fast check of the same schema."""
    if lenient:
        from function_return_generated.explain_lenient import explain as generated
    else:
        from function_return_generated.explain import explain as generated
    explain: Callable[[Any], list[tuple[str, str, str, str]]] = generated

    def object_errors(value: Any, _lenient: bool) -> list[ErrorDetail]:
        return [ErrorDetail(*found) for found in explain(value)]

    def errors(value: Any) -> list[ErrorDetail]:
        if type(value) is dict and is_plain(value):  # the common case, in short
            found = ordered([ErrorDetail(*e) for e in explain(value)])
            if found:
                return found
        return explained(value, lenient, object_errors, check, plain=True)

    return errors
