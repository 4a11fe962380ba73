"""``@checked``: validate and lint what a function returns, each time it returns.

>>> from function_return import checked
>>> @checked(mode="raise")
... def goodbye(conv):
...     return {"utterence": "Goodbye!", "hangup": True}
>>> goodbye(None)
Traceback (most recent call last):
function_return.ReturnValidationError: invalid function return (1 error)
  /utterence: unknown key "utterence"; did you mean "utterance"?
returned by goodbye

The mode is the ``mode`` argument, else the ``FUNCTION_RETURN_CHECK`` environment variable,
else ``"warn"``; it is read once, when the function is decorated, so that tests can raise
while production only logs. An unknown ``mode`` argument is a ``ValueError``; an unknown value
of the environment variable is a ``RuntimeWarning``, and the mode is ``"warn"`` (a typo in the
environment never stops a module from importing):

- ``"raise"``: an invalid return, or a lint finding of severity ``error`` (and ``warning``
  with ``strict=True``), raises ``ReturnValidationError``; other findings are logged.
- ``"warn"``: the same problems are logged on the ``function_return`` logger (warnings at
  WARNING, info at DEBUG); the return value is passed on as it is.
- ``"off"``: the function is returned undecorated: no overhead at all.

Lint findings raised in ``"raise"`` mode appear in ``.errors`` as ``ErrorDetail`` records with
keyword ``"lint"`` and schema path ``"#lint/<code>"``.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
import warnings
from collections.abc import Callable, Mapping
from typing import Any, Literal, ParamSpec, TypeVar, overload

from function_return.authoring.config import agent_config
from function_return.authoring.lint import Finding, lint_value
from function_return.core.errors import ErrorDetail, ReturnValidationError
from function_return.core.validate import errors, is_valid

ENV_VAR = "FUNCTION_RETURN_CHECK"
"""The environment variable that chooses the mode when no ``mode`` argument is given."""

Mode = Literal["raise", "warn", "off"]
MODES: tuple[Mode, ...] = ("raise", "warn", "off")

logger = logging.getLogger("function_return")

P = ParamSpec("P")
R = TypeVar("R")


def _mode(mode: str | None) -> Mode:
    chosen = mode if mode is not None else os.environ.get(ENV_VAR, "").strip() or "warn"
    for known in MODES:
        if chosen == known:
            return known
    message = f'expected one of "raise", "warn", "off"; got {chosen!r}'
    if mode is not None:
        raise ValueError(f"mode: {message}")
    # A typo in the environment must not stop every decorated module from importing.
    warnings.warn(f'{ENV_VAR}: {message}; checking in "warn" mode', RuntimeWarning, stacklevel=4)
    return "warn"


class _Checker:
    """What is checked on each return, and how problems are reported."""

    def __init__(
        self, name: str, mode: Mode, config: Mapping[str, Any] | None, lenient: bool, strict: bool
    ) -> None:
        self.name = name
        self.raising = mode == "raise"
        self.agent = agent_config(config) if config is not None else None
        self.lenient = lenient
        self.failing = {"error", "warning"} if strict else {"error"}

    def __call__(self, value: Any) -> None:
        if self.raising:
            self._check(value)
            return
        try:  # warn mode never changes what the function does: no exception gets out
            self._check(value)
        except Exception as exc:
            logger.warning(
                "%s: its return could not be checked (%s)", self.name, type(exc).__name__
            )

    def _check(self, value: Any) -> None:
        problems: list[ErrorDetail] = []
        if not is_valid(value, lenient=self.lenient):
            problems = errors(value, lenient=self.lenient)
            if self.raising:
                self._raise(problems)
        findings = lint_value(value, self.agent, unknown_keys=self.lenient)
        failing = [f for f in findings if f.severity in self.failing]
        if self.raising and failing:
            self._raise([_detail(f) for f in failing])
        for error in problems:
            logger.warning("%s returned an invalid value: %s", self.name, error)
        for found in findings:
            level = logging.DEBUG if found.severity == "info" else logging.WARNING
            logger.log(level, "%s: %s (%s)", self.name, found, found.hint)

    def _raise(self, problems: list[ErrorDetail]) -> None:
        exc = ReturnValidationError(problems)
        exc.add_note(f"returned by {self.name}")
        raise exc


def _detail(found: Finding) -> ErrorDetail:
    return ErrorDetail(found.path, f"#lint/{found.code}", "lint", f"{found.code} {found.message}")


@overload
def checked(func: Callable[P, R], /) -> Callable[P, R]: ...


@overload
def checked(
    *,
    mode: Mode | None = None,
    config: Mapping[str, Any] | None = None,
    lenient: bool = False,
    strict: bool = False,
) -> Callable[[Callable[P, R]], Callable[P, R]]: ...


def checked(
    func: Callable[..., Any] | None = None,
    /,
    *,
    mode: Mode | None = None,
    config: Mapping[str, Any] | None = None,
    lenient: bool = False,
    strict: bool = False,
) -> Any:
    """Validate and lint each return of the decorated function (plain or ``async``).

    Use as ``@checked`` or ``@checked(mode=..., config=..., lenient=..., strict=...)``.

    Args:
        func: the function, when used without arguments.
        mode: ``"raise"``, ``"warn"`` or ``"off"``; None reads ``FUNCTION_RETURN_CHECK``
            (default ``"warn"``).
        config: the agent's configuration for lint (checked once, here).
        lenient: accept keys the contract does not know; lint reports them as warnings.
        strict: lint warnings fail like errors.

    Returns:
        The wrapped function, which returns exactly what the function returned; with mode
        ``"off"``, the function itself.

    Raises:
        ValueError: for an unknown mode or an invalid ``config``, when decorating.
    """
    chosen = _mode(mode)

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        if chosen == "off":
            return function
        check = _Checker(function.__qualname__, chosen, config, lenient, strict)
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def checked_async(*args: Any, **kwargs: Any) -> Any:
                result = await function(*args, **kwargs)
                check(result)
                return result

            return checked_async

        @functools.wraps(function)
        def checked_call(*args: Any, **kwargs: Any) -> Any:
            result = function(*args, **kwargs)
            check(result)
            return result

        return checked_call

    return decorate if func is None else decorate(func)
