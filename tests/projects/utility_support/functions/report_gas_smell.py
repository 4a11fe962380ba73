from functions.constants import HANDOFF_EMERGENCY


def report_gas_smell(conv: Conversation, inside_property: bool):
    conv.write_metric("gas_emergency", True)
    conv.state.emergency = True
    conv.say("If you can smell gas, open the windows and do not use electrical switches.")
    if inside_property:
        conv.call_handoff(HANDOFF_EMERGENCY, utterance="Connecting you to the emergency line.")
        return None
    return {
        "handoff": {
            "type": "CALL_CENTER",
            "reason": "EMERGENCY",
            "refer": {"phone_number": "0800111999"},
        },
    }
