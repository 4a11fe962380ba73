from functions.constants import HANDOFF_BILLING
from functions.helpers import in_business_hours


def transfer_to_agent(conv: Conversation, reason: str = "general"):
    if conv.state.is_test_call:
        conv.log.warning("test call: transfer skipped")
        return {"utterance": "This is a test call, so I won't transfer you.", "hangup": True}
    if not in_business_hours() and reason != "verification_failed":
        return "Tell the caller the team is closed and offer a callback."
    conv.write_metric("handoff", reason)
    conv.call_handoff(
        destination=HANDOFF_BILLING,
        reason=reason,
        sip_headers={"X-Account": conv.state.account or "unknown"},
    )
    return {"utterance": "I'll put you through to the team now."}
