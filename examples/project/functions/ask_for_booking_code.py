def ask_for_booking_code(conv: Conversation):
    """Ask the caller to key in the 4 digits of their booking reference."""
    conv.state.awaiting = "booking_code"
    return {
        "utterance": "Please key in the four digits of your booking reference, then the hash key.",
        "listen": {
            "channel": "SPEECH_AND_DTMF",
            "dtmf": {
                "num_digits": 4,
                "finish_on_key": "#",
                "first_digit_timeout": 5,
                "inter_digit_timeout": 2,
                "is_pii": False,
            },
        },
    }
