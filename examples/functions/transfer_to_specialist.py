import logging

log = logging.getLogger(__name__)


def transfer_to_specialist(conv, department: str, priority: bool = False):
    """Tell the caller they are being transferred, then transfer the call over SIP REFER."""
    log.info("transferring to %s", department)
    headers = {"X-Department": department}
    if priority:
        headers["X-Priority"] = "high"
    if conv.caller_number:
        headers["X-Caller"] = conv.caller_number
    return {
        "utterance": "Let me transfer you to a specialist who can help with that.",
        "handoff": {
            "type": "CALL_CENTER",
            "reason": "SPEAK_TO",
            "refer": {"phone_number": "12345", "sip_headers": headers},
        },
    }
