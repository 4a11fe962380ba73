def transfer_to_sales(conv):
    """Planted: a misspelt key (utterence)."""
    return {
        "utterence": "Let me transfer you to sales.",
        "handoff": {"type": "SALES", "reason": "SPEAK_TO", "refer": {"phone_number": "12345"}},
    }
