def dtmf_menu(conv, digits: int):
    """Planted: a literal part wrong among computed values (channel in lower case)."""
    return {
        "utterance": f"Enter your {digits}-digit code.",
        "listen": {"channel": "dtmf", "dtmf": {"num_digits": digits}},
    }
