"""``parse`` (valid JSON form → generated dataclasses) and ``to_dict`` (back again).

Structuring is done by cattrs, with three hooks the schema implies: a duration (``float | str``)
becomes float seconds, ``handoff`` is ``True`` or a ``Handoff``, and free-form objects (chat
provider settings, dial metadata) are deep-copied so that the result shares nothing with the
input.
"""

from __future__ import annotations

import copy
import types
import typing
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from function_return.core.errors import ErrorDetail, ReturnValidationError
from function_return.core.validate import validate

if TYPE_CHECKING:
    from function_return_generated.models import FunctionReturn

_DURATION = frozenset({float, str})


def seconds(value: float | str) -> float:
    """Return a duration (a number, or a string such as ``"1.5s"``) as float seconds."""
    if isinstance(value, str):
        return float(Decimal(value.removesuffix("s")))
    return float(value)


def _args(kind: Any) -> frozenset[Any]:
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        return frozenset(a for a in typing.get_args(kind) if a is not type(None))
    return frozenset()


@cache
def _converter() -> Any:
    import cattrs

    from function_return_generated.models import Handoff

    converter = cattrs.Converter(omit_if_default=True)

    def structure_duration(value: Any, _kind: Any) -> float | None:
        return None if value is None else seconds(value)

    def structure_handoff(value: Any, _kind: Any) -> Any:
        if value is None or value is True:
            return value
        return converter.structure(value, Handoff)

    def structure_int_union(value: Any, _kind: Any) -> int | None:
        return None if value is None else int(value)

    converter.register_structure_hook_func(lambda k: _args(k) == _DURATION, structure_duration)
    converter.register_structure_hook_func(lambda k: Handoff in _args(k), structure_handoff)
    converter.register_structure_hook_func(
        lambda k: (
            int in _args(k)
            and all(a is int or typing.get_origin(a) is typing.Literal for a in _args(k))
        ),
        structure_int_union,
    )
    converter.register_structure_hook(Any, lambda value, _kind: copy.deepcopy(value))
    return converter


def parse(value: Any) -> str | FunctionReturn | None:
    """Validate ``value`` and return it as typed objects.

    Returns:
        the string itself, ``None``, or a ``FunctionReturn`` dataclass (see
        ``function_return.models``) with durations as float seconds.

    Raises:
        ReturnValidationError: when ``value`` breaks the contract.
    """
    validate(value)
    if value is None or isinstance(value, str):
        return None if value is None else str(value)
    from function_return_generated.models import FunctionReturn

    result: FunctionReturn = _converter().structure(value, FunctionReturn)
    return result


def to_dict(obj: FunctionReturn | str | None) -> Any:
    """Return the plain JSON form of a parsed return, leaving out fields that are not set.

    A string or ``None`` comes back as it is, so ``to_dict(parse(x)) == x`` for every valid
    ``x`` whose durations are numbers.

    Raises:
        ReturnValidationError: when the object does not make a valid return (for example a
            ``Listen(channel="speech")`` built by hand).
    """
    if obj is None or isinstance(obj, str):
        return obj
    from function_return_generated.models import FunctionReturn

    if not isinstance(obj, FunctionReturn):
        raise ReturnValidationError(
            [
                ErrorDetail(
                    "",
                    "#/anyOf",
                    "type",
                    f"expected a FunctionReturn, a string or None; got {type(obj).__name__}",
                )
            ]
        )
    plain = copy.deepcopy(_converter().unstructure(obj))
    validate(plain)
    return plain
