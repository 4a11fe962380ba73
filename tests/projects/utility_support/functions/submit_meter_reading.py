from datetime import date


def submit_meter_reading(conv: Conversation, reading: str):
    if not reading.isdigit():
        return "Ask for the reading again: digits only."
    result = conv.api.meters.submit_reading(account=conv.state.account, reading=int(reading))
    conv.state.meter_submitted = date.today().isoformat()
    conv.log.info(f"reading accepted: {result}")
    return {"utterance": f"Thanks, I've sent reading {reading}.", "reading": int(reading)}
