"""The typed form of a return: dataclasses generated from the schema (see ``parse``).

``FunctionReturn`` is the object form; its fields hold ``Handoff``, ``Listen``, ``Transition``
and the rest. ``FunctionReturnValue`` is the whole union, ``str | FunctionReturn | None``.
"""

from function_return_generated.models import (
    AgenticDial,
    Asr,
    AsrCorrection,
    BargeIn,
    Bye,
    ConfigPatch,
    DialDestination,
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
    "ConfigPatch",
    "DialDestination",
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
