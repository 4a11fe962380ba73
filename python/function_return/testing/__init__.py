"""Test a project's functions as the platform runs them: ``conv``, ``flow``, effects, state.

>>> from function_return.testing import load_project
>>> project = load_project("examples/project")
>>> result = project.call("opening_hours", args={"day": "sunday"})
>>> result.body
{'utterance': 'On Sunday we are closed.'}

``Project.call`` runs one function of the project (its id as the server lists it) with the
arguments fitted as the server fits them, and gives a ``CallResult``: the return (``body``,
checked against the contract), the ordered ``effects``, the final ``state``, the ``logs`` and
the ``explanation`` of the whole turn. ``assert_says``, ``assert_hands_off`` and
``assert_goes_to_flow`` check a result with messages that show what happened instead. The
pytest plugin (``function_return.testing.plugin``, registered for pytest) gives the
``agent_project`` fixture.

Exceptions: a function that raises re-raises its exception; a return that breaks the contract
raises ``ReturnValidationError``; arguments that do not fit raise ``CallArgumentsError``
(a ``TypeError``); ``conv.foo``, a missing fixture or an unknown handoff destination raise
the runtime's errors (``RuntimeProblem`` and its subclasses, in ``function_return.testing``).
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from function_return.authoring.explain import Explanation, explain
from function_return.core.jsontext import json_text, loads
from function_return.core.validate import validate
from function_return.runtime.errors import (
    CallArgumentsError,
    MissingFixtureError,
    RuntimeProblem,
    UnknownHandoffError,
    UnknownMemberError,
)
from function_return.runtime.functions import AgentFunction, check_arguments
from function_return.runtime.project import LoadProblem, ProjectLoadError, run_call
from function_return.runtime.project import Project as _Loaded
from function_return.runtime.project import load_project as _load

__all__ = [
    "CallArgumentsError",
    "CallResult",
    "LoadProblem",
    "MissingFixtureError",
    "Project",
    "ProjectLoadError",
    "RuntimeProblem",
    "UnknownHandoffError",
    "UnknownMemberError",
    "assert_goes_to_flow",
    "assert_hands_off",
    "assert_says",
    "load_project",
]


@dataclass
class CallResult:
    """One call's outcome: the return (``body``, valid JSON data), what the function did
    (``effects``, in order), the conversation state after it (``state``) and its ``logs``."""

    function: str
    body: Any
    effects: list[dict[str, Any]] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    logs: list[str] = field(default_factory=list)

    @property
    def explanation(self) -> Explanation:
        """What the agent does with this turn (``function_return.explain``), effects first
        when the installed ``explain`` takes them."""
        if "effects" in inspect.signature(explain).parameters:
            return explain(self.body, effects=self.effects)  # type: ignore[call-arg, unused-ignore]
        return explain(self.body)

    def said(self) -> list[str]:
        """Everything said in the turn: each ``conv.say``, then the return's utterance."""
        found = [str(e["utterance"]) for e in self.effects if e["type"] == "say"]
        if isinstance(self.body, dict) and isinstance(self.body.get("utterance"), str):
            found.append(self.body["utterance"])
        return found


class Project:
    """A loaded project (``load_project``): its functions, load problems and helpers."""

    def __init__(self, loaded: _Loaded) -> None:
        self._loaded = loaded

    @property
    def root(self) -> Path:
        return self._loaded.root

    @property
    def functions(self) -> dict[str, AgentFunction]:
        """The served functions by id (``name``, ``flows.<flow>.<name>``,
        ``flows.<flow>.steps.<name>``)."""
        return dict(self._loaded.functions)

    @property
    def problems(self) -> list[LoadProblem]:
        """The files that could not be loaded, with why."""
        return list(self._loaded.problems)

    @property
    def helpers(self) -> list[str]:
        """The files that are not functions (``_*.py``, or no function named like the file)."""
        return list(self._loaded.helpers)

    def call(
        self,
        function: str,
        args: Mapping[str, Any] | None = None,
        *,
        conversation: Mapping[str, Any] | None = None,
        fixtures: Mapping[str, Any] | None = None,
    ) -> CallResult:
        """Run ``function`` as the server would and return its ``CallResult``.

        Raises:
            LookupError: the project has no function ``function``.
            CallArgumentsError: ``args`` do not fit its parameters.
            ReturnValidationError: it returned a value that breaks the contract.
            Exception: whatever the function raised (the runtime's errors included).
        """
        found = self._loaded.functions.get(function)
        if found is None:
            known = ", ".join(sorted(self._loaded.functions)) or "none"
            raise LookupError(f"no function {function!r} in {self.root}; the functions: {known}")
        arguments, problems = check_arguments(found, dict(args or {}))
        if problems:
            listed = "; ".join(f"{p.pointer}: {p.detail}" for p in problems)
            raise CallArgumentsError(f"{function}: {listed}")
        turn = run_call(self._loaded, found, arguments, conversation, fixtures)
        outcome = turn.outcome
        if outcome.error is not None:
            raise outcome.error.with_traceback(outcome.traceback)
        validate(outcome.value)
        body = loads(json_text(outcome.value))
        return CallResult(function, body, turn.effects, turn.state, outcome.logs)


def load_project(path: str | Path, *, strict: bool = False) -> Project:
    """Load the project in ``path`` (``functions/``, ``flows/<flow>/...``).

    Raises:
        ProjectLoadError: ``path`` is not a project, or (``strict``) a file cannot be served.
    """
    return Project(_load(path, strict=strict))


def _shown(result: CallResult) -> str:
    lines = [f"  body: {json_text(result.body)}"]
    lines += [f"  effect: {json_text(e)}" for e in result.effects] or ["  effects: none"]
    return "\n".join(lines)


def assert_says(result: CallResult, text: str) -> None:
    """Assert the turn says ``text`` (or a text that contains it): ``conv.say`` or the
    return's ``utterance``."""
    said = result.said()
    if not any(text in s for s in said):
        shown = "; ".join(repr(s) for s in said) or "nothing"
        raise AssertionError(
            f"{result.function} did not say {text!r}; it said: {shown}\n{_shown(result)}"
        )


def _handoffs(result: CallResult) -> list[str | None]:
    found: list[str | None] = [
        str(e["destination"]) for e in result.effects if e["type"] == "call_handoff"
    ]
    if isinstance(result.body, dict) and result.body.get("handoff"):
        found.append(None)  # the return's handoff names no configured destination
    return found


def assert_hands_off(result: CallResult, destination: str | None = None) -> None:
    """Assert the turn hands off (``conv.call_handoff``, or a ``handoff`` in the return); to
    ``destination`` when given (a ``conv.call_handoff`` destination)."""
    found = _handoffs(result)
    if not found:
        raise AssertionError(f"{result.function} did not hand off\n{_shown(result)}")
    if destination is not None and destination not in found:
        named = ", ".join(repr(d) for d in found if d is not None) or "none named"
        raise AssertionError(
            f"{result.function} did not hand off to {destination!r}; it handed off to: "
            f"{named}\n{_shown(result)}"
        )


def assert_goes_to_flow(result: CallResult, flow: str) -> None:
    """Assert the turn goes to flow ``flow`` (``conv.goto_flow``)."""
    flows = [str(e["flow"]) for e in result.effects if e["type"] == "goto_flow"]
    if flow not in flows:
        shown = ", ".join(repr(f) for f in flows) or "no flow"
        raise AssertionError(
            f"{result.function} did not go to flow {flow!r}; it went to: {shown}\n{_shown(result)}"
        )
