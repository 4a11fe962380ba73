"""Planted mistakes that a type checker catches in returned dict literals."""

from function_return.typed import FunctionReturn, FunctionReturnValue, Handoff


def misspelt_key(conv: object) -> FunctionReturn:
    return {"utterence": "Thanks for calling!", "hangup": True}


def wrong_type(conv: object) -> FunctionReturn:
    return {"utterance": "Goodbye!", "hangup": "yes"}


def lower_case_channel(conv: object) -> FunctionReturn:
    return {"utterance": "Your code?", "listen": {"channel": "dtmf"}}


def handoff_false(conv: object) -> FunctionReturn:
    return {"handoff": False}


def refer_without_number(conv: object) -> Handoff:
    return {"type": "CALL_CENTER", "refer": {"sip_headers": {"X-Reason": "sales"}}}


def misspelt_nested_key(conv: object) -> FunctionReturn:
    return {"utterance": "Hello", "listen": {"interjection": {"is_enabled": True}}}


def number_returned(conv: object) -> FunctionReturnValue:
    return 42


def misspelt_key_in_the_union(conv: object) -> FunctionReturnValue:
    """The union hides the key: annotate with FunctionReturn to have it named (README)."""
    return {"utterence": "Thanks for calling!"}
