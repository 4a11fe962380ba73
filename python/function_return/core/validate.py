"""Validation of return values: the fast yes/no path, and the explaining path on failure.

The fast path is a validator compiled from the schema ahead of time (``generated/``, by
``codegen.compile``): it dispatches on the root type, keeps the common returns on the
shortest path and folds the JSON-form checks in, so it answers in one pass and never imports
anything heavy. Only when it says no does the explaining path (``core.explaining``) load the
explainer compiled from the schema (``codegen.explain``) to find every error.

Backends (``function_return.backend`` names the one in use; the environment variable
``FUNCTION_RETURN_BACKEND`` picks another): ``specialised`` (the default, the fastest in
``make bench``), ``fastjsonschema`` (its compiled validators plus a walk for the JSON form),
and ``jsonschema-rs`` (the optional ``[rust]`` extra, plus the same walk).

The specialised validator is pure Python; ``make native`` also compiles it with mypyc into
extension modules beside the ``.py`` (never in the wheel). ``specialised`` uses them when they
are present and were compiled from the ``.py`` beside them (``backend`` is then
``specialised-native``), the ``.py`` otherwise; ``specialised-python`` and
``specialised-native`` pick one of the two.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Protocol

from function_return.core.errors import ErrorDetail, ReturnValidationError

Check = Callable[[Any], bool]

BACKENDS = ("specialised", "specialised-python", "specialised-native", "fastjsonschema",
            "jsonschema-rs")  # fmt: skip
"""The fast-path backends, by name."""


def _module(lenient: bool) -> Any:
    """The specialised validator's module as imported: compiled when built, else the .py."""
    if lenient:
        from function_return_generated import validator_specialised_lenient

        return validator_specialised_lenient
    from function_return_generated import validator_specialised

    return validator_specialised


def _is_native(module: Any) -> bool:
    """Whether ``module`` is the compiled build of the ``.py`` beside it (``make native``)."""
    where = getattr(module, "__file__", None) or ""
    if where.endswith(".py") or not hasattr(module, "SOURCE_CRC"):
        return False
    import zlib

    source = os.path.join(os.path.dirname(where), module.__name__.rpartition(".")[2] + ".py")
    try:
        with open(source, "rb") as file:
            return bool(zlib.crc32(file.read()) == module.SOURCE_CRC)
    except OSError:
        return False


def native_built(*, lenient: bool = False) -> bool:
    """Whether the compiled specialised validator (``make native``) is built and current."""
    return _is_native(_module(lenient))


def _python_module(lenient: bool) -> Any:
    """The pure-Python specialised validator, even where the compiled one is built."""
    module = _module(lenient)
    if (getattr(module, "__file__", None) or "").endswith(".py"):
        return module
    import importlib.util

    if lenient in _PYTHON_MODULES:
        return _PYTHON_MODULES[lenient]
    stem = module.__name__.rpartition(".")[2]
    path = os.path.join(os.path.dirname(module.__file__), f"{stem}.py")
    spec = importlib.util.spec_from_file_location(f"{module.__name__}_python", path)
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    _PYTHON_MODULES[lenient] = loaded
    return loaded


_PYTHON_MODULES: dict[bool, Any] = {}
"""The pure-Python modules loaded beside the compiled ones, once each."""


def _specialised_module(name: str, lenient: bool) -> Any:
    """The module of specialised backend ``name``: ``specialised`` is the compiled one when
    it is built and current, else the .py."""
    module = _module(lenient)
    if name == "specialised-python" or (name == "specialised" and not _is_native(module)):
        return _python_module(lenient)
    if name == "specialised-native" and not _is_native(module):
        raise ImportError(
            "the compiled specialised validator is not built, or was built from another "
            "version of the .py: run `make native`"
        )
    return module


def _specialised(lenient: bool) -> Check:
    check: Check = _specialised_module("specialised", lenient).is_valid
    return check


def _specialised_python(lenient: bool) -> Check:
    check: Check = _specialised_module("specialised-python", lenient).is_valid
    return check


def _specialised_native(lenient: bool) -> Check:
    check: Check = _specialised_module("specialised-native", lenient).is_valid
    return check


class IsValid(Protocol):
    """The shape of ``is_valid``."""

    def __call__(self, value: Any, *, lenient: bool = False) -> bool: ...


class Validate(Protocol):
    """The shape of ``validate``."""

    def __call__(self, value: Any, *, lenient: bool = False) -> None: ...


