"""TypedDicts of the contract, so that a type checker flags a misspelt key or a wrong type.

Annotate a function's return and mypy or pyright checks every returned dict literal::

    from function_return.typed import FunctionReturn

    def transfer(conv) -> FunctionReturn:
        return {"utterance": "One moment.", "handoff": {"type": "CALL_CENTER"}}

Prefer ``FunctionReturn`` for a function that returns a dict: mypy then names a misspelt key
(``Extra key "utterence" for TypedDict "FunctionReturn"``). ``FunctionReturnValue`` is the
whole union (``str | FunctionReturn | None``); against it, mypy says only that a dict is an
incompatible return value.

The definitions are generated from ``schema/function_return.schema.json`` (``make generate``),
so they say what the schema says; rules a type cannot say (a pattern, a range, at most one SIP
method) are left to ``validate``.
"""

from function_return_generated.typed import (
    AgenticDial,
    Asr,
    AsrCorrection,
    BargeIn,
    Bye,
    Dtmf,
    FunctionReturn,
    FunctionReturnValue,
    Handoff,
    Interjection,
    Invite,
    Listen,
    Refer,
    SmartVad,
    Transition,
)

__all__ = [
    "AgenticDial",
    "Asr",
    "AsrCorrection",
    "BargeIn",
    "Bye",
    "Dtmf",
    "FunctionReturn",
    "FunctionReturnValue",
    "Handoff",
    "Interjection",
    "Invite",
    "Listen",
    "Refer",
    "SmartVad",
    "Transition",
]
