def ask_meter_reading(conv: Conversation, digits: int = 6):
    conv.state.awaiting = "meter_reading"
    return {
        "utterance": "Please type your meter reading on the keypad, then press hash.",
        "listen": {
            "channel": "DTMF",
            "dtmf": {"num_digits": digits, "finish_on_key": "#", "inter_digit_timeout": 3},
        },
    }
