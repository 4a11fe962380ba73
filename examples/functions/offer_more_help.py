def offer_more_help(timeout_seconds: float = 20):
    """Ask whether there is anything else, and listen with an ASR timeout (1 to 60 seconds)."""
    timeout = min(max(timeout_seconds, 1), 60)
    return {
        "utterance": "Can I help you with anything else?",
        "listen": {"asr": {"timeout": timeout}},
    }