def _one_call(name: str) -> IsValid:
    """The whole strict check of specialised backend ``name`` in one call: the generated
    ``whole`` (the check, whose refusals it hands to the second look), its second look and
    its lenient check set here."""
    module = _specialised_module(name, False)
    plain = module.is_valid
    loaded: list[Check] = []

    def refused(value: Any) -> bool:
        return _second_look(plain, value)

    def lenient(value: Any) -> bool:
        if not loaded:
            loaded.append(_whole(_LOADERS[name](True)))
        return loaded[0](value)

    def explain(value: Any) -> None:
        found = errors(value)
        if found:
            raise ReturnValidationError(found)

    def failed(value: Any, error: Exception) -> None:
        if isinstance(error, ReturnValidationError):  # raised by ``explain``
            raise error
        explain(value)

    def lenient_validate(value: Any) -> None:
        _validate(value, lenient=True)

    module._refused = refused
    module._lenient = lenient
    module._explain = explain
    module._failed = failed
    module._lenient_validate = lenient_validate
    whole: IsValid = module.whole
    return whole


def _on_objects(accepts: Check) -> Check:
    """A whole check from a backend's verdict on objects.

    Dispatch on the root type first; ``accepts`` judges objects against the schema, then a
    walk checks that every part has a JSON form (these backends do not see NaN, bytes, cycles
    or non-string keys inside free-form objects).
    """
    from function_return.core.jsonsafe import is_plain

    def check(value: Any) -> bool:
        if value is None or type(value) is str:
            return True
        if type(value) is not dict:
            return False
        try:
            verdict = accepts(value)
        except Exception:  # the backend's own error, or a part that has no JSON form
            return False
        return verdict and is_plain(
            value
        )  # a subclass is judged by its JSON (``jsonsafe.as_json``)

    return check


def _fastjsonschema(lenient: bool) -> Check:
    if lenient:
        from function_return_generated.validator_lenient import validate
    else:
        from function_return_generated.validator_strict import validate

    def accepts(value: Any) -> bool:
        validate(value)  # raises JsonSchemaValueException when invalid
        return True

    return _on_objects(accepts)


def _jsonschema_rs(lenient: bool) -> Check:
    import jsonschema_rs

    from function_return.core.schema import schema

    validator = jsonschema_rs.validator_for(_python_patterns(schema(lenient=lenient)))
    return _on_objects(validator.is_valid)


def _python_patterns(node: Any) -> Any:
    """A copy of a schema whose patterns spell out ``\\s`` as Python's ``re`` reads it.

    ECMA-262's ``\\s`` (which jsonschema-rs follows) and Python's differ on a few characters
    (U+001C to U+001F, U+0085, U+FEFF); the contract judges as jsonschema does, with ``re``.
    """
    if isinstance(node, list):
        return [_python_patterns(item) for item in node]
    if not isinstance(node, dict):
        return node
    copied = {key: _python_patterns(item) for key, item in node.items()}
    if isinstance(copied.get("pattern"), str):
        copied["pattern"] = _spell_out_space(copied["pattern"])
    return copied


def _spell_out_space(pattern: str) -> str:
    space = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
    out, index, in_class = [], 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and pattern[index + 1 : index + 2] == "s":
            out.append(space if in_class else f"[{space}]")
            index += 2
            continue
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        in_class = (in_class and char != "]") or (not in_class and char == "[")
        out.append(char)
        index += 1
    return "".join(out)


def _second_look(fast: Check, value: Any) -> bool:
    """The verdict on a value that ``fast`` refused (or raised on): it may hold subclasses, so
    it is judged again as the JSON text it becomes (``jsonsafe.as_json``). Never raises."""
    from function_return.core.jsonsafe import as_json, is_plain

    try:
        if is_plain(value):  # plain data: the fast check's verdict stands
            return False
        return bool(fast(as_json(value)))
    except Exception:  # no JSON form, or a container whose own methods fail
        return False


def _whole(fast: Check) -> Check:
    """The whole verdict from a backend's fast check of the exact builtin types.

    A value the fast check refuses may hold subclasses: it is judged again as the JSON text it
    becomes (``jsonsafe.as_json``). Never raises: a value that cannot be read is not valid.
    """

    def check(value: Any) -> bool:
        try:
            if fast(value):
                return True
        except Exception:  # a container whose own methods fail: judged by its JSON, if any
            pass
        return _second_look(fast, value)

    return check


_LOADERS: dict[str, Callable[[bool], Check]] = {
    "specialised": _specialised,
    "specialised-python": _specialised_python,
    "specialised-native": _specialised_native,
    "fastjsonschema": _fastjsonschema,
    "jsonschema-rs": _jsonschema_rs,
}


def checker(name: str, *, lenient: bool = False) -> Check:
    """Return the fast check of backend ``name``: a function from a value to True or False.

    Raises:
        ValueError: when ``name`` is not one of ``BACKENDS``.
        ImportError: when the backend's package is not installed.
    """
    if name not in _LOADERS:
        raise ValueError(f"unknown backend {name!r}; expected one of: {', '.join(BACKENDS)}")
    if name.startswith("specialised") and not lenient:
        return _one_call(name)
    return _whole(_LOADERS[name](lenient))


