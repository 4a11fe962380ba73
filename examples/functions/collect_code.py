def collect_code(digits: int = 6, is_pii: bool = True):
    """Ask for a code on the keypad: speech and DTMF, 1 to 32 digits, then the hash key."""
    digits = min(max(digits, 1), 32)
    return {
        "utterance": f"Please enter your {digits}-digit code followed by the hash key.",
        "listen": {
            "channel": "SPEECH_AND_DTMF",
            "dtmf": {
                "num_digits": digits,
                "finish_on_key": "#",
                "first_digit_timeout": 5,
                "inter_digit_timeout": 2,
                "is_pii": is_pii,
            },
        },
    }
