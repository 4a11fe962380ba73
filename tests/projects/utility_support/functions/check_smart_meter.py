from twilio.rest import Client  # not installed where the tests run: reported, not served


def check_smart_meter(conv: Conversation, serial: str):
    client = Client(conv.utils.get_secret("twilio_sid"), conv.utils.get_secret("twilio_token"))
    client.messages.create(to=conv.caller_number, body=f"Meter {serial} checked")
    return "Tell the caller the meter was checked."
