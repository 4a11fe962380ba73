from _gen import *  # <AUTO GENERATED>


@func_description("Text the caller a link to the menu.")
def send_menu(conv: Conversation):
    if not conv.caller_number:
        return "Tell the caller you cannot text them without a phone number."
    sender = conv.utils.get_secret("sms_sender")
    conv.send_sms(conv.caller_number, sender, "Our menu: https://harbour-kitchen.example/menu")
    return {"utterance": "I've sent the menu to your phone."}
