"""The contract's schema: loading it, and deriving its lenient form."""

from __future__ import annotations

import copy
import json
import re
from functools import cache
from typing import Any

Schema = dict[str, Any]

_DOLLAR = re.compile(r"(?<!\\)\$")


def python_pattern(pattern: str) -> str:
    """A schema pattern for Python's ``re``: an unescaped ``$`` ends the string, as in ECMA-262.

    fastjsonschema does the same; ``re.search`` alone would also let ``$`` match before a
    trailing newline.
    """
    return _DOLLAR.sub(r"\\Z", pattern)


def lenient_schema(schema: Schema) -> Schema:
    """Return a copy of ``schema`` that accepts unknown keys in every object.

    Only ``additionalProperties: false`` is dropped; typed ``additionalProperties`` (header
    values, bias weights, chat providers) still apply, as does everything else.
    """
    result = copy.deepcopy(schema)
    stack: list[Any] = [result]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("additionalProperties") is False:
                del node["additionalProperties"]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return result


@cache
def schema(*, lenient: bool = False) -> Schema:
    """Return the contract's JSON Schema as a dict (the lenient form if asked)."""
    from function_return_generated.schema import SCHEMA_TEXT

    loaded: Schema = json.loads(SCHEMA_TEXT)
    return lenient_schema(loaded) if lenient else loaded


def contract_version() -> str:
    """Return the contract version carried in the schema's ``$id``."""
    return str(schema()["$id"]).rsplit("/", 2)[-2]