backend = os.environ.get("FUNCTION_RETURN_BACKEND") or "specialised"
"""The name of the backend that ``is_valid`` and ``validate`` use (``specialised-native``
when ``specialised`` found the compiled build)."""
if backend not in _LOADERS:
    raise ImportError(
        f"FUNCTION_RETURN_BACKEND={backend!r} is not a backend; "
        f"expected one of: {', '.join(BACKENDS)}"
    )
if backend == "specialised" and _is_native(_module(False)):
    backend = "specialised-native"


def _plain_loader(lenient: bool) -> Check:
    def load(value: Any) -> bool:
        loaded = _LOADERS[backend](lenient)
        _PLAIN_CHECKS[lenient] = loaded
        if not lenient:
            global _strict_plain
            _strict_plain = loaded
        return loaded(value)

    return load


_PLAIN_CHECKS: list[Check] = [
    _LOADERS[backend](False) if backend.startswith("specialised") else _plain_loader(False),
    _plain_loader(True),
]
_strict_plain = _PLAIN_CHECKS[0]  # the strict plain check, bound once for ``is_valid``


def fast_check(*, lenient: bool = False) -> Check:
    """Return the fast check in use, loaded, for a loop that calls it many times.

    It never raises (a container whose own methods fail is not valid).
    """
    _PLAIN_CHECKS[lenient](None)  # loads a backend on first use
    return _whole(_PLAIN_CHECKS[lenient])


def plain_check(*, lenient: bool = False) -> Check:
    """Return the fast check in use for plain JSON data (what a JSON parser returns: the exact
    builtin types only), for a loop over parsed text.

    It is the backend's own check, without the second look ``is_valid`` takes at a refused
    value for subclasses, which parsed data never holds. True means valid; False (or an
    exception, from a subclass's own methods) on a value with subclasses means "judge it by
    its JSON" (``is_valid``).
    """
    _PLAIN_CHECKS[lenient](None)  # loads a backend on first use
    return _PLAIN_CHECKS[lenient]


def _is_valid(value: Any, *, lenient: bool = False) -> bool:
    """Return True when ``value`` is a valid function return.

    Args:
        value: what a function returned: a string, a dict, ``None``, or anything else.
        lenient: accept keys the contract does not know (``lint`` reports them).

    This is the fast path: no exceptions, and it never imports jsonschema. A value of the
    exact builtin types is judged as it is; one with subclasses (an enum, a subclass of
    ``dict`` or ``str``) by the JSON text it becomes.
    """
    check = _PLAIN_CHECKS[1] if lenient else _strict_plain
    try:
        if check(value):  # one call: the backend's check of the exact builtin types
            return True
    except Exception:  # a container whose own methods fail: judged by its JSON, if any
        pass
    return _second_look(_PLAIN_CHECKS[1] if lenient else _strict_plain, value)


def _validate(value: Any, *, lenient: bool = False) -> None:
    """Check ``value`` against the contract; raise if it breaks it.

    Args:
        value: what a function returned.
        lenient: accept keys the contract does not know (``lint`` reports them as warnings).

    Raises:
        ReturnValidationError: with every error found, each with its JSON Pointer.
    """
    try:
        if _PLAIN_CHECKS[lenient](value):  # the hot path: plain data, valid
            return
    except Exception:  # a subclass whose own methods fail: explained below
        pass
    # Invalid, or holding subclasses, judged by the JSON they become: explained either way.
    found = errors(value, lenient=lenient)
    if found:
        raise ReturnValidationError(found)


is_valid: IsValid = _is_valid
"""Return True when ``value`` is a valid function return (``_is_valid`` says how); with the
specialised validator, its generated ``whole``: the same verdict in one call."""
validate: Validate = _validate
"""Check ``value`` against the contract; raise ``ReturnValidationError`` if it breaks it
(``_validate`` says how); with the specialised validator, its generated ``validate``: the
same in one call."""
if backend.startswith("specialised"):
    is_valid = _one_call(backend)
    validate = _specialised_module(backend, False).validate


def errors(value: Any, *, lenient: bool = False) -> list[ErrorDetail]:
    """Return every error in ``value`` (empty when it is valid), found by the explainer
    compiled from the schema (``core.explaining``).

    A value with subclasses in it is explained as the JSON text it becomes.
    """
    explain = _EXPLAINERS[lenient]
    if explain is None:
        from function_return.core.explaining import compiled

        explain = _EXPLAINERS[lenient] = compiled(lenient, fast_check(lenient=lenient))
    return explain(value)


_EXPLAINERS: list[Callable[[Any], list[ErrorDetail]] | None] = [None, None]
