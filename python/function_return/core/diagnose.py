"""The explaining path: every error in an invalid value, found by jsonschema, said plainly.

Loaded only when a value is invalid. jsonschema is configured to judge as the fast validator
does (a tuple is an array; ``$`` in a pattern ends the string, as in ECMA-262), and its errors
are rewritten into ``ErrorDetail`` records: one per unknown key at the key's own pointer, a
type-dispatched choice inside ``anyOf`` so that the error points at the real field, and
messages that name what was expected, what was given and, for a near miss, the likely fix.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, validators

from function_return.core.errors import ErrorDetail
from function_return.core.jsonsafe import json_problems, judgeable, safe_repr
from function_return.core.pointer import escape, join, resolve, split
from function_return.core.schema import Schema, python_pattern, schema
from function_return.core.suggest import did_you_mean


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


@cache
def _effects_validator() -> Any:
    from function_return_generated.effects_schema import SCHEMA_TEXT

    return _Validator(json.loads(SCHEMA_TEXT))


# Messages the schema's keywords cannot say by themselves, keyed by schema location.
PATTERN_MESSAGES = {
    "#/$defs/FunctionReturn/then/properties/utterance/pattern": (
        'with utterance_channel "DTMF" the utterance is played as key tones: only 0-9, * and #'
    ),
    "#/$defs/TextChat/propertyNames/pattern": (
        'expected one key "<provider>_integration" in lower case, such as "zendesk_integration"'
    ),
    "#/$defs/PhoneNumber/pattern": (
        "expected digits with an optional leading + (* and # allowed, at most 32 characters) "
        "or a sip:, sips: or tel: URI"
    ),
    "#/$defs/SipHeaders/propertyNames/pattern": "SIP header names hold only letters, digits and -",
    "#/$defs/Duration/anyOf/1/pattern": (
        'expected a duration: a number of seconds (1.5) or digits then "s" ("1.5s", up to 9 '
        'decimals; no "ms", "min" or spaces)'
    ),
    "#/$defs/AsrTimeout/anyOf/1/pattern": (
        "expected a duration of more than 0 and at most 60 seconds: a number (7) or digits "
        'then "s" ("7s", up to 9 decimals; no "ms", "min" or spaces)'
    ),
    "#/$defs/MaxExtensionDuration/anyOf/1/pattern": (
        'expected a duration from 0.5 to 5 seconds: a number (1.5) or digits then "s" ("1.5s", '
        'up to 9 decimals; no "ms", "min" or spaces)'
    ),
}
"""What each ``pattern`` of the schema means (a test checks that none is missing)."""

ANY_OF_EXPECTED = {
    "#/$defs/FunctionReturn/properties/handoff/anyOf": "true or a handoff object",
    "#/$defs/Dtmf/properties/num_digits/anyOf": "an integer from 1 to 32, or -1 for no limit",
    "#/$defs/Duration/anyOf": 'a number of seconds (0 or more) or a duration string such as "1.5s"',
    "#/$defs/AsrTimeout/anyOf": (
        'a number of seconds (more than 0, at most 60) or a duration string such as "7s"'
    ),
    "#/$defs/MaxExtensionDuration/anyOf": (
        'a number of seconds from 0.5 to 5 or a duration string such as "1.5s"'
    ),
}
EFFECTS_ANY_OF_EXPECTED = {
    "#/$defs/WriteMetricEffect/properties/value/anyOf": "a string, a number, a boolean or null",
}
"""What each ``anyOf`` of the effects' schema accepts, in words."""
"""What each ``anyOf`` of the schema accepts, in words (a test checks that none is missing)."""

REQUIRED_REASONS = {
    "#/$defs/FunctionReturn/then/required": (
        ' (utterance_channel "DTMF" plays the utterance as key tones)'
    ),
    "#/$defs/Transition/then/required": " (goto_step names a step of goto_flow)",
}

_JSON_TYPES = (
    (bool, "boolean"),
    (type(None), "null"),
    (str, "string"),
    (int, "integer"),
    (float, "number"),
    (dict, "object"),
    ((list, tuple), "array"),
)


