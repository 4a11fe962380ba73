def transfer_to_manager(conv: Conversation, reason: str = "complaint"):
    """Hand the call to the duty manager, saying so first."""
    conv.log.warning("manager requested: %s", reason)
    conv.call_handoff(
        "manager",
        reason=reason,
        utterance="I'm putting you through to the duty manager now.",
        sip_headers={"X-Reason": reason},
    )
