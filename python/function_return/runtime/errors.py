"""What the runtime raises when a function asks for something it cannot give.

Each error names the member the function used and says how to fix it; the server answers it
with a problem document of its own ``type`` (``problem_type``) and ``status``::

    RuntimeProblem(Exception)
    ├── UnknownMemberError(RuntimeProblem, AttributeError)   unknown-member
    │       ``conv.foo``: not part of the platform's Conversation (or Flow, or conv.utils)
    ├── MissingFixtureError(RuntimeProblem, LookupError)     missing-fixture
    │       ``conv.utils.get_secret('x')``, ``prompt_llm``, ``conv.api.*`` with no fixture
    ├── UnknownHandoffError(RuntimeProblem, ValueError)      unknown-handoff
    │       ``conv.call_handoff`` to a destination the conversation does not configure
    └── CallArgumentsError(RuntimeProblem, TypeError)        invalid-call
            ``conv.functions.X(...)`` / ``flow.functions.X(...)``: no such function, or
            arguments that do not fit its parameters

``UnknownMemberError`` is an ``AttributeError``, so ``hasattr`` and ``getattr(conv, name,
default)`` behave as in Python; the message is what differs from a bare one.
"""

from __future__ import annotations


class RuntimeProblem(Exception):
    """A function asked the runtime for something it cannot give (see the module's tree)."""

    problem_type = "runtime-problem"
    status = 500


class UnknownMemberError(RuntimeProblem, AttributeError):
    """``conv.foo``, ``flow.foo``, ``conv.utils.foo``: not a member of the platform's type."""

    problem_type = "unknown-member"


class MissingFixtureError(RuntimeProblem, LookupError):
    """A secret, an LLM answer or an API answer the call's fixtures do not give."""

    problem_type = "missing-fixture"


class UnknownHandoffError(RuntimeProblem, ValueError):
    """``conv.call_handoff`` to a destination that is not among the configured ``handoffs``."""

    problem_type = "unknown-handoff"


class CallArgumentsError(RuntimeProblem, TypeError):
    """``conv.functions.X(...)``: no function ``X``, or arguments that do not fit it."""

    problem_type = "invalid-call"


PROBLEM_CLASSES: dict[str, type[RuntimeProblem]] = {
    cls.__name__: cls
    for cls in (
        RuntimeProblem,
        UnknownMemberError,
        MissingFixtureError,
        UnknownHandoffError,
        CallArgumentsError,
    )
}
"""The runtime's errors by class name (a worker process reports an error by its name)."""
