import hashlib


def send_payment_link(conv: Conversation):
    key = conv.utils.get_secret("payment_link_key")
    token = hashlib.sha256(f"{conv.state.account}:{key}".encode()).hexdigest()[:12]
    conv.send_sms(
        to_number=conv.caller_number,
        from_number=conv.variant.sms_number,
        content=f"Pay your bill: https://pay.example/{token}",
    )
    conv.say("I've texted you a secure payment link.")
    return None