_DURATION_UNITS = {"ms": 0.001, "msec": 0.001, "millisecond": 0.001, "milliseconds": 0.001}
_DURATION_UNITS |= dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1.0)
_DURATION_UNITS |= dict.fromkeys(("m", "min", "mins", "minute", "minutes"), 60.0)


def _duration_meant(location: str, pattern: str, value: Any) -> str:
    """``; did you mean "0.75s"?`` for a duration written another way ("750ms", "2 sec")."""
    if "/$defs/" not in location or ("Duration" not in location and "Timeout" not in location):
        return ""
    import re

    written = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]+)\s*", str(value))
    if written is None or written[2].lower() not in _DURATION_UNITS:
        return ""
    seconds = float(written[1]) * _DURATION_UNITS[written[2].lower()]
    text = f"{seconds:.9f}".rstrip("0").rstrip(".") + "s"
    if text == value or re.fullmatch(pattern.removeprefix("^").removesuffix("$"), text) is None:
        return ""
    return f'; did you mean "{text}"?'


def _json_type(value: Any) -> str:
    for kind, name in _JSON_TYPES:
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _show(value: Any, limit: int = 60) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, default=repr)
    except Exception:  # no JSON form, too deep, or an integer past the digit limit
        text = safe_repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _got(value: Any) -> str:
    kind = _json_type(value)
    if kind in ("object", "array"):
        return f"got {kind}"
    return f"got {kind} {_show(value)}" if kind not in ("null",) else "got null"


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
        if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            words = {
                "minimum": "at least",
                "maximum": "at most",
                "exclusiveMinimum": "more than",
                "exclusiveMaximum": "less than",
            }[keyword]
            message = f"expected {words} {_show(expected)}; {_got(value)}"
        elif keyword == "minLength" and expected == 1:
            message = f"expected a non-empty string; {_got(value)}"
        elif keyword in ("minLength", "maxLength"):
            words = "at least" if keyword == "minLength" else "at most"
            message = f"expected {words} {expected} characters; got {len(value)}"
        elif keyword == "pattern":
            hint = PATTERN_MESSAGES.get(location, f"expected a string matching {expected}")
            message = f"{hint}; {_got(value)}{_duration_meant(location, expected, value)}"
        elif keyword == "const":
            message = f"expected {_show(expected)}; {_got(value)}"
        elif keyword == "minProperties" and expected == 1:
            names = ", ".join(where.get("properties", {}))
            message = (
                f"expected at least one of {names}; got an empty object"
                if names
                else ("expected a non-empty object")
            )
        elif keyword == "maxProperties" and expected == 1:
            message = f"expected exactly one key; got {len(value)}: {', '.join(map(str, value))}"
        elif keyword in ("minProperties", "maxProperties"):
            words = "at least" if keyword == "minProperties" else "at most"
            message = f"expected {words} {expected} keys; got {len(value)}"
        else:
            message = error.message
        return [ErrorDetail(path, location, keyword, message)]

    def _type(
        self, error: ValidationError, location: str, path: str, _where: Schema
    ) -> list[ErrorDetail]:
        expected = _expected(error)
        names = " or ".join(expected) if isinstance(expected, list) else expected
        if names == "null":
            return [ErrorDetail(path, location, "type", f"expected null; {_got(_instance(error))}")]
        article = "an" if names[0] in "aeiou" else "a"
        return [
            ErrorDetail(
                path, location, "type", f"expected {article} {names}; {_got(_instance(error))}"
            )
        ]

    def _enum(
        self, error: ValidationError, location: str, path: str, _where: Schema
    ) -> list[ErrorDetail]:
        choices = [str(c) for c in _expected(error)]
        listed = ", ".join(json.dumps(c) for c in choices)
        given = _instance(error)
        message = f"expected one of {listed}; {_got(given)}{did_you_mean(given, choices)}"
        return [ErrorDetail(path, location, "enum", message)]

    def _additionalProperties(
        self, error: ValidationError, location: str, path: str, where: Schema
    ) -> list[ErrorDetail]:
        known = list(where.get("properties", {}))
        records = []
        for key in _instance(error):
            if key in known or not isinstance(key, str):
                continue  # a non-string key is reported as such by the JSON check
            hint = did_you_mean(key, known) or f"; expected one of: {', '.join(known)}"
            message = f"unknown key {_show(key)}{hint}"
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
        reason = REQUIRED_REASONS.get(location, "")
        return [
            ErrorDetail(path, location, "required", f'missing required key "{name}"{reason}')
            for name in _expected(error)
            if name not in _instance(error)
        ]

    def _not(
        self, error: ValidationError, location: str, path: str, where: Schema
    ) -> list[ErrorDetail]:
        groups = _expected(error).get("anyOf", [])
        names = list(dict.fromkeys(n for g in groups for n in g.get("required", [])))
        if names and all(set(g) <= {"required", "properties"} for g in groups):
            present = [n for n in names if n in _instance(error)]
            message = f"expected at most one of {', '.join(names)}; got {' and '.join(present)}"
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
        expected = {**ANY_OF_EXPECTED, **EFFECTS_ANY_OF_EXPECTED}.get(
            location, " or ".join(self._phrase(b) for b in branches)
        )
        if len(matching) == 1:
            inner = [e for e in error.context or [] if e.relative_schema_path[0] == matching[0]]
            records = [r for e in inner for r in self.render(e)]
            if records:
                return records
        keyword = "anyOf" if matching else "type"
        return [
            ErrorDetail(path, location, keyword, f"expected {expected}; {_got(_instance(error))}")
        ]

    def _property_name(self, error: ValidationError, location: str, path: str) -> list[ErrorDetail]:
        key = _instance(error)
        hint = PATTERN_MESSAGES.get(location) or (
            "keys must not be empty" if error.validator == "minLength" else error.message
        )
        return [
            ErrorDetail(
                f"{path}/{escape(key)}",
                location,
                "propertyNames",
                f"key {_show(key)} is not allowed: {hint}",
            )
        ]

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
            return _show(branch["const"])
        return str(branch.get("type", "a value"))


