BASE = {"end_turn": True}


def play_tones(conv):
    """Planted: DTMF tones hold only 0-9, * and #, even beside a spread."""
    return {**BASE, "utterance": "one two", "utterance_channel": "DTMF"}
