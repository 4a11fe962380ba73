from _gen import *  # <AUTO GENERATED>


@func_description("Transfer the caller to the front desk.")
def transfer_call(conv: Conversation, reason: str):
    conv.say("Transferring you now.")
    handoff = {"type": "FRONT_DESK", "reason": "SPEAK_TO", "refer": {"phone_number": "12345"}}
    if reason == "booking":
        handoff["reason"] = "BOOKING"
    return {"handoff": handoff}
