"""The platform page's examples, annotated: mypy finds nothing wrong."""

from function_return.typed import FunctionReturn, FunctionReturnValue


def prompt(conv: object) -> FunctionReturnValue:
    return "Tell the user that you cannot assist with their request"


def content(conv: object) -> FunctionReturnValue:
    return {"content": "Tell the user that you cannot assist with their request"}


def utterance(conv: object) -> FunctionReturnValue:
    return {"utterance": "I cannot assist with your request."}


def handoff(conv: object) -> FunctionReturn:
    return {
        "handoff": {"type": "CALL_CENTER", "reason": "SPEAK_TO", "refer": {"phone_number": "12345"}}
    }


def hangup(conv: object) -> FunctionReturn:
    return {"hangup": True}


def listen(conv: object) -> FunctionReturn:
    return {"utterance": "Can I help you with anything else?", "listen": {"asr": {"timeout": 20}}}


def dtmf(conv: object) -> FunctionReturn:
    return {
        "utterance": "Please enter your 6-digit code followed by the hash key.",
        "listen": {
            "channel": "SPEECH_AND_DTMF",
            "dtmf": {
                "num_digits": 6,
                "finish_on_key": "#",
                "first_digit_timeout": 5,
                "inter_digit_timeout": 2,
                "is_pii": True,
            },
        },
    }


def variant(conv: object) -> FunctionReturn:
    return {"variant": "orleans"}


def variant_with_utterance(conv: object) -> FunctionReturn:
    return {"utterance": "Let me connect you with the Orleans location.", "variant": "orleans"}


def utterance_and_handoff(conv: object) -> FunctionReturn:
    return {
        "utterance": "Let me transfer you to a specialist who can help with that.",
        "handoff": {
            "type": "CALL_CENTER",
            "reason": "SPEAK_TO",
            "refer": {"phone_number": "12345"},
        },
    }


def closing(conv: object) -> FunctionReturn:
    return {"utterance": "Thanks for calling, have a great day!", "hangup": True}


def next_turn(conv: object) -> FunctionReturn:
    return {
        "utterance": "I've updated your reservation.",
        "content": "The reservation has been changed. Ask if there's anything else you can help with.",
    }


def nothing(conv: object) -> FunctionReturnValue:
    return None