def diagnose(value: Any, *, lenient: bool = False) -> list[ErrorDetail]:
    """Return every error in ``value``, ordered by location; empty when it is valid."""
    found = json_problems(value)
    if isinstance(value, dict):
        renderer = _Renderer(_validator(lenient))
        # Errors that restate a JSON problem (bytes where a string was expected) are dropped.
        taken = {e.path for e in found if e.schema_path != "#json/keys"}
        for error in renderer.validator.iter_errors(judgeable(value)):
            found.extend(r for r in renderer.render(error) if r.path not in taken)
    elif value is not None and not isinstance(value, str) and not any(e.path == "" for e in found):
        found.append(
            ErrorDetail(
                "", "#/anyOf", "type", f"expected a string, an object or null; {_got(value)}"
            )
        )
    return _distinct(sorted(found, key=lambda e: (e.path, e.schema_path)))


def _distinct(found: list[ErrorDetail]) -> list[ErrorDetail]:
    """``found`` less the records that repeat an earlier one's pointer, keyword and message.

    A conditional branch may restate a property's type for strict readers (ajv); a value of
    the wrong type then breaks both, and saying it once is enough.
    """
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for record in found:
        key = (record.path, record.keyword, record.message)
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept


def diagnose_effects(effects: Any) -> list[ErrorDetail]:
    """Return every error in a list of side effects, ordered by location; empty when valid.

    Each effect dispatches on its ``type`` (an ``if``/``then`` per type in the schema), so an
    error points at the field that is wrong, never at a bare choice among the effects.
    """
    found = json_problems(effects)
    renderer = _Renderer(_effects_validator())
    taken = {e.path for e in found if e.schema_path != "#json/keys"}
    for error in renderer.validator.iter_errors(judgeable(effects)):
        found.extend(r for r in renderer.render(error) if r.path not in taken)
    return _distinct(sorted(found, key=lambda e: (e.path, e.schema_path)))
