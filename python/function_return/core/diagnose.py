"""The reference explainer: every error in an invalid value, found by jsonschema, said plainly.

``validate`` explains a failure with the explainer compiled from the schema
(``codegen.explain``); this one is what that explainer is tested against (and what it was
derived from), and it is never imported by the package at run time. jsonschema is configured
to judge as the fast validator does (a tuple is an array; ``$`` in a pattern ends the string,
as in ECMA-262), and its errors are rewritten into ``ErrorDetail`` records: one per unknown
key at the key's own pointer, a type-dispatched choice inside ``anyOf`` so that the error
points at the real field, and messages (``core.messages``) that name what was expected, what
was given and, for a near miss, the likely fix.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, validators

from function_return.core import messages
from function_return.core.errors import ErrorDetail
from function_return.core.explaining import explained
from function_return.core.jsonsafe import json_problems, judgeable
from function_return.core.pointer import escape, join, resolve, split
from function_return.core.schema import Schema, python_pattern, schema
from function_return.core.validate import fast_check


def _pattern(
    validator: Any, pattern: str, instance: Any, _schema: Schema
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not re.search(python_pattern(pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _instance(error: ValidationError) -> Any:
    return error.instance


def _expected(error: ValidationError) -> Any:
    return error.validator_value


_Validator = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    validators={"pattern": _pattern},
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine(
        "array", lambda _checker, instance: isinstance(instance, (list, tuple))
    ),
)


@cache
def _validator(lenient: bool) -> Any:
    root = schema(lenient=lenient)
    branch = {
        "$schema": root["$schema"],
        "$id": root["$id"],
        "$ref": "#/$defs/FunctionReturn",
        "$defs": root["$defs"],
    }
    return _Validator(branch)


_ANY_OF_EXPECTED = {**messages.ANY_OF_EXPECTED, **messages.EFFECTS_ANY_OF_EXPECTED}


@cache
def _effects_validator() -> Any:
    from function_return_generated.effects_schema import SCHEMA_TEXT

    return _Validator(json.loads(SCHEMA_TEXT))


class _Renderer:
    """Turns jsonschema's errors into ``ErrorDetail`` records."""

    def __init__(self, validator: Any) -> None:
        self.validator = validator
        self.root = validator.schema
        self.seen_required: set[tuple[str, str]] = set()

    def resolve(self, schema_path: Any) -> tuple[str, Schema]:
        """Return the absolute location of a keyword (through any ``$ref``) and its schema.

        jsonschema leaves ``$ref`` out of its schema paths, so a token that a node lacks is
        looked up in the node its ``$ref`` names.
        """
        node: Any = self.root
        tokens: list[str] = []
        parent: Schema = self.root
        for token in schema_path:
            while isinstance(node, dict) and token not in node and "$ref" in node:
                tokens = split(node["$ref"][1:])
                node = self._deref(node)
            parent = node
            node = node[token]
            tokens.append(str(token))
        return "#/" + "/".join(escape(t) for t in tokens), parent

    def render(self, error: ValidationError) -> list[ErrorDetail]:
        """Return the records for one jsonschema error."""
        location, where = self.resolve(error.absolute_schema_path)
        path = join(error.absolute_path)
        keyword = str(error.validator)
        value = _instance(error)
        expected = _expected(error)
        if "/propertyNames/" in location:
            return self._property_name(error, location, path)
        method = getattr(self, f"_{keyword}", None)
        if method is not None:
            found: list[ErrorDetail] = method(error, location, path, where)
            return found
        if keyword in messages.BOUNDS:
            message = messages.bound_message(keyword, expected, value)
        elif keyword in ("minLength", "maxLength"):
            message = messages.length_message(keyword, expected, value)
        elif keyword == "pattern":
            message = messages.pattern_message(location, expected, value)
        elif keyword == "const":
            message = messages.const_message(expected, value)
        elif keyword in ("minProperties", "maxProperties"):
            message = messages.size_message(keyword, expected, where.get("properties", {}), value)
        else:
            message = error.message
        return [ErrorDetail(path, location, keyword, message)]

    def _type(
        self, error: ValidationError, location: str, path: str, _where: Schema
    ) -> list[ErrorDetail]:
        message = messages.type_message(_expected(error), _instance(error))
        return [ErrorDetail(path, location, "type", message)]

    def _enum(
        self, error: ValidationError, location: str, path: str, _where: Schema
    ) -> list[ErrorDetail]:
        message = messages.enum_message(_expected(error), _instance(error))
        return [ErrorDetail(path, location, "enum", message)]

    def _additionalProperties(
        self, error: ValidationError, location: str, path: str, where: Schema
    ) -> list[ErrorDetail]:
        known = list(where.get("properties", {}))
        records = []
        for key in _instance(error):
            if key in known or not isinstance(key, str):
                continue  # a non-string key is reported as such by the JSON check
            message = messages.unknown_key_message(key, known)
            records.append(
                ErrorDetail(f"{path}/{escape(key)}", location, "additionalProperties", message)
            )
        return records

    def _required(
        self, error: ValidationError, location: str, path: str, _where: Schema
    ) -> list[ErrorDetail]:
        if (path, location) in self.seen_required:
            return []
        self.seen_required.add((path, location))
        return [
            ErrorDetail(path, location, "required", messages.required_message(location, name))
            for name in _expected(error)
            if name not in _instance(error)
        ]

    def _not(
        self, error: ValidationError, location: str, path: str, where: Schema
    ) -> list[ErrorDetail]:
        groups = _expected(error).get("anyOf", [])
        names = list(dict.fromkeys(n for g in groups for n in g.get("required", [])))
        if names and all(set(g) <= {"required", "properties"} for g in groups):
            message = messages.at_most_one_message(names, _instance(error))
        else:
            message = error.message
        return [ErrorDetail(path, location, "not", message)]

    def _anyOf(
        self, error: ValidationError, location: str, path: str, _where: Schema
    ) -> list[ErrorDetail]:
        branches = _expected(error)
        matching = [
            index
            for index, branch in enumerate(branches)
            if self._type_matches(self._deref(branch), _instance(error))
        ]
        expected = _ANY_OF_EXPECTED.get(location, " or ".join(self._phrase(b) for b in branches))
        if len(matching) == 1:
            inner = [e for e in error.context or [] if e.relative_schema_path[0] == matching[0]]
            records = [r for e in inner for r in self.render(e)]
            if records:
                return records
        keyword = "anyOf" if matching else "type"
        message = messages.any_of_message(expected, _instance(error))
        return [ErrorDetail(path, location, keyword, message)]

    def _property_name(self, error: ValidationError, location: str, path: str) -> list[ErrorDetail]:
        key = _instance(error)
        message = messages.key_message(location, str(error.validator), key, error.message)
        return [ErrorDetail(f"{path}/{escape(key)}", location, "propertyNames", message)]

    def _deref(self, branch: Schema) -> Schema:
        if "$ref" in branch:
            return dict(resolve(self.root, branch["$ref"]))
        return branch

    def _type_matches(self, branch: Schema, instance: Any) -> bool:
        kinds = branch.get("type")
        if kinds is None:
            return True
        kinds = kinds if isinstance(kinds, list) else [kinds]
        return any(self.validator.is_type(instance, kind) for kind in kinds)

    def _phrase(self, branch: Schema) -> str:
        branch = self._deref(branch)
        if "const" in branch:
            return messages.show(branch["const"])
        return str(branch.get("type", "a value"))


