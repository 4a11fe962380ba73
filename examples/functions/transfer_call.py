import re

PHONE_NUMBER = re.compile(r"\+?[0-9*#]{1,31}")


def transfer_call(phone_number: str = "12345"):
    """Transfer the call to a number and drop the agent from it (SIP REFER)."""
    if not PHONE_NUMBER.fullmatch(phone_number):
        return "Ask the caller for the number to transfer to; the one given was not a number."
    print(f"transferring to {phone_number}")
    return {
        "handoff": {
            "type": "CALL_CENTER",
            "reason": "SPEAK_TO",
            "refer": {"phone_number": phone_number},
        }
    }
