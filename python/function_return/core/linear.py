"""jsonschema validators whose every check takes time linear in the instance.

jsonschema's ``uniqueItems`` compares the items pairwise when they are not all of one sortable
type: an array of 10,000 mixed strings and numbers took seconds. Here ``uniqueItems`` hashes a
canonical form of each item instead, with JSON Schema's equality (``1`` equals ``1.0``;
``true`` is not ``1``; objects are equal whatever the order of their keys).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import ValidationError, validators
from jsonschema.protocols import Validator


def canonical(value: Any) -> Any:
    """A hashable form of a JSON value; two values are equal in JSON Schema iff theirs are."""
    if value is True or value is False:
        return ("b", value)
    if value is None:
        return ("z",)
    if isinstance(value, str):
        return ("s", value)
    if isinstance(value, int | float):
        return ("n", value)  # 1 == 1.0 and hash(1) == hash(1.0)
    if isinstance(value, dict):
        return ("o", frozenset((key, canonical(item)) for key, item in value.items()))
    if isinstance(value, list | tuple):
        return ("a", tuple(canonical(item) for item in value))
    return ("?", id(value))  # not JSON: never equal to anything else


def has_duplicates(items: list[Any]) -> bool:
    """Whether two items of a JSON array are equal (JSON Schema's equality), in linear time."""
    seen: set[Any] = set()
    for item in items:
        key = canonical(item)
        if key in seen:
            return True
        seen.add(key)
    return False


def _unique_items(
    validator: Validator, unique: Any, instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if unique and validator.is_type(instance, "array") and has_duplicates(instance):
        yield ValidationError("has non-unique elements")


def linear(cls: Any) -> Any:
    """The validator class ``cls`` with a linear ``uniqueItems``."""
    return validators.extend(cls, {"uniqueItems": _unique_items})  # type: ignore[no-untyped-call]
