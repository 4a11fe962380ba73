def ask_pin(conv):
    """Planted: ASR settings without an utterance (FR101, a warning)."""
    return {"content": "Ask for the PIN.", "listen": {"asr": {"timeout": 10}}}