def object_errors(value: Any, lenient: bool) -> list[ErrorDetail]:
    """jsonschema's errors in an object of plain JSON data, rewritten; in jsonschema's order."""
    renderer = _Renderer(_validator(lenient))
    return [r for error in renderer.validator.iter_errors(value) for r in renderer.render(error)]


def diagnose(value: Any, *, lenient: bool = False) -> list[ErrorDetail]:
    """Return every error in ``value`` as jsonschema finds them: the reference that the
    compiled explainer (``validate.errors``) is tested against, record for record."""
    return explained(value, lenient, object_errors, fast_check(lenient=lenient), plain=False)


def diagnose_effects(effects: Any) -> list[ErrorDetail]:
    """Return every error in a list of side effects, ordered by location; empty when valid.

    Each effect dispatches on its ``type`` (an ``if``/``then`` per type in the schema), so an
    error points at the field that is wrong, never at a bare choice among the effects. Unlike
    a return's, an invalid effects list is explained by jsonschema at run time (effects are
    checked far less often than returns).
    """
    found = json_problems(effects)
    renderer = _Renderer(_effects_validator())
    taken = {e.path for e in found if e.schema_path != "#json/keys"}
    for error in renderer.validator.iter_errors(judgeable(effects)):
        found.extend(r for r in renderer.render(error) if r.path not in taken)
    return messages.ordered(found)
